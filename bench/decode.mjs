#!/usr/bin/env node
// Decode benchmark (issue 5): Plinth's hcldec against Go's hcldec on the same
// generated 2 MB and 20 MB files with a spec that decodes all of them, in the
// same run. Each command runs as its own process (as a user runs it), the two
// by turns, five times each on 2 MB and three on 20 MB (three each with
// --quick): median wall time and peak RSS (from /usr/bin/time) are reported,
// and the two outputs must be identical. Our command's first run, which
// writes its compile cache (src/cli/start.cts), is reported apart.
//
//   npm run build && node bench/decode.mjs [--quick]   (--quick: 2 MB only)
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DECODE_SPEC, generateDecodeCorpus } from "./gen-decode-corpus.mjs";
import { benchCacheEnv, byTurns, runProcess } from "./processes.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "bench", "out");
mkdirSync(outDir, { recursive: true });
const quick = process.argv.includes("--quick");
const specPath = join(outDir, "decode.hcldec");
writeFileSync(specPath, DECODE_SPEC);

const goBin = join(process.env.ORACLE_BIN_DIR ?? join(root, ".oracle", "bin"), "hcldec");
const plinthBin = join(root, "bin", "hcldec");

const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "—");
const results = [];
for (const [name, bytes] of quick
  ? [["2m", 2 << 20]]
  : [
      ["2m", 2 << 20],
      ["20m", 20 << 20],
    ]) {
  const path = join(outDir, `decode-${name}.hcl`);
  if (!existsSync(path)) writeFileSync(path, generateDecodeCorpus(bytes, 11));
  const size = statSync(path).size;
  const args = [`--spec=${specPath}`, path];
  const plinth = { name: "plinth", cmd: process.execPath, args: [plinthBin, ...args], env: benchCacheEnv(root) };
  const first = runProcess(plinth.cmd, plinth.args, plinth.env);
  if (first.status !== 0) throw new Error(`plinth hcldec failed on ${path}: ${first.stderr.slice(0, 2000)}`);
  const hasGo = existsSync(goBin);
  const runs = quick || bytes > 5 << 20 ? 3 : 5;
  const [ours, go] = byTurns(hasGo ? [plinth, { name: "go", cmd: goBin, args }] : [plinth], runs);
  const row = {
    file: path,
    bytes: size,
    runs,
    plinth: { wallMs: ours.wallMs, maxRSSKB: ours.maxRSSKB, firstMs: first.wallMs, each: ours.runs },
  };
  let line = `decode ${name} (${fmt(size / 1e6, 1)} MB): plinth ${fmt(ours.wallMs / 1000)} s, peak RSS ${fmt(ours.maxRSSKB / 1024, 0)} MB`;
  if (go !== undefined) {
    row.go = { wallMs: go.wallMs, maxRSSKB: go.maxRSSKB, each: go.runs, sameOutput: go.stdout === ours.stdout };
    line += `; go ${fmt(go.wallMs / 1000)} s, peak RSS ${fmt(go.maxRSSKB / 1024, 0)} MB`;
    line += ` — plinth is ${fmt(go.wallMs / ours.wallMs, 2)}x Go's speed, ${fmt(ours.maxRSSKB / go.maxRSSKB, 2)}x its memory`;
    line += go.stdout === ours.stdout ? "; outputs identical" : "; OUTPUTS DIFFER";
  } else {
    line += "; go hcldec: oracle not installed (../shared/tools/oracle-setup.sh)";
  }
  line += ` (medians of ${runs} runs${go ? " each, by turns" : ""}; plinth's first run, which writes its compile cache, took ${fmt(first.wallMs / 1000)} s)`;
  console.log(line);
  results.push(row);
}
writeFileSync(join(outDir, "decode-results.json"), JSON.stringify(results, null, 2) + "\n");
