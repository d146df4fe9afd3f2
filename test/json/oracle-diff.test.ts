// Differential run against Go's hcldec (JSON-01..11): generated JSON
// configurations, valid and broken (test/json/json-gen.ts), each decoded by
// Go and by src/json through the mini decoder with one of several specs,
// with and without variables. Exit status, stdout (value and type, or the
// variable references) and the diagnostics must agree; parse diagnostics
// as an ordered list, decode diagnostics as a set (Go's hcldec visits an
// object spec's children in map order).
//
// JSON_DIFF_CASES=<n> and JSON_DIFF_SEED=<n> change the run.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { hasErrors } from "../../src/hcl/diagnostic.js";
import { levenshtein } from "../../src/hcl/didyoumean.js";
import { parseJSON } from "../../src/json/index.js";
import { printed, type PrintedDiagnostic } from "../support/fixtures.js";
import { hasOracle, oracleHcldec, oracleMissing } from "../support/paths.js";
import { type GenCase, generateCases } from "./json-gen.js";
import { runMiniHcldec } from "./mini-hcldec.js";

const COUNT = Number(process.env.JSON_DIFF_CASES ?? 1200);
const SEED = Number(process.env.JSON_DIFF_SEED ?? 5);

interface Outcome {
  status: number;
  stdout: string;
  diagnostics: string[];
}

/**
 * Go suggests the first close name in schema order, and hcldec builds the
 * schema from an object spec in map order: when several names are close to
 * the unknown one, any of them may be suggested. Those suggestions are
 * compared only as "some suggestion". Likewise the element a failed
 * object-to-map conversion names.
 */
function normalizeSuggestions(spec: string, diags: string[]): string[] {
  const names = [...spec.matchAll(/(?:attr|block|block_list|block_map|block_set) "([^"]+)"/g)].map((m) => m[1]!);
  return diags.map((s) => {
    const d = JSON.parse(s) as PrintedDiagnostic;
    if (d.summary === "Incorrect attribute value type" && d.detail !== undefined) {
      // cty converts an object to a map visiting attributes in Go map
      // order, so which bad element it names varies from run to run.
      return JSON.stringify({ ...d, detail: d.detail.replace(/: element "(?:[^"\\]|\\.)*": .*$/, ": element …") });
    }
    const m = /^No argument or block type is named "((?:[^"\\]|\\.)*)"\. Did you mean "[^"]*"\?$/.exec(d.detail ?? "");
    if (d.summary !== "Extraneous JSON object property" || m === null) return s;
    const given = JSON.parse(`"${m[1]!}"`) as string;
    const close = names.filter((n) => levenshtein(given, n) < 3);
    if (close.length < 2) return s;
    return JSON.stringify({
      ...d,
      detail: `No argument or block type is named ${JSON.stringify(given)}. Did you mean one of ${close.join(", ")}?`,
    });
  });
}

function goRun(dir: string, c: GenCase): Outcome {
  writeFileSync(join(dir, "spec.hcldec"), c.spec);
  writeFileSync(join(dir, "input.hcl.json"), c.input);
  const args = ["--spec=spec.hcldec", "--with-type", "--keep-nulls", "--diags=json"];
  if (c.vars !== undefined) args.push(`--vars=${c.vars}`);
  if (c.varRefs === true) args.push("--var-refs");
  const r = spawnSync(oracleHcldec, [...args, "input.hcl.json"], { cwd: dir, encoding: "utf8" });
  const diags =
    r.stderr.trim() === "" ? [] : (JSON.parse(r.stderr) as { diagnostics: PrintedDiagnostic[] }).diagnostics;
  return { status: r.status ?? -1, stdout: r.stdout, diagnostics: diags.map((d) => JSON.stringify(d)) };
}

function ourRun(c: GenCase): Outcome {
  const vars = c.vars === undefined ? [] : [{ filename: "<vars argument 0>", text: c.vars }];
  const r = runMiniHcldec({ spec: c.spec, input: c.input, vars, varRefs: c.varRefs === true });
  return { status: r.status, stdout: r.stdout, diagnostics: r.diagnostics.map((d) => JSON.stringify(printed(d))) };
}

describe.skipIf(!hasOracle)("src/json agrees with Go's hcldec on generated configurations", () => {
  if (!hasOracle) test.skip(oracleMissing, () => {});
  test(`${COUNT} generated (spec, input) pairs, seed ${SEED}`, () => {
    const dir = mkdtempSync(join(tmpdir(), "plinth-json-diff-"));
    mkdirSync(dir, { recursive: true });
    const cases = generateCases(SEED, COUNT);
    const failures: string[] = [];
    let parseErrorCases = 0;
    let okCases = 0;
    for (const [i, c] of cases.entries()) {
      const go = goRun(dir, c);
      const ours = ourRun(c);
      const parseFailed = hasErrors(parseJSON(c.input, "input.hcl.json").diagnostics);
      if (parseFailed) parseErrorCases++;
      if (go.status === 0) okCases++;
      const same =
        go.status === ours.status &&
        go.stdout === ours.stdout &&
        (parseFailed
          ? JSON.stringify(go.diagnostics) === JSON.stringify(ours.diagnostics)
          : JSON.stringify(normalizeSuggestions(c.spec, go.diagnostics).sort()) ===
            JSON.stringify(normalizeSuggestions(c.spec, ours.diagnostics).sort()));
      if (!same) {
        failures.push(
          `case ${i}: ${JSON.stringify(c)}\n  go:   ${JSON.stringify(go)}\n  ours: ${JSON.stringify(ours)}`,
        );
      }
    }
    console.log(
      `json oracle diff: ${cases.length - failures.length}/${cases.length} agree ` +
        `(${okCases} decoded by Go, ${parseErrorCases} with parse errors)`,
    );
    expect(failures.slice(0, 5).join("\n\n")).toBe("");
  });
});
