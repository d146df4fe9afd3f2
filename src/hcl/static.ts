/**
 * Static analysis of expressions without evaluating them (hcl
 * `expr_list.go`, `expr_map.go`, `expr_call.go`, `traversal_for_expr.go`,
 * hclsyntax `variables.go`; STA-01..07). Schema-driven decoders use these to
 * read `depends_on = [a.b, c]`-style references, keywords and type
 * expressions, and editors use `variables` to find references.
 */
import {
  type Expression,
  type ObjectConsKeyExpr,
  TraverseAttr,
  type Traversal,
  type Traverser,
  TraverseRoot,
} from "./ast.js";
import { type Diagnostic, errorDiag } from "./diagnostic.js";
import { type Range, rangeBetween } from "./pos.js";

/**
 * The range hclsyntax's `StartRange` reports: the part of an expression a
 * diagnostic about the expression as a whole should point at.
 */
export function startRange(e: Expression): Range {
  switch (e.kind) {
    case "FunctionCall":
      return rangeBetween(e.nameRange, e.openParenRange);
    case "Conditional":
      return startRange(e.condition);
    case "Index":
      return e.openRange;
    case "TupleCons":
    case "ObjectCons":
      return e.openRange;
    case "ObjectConsKey":
      return startRange(e.wrapped);
    case "For":
      return e.openRange;
    case "Splat":
      return e.markerRange;
    case "BinaryOp":
      return startRange(e.lhs);
    case "UnaryOp":
      return e.symbolRange;
    case "Template":
      return startRange(e.parts[0]!);
    case "TemplateJoin":
      return startRange(e.tuple);
    case "Parentheses":
      // The parentheses only add their range; every other question goes to the inner expression.
      return startRange(e.expression);
    default:
      return e.range;
  }
}

/** hcl `UnwrapExpressionUntil`: only object-constructor keys wrap another expression. */
function unwrapUntil(e: Expression, until: (e: Expression) => boolean): Expression | undefined {
  let cur: Expression = e;
  for (;;) {
    if (until(cur)) return cur;
    if (cur.kind !== "ObjectConsKey") return undefined;
    cur = (cur as ObjectConsKeyExpr).wrapped;
  }
}

/** One key/value pair of a static map expression. */
export interface KeyValuePair {
  key: Expression;
  value: Expression;
}

/** A function call read statically (hcl `StaticCall`). */
export interface StaticCall {
  name: string;
  nameRange: Range;
  arguments: Expression[];
  argsRange: Range;
}

export interface StaticResult<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

/** The element expressions of a tuple constructor `[a, b]` (STA-01). */
export function exprList(e: Expression): StaticResult<Expression[]> {
  const found = unwrapUntil(e, (x) => x.kind === "TupleCons");
  if (found !== undefined && found.kind === "TupleCons") return { value: found.exprs.slice(), diagnostics: [] };
  return failure("A static list expression is required.", startRange(e));
}

/** The key and value expressions of an object constructor `{k = v}`, keys unevaluated (STA-02). */
export function exprMap(e: Expression): StaticResult<KeyValuePair[]> {
  const found = unwrapUntil(e, (x) => x.kind === "ObjectCons");
  if (found !== undefined && found.kind === "ObjectCons") {
    return { value: found.items.map((i) => ({ key: i.key, value: i.value })), diagnostics: [] };
  }
  return failure("A static map expression is required.", startRange(e));
}

/** A function call's name and argument expressions; the `...` flag is not represented (STA-03). */
export function exprCall(e: Expression): StaticResult<StaticCall> {
  const found = unwrapUntil(e, (x) => x.kind === "FunctionCall");
  if (found !== undefined && found.kind === "FunctionCall") {
    return {
      value: {
        name: found.name,
        nameRange: found.nameRange,
        arguments: found.args.slice(),
        argsRange: rangeBetween(found.openParenRange, found.closeParenRange),
      },
      diagnostics: [],
    };
  }
  return failure("A static function call is required.", startRange(e));
}

function hasAsTraversal(e: Expression): boolean {
  return (
    e.kind === "ScopeTraversal" ||
    e.kind === "RelativeTraversal" ||
    e.kind === "LiteralValue" ||
    e.kind === "ObjectConsKey"
  );
}

