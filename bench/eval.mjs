#!/usr/bin/env node
// Expression evaluation benchmark (issue 4).
//
//   npm run build && node bench/eval.mjs [--quick]
//
// Part 1: integer-heavy templates, evaluated with the fast number path (safe
// integers as JS numbers) and with the exact path only (every number a
// 512-bit BigFloat, as go-cty computes). Results are identical; the ratio is
// what the fast path saves.
// Part 2: every attribute expression of the 10 MB Packer corpus evaluated the
// way a Packer run would: variable defaults, then locals (in dependency
// order, by repeated passes), then everything else, reporting the cost per
// expression.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./gen-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const quick = process.argv.includes("--quick");
const { parseConfig, parseTemplate } = await import(join(dist, "grammar", "index.js"));
const { evaluate } = await import(join(dist, "src", "hcl", "eval.js"));
const { EvalContext } = await import(join(dist, "src", "hcl", "eval-context.js"));
const V = await import(join(dist, "src", "cty", "value.js"));
const { setFastNumberPath } = await import(join(dist, "src", "cty", "number.js"));
const { setLoopCompilation } = await import(join(dist, "src", "hcl", "eval-loop.js"));
const { marshalValue } = await import(join(dist, "src", "cty", "json.js"));

function time(fn, minMs = 300) {
  // Best of several batches, after a warm-up batch.
  let iters = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < iters; i++) fn();
    const dt = performance.now() - t0;
    if (dt > 50) break;
    iters *= 2;
  }
  let best = Infinity;
  const deadline = performance.now() + minMs;
  do {
    const t0 = performance.now();
    for (let i = 0; i < iters; i++) fn();
    best = Math.min(best, (performance.now() - t0) / iters);
  } while (performance.now() < deadline);
  return best;
}

// ------------------------------------------------------------------ part 1

const nums = V.listVal(Array.from({ length: 500 }, (_, i) => V.numberIntVal((i * 7919) % 10007)));
const templates = {
  "arithmetic per element": "%{ for i, v in nums }${i * v + 3 - v % 7}%{ if i % 10 == 0 },%{ endif }%{ endfor }",
  "sums and comparisons": "%{ for i, v in nums }${v > 5000 ? v - 5000 : v + i}|${(v * 3) / 3 == v}%{ endfor }",
  "nested loops": "%{ for i in [1, 2, 3, 4, 5, 6, 7, 8] }%{ for v in nums }${v * i % 97}%{ endfor }%{ endfor }",
};

function evalTemplate(src) {
  const p = parseTemplate(src, "bench.tmpl");
  if (p.diagnostics.length > 0) throw new Error(p.diagnostics[0].detail);
  const ctx = new EvalContext({ variables: { nums: currentNums } });
  return () => {
    const r = evaluate(p.value, ctx);
    if (r.diagnostics.length > 0) throw new Error(r.diagnostics[0].detail);
    return r.value;
  };
}

let currentNums = nums;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("Part 1: integer-heavy templates, fast number path vs exact (BigFloat) path");
console.log("  (medians of 15 alternating rounds; each round times both paths back to back)");
const part1 = [];
for (const [name, src] of Object.entries(templates)) {
  setFastNumberPath(true);
  currentNums = nums;
  const fast = evalTemplate(src);
  setFastNumberPath(false);
  // Rebuild the inputs so they too are BigFloats on the exact path.
  currentNums = V.listVal(nums.elements().map((e) => V.numberIntVal(e.asFloat64())));
  const exact = evalTemplate(src);
  setFastNumberPath(true);
  const fastOut = fast().asString();
  setFastNumberPath(false);
  const exactOut = exact().asString();
  setFastNumberPath(true);
  if (fastOut !== exactOut) throw new Error(`${name}: the two paths disagree`);
  const fastTimes = [];
  const exactTimes = [];
  const uncompiledTimes = [];
  const ratios = [];
  for (let round = 0; round < 15; round++) {
    setFastNumberPath(true);
    const f = time(fast, 100);
    setFastNumberPath(false);
    const x = time(exact, 100);
    setFastNumberPath(true);
    // The fast path once more with the general evaluator doing every loop body: what compiling them saves.
    setLoopCompilation(false);
    uncompiledTimes.push(time(fast, 100));
    setLoopCompilation(true);
    fastTimes.push(f);
    exactTimes.push(x);
    ratios.push(x / f);
  }
  const fastMs = median(fastTimes);
  const exactMs = median(exactTimes);
  const uncompiledMs = median(uncompiledTimes);
  const ratio = median(ratios);
  part1.push({ name, fastMs, exactMs, ratio, uncompiledMs, outputBytes: fastOut.length });
  console.log(
    `  ${name.padEnd(24)} fast ${fastMs.toFixed(3)} ms   exact ${exactMs.toFixed(3)} ms   exact/fast ${ratio.toFixed(1)}x` +
      `   (fast, loop bodies not compiled: ${uncompiledMs.toFixed(3)} ms)`,
  );
}

// ------------------------------------------------------------------ part 2

