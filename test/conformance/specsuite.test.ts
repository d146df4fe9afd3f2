/**
 * The HCL spec suite (../shared/hcl-specsuite, CLI-08) run by our own port
 * of Go's harness (specsuite-runner.ts) against Plinth's hcldec, in this
 * process: no Go needed. PLINTH_CONFORMANCE_HCLDEC=<executable> runs the
 * same checks against another hcldec (bin/hcldec, or Go's to check the
 * runner itself). test/conformance/suite/ holds extra cases in the same
 * format (traversals, JSON inputs, warnings) that Go's harness also passes.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderDiagnosticsText } from "../../src/hcl/render.js";
import { projectRoot, sharedDir } from "../support/paths.js";
import { executableHcldec, type HcldecRunner, inProcessHcldec, listTests, runSuiteTest } from "./specsuite-runner.js";

const suiteDir = join(sharedDir, "hcl-specsuite");
const hasSuite = existsSync(suiteDir);
const extraDir = join(projectRoot, "test", "conformance", "suite");

const external = process.env.PLINTH_CONFORMANCE_HCLDEC;
const hcldec: HcldecRunner = external !== undefined ? executableHcldec(external) : inProcessHcldec;

function problems(dir: string, file: string, name: string): string {
  const diags = runSuiteTest({ name, file }, hcldec);
  return diags.length === 0 ? "" : renderDiagnosticsText(diags, new Map(), { width: 0 });
}

describe.skipIf(!hasSuite)(`HCL spec suite (${suiteDir})`, () => {
  const tests = hasSuite ? listTests(suiteDir) : [];
  it("finds the suite's 15 tests", () => {
    expect(tests.map((t) => t.name)).toHaveLength(15);
  });
  for (const t of tests) {
    it(t.name, () => {
      expect(problems(suiteDir, t.file, t.name)).toBe("");
    });
  }
});

if (!hasSuite) {
  describe("HCL spec suite", () => {
    it.skip(`../shared/hcl-specsuite not found at ${suiteDir} (set PLINTH_SHARED_DIR); skipping the spec suite`, () => {});
  });
}

describe("extra spec-suite cases (test/conformance/suite)", () => {
  for (const t of listTests(extraDir)) {
    it(t.name, () => {
      expect(problems(extraDir, t.file, t.name)).toBe("");
    });
  }
});
