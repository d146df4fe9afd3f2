/**
 * The per-element work of a `for` expression, compiled once into closures.
 *
 * A `for` body runs once per element, usually on plain values: numbers,
 * strings, bools, loop variables and attributes of objects. The general
 * evaluator pays for diagnostics on every node (a result object per node,
 * diagnostic lists to merge, the scope chain walked through maps). The
 * closures here compute only the value, for the plain cases, and answer
 * `undefined` ("not mine") for anything else: an error, an unknown or marked
 * operand, a conversion. The loop then evaluates that element again with the
 * general evaluator, so every result and diagnostic is the one it gives.
 * Expressions these closures cannot express are handed to the general
 * evaluator as a whole; their errors also send the element back.
 */
import { BigFloat } from "../cty/bigfloat.js";
import { convert, ConversionError } from "../cty/convert.js";
import * as num from "../cty/number.js";
import { getAttr as ctyGetAttr } from "../cty/operations.js";
import { BoolType, DynamicPseudoType, NumberType, StringType, type Type } from "../cty/types.js";
import { False, numberVal, stringVal, True, type Value } from "../cty/value.js";
import { type Function, FunctionError } from "../functions/function.js";
import * as opFns from "../functions/operators.js";
import { type BinaryOperator, type Expression, ExprTag, type ForExpr, type ScopeTraversalExpr } from "./ast.js";
import { EvalContext } from "./eval-context.js";
import { literalValue } from "./literal.js";
import type { ValueResult } from "./ops.js";

/**
 * The scope of one `for` expression: its key and value variables, rebound
 * for each element. Nothing keeps a scope past its iteration (diagnostics
 * copy the values they show when they are made), and a scope and map per
 * element were a fifth of the cost of a loop.
 */
export class ForScope {
  key: Value | undefined;
  val: Value | undefined;
  private readonly vars = new Map<string, Value>();
  private readonly child: EvalContext;
  /** Whether `vars` holds the current element (the general evaluator reads it only on a fallback). */
  private synced = false;

  constructor(
    readonly parent: EvalContext | undefined,
    private readonly e: ForExpr,
  ) {
    this.child = parent === undefined ? new EvalContext() : parent.newChild();
    this.child.variables = this.vars;
  }

  bind(k: Value, v: Value): void {
    this.key = k;
    this.val = v;
    this.synced = false;
  }

  /** The element's scope as an EvalContext, for the general evaluator. */
  context(): EvalContext {
    if (!this.synced) {
      if (this.e.keyVar !== "") this.vars.set(this.e.keyVar, this.key!);
      this.vars.set(this.e.valVar, this.val!);
      this.synced = true;
    }
    return this.child;
  }
}

/** A compiled expression: its value in the scope's current element, or undefined to use the general evaluator. */
export type Compiled = (s: ForScope) => Value | undefined;

type Evaluate = (expr: Expression, ctx: EvalContext | undefined) => ValueResult;

/** The compiled parts of one `for` expression (undefined where the general evaluator does the work anyway). */
export interface CompiledFor {
  key: Compiled | undefined;
  val: Compiled | undefined;
  cond: Compiled | undefined;
}

const compiledFors = new WeakMap<ForExpr, CompiledFor>();
const NOTHING_COMPILED: CompiledFor = Object.freeze({ key: undefined, val: undefined, cond: undefined });
let enabled = true;

/**
 * Turns the compiled loop bodies off (everything goes through the general
 * evaluator) or back on. For tests that check both give the same results,
 * and benchmarks that measure what compiling saves.
 */
export function setLoopCompilation(on: boolean): void {
  enabled = on;
}

/**
 * A loop body is compiled once it has run often enough to repay the work:
 * a collection this long, or a second evaluation of the same `for`. A short
 * list seen once (most `for` expressions in configuration files) stays with
 * the general evaluator.
 */
const COMPILE_AT_ELEMENTS = 16;
const seenOnce = new WeakSet<ForExpr>();

