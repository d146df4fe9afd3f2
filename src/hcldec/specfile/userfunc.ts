/**
 * `function "name" { params = [a, b]  variadic_param = rest  result = expr }`
 * blocks (SPEC-14; hcl's ext/userfunc): functions written in HCL. The
 * result expression sees the parameters as variables, in a child of the
 * context the declaring file chose (for spec files: the spec functions, so
 * user functions cannot call each other). Parameters accept any type but,
 * as cty requires by default, neither null nor unknown arguments.
 */
import { DynamicPseudoType, type Type } from "../../cty/types.js";
import { tupleVal, type Value } from "../../cty/value.js";
import { Function, FunctionError, type Parameter } from "../../functions/function.js";
import type { HclBody, HclExpression } from "../../hcl/body.js";
import { type Diagnostic, diagnosticsString, errorDiag, hasErrors } from "../../hcl/diagnostic.js";
import { EvalContext } from "../../hcl/eval-context.js";

const functionBodySchema = {
  attributes: [
    { name: "params", required: true },
    { name: "variadic_param", required: false },
    { name: "result", required: true },
  ],
  blocks: [],
};

/**
 * Reads every `blockType "name" {…}` block of `body` as a function; the
 * rest of the body is returned for the caller. `baseContext` is asked for
 * once, on the first call of any of the functions.
 */
export function decodeUserFunctions(
  body: HclBody,
  blockType: string,
  baseContext: () => EvalContext | undefined,
): { functions: Map<string, Function>; remain: HclBody; diagnostics: Diagnostic[] } {
  const { content, remain, diagnostics } = body.partialContent({
    attributes: [],
    blocks: [{ type: blockType, labelNames: ["name"] }],
  });
  const functions = new Map<string, Function>();
  const diags = diagnostics.slice();
  if (hasErrors(diags)) return { functions, remain, diagnostics: diags };

  let base: EvalContext | undefined;
  let baseKnown = false;
  const getBase = (): EvalContext | undefined => {
    if (!baseKnown) {
      base = baseContext();
      baseKnown = true;
    }
    return base;
  };

  blocks: for (const block of content.blocks) {
    const name = block.labels[0]!;
    const fc = block.body.content(functionBodySchema);
    diags.push(...fc.diagnostics);
    if (hasErrors(fc.diagnostics)) continue;
    const paramsExpr = fc.content.attributes.get("params")!.expr;
    const resultExpr = fc.content.attributes.get("result")!.expr;
    const varParamExpr = fc.content.attributes.get("variadic_param")?.expr;

    const paramExprs = paramsExpr.static?.list?.();
    if (paramExprs === undefined) {
      diags.push(errorDiag("Invalid expression", "A static list expression is required.", paramsExpr.startRange));
      continue;
    }
    const params: string[] = [];
    for (const p of paramExprs) {
      const param = keyword(p);
      if (param === "") {
        diags.push(errorDiag("Invalid param element", "Each parameter name must be an identifier.", p.range));
        continue blocks;
      }
      params.push(param);
    }
    let varParam: string | undefined;
    if (varParamExpr !== undefined) {
      varParam = keyword(varParamExpr);
      if (varParam === "") {
        diags.push(
          errorDiag("Invalid variadic_param", "The variadic parameter name must be an identifier.", varParamExpr.range),
        );
        continue;
      }
    }
    functions.set(name, userFunction(params, varParam, resultExpr, getBase));
  }
  return { functions, remain, diagnostics: diags };
}

function keyword(e: HclExpression): string {
  return e.static?.keyword?.() ?? "";
}

function userFunction(
  params: readonly string[],
  varParam: string | undefined,
  result: HclExpression,
  getBase: () => EvalContext | undefined,
): Function {
  const call = (args: readonly Value[]): { value: Value; diagnostics: Diagnostic[] } => {
    const ctx = childOf(getBase());
    const vars = new Map<string, Value>();
    params.forEach((p, i) => vars.set(p, args[i]!));
    if (varParam !== undefined) vars.set(varParam, tupleVal(args.slice(params.length)));
    ctx.variables = vars;
    return result.value(ctx);
  };
  // Diagnostics leave through the error, as Go smuggles them out in one.
  const run = (args: readonly Value[]): Value => {
    const r = call(args);
    if (hasErrors(r.diagnostics)) throw new FunctionError(diagnosticsString(r.diagnostics));
    return r.value;
  };
  const param = (name: string): Parameter => ({ name, type: DynamicPseudoType });
  return new Function({
    params: params.map(param),
    ...(varParam !== undefined ? { varParam: param(varParam) } : {}),
    type: (args): Type => run(args).type,
    impl: (args) => run(args),
  });
}

function childOf(base: EvalContext | undefined): EvalContext {
  // A nil base context in Go still gets a child (NewChild of nil).
  return base !== undefined ? base.newChild() : new EvalContext();
}
