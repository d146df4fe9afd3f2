/**
 * The one interface every spec kind implements (Go hcldec's unexported
 * `Spec`, `attrSpec`, `blockSpec` and `specNeedingVariables` interfaces
 * folded into one), and the `Decoder` a kind calls back into for the specs
 * it holds. Kinds never import each other or the dispatch table: the
 * decoder is handed to them, so the kinds/ modules stay independent.
 */
import type { Type } from "../cty/types.js";
import type { Value } from "../cty/value.js";
import type { Traversal } from "../hcl/ast.js";
import type { AttributeSchema, BlockHeaderSchema, BodyContent, HclBody } from "../hcl/body.js";
import type { Diagnostic } from "../hcl/diagnostic.js";
import type { EvalContext } from "../hcl/eval-context.js";
import type { Range } from "../hcl/pos.js";
import type { Spec } from "./spec.js";

/** One label of the block whose body is being decoded (for BlockLabelSpec, DEC-16). */
export interface BlockLabel {
  readonly value: string;
  readonly range: Range;
}

export interface Decoded {
  value: Value;
  diagnostics: Diagnostic[];
}

/** What a kind may ask of the decoder about other specs (dispatching on their kind). */
export interface Decoder {
  /** Decodes a spec that reads the same body content as the caller. */
  decodeContent(spec: Spec, content: BodyContent, labels: readonly BlockLabel[], ctx: EvalContext | undefined): Decoded;
  /** Decodes a nested block's body exhaustively (Go's `decode(body, labels, ctx, spec, false)`). */
  decodeBody(body: HclBody, labels: readonly BlockLabel[], ctx: EvalContext | undefined, spec: Spec): Decoded;
  impliedType(spec: Spec): Type;
  /** Source range of a spec within content already read. */
  contentRange(spec: Spec, content: BodyContent, labels: readonly BlockLabel[]): Range;
  /** Source range of a spec within a nested block's body (read partially, as Go does). */
  bodyRange(body: HclBody, labels: readonly BlockLabel[], spec: Spec): Range;
  /** The variables a nested block's body needs under `spec` (public `variables`). */
  bodyVariables(body: HclBody, spec: Spec): Traversal[];
  attrSchemata(spec: Spec): AttributeSchema[] | undefined;
  blockHeaderSchemata(spec: Spec): BlockHeaderSchema[] | undefined;
  nestedSpec(spec: Spec): Spec | undefined;
  /** Label names a nested spec asks of its block, from the BlockLabelSpecs among its same-body children. */
  labelNames(spec: Spec): string[];
}

/**
 * A spec kind's behaviour. Optional members mirror Go's optional
 * interfaces: a kind without `attrSchemata` reads no attributes, one
 * without `blockHeaderSchemata` reads no blocks, one without
 * `variablesNeeded` evaluates no expressions of its own.
 */
export interface SpecKind<S extends Spec> {
  decode(
    spec: S,
    content: BodyContent,
    labels: readonly BlockLabel[],
    ctx: EvalContext | undefined,
    d: Decoder,
  ): Decoded;
  impliedType(spec: S, d: Decoder): Type;
  /** The specs decoded from the same body as this one (not a block's nested spec). */
  visitSameBodyChildren(spec: S, visit: (child: Spec) => void): void;
  /** Where the value came from, or where it would be written when missing. */
  sourceRange(spec: S, content: BodyContent, labels: readonly BlockLabel[], d: Decoder): Range;
  variablesNeeded?(spec: S, content: BodyContent, d: Decoder): Traversal[];
  attrSchemata?(spec: S, d: Decoder): AttributeSchema[];
  blockHeaderSchemata?(spec: S, d: Decoder): BlockHeaderSchema[];
  /** The spec applied to the blocks this kind reads (undefined: none, as for DefaultSpec over an attribute). */
  nestedSpec?(spec: S, d: Decoder): Spec | undefined;
}

/** Every blocks-of-one-type spec finds its blocks the same way: in source order, by type name. */
export function blocksOfType(content: BodyContent, typeName: string): BodyContent["blocks"] {
  return content.blocks.filter((b) => b.type === typeName);
}

/** The labels of a block with their ranges (Go `labelsForBlock`). */
export function labelsForBlock(block: BodyContent["blocks"][number]): BlockLabel[] {
  return block.labels.map((value, i) => new LabelOf(block, i, value));
}

/** A block's label, whose range (a line lookup) is found only when a block_label spec's diagnostic asks. */
class LabelOf implements BlockLabel {
  constructor(
    private readonly block: BodyContent["blocks"][number],
    private readonly index: number,
    readonly value: string,
  ) {}
  get range(): Range {
    return this.block.labelRanges[this.index]!;
  }
}
