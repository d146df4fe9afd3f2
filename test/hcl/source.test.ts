// Positions as HCL defines them (LEX-01, LEX-03, LEX-04): 1-based lines and
// grapheme-cluster columns, 0-based UTF-8 bytes.
import { describe, expect, test } from "vitest";
import { parseHCL } from "../../src/index.js";
import { rangeString } from "../../src/hcl/pos.js";
import { graphemeCount, SourceFile, utf8Length } from "../../src/hcl/source.js";

describe("SourceFile positions", () => {
  test("ASCII text: column and byte follow the offset", () => {
    const f = new SourceFile("a.hcl", "ab\ncd\n");
    expect(f.pos(0)).toEqual({ line: 1, column: 1, byte: 0 });
    expect(f.pos(4)).toEqual({ line: 2, column: 2, byte: 4 });
    expect(f.pos(6)).toEqual({ line: 3, column: 1, byte: 6 });
  });

  test("EDGE-19 a family emoji is one column but 25 bytes", () => {
    const text = 'x = "👩‍👩‍👧‍👦" y\n';
    const { diagnostics } = parseHCL(text, "e.hcl");
    expect(diagnostics[0]!.summary).toBe("Missing newline after argument");
    expect(diagnostics[0]!.subject!.start).toEqual({ line: 1, column: 9, byte: 32 });
  });

  test("a combining mark joins its base character in one column", () => {
    const f = new SourceFile("c.hcl", "n\u0303x");
    expect(f.pos(2)).toEqual({ line: 1, column: 2, byte: 3 });
  });

  test("LEX-03 CR LF is one newline; a lone CR is an ordinary column", () => {
    const f = new SourceFile("crlf.hcl", "a\r\nb\rc");
    expect(f.pos(3)).toEqual({ line: 2, column: 1, byte: 3 });
    expect(f.pos(5)).toEqual({ line: 2, column: 3, byte: 5 });
    expect(f.lineText(1)).toBe("a");
  });

  test("LEX-01 a leading BOM takes bytes but no column", () => {
    const { file, diagnostics } = parseHCL("\ufeffa = 1\n", "bom.hcl");
    expect(diagnostics).toEqual([]);
    expect(file.body.attributes[0]!.nameRange.start).toEqual({ line: 1, column: 1, byte: 3 });
  });

  test("offsetOfByte inverts pos().byte", () => {
    const text = 'é = "ü"\n👍 = 1\n';
    const f = new SourceFile("x.hcl", text);
    for (let i = 0; i <= text.length; i++) {
      if (i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) continue;
      expect(f.offsetOfByte(f.pos(i).byte)).toBe(i);
    }
  });

  test("DIAG-02 range strings", () => {
    const f = new SourceFile("r.hcl", "ab\ncd\n");
    expect(rangeString(f.range(0, 2))).toBe("r.hcl:1,1-3");
    expect(rangeString(f.range(1, 4))).toBe("r.hcl:1,2-2,2");
  });
});

describe("text helpers", () => {
  test("utf8Length counts UTF-8 bytes", () => {
    expect(utf8Length("aé€😀", 0, 5)).toBe(1 + 2 + 3 + 4);
  });
  test("graphemeCount counts user-visible characters", () => {
    expect(graphemeCount("a\r\nb")).toBe(3);
    expect(graphemeCount("👩‍👩‍👧‍👦é")).toBe(2);
  });
});