let functions = new Map();
const tableModule = join(dist, "src", "hcl", "functions.js");
if (existsSync(tableModule)) {
  const m = await import(tableModule);
  functions = m.packerFunctions({ baseDir: root });
}

const shared = join(root, "..", "shared", "corpus", "synthetic", "packer-10m.pkr.hcl");
let corpusPath = shared;
if (!existsSync(shared) || quick) {
  corpusPath = join(root, "bench", "out", quick ? "generated-1m.pkr.hcl" : "generated-10m.pkr.hcl");
  if (!existsSync(corpusPath)) writeFileSync(corpusPath, generate(quick ? 1 << 20 : 10 << 20, 7));
}
const text = readFileSync(corpusPath, "utf8");
const { file, diagnostics } = parseConfig(text, corpusPath);
if (diagnostics.some((d) => d.severity === "error")) throw new Error(`corpus does not parse: ${diagnostics[0].detail}`);

const blocks = file.body.blocks;
const vars = new Map();
const varExprs = [];
const localExprs = [];
const otherExprs = [];
const collect = (body, out) => {
  for (const a of body.attributes) out.push(a.expr);
  for (const b of body.blocks) collect(b.body, out);
};
for (const b of blocks) {
  if (b.type === "variable") {
    const d = b.body.attributes.find((a) => a.name === "default");
    if (d !== undefined) varExprs.push({ name: b.labels[0], expr: d.expr });
    for (const blk of b.body.blocks) collect(blk.body, otherExprs);
  } else if (b.type === "locals") {
    for (const a of b.body.attributes) localExprs.push({ name: a.name, expr: a.expr });
  } else collect(b.body, otherExprs);
}

let evaluated = 0;
let errors = 0;
const t0 = performance.now();
for (const v of varExprs) {
  const r = evaluate(v.expr, undefined);
  evaluated++;
  if (r.diagnostics.some((d) => d.severity === "error")) errors++;
  vars.set(v.name, r.value);
}
const locals = new Map();
const ctxVars = () => ({
  var: V.objectVal(vars),
  local: V.objectVal(locals),
  path: V.objectVal({ root: V.stringVal("."), cwd: V.stringVal(".") }),
  packer: V.objectVal({ version: V.stringVal("1.14.0") }),
});
let pending = localExprs;
// Locals refer to one another; evaluate in passes until nothing new resolves (Packer does this too).
for (let pass = 0; pending.length > 0 && pass < 10; pass++) {
  const ctx = new EvalContext({ variables: ctxVars(), functions });
  const next = [];
  for (const l of pending) {
    const r = evaluate(l.expr, ctx);
    evaluated++;
    if (r.diagnostics.some((d) => d.severity === "error")) next.push(l);
    else locals.set(l.name, r.value);
  }
  if (next.length === pending.length) break;
  pending = next;
}
errors += pending.length;
const ctx = new EvalContext({
  variables: {
    ...ctxVars(),
    source: V.DynamicVal,
    build: V.DynamicVal,
    self: V.DynamicVal,
  },
  functions,
});
const errorKinds = new Map();
for (const e of otherExprs) {
  const r = evaluate(e, ctx);
  evaluated++;
  if (r.diagnostics.some((d) => d.severity === "error")) errors++;
  for (const d of r.diagnostics) errorKinds.set(d.summary, (errorKinds.get(d.summary) ?? 0) + 1);
}
const totalMs = performance.now() - t0;
// Warm: the same expressions again, now that the JIT has seen them.
let warmBest = Infinity;
for (let round = 0; round < 3; round++) {
  const w0 = performance.now();
  for (const e of otherExprs) evaluate(e, ctx);
  warmBest = Math.min(warmBest, performance.now() - w0);
}
const bytes = Buffer.byteLength(text);
console.log(`\nPart 2: evaluating ${corpusPath.replace(root + "/", "")} (${(bytes / 1048576).toFixed(1)} MB)`);
console.log(
  `  ${evaluated} expression evaluations (${varExprs.length} variable defaults, ${localExprs.length} locals, ${otherExprs.length} other), ${errors} with errors`,
);
console.log(
  `  ${totalMs.toFixed(0)} ms total, ${((totalMs * 1000) / evaluated).toFixed(2)} µs per expression (first pass, JIT included)`,
);
console.log(
  `  warm: ${((warmBest * 1000) / otherExprs.length).toFixed(2)} µs per expression (best of 3 passes over the ${otherExprs.length} others)`,
);
if (errorKinds.size > 0) console.log(`  diagnostics among the others: ${JSON.stringify([...errorKinds])}`);
console.log(`  functions available: ${functions.size}`);
const sample = locals.get("score_0");
if (sample !== undefined) console.log(`  e.g. local.score_0 = ${marshalValue(sample)}`);

writeFileSync(
  join(root, "bench", "out", "eval-results.json"),
  JSON.stringify(
    { part1, part2: { corpus: corpusPath, bytes, evaluated, errors, totalMs, warmMsOthers: warmBest } },
    null,
    2,
  ) + "\n",
);
