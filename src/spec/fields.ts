/**
 * Field builders of the authoring API: `attr(t.list(t.string)).required().doc("…")`.
 * Builders are immutable — every modifier returns a new field — so a shared
 * field (an embedded group's) can be refined in one config without touching
 * the others. The presence parameter (`P`) records whether the decoded value
 * can be null, for `Infer`.
 */
import type { ConfigSpec, Fields, InferFields } from "./config.js";
import type { FieldType, TypeOf } from "./types.js";

/** Optional fields decode to null when unset; required and defaulted ones never do. */
export type Presence = "optional" | "required" | "defaulted";

export interface Deprecation {
  /** The field to use instead, if there is one. */
  readonly replacement?: string;
  /** Extra explanation shown in docs and in the warning. */
  readonly note?: string;
}

/** What every field kind carries for docs, the schema and the language server. */
export interface FieldMeta {
  /** Markdown. */
  readonly doc?: string;
  readonly deprecated?: Deprecation;
  /** The embedded group the field comes from (Packer's squashed structs), if any. */
  readonly group?: string;
  /** Left out of generated docs (Packer's `undocumented:"true"`). */
  readonly undocumented?: boolean;
}

/** A check of one field's value; returns the problem in a sentence, or undefined. */
export type FieldCheck<T> = (value: T) => string | undefined;

/**
 * A custom check and, when it can be said in JSON Schema, the schema keywords
 * saying it (merged into the field's schema), so the derived schema accepts
 * exactly what `prepare` accepts.
 */
export interface FieldCheckDecl<T> {
  readonly fn: FieldCheck<T>;
  readonly jsonSchema?: Readonly<Record<string, unknown>>;
}

/** A default computed from the rest of the config (after other plain defaults). */
export interface DerivedDefault<T> {
  readonly compute: (config: Readonly<Record<string, unknown>>) => T;
  /** How docs describe it, e.g. "`<remote_folder>/<remote_file>`". */
  readonly text: string;
}

export interface AttrOptions<T> extends FieldMeta {
  readonly presence: Presence;
  readonly default?: T;
  readonly derivedDefault?: DerivedDefault<T>;
  readonly checks: readonly FieldCheckDecl<T>[];
  readonly examples: readonly T[];
  /** The value is secret: result paths list it so output can be masked. */
  readonly sensitive?: boolean;
}

abstract class FieldBase<O extends FieldMeta> {
  constructor(readonly options: O) {}
  protected abstract with(patch: Partial<O>): this;
  /** Markdown shown in docs, schema descriptions and editor hovers. */
  doc(markdown: string): this {
    return this.with({ doc: markdown } as Partial<O>);
  }
  /** Marks the field deprecated: setting it warns, docs say what to use instead. */
  deprecated(replacement?: string, note?: string): this {
    const dep: Deprecation = {
      ...(replacement !== undefined ? { replacement } : {}),
      ...(note !== undefined ? { note } : {}),
    };
    return this.with({ deprecated: dep } as Partial<O>);
  }
  /** Keeps the field out of generated docs (it still decodes). */
  undocumented(): this {
    return this.with({ undocumented: true } as Partial<O>);
  }
  /** @internal Tags the field with the group that embeds it. */
  inGroup(group: string): this {
    return this.with({ group } as Partial<O>);
  }
}

/** An attribute: `name = value` in HCL, a property in JSON. */
export class AttrField<T, P extends Presence = "optional"> extends FieldBase<AttrOptions<T>> {
  readonly kind = "attr" as const;
  declare readonly __presence?: P;
  constructor(
    readonly type: FieldType<T>,
    options: AttrOptions<T> = { presence: "optional", checks: [], examples: [] },
  ) {
    super(options);
  }
  protected with(patch: Partial<AttrOptions<T>>): this {
    return new AttrField<T, P>(this.type, { ...this.options, ...patch }) as this;
  }
  /** Preparing fails when no layer sets it. */
  required(): AttrField<T, "required"> {
    return new AttrField<T, "required">(this.type, { ...this.options, presence: "required" });
  }
  /** The value used when no layer sets it. */
  default(value: T): AttrField<T, "defaulted"> {
    return new AttrField<T, "defaulted">(this.type, { ...this.options, presence: "defaulted", default: value });
  }
  /** A default computed from other fields; `text` says how, for docs. */
  defaultFrom(compute: (config: Readonly<Record<string, unknown>>) => T, text: string): AttrField<T, "defaulted"> {
    return new AttrField<T, "defaulted">(this.type, {
      ...this.options,
      presence: "defaulted",
      derivedDefault: { compute, text },
    });
  }
  /**
   * A custom check of the value; its message becomes an error at the value's
   * range. `jsonSchema` states the same rule as schema keywords (e.g.
   * `{ items: { pattern: "^[^=]+=" } }`); without it the schema cannot say it.
   */
  check(fn: FieldCheck<T>, jsonSchema?: Readonly<Record<string, unknown>>): this {
    const decl: FieldCheckDecl<T> = { fn, ...(jsonSchema !== undefined ? { jsonSchema } : {}) };
    return this.with({ checks: [...this.options.checks, decl] });
  }
  /** A value shown in generated examples (HCL and JSON). */
  example(value: T): this {
    return this.with({ examples: [...this.options.examples, value] });
  }
  sensitive(): this {
    return this.with({ sensitive: true });
  }
}

