// Golden syntax trees: each spec-fixtures/syntax/<RULE-description>/ holds an
// input and expected.txt, the tree as `plinth ast` prints it followed by the
// diagnostics (if any). Run with UPDATE_GOLDEN=1 to rewrite expected files,
// then review the diff. When Go's oracle is installed, it must agree that
// the input parses (or report the same diagnostics).
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseHCL } from "../../src/index.js";
import { dumpAST } from "../../src/hcl/ast-dump.js";
import { fixtureCases, printed, readText } from "../support/fixtures.js";
import { goParseDiagnostics } from "../support/oracle.js";
import { hasOracle } from "../support/paths.js";

const update = process.env.UPDATE_GOLDEN === "1";

function render(input: string): string {
  const { file, diagnostics } = parseHCL(input, "input.hcl");
  let out = dumpAST(file.body);
  if (diagnostics.length > 0) {
    out += "--- diagnostics\n";
    for (const d of diagnostics) {
      const s = d.subject!;
      out += `${d.summary} @${s.start.line}:${s.start.column}-${s.end.line}:${s.end.column}\n`;
    }
  }
  return out;
}

describe("golden syntax trees", () => {
  for (const c of fixtureCases("syntax")) {
    const input = readText(join(c.dir, "input.hcl"));
    const expectedPath = join(c.dir, "expected.txt");
    test(c.name, () => {
      const got = render(input);
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, got);
      expect(got).toBe(readText(expectedPath));
    });
    test.skipIf(!hasOracle)(`${c.name}: Go's parser agrees`, () => {
      const ours = parseHCL(input, "input.hcl").diagnostics.map(printed);
      expect(ours).toEqual(goParseDiagnostics(input));
    });
  }
});
