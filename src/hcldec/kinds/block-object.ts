/** BlockObjectSpec (DEC-14): labelled blocks as nested objects, so blocks may decode to different types. */
import { DynamicPseudoType } from "../../cty/types.js";
import { DynamicVal, EmptyObjectVal, objectVal } from "../../cty/value.js";
import type { SpecKind } from "../kind.js";
import { decodeLabelled, noLabelNames, treeValue } from "../labelled.js";
import { allBlocksVariables, firstBlockRange } from "../nested-blocks.js";
import type { BlockObjectSpec } from "../spec.js";

export const blockObjectKind: SpecKind<BlockObjectSpec> = {
  decode(spec, content, _labels, ctx, d) {
    if (spec.labelNames.length === 0) return { value: DynamicVal, diagnostics: [noLabelNames(spec, content)] };
    const r = decodeLabelled(spec, content, ctx, d);
    if (r.unknown) return { value: DynamicVal, diagnostics: r.diagnostics };
    if (r.tree.size === 0) return { value: EmptyObjectVal, diagnostics: r.diagnostics };
    return { value: treeValue(r.tree, spec.labelNames.length, objectVal), diagnostics: r.diagnostics };
  },
  impliedType() {
    // The attribute names are the labels found, known only once decoded.
    return DynamicPseudoType;
  },
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
