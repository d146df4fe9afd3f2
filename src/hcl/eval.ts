/**
 * Evaluation of native-syntax expressions (hclsyntax `Expression.Value`;
 * EXP-*, FOR-*, SPL-*, TPL-*): every expression kind, with HCL's
 * diagnostics — same summaries, details and subject ranges as Go.
 *
 * Each evaluation returns a value (best effort, unknown where an error left
 * no answer) and the diagnostics of that subtree; callers that must keep a
 * subtree's diagnostics aside (the conditional keeps only the selected
 * branch's) can.
 */
import { convert, ConversionError, getConversionFn, unify } from "../cty/convert.js";
import { elementPairs, canIterateElements } from "../cty/operations.js";
import { DynamicPseudoType, listOf, NumberType, StringType, tupleOf, type Type, BoolType } from "../cty/types.js";
import * as num from "../cty/number.js";
import {
  DynamicVal,
  EmptyTupleVal,
  listVal,
  listValEmpty,
  objectVal,
  stringVal,
  tupleVal,
  unknownVal,
  Value,
} from "../cty/value.js";
import type { Function } from "../functions/function.js";
import { ArgError, FunctionError } from "../functions/function.js";
import * as opFns from "../functions/operators.js";
import type {
  AnonSymbolExpr,
  BinaryOpExpr,
  ConditionalExpr,
  Expression,
  ForExpr,
  FunctionCallExpr,
  ObjectConsExpr,
  ObjectConsKeyExpr,
  SplatExpr,
  TemplateExpr,
  TemplateJoinExpr,
  UnaryOpExpr,
} from "./ast.js";
import { ExprTag, LiteralValueExpr, ScopeTraversalExpr } from "./ast.js";
import { type Diagnostic, errorDiag, hasErrors } from "./diagnostic.js";
import { nameSuggestion } from "./didyoumean.js";
import { EvalContext } from "./eval-context.js";
import { BINARY_FUNCTIONS, compiledFor, ForScope, quickBinary } from "./eval-loop.js";
import { literalValue } from "./literal.js";
import { index, traverseAbs, traverseRel, type ValueResult } from "./ops.js";
import { type Range, rangeBetween } from "./pos.js";
import { goQuote } from "./quote.js";
import { exprAsKeyword, startRange } from "./static.js";
import { describeValues } from "./value-lines.js";
import { legacyCompat } from "../cty/legacy.js";

const NONE: Diagnostic[] = [];

function res(value: Value, diagnostics: Diagnostic[] = NONE): ValueResult {
  return { value, diagnostics };
}

function concat(a: Diagnostic[], b: Diagnostic[]): Diagnostic[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b];
}

/**
 * A diagnostic about `expr` as evaluated in `ctx`: carries the "with x as …"
 * lines of the variables the expression refers to (DIAG-10 step 4).
 */
function exprDiag(
  summary: string,
  detail: string,
  subject: Range | undefined,
  context: Range | undefined,
  expr: Expression | undefined,
  ctx: EvalContext | undefined,
  extra?: Record<string, unknown>,
): Diagnostic {
  const d = errorDiag(summary, detail, subject, context);
  if (expr !== undefined && ctx !== undefined) {
    const values = describeValues(expr, ctx);
    if (values.length > 0) d.values = values;
  }
  if (extra !== undefined) d.extra = extra;
  return d;
}

/** hclsyntax `setDiagEvalContext`: attach the expression's values to diagnostics that have none. */
function withValues(diags: Diagnostic[], expr: Expression, ctx: EvalContext | undefined): Diagnostic[] {
  if (diags.length === 0 || ctx === undefined) return diags;
  for (const d of diags) {
    if (d.values === undefined) {
      const values = describeValues(expr, ctx);
      if (values.length > 0) d.values = values;
    }
  }
  return diags;
}

const anonValues = new WeakMap<AnonSymbolExpr, Map<EvalContext, Value>>();

