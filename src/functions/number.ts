/**
 * Numeric functions of Packer 1.14's function table (FN-01): go-cty's
 * `abs`, `ceil`, `floor`, `log`, `max`, `min`, `parseint`, `pow`, `signum`
 * and Packer's own `sum`.
 *
 * cty keeps numbers as 512-bit big.Float values, and so do the functions
 * that work on them directly (abs, ceil, floor, max, min, parseint, sum):
 * they run on BigFloat here with Go's precision rules. `log` and `pow`
 * convert to float64 and call Go's `math` package, whose algorithms are
 * ported below bit for bit (including the amd64 assembly versions Go uses
 * on the machines Packer is mostly built for), because JavaScript's
 * Math.log/Math.pow/Math.exp may differ from Go's in the last place.
 *
 * go-cty 1.13.3 (Packer 1.14's version) only adds result refinements to
 * these functions compared with 1.12.1, which Plinth does not model.
 */
import { BigFloat } from "../cty/bigfloat.js";
import { ConversionError, convert } from "../cty/convert.js";
import * as num from "../cty/number.js";
import * as ops from "../cty/operations.js";
import { goQuote } from "../cty/quote.js";
import { DynamicPseudoType, NumberType, StringType } from "../cty/types.js";
import {
  NegativeInfinity,
  numberFloatVal,
  numberIntVal,
  numberVal,
  PositiveInfinity,
  unknownVal,
  type Value,
} from "../cty/value.js";
import { ArgError, Function, FunctionError, staticReturnType } from "./function.js";

// ---------------------------------------------------------------- gocty conversions

/** gocty's message when a number does not fit a Go `int` (64-bit). */
export const WHOLE_NUMBER_MESSAGE =
  "value must be a whole number, between -9223372036854775808 and 9223372036854775807";

/** The number as a Go int64, as gocty converts it: undefined unless exact and in range. */
export function toInt64(v: Value): bigint | undefined {
  const n = v.asNumber();
  if (typeof n === "number") return BigInt(n);
  const r = n.int64();
  return r.accuracy === 0 ? r.value : undefined;
}

/** `%f` of math.MaxFloat64, as gocty prints the float64 range. */
const MAX_FLOAT_TEXT = `${BigInt(Number.MAX_VALUE).toString()}.000000`;

/** The number as a Go float64 (gocty): a finite value beyond the float64 range is an error, not an infinity. */
function toFloat64(v: Value): number {
  const n = v.asNumber();
  if (typeof n === "number") return n;
  const f = n.float64();
  if (!Number.isFinite(f) && !n.isInf()) {
    throw new FunctionError(`value must be between -${MAX_FLOAT_TEXT} and ${MAX_FLOAT_TEXT} inclusive`);
  }
  return f;
}

/**
 * cty.NumberFloatVal. Go's big.Float panics on NaN and cty's function
 * machinery turns the panic into an error; Go appends a goroutine stack
 * trace to that message, which Plinth leaves out.
 */
function floatResult(x: number): Value {
  if (Number.isNaN(x)) throw new FunctionError("panic in function implementation: Float.SetFloat64(NaN)");
  return numberFloatVal(x);
}

// ---------------------------------------------------------------- Go's math package

const F64 = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  F64.setFloat64(0, x);
  return F64.getBigUint64(0);
}

function fromBits(b: bigint): number {
  F64.setBigUint64(0, BigInt.asUintN(64, b));
  return F64.getFloat64(0);
}

const SIGN_MASK = 1n << 63n;
const MANT_MASK = (1n << 52n) - 1n;
const POS_INF_BITS = 0x7ff0000000000000n;

/** Exactly rounded a×b+c, as the FMA instructions Go's amd64 `Exp` uses compute it. */
function fma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) return a * b + c;
  // A 53×53-bit product is exact in 106 bits; the sum is exact in a few thousand (the span of float64 exponents).
  const p = BigFloat.fromFloat64(a, 106).mul(BigFloat.fromFloat64(b, 106), 106);
  if (c === 0) return p.float64();
  return p.add(BigFloat.fromFloat64(c, 53), 4400).float64();
}

/** CVTSD2SL: round to nearest even into an int32; out of range gives the "integer indefinite" value. */
function cvtsd2sl(t: number): number {
  const f = Math.floor(t);
  const d = t - f;
  const r = d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
  return r < -2147483648 || r > 2147483647 ? -2147483648 : r;
}

