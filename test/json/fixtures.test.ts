// Golden JSON-syntax cases recorded from Go's hcldec (test/tools/
// record-json-fixtures.mjs, cases in test/tools/json-cases.mjs): each
// spec-fixtures/json/<group>/<case>/ holds input.hcl.json, spec.hcldec,
// maybe vars.json, and what Go printed. The cases run through src/json via
// the test-only mini decoder, which asks the body for content as hcldec
// does; we must give the same exit status, the same value and type, the
// same diagnostics (summary, detail, subject) and the same text rendering.
//
// Go's hcldec decodes an object spec's children in map order, so where a
// case has several decode diagnostics their order is not fixed: those are
// compared as sets. Parse diagnostics come in a fixed order and are compared
// as a list.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { RenderSource } from "../../src/hcl/render.js";
import { renderDiagnosticsText } from "../../src/hcl/render.js";
import { jsonRenderSource, parseJSON } from "../../src/json/index.js";
import { fixturesDir } from "../support/paths.js";
import { type PrintedDiagnostic, printed, readJSON, readText } from "../support/fixtures.js";
import { runMiniHcldec } from "./mini-hcldec.js";

interface Expected {
  rule: string;
  args: string[];
  status: number;
  stdout: string;
  diagnostics: PrintedDiagnostic[];
}

const base = join(fixturesDir, "json");

function sortedDiags(ds: PrintedDiagnostic[]): string[] {
  return ds.map((d) => JSON.stringify(d)).sort();
}

const dirs = (p: string): string[] =>
  readdirSync(p)
    .filter((n) => statSync(join(p, n)).isDirectory())
    .sort();

for (const group of existsSync(base) ? dirs(base) : []) {
  describe(`JSON fixtures: ${group}`, () => {
    for (const name of dirs(join(base, group))) {
      const dir = join(base, group, name);
      const expected = readJSON<Expected>(join(dir, "expected.json"));
      const input = readText(join(dir, "input.hcl.json"));
      const spec = readText(join(dir, "spec.hcldec"));
      const vars: { filename: string; text: string }[] = [];
      let n = 0;
      for (const a of expected.args) {
        if (!a.startsWith("--vars=")) continue;
        const v = a.slice("--vars=".length);
        vars.push(
          v.trim().startsWith("{")
            ? { filename: `<vars argument ${n}>`, text: v }
            : { filename: v, text: readText(join(dir, v)) },
        );
        n++;
      }
      const varRefs = expected.args.includes("--var-refs");
      const run = () => runMiniHcldec({ spec, input, vars, varRefs });

      test(`${expected.rule} ${name}: status, value and diagnostics`, () => {
        const r = run();
        const ours = r.diagnostics.map(printed);
        expect({ status: r.status, stdout: r.stdout }).toEqual({ status: expected.status, stdout: expected.stdout });
        if (group === "parse-errors") expect(ours).toEqual(expected.diagnostics);
        else expect(sortedDiags(ours)).toEqual(sortedDiags(expected.diagnostics));
      });

      if (group === "parse-errors" || expected.diagnostics.length <= 1) {
        test(`${expected.rule} ${name}: text rendering`, () => {
          const r = run();
          const files = new Map<string, RenderSource>();
          files.set("input.hcl.json", jsonRenderSource(parseJSON(input, "input.hcl.json").file));
          for (const v of vars) files.set(v.filename, jsonRenderSource(parseJSON(v.text, v.filename).file));
          const text = r.status === 0 ? "" : renderDiagnosticsText(r.diagnostics, files, { width: 80 });
          expect(text).toBe(readText(join(dir, "expected.txt")));
        });
      }
    }
  });
}
