// Property tests for the parser (SYN-11, DIAG-01): whatever the input, it
// returns a tree and diagnostics — no exception, no hang — and every range
// it reports lies inside the input.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { MAX_NESTING } from "../../grammar/index.js";
import { parseHCL } from "../../src/index.js";
import type { Node } from "../../src/hcl/ast.js";
import type { Range } from "../../src/hcl/pos.js";
import { utf8Length } from "../../src/hcl/source.js";
import { walk } from "../../src/hcl/walk.js";
import { anyInputArb } from "../support/hcl-gen.js";

function rangeInside(r: Range, bytes: number, lines: number): boolean {
  return (
    r.start.byte >= 0 &&
    r.start.byte <= r.end.byte &&
    r.end.byte <= bytes &&
    r.start.line >= 1 &&
    r.start.line <= r.end.line &&
    r.end.line <= lines + 1 &&
    r.start.column >= 1 &&
    r.end.column >= 1
  );
}

function check(text: string): void {
  const { file, diagnostics } = parseHCL(text, "fuzz.hcl");
  const bytes = utf8Length(text, 0, text.length);
  const lines = text.split("\n").length;
  for (const d of diagnostics) {
    expect(d.summary).not.toBe("Internal parser error");
    if (d.subject !== undefined) expect(rangeInside(d.subject, bytes, lines), `${d.summary} subject`).toBe(true);
    if (d.context !== undefined) expect(rangeInside(d.context, bytes, lines), `${d.summary} context`).toBe(true);
  }
  walk(file.body, (n: Node) => {
    expect(n.start >= 0 && n.end <= text.length, `${n.kind} ${n.start}-${n.end}`).toBe(true);
  });
}

describe("parser properties", () => {
  test("100,000 random and mutated inputs: no throw, every range inside the input", () => {
    fc.assert(
      fc.property(anyInputArb, (text) => {
        check(text);
      }),
      { numRuns: 100_000, seed: 20261126 },
    );
  });
});

describe("pathological inputs give a result or a diagnostic, never a stack overflow", () => {
  const cases: [string, () => string][] = [
    ["10,000 nested parentheses", () => "a = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n"],
    ["10,000 nested brackets", () => "a = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"],
    ["10,000 unclosed brackets", () => "a = " + "[".repeat(10_000) + "\n"],
    ["10,000 nested objects", () => "a = " + "{x = ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n"],
    ["10,000 nested blocks", () => "a {\n".repeat(10_000) + "}\n".repeat(10_000)],
    ["10,000 nested interpolations", () => "a = " + '"${'.repeat(10_000) + "1" + '}"'.repeat(10_000) + "\n"],
    ["10,000 unary operators", () => "a = " + "-".repeat(10_000) + "1\n"],
    ["10,000 splats", () => "a = b" + "[*]".repeat(10_000) + "\n"],
    ["10,000 chained conditionals", () => "a = " + "x ? 1 : ".repeat(10_000) + "2\n"],
    ["10,000 traversal steps", () => "a = b" + ".c[0]".repeat(10_000) + "\n"],
    ["a 5 MB string literal", () => 'a = "' + "x".repeat(5 * 1024 * 1024) + '"\n'],
    ["a 5 MB heredoc", () => "a = <<EOT\n" + "line\n".repeat(1024 * 1024) + "EOT\n"],
    ["one million newlines", () => "\n".repeat(1_000_000)],
    ["200,000 attributes", () => "a = 1\n".repeat(200_000)],
  ];
  for (const [name, make] of cases) {
    test(name, () => {
      const text = make();
      const r = parseHCL(text, "big.hcl");
      expect(r.file.body).toBeDefined();
      for (const d of r.diagnostics) expect(d.summary).not.toBe("Internal parser error");
    });
  }

  test("deep nesting within the limit parses without diagnostics", () => {
    const r = parseHCL("a = " + "(".repeat(300) + "1" + ")".repeat(300) + "\n", "deep.hcl");
    expect(r.diagnostics).toEqual([]);
  });

  test("blocks nest up to the limit, and the first block beyond it is reported", () => {
    const nested = (n: number): string => "b {\n".repeat(n) + "a = 1\n" + "}\n".repeat(n);
    expect(parseHCL(nested(MAX_NESTING), "deep.hcl").diagnostics).toEqual([]);
    const beyond = parseHCL(nested(MAX_NESTING + 1), "deep.hcl").diagnostics;
    expect(beyond.map((d) => [d.summary, d.subject?.start.line])).toEqual([
      ["Expression too deeply nested", MAX_NESTING + 1],
    ]);
  });

  test("nesting beyond the limit is reported at the first token too deep", () => {
    const r = parseHCL("a = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n", "deep.hcl");
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Expression too deeply nested"]);
  });
});
