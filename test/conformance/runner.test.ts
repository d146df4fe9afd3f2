/**
 * The spec-suite runner itself (CLI-08): it must fail a test for each kind
 * of mismatch Go's hclspecsuite reports, or passing the suite would prove
 * nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { inProcessHcldec, listTests, runSuiteTest } from "./specsuite-runner.js";

function suite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "plinth-suite-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function summaries(files: Record<string, string>): string[] {
  const dir = suite(files);
  const [t] = listTests(dir);
  return runSuiteTest(t!, inProcessHcldec).map((d) => d.summary);
}

const SPEC = 'object {\n  attr "a" {\n    type = number\n  }\n}\n';
const pos = (line: number, column: number, byte: number): string =>
  `{\n line = ${line}\n column = ${column}\n byte = ${byte}\n}`;

describe("spec-suite runner", () => {
  it("orders tests as Go does: sorted .t files, then sorted folders, dot-names skipped", () => {
    const dir = suite({
      "b.t": "",
      "a.t": "",
      "z/c.t": "",
      "m/d.t": "",
      ".hidden/e.t": "",
      "m/n/f.t": "",
    });
    expect(listTests(dir).map((t) => t.name)).toEqual(["a", "b", "m/d", "m/n/f", "z/c"]);
  });

  it("passes a matching result", () => {
    expect(summaries({ "x.t": "result = { a = 1 }\n", "x.hcldec": SPEC, "x.hcl": "a = 1\n" })).toEqual([]);
  });

  it("reports a different value", () => {
    expect(summaries({ "x.t": "result = { a = 2 }\n", "x.hcldec": SPEC, "x.hcl": "a = 1\n" })).toEqual([
      "Incorrect result value",
    ]);
  });

  it("compares numbers exactly, not as doubles", () => {
    expect(
      summaries({
        "x.t": "result = { a = 0.30000000000000000001 }\n",
        "x.hcldec": SPEC,
        "x.hcl": "a = 0.3\n",
      }),
    ).toEqual(["Incorrect result value"]);
  });

  it("reports a type that does not conform", () => {
    expect(
      summaries({
        "x.t": "result_type = object({ a = string })\n",
        "x.hcldec": SPEC,
        "x.hcl": "a = 1\n",
      }),
    ).toEqual(["Incorrect result type"]);
  });

  it("passes on errors from hcldec when none were expected", () => {
    expect(summaries({ "x.t": "", "x.hcldec": SPEC, "x.hcl": "b = 1\n" })).toEqual(["Unsupported argument"]);
  });

  it("matches expected diagnostics by severity and range", () => {
    const t = (from: string, to: string): string => `diagnostics {\n  error {\n from ${from}\n to ${to}\n }\n}\n`;
    expect(summaries({ "x.t": t(pos(1, 1, 0), pos(1, 2, 1)), "x.hcldec": SPEC, "x.hcl": "b = 1\n" })).toEqual([]);
    expect(summaries({ "x.t": t(pos(1, 1, 0), pos(1, 3, 2)), "x.hcldec": SPEC, "x.hcl": "b = 1\n" })).toEqual([
      "Unsupported argument",
      "Unexpected diagnostic",
      "Missing expected diagnostic",
    ]);
  });

  it("checks traversals: unexpected, missing and misplaced ones", () => {
    const spec = 'object {\n  attr "a" {}\n  attr "b" {}\n}\n';
    const expect1 = (ref: string, from: string, to: string): string =>
      `  expect {\n    ref = ${ref}\n    from ${from}\n    to ${to}\n  }\n`;
    const diags = `diagnostics {\n  error {\n from ${pos(1, 5, 4)}\n to ${pos(1, 8, 7)}\n }\n}\n`;
    const ok = expect1("foo.bar", pos(1, 5, 4), pos(1, 12, 11));
    const input = "a = foo.bar\n";
    expect(summaries({ "x.t": `traversals {\n${ok}}\n${diags}`, "x.hcldec": spec, "x.hcl": input })).toEqual([]);
    expect(summaries({ "x.t": `traversals {\n}\n${diags}`, "x.hcldec": spec, "x.hcl": input })).toEqual([
      "Unexpected traversal",
    ]);
    const other = expect1("foo.baz", pos(1, 5, 4), pos(1, 12, 11));
    expect(summaries({ "x.t": `traversals {\n${other}}\n${diags}`, "x.hcldec": spec, "x.hcl": input })).toEqual([
      "Unexpected traversal",
      "Missing expected traversal",
    ]);
    const moved = expect1("foo.bar", pos(1, 5, 4), pos(1, 13, 12));
    expect(summaries({ "x.t": `traversals {\n${moved}}\n${diags}`, "x.hcldec": spec, "x.hcl": input })).toEqual([
      "Incorrect end position in detected traversal",
    ]);
  });

  it("reports problems in the test file itself", () => {
    expect(summaries({ "x.t": "result = 1\nbogus = 2\n", "x.hcldec": SPEC, "x.hcl": "" })).toEqual([
      "Unsupported argument",
    ]);
    expect(summaries({ "x.t": "diagnostics {\n}\n", "x.hcldec": SPEC, "x.hcl": "" })).toEqual([
      "Empty diagnostics block",
    ]);
  });
});
