// Golden syntax-error cases: each spec-fixtures/parse-errors/<case>/ holds an
// input and the diagnostics Go's hclsyntax reported for it (recorded with
// test/tools/record-parse-errors.mjs). We must report the same list: same
// order, summary, detail and subject range.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseHCL } from "../../src/index.js";
import { fixtureCases, printed, type PrintedDiagnostic, readJSON, readText } from "../support/fixtures.js";

interface Expected {
  rule: string;
  diagnostics: PrintedDiagnostic[];
}

describe("parse errors match Go's hclsyntax", () => {
  for (const c of fixtureCases("parse-errors")) {
    const expected = readJSON<Expected>(join(c.dir, "expected.json"));
    test(`${expected.rule} ${c.name}`, () => {
      const { diagnostics } = parseHCL(readText(join(c.dir, "input.hcl")), "input.hcl");
      expect(diagnostics.map(printed)).toEqual(expected.diagnostics);
    });
  }
});