/** The compiled key, value and condition of `e` for a run over `elements` elements; nothing while not worth it. */
export function compiledFor(e: ForExpr, evaluate: Evaluate, elements: number): CompiledFor {
  if (!enabled) return NOTHING_COMPILED;
  let c = compiledFors.get(e);
  if (c === undefined) {
    if (elements < COMPILE_AT_ELEMENTS && !seenOnce.has(e)) {
      seenOnce.add(e);
      return NOTHING_COMPILED;
    }
    const part = (x: Expression | undefined): Compiled | undefined =>
      x === undefined ? undefined : compile(x, e, evaluate);
    c = { key: part(e.keyExpr), val: part(e.valExpr), cond: part(e.condExpr) };
    compiledFors.set(e, c);
  }
  return c;
}

/**
 * A closure for `x`, or undefined when `x` itself is beyond it (the caller
 * then hands the node to the general evaluator).
 */
function compile(x: Expression, loop: ForExpr, evaluate: Evaluate): Compiled | undefined {
  const sub = (y: Expression): Compiled => compile(y, loop, evaluate) ?? delegate(y, evaluate);
  switch (x.tag) {
    case ExprTag.LiteralValue: {
      const v = literalValue(x.value);
      return () => v;
    }
    case ExprTag.ScopeTraversal:
      return traversal(x, loop);
    case ExprTag.Parentheses:
      return sub(x.expression);
    case ExprTag.TemplateWrap:
      return sub(x.wrapped);
    case ExprTag.BinaryOp:
      return binary(x.op, sub(x.lhs), sub(x.rhs));
    case ExprTag.UnaryOp: {
      const fn = x.op === "-" ? opFns.NegateFunc : opFns.NotFunc;
      const operand = sub(x.val);
      return (s) => {
        const v = operand(s);
        return v === undefined ? undefined : callPlain(fn, [v]);
      };
    }
    case ExprTag.Conditional: {
      const t = sub(x.trueResult);
      const f = sub(x.falseResult);
      const c = sub(x.condition);
      // As the general evaluator: both branches, then the condition. Branches of one primitive type need no unification.
      return (s) => {
        const tv = t(s);
        if (tv === undefined) return undefined;
        const fv = f(s);
        if (fv === undefined || tv.type !== fv.type || !tv.type.isPrimitive()) return undefined;
        const cv = c(s);
        if (cv === undefined || cv.marks !== undefined || typeof cv.v !== "boolean" || cv.type !== BoolType) {
          return undefined;
        }
        return cv.v ? tv : fv;
      };
    }
    case ExprTag.Template:
      return template(x.parts.map(sub));
    default:
      return undefined;
  }
}

/** A node for the general evaluator: its value when it has no diagnostics at all. */
function delegate(x: Expression, evaluate: Evaluate): Compiled {
  return (s) => {
    const r = evaluate(x, s.context());
    return r.diagnostics.length === 0 ? r.value : undefined;
  };
}

function traversal(x: ScopeTraversalExpr, loop: ForExpr): Compiled | undefined {
  const steps = x.traversal;
  const root = steps[0]!;
  if (root.kind !== "root") throw new Error("a scope traversal starts at a root name");
  const name = root.name;
  const attrs: string[] = [];
  for (let i = 1; i < steps.length; i++) {
    const step = steps[i]!;
    // Index steps (lists, maps, sets, tuples) are the general evaluator's.
    if (step.kind !== "attr") return undefined;
    attrs.push(step.name);
  }
  // The loop's variables shadow everything outside; the value variable wins a clash, as in ForScope.context.
  const rootOf: (s: ForScope) => Value | undefined =
    name === loop.valVar
      ? (s) => s.val
      : name === loop.keyVar && loop.keyVar !== ""
        ? (s) => s.key
        : (s) => {
            for (let c = s.parent; c !== undefined; c = c.parent) {
              const v = c.variables?.get(name);
              if (v !== undefined) return v;
            }
            return undefined;
          };
  if (attrs.length === 0) return rootOf;
  return (s) => {
    let v = rootOf(s);
    for (const a of attrs) {
      if (v === undefined || !isPlainObjectWith(v, a)) return undefined;
      v = ctyGetAttr(v, a);
    }
    return v;
  };
}

function isPlainObjectWith(v: Value, attr: string): boolean {
  return v.marks === undefined && v.type.kind === "object" && v.type.hasAttribute(attr) && v.isKnown() && !v.isNull();
}

function binary(op: BinaryOperator, lhs: Compiled, rhs: Compiled): Compiled {
  const fn = BINARY_FUNCTIONS[op];
  return (s) => {
    const a = lhs(s);
    if (a === undefined) return undefined;
    const b = rhs(s);
    if (b === undefined) return undefined;
    return quickBinary(op, a, b) ?? callPlain(fn, [a, b]);
  };
}