const LN2U = 0.69314718055966295651160180568695068359375;
const LN2L = 0.28235290563031577122588448175013436025525412068e-12;
const LOG2E = 1.442695040888963407359924681001892;
const EXP_OVERFLOW = 7.09782712893384e2;
const EXP_C = [
  0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2, 8.3333333333333333333e-3, 1.3888888888888888889e-3,
  1.984126984126984127e-4, 2.4801587301587301587e-5,
] as const;

/** Go's math.Exp on amd64 with AVX+FMA (exp_amd64.s): Shibata's method, reduced argument, Taylor series. */
function goExp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > EXP_OVERFLOW) return Infinity;
  const k = cvtsd2sl(x * LOG2E);
  let r = fma(-k, LN2U, x);
  r = fma(-k, LN2L, r);
  r *= 0.0625;
  let p: number = EXP_C[8];
  for (const c of [EXP_C[7], EXP_C[6], EXP_C[5], EXP_C[4], EXP_C[3], EXP_C[0], EXP_C[1]]) p = fma(p, r, c);
  r *= p;
  for (let i = 0; i < 3; i++) r *= r + 2;
  r = fma(r, r + 2, 1);
  let e = k + 0x3ff;
  if (e <= 0) {
    if (e < -52) return 0;
    r *= 2 ** (e + 0x3fe - 1023);
    e = 1;
  } else if (e >= 0x7ff) {
    return Infinity;
  }
  return r * 2 ** (e - 1023);
}

const HSQRT2 = 7.07106781186547524401e-1;
const LN2HI = 6.9314718036912381649e-1;
const LN2LO = 1.90821492927058770002e-10;
const L1 = 6.66666666666673513e-1;
const L2 = 3.999999999940941908e-1;
const L3 = 2.857142874366239149e-1;
const L4 = 2.222219843214978396e-1;
const L5 = 1.818357216161805012e-1;
const L6 = 1.531383769920937332e-1;
const L7 = 1.479819860511658591e-1;

/** Go's math.Log on amd64 (log_amd64.s): FreeBSD's e_log.c, with the exponent taken straight from the bits. */
function goLog(x: number): number {
  const b = bitsOf(x);
  if ((b & ~SIGN_MASK) === 0n) return -Infinity;
  if ((b & SIGN_MASK) !== 0n) return NaN;
  if (b >= POS_INF_BITS) return x;
  let f1 = fromBits((b & MANT_MASK) | 0x3fe0000000000000n);
  let k = Number((b >> 52n) & 0x7ffn) - 0x3fe;
  if (!(HSQRT2 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  const t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * LN2HI - (hfsq - (s * (hfsq + R) + k * LN2LO) - f);
}

/** Go's math.Modf: integer and fractional parts with the sign of x. */
function modf(f: number): [number, number] {
  if (f < 1) {
    if (f < 0) {
      const [i, fr] = modf(-f);
      return [-i, -fr];
    }
    if (f === 0) return [f, f];
    return [0, f];
  }
  const x = bitsOf(f);
  const e = Number((x >> 52n) & 0x7ffn) - 1023;
  let ix = x;
  if (e < 52) ix &= ~((1n << BigInt(52 - e)) - 1n);
  const int = fromBits(ix);
  return [int, f - int];
}

const SMALLEST_NORMAL = 2.2250738585072014e-308;

/** Go's math.Frexp: x = frac × 2^exp with |frac| in [0.5, 1). */
function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  let exp = 0;
  if (Math.abs(f) < SMALLEST_NORMAL) {
    f *= 2 ** 52;
    exp = -52;
  }
  const x = bitsOf(f);
  exp += Number((x >> 52n) & 0x7ffn) - 1023 + 1;
  return [fromBits((x & ~(0x7ffn << 52n)) | (1022n << 52n)), exp];
}

/** Go's math.Ldexp: frac × 2^exp with Go's rounding into the subnormals. */
function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  if (Math.abs(frac) < SMALLEST_NORMAL) {
    frac *= 2 ** 52;
    exp -= 52;
  }
  const x = bitsOf(frac);
  exp += Number((x >> 52n) & 0x7ffn) - 1023;
  if (exp < -1075) return frac < 0 ? -0 : 0;
  if (exp > 1023) return frac < 0 ? -Infinity : Infinity;
  let m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 2 ** -53;
  }
  return m * fromBits((x & ~(0x7ffn << 52n)) | (BigInt(exp + 1023) << 52n));
}