/** Evaluates `expr` in `ctx` (undefined = no variables or functions at all). */
export function evaluate(expr: Expression, ctx: EvalContext | undefined): ValueResult {
  switch (expr.tag) {
    case ExprTag.ScopeTraversal: {
      const r = traverseAbs(expr.traversal, ctx);
      return r.diagnostics.length === 0 ? r : res(r.value, withValues(r.diagnostics, expr, ctx));
    }
    case ExprTag.LiteralValue:
      return res(literalValue(expr.value));
    case ExprTag.BinaryOp:
      return evalBinary(expr, ctx);
    case ExprTag.TemplateWrap:
      return evaluate(expr.wrapped, ctx);
    case ExprTag.Template:
      return evalTemplate(expr, ctx);
    case ExprTag.Conditional:
      return evalConditional(expr, ctx);
    case ExprTag.FunctionCall:
      return evalFunctionCall(expr, ctx);
    case ExprTag.RelativeTraversal: {
      const src = evaluate(expr.source, ctx);
      const r = traverseRel(src.value, expr.traversal);
      return res(r.value, concat(src.diagnostics, withValues(r.diagnostics, expr, ctx)));
    }
    case ExprTag.Index: {
      const coll = evaluate(expr.collection, ctx);
      const key = evaluate(expr.key, ctx);
      const r = index(coll.value, key.value, expr.bracketRange);
      return res(r.value, concat(concat(coll.diagnostics, key.diagnostics), withValues(r.diagnostics, expr, ctx)));
    }
    case ExprTag.TemplateJoin:
      return evalTemplateJoin(expr, ctx);
    case ExprTag.For:
      return evalFor(expr, ctx);
    case ExprTag.TupleCons: {
      const vals: Value[] = [];
      let diags = NONE;
      for (const e of expr.exprs) {
        const r = evaluate(e, ctx);
        vals.push(r.value);
        diags = concat(diags, r.diagnostics);
      }
      return res(tupleVal(vals), diags);
    }
    case ExprTag.ObjectCons:
      return evalObject(expr, ctx);
    case ExprTag.ObjectConsKey:
      return evalObjectKey(expr, ctx);
    case ExprTag.UnaryOp:
      return evalUnary(expr, ctx);
    case ExprTag.Parentheses:
      return evaluate(expr.expression, ctx);
    case ExprTag.Splat:
      return evalSplat(expr, ctx);
    case ExprTag.AnonSymbol: {
      if (ctx === undefined) return res(DynamicVal);
      return res(anonValues.get(expr)?.get(ctx) ?? DynamicVal);
    }
  }
}

// ------------------------------------------------------------------ function calls

function evalFunctionCall(e: FunctionCallExpr, ctx: EvalContext | undefined): ValueResult {
  let f: Function | undefined;
  let hasNonNil = false;
  for (let c = ctx; c !== undefined; c = c.parent) {
    if (c.functions === undefined) continue;
    hasNonNil = true;
    f = c.functions.get(e.name);
    if (f !== undefined) break;
  }
  if (f === undefined) {
    if (!hasNonNil) {
      return res(DynamicVal, [
        exprDiag("Function calls not allowed", "Functions may not be called here.", e.range, undefined, e, ctx),
      ]);
    }
    // Go offers only the innermost context's functions as suggestions, in map order; we sort.
    const avail = [...(ctx?.functions?.keys() ?? [])].sort();
    const s = nameSuggestion(e.name, avail);
    return res(DynamicVal, [
      exprDiag(
        "Call to unknown function",
        `There is no function named ${goQuote(e.name)}.${s !== "" ? ` Did you mean ${goQuote(s)}?` : ""}`,
        e.nameRange,
        e.range,
        e,
        ctx,
      ),
    ]);
  }
  const extra = { calledFunctionName: e.name };
  const params = f.params;
  const varParam = f.varParam;
  let diags = NONE;

  // An argument is an expression, or (after expanding with ...) a value with the range of the expanded expression.
  type Arg = { expr: Expression; value?: Value };
  let args: Arg[] = e.args.map((a) => ({ expr: a }));
  if (e.expandFinal) {
    const expandExpr = e.args[e.args.length - 1]!;
    const ev = evaluate(expandExpr, ctx);
    diags = concat(diags, ev.diagnostics);
    if (hasErrors(ev.diagnostics)) return res(DynamicVal, diags);
    const v = ev.value;
    const t = v.type;
    const invalid = (detail: string): ValueResult =>
      res(
        DynamicVal,
        concat(diags, [
          exprDiag("Invalid expanding argument value", detail, expandExpr.range, e.range, expandExpr, ctx, extra),
        ]),
      );
    if (t.kind === "dynamic") {
      if (v.isNull()) return invalid("The expanding argument (indicated by ...) must not be null.");
      return res(DynamicVal, diags);
    }
    if (t.kind === "tuple" || t.kind === "list" || t.kind === "set") {
      if (v.isNull()) return invalid("The expanding argument (indicated by ...) must not be null.");
      if (!v.isKnown()) return res(DynamicVal, diags);
      const [bare, marks] = v.unmark();
      args = [...args.slice(0, -1), ...bare.elements().map((el) => ({ expr: expandExpr, value: el.withMarks(marks) }))];
    } else {
      return invalid("The expanding argument (indicated by ...) must be of a tuple, list, or set type.");
    }
  }

  if (args.length < params.length) {
    const missing = params[args.length]!;
    const qual = varParam !== undefined ? " at least" : "";
    return res(DynamicVal, [
      exprDiag(
        "Not enough function arguments",
        `Function ${goQuote(e.name)} expects${qual} ${params.length} argument(s). Missing value for ${goQuote(missing.name)}.`,
        e.closeParenRange,
        e.range,
        e,
        ctx,
        extra,
      ),
    ]);
  }
  if (varParam === undefined && args.length > params.length) {
    return res(DynamicVal, [
      exprDiag(
        "Too many function arguments",
        `Function ${goQuote(e.name)} expects only ${params.length} argument(s).`,
        startRange(args[params.length]!.expr),
        e.range,
        e,
        ctx,
        extra,
      ),
    ]);
  }

  const argVals: Value[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const param = i < params.length ? params[i]! : varParam!;
    let val: Value;
    const custom = customDecoderFor(param.type);
    if (custom !== undefined) {
      const r = custom(a.expr, ctx, a.value);
      diags = concat(diags, r.diagnostics);
      val = r.value;
    } else {
      if (a.value !== undefined) val = a.value;
      else {
        const r = evaluate(a.expr, ctx);
        diags = concat(diags, r.diagnostics);
        val = r.value;
      }
      try {
        val = convert(val, param.type);
      } catch (err) {
        if (!(err instanceof ConversionError)) throw err;
        diags = concat(diags, [
          exprDiag(
            "Invalid function argument",
            `Invalid value for ${goQuote(param.name)} parameter: ${err.message}.`,
            startRange(a.expr),
            e.range,
            a.expr,
            ctx,
            extra,
          ),
        ]);
      }
    }
    argVals.push(val);
  }
  if (hasErrors(diags)) return res(DynamicVal, diags);

  try {
    return res(f.call(argVals), diags);
  } catch (err) {
    if (!(err instanceof FunctionError)) throw err;
    const withError = { ...extra, functionCallError: err.message };
    if (err instanceof ArgError) {
      const i = err.index;
      const param = i < params.length ? params[i] : varParam;
      if (param === undefined || i > args.length - 1) {
        if (param !== undefined) {
          return res(
            DynamicVal,
            concat(diags, [
              exprDiag(
                "Invalid function argument",
                `Invalid value for ${goQuote(param.name)} parameter: ${err.message}.`,
                e.range,
                undefined,
                e,
                ctx,
                withError,
              ),
            ]),
          );
        }
        return res(
          DynamicVal,
          concat(diags, [
            exprDiag(
              "Error in function call",
              `Call to function ${goQuote(e.name)} failed: ${err.message}.`,
              startRange(e),
              e.range,
              e,
              ctx,
              withError,
            ),
          ]),
        );
      }
      const argExpr = args[i]!.expr;
      return res(
        DynamicVal,
        concat(diags, [
          exprDiag(
            "Invalid function argument",
            `Invalid value for ${goQuote(param.name)} parameter: ${err.message}.`,
            startRange(argExpr),
            e.range,
            argExpr,
            ctx,
            withError,
          ),
        ]),
      );
    }
    return res(
      DynamicVal,
      concat(diags, [
        exprDiag(
          "Error in function call",
          `Call to function ${goQuote(e.name)} failed: ${err.message}.`,
          startRange(e),
          e.range,
          e,
          ctx,
          withError,
        ),
      ]),
    );
  }
}

