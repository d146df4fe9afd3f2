#!/usr/bin/env node
// Parser benchmark: Plinth against @cdktf/hcl2json (Go's HCL in WebAssembly)
// and, when the oracle is installed, Go's own hcldec — same files, same run.
//
//   npm run bench                      (all inputs)
//   node bench/run.mjs --quick         (1 MB inputs only, no hcl2json on 10 MB)
//
// Inputs: our generator's 1 MB and 10 MB files (bench/out/, always) and
// ../shared/corpus/synthetic's 1 MB and 10 MB files (when present).
// For each parser and file a fresh process parses once ("cold": includes JIT
// warm-up, as a CLI run would; its wall time and peak RSS are reported), and
// another process parses four times ("warm": best of the last three).
// Node's own baseline (about 45 MB RSS, 0.1 s to start and load) is included
// in the process figures, as Go's is in hcldec's. With the oracle installed,
// our bin/hcldec also runs Go's exact command (`--var-refs` with an empty
// spec: parse, list references, print JSON); the outputs must be identical,
// and that pair is the like-for-like comparison with Go. The two commands run
// by turns, five times each (three on 10 MB files and with --quick), and
// their medians are compared; our command's first run, which writes its
// compile cache (src/cli/start.cts), is reported apart.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./gen-corpus.mjs";
import { benchCacheEnv, byTurns, runProcess } from "./processes.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.argv.includes("--quick");
const outDir = join(root, "bench", "out");
execFileSync("mkdir", ["-p", outDir]);

const inputs = [];
for (const [size, bytes] of [
  ["1m", 1 << 20],
  ["10m", 10 << 20],
]) {
  if (quick && size === "10m") continue;
  const path = join(outDir, `generated-${size}.pkr.hcl`);
  if (!existsSync(path)) writeFileSync(path, generate(bytes, 7));
  inputs.push({ name: `generated ${size}`, path });
}
const shared = join(root, "..", "shared", "corpus", "synthetic");
for (const size of quick ? ["1m"] : ["1m", "10m"]) {
  const path = join(shared, `packer-${size}.pkr.hcl`);
  if (existsSync(path)) inputs.push({ name: `shared packer-${size}`, path });
}

const oracle = join(process.env.ORACLE_BIN_DIR ?? join(root, ".oracle", "bin"), "hcldec");
const hasGo = existsSync(oracle);
writeFileSync(join(outDir, "empty.hcldec"), "object {}\n");

function child(which, path, warmRuns) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, "bench", "parse-one.mjs"), which, path, String(warmRuns)], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${which} failed on ${path}: ${r.stderr}`);
  return { ...JSON.parse(r.stdout.trim().split("\n").pop()), wallMs };
}

/** A cold process (one parse: its wall time and peak RSS), then a warm one (best of 3 later parses). */
function runNode(which, path, warm = true) {
  const cold = child(which, path, 0);
  const w = warm ? child(which, path, 3) : undefined;
  return { coldMs: cold.coldMs, wallMs: cold.wallMs, maxRSSKB: cold.maxRSSKB, warmMs: w?.warmMs ?? NaN };
}

/**
 * Go's `hcldec --var-refs` (parse, list variable references, print JSON) and
 * the same command through our bin/hcldec, the same task from process start
 * to output, run by turns: their median wall times and peak RSS. Our first
 * run, which finds no compile cache and writes one, is reported apart.
 */
function varRefs(path, bytes) {
  const args = ["--spec=" + join(outDir, "empty.hcldec"), "--var-refs", path];
  const ours = {
    name: "plinth",
    cmd: process.execPath,
    args: [join(root, "bin", "hcldec"), ...args],
    env: benchCacheEnv(root),
  };
  const first = runProcess(ours.cmd, ours.args, ours.env);
  if (first.status !== 0) throw new Error(`plinth hcldec failed on ${path}: ${first.stderr.slice(0, 2000)}`);
  const runs = quick ? 3 : bytes > 5 << 20 ? 3 : 5;
  const [go, ourCli] = byTurns([{ name: "go", cmd: oracle, args }, ours], runs);
  return { go, ourCli, firstMs: first.wallMs, runs };
}

const mb = (bytes) => bytes / 1e6;
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "—");
const rows = [];
for (const input of inputs) {
  const bytes = statSync(input.path).size;
  const ours = runNode("plinth", input.path);
  const skipH2J = quick && bytes > 2 << 20;
  const h2j = skipH2J ? undefined : runNode("hcl2json", input.path, false);
  const vr = hasGo ? varRefs(input.path, bytes) : undefined;
  const go = vr?.go;
  const ourCli = vr?.ourCli;
  if (go !== undefined && ourCli !== undefined && go.stdout !== ourCli.stdout) {
    throw new Error(`hcldec --var-refs output differs from Go's on ${input.path}`);
  }
  rows.push({
    input,
    bytes,
    ours,
    h2j,
    go: go && { ...go, stdout: undefined },
    ourCli: ourCli && { ...ourCli, stdout: undefined, firstMs: vr.firstMs },
  });
  const line = [
    `${input.name} (${fmt(mb(bytes), 1)} MB)`,
    `plinth: cold ${fmt(mb(bytes) / (ours.coldMs / 1000))} MB/s, warm ${fmt(mb(bytes) / (ours.warmMs / 1000))} MB/s, process ${fmt(ours.wallMs / 1000)} s, peak RSS ${fmt(ours.maxRSSKB / 1024, 0)} MB (${fmt((ours.maxRSSKB * 1024) / bytes, 1)}x input)`,
    h2j
      ? `hcl2json: ${fmt(mb(bytes) / (h2j.coldMs / 1000))} MB/s, peak RSS ${fmt(h2j.maxRSSKB / 1024, 0)} MB — plinth cold is ${fmt(h2j.coldMs / ours.coldMs, 1)}x faster`
      : "hcl2json: skipped (--quick)",
    go
      ? `go hcldec --var-refs: process ${fmt(go.wallMs / 1000)} s (${fmt(mb(bytes) / (go.wallMs / 1000))} MB/s), peak RSS ${fmt(go.maxRSSKB / 1024, 0)} MB — speed ratio plinth/Go ${fmt(go.wallMs / ours.wallMs, 2)}, peak RSS ratio Go/plinth ${fmt(go.maxRSSKB / ours.maxRSSKB, 1)}`
      : "go hcldec: oracle not installed (../shared/tools/oracle-setup.sh)",
    ...(go && ourCli
      ? [
          `plinth hcldec --var-refs (same command, same output): process ${fmt(ourCli.wallMs / 1000)} s, peak RSS ${fmt(ourCli.maxRSSKB / 1024, 0)} MB — speed ratio plinth/Go ${fmt(go.wallMs / ourCli.wallMs, 2)}, peak RSS ratio Go/plinth ${fmt(go.maxRSSKB / ourCli.maxRSSKB, 1)} (medians of ${vr.runs} runs each, by turns; the first run, which writes the compile cache, took ${fmt(vr.firstMs / 1000)} s)`,
        ]
      : []),
  ];
  console.log(line.join("\n  ") + "\n");
}
writeFileSync(join(outDir, "parse-results.json"), JSON.stringify(rows, null, 2));
