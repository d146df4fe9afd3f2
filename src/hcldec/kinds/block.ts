/** BlockSpec (DEC-09): at most one block of a type, decoded with the nested spec; null when absent. */
import { nullVal } from "../../cty/value.js";
import type { HclBlock } from "../../hcl/body.js";
import type { Diagnostic } from "../../hcl/diagnostic.js";
import { duplicateBlock, missingBlock } from "../block-diags.js";
import { firstBlockRange, nestedLabelSchemata } from "../nested-blocks.js";
import { blocksOfType, labelsForBlock, type SpecKind } from "../kind.js";
import type { BlockSpec } from "../spec.js";

export const blockKind: SpecKind<BlockSpec> = {
  decode(spec, content, _labels, ctx, d) {
    const diagnostics: Diagnostic[] = [];
    let block: HclBlock | undefined;
    for (const candidate of blocksOfType(content, spec.typeName)) {
      if (block !== undefined) {
        // Only the first extra block is reported, as in Go; the first block is used.
        diagnostics.push(duplicateBlock(spec.typeName, block, candidate));
        break;
      }
      block = candidate;
    }
    if (block === undefined) {
      if (spec.required === true) diagnostics.push(missingBlock(spec.typeName, content.missingItemRange));
      return { value: nullVal(d.impliedType(spec.nested).withoutOptionalAttributesDeep()), diagnostics };
    }
    const r = d.decodeBody(block.body, labelsForBlock(block), ctx, spec.nested);
    diagnostics.push(...r.diagnostics);
    return { value: r.value, diagnostics };
  },
  impliedType(spec, d) {
    return d.impliedType(spec.nested);
  },
  visitSameBodyChildren() {
    // The nested spec reads the block's body, not this one.
  },
  sourceRange: firstBlockRange,
  variablesNeeded(spec, content, d) {
    const block = blocksOfType(content, spec.typeName)[0];
    return block === undefined ? [] : d.bodyVariables(block.body, spec.nested);
  },
  blockHeaderSchemata: nestedLabelSchemata,
  nestedSpec(spec) {
    return spec.nested;
  },
};
