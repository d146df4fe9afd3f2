// Differential test against Go's hclsyntax (through the oracle's hcldec):
// for thousands of generated, mutated and random inputs, our parser must
// report exactly the diagnostics Go reports — same order, summary, detail
// and subject range. Skips when the oracle is not installed.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseHCL } from "../../src/index.js";
import { printed, type PrintedDiagnostic } from "../support/fixtures.js";
import { anyInputArb } from "../support/hcl-gen.js";
import { goParseDiagnosticsBatch } from "../support/oracle-batch.js";
import { hasOracle, oracleMissing } from "../support/paths.js";

const N = 10_000;

describe.skipIf(!hasOracle)("parser agrees with Go's hclsyntax on fuzzed input", () => {
  test(`${N} inputs: identical diagnostics`, () => {
    const inputs = fc.sample(anyInputArb, { numRuns: N, seed: 424242 });
    const go = goParseDiagnosticsBatch(inputs);
    const mismatches: { input: string; go: PrintedDiagnostic[]; ours: PrintedDiagnostic[] }[] = [];
    inputs.forEach((input, i) => {
      const ours = parseHCL(input, `f${i}.hcl`).diagnostics.map(printed);
      if (JSON.stringify(ours) !== JSON.stringify(go[i])) mismatches.push({ input, go: go[i]!, ours });
    });
    const rate = ((N - mismatches.length) / N) * 100;
    console.log(`parser/Go agreement: ${N - mismatches.length}/${N} (${rate.toFixed(2)}%)`);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

if (!hasOracle) test.skip(oracleMissing, () => {});
