/**
 * cty numbers (CTY-12..16): Go's `big.Float` values with a precision, as
 * go-cty computes them. Two representations share one interface:
 *
 *  - the fast path: a JS number holding a safe integer (|n| ≤ 2^53), which
 *    a double represents exactly, together with the Go precision it carries;
 *  - the exact path: a `BigFloat` (512-bit binary floating point, ToNearestEven).
 *
 * Every operation first tries the fast path and keeps it only when the
 * result is provably what Go computes (an exact safe integer); otherwise it
 * runs Go's algorithm on BigFloats. Numbers therefore print digit for digit
 * as HCL prints them (`11 % 5.1` gives 0.8000…00024, `1 / 10` gives 0.1).
 */
import { BigFloat, BigFloatNaNError } from "./bigfloat.js";

/** A number payload: a safe integer (fast) or a BigFloat (exact). */
export type NumberRep = number | BigFloat;

/** Precision cty gives numbers parsed from text: 512 bits. */
export const PARSE_PREC = 512;
/** Precision of Go's `SetInt64` (cty `NumberIntVal`). */
export const INT_PREC = 64;
/** Precision of Go's `SetFloat64` (cty `NumberFloatVal`). */
export const FLOAT_PREC = 53;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

let fastPath = true;

/**
 * Turns the fast path off (every number becomes a BigFloat) or back on. Only
 * for benchmarks that measure what the fast path saves; results are the same
 * either way.
 */
export function setFastNumberPath(on: boolean): void {
  fastPath = on;
}

export function fastNumberPath(): boolean {
  return fastPath;
}

export function isFast(n: NumberRep): n is number {
  return typeof n === "number";
}

function fastOk(n: number): boolean {
  return fastPath && Number.isInteger(n) && n >= -MAX_SAFE && n <= MAX_SAFE;
}

/** The exact BigFloat for a payload at precision `prec` (fast values are exact at any prec ≥ 53). */
export function toBig(n: NumberRep, prec: number): BigFloat {
  if (typeof n !== "number") return n;
  // BigInt has no negative zero; Go's big.Float does.
  if (n === 0) return BigFloat.zero(Object.is(n, -0), prec);
  return BigFloat.fromInt(BigInt(n), prec);
}

/** Brings a BigFloat result back to the fast form when it is a safe integer. */
export function normalize(b: BigFloat): NumberRep {
  if (!fastPath || b.isInf() || !b.isInt()) return b;
  const i = b.int();
  if (i === undefined || !i.exact) return b;
  if (i.value > BigInt(MAX_SAFE) || i.value < -BigInt(MAX_SAFE)) return b;
  const n = Number(i.value);
  // Go keeps the sign of zero; -0 survives as a JS -0.
  return n === 0 && b.signbit() ? -0 : n;
}

/** A computed number: payload plus the Go precision of the result. */
export interface NumberResult {
  n: NumberRep;
  prec: number;
}

/** Parses decimal text as cty.ParseNumberVal does (CTY-14); undefined when Go rejects it. */
export function parseNumber(text: string): NumberResult | undefined {
  // Plain integers up to 15 digits convert exactly; everything else goes through Go's parser.
  if (fastPath && text.length <= 15 && /^[+-]?[0-9]+$/.test(text)) {
    const n = Number(text);
    return { n: n === 0 && text.startsWith("-") ? -0 : n, prec: PARSE_PREC };
  }
  const b = BigFloat.parse(text, PARSE_PREC);
  if (b === undefined) return undefined;
  return { n: normalize(b), prec: b.prec };
}

/** The number as HCL prints it: shortest round-tripping decimal, never an exponent (CTY-13). */
export function numberText(n: NumberRep, prec: number): string {
  if (typeof n === "number") return Object.is(n, -0) ? "-0" : String(n);
  return toBig(n, prec).text("f", -1);
}

/** Go's `%g` with 10 significant digits (`big.Float.String`), used in set ordering and diagnostics. */
export function numberShortText(n: NumberRep, prec: number): string {
  return toBig(n, prec).toString();
}

export function add(a: NumberRep, ap: number, b: NumberRep, bp: number): NumberResult {
  const prec = Math.max(ap, bp);
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (fastOk(r)) return { n: r, prec };
  }
  const r = toBig(a, ap).add(toBig(b, bp));
  return { n: normalize(r), prec: r.prec };
}

export function negate(a: NumberRep, ap: number): NumberResult {
  if (typeof a === "number") return { n: -a, prec: ap };
  return { n: a.neg(), prec: ap };
}

export function subtract(a: NumberRep, ap: number, b: NumberRep, bp: number): NumberResult {
  // cty: a + (-b)
  const nb = negate(b, bp);
  return add(a, ap, nb.n, nb.prec);
}

