/**
 * `try` and `can` (hcl `ext/tryfunc`, FN-10): they receive their arguments
 * as unevaluated expressions (closures) and evaluate them themselves, so an
 * error in an argument is a result rather than a failure of the call.
 */
import { BoolType, CapsuleType } from "../../cty/types.js";
import { capsuleVal, DynamicVal, False, True, unknownVal, type Value } from "../../cty/value.js";
import { Function, FunctionError } from "../../functions/function.js";
import type { Expression } from "../ast.js";
import { type Diagnostic, hasErrors } from "../diagnostic.js";
import type { EvalContext } from "../eval-context.js";
import { CustomExpressionDecoder, type CustomDecoder, evaluate } from "../eval.js";
import { traverseAbs } from "../ops.js";
import { rangeString } from "../pos.js";
import { variables } from "../static.js";

/** An expression together with the context it is to be evaluated in (customdecode `ExpressionClosure`). */
export interface ExpressionClosure {
  expression: Expression;
  ctx: EvalContext | undefined;
  /** Set when the argument came from expanding a sequence with `...`: the value is already known. */
  preset?: Value;
}

function closureValue(c: ExpressionClosure): { value: Value; diagnostics: Diagnostic[] } {
  if (c.preset !== undefined) return { value: c.preset, diagnostics: [] };
  return evaluate(c.expression, c.ctx);
}

const decodeClosure: CustomDecoder = (expression, ctx, preset) => ({
  value: capsuleVal(ExpressionClosureType, preset === undefined ? { expression, ctx } : { expression, ctx, preset }),
  diagnostics: [],
});

export const ExpressionClosureType: CapsuleType = new CapsuleType("expression closure", {
  extensionData: (key) => (key === CustomExpressionDecoder ? decodeClosure : undefined),
});

export function closureFromVal(v: Value): ExpressionClosure {
  return v.capsule() as ExpressionClosure;
}

/**
 * Whether any variable the expression refers to is, or contains, an unknown
 * value: then whether it succeeds cannot be decided yet.
 */
function dependsOnUnknowns(c: ExpressionClosure): boolean {
  if (c.preset !== undefined) return !c.preset.isWhollyKnown();
  for (const t of variables(c.expression)) {
    const r = traverseAbs(t, c.ctx);
    if (hasErrors(r.diagnostics)) continue;
    if (!r.value.isWhollyKnown()) return true;
  }
  return false;
}

function tryImpl(args: readonly Value[]): Value {
  if (args.length === 0) throw new FunctionError("at least one argument is required");
  const diags: Diagnostic[] = [];
  for (const arg of args) {
    const c = closureFromVal(arg);
    if (dependsOnUnknowns(c)) return DynamicVal;
    const r = closureValue(c);
    diags.push(...r.diagnostics);
    if (hasErrors(r.diagnostics)) continue;
    return r.value;
  }
  let msg = "no expression succeeded:\n";
  for (const d of diags) {
    msg +=
      d.subject !== undefined
        ? `- ${d.summary} (at ${rangeString(d.subject)})\n  ${d.detail}\n`
        : `- ${d.summary}\n  ${d.detail}\n`;
  }
  msg += "\nAt least one expression must produce a successful result";
  throw new FunctionError(msg);
}

export const TryFunc = new Function({
  description:
    "Evaluates each argument in turn and returns the result of the first one that succeeds, or fails with all their errors.",
  params: [],
  varParam: { name: "expressions", type: ExpressionClosureType },
  type: (args) => tryImpl(args).type,
  impl: (args) => tryImpl(args),
});

export const CanFunc = new Function({
  description: "Whether its argument evaluates without errors.",
  params: [{ name: "expression", type: ExpressionClosureType }],
  type: () => BoolType,
  impl: (args) => {
    const c = closureFromVal(args[0]!);
    if (dependsOnUnknowns(c)) return unknownVal(BoolType);
    return hasErrors(closureValue(c).diagnostics) ? False : True;
  },
});
