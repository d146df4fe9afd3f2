/**
 * Evaluation goldens (issue 4): Go's answers recorded in spec-fixtures/eval
 * by test/tools/record-eval-fixtures.mjs, checked without the Go oracle.
 * Value, type, marks, every diagnostic's summary, detail, ranges and
 * rendered text must match, apart from the named divergences.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setLegacyCompat } from "../../src/cty/legacy.js";
import { compareAnswers } from "../support/eval-compare.js";
import { callsAny, evalFunctions, missingFunctions } from "../support/eval-functions.js";
import type { EvalAnswer } from "../support/hcleval.js";
import { fixturesDir } from "../support/paths.js";
import { plinthEvaluate } from "../support/plinth-eval.js";

interface FixtureCase {
  expr: string;
  template?: boolean;
  ctx?: "full" | "novars" | "nofuncs" | "nil";
  why?: string;
  go: EvalAnswer;
}

interface FixtureFile {
  description: string;
  vars: string;
  cases: FixtureCase[];
}

const dir = join(fixturesDir, "eval");
const functions = evalFunctions();
const missing = missingFunctions(functions);

for (const name of readdirSync(dir)
  .filter((n) => n.endsWith(".json"))
  .sort()) {
  const doc = JSON.parse(readFileSync(join(dir, name), "utf8")) as FixtureFile;
  describe(`eval fixtures ${name}`, () => {
    beforeAll(() => setLegacyCompat(true));
    afterAll(() => setLegacyCompat(false));
    for (const c of doc.cases) {
      const runnable = !callsAny(c.expr, missing);
      it.skipIf(!runnable)(`${JSON.stringify(c.expr)}${c.ctx !== undefined ? ` (ctx ${c.ctx})` : ""}`, () => {
        const ours = plinthEvaluate(
          { expr: c.expr, template: c.template ?? false, vars: doc.vars, ctx: c.ctx ?? "full" },
          { functions },
        );
        const cmp = compareAnswers(c.go, JSON.parse(JSON.stringify(ours)) as EvalAnswer);
        // Equal up to the named divergences of test/support/eval-compare.ts; on failure show the whole answers.
        if (!cmp.equal) expect(ours).toEqual(c.go);
      });
    }
  });
}
