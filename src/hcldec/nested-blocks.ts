/**
 * Behaviour every kind that decodes blocks of one type with a nested spec
 * shares (Go repeats it per kind): the header schema, the source range of
 * the first such block, and the variables of all of them.
 */
import type { Traversal } from "../hcl/ast.js";
import type { BlockHeaderSchema, BodyContent } from "../hcl/body.js";
import type { Range } from "../hcl/pos.js";
import { type BlockLabel, blocksOfType, type Decoder, labelsForBlock } from "./kind.js";
import type { Spec } from "./spec.js";

interface NestedBlocks {
  readonly typeName: string;
  readonly nested: Spec;
}

/** The first block's value range: blocks of a type need not be contiguous, so no range covers them all. */
export function firstBlockRange(
  spec: NestedBlocks,
  content: BodyContent,
  _labels: readonly BlockLabel[],
  d: Decoder,
): Range {
  const block = blocksOfType(content, spec.typeName)[0];
  if (block === undefined) return content.missingItemRange;
  return d.bodyRange(block.body, labelsForBlock(block), spec.nested);
}

export function allBlocksVariables(spec: NestedBlocks, content: BodyContent, d: Decoder): Traversal[] {
  const out: Traversal[] = [];
  for (const block of blocksOfType(content, spec.typeName)) out.push(...d.bodyVariables(block.body, spec.nested));
  return out;
}

/** The header asks for the labels the nested spec's BlockLabelSpecs read (DEC-16). */
export function nestedLabelSchemata(spec: NestedBlocks, d: Decoder): BlockHeaderSchema[] {
  return [{ type: spec.typeName, labelNames: d.labelNames(spec.nested) }];
}
