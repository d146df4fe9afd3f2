/** AttrSpec (DEC-06): one attribute's value, converted to the spec's type. */
import { ConversionError, tryConvert } from "../../cty/convert.js";
import { nullVal, unknownVal, type Value } from "../../cty/value.js";
import type { HclAttribute } from "../../hcl/body.js";
import { type Diagnostic, errorDiag } from "../../hcl/diagnostic.js";
import type { EvalContext } from "../../hcl/eval-context.js";
import { customDecoderFor } from "../../hcl/eval.js";
import { NativeExpression } from "../../hcl/native-body.js";
import { rangeBetween } from "../../hcl/pos.js";
import { goQuote } from "../../hcl/quote.js";
import { withExpressionValues } from "../diag-values.js";
import type { Decoded, SpecKind } from "../kind.js";
import type { AttrSpec } from "../spec.js";

export const attrKind: SpecKind<AttrSpec> = {
  decode(spec, content, _labels, ctx) {
    const attr = content.attributes.get(spec.name);
    // A missing required attribute was already reported when the content was read.
    if (attr === undefined) return { value: nullVal(spec.type.withoutOptionalAttributesDeep()), diagnostics: [] };
    const custom = customDecode(spec, attr, ctx);
    if (custom !== undefined) return custom;

    const r = attr.expr.value(ctx);
    const diagnostics = [...r.diagnostics];
    const converted = tryConvert(r.value, spec.type);
    if (!(converted instanceof ConversionError)) return { value: converted, diagnostics };
    diagnostics.push(
      withExpressionValues(
        errorDiag(
          "Incorrect attribute value type",
          `Inappropriate value for attribute ${goQuote(spec.name)}: ${converted.message}.`,
          attr.expr.range,
          rangeBetween(attr.nameRange, attr.expr.range),
        ),
        attr.expr,
        ctx,
      ),
    );
    // An unknown of the wanted type keeps the partial result usable for analysis.
    return { value: unknownVal(spec.type.withoutOptionalAttributesDeep()), diagnostics };
  },
  impliedType(spec) {
    return spec.type;
  },
  visitSameBodyChildren() {},
  sourceRange(spec, content) {
    return content.attributes.get(spec.name)?.expr.range ?? content.missingItemRange;
  },
  variablesNeeded(spec, content) {
    return content.attributes.get(spec.name)?.expr.variables() ?? [];
  },
  attrSchemata(spec) {
    return [{ name: spec.name, required: spec.required === true }];
  },
};

/**
 * A type whose capsule offers a custom decoder gets the expression itself
 * (hcl customdecode, CUS-01). Only native-syntax expressions can be handed
 * over: the decoders take the native AST.
 */
function customDecode(spec: AttrSpec, attr: HclAttribute, ctx: EvalContext | undefined): Decoded | undefined {
  const decoder = customDecoderFor(spec.type);
  if (decoder === undefined || !(attr.expr instanceof NativeExpression)) return undefined;
  const r = decoder(attr.expr.expr, ctx);
  const diagnostics: Diagnostic[] = [...r.diagnostics];
  const value: Value = r.value;
  return { value, diagnostics };
}
