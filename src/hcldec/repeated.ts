/**
 * What block_list, block_tuple and block_set share (DEC-10..12): every
 * block of one type decoded in source order, the min/max count checks, and
 * (for list and set) making the elements one type.
 */
import { ConversionError, unify } from "../cty/convert.js";
import type { Type } from "../cty/types.js";
import { DynamicVal, unknownVal, type Value } from "../cty/value.js";
import type { BodyContent, HclBlock } from "../hcl/body.js";
import { type Diagnostic, errorDiag } from "../hcl/diagnostic.js";
import type { EvalContext } from "../hcl/eval-context.js";
import type { Range } from "../hcl/pos.js";
import { goQuote } from "../hcl/quote.js";
import { blocksOfType, type Decoder, labelsForBlock, type SpecKind } from "./kind.js";
import { allBlocksVariables, firstBlockRange, nestedLabelSchemata } from "./nested-blocks.js";
import type { BlockListSpec, BlockSetSpec, BlockTupleSpec } from "./spec.js";

type Repeated = BlockListSpec | BlockTupleSpec | BlockSetSpec;

export interface RepeatedBlocks {
  elements: Value[];
  /**
   * Per element, the source range of its value, for diagnostics about that
   * element. Computed on demand: it re-reads the block's body, and is
   * needed only when something is wrong.
   */
  range: (i: number) => Range;
  diagnostics: Diagnostic[];
  /** A block's body could not be known yet (DEC-22): the whole result is unknown. */
  unknown: boolean;
}

export function decodeRepeated(
  spec: Repeated,
  content: BodyContent,
  ctx: EvalContext | undefined,
  d: Decoder,
): RepeatedBlocks {
  const blocks: HclBlock[] = [];
  const out: RepeatedBlocks = {
    elements: [],
    range: (i) => d.bodyRange(blocks[i]!.body, labelsForBlock(blocks[i]!), spec.nested),
    diagnostics: [],
    unknown: false,
  };
  for (const block of blocksOfType(content, spec.typeName)) {
    const labels = labelsForBlock(block);
    const r = d.decodeBody(block.body, labels, ctx, spec.nested);
    out.diagnostics.push(...r.diagnostics);
    // Go checks after decoding, so the unknown block's own diagnostics are kept.
    if (block.body.isUnknown?.() === true) {
      out.unknown = true;
      return out;
    }
    out.elements.push(r.value);
    blocks.push(block);
  }
  const min = spec.minItems ?? 0;
  const max = spec.maxItems ?? 0;
  const n = out.elements.length;
  if (n < min) {
    out.diagnostics.push(
      errorDiag(
        `Insufficient ${spec.typeName} blocks`,
        `At least ${min} ${goQuote(spec.typeName)} blocks are required.`,
        content.missingItemRange,
      ),
    );
  } else if (max > 0 && n > max) {
    // Go's detail has no final period here.
    out.diagnostics.push(
      errorDiag(
        `Too many ${spec.typeName} blocks`,
        `No more than ${max} ${goQuote(spec.typeName)} blocks are allowed`,
        out.range(max),
      ),
    );
  }
  return out;
}

/**
 * Converts the elements to one type (cty `UnifyUnsafe`), so that attributes
 * of type `any` that differ per block still make a list or set. Undefined,
 * with a diagnostic added, when they cannot be (the "Unconsistent" typo is Go's).
 */
export function unifyElements(typeName: string, r: RepeatedBlocks): Value[] | undefined {
  // The usual case: the nested spec's type has no `any`, so every element already has the same type.
  const first = r.elements[0]!.type;
  if (r.elements.every((e) => e.type === first || e.type.equals(first))) return r.elements;
  const u = unify(
    r.elements.map((e) => e.type),
    true,
  );
  if (u === undefined) {
    r.diagnostics.push(inconsistent(typeName, r.range(0)));
    return undefined;
  }
  const out: Value[] = [];
  for (let i = 0; i < r.elements.length; i++) {
    const conv = u.conversions[i];
    if (conv === undefined) {
      out.push(r.elements[i]!);
      continue;
    }
    try {
      out.push(conv(r.elements[i]!));
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      r.diagnostics.push(
        errorDiag(
          `Unconsistent argument types in ${typeName} blocks`,
          `Block with index ${i} has inconsistent argument types: ${e.message}.`,
          r.range(i),
        ),
      );
      return undefined;
    }
  }
  return out;
}

export function inconsistent(typeName: string, subject: Range): Diagnostic {
  return errorDiag(
    `Unconsistent argument types in ${typeName} blocks`,
    "Corresponding attributes in all blocks of this type must be the same.",
    subject,
  );
}

/**
 * The kind of a block_list or block_set: they differ only in the collection
 * they build. Both unify the blocks' values to one element type.
 */
export function collectionOfBlocksKind<S extends BlockListSpec | BlockSetSpec>(
  collectionOf: (t: Type) => Type,
  empty: (elementType: Type) => Value,
  make: (elements: Value[]) => Value,
): SpecKind<S> {
  return {
    decode(spec, content, _labels, ctx, d) {
      const r = decodeRepeated(spec, content, ctx, d);
      const t = collectionOf(d.impliedType(spec.nested));
      if (r.unknown) return { value: unknownVal(t.withoutOptionalAttributesDeep()), diagnostics: r.diagnostics };
      if (r.elements.length === 0) return { value: empty(d.impliedType(spec.nested)), diagnostics: r.diagnostics };
      const elements = unifyElements(spec.typeName, r);
      if (elements === undefined) return { value: DynamicVal, diagnostics: r.diagnostics };
      try {
        return { value: make(elements), diagnostics: r.diagnostics };
      } catch {
        // Elements of the dynamic pseudo-type can survive unification with different types; Go would panic.
        r.diagnostics.push(inconsistent(spec.typeName, r.range(0)));
        return { value: DynamicVal, diagnostics: r.diagnostics };
      }
    },
    impliedType(spec, d) {
      return collectionOf(d.impliedType(spec.nested));
    },
    visitSameBodyChildren() {},
    sourceRange: firstBlockRange,
    variablesNeeded: allBlocksVariables,
    blockHeaderSchemata: nestedLabelSchemata,
    nestedSpec(spec) {
      return spec.nested;
    },
  };
}
