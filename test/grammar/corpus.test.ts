// The real-world corpus (../shared/corpus/real): every file parses without
// errors, except the two deliberately broken fixtures its README names,
// which must fail where Go's parser fails.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseHCL } from "../../src/index.js";
import { BROKEN_CORPUS_FILES, corpusFiles } from "../support/corpus.js";
import { goParseDiagnostics } from "../support/oracle.js";
import { hasOracle, hasShared, sharedDir, sharedMissing } from "../support/paths.js";

// Where Go's hclsyntax (2.14.1) puts the first error of each broken fixture.
const GO_FIRST_ERRORS: Record<string, { summary: string; line: number; column: number }> = {
  [BROKEN_CORPUS_FILES[0]!]: { summary: "Argument or block definition required", line: 5, column: 1 },
  [BROKEN_CORPUS_FILES[1]!]: { summary: "Attribute redefined", line: 8, column: 9 },
};

describe.skipIf(!hasShared)("real-world corpus", () => {
  const files = hasShared ? corpusFiles() : [];

  test("holds the 291 files its README describes", () => {
    expect(files.length).toBe(291);
  });

  test("every file except the two broken fixtures parses without errors", () => {
    const failing: string[] = [];
    for (const f of files) {
      if (BROKEN_CORPUS_FILES.includes(f.name)) continue;
      const { diagnostics } = parseHCL(readFileSync(f.path, "utf8"), f.name);
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0) failing.push(`${f.name}: ${errors[0]!.summary}`);
    }
    expect(failing).toEqual([]);
  });

  for (const name of BROKEN_CORPUS_FILES) {
    test(`${name} fails where Go's parser does`, () => {
      const text = readFileSync(join(sharedDir, "corpus", "real", name), "utf8");
      const first = parseHCL(text, name).diagnostics[0]!;
      const want = GO_FIRST_ERRORS[name]!;
      expect({ summary: first.summary, line: first.subject?.start.line, column: first.subject?.start.column }).toEqual(
        want,
      );
      if (hasOracle) {
        const go = goParseDiagnostics(text, "input.pkr.hcl")[0]!;
        expect([first.summary, first.subject?.start, first.subject?.end]).toEqual([
          go.summary,
          go.subject?.start,
          go.subject?.end,
        ]);
      }
    });
  }
});
if (!hasShared) test.skip(sharedMissing, () => {});