/**
 * A parameter whose type is a capsule offering a decoder under this key gets
 * the argument's expression instead of its value (hcl `customdecode`,
 * CUS-01): `try`, `can` and `convert`'s type argument use this. `preset` is
 * the value when the argument came from expanding a sequence with `...`.
 */
export const CustomExpressionDecoder: unique symbol = Symbol("hcl.customExpressionDecoder");
export type CustomDecoder = (expr: Expression, ctx: EvalContext | undefined, preset?: Value) => ValueResult;

export function customDecoderFor(t: Type): CustomDecoder | undefined {
  if (t.kind !== "capsule") return undefined;
  return t.ops.extensionData?.(CustomExpressionDecoder) as CustomDecoder | undefined;
}

// ------------------------------------------------------------------ conditionals

function evalConditional(e: ConditionalExpr, ctx: EvalContext | undefined): ValueResult {
  const t = evaluate(e.trueResult, ctx);
  const f = evaluate(e.falseResult, ctx);
  let resultType: Type | undefined = DynamicPseudoType;
  let convTrue: ((v: Value) => Value) | undefined;
  let convFalse: ((v: Value) => Value) | undefined;
  if (isBareNullDynamic(t.value)) {
    resultType = f.value.type;
    convTrue = getConversionFn(DynamicPseudoType, resultType, true);
  } else if (isBareNullDynamic(f.value)) {
    resultType = t.value.type;
    convFalse = getConversionFn(DynamicPseudoType, resultType, true);
  } else if (t.value.type.kind === "dynamic" || f.value.type.kind === "dynamic") {
    // The result type can only be known once the dynamic branch is.
  } else if (t.value.type === f.value.type && t.value.type.isPrimitive()) {
    // Two branches of one primitive type unify to it without conversions.
    resultType = t.value.type;
  } else {
    const u = unify([t.value.type, f.value.type], true);
    resultType = u?.type;
    convTrue = u?.conversions[0];
    convFalse = u?.conversions[1];
  }
  if (resultType === undefined) {
    return res(DynamicVal, [
      exprDiag(
        "Inconsistent conditional result types",
        `The true and false result expressions must have consistent types. ${describeTypeMismatch(t.value.type, f.value.type)}.`,
        rangeBetween(e.trueResult.range, e.falseResult.range),
        e.range,
        e,
        ctx,
      ),
    ]);
  }
  const cond = evaluate(e.condition, ctx);
  let diags = cond.diagnostics;
  if (cond.value.isNull()) {
    return res(
      unknownVal(resultType),
      concat(diags, [
        exprDiag(
          "Null condition",
          "The condition value is null. Conditions must either be true or false.",
          e.condition.range,
          e.range,
          e.condition,
          ctx,
        ),
      ]),
    );
  }
  // The result depends on the condition, so it carries the condition's marks
  // (HCL 2.14 dropped them; see cty/legacy.ts). An unmarked bool, the usual
  // condition, needs neither the mark walk nor a conversion.
  const plainBool = cond.value.marks === undefined && cond.value.type === BoolType;
  const condMarks = legacyCompat() || plainBool ? undefined : cond.value.unmarkDeep()[1];
  if (!cond.value.isKnown()) return res(unknownVal(resultType).withMarks(condMarks), diags);
  let c: Value;
  try {
    c = plainBool ? cond.value : convert(cond.value, BoolType);
  } catch (err) {
    if (!(err instanceof ConversionError)) throw err;
    return res(
      unknownVal(resultType),
      concat(diags, [
        exprDiag(
          "Incorrect condition type",
          "The condition expression must be of type bool.",
          e.condition.range,
          e.range,
          e.condition,
          ctx,
        ),
      ]),
    );
  }
  const bare = plainBool ? c : c.unmarkDeep()[0];
  const chosen = bare.isTrue() ? t : f;
  const conv = bare.isTrue() ? convTrue : convFalse;
  const branch = bare.isTrue() ? e.trueResult : e.falseResult;
  diags = concat(diags, chosen.diagnostics);
  let value = chosen.value;
  if (conv !== undefined) {
    try {
      value = conv(value);
    } catch (err) {
      if (!(err instanceof ConversionError)) throw err;
      diags = concat(diags, [
        exprDiag(
          "Inconsistent conditional result types",
          `The ${bare.isTrue() ? "true" : "false"} result value has the wrong type: ${err.message}.`,
          branch.range,
          e.range,
          branch,
          ctx,
        ),
      ]);
      value = unknownVal(resultType);
    }
  }
  return res(value.withMarks(condMarks), diags);
}

