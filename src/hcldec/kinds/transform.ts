/** TransformExprSpec (DEC-18): the wrapped spec's value passed through an expression. */
import { unknownVal, type Value } from "../../cty/value.js";
import { hasErrors } from "../../hcl/diagnostic.js";
import { EvalContext } from "../../hcl/eval-context.js";
import type { Decoder, SpecKind } from "../kind.js";
import type { TransformExprSpec } from "../spec.js";

export const transformKind: SpecKind<TransformExprSpec> = {
  decode(spec, content, labels, ctx, d) {
    const r = d.decodeContent(spec.wrapped, content, labels, ctx);
    // Transforming a broken value would only add confusing errors to the real one.
    if (hasErrors(r.diagnostics)) {
      return { value: unknownVal(impliedType(spec, d).withoutOptionalAttributesDeep()), diagnostics: r.diagnostics };
    }
    // The expression sees the transform's own context, not the decode context.
    const t = spec.expr.value(scope(spec, r.value));
    return { value: t.value, diagnostics: [...r.diagnostics, ...t.diagnostics] };
  },
  impliedType,
  visitSameBodyChildren(spec, visit) {
    visit(spec.wrapped);
  },
  sourceRange(spec, content, labels, d) {
    return d.contentRange(spec.wrapped, content, labels);
  },
};

/** The type of the expression given an unknown of the wrapped type (may be imprecise, as in Go). */
function impliedType(spec: TransformExprSpec, d: Decoder): ReturnType<Decoder["impliedType"]> {
  return spec.expr.value(scope(spec, unknownVal(d.impliedType(spec.wrapped)))).value.type;
}

function scope(spec: TransformExprSpec, value: Value): EvalContext {
  return new EvalContext({ variables: { [spec.varName]: value } }, spec.transformCtx);
}
