/** BlockMapSpec (DEC-13): labelled blocks as nested maps keyed by their labels. */
import { type MapType, mapOf, type Type } from "../../cty/types.js";
import { mapVal, mapValEmpty, unknownVal } from "../../cty/value.js";
import { errorDiag } from "../../hcl/diagnostic.js";
import { goEmptyBlockMapCompat } from "../go-compat.js";
import type { Decoder, SpecKind } from "../kind.js";
import { decodeLabelled, noLabelNames, treeValue } from "../labelled.js";
import { allBlocksVariables, firstBlockRange } from "../nested-blocks.js";
import type { BlockMapSpec } from "../spec.js";

export const blockMapKind: SpecKind<BlockMapSpec> = {
  decode(spec, content, _labels, ctx, d) {
    const t = impliedType(spec, d);
    if (spec.labelNames.length === 0) {
      return { value: unknownVal(t.withoutOptionalAttributesDeep()), diagnostics: [noLabelNames(spec, content)] };
    }
    if (t.hasDynamicTypes()) {
      // Go panics here (its spec-file reader rejects such specs first, with these words).
      const diag = errorDiag(
        "Invalid block_map spec",
        "A block_map spec may not contain attributes with type 'any'.",
        content.missingItemRange,
      );
      return { value: unknownVal(t), diagnostics: [diag] };
    }
    const r = decodeLabelled(spec, content, ctx, d);
    if (r.unknown) return { value: unknownVal(t.withoutOptionalAttributesDeep()), diagnostics: r.diagnostics };
    // Go 2.14.1 (and 2.19) answers an empty map of the *nested* type whatever the number of labels:
    // map(T) where the implied type is map(map(T)). That value is the wrong type, and a block_map of
    // two labels nested in another block_map then makes Go panic ("inconsistent map element types")
    // when one block has none and another has some. We answer the implied type.
    if (r.tree.size === 0) {
      const element = goEmptyBlockMapCompat() ? d.impliedType(spec.nested) : (t as MapType).elementType;
      return { value: mapValEmpty(element), diagnostics: r.diagnostics };
    }
    try {
      return { value: treeValue(r.tree, spec.labelNames.length, mapVal), diagnostics: r.diagnostics };
    } catch {
      // Only a transform whose result type depends on the value can get here; Go would panic.
      const diag = errorDiag(
        `Unconsistent argument types in ${spec.typeName} blocks`,
        "Corresponding attributes in all blocks of this type must be the same.",
        content.missingItemRange,
      );
      return { value: unknownVal(t), diagnostics: [...r.diagnostics, diag] };
    }
  },
  impliedType,
  visitSameBodyChildren() {},
  sourceRange: firstBlockRange,
  variablesNeeded: allBlocksVariables,
  blockHeaderSchemata(spec, d) {
    return [{ type: spec.typeName, labelNames: [...spec.labelNames, ...d.labelNames(spec.nested)] }];
  },
  nestedSpec(spec) {
    return spec.nested;
  },
};

function impliedType(spec: BlockMapSpec, d: Decoder): Type {
  let t = d.impliedType(spec.nested);
  for (let i = 0; i < spec.labelNames.length; i++) t = mapOf(t);
  return t;
}