/** `v.RawEquals(cty.NullVal(cty.DynamicPseudoType))`, without the general comparison. */
function isBareNullDynamic(v: Value): boolean {
  return v.type.kind === "dynamic" && v.marks === undefined && v.isNull();
}

/** hclsyntax `describeConditionalTypeMismatch`. */
function describeTypeMismatch(a: Type, b: Type): string {
  if (a.kind === "object" && b.kind === "object") {
    for (const name of a.attributeNames) {
      if (!b.hasAttribute(name))
        return `The 'true' value includes object attribute ${goQuote(name)}, which is absent in the 'false' value`;
      const at = a.attributeType(name)!;
      const bt = b.attributeType(name)!;
      if (!at.equals(bt)) return `Type mismatch for object attribute ${goQuote(name)}: ${describeTypeMismatch(at, bt)}`;
    }
    for (const name of b.attributeNames) {
      if (!a.hasAttribute(name))
        return `The 'false' value includes object attribute ${goQuote(name)}, which is absent in the 'true' value`;
    }
  } else if (a.kind === "tuple" && b.kind === "tuple") {
    if (a.elementTypes.length !== b.elementTypes.length) {
      return `The 'true' tuple has length ${a.elementTypes.length}, but the 'false' tuple has length ${b.elementTypes.length}`;
    }
    for (let i = 0; i < a.elementTypes.length; i++) {
      const at = a.elementTypes[i]!;
      const bt = b.elementTypes[i]!;
      if (!at.equals(bt)) return `Type mismatch for tuple element ${i}: ${describeTypeMismatch(at, bt)}`;
    }
  } else if (a.isCollection() && b.isCollection() && a.kind === b.kind) {
    const ae = a.elementType;
    const be = (b as typeof a).elementType;
    if ((ae.kind === "object" && be.kind === "object") || (ae.kind === "tuple" && be.kind === "tuple")) {
      return `Mismatched ${a.kind} element types: ${describeTypeMismatch(ae, be)}`;
    }
  }
  const an = a.friendlyName();
  const bn = b.friendlyName();
  if (an === bn)
    return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
  return `The 'true' value is ${an}, but the 'false' value is ${bn}`;
}

// ------------------------------------------------------------------ operators

function resultTypeOf(op: string): Type {
  return op === "+" || op === "-" || op === "*" || op === "/" || op === "%" ? opFns.AddFunc.params[0]!.type : BoolType;
}

