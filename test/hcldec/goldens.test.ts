/**
 * The decoder goldens (spec-fixtures/hcldec/<kind>-<case>/, recorded from
 * Go's hcldec by test/tools/record-hcldec-fixtures.mjs): for every case our
 * decoder must give Go's exit status, the exact value-and-type JSON Go
 * prints, and the same diagnostics (DEC-01..23; compared as multisets,
 * DEC-03). Runs without Go. A case where Go has a bug holds our answer and
 * the reason in deviation.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureCases, type PrintedDiagnostic } from "../support/fixtures.js";
import { goOutcome, readCase, runCase, sortedDiags } from "./golden-case.js";

interface DeviationFile {
  why: string;
  status: number;
  stdout: string;
  diagnostics?: PrintedDiagnostic[];
}

/** Case folders are named for the spec kind they exercise; other helpers' folders are left alone. */
const KINDS = [
  "object",
  "array",
  "attr",
  "literal",
  "block",
  "block_list",
  "block_set",
  "block_map",
  "default",
  "transform",
];
const cases = fixtureCases("hcldec").filter(
  (c) => KINDS.includes(c.name.slice(0, c.name.indexOf("-"))) && existsSync(join(c.dir, "expected.json")),
);

describe("hcldec goldens", () => {
  it("has cases for every kind Go's spec files can express", () => {
    const seen = new Set(cases.map((c) => c.name.slice(0, c.name.indexOf("-"))));
    expect([...seen].sort()).toEqual([...KINDS].sort());
  });

  for (const c of cases) {
    const deviation = join(c.dir, "deviation.json");
    const deviates = existsSync(deviation);
    it(`${c.name}${deviates ? " (deviates from Go: its bug, see deviation.json)" : ""}`, () => {
      const k = readCase(c.dir);
      const ours = runCase(k.specText, k.inputs, k.vars);
      let go = goOutcome(k.go);
      if (deviates) {
        // Go's recorded answer must still be the buggy one, else the deviation is stale.
        const d = JSON.parse(readFileSync(deviation, "utf8")) as DeviationFile;
        expect(k.go.stdout === d.stdout && k.go.status === d.status).toBe(false);
        go = { status: d.status, stdout: d.stdout, diagnostics: d.diagnostics ?? [] };
      } else {
        expect(k.go.stderr.startsWith("panic:"), "Go panics here: record what we answer in deviation.json").toBe(false);
      }
      expect({ status: ours.status, stdout: ours.stdout, diagnostics: sortedDiags(ours.diagnostics) }).toEqual({
        status: go.status,
        stdout: go.stdout,
        diagnostics: sortedDiags(go.diagnostics),
      });
    });
  }
});
