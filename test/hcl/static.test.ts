// Static analysis helpers (STA-01..07), hclsyntax semantics.
import { describe, expect, test } from "vitest";
import { parseExpression } from "../../src/index.js";
import { traversalText } from "../../src/hcl/ast-dump.js";
import type { Expression } from "../../src/hcl/ast.js";
import {
  absTraversalForExpr,
  exprAsKeyword,
  exprCall,
  exprList,
  exprMap,
  relTraversalForExpr,
  startRange,
  variables,
} from "../../src/hcl/static.js";

function expr(src: string): Expression {
  const r = parseExpression(src, "e.hcl");
  expect(r.diagnostics).toEqual([]);
  return r.value;
}

describe("STA-01 exprList", () => {
  test("a tuple constructor gives its element expressions unevaluated", () => {
    const r = exprList(expr("[a.b, 1 + 2]"));
    expect(r.value!.map((e) => e.kind)).toEqual(["ScopeTraversal", "BinaryOp"]);
  });
  test("anything else is an error at the expression's start", () => {
    const r = exprList(expr("f(1)"));
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]!.detail).toBe("A static list expression is required.");
    expect(r.diagnostics[0]!.subject!.end.column).toBe(3); // name through "("
  });
});

describe("STA-02 exprMap", () => {
  test("keys stay expressions", () => {
    const r = exprMap(expr('{ a = 1, "b" = 2, (c) = 3 }'));
    expect(r.value!.map((p) => p.key.kind)).toEqual(["ObjectConsKey", "ObjectConsKey", "ObjectConsKey"]);
  });
  test("a tuple is not a map", () => {
    expect(exprMap(expr("[1]")).diagnostics[0]!.detail).toBe("A static map expression is required.");
  });
});

describe("STA-03 exprCall", () => {
  test("name, arguments and ranges", () => {
    const r = exprCall(expr("upper(a, b...)"));
    expect(r.value!.name).toBe("upper");
    expect(r.value!.arguments.length).toBe(2);
    expect(r.value!.argsRange.start.column).toBe(6);
    expect(r.value!.argsRange.end.column).toBe(15);
  });
  test("a traversal is not a call", () => {
    expect(exprCall(expr("a.b")).diagnostics[0]!.detail).toBe("A static function call is required.");
  });
});

describe("STA-04 traversals for expressions", () => {
  const abs = (s: string): string | undefined => {
    const r = absTraversalForExpr(expr(s));
    return r.value === undefined ? undefined : traversalText(r.value);
  };
  test("attribute and constant index steps", () => {
    expect(abs('a.b[0]["k"].c')).toBe('a.b[0]["k"].c');
  });
  test("keywords read as root names", () => {
    expect(abs("null")).toBe("null");
    expect(abs("true")).toBe("true");
  });
  test("a non-constant index, a call, a template or parentheses are not references", () => {
    expect(abs("a[b]")).toBeUndefined();
    expect(abs("f(a)")).toBeUndefined();
    expect(abs('"${a}"')).toBeUndefined();
    expect(abs("(a.b)")).toBeUndefined();
  });
  test("unparenthesised object keys unwrap to their traversal", () => {
    const m = exprMap(expr("{ a.b = 1 }")).value!;
    expect(traversalText(absTraversalForExpr(m[0]!.key).value!)).toBe("a.b");
    const p = exprMap(expr("{ (a.b) = 1 }")).value!;
    expect(absTraversalForExpr(p[0]!.key).value).toBeUndefined();
  });
  test("the error names the whole expression", () => {
    const r = absTraversalForExpr(expr("a + b"));
    expect(r.diagnostics[0]!.summary).toBe("Invalid expression");
    expect([r.diagnostics[0]!.subject!.start.column, r.diagnostics[0]!.subject!.end.column]).toEqual([1, 6]);
  });
  test("relTraversalForExpr turns the root into an attribute step", () => {
    const r = relTraversalForExpr(expr("a.b"));
    expect(r.value!.map((s) => s.kind)).toEqual(["attr", "attr"]);
  });
});

describe("STA-05 exprAsKeyword", () => {
  test("a bare name or keyword", () => {
    expect(exprAsKeyword(expr("string"))).toBe("string");
    expect(exprAsKeyword(expr("null"))).toBe("null");
  });
  test("anything longer is not a keyword", () => {
    expect(exprAsKeyword(expr("a.b"))).toBe("");
    expect(exprAsKeyword(expr("list(string)"))).toBe("");
  });
});

describe("STA-07 variables", () => {
  const vars = (s: string): string[] => variables(expr(s)).map((t) => traversalText(t));
  test("in source order, stopping at the first non-constant step", () => {
    expect(vars("a.b[c.d].e + f")).toEqual(["a.b", "c.d", "f"]);
  });
  test("names bound by a for expression are not variables inside it", () => {
    expect(vars("[for k, v in m : v.x if k != z]")).toEqual(["m", "z"]);
    expect(vars("{for v in v : v => w}")).toEqual(["v", "w"]);
  });
  test("references inside templates and splats", () => {
    expect(vars('"${a}-%{if b}${c}%{endif}"')).toEqual(["a", "b", "c"]);
    expect(vars("list[*].id")).toEqual(["list"]);
  });
});

describe("startRange", () => {
  test("a binary operation starts at its left operand; a call at name through (", () => {
    const b = startRange(expr("aa + b"));
    expect([b.start.column, b.end.column]).toEqual([1, 3]);
    const c = startRange(expr("fn(x)"));
    expect([c.start.column, c.end.column]).toEqual([1, 4]);
  });
});