function evalBinary(e: BinaryOpExpr, ctx: EvalContext | undefined): ValueResult {
  const l = evaluate(e.lhs, ctx);
  const r = evaluate(e.rhs, ctx);
  let diags = concat(l.diagnostics, r.diagnostics);
  let lv = l.value;
  let rv = r.value;
  const quick = quickBinary(e.op, lv, rv);
  if (quick !== undefined) return res(quick, diags);
  const fn = BINARY_FUNCTIONS[e.op];
  const retType = resultTypeOf(e.op);
  try {
    lv = convert(lv, fn.params[0]!.type);
  } catch (err) {
    if (!(err instanceof ConversionError)) throw err;
    diags = concat(diags, [
      exprDiag(
        "Invalid operand",
        `Unsuitable value for left operand: ${err.message}.`,
        e.lhs.range,
        e.range,
        e.lhs,
        ctx,
      ),
    ]);
  }
  try {
    rv = convert(rv, fn.params[1]!.type);
  } catch (err) {
    if (!(err instanceof ConversionError)) throw err;
    diags = concat(diags, [
      exprDiag(
        "Invalid operand",
        `Unsuitable value for right operand: ${err.message}.`,
        e.rhs.range,
        e.range,
        e.rhs,
        ctx,
      ),
    ]);
  }
  if (hasErrors(diags)) return res(unknownVal(retType), diags);
  try {
    return res(fn.call([lv, rv]), diags);
  } catch (err) {
    if (!(err instanceof FunctionError)) throw err;
    return res(
      unknownVal(retType),
      concat(diags, [
        exprDiag("Operation failed", `Error during operation: ${err.message}.`, e.range, undefined, e, ctx),
      ]),
    );
  }
}

function evalUnary(e: UnaryOpExpr, ctx: EvalContext | undefined): ValueResult {
  const fn = e.op === "-" ? opFns.NegateFunc : opFns.NotFunc;
  const retType = fn.params[0]!.type;
  const given = evaluate(e.val, ctx);
  let diags = given.diagnostics;
  let v = given.value;
  try {
    v = convert(v, retType);
  } catch (err) {
    if (!(err instanceof ConversionError)) throw err;
    diags = concat(diags, [
      exprDiag(
        "Invalid operand",
        `Unsuitable value for unary operand: ${err.message}.`,
        e.val.range,
        e.range,
        e.val,
        ctx,
      ),
    ]);
  }
  if (hasErrors(diags)) return res(unknownVal(retType), diags);
  try {
    return res(fn.call([v]), diags);
  } catch (err) {
    if (!(err instanceof FunctionError)) throw err;
    return res(
      unknownVal(retType),
      concat(diags, [
        exprDiag("Operation failed", `Error during operation: ${err.message}.`, e.range, undefined, e, ctx),
      ]),
    );
  }
}

// ------------------------------------------------------------------ templates

function evalTemplate(e: TemplateExpr, ctx: EvalContext | undefined): ValueResult {
  // A lone literal part is the common case: no conversion, no marks.
  const plain = e.plainText;
  if (plain !== undefined) return res(stringVal(plain));
  let out = "";
  let diags = NONE;
  let known = true;
  let marks: Set<string> | undefined;
  for (const part of e.parts) {
    const r = evaluate(part, ctx);
    diags = concat(diags, r.diagnostics);
    const v = r.value;
    // Plain strings and safe-integer numbers need no conversion machinery.
    if (v.marks === undefined) {
      if (typeof v.v === "string" && v.type === StringType) {
        out += v.v;
        continue;
      }
      if (typeof v.v === "number" && v.type === NumberType) {
        out += num.numberText(v.v, v.prec);
        continue;
      }
      if (typeof v.v === "boolean" && v.type === BoolType) {
        out += v.v ? "true" : "false";
        continue;
      }
    }
    if (v.isNull()) {
      diags = concat(diags, [
        exprDiag(
          "Invalid template interpolation value",
          "The expression result is null. Cannot include a null value in a string template.",
          part.range,
          e.range,
          part,
          ctx,
        ),
      ]);
      continue;
    }
    const [bare, m] = v.unmark();
    if (m.size > 0) {
      marks ??= new Set();
      for (const x of m) marks.add(x);
    }
    if (!v.isKnown()) {
      known = false;
      continue;
    }
    let s: Value;
    try {
      s = convert(bare, StringType);
    } catch (err) {
      if (!(err instanceof ConversionError)) throw err;
      diags = concat(diags, [
        exprDiag(
          "Invalid template interpolation value",
          `Cannot include the given value in a string template: ${err.message}.`,
          part.range,
          e.range,
          part,
          ctx,
        ),
      ]);
      continue;
    }
    out += s.asString();
  }
  const value = known ? stringVal(out) : unknownVal(StringType);
  return res(marks === undefined ? value : value.withMarks(marks), diags);
}

function evalTemplateJoin(e: TemplateJoinExpr, ctx: EvalContext | undefined): ValueResult {
  const r = evaluate(e.tuple, ctx);
  let diags = r.diagnostics;
  const tuple = r.value;
  if (tuple.type.kind === "dynamic" || !tuple.isKnown()) return res(unknownVal(StringType), diags);
  const [bare, marks] = tuple.unmark();
  const allMarks: ReadonlySet<string>[] = [marks];
  let out = "";
  for (const v of bare.elements()) {
    if (v.marks === undefined && typeof v.v === "string" && v.type === StringType) {
      out += v.v;
      continue;
    }
    if (v.isNull()) {
      diags = concat(diags, [
        exprDiag(
          "Invalid template interpolation value",
          "An iteration result is null. Cannot include a null value in a string template.",
          e.range,
          undefined,
          e,
          ctx,
        ),
      ]);
      continue;
    }
    if (v.type.kind === "dynamic") return res(unknownVal(StringType).withMarks(marks), diags);
    let s: Value;
    try {
      s = convert(v, StringType);
    } catch (err) {
      if (!(err instanceof ConversionError)) throw err;
      diags = concat(diags, [
        exprDiag(
          "Invalid template interpolation value",
          `Cannot include one of the interpolation results into the string template: ${err.message}.`,
          e.range,
          undefined,
          e,
          ctx,
        ),
      ]);
      continue;
    }
    if (!v.isKnown()) return res(unknownVal(StringType).withMarks(marks), diags);
    const [sb, sm] = s.unmark();
    if (sm.size > 0) allMarks.push(sm);
    out += sb.asString();
  }
  return res(stringVal(out).withMarks(...allMarks), diags);
}

