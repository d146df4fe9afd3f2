// Literals repeat across the blocks of a configuration, and a decoded result
// keeps the value of each: equal number literals of one parse share one
// object (which caches the parsed number), and equal short string literals
// evaluate to one shared value. Sharing must never change a value.
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../grammar/index.js";
import { LiteralValueExpr, NumberLiteral, TemplateExpr, TupleConsExpr, type Expression } from "../../src/hcl/ast.js";
import { literalValue } from "../../src/hcl/literal.js";

function attrExprs(text: string): Expression[] {
  const body = parseConfig(text, "t.hcl").file.body;
  return body.attributes.map((a) => a.expr);
}

const numberOf = (e: Expression): NumberLiteral => {
  if (!(e instanceof LiteralValueExpr) || !(e.value instanceof NumberLiteral)) throw new Error("not a number literal");
  return e.value;
};

describe("shared literals", () => {
  it("gives equal number literals of one parse one object, different ones their own", () => {
    const [a, b, c, d] = attrExprs("a = 8\nb = 8\nc = 8.0\nd = [8]\n");
    expect(numberOf(a!)).toBe(numberOf(b!));
    expect(numberOf(c!)).not.toBe(numberOf(a!));
    expect(numberOf(c!).text).toBe("8.0");
    expect(numberOf((d as TupleConsExpr).exprs[0]!)).toBe(numberOf(a!));
  });

  it("evaluates equal short strings to one value, and long ones to equal values", () => {
    expect(literalValue("/healthz")).toBe(literalValue("/healthz"));
    expect(literalValue("/healthz").asString()).toBe("/healthz");
    const long = "x".repeat(25);
    expect(literalValue(long)).not.toBe(literalValue(long));
    expect(literalValue(long).asString()).toBe(long);
  });

  it("keeps each string its own value when two share a slot or need normalizing", () => {
    const seen = new Map<string, string>();
    for (let i = 0; i < 20_000; i++) {
      const s = `k${i}`;
      seen.set(s, literalValue(s).asString());
    }
    for (const [s, v] of seen) expect(v).toBe(s);
    // Not in NFC: the value is normalized, and asking again gives the same.
    expect(literalValue("e\u0301").asString()).toBe("\u00e9");
    expect(literalValue("e\u0301").asString()).toBe("\u00e9");
  });

  it("reads string literals shared by the parser as they are written", () => {
    const exprs = attrExprs('a = "tier"\nb = "tier"\nc = "ti\\u0065r"\nd = "tie"\n');
    const texts = exprs.map((e) => ((e as TemplateExpr).parts[0] as LiteralValueExpr).value);
    expect(texts).toEqual(["tier", "tier", "tier", "tie"]);
  });
});
