/** ExprSpec (DEC-08): a fixed expression evaluated in the decode context; the body is not read. */
import { DynamicPseudoType } from "../../cty/types.js";
import type { SpecKind } from "../kind.js";
import type { ExprSpec } from "../spec.js";

export const exprKind: SpecKind<ExprSpec> = {
  decode(spec, _content, _labels, ctx) {
    const r = spec.expr.value(ctx);
    return { value: r.value, diagnostics: [...r.diagnostics] };
  },
  impliedType() {
    // Known only once evaluated.
    return DynamicPseudoType;
  },
  visitSameBodyChildren() {},
  sourceRange(spec) {
    return spec.expr.range;
  },
  variablesNeeded(spec) {
    return spec.expr.variables();
  },
};
