/** BlockAttrsSpec (DEC-15): one block whose arbitrary attributes become a map of the element type. */
import { ConversionError, tryConvert, unify } from "../../cty/convert.js";
import { mapOf } from "../../cty/types.js";
import { mapVal, mapValEmpty, NullDynamic, nullVal, unknownVal, type Value } from "../../cty/value.js";
import type { Traversal } from "../../hcl/ast.js";
import type { BodyContent, HclBlock } from "../../hcl/body.js";
import { type Diagnostic, errorDiag, hasErrors } from "../../hcl/diagnostic.js";
import { customDecoderFor } from "../../hcl/eval.js";
import { NativeExpression } from "../../hcl/native-body.js";
import { rangeBetween } from "../../hcl/pos.js";
import { goQuote } from "../../hcl/quote.js";
import { duplicateBlock, missingBlock } from "../block-diags.js";
import { withExpressionValues } from "../diag-values.js";
import { blocksOfType, type SpecKind } from "../kind.js";
import type { BlockAttrsSpec, LiteralSpec } from "../spec.js";

export const blockAttrsKind: SpecKind<BlockAttrsSpec> = {
  decode(spec, content, _labels, ctx) {
    const diagnostics: Diagnostic[] = [];
    const [block, other] = findBlock(spec, content);
    if (block === undefined) {
      if (spec.required === true) diagnostics.push(missingBlock(spec.typeName, content.missingItemRange));
      return { value: nullVal(mapOf(spec.elementType)), diagnostics };
    }
    if (other !== undefined) diagnostics.push(duplicateBlock(spec.typeName, block, other));

    const attrs = block.body.justAttributes();
    diagnostics.push(...attrs.diagnostics);
    if (attrs.attributes.size === 0) return { value: mapValEmpty(spec.elementType), diagnostics };

    const custom = customDecoderFor(spec.elementType);
    const vals = new Map<string, Value>();
    // Go ranges over a map here; source order makes the diagnostics' order stable.
    for (const [name, attr] of attrs.attributes) {
      if (custom !== undefined && attr.expr instanceof NativeExpression) {
        const r = custom(attr.expr.expr, ctx);
        diagnostics.push(...r.diagnostics);
        vals.set(name, r.value);
        continue;
      }
      const r = attr.expr.value(ctx);
      diagnostics.push(...r.diagnostics);
      const converted = tryConvert(r.value, spec.elementType);
      if (converted instanceof ConversionError) {
        diagnostics.push(
          withExpressionValues(
            errorDiag(
              "Invalid attribute value",
              `Invalid value for attribute of ${goQuote(spec.typeName)} block: ${converted.message}.`,
              attr.expr.range,
              rangeBetween(attr.nameRange, attr.expr.range),
            ),
            attr.expr,
            ctx,
          ),
        );
        vals.set(name, unknownVal(spec.elementType));
        continue;
      }
      vals.set(name, converted);
    }
    return { value: sameTypeMap(spec, block, vals, diagnostics), diagnostics };
  },
  impliedType(spec) {
    return mapOf(spec.elementType);
  },
  visitSameBodyChildren() {},
  sourceRange(spec, content) {
    return findBlock(spec, content)[0]?.defRange ?? content.missingItemRange;
  },
  variablesNeeded(spec, content) {
    const [block] = findBlock(spec, content);
    if (block === undefined) return [];
    const attrs = block.body.justAttributes();
    if (hasErrors(attrs.diagnostics)) return [];
    const vars: Traversal[] = [];
    for (const attr of attrs.attributes.values()) vars.push(...attr.expr.variables());
    // In source order, so that errors about them come in that order too (stable sort, as Go's is not).
    return vars.sort((a, b) => a[0]!.range.start.byte - b[0]!.range.start.byte);
  },
  blockHeaderSchemata(spec) {
    return [{ type: spec.typeName, labelNames: [] }];
  },
  nestedSpec() {
    // The body is read as attributes, not with a spec; Go answers a placeholder spec here too.
    return placeholder;
  },
};

const placeholder: LiteralSpec = { kind: "literal", value: NullDynamic };

function findBlock(spec: BlockAttrsSpec, content: BodyContent): [HclBlock | undefined, HclBlock | undefined] {
  const blocks = blocksOfType(content, spec.typeName);
  return [blocks[0], blocks[1]];
}

/**
 * A map needs one element type. With an element type holding `any` the
 * attributes may differ; Go panics there, we unify them as cty's map
 * conversion would and report when they cannot be.
 */
function sameTypeMap(spec: BlockAttrsSpec, block: HclBlock, vals: Map<string, Value>, diags: Diagnostic[]): Value {
  const types = [...vals.values()].map((v) => v.type);
  if (types.every((t) => t.equals(types[0]!))) return mapVal(vals);
  const u = unify(types, true);
  if (u !== undefined) {
    try {
      const out = new Map<string, Value>();
      [...vals].forEach(([k, v], i) => out.set(k, u.conversions[i]?.(v) ?? v));
      return mapVal(out);
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
    }
  }
  diags.push(
    errorDiag(
      "Invalid attribute value",
      `Invalid value for attribute of ${goQuote(spec.typeName)} block: all map elements must have the same type.`,
      block.defRange,
    ),
  );
  return unknownVal(mapOf(spec.elementType));
}
