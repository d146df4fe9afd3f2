/**
 * The docs model of a config spec: what the full reference page and Packer's
 * partials both show, worked out once from the declaration and cached on the
 * spec (style.md §5). Renderers only format it.
 *
 * Values are in the plain (JSON) form a user writes — durations as Go
 * duration strings — not the decoded form defaults and field examples are
 * declared in.
 */
import type { ConfigExample, ConfigSpec, Fields, GroupRule } from "../config.js";
import type { AnyField, Deprecation } from "../fields.js";
import type { FieldType, PlainValue } from "../types.js";
import { plainFromDecoded } from "../plain-form.js";

const CACHE_KEY = "docs:model";

/** The group of Packer's squashed common fields (`packerCommon`). */
export const PACKER_COMMON_GROUP = "PackerConfig";

export interface DocsModel {
  /** The component's name (`shell`); "config" when the spec has none. */
  readonly name: string;
  /** Markdown introduction. */
  readonly doc: string | undefined;
  /** Whole-config examples, values in plain form. */
  readonly examples: readonly ConfigExample[];
  /** The top-level fields and rules. */
  readonly root: SectionModel;
  /** Every documented nested block, depth first in declaration order. */
  readonly blocks: readonly BlockModel[];
  /** Undocumented fields that belong to a group, by group name (e.g. `PackerConfig`). */
  readonly hiddenGroups: ReadonlyMap<string, readonly string[]>;
}

/** The fields of one body (the top level, or a nested block's). */
export interface SectionModel {
  /** Fields a config must set: required attributes and blocks, block lists with a minimum. */
  readonly required: readonly FieldModel[];
  readonly optional: readonly FieldModel[];
  readonly rules: readonly GroupRule[];
  /** How many whole-config validators run in code (their checks cannot be listed). */
  readonly validatorCount: number;
}

interface FieldModelBase {
  readonly name: string;
  /** Dotted path of block type names down to the field (`disk.size`); the name at the top level. */
  readonly path: string;
  readonly required: boolean;
  readonly doc: string | undefined;
  readonly deprecated: Deprecation | undefined;
  readonly group: string | undefined;
}

export interface AttrModel extends FieldModelBase {
  readonly kind: "attr";
  readonly type: FieldType<unknown>;
  readonly default: DefaultModel | undefined;
  /** Field examples, in plain form. */
  readonly examples: readonly PlainValue[];
  readonly sensitive: boolean;
}

export interface BlockFieldModel extends FieldModelBase {
  readonly kind: "block" | "blockList" | "blockMap";
  readonly block: BlockModel;
}

export type FieldModel = AttrModel | BlockFieldModel;

/** A default: a value (plain form), or a derived one described in words. */
export type DefaultModel =
  { readonly kind: "value"; readonly value: PlainValue } | { readonly kind: "derived"; readonly text: string };

export interface BlockModel {
  readonly kind: "block" | "blockList" | "blockMap";
  /** The block type name (the field name). */
  readonly typeName: string;
  /** Dotted path of block type names from the top (`step.disk`). */
  readonly path: string;
  /** Single blocks: whether one must be present. */
  readonly required: boolean;
  /** Block lists: count limits (0 = none). */
  readonly minItems: number;
  readonly maxItems: number;
  /** Block maps: the label's name. */
  readonly labelName: string | undefined;
  /** The nested config's own introduction, if it has one. */
  readonly doc: string | undefined;
  readonly section: SectionModel;
}

/** The docs model of `spec`, derived on first use and cached on the spec. */
export function docsModel<F extends Fields>(spec: ConfigSpec<F>): DocsModel {
  const cached = spec.cache.get(CACHE_KEY) as DocsModel | undefined;
  if (cached !== undefined) return cached;
  const blocks: BlockModel[] = [];
  const hidden = new Map<string, string[]>();
  const model: DocsModel = {
    name: spec.name ?? "config",
    doc: spec.doc,
    examples: spec.examples,
    root: section(spec, "", blocks, hidden),
    blocks,
    hiddenGroups: hidden,
  };
  spec.cache.set(CACHE_KEY, model);
  return model;
}

interface SpecView {
  readonly fields: Fields;
  readonly rules: readonly GroupRule[];
  readonly validators: readonly unknown[];
}

function section(spec: SpecView, prefix: string, blocks: BlockModel[], hidden: Map<string, string[]>): SectionModel {
  const required: FieldModel[] = [];
  const optional: FieldModel[] = [];
  for (const [name, f] of Object.entries(spec.fields)) {
    const path = prefix === "" ? name : `${prefix}.${name}`;
    if (f.options.undocumented === true) {
      // Only the top level's groups are summarised (Packer squashes them there).
      if (prefix === "" && f.options.group !== undefined) {
        const names = hidden.get(f.options.group) ?? [];
        names.push(name);
        hidden.set(f.options.group, names);
      }
      continue;
    }
    const m = fieldModel(name, path, f, blocks, hidden);
    (m.required ? required : optional).push(m);
  }
  return { required, optional, rules: spec.rules, validatorCount: spec.validators.length };
}

function fieldModel(
  name: string,
  path: string,
  f: AnyField,
  blocks: BlockModel[],
  hidden: Map<string, string[]>,
): FieldModel {
  const base = { name, path, doc: f.options.doc, deprecated: f.options.deprecated, group: f.options.group };
  if (f.kind === "attr") {
    const o = f.options;
    const def: DefaultModel | undefined =
      o.derivedDefault !== undefined
        ? { kind: "derived", text: o.derivedDefault.text }
        : o.default !== undefined
          ? { kind: "value", value: plainFromDecoded(f.type, o.default) }
          : undefined;
    return {
      ...base,
      kind: "attr",
      required: o.presence === "required",
      type: f.type,
      default: def,
      examples: o.examples.map((e: unknown) => plainFromDecoded(f.type, e)),
      sensitive: o.sensitive === true,
    };
  }
  const required =
    f.kind === "block" ? f.options.presence === "required" : f.kind === "blockList" ? f.options.minItems > 0 : false;
  const nested: BlockModel[] = [];
  const block: BlockModel = {
    kind: f.kind,
    typeName: name,
    path,
    required,
    minItems: f.kind === "blockList" ? f.options.minItems : 0,
    maxItems: f.kind === "blockList" ? f.options.maxItems : 0,
    labelName: f.kind === "blockMap" ? f.options.labelName : undefined,
    doc: f.config.doc,
    section: section(f.config, path, nested, hidden),
  };
  // A block before the blocks nested in it, so the list reads top-down.
  blocks.push(block, ...nested);
  return { ...base, kind: f.kind, required, block };
}
