/** BlockTupleSpec (DEC-11): every block of a type as a tuple, so blocks may decode to different types. */
import { DynamicPseudoType } from "../../cty/types.js";
import { EmptyTupleVal, tupleVal, unknownVal } from "../../cty/value.js";
import type { SpecKind } from "../kind.js";
import { allBlocksVariables, firstBlockRange, nestedLabelSchemata } from "../nested-blocks.js";
import { decodeRepeated } from "../repeated.js";
import type { BlockTupleSpec } from "../spec.js";

export const blockTupleKind: SpecKind<BlockTupleSpec> = {
  decode(spec, content, _labels, ctx, d) {
    const r = decodeRepeated(spec, content, ctx, d);
    if (r.unknown) return { value: unknownVal(DynamicPseudoType), diagnostics: r.diagnostics };
    if (r.elements.length === 0) return { value: EmptyTupleVal, diagnostics: r.diagnostics };
    return { value: tupleVal(r.elements), diagnostics: r.diagnostics };
  },
  impliedType() {
    // The number of blocks, and so the tuple's type, is known only once decoded.
    return DynamicPseudoType;
  },
  visitSameBodyChildren() {},
  sourceRange: firstBlockRange,
  variablesNeeded: allBlocksVariables,
  blockHeaderSchemata: nestedLabelSchemata,
  nestedSpec(spec) {
    return spec.nested;
  },
};