/**
 * An operator function on known, unmarked, non-null arguments whose types
 * are already the parameters' (so the general evaluator's conversions are
 * no-ops); undefined for anything else or when the function fails.
 */
function callPlain(fn: Function, args: Value[]): Value | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const want: Type = fn.params[i]!.type;
    if (a.marks !== undefined || !a.isKnown() || a.isNull()) return undefined;
    if (want !== DynamicPseudoType && a.type !== want) return undefined;
  }
  try {
    return fn.call(args);
  } catch (err) {
    if (err instanceof FunctionError) return undefined;
    throw err;
  }
}

function template(parts: Compiled[]): Compiled {
  return (s) => {
    let out = "";
    for (const part of parts) {
      const v = part(s);
      if (v === undefined || v.marks !== undefined) return undefined;
      const p = v.v;
      if (typeof p === "string" && v.type === StringType) out += p;
      else if (typeof p === "number" && v.type === NumberType) out += num.numberText(p, v.prec);
      else if (typeof p === "boolean" && v.type === BoolType) out += p ? "true" : "false";
      else if (p instanceof BigFloat && v.type === NumberType) {
        try {
          out += convert(v, StringType).asString();
        } catch (err) {
          if (err instanceof ConversionError) return undefined;
          throw err;
        }
      } else return undefined;
    }
    return stringVal(out);
  };
}

/** The operator functions behind the binary operators (hclsyntax `binaryOps`). */
export const BINARY_FUNCTIONS: Record<BinaryOperator, Function> = {
  "||": opFns.OrFunc,
  "&&": opFns.AndFunc,
  "==": opFns.EqualFunc,
  "!=": opFns.NotEqualFunc,
  ">": opFns.GreaterThanFunc,
  ">=": opFns.GreaterThanOrEqualToFunc,
  "<": opFns.LessThanFunc,
  "<=": opFns.LessThanOrEqualToFunc,
  "+": opFns.AddFunc,
  "-": opFns.SubtractFunc,
  "*": opFns.MultiplyFunc,
  "/": opFns.DivideFunc,
  "%": opFns.ModuloFunc,
};

/**
 * The common case of an operator on two plain safe-integer numbers or two
 * plain bools, computed directly: the same result the operator function
 * gives, without its conversions, checks and allocations.
 */
export function quickBinary(op: BinaryOperator, a: Value, b: Value): Value | undefined {
  if (a.marks !== undefined || b.marks !== undefined) return undefined;
  const x = a.v;
  const y = b.v;
  if (typeof x === "number" && typeof y === "number" && a.type === NumberType && b.type === NumberType) {
    let r: num.NumberResult;
    switch (op) {
      case "+": {
        // A safe-integer sum is exact; num.add would give the same, through a result object.
        const sum = x + y;
        if (Number.isSafeInteger(sum) && num.fastNumberPath()) return numberVal(sum, Math.max(a.prec, b.prec));
        r = num.add(x, a.prec, y, b.prec);
        break;
      }
      case "-": {
        const diff = x - y;
        if (Number.isSafeInteger(diff) && num.fastNumberPath()) return numberVal(diff, Math.max(a.prec, b.prec));
        r = num.subtract(x, a.prec, y, b.prec);
        break;
      }
      case "*":
        r = num.multiply(x, a.prec, y, b.prec);
        break;
      case "/":
        if (y === 0) return undefined;
        r = num.divide(x, a.prec, y, b.prec);
        break;
      case "%":
        if (y === 0) return undefined;
        r = num.modulo(x, a.prec, y, b.prec);
        break;
      case "==":
        return x === y ? True : False;
      case "!=":
        return x !== y ? True : False;
      case "<":
        return x < y ? True : False;
      case "<=":
        return x <= y ? True : False;
      case ">":
        return x > y ? True : False;
      case ">=":
        return x >= y ? True : False;
      default:
        return undefined;
    }
    return numberVal(r.n, r.prec);
  }
  if (typeof x === "boolean" && typeof y === "boolean") {
    if (op === "&&") return x && y ? True : False;
    if (op === "||") return x || y ? True : False;
  }
  return undefined;
}