export function multiply(a: NumberRep, ap: number, b: NumberRep, bp: number): NumberResult {
  let resPrec = Math.max(ap, bp);
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // An exact safe-integer product needs at most 53 bits, so Go's rounding to 512 then to max(prec, minPrec) keeps it.
    // Every precision cty uses is at least 53, which holds any safe integer; only a smaller one needs the exact minimum.
    if (fastOk(r)) return { n: r, prec: resPrec >= 53 ? resPrec : Math.max(resPrec, minPrecOfInt(r)) };
  }
  // cty Multiply: compute at 512 bits, then keep max(operand precision, minimum exact precision).
  const full = toBig(a, ap).mul(toBig(b, bp), 512);
  const minPrec = full.minPrec();
  if (minPrec > resPrec) resPrec = minPrec;
  const r = full.setPrec(resPrec);
  return { n: normalize(r), prec: r.prec };
}

function minPrecOfInt(n: number): number {
  if (n === 0) return 0;
  let x = Math.abs(n);
  while (x % 2 === 0) x /= 2;
  return Math.floor(Math.log2(x)) + 1;
}

/** Division; the caller rules out 0/0 and ∞/∞ (Go panics there; HCL reports an error, EXP-04). */
export function divide(a: NumberRep, ap: number, b: NumberRep, bp: number): NumberResult {
  const prec = Math.max(ap, bp);
  if (fastPath && typeof a === "number" && typeof b === "number" && b !== 0) {
    const r = a / b;
    if (fastOk(r) && r * b === a) return { n: r, prec };
    // Dividing a safe integer by a power of two only moves the binary point, so
    // the double quotient is exact, and so is Go's 512-bit one: the same number.
    if (isPowerOfTwo(Math.abs(b)) && r !== 0) return { n: BigFloat.fromFloat64(r, prec), prec };
  }
  const r = toBig(a, ap).quo(toBig(b, bp));
  return { n: normalize(r), prec: r.prec };
}

function isPowerOfTwo(x: number): boolean {
  return x >= 1 && Number.isSafeInteger(x) && 2 ** Math.floor(Math.log2(x)) === x;
}

/** An infinite dividend has no remainder (go-cty crashes with a nil pointer here). */
export class InfiniteDividendError extends Error {}

/**
 * cty Modulo: truncating remainder; x % 0 = x (EXP-04). A finite x % ±∞
 * fails as in Go (0 × ∞ inside the algorithm); ±∞ % x fails too, where Go
 * panics with a nil pointer.
 */
export function modulo(a: NumberRep, ap: number, b: NumberRep, bp: number): NumberResult {
  if (isZero(b)) return { n: a, prec: ap };
  if (isInfinite(a)) throw new InfiniteDividendError("can't use modulo with an infinite dividend");
  if (isInfinite(b)) throw new BigFloatNaNError("multiplication of zero with infinity");
  if (fastPath && typeof a === "number" && typeof b === "number") {
    let r = a % b;
    // Go computes a - trunc(a/b)*b; a non-zero dividend with an exact zero result gives +0.
    if (r === 0 && a !== 0) r = 0;
    return { n: r, prec: ap };
  }
  // rat = a / b; work = trunc(rat) at a's precision; work = b * work; work = a - work.
  const rat = divide(a, ap, b, bp);
  const ratBig = toBig(rat.n, rat.prec);
  const truncated = ratBig.int();
  const aBig = toBig(a, ap);
  let work = BigFloat.fromInt(truncated === undefined ? 0n : truncated.value, aBig.prec);
  work = toBig(b, bp).mul(work, work.prec);
  const r = aBig.sub(work, aBig.prec);
  return { n: normalize(r), prec: r.prec };
}

export function absolute(a: NumberRep, ap: number): NumberResult {
  if (typeof a === "number") return { n: Math.abs(a), prec: ap };
  return { n: a.abs(), prec: ap };
}

export function compare(a: NumberRep, ap: number, b: NumberRep, bp: number): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  return toBig(a, ap).cmp(toBig(b, bp));
}

export function isZero(a: NumberRep): boolean {
  return typeof a === "number" ? a === 0 : a.isZero();
}

export function isInfinite(a: NumberRep): boolean {
  return typeof a === "number" ? false : a.isInf();
}

export function isInteger(a: NumberRep): boolean {
  return typeof a === "number" ? true : !a.isInf() && a.isInt();
}

export function sign(a: NumberRep): number {
  return typeof a === "number" ? Math.sign(a) || 0 : a.sign();
}

/** The value as a JS number, rounded as Go's `Float64()` rounds. */
export function toFloat64(a: NumberRep, prec: number): number {
  return typeof a === "number" ? a : toBig(a, prec).float64();
}

/** The integer value if the number is a whole number that fits in a safe integer, else undefined. */
export function toSafeInteger(a: NumberRep): number | undefined {
  if (typeof a === "number") return a;
  const n = normalize(a);
  return typeof n === "number" ? n : undefined;
}

export const POSITIVE_INFINITY: BigFloat = BigFloat.inf(false);
export const NEGATIVE_INFINITY: BigFloat = BigFloat.inf(true);
