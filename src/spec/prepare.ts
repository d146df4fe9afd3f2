/**
 * `prepare(spec, ...raws)`: Packer's `Prepare` for a declared config
 * (packer-provisioners.md §1.6, §2). Each raw is type-checked into a layer
 * tree, the layers are merged in order, then defaults are applied and the
 * config validated. Every problem is collected — none stops the others —
 * and each carries the source range of the value or block it is about.
 *
 * Pure: nothing outside the call is read or changed, so preparing the same
 * raws twice gives equal configs (Packer prepares each provisioner twice).
 */
import { decode } from "../hcldec/decode.js";
import type { HclBody } from "../hcl/body.js";
import { type Diagnostic, hasErrors } from "../hcl/diagnostic.js";
import { EvalContext } from "../hcl/eval-context.js";
import type { ConfigSpec, Fields, InferFields } from "./config.js";
import { Finalizer, type SpecView } from "./finalize.js";
import type { ConfigNode } from "./layer-tree.js";
import { mergeConfig } from "./merge.js";
import { normalizeHcl } from "./normalize-hcl.js";
import { normalizePlain } from "./normalize-plain.js";
import { PathCursor } from "./path.js";

/** A layer written in HCL (native or JSON syntax): the body of the provisioner block, say. */
export interface HclRaw {
  readonly kind: "hcl";
  readonly body: HclBody;
  /** Variables and functions the body may use; undefined = none (templates are still evaluated). */
  readonly ctx: EvalContext | undefined;
}

/** A layer given as a plain object (from code, or a JSON document already parsed). */
export type PlainRaw = Readonly<Record<string, unknown>>;

/** A plain layer with a name errors can use, since it has no source to point at. */
export interface LabelledRaw {
  readonly kind: "plain";
  readonly value: unknown;
  /** E.g. "the override for amazon-ebs.ubuntu". */
  readonly label: string;
}

export type Raw = HclRaw | LabelledRaw | PlainRaw | null | undefined;

// Layers made by hclRaw/plainRaw are told apart from plain objects by identity,
// so a config with fields named `kind` or `body` is still a plain layer.
const madeLayers = new WeakSet<object>();

/** An HCL body as a layer for `prepare`; it is decoded with the config's ObjectSpec. */
export function hclRaw(body: HclBody, ctx?: EvalContext): HclRaw {
  const r: HclRaw = { kind: "hcl", body, ctx };
  madeLayers.add(r);
  return r;
}

/** A plain object as a layer, named for errors ("configuration layer N" otherwise). */
export function plainRaw(value: unknown, label: string): LabelledRaw {
  const r: LabelledRaw = { kind: "plain", value, label };
  madeLayers.add(r);
  return r;
}

function isMade(r: Raw): r is HclRaw | LabelledRaw {
  return typeof r === "object" && r !== null && madeLayers.has(r);
}

export interface PrepareResult<T> {
  /** The config, when there were no errors. */
  readonly config: T | undefined;
  /** Errors and warnings, every one found. */
  readonly diagnostics: Diagnostic[];
  /**
   * Paths (as errors print them) whose value was not known yet; the config
   * holds Packer's placeholders there (`"<unknown>"`, 0, false, empty — for
   * an enum field that is outside its declared values) and no check ran on
   * them. Prepare again with known values before acting on the config.
   */
  readonly unknownPaths: string[];
  /** Paths whose value came from a sensitive source, for masking output. */
  readonly sensitivePaths: string[];
}

/** Merges, defaults and validates the raws in order (later wins). */
export function prepare<F extends Fields>(spec: ConfigSpec<F>, ...raws: Raw[]): PrepareResult<InferFields<F>> {
  const diags: Diagnostic[] = [];
  let merged: ConfigNode | undefined;
  // With one layer there is nothing to tell apart; a label only helps among several.
  const several = raws.filter((r) => r !== null && r !== undefined).length > 1;
  raws.forEach((raw, layer) => {
    if (raw === null || raw === undefined) return;
    let node: ConfigNode;
    if (isMade(raw) && raw.kind === "hcl") {
      // Without a context HCL's JSON syntax takes "${…}" literally; an empty one evaluates
      // templates as native syntax does, so a .pkr.json layer means what the .pkr.hcl one would.
      const d = decode(raw.body, spec.objectSpec(), raw.ctx ?? new EvalContext());
      diags.push(...d.diagnostics);
      const failed = d.diagnostics
        .filter((x) => x.severity === "error" && x.subject !== undefined)
        .map((x) => x.subject!);
      node = normalizeHcl(spec, raw.body, d.value, layer, failed, diags);
    } else {
      const [value, label] = isMade(raw)
        ? [raw.value, raw.label]
        : [raw, several ? `configuration layer ${layer + 1}` : undefined];
      node = normalizePlain(spec.fields, value, layer, label, diags);
    }
    merged = merged === undefined ? node : mergeConfig(spec.fields, merged, node);
  });
  const root: ConfigNode = merged ?? { k: "config", fields: new Map(), origin: { layer: 0 } };
  const fin = new Finalizer(diags);
  const config = fin.config(spec as unknown as SpecView, root, PathCursor.root());
  return {
    config: hasErrors(diags) ? undefined : (config as InferFields<F>),
    diagnostics: diags,
    unknownPaths: fin.unknownPaths,
    sensitivePaths: fin.sensitivePaths,
  };
}

/**
 * Packer's plain-text form of the errors (the SDK's MultiError):
 * `2 error(s) occurred:` , a blank line, then one `* message` per error.
 */
export function packerErrorText(diags: readonly Diagnostic[]): string {
  const errs = diags.filter((d) => d.severity === "error");
  if (errs.length === 0) return "";
  const lines = errs.map((d) => `* ${d.detail !== "" ? d.detail : d.summary}`);
  return `${errs.length} error(s) occurred:\n\n${lines.join("\n")}`;
}
