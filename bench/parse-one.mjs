// Child process of bench/run.mjs: parses one file with one parser and prints
// a JSON line {coldMs, warmMs, maxRSSKB, ok}. Run in a fresh process so peak
// memory belongs to this parse alone.
import { readFileSync } from "node:fs";

const [which, file, warmRuns = "3"] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
let parseOnce;
if (which === "plinth") {
  const { parseHCL } = await import("../dist/src/index.js");
  parseHCL("a = 1\n", "warm.hcl"); // builds the parser (grammar analysis) outside the timing
  parseOnce = async () => parseHCL(text, file).diagnostics.every((d) => d.severity !== "error");
} else if (which === "hcl2json") {
  const { parse } = await import("@cdktf/hcl2json");
  await parse("warm.hcl", "a = 1\n");
  parseOnce = async () => {
    await parse(file, text);
    return true;
  };
} else {
  throw new Error(`unknown parser ${which}`);
}
const t0 = performance.now();
const ok = await parseOnce();
const coldMs = performance.now() - t0;
const maxRSSKB = process.resourceUsage().maxRSS;
let warmMs = Infinity;
for (let i = 0; i < Number(warmRuns); i++) {
  const t = performance.now();
  await parseOnce();
  warmMs = Math.min(warmMs, performance.now() - t);
}
process.stdout.write(JSON.stringify({ coldMs, warmMs: Number.isFinite(warmMs) ? warmMs : null, maxRSSKB, ok }) + "\n");