// ------------------------------------------------------------------ objects

function evalObject(e: ObjectConsExpr, ctx: EvalContext | undefined): ValueResult {
  const vals = new Map<string, Value>();
  let diags = NONE;
  let known = true;
  const marks: ReadonlySet<string>[] = [];
  for (const item of e.items) {
    const k = evaluate(item.key, ctx);
    diags = concat(diags, k.diagnostics);
    const v = evaluate(item.value, ctx);
    diags = concat(diags, v.diagnostics);
    if (hasErrors(k.diagnostics)) {
      known = false;
      continue;
    }
    if (k.value.isNull()) {
      diags = concat(diags, [
        exprDiag("Null value as key", "Can't use a null value as a key.", item.value.range, undefined, item.key, ctx),
      ]);
      known = false;
      continue;
    }
    const [key, km] = k.value.unmark();
    marks.push(km);
    let ks: Value;
    try {
      ks = convert(key, StringType);
    } catch (err) {
      if (!(err instanceof ConversionError)) throw err;
      diags = concat(diags, [
        exprDiag(
          "Incorrect key type",
          `Can't use this value as a key: ${err.message}.`,
          item.key.range,
          undefined,
          item.key,
          ctx,
        ),
      ]);
      known = false;
      continue;
    }
    if (!ks.isKnown()) {
      known = false;
      continue;
    }
    // A later duplicate key overwrites an earlier one (EXP-16).
    vals.set(ks.asString(), v.value);
  }
  if (!known) return res(DynamicVal, diags);
  return res(objectVal(vals).withMarks(...marks), diags);
}

function evalObjectKey(e: ObjectConsKeyExpr, ctx: EvalContext | undefined): ValueResult {
  if (!e.forceNonLiteral) {
    if (e.wrapped.kind === "ScopeTraversal" && (e.wrapped as ScopeTraversalExpr).traversal.length > 1) {
      return res(DynamicVal, [
        errorDiag(
          "Ambiguous attribute key",
          "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.",
          e.range,
        ),
      ]);
    }
    const name = exprAsKeyword(e.wrapped);
    if (name !== "") return res(stringVal(name));
  }
  return evaluate(e.wrapped, ctx);
}

// ------------------------------------------------------------------ for expressions

