#!/usr/bin/env node
// Decode benchmark (issue 5): Plinth's hcldec against Go's hcldec on the same
// generated 2 MB and 20 MB files with a spec that decodes all of them, in the
// same run. Each command runs as its own process (as a user runs it): wall
// time and peak RSS (from /usr/bin/time) are reported, and the two outputs
// must be identical.
//
//   npm run build && node bench/decode.mjs [--quick]   (--quick: 2 MB only)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DECODE_SPEC, generateDecodeCorpus } from "./gen-decode-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "bench", "out");
mkdirSync(outDir, { recursive: true });
const quick = process.argv.includes("--quick");
const specPath = join(outDir, "decode.hcldec");
writeFileSync(specPath, DECODE_SPEC);

const goBin = join(process.env.ORACLE_BIN_DIR ?? join(root, ".oracle", "bin"), "hcldec");
const plinthBin = join(root, "bin", "hcldec");
const hasTime = existsSync("/usr/bin/time");

function run(cmd, args) {
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t0;
  const lines = r.stderr.trim().split("\n");
  const maxRSSKB = hasTime ? Number(lines.pop()) : NaN;
  return { status: r.status, stdout: r.stdout, stderr: lines.join("\n"), wallMs, maxRSSKB };
}

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
  const ours = run(process.execPath, [plinthBin, ...args]);
  if (ours.status !== 0) throw new Error(`plinth hcldec failed on ${path}: ${ours.stderr.slice(0, 2000)}`);
  const row = { file: path, bytes: size, plinth: { wallMs: ours.wallMs, maxRSSKB: ours.maxRSSKB } };
  let line = `decode ${name} (${fmt(size / 1e6, 1)} MB): plinth ${fmt(ours.wallMs / 1000)} s, peak RSS ${fmt(ours.maxRSSKB / 1024, 0)} MB`;
  if (existsSync(goBin)) {
    const go = run(goBin, args);
    if (go.status !== 0) throw new Error(`go hcldec failed on ${path}: ${go.stderr.slice(0, 2000)}`);
    row.go = { wallMs: go.wallMs, maxRSSKB: go.maxRSSKB, sameOutput: go.stdout === ours.stdout };
    line += `; go ${fmt(go.wallMs / 1000)} s, peak RSS ${fmt(go.maxRSSKB / 1024, 0)} MB`;
    line += ` — plinth is ${fmt(go.wallMs / ours.wallMs, 2)}x Go's speed, ${fmt(ours.maxRSSKB / go.maxRSSKB, 2)}x its memory`;
    line += go.stdout === ours.stdout ? "; outputs identical" : "; OUTPUTS DIFFER";
  } else {
    line += "; go hcldec: oracle not installed (../shared/tools/oracle-setup.sh)";
  }
  console.log(line);
  results.push(row);
}
writeFileSync(join(outDir, "decode-results.json"), JSON.stringify(results, null, 2) + "\n");