/** hclsyntax's `AsTraversal` methods: the traversal an expression stands for, if it is one. */
function asTraversal(e: Expression): Traverser[] | undefined {
  switch (e.kind) {
    case "ScopeTraversal":
      return e.traversal;
    case "RelativeTraversal": {
      const src = absTraversalForExpr(e.source);
      if (src.value === undefined) return undefined;
      return [...src.value, ...e.traversal];
    }
    case "LiteralValue": {
      // The keywords were parsed as literals; as traversals they are names again.
      const v = e.value;
      if (v === null) return [new TraverseRoot(e.src, e.start, e.end, "null")];
      if (v === true) return [new TraverseRoot(e.src, e.start, e.end, "true")];
      if (v === false) return [new TraverseRoot(e.src, e.start, e.end, "false")];
      return undefined;
    }
    case "ObjectConsKey":
      if (e.forceNonLiteral) return undefined;
      return absTraversalForExpr(e.wrapped).value;
    default:
      return undefined;
  }
}

/**
 * Reads an expression as a static variable reference such as `a.b[0]["k"]`
 * (STA-04). Function calls, templates, operators and parentheses are not
 * references.
 */
export function absTraversalForExpr(e: Expression): StaticResult<Traverser[]> {
  const found = unwrapUntil(e, hasAsTraversal);
  if (found !== undefined) {
    const t = asTraversal(found);
    if (t !== undefined) return { value: t, diagnostics: [] };
  }
  return failure(
    "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.",
    e.range,
  );
}

/** Like `absTraversalForExpr`, with the root turned into an attribute step (STA-04). */
export function relTraversalForExpr(e: Expression): StaticResult<Traverser[]> {
  const r = absTraversalForExpr(e);
  if (r.value !== undefined && r.value.length > 0) {
    const out = r.value.slice();
    const root = out[0]!;
    if (root.kind === "root") out[0] = new TraverseAttr(root.src, root.start, root.end, root.name);
    return { value: out, diagnostics: r.diagnostics };
  }
  return r;
}

/**
 * The single name an expression consists of, such as `string` or `null`,
 * else "" (STA-05).
 */
export function exprAsKeyword(e: Expression): string {
  const found = unwrapUntil(e, hasAsTraversal);
  if (found === undefined) return "";
  const t = asTraversal(found);
  if (t !== undefined && t.length === 1 && t[0]!.kind === "root") return t[0]!.name;
  return "";
}

/**
 * Every variable reference in `e` in source order, stopping at the first
 * non-constant step, without names bound by enclosing `for` expressions
 * (STA-07).
 */
export function variables(e: Expression): Traversal[] {
  const out: Traversal[] = [];
  collect(e, [], out);
  return out;
}

function collect(e: Expression, scopes: ReadonlySet<string>[], out: Traversal[]): void {
  switch (e.kind) {
    case "ScopeTraversal": {
      const root = e.traversal[0];
      if (root !== undefined && root.kind === "root") {
        for (const s of scopes) if (s.has(root.name)) return;
      }
      out.push(e.traversal);
      return;
    }
    case "For": {
      collect(e.collExpr, scopes, out);
      const names = new Set<string>();
      if (e.keyVar !== "") names.add(e.keyVar);
      if (e.valVar !== "") names.add(e.valVar);
      const inner = [...scopes, names];
      if (e.keyExpr !== undefined) collect(e.keyExpr, inner, out);
      collect(e.valExpr, inner, out);
      if (e.condExpr !== undefined) collect(e.condExpr, inner, out);
      return;
    }
    default:
      for (const c of children(e)) collect(c, scopes, out);
  }
}

function children(e: Expression): Expression[] {
  switch (e.kind) {
    case "RelativeTraversal":
      return [e.source];
    case "FunctionCall":
      return e.args;
    case "Conditional":
      return [e.condition, e.trueResult, e.falseResult];
    case "BinaryOp":
      return [e.lhs, e.rhs];
    case "UnaryOp":
      return [e.val];
    case "Template":
      // A plain string has no variables: spare it making its literal part.
      return e.plainText !== undefined ? [] : e.parts;
    case "TemplateWrap":
      return [e.wrapped];
    case "TemplateJoin":
      return [e.tuple];
    case "TupleCons":
      return e.exprs;
    case "ObjectCons":
      return e.items.flatMap((i) => [i.key, i.value]);
    case "ObjectConsKey":
      // A bare-name key such as `a = 1` is a literal, not a reference (EXP-05).
      return e.forceNonLiteral || exprAsKeyword(e.wrapped) === "" ? [e.wrapped] : [];
    case "Index":
      return [e.collection, e.key];
    case "Splat":
      return [e.source, e.each];
    case "Parentheses":
      return [e.expression];
    default:
      return [];
  }
}

function failure<T>(detail: string, subject: Range): StaticResult<T> {
  return { value: undefined, diagnostics: [errorDiag("Invalid expression", detail, subject)] };
}
