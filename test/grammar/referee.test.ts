// Second referee: @cdktf/hcl2json (Go's HCL compiled to WebAssembly). Our
// parser and it must agree on accept/reject, and on the line of the first
// error where both reject, for every corpus file and for fuzzed inputs.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseHCL } from "../../src/index.js";
import { hasErrors } from "../../src/hcl/diagnostic.js";
import { corpusFiles } from "../support/corpus.js";
import { anyInputArb } from "../support/hcl-gen.js";
import { hcl2jsonVerdict } from "../support/hcl2json.js";
import { hasShared, sharedMissing } from "../support/paths.js";

interface Disagreement {
  name: string;
  ours: string;
  theirs: string;
}

async function compare(name: string, text: string): Promise<Disagreement | undefined> {
  const ours = parseHCL(text, name);
  const theirs = await hcl2jsonVerdict(text, name);
  const oursRejects = hasErrors(ours.diagnostics);
  const oursLine = ours.diagnostics.find((d) => d.severity === "error")?.subject?.start.line;
  if (oursRejects !== !theirs.accepted || (oursRejects && oursLine !== theirs.line)) {
    return {
      name,
      ours: oursRejects ? `rejects at line ${oursLine}: ${ours.diagnostics[0]!.summary}` : "accepts",
      theirs: theirs.accepted ? "accepts" : `rejects at line ${theirs.line}: ${theirs.message?.slice(0, 200)}`,
    };
  }
  return undefined;
}

describe.skipIf(!hasShared)("hcl2json agrees on the real-world corpus", () => {
  test("every corpus file: same verdict, same first error line", async () => {
    const bad: Disagreement[] = [];
    for (const f of corpusFiles()) {
      const d = await compare(f.name, readFileSync(f.path, "utf8"));
      if (d !== undefined) bad.push(d);
    }
    expect(bad).toEqual([]);
  });
});
if (!hasShared) test.skip(sharedMissing, () => {});

describe("hcl2json agrees on fuzzed input", () => {
  test("3,000 generated and mutated inputs", async () => {
    const inputs = fc.sample(anyInputArb, { numRuns: 3000, seed: 777 });
    const bad: Disagreement[] = [];
    for (let i = 0; i < inputs.length; i++) {
      const d = await compare(`fuzz${i}.hcl`, inputs[i]!);
      if (d !== undefined) bad.push({ ...d, name: JSON.stringify(inputs[i]) });
    }
    console.log(`hcl2json agreement: ${inputs.length - bad.length}/${inputs.length}`);
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
