/**
 * What block_map and block_object share (DEC-13, DEC-14): blocks keyed by
 * their first labels, one level of nesting per label name; the labels after
 * those feed the nested spec's BlockLabelSpecs.
 */
import type { Value } from "../cty/value.js";
import type { BodyContent } from "../hcl/body.js";
import { type Diagnostic, errorDiag } from "../hcl/diagnostic.js";
import type { EvalContext } from "../hcl/eval-context.js";
import { duplicateLabelledBlock } from "./block-diags.js";
import { blocksOfType, type Decoder, labelsForBlock } from "./kind.js";
import type { BlockMapSpec, BlockObjectSpec } from "./spec.js";

/** Decoded values by label path: a tree as deep as there are label names. */
export type LabelTree = Map<string, LabelTree | Value>;

export interface Labelled {
  tree: LabelTree;
  diagnostics: Diagnostic[];
  /** A block's body could not be known yet (DEC-22): the whole result is unknown. */
  unknown: boolean;
}

export function decodeLabelled(
  spec: BlockMapSpec | BlockObjectSpec,
  content: BodyContent,
  ctx: EvalContext | undefined,
  d: Decoder,
): Labelled {
  const out: Labelled = { tree: new Map(), diagnostics: [], unknown: false };
  const n = spec.labelNames.length;
  for (const block of blocksOfType(content, spec.typeName)) {
    // Go checks before decoding here (unlike the list kinds), so no diagnostics of that block are kept.
    if (block.body.isUnknown?.() === true) {
      out.unknown = true;
      return out;
    }
    // Reading the content already dropped blocks with too few labels; this guards other body implementations.
    if (block.labels.length < n) continue;
    const r = d.decodeBody(block.body, labelsForBlock(block).slice(n), ctx, spec.nested);
    let target = out.tree;
    for (const key of block.labels.slice(0, n - 1)) {
      let next = target.get(key) as LabelTree | undefined;
      if (next === undefined) target.set(key, (next = new Map()));
      target = next;
    }
    out.diagnostics.push(...r.diagnostics);
    const key = block.labels[n - 1]!;
    if (target.has(key)) {
      // The first block with these labels is kept.
      out.diagnostics.push(duplicateLabelledBlock(spec.typeName, block));
      continue;
    }
    target.set(key, r.value);
  }
  return out;
}

/** Go panics on a block_map or block_object without label names; this reports it instead. */
export function noLabelNames(spec: BlockMapSpec | BlockObjectSpec, content: BodyContent): Diagnostic {
  const what = spec.kind === "block_map" ? "block_map" : "block_object";
  return errorDiag(
    `Invalid ${what} spec`,
    `A ${what} spec must have at least one label name, to key the ${spec.typeName} blocks by.`,
    content.missingItemRange,
  );
}

/** The tree as nested values, `make` building each level. */
export function treeValue(tree: LabelTree, depth: number, make: (entries: Map<string, Value>) => Value): Value {
  const entries = new Map<string, Value>();
  for (const [k, v] of tree) entries.set(k, depth === 1 ? (v as Value) : treeValue(v as LabelTree, depth - 1, make));
  return make(entries);
}
