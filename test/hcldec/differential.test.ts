/**
 * The decoder differential over generated (spec, input) pairs: Go's hcldec
 * answers for test/tools/hcldec-gen.mjs's cases, recorded in
 * spec-fixtures/hcldec/generated.json by test/tools/record-hcldec-generated.mjs,
 * against ours: exit status, the exact value-and-type JSON, and the
 * diagnostics (DEC-01..23). Where Go panics (its bugs: list, set or map
 * elements of different types reaching cty's constructors) we must answer
 * with error diagnostics instead of crashing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { setGoEmptyBlockMapCompat } from "../../src/hcldec/go-compat.js";
import type { PrintedDiagnostic } from "../support/fixtures.js";
import { fixturesDir } from "../support/paths.js";
import { goOutcome, runCase, sortedDiags } from "./golden-case.js";

interface GeneratedCase {
  seed: number;
  spec: string;
  inputs: { name: string; text: string }[];
  vars?: Record<string, unknown>;
  go: { status: number; stdout: string; diagnostics?: PrintedDiagnostic[]; panic?: string };
}

const file = join(fixturesDir, "hcldec", "generated.json");
const cases = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { cases: GeneratedCase[] }).cases : [];

/**
 * Go builds a body's schema in map order, and "Did you mean" names the first
 * schema name close enough: with several close names Go's choice changes
 * from run to run. Such diagnostics are compared without the name.
 */
function withoutSuggestedName(ds: string[]): string[] {
  return ds.map((d) => d.replace(/ Did you mean \\"[^"\\]*\\"\?/g, " Did you mean …?")).sort();
}

describe("hcldec differential over generated cases", () => {
  it.skipIf(cases.length === 0)(
    "agrees with Go on every case (up to Go's random suggestion order); never crashes where Go panics",
    () => {
      const disagreements: { seed: number; ours: unknown; go: unknown }[] = [];
      let panics = 0;
      let suggestionOrder = 0;
      let emptyMapFix = 0;
      for (const c of cases) {
        const vars = c.vars === undefined ? undefined : JSON.stringify(c.vars);
        const ours = runCase(c.spec, c.inputs, vars);
        if (c.go.panic !== undefined) {
          // Go crashed (list, set or map elements of different types reached cty); runCase did not throw.
          panics++;
          continue;
        }
        const go = goOutcome({
          status: c.go.status,
          stdout: c.go.stdout,
          stderr: JSON.stringify({ diagnostics: c.go.diagnostics ?? [] }),
        });
        const a = { status: ours.status, stdout: ours.stdout, diagnostics: sortedDiags(ours.diagnostics) };
        const b = { status: go.status, stdout: go.stdout, diagnostics: sortedDiags(go.diagnostics) };
        if (JSON.stringify(a) === JSON.stringify(b)) continue;
        const a2 = { ...a, diagnostics: withoutSuggestedName(a.diagnostics) };
        const b2 = { ...b, diagnostics: withoutSuggestedName(b.diagnostics) };
        if (JSON.stringify(a2) === JSON.stringify(b2)) {
          suggestionOrder++;
          continue;
        }
        // Our one fix of Go's decoding (empty block_map of several labels) may explain the difference.
        setGoEmptyBlockMapCompat(true);
        const compat = runCase(c.spec, c.inputs, vars);
        setGoEmptyBlockMapCompat(false);
        const a3 = {
          status: compat.status,
          stdout: compat.stdout,
          diagnostics: withoutSuggestedName(sortedDiags(compat.diagnostics)),
        };
        if (JSON.stringify(a3) === JSON.stringify(b2)) {
          emptyMapFix++;
          continue;
        }
        disagreements.push({ seed: c.seed, ours: a, go: b });
      }
      const compared = cases.length - panics;
      console.log(
        `hcldec differential: ${compared - disagreements.length - emptyMapFix}/${compared} agree where Go answers ` +
          `(${suggestionOrder} of them up to Go's random "Did you mean" choice); ${emptyMapFix} differ only by our ` +
          `fix of Go's empty block_map type; ${panics} more where Go panics`,
      );
      expect(disagreements.slice(0, 3)).toEqual([]);
    },
  );
});
