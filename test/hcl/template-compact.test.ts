// A quoted string of plain text keeps only its value until its literal part
// is asked for (TemplateExpr's compact form, SYN-04, TPL-01): the part then
// made is the one the template rule makes, and nothing else can tell.
import { describe, expect, it } from "vitest";
import { HclParser, scan } from "../../grammar/index.js";
import { type Expression, LiteralValueExpr, TemplateExpr } from "../../src/hcl/ast.js";
import { SourceFile } from "../../src/hcl/source.js";

function valueOf(text: string, parser = new HclParser()): Expression {
  parser.load(scan(new SourceFile("t.hcl", text)));
  const body = parser.readConfigFile();
  parser.release();
  return body.attributes[0]!.expr;
}

describe("TemplateExpr's compact form", () => {
  const rules = new HclParser({ fastPaths: false });
  for (const [source, value] of [
    ['"abc"', "abc"],
    ['""', ""],
    ['"a\\nb"', "a\nb"],
    ['"é ☕"', "é ☕"],
    ['"a\\tb"', "a\tb"],
  ] as const) {
    it(`${source}: value first, then the literal between the quotes`, () => {
      for (const p of [new HclParser(), rules]) {
        const e = valueOf(`x = ${source}\n`, p) as TemplateExpr;
        expect(e).toBeInstanceOf(TemplateExpr);
        expect(e.plainText).toBe(value);
        expect(e.isStringLiteral()).toBe(true);
        // Not made yet: the value alone is kept.
        expect(Object.values(e).some((f) => Array.isArray(f))).toBe(false);
        const [lit] = e.parts;
        expect(lit).toBeInstanceOf(LiteralValueExpr);
        expect((lit as LiteralValueExpr).value).toBe(value);
        const inner = source.length > 2;
        expect([lit!.start, lit!.end]).toEqual(inner ? [e.start + 1, e.end - 1] : [e.end, e.end]);
        // Made once: the same part on every read.
        expect(e.parts[0]).toBe(lit);
        expect(e.plainText).toBe(value);
      }
    });
  }

  it("is not used where the literal lies elsewhere or there are other parts", () => {
    const heredoc = valueOf("x = <<EOT\nabc\nEOT\n") as TemplateExpr;
    expect(heredoc.plainText).toBe("abc\n");
    expect(Object.values(heredoc).some((f) => Array.isArray(f))).toBe(true);
    const mixed = valueOf('x = "a${b}"\n') as TemplateExpr;
    expect(mixed.plainText).toBeUndefined();
    expect(mixed.isStringLiteral()).toBe(false);
    expect(mixed.parts).toHaveLength(2);
    // An escaped sequence opener is a literal token of its own: two literal parts, kept as they are.
    const escaped = valueOf('x = "$${x}"\n') as TemplateExpr;
    expect(escaped.plainText).toBeUndefined();
    expect(escaped.parts.map((p) => (p as LiteralValueExpr).value).join("")).toBe("${x}");
  });
});
