// The HCL spec suite's JSON inputs (../shared/hcl-specsuite, every
// `NAME.hcl.json`): each must parse without diagnostics and, decoded with
// its `NAME.hcldec` through the JSON body, give the `result` of `NAME.t`
// (converted to `result_type` when the test names one). Tests whose spec
// the mini decoder does not read are only parsed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { parseConfig } from "../../grammar/index.js";
import { convert } from "../../src/cty/convert.js";
import { evaluate } from "../../src/hcl/eval.js";
import { typeConstraint } from "../../src/hcl/ext/typeexpr.js";
import { parseJSON } from "../../src/json/index.js";
import { hasShared, sharedDir, sharedMissing } from "../support/paths.js";
import { decodeBody, readSpecFile } from "./mini-hcldec.js";

const suite = join(sharedDir, "hcl-specsuite");

function jsonInputs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonInputs(p));
    else if (name.endsWith(".hcl.json")) out.push(p);
  }
  return out;
}

describe.skipIf(!hasShared)("HCL spec suite: JSON inputs", () => {
  if (!hasShared) {
    test.skip(sharedMissing, () => {});
    return;
  }
  const inputs = jsonInputs(suite);
  test("the suite has JSON inputs", () => expect(inputs.length).toBeGreaterThan(0));
  for (const path of inputs) {
    const base = path.slice(0, -".hcl.json".length);
    test(`JSON-01 ${relative(suite, path)}`, () => {
      const { file, diagnostics } = parseJSON(readFileSync(path, "utf8"), path);
      expect(diagnostics).toEqual([]);
      let spec;
      try {
        spec = readSpecFile(readFileSync(base + ".hcldec", "utf8")).spec;
      } catch {
        return; // a spec kind the mini decoder does not read
      }
      const expectations = parseConfig(readFileSync(base + ".t", "utf8"), base + ".t").file.body;
      const resultAttr = expectations.attribute("result");
      if (resultAttr === undefined) return;
      let want = evaluate(resultAttr.expr, undefined).value;
      const typeAttr = expectations.attribute("result_type");
      if (typeAttr !== undefined) want = convert(want, typeConstraint(typeAttr.expr).type);
      const got = decodeBody(file.body, spec, undefined);
      expect(got.diagnostics).toEqual([]);
      expect(got.value.equals(want).isTrue()).toBe(true);
      expect(got.value.type.equals(want.type)).toBe(true);
    });
  }
});