function evalFor(e: ForExpr, ctx: EvalContext | undefined): ValueResult {
  const marks: ReadonlySet<string>[] = [];
  const coll = evaluate(e.collExpr, ctx);
  let diags = coll.diagnostics;
  if (coll.value.isNull()) {
    return res(
      DynamicVal,
      concat(diags, [
        exprDiag(
          "Iteration over null value",
          "A null value cannot be used as the collection in a 'for' expression.",
          e.collExpr.range,
          e.range,
          e.collExpr,
          ctx,
        ),
      ]),
    );
  }
  if (coll.value.type.kind === "dynamic") return res(DynamicVal, diags);
  const [collVal, collMarks] = coll.value.unmark();
  marks.push(collMarks);
  if (!canIterateElements(collVal.type)) {
    return res(
      DynamicVal,
      concat(diags, [
        exprDiag(
          "Iteration over non-iterable value",
          `A value of type ${collVal.type.friendlyName()} cannot be used as the collection in a 'for' expression.`,
          e.collExpr.range,
          e.range,
          e.collExpr,
          ctx,
        ),
      ]),
    );
  }
  if (!collVal.isKnown()) return res(DynamicVal, diags);

  if (e.condExpr !== undefined) {
    const probe = new ForScope(ctx, e);
    probe.bind(DynamicVal, DynamicVal);
    const child = probe.context();
    const c = evaluate(e.condExpr, child);
    diags = concat(diags, c.diagnostics);
    if (c.value.isNull()) {
      return res(
        DynamicVal,
        concat(diags, [
          exprDiag(
            "Condition is null",
            "The value of the 'if' clause must not be null.",
            e.condExpr.range,
            e.range,
            e.condExpr,
            ctx,
          ),
        ]),
      );
    }
    try {
      convert(c.value, BoolType);
    } catch (err) {
      if (!(err instanceof ConversionError)) throw err;
      return res(
        DynamicVal,
        concat(diags, [
          exprDiag(
            "Invalid 'for' condition",
            `The 'if' clause value is invalid: ${err.message}.`,
            e.condExpr.range,
            e.range,
            e.condExpr,
            ctx,
          ),
        ]),
      );
    }
    if (hasErrors(c.diagnostics)) return res(DynamicVal, diags);
  }

  let known = true;
  /** Evaluates the `if` clause for one element: true to include, false to skip, undefined to stop knowing. */
  const include = (child: EvalContext, objectForm: boolean): boolean | undefined => {
    const cond = e.condExpr!;
    const r = evaluate(cond, child);
    diags = concat(diags, r.diagnostics);
    const raw = r.value;
    if (raw.isNull()) {
      if (known) {
        diags = concat(diags, [
          exprDiag(
            "Invalid 'for' condition",
            "The value of the 'if' clause must not be null.",
            cond.range,
            e.range,
            cond,
            child,
          ),
        ]);
      }
      known = false;
      return undefined;
    }
    // Go checks knownness before conversion for tuples, after it for objects.
    if (!objectForm && !raw.isKnown()) {
      known = false;
      return undefined;
    }
    let inc: Value;
    try {
      inc = convert(raw, BoolType);
    } catch (err) {
      if (!(err instanceof ConversionError)) throw err;
      if (known) {
        diags = concat(diags, [
          exprDiag(
            "Invalid 'for' condition",
            `The 'if' clause value is invalid: ${err.message}.`,
            cond.range,
            e.range,
            cond,
            child,
          ),
        ]);
      }
      known = false;
      return undefined;
    }
    if (!inc.isKnown()) {
      known = false;
      return undefined;
    }
    const [bare, m] = inc.unmark();
    marks.push(m);
    return bare.isTrue();
  };

  const pairs = elementPairs(collVal);
  const compiled = compiledFor(e, evaluate, pairs.length);
  const scope = new ForScope(ctx, e);
  /** The `if` clause for the current element, through its compiled form when that gives a plain bool. */
  const includeCurrent = (objectForm: boolean): boolean | undefined => {
    const q = compiled.cond?.(scope);
    if (q !== undefined && q.marks === undefined && typeof q.v === "boolean" && q.type === BoolType) return q.v;
    return include(scope.context(), objectForm);
  };
  const valueOfCurrent = (): Value => {
    const q = compiled.val?.(scope);
    if (q !== undefined) return q;
    const vr = evaluate(e.valExpr, scope.context());
    diags = concat(diags, vr.diagnostics);
    return vr.value;
  };

  if (e.keyExpr !== undefined) {
    const keyExpr = e.keyExpr;
    const vals = new Map<string, Value>();
    const groups = new Map<string, Value[]>();
    /** The key for the current element, or undefined when there is none (the general evaluator's path). */
    const keyOfCurrent = (): string | undefined => {
      const q = compiled.key?.(scope);
      if (q !== undefined && q.marks === undefined && typeof q.v === "string" && q.type === StringType) return q.v;
      const child = scope.context();
      const kr = evaluate(keyExpr, child);
      diags = concat(diags, kr.diagnostics);
      if (kr.value.isNull()) {
        if (known) {
          diags = concat(diags, [
            exprDiag(
              "Invalid object key",
              "Key expression in 'for' expression must not produce a null value.",
              keyExpr.range,
              e.range,
              keyExpr,
              child,
            ),
          ]);
        }
        known = false;
        return undefined;
      }
      if (!kr.value.isKnown()) {
        known = false;
        return undefined;
      }
      let key: Value;
      try {
        key = convert(kr.value, StringType);
      } catch (err) {
        if (!(err instanceof ConversionError)) throw err;
        if (known) {
          diags = concat(diags, [
            exprDiag(
              "Invalid object key",
              `The key expression produced an invalid result: ${err.message}.`,
              keyExpr.range,
              e.range,
              keyExpr,
              child,
            ),
          ]);
        }
        known = false;
        return undefined;
      }
      const [bareKey, km] = key.unmark();
      marks.push(km);
      return bareKey.asString();
    };
    for (const [k, v] of pairs) {
      scope.bind(k, v);
      if (e.condExpr !== undefined && includeCurrent(true) !== true) continue;
      const ks = keyOfCurrent();
      if (ks === undefined) continue;
      const value = valueOfCurrent();
      if (e.group) {
        const g = groups.get(ks);
        if (g === undefined) groups.set(ks, [value]);
        else g.push(value);
      } else if (vals.has(ks)) {
        diags = concat(diags, [
          exprDiag(
            "Duplicate object key",
            `Two different items produced the key ${goQuote(ks)} in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`,
            keyExpr.range,
            e.range,
            keyExpr,
            scope.context(),
          ),
        ]);
      } else {
        vals.set(ks, value);
      }
    }
    if (!known) return res(DynamicVal, diags);
    if (e.group) for (const [k, g] of groups) vals.set(k, tupleVal(g));
    return res(objectVal(vals).withMarks(...marks), diags);
  }

  const out: Value[] = [];
  for (const [k, v] of pairs) {
    scope.bind(k, v);
    if (e.condExpr !== undefined && includeCurrent(false) !== true) continue;
    out.push(valueOfCurrent());
  }
  if (!known) return res(DynamicVal, diags);
  return res(tupleVal(out).withMarks(...marks), diags);
}

