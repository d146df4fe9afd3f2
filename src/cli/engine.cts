/**
 * V8 settings the commands tune while they run (src/cli/start.cts sets them
 * at start). A CommonJS module, so that start.cts, which loads the bundles,
 * can use it as well as the commands inside them; it keeps no state, as the
 * two hold copies of their own.
 */
import { setFlagsFromString } from "node:v8";

/** Whether Node was started with this V8 flag (on its command line or in NODE_OPTIONS), spelt with - or _. */
export function startedWith(flag: string): boolean {
  const name = (arg: string): string => arg.split("=")[0]!.replace(/_/g, "-");
  const given = [...process.execArgv, ...(process.env["NODE_OPTIONS"] ?? "").split(/\s+/)];
  return given.some((a) => name(a) === flag);
}

const YOUNG_GENERATION_FLAGS = ["--semi-space-growth-factor", "--max-semi-space-size", "--min-semi-space-size"];

/** Whether the young generation's size is ours to set: Node was given no flag about it. */
function youngGenerationIsOurs(): boolean {
  return !YOUNG_GENERATION_FLAGS.some(startedWith);
}

/**
 * Keeps V8's young generation at its first size (two 1 MB halves) from now
 * on, instead of doubling up to 16 MB halves. Nearly everything a parse or
 * decode allocates lives to the end of the run (the syntax tree, the
 * values), so a large young generation mostly delays copying it to the old
 * one, and both its halves stay resident to the end: on the 2 MB decode
 * benchmark, peak RSS 141 → 112 MB for 4% more time (medians of 11 runs by
 * turns). V8 reads the growth factor each time it would grow the young
 * generation, so setting it while running takes effect; a
 * `--max-semi-space-size` set then does not. (Measured with Node 20's V8.
 * Later V8s may hold the factor at 2 at least; the setting then changes
 * nothing, and the flag still exists, so V8 prints no complaint either.)
 */
export function keepYoungGenerationSmall(): void {
  if (youngGenerationIsOurs()) setFlagsFromString("--semi-space-growth-factor=1");
}

/**
 * Input, in characters, past which a command lets the young generation grow
 * again (letYoungGenerationGrow): on 20 MB the small one cost 24% more time
 * and even 14 MB more peak memory, as objects copied to the old generation
 * too soon died there; on 2 MB it saved 30 MB of about 140.
 */
export const LARGE_INPUT = 4 << 20;

/** Lets the young generation grow as V8 would by default: for inputs past LARGE_INPUT. */
export function letYoungGenerationGrow(): void {
  if (youngGenerationIsOurs()) setFlagsFromString("--semi-space-growth-factor=2");
}
