// Golden syntax-error cases: each spec-fixtures/parse-errors/<case>/ holds an
// input and what Go's hcldec reported for it (recorded with
// test/tools/record-parse-errors.mjs): the diagnostics as JSON and their text
// rendering. We must report the same list — order, summary, detail, subject
// range — and render it byte for byte the same (DIAG-10).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseHCL } from "../../src/index.js";
import { nativeRenderSource } from "../../src/hcl/navigation.js";
import { renderDiagnosticsText } from "../../src/hcl/render.js";
import { fixtureCases, printed, type PrintedDiagnostic, readJSON, readText } from "../support/fixtures.js";

interface Expected {
  rule: string;
  diagnostics: PrintedDiagnostic[];
}

describe("parse errors match Go's hclsyntax", () => {
  for (const c of fixtureCases("parse-errors")) {
    const expected = readJSON<Expected>(join(c.dir, "expected.json"));
    const input = readText(join(c.dir, "input.hcl"));
    test(`${expected.rule} ${c.name}: diagnostics`, () => {
      const { diagnostics } = parseHCL(input, "input.hcl");
      expect(diagnostics.map(printed)).toEqual(expected.diagnostics);
    });
    const textPath = join(c.dir, "expected.txt");
    if (existsSync(textPath)) {
      test(`${expected.rule} ${c.name}: text rendering`, () => {
        const { file, diagnostics } = parseHCL(input, "input.hcl");
        const files = new Map([["input.hcl", nativeRenderSource(file.source, file.body)]]);
        expect(renderDiagnosticsText(diagnostics, files, { width: 80 })).toBe(readText(textPath));
      });
    }
  }
});
