// Timing whole commands, each run as its own process, as a user runs them.
//
// The machines these benchmarks run on change speed by up to 2x within
// minutes, so one run of each command says little about their ratio. The
// commands compared run by turns (A B A B …) and each reports its medians:
// a slow spell then slows both alike.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const hasTime = existsSync("/usr/bin/time");

/** One run of `cmd`: exit status, output, wall time and peak RSS (from /usr/bin/time where there is one). */
export function runProcess(cmd, args, env = process.env) {
  const options = { encoding: "utf8", maxBuffer: 1 << 30, env };
  const t0 = performance.now();
  const r = hasTime ? spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], options) : spawnSync(cmd, args, options);
  const wallMs = performance.now() - t0;
  const lines = r.stderr.trim().split("\n");
  const maxRSSKB = hasTime ? Number(lines.pop()) : NaN;
  return { status: r.status, stdout: r.stdout, stderr: lines.join("\n"), wallMs, maxRSSKB };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs each command `runs` times, by turns. Returns, per command, the median
 * wall time and peak RSS, every run's figures, and the output of its last
 * run; a failed run throws.
 */
export function byTurns(commands, runs) {
  const all = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, j) => {
      const r = runProcess(c.cmd, c.args, c.env);
      if (r.status !== 0) throw new Error(`${c.name} failed: ${r.stderr.slice(0, 2000)}`);
      all[j].push(r);
    });
  }
  return commands.map((c, j) => ({
    name: c.name,
    wallMs: median(all[j].map((r) => r.wallMs)),
    maxRSSKB: median(all[j].map((r) => r.maxRSSKB)),
    runs: all[j].map((r) => ({ wallMs: r.wallMs, maxRSSKB: r.maxRSSKB })),
    stdout: all[j][all[j].length - 1].stdout,
  }));
}

/**
 * The environment our commands run in here: their own code cache
 * (src/cli/start.cts) in bench/out, emptied first, so that no cache left by
 * earlier runs or another build takes part.
 */
export function benchCacheEnv(root) {
  const dir = join(root, "bench", "out", "compile-cache");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return { ...process.env, PLINTH_COMPILE_CACHE: dir };
}
