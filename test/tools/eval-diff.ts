/**
 * Exploratory evaluation differential against Go, for hunting disagreements
 * at larger scale than the test suite runs. Prints the agreement figure and
 * writes the disagreeing cases to /tmp/eval-diff-bad.json.
 *
 *   npx tsc -p tsconfig.json --noEmit false --outDir /tmp/tsout
 *   ln -s "$PWD/node_modules" /tmp/tsout/node_modules; cp package.json /tmp/tsout/
 *   ORACLE_BIN_DIR="$PWD/.oracle/bin" node /tmp/tsout/test/tools/eval-diff.js [substring]
 *
 * MODE=random N=20000 SEED=7 DEPTH=4 switches to random expression trees;
 * KEEP_MARKS=1 compares Plinth's default (mark-keeping) behaviour instead of
 * the HCL 2.14 compatibility mode.
 */
import { writeFileSync } from "node:fs";
import { setLegacyCompat } from "../../src/cty/legacy.js";
import { generateCases, SHARED_VARS } from "../support/eval-cases.js";
import { compareAnswers } from "../support/eval-compare.js";
import { evalFunctions } from "../support/eval-functions.js";
import { prng, randomExpression } from "../support/eval-gen.js";
import { type EvalAnswer, type EvalRequest, goEvaluate } from "../support/hcleval.js";
import { plinthEvaluate } from "../support/plinth-eval.js";

setLegacyCompat(process.env.KEEP_MARKS === undefined);
const functions = evalFunctions();
let cases: EvalRequest[] = generateCases();
if (process.env.MODE === "random") {
  const r = prng(Number(process.env.SEED ?? 1));
  const depth = Number(process.env.DEPTH ?? 3);
  cases = Array.from({ length: Number(process.env.N ?? 5000) }, () => ({
    expr: randomExpression(r, depth),
    vars: SHARED_VARS,
  }));
}
const filter = process.argv[2];
const selected = filter !== undefined ? cases.filter((c) => c.expr.includes(filter)) : cases;
const t0 = Date.now();
const go = goEvaluate(selected);
const t1 = Date.now();
let agree = 0;
const bad: unknown[] = [];
const divergences = new Map<string, number>();
selected.forEach((c, i) => {
  let ours: EvalAnswer | { crash: string };
  try {
    ours = JSON.parse(JSON.stringify(plinthEvaluate(c, { functions }))) as EvalAnswer;
  } catch (e) {
    ours = { crash: String((e as Error).stack) };
  }
  const cmp = "crash" in ours ? { equal: false, divergences: [] } : compareAnswers(go[i]!, ours);
  for (const d of cmp.divergences) divergences.set(d, (divergences.get(d) ?? 0) + 1);
  if (cmp.equal) agree++;
  else bad.push({ expr: c.expr, ctx: c.ctx, template: c.template, go: go[i], ours });
});
console.log(
  `cases ${selected.length}, agree ${agree} (${((100 * agree) / selected.length).toFixed(2)}%), go ${t1 - t0} ms, plinth ${Date.now() - t1} ms`,
);
console.log(`divergences: ${JSON.stringify([...divergences])}`);
writeFileSync("/tmp/eval-diff-bad.json", JSON.stringify(bad, null, 1));