export interface BlockOptions extends FieldMeta {
  readonly presence: "optional" | "required";
}

/** One nested block (`name { … }`); null when absent unless required. */
export class BlockField<
  N extends Fields,
  P extends "optional" | "required" = "optional",
> extends FieldBase<BlockOptions> {
  readonly kind = "block" as const;
  declare readonly __presence?: P;
  constructor(
    readonly config: ConfigSpec<N>,
    options: BlockOptions = { presence: "optional" },
  ) {
    super(options);
  }
  protected with(patch: Partial<BlockOptions>): this {
    return new BlockField<N, P>(this.config, { ...this.options, ...patch }) as this;
  }
  required(): BlockField<N, "required"> {
    return new BlockField<N, "required">(this.config, { ...this.options, presence: "required" });
  }
}

export interface BlockListOptions extends FieldMeta {
  readonly minItems: number;
  /** 0 = no maximum. */
  readonly maxItems: number;
}

/** Repeated blocks of one type, in source order. */
export class BlockListField<N extends Fields> extends FieldBase<BlockListOptions> {
  readonly kind = "blockList" as const;
  constructor(
    readonly config: ConfigSpec<N>,
    options: BlockListOptions = { minItems: 0, maxItems: 0 },
  ) {
    super(options);
  }
  protected with(patch: Partial<BlockListOptions>): this {
    return new BlockListField<N>(this.config, { ...this.options, ...patch }) as this;
  }
  minItems(n: number): this {
    return this.with({ minItems: n });
  }
  maxItems(n: number): this {
    return this.with({ maxItems: n });
  }
}

export interface BlockMapOptions extends FieldMeta {
  /** The label's name, for docs and errors (`provisioner "NAME"`). */
  readonly labelName: string;
}

/** Labelled blocks of one type, keyed by their label (`item "a" { … }`). */
export class BlockMapField<N extends Fields> extends FieldBase<BlockMapOptions> {
  readonly kind = "blockMap" as const;
  constructor(
    readonly config: ConfigSpec<N>,
    options: BlockMapOptions,
  ) {
    super(options);
  }
  protected with(patch: Partial<BlockMapOptions>): this {
    return new BlockMapField<N>(this.config, { ...this.options, ...patch }) as this;
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- variance: any field of any config */
export type AnyField =
  AttrField<any, Presence> | BlockField<any, "optional" | "required"> | BlockListField<any> | BlockMapField<any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The decoded TS type of one field. */
export type FieldValue<F> =
  F extends AttrField<infer T, infer P>
    ? P extends "optional"
      ? T | null
      : T
    : F extends BlockField<infer N, infer P>
      ? P extends "required"
        ? InferFields<N>
        : InferFields<N> | null
      : F extends BlockListField<infer N>
        ? InferFields<N>[]
        : F extends BlockMapField<infer N>
          ? Record<string, InferFields<N>>
          : never;

/** An attribute of the given type: `attr(t.string)`. */
export function attr<F extends FieldType<unknown>>(type: F): AttrField<TypeOf<F>> {
  return new AttrField<TypeOf<F>>(type as FieldType<TypeOf<F>>);
}

/** A single nested block decoded with `config`. */
export function block<N extends Fields>(config: ConfigSpec<N>): BlockField<N> {
  return new BlockField<N>(config);
}

/** Repeated nested blocks decoded with `config`, as a list in source order. */
export function blockList<N extends Fields>(config: ConfigSpec<N>): BlockListField<N> {
  return new BlockListField<N>(config);
}

/** Nested blocks with one label, as a map from label to decoded body. */
export function blockMap<N extends Fields>(config: ConfigSpec<N>, labelName: string): BlockMapField<N> {
  return new BlockMapField<N>(config, { labelName });
}