function isOddInt(x: number): boolean {
  const [xi, xf] = modf(x);
  // Go converts to int64; beyond ±2^63 amd64 yields the (even) minimum int64.
  return xf === 0 && Math.abs(xi) < 2 ** 63 && BigInt(xi) % 2n !== 0n;
}

/** Go's math.Pow: special cases, then x^yf through Exp(yf·Log(x)) and x^yi by repeated squaring. */
function goPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    if (y < 0) return isOddInt(y) ? (Object.is(x, -0) ? -Infinity : Infinity) : Infinity;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === y > 0 ? 0 : Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x < 0) return goPow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);

  let [yi, yf] = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === y > 0 ? 0 : Infinity;
  }
  let a1 = 1;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = goExp(yf * goLog(x));
  }
  let [x1, xe] = frexp(x);
  for (let i = BigInt(yi); i !== 0n; i >>= 1n) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe;
      break;
    }
    if ((i & 1n) === 1n) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

// ---------------------------------------------------------------- functions

export const AbsoluteFunc = new Function({
  description:
    "If the given number is negative then returns its positive equivalent, or otherwise returns the given number unchanged.",
  params: [{ name: "num", type: NumberType, allowDynamicType: true, allowMarked: true }],
  type: staticReturnType(NumberType),
  impl: (args) => ops.absolute(args[0]!),
});

/** ceil and floor: Go truncates with big.Float.Int and steps by one when the truncation went the wrong way. */
function rounding(up: boolean): (args: readonly Value[]) => Value {
  return (args) => {
    const v = args[0]!;
    const f = v.asBigFloat();
    if (f.isInf()) return v;
    const t = f.int()!;
    let i = t.value;
    if (!t.exact) {
      // Int truncates toward zero: below a positive x, above a negative one.
      if (up && f.sign() > 0) i += 1n;
      if (!up && f.sign() < 0) i -= 1n;
    }
    // Go stores the integer back into the argument's big.Float, keeping its precision.
    const r = BigFloat.fromInt(i, f.prec);
    return numberVal(num.normalize(r), r.prec);
  };
}

export const CeilFunc = new Function({
  description: "Returns the smallest whole number that is greater than or equal to the given value.",
  params: [{ name: "num", type: NumberType }],
  type: staticReturnType(NumberType),
  impl: rounding(true),
});

export const FloorFunc = new Function({
  description: "Returns the greatest whole number that is less than or equal to the given value.",
  params: [{ name: "num", type: NumberType }],
  type: staticReturnType(NumberType),
  impl: rounding(false),
});

export const LogFunc = new Function({
  description: "Returns the logarithm of the given number in the given base.",
  params: [
    { name: "num", type: NumberType },
    { name: "base", type: NumberType },
  ],
  type: staticReturnType(NumberType),
  impl: (args) => {
    const x = toFloat64(args[0]!);
    const base = toFloat64(args[1]!);
    return floatResult(goLog(x) / goLog(base));
  },
});

export const PowFunc = new Function({
  description: "Returns the given number raised to the given power (exponentiation).",
  params: [
    { name: "num", type: NumberType },
    { name: "power", type: NumberType },
  ],
  type: staticReturnType(NumberType),
  impl: (args) => {
    const x = toFloat64(args[0]!);
    const y = toFloat64(args[1]!);
    return floatResult(goPow(x, y));
  },
});

export const SignumFunc = new Function({
  description:
    "Returns 0 if the given number is zero, 1 if the given number is positive, or -1 if the given number is negative.",
  params: [{ name: "num", type: NumberType }],
  type: staticReturnType(NumberType),
  impl: (args) => {
    // cty converts to a Go int first, so fractions and huge values are errors.
    const n = toInt64(args[0]!);
    if (n === undefined) throw new FunctionError(WHOLE_NUMBER_MESSAGE);
    return numberIntVal(n < 0n ? -1 : n > 0n ? 1 : 0);
  },
});

/** min and max: the first argument that beats the running extreme, starting from the opposite infinity. */
function extreme(start: Value, better: (a: Value, b: Value) => Value): (args: readonly Value[]) => Value {
  return (args) => {
    if (args.length === 0) throw new FunctionError("must pass at least one number");
    let best = start;
    for (const v of args) if (better(v, best).isTrue()) best = v;
    return best;
  };
}

export const MinFunc = new Function({
  description: "Returns the numerically smallest of all of the given numbers.",
  params: [],
  varParam: { name: "numbers", type: NumberType, allowDynamicType: true },
  type: staticReturnType(NumberType),
  impl: extreme(PositiveInfinity, ops.lessThan),
});

