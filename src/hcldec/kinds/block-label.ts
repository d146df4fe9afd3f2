/** BlockLabelSpec (DEC-16): one label of the block whose body is being decoded, as a string. */
import { StringType } from "../../cty/types.js";
import { stringVal, unknownVal } from "../../cty/value.js";
import { errorDiag } from "../../hcl/diagnostic.js";
import type { SpecKind } from "../kind.js";
import type { BlockLabelSpec } from "../spec.js";

export const blockLabelKind: SpecKind<BlockLabelSpec> = {
  decode(spec, content, labels) {
    const label = labels[spec.index];
    if (label !== undefined) return { value: stringVal(label.value), diagnostics: [] };
    // Go panics: a label spec is only meaningful in the nested spec of a block kind.
    const diag = errorDiag(
      "Invalid block_label spec",
      `A block_label spec (index ${spec.index}, ${JSON.stringify(spec.name)}) can be used only in the nested spec of a block, where the block has that label.`,
      content.missingItemRange,
    );
    return { value: unknownVal(StringType), diagnostics: [diag] };
  },
  impliedType() {
    return StringType;
  },
  visitSameBodyChildren() {},
  sourceRange(spec, content, labels) {
    return labels[spec.index]?.range ?? content.missingItemRange;
  },
};
