/**
 * The "with x as …" lines for a diagnostic about an expression of either
 * syntax (Go sets `Expression` and `EvalContext` on hcldec's diagnostics and
 * the renderer derives these lines from them, DIAG-10 step 4).
 */
import type { DiagnosticValue } from "../hcl/diagnostic.js";
import type { Diagnostic } from "../hcl/diagnostic.js";
import type { HclExpression } from "../hcl/body.js";
import type { EvalContext } from "../hcl/eval-context.js";
import { describeTraversals } from "../hcl/value-lines.js";

export function expressionValues(expr: HclExpression, ctx: EvalContext | undefined): DiagnosticValue[] {
  return ctx === undefined ? [] : describeTraversals(expr.variables(), ctx);
}

/** Attaches the expression's values to a diagnostic about it. */
export function withExpressionValues(d: Diagnostic, expr: HclExpression, ctx: EvalContext | undefined): Diagnostic {
  const values = expressionValues(expr, ctx);
  if (values.length > 0) d.values = values;
  return d;
}