export const MaxFunc = new Function({
  description: "Returns the numerically greatest of all of the given numbers.",
  params: [],
  varParam: { name: "numbers", type: NumberType, allowDynamicType: true },
  type: staticReturnType(NumberType),
  impl: extreme(NegativeInfinity, ops.greaterThan),
});

/** The value of one digit in Go's big.Int.SetString for `base`, or undefined when it is not a digit there. */
function digitValue(c: number, base: number): number | undefined {
  let d: number;
  if (c >= 48 && c <= 57) d = c - 48;
  else if (c >= 97 && c <= 122) d = c - 97 + 10;
  else if (c >= 65 && c <= 90) d = base <= 36 ? c - 65 + 10 : c - 65 + 36;
  else return undefined;
  return d < base ? d : undefined;
}

/** Go's big.Int.SetString(s, base) for 2 ≤ base ≤ 62: an optional sign and at least one digit, nothing else. */
function parseBigInt(s: string, base: number): bigint | undefined {
  let i = 0;
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    i = 1;
  }
  if (i >= s.length) return undefined;
  const b = BigInt(base);
  let n = 0n;
  for (; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i), base);
    if (d === undefined) return undefined;
    n = n * b + BigInt(d);
  }
  return neg ? -n : n;
}

export const ParseIntFunc = new Function({
  description:
    "Parses the given string as a number of the given base, or raises an error if the string contains invalid characters.",
  params: [
    { name: "number", type: DynamicPseudoType },
    { name: "base", type: NumberType },
  ],
  type: (args) => {
    const t = args[0]!.type;
    if (!t.equals(StringType)) throw new ArgError(0, `first argument must be a string, not ${t.friendlyName()}`);
    return NumberType;
  },
  impl: (args) => {
    const s = args[0]!.asString();
    const base = toInt64(args[1]!);
    if (base === undefined) throw new ArgError(1, WHOLE_NUMBER_MESSAGE);
    if (base < 2n || base > 62n) throw new ArgError(1, "base must be a whole number between 2 and 62 inclusive");
    const n = parseBigInt(s, Number(base));
    if (n === undefined) throw new ArgError(0, `cannot parse ${goQuote(s)} as a base ${base} integer`);
    // big.Float.SetInt: precision max(64, bit length).
    const b = BigFloat.fromInt(n);
    return numberVal(num.normalize(b), b.prec);
  },
});

const NUMBERS_REQUIRED = "argument must be list, set, or tuple of number values";

/** Packer's `sum` (hcl2template/function/sum.go): adds the elements of a list, set or tuple in order. */
export const SumFunc = new Function({
  description: "Returns the total of the numbers in the given list, set or tuple.",
  params: [{ name: "list", type: DynamicPseudoType }],
  type: staticReturnType(NumberType),
  impl: (args) => {
    const list = args[0]!;
    const t = list.type;
    if (!ops.canIterateElements(t)) throw new ArgError(0, "cannot sum noniterable");
    if (list.lengthInt() === 0) throw new ArgError(0, "cannot sum an empty list");
    if (t.kind !== "list" && t.kind !== "set" && t.kind !== "tuple") {
      throw new ArgError(0, `argument must be list, set, or tuple. Received ${t.friendlyName()}`);
    }
    if (!list.isWhollyKnown()) return unknownVal(NumberType);
    let total: Value | undefined;
    for (const e of list.elements()) {
      if (e.isNull()) throw new ArgError(0, NUMBERS_REQUIRED);
      let n: Value;
      try {
        n = convert(e, NumberType);
      } catch (err) {
        if (err instanceof ConversionError) throw new ArgError(0, NUMBERS_REQUIRED);
        throw err;
      }
      if (total === undefined) total = n;
      else {
        try {
          total = ops.add(total, n);
        } catch (err) {
          if (err instanceof ops.NaNError) throw new FunctionError("can't compute sum of opposing infinities");
          throw err;
        }
      }
    }
    return total!;
  },
});

/** The numeric functions by their Packer names. */
export const numberFunctions: Readonly<Record<string, Function>> = {
  abs: AbsoluteFunc,
  ceil: CeilFunc,
  floor: FloorFunc,
  log: LogFunc,
  max: MaxFunc,
  min: MinFunc,
  parseint: ParseIntFunc,
  pow: PowFunc,
  signum: SignumFunc,
  sum: SumFunc,
};
