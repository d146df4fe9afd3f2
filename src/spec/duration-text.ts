/**
 * Durations as docs show them: Go's `time.Duration.String()` with the zero
 * units dropped, so a default of five minutes reads `"5m"` rather than Go's
 * `"5m0s"`. Every result is accepted back by `time.ParseDuration` (and our
 * `parseDuration`), which is what makes a documented default copyable.
 */

const NS_PER_US = 1_000n;
const NS_PER_MS = 1_000_000n;
const NS_PER_S = 1_000_000_000n;
const NS_PER_M = 60n * NS_PER_S;
const NS_PER_H = 60n * NS_PER_M;

/**
 * A duration given in milliseconds (the decoded form of `t.duration`
 * fields; fractions carry the sub-millisecond units) as a compact Go
 * duration string: `"0s"`, `"300ms"`, `"1.5s"`, `"1m30s"`, `"5m"`, `"2h"`,
 * `"-3ms"`. Microseconds are written `us` (ASCII), which Go also accepts.
 */
export function durationText(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  // Whole milliseconds convert exactly even past 2^53 ns; fractions came from ns / 1e6.
  const ns = Number.isInteger(ms) ? BigInt(ms) * NS_PER_MS : BigInt(Math.round(ms * 1e6));
  return goDurationText(ns);
}

/** A duration in nanoseconds as a compact Go duration string (see `durationText`). */
export function goDurationText(ns: bigint): string {
  if (ns === 0n) return "0s";
  const sign = ns < 0n ? "-" : "";
  const u = ns < 0n ? -ns : ns;
  // Below a second Go switches to the largest unit that keeps a whole part.
  if (u < NS_PER_US) return `${sign}${u}ns`;
  if (u < NS_PER_MS) return `${sign}${decimal(u, NS_PER_US)}us`;
  if (u < NS_PER_S) return `${sign}${decimal(u, NS_PER_MS)}ms`;
  const h = u / NS_PER_H;
  const m = (u % NS_PER_H) / NS_PER_M;
  const s = u % NS_PER_M;
  let out = sign;
  if (h > 0n) out += `${h}h`;
  if (m > 0n) out += `${m}m`;
  if (s > 0n) out += `${decimal(s, NS_PER_S)}s`;
  return out;
}

/** `v / unit` as a decimal without trailing zeros: 1500n / 1000n → "1.5". */
function decimal(v: bigint, unit: bigint): string {
  const whole = v / unit;
  const rem = v % unit;
  if (rem === 0n) return String(whole);
  const digits = String(unit).length - 1;
  return `${whole}.${String(rem).padStart(digits, "0").replace(/0+$/, "")}`;
}