// ------------------------------------------------------------------ splat

function setAnon(item: AnonSymbolExpr, ctx: EvalContext, v: Value): void {
  let m = anonValues.get(item);
  if (m === undefined) anonValues.set(item, (m = new Map()));
  m.set(ctx, v);
}

function clearAnon(item: AnonSymbolExpr, ctx: EvalContext): void {
  anonValues.get(item)?.delete(ctx);
}

function evalSplat(e: SplatExpr, ctx: EvalContext | undefined): ValueResult {
  const src = evaluate(e.source, ctx);
  let diags = src.diagnostics;
  if (hasErrors(diags)) return res(DynamicVal, concat(diags, evaluate(e.item, ctx).diagnostics));
  let sourceVal = src.value;
  let sourceTy = sourceVal.type;
  const autoUpgrade = !(sourceTy.kind === "tuple" || sourceTy.kind === "list" || sourceTy.kind === "set");
  if (sourceVal.isNull()) {
    if (autoUpgrade) return res(EmptyTupleVal, diags);
    return res(
      DynamicVal,
      concat(diags, [
        exprDiag(
          "Splat of null value",
          "Splat expressions (with the * symbol) cannot be applied to null sequences.",
          e.source.range,
          rangeBetween(e.source.range, e.markerRange),
          e.source,
          ctx,
        ),
      ]),
    );
  }
  if (sourceTy.kind === "dynamic") return res(DynamicVal, diags);
  let upgradedUnknown = false;
  if (autoUpgrade) {
    upgradedUnknown = !sourceVal.isKnown();
    sourceVal = tupleVal([sourceVal]);
    sourceTy = sourceVal.type;
  }
  const resultType = (): { type: Type; diags: Diagnostic[] } => {
    const child = ctx === undefined ? new EvalContext() : ctx.newChild();
    let tdiags = NONE;
    if (sourceTy.kind === "list" || sourceTy.kind === "set") {
      setAnon(e.item, child, unknownVal(sourceTy.elementType));
      const r = evaluate(e.each, child);
      tdiags = concat(tdiags, r.diagnostics);
      clearAnon(e.item, child);
      return { type: listOf(r.value.type), diags: tdiags };
    }
    if (sourceTy.kind === "tuple") {
      const types: Type[] = [];
      for (const et of sourceTy.elementTypes) {
        setAnon(e.item, child, unknownVal(et));
        const r = evaluate(e.each, child);
        tdiags = concat(tdiags, r.diagnostics);
        clearAnon(e.item, child);
        types.push(r.value.type);
      }
      return { type: tupleOf(types), diags: tdiags };
    }
    return { type: DynamicPseudoType, diags: tdiags };
  };
  if (!sourceVal.isKnown()) {
    const rt = resultType();
    return res(unknownVal(rt.type), concat(diags, rt.diags));
  }
  const [bare, marks] = sourceVal.unmark();
  const itemCtx = ctx ?? new EvalContext();
  const vals: Value[] = [];
  let isKnown = true;
  for (const item of bare.elements()) {
    setAnon(e.item, itemCtx, item);
    const r = evaluate(e.each, itemCtx);
    diags = concat(diags, r.diagnostics);
    if (hasErrors(r.diagnostics)) isKnown = false;
    vals.push(r.value);
  }
  clearAnon(e.item, itemCtx);
  if (upgradedUnknown) return res(DynamicVal, diags);
  if (!isKnown) return res(unknownVal(resultType().type), diags);
  if (sourceTy.kind === "list" || sourceTy.kind === "set") {
    if (vals.length === 0) {
      const rt = resultType();
      return res(listValEmpty((rt.type as { elementType: Type }).elementType), concat(diags, rt.diags));
    }
    return res(listOfElements(vals, e).withMarks(marks), diags);
  }
  return res(tupleVal(vals).withMarks(marks), diags);
}

/**
 * A list of splat results. Go panics when per-element results differ in type
 * (SPL-08); HCL 2.24 reports it instead, and so do we.
 */
function listOfElements(vals: Value[], e: SplatExpr): Value {
  const t = vals[0]!.type;
  if (vals.every((v) => v.type.equals(t))) return listVal(vals);
  throw new SplatTypeError(e);
}

/** Raised for SPL-08; turned into a diagnostic by `evaluateExpression`. */
export class SplatTypeError extends Error {
  constructor(readonly expr: SplatExpr) {
    super("Invalid nested splat expressions");
  }
}

/**
 * Evaluates an expression; never throws on user input. The splat element
 * type error of SPL-08 becomes HCL 2.24's diagnostic.
 */
export function evaluateExpression(expr: Expression, ctx: EvalContext | undefined): ValueResult {
  try {
    return evaluate(expr, ctx);
  } catch (err) {
    if (err instanceof SplatTypeError) {
      return res(DynamicVal, [
        errorDiag(
          "Invalid nested splat expressions",
          "The second level splat expression produced elements of different types, which cannot be combined into a single list.",
          err.expr.range,
        ),
      ]);
    }
    throw err;
  }
}

export { LiteralValueExpr };
