/**
 * Arbitrary-precision binary floating point that reproduces Go's `math/big.Float`
 * (Go 1.19) bit for bit, for rounding mode ToNearestEven only.
 *
 * go-cty stores every HCL number as a `*big.Float`: literals and strings are
 * parsed at 512 bits, arithmetic follows big.Float's precision rules and numbers
 * print through `Text('f', -1)`. To match HCL's results exactly (see
 * hcl-notes §3.2, CTY-12..CTY-14) we mirror big.Float's algorithms, including
 * the places where they are not "correctly rounded" (decimal parsing applies
 * 5**n computed at a finite precision; shortest printing uses Go's digit walk).
 *
 * Values are immutable. A finite value is `±mant × 2^(exp − mbits)` where `mant`
 * is an odd positive bigint of `mbits` bits; `exp` is Go's exponent (the value
 * is `0.mant × 2^exp` with the binary point before the mantissa's top bit).
 * Keeping the mantissa odd gives every value one representation, which makes
 * MinPrec, IsInt and decimal conversion cheap.
 *
 * This module imports nothing so that it runs unchanged in browsers.
 */

/** Go's `big.MaxExp`: exponents above overflow to ±Inf. */
const MAX_EXP = 2147483647;
/** Go's `big.MinExp`: exponents below underflow to ±0. */
const MIN_EXP = -2147483648;
/** Go's `big.MaxPrec`: larger precisions are clamped to it. */
const MAX_PREC = 4294967295;
/** log10(2), for estimating decimal exponents from binary ones. */
const LOG10_2 = 0.3010299956639812;

type Form = 0 | 1 | 2;
const ZERO: Form = 0;
const FINITE: Form = 1;
const INF: Form = 2;

/** Go's `big.Accuracy`: -1 Below, 0 Exact, +1 Above (the result relative to the exact value). */
export type Accuracy = -1 | 0 | 1;

/** Formats accepted by {@link BigFloat.text}, as Go's `Float.Text` (`p`: hex mantissa, binary exponent). */
export type BigFloatFormat = "f" | "e" | "g" | "E" | "G" | "p";

/**
 * Thrown where Go's big.Float panics with `ErrNaN`: Inf − Inf, 0 × Inf, 0 / 0,
 * Inf / Inf and SetFloat64(NaN). The message is Go's.
 */
export class BigFloatNaNError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BigFloatNaNError";
  }
}

// ---------------------------------------------------------------------------
// bigint helpers

/** Scratch space to read a double's bits (DataView: explicit endianness). */
const scratch = new DataView(new ArrayBuffer(8));

/** Bit length of m > 0 (Go's nat.bitLen); uses the double conversion, which is O(1). */
function bitLen(m: bigint): number {
  const x = Number(m);
  if (x < 4503599627370496) {
    // below 2^52: the conversion is exact
    return x < 4294967296 ? 32 - Math.clz32(x) : 64 - Math.clz32(Math.floor(x / 4294967296));
  }
  if (x === Infinity) {
    const hex = m.toString(16);
    return (hex.length - 1) * 4 + 32 - Math.clz32(parseInt(hex[0]!, 16));
  }
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const len = (hi >>> 20) - 1022;
  // Number(m) rounds to nearest: a mantissa of all ones may have rounded up to 2^len.
  if ((hi & 0xfffff) === 0 && scratch.getUint32(4) === 0 && m >> BigInt(len - 1) === 0n) return len - 1;
  return len;
}

/** Number of trailing zero bits of m > 0 (Go's nat.trailingZeroBits). */
function trailingZeros(m: bigint): number {
  const low = Number(m & 0xffffffffn);
  if (low !== 0) return 31 - Math.clz32(low & -low);
  return bitLen(m & -m) - 1;
}

const pow5Cache = new Map<number, bigint>();

/** 5^k as a bigint, cached (decimal conversion uses the same few powers again and again). */
function pow5(k: number): bigint {
  let p = pow5Cache.get(k);
  if (p === undefined) {
    if (pow5Cache.size > 1024) pow5Cache.clear();
    p = 5n ** BigInt(k);
    pow5Cache.set(k, p);
  }
  return p;
}

/** 2^k as an exact double, for k in [-1074, 1023] (built from its bits, not Math.pow). */
function pow2(k: number): number {
  if (k >= -1022) {
    scratch.setUint32(0, (k + 1023) << 20);
    scratch.setUint32(4, 0);
  } else if (k >= -1042) {
    scratch.setUint32(0, 1 << (k + 1042));
    scratch.setUint32(4, 0);
  } else {
    scratch.setUint32(0, 0);
    scratch.setUint32(4, 2 ** (k + 1074));
  }
  return scratch.getFloat64(0);
}

function checkPrec(prec: number): number {
  if (!Number.isInteger(prec) || prec < 0) throw new RangeError(`invalid BigFloat precision ${prec}`);
  return Math.min(prec, MAX_PREC);
}

// ---------------------------------------------------------------------------
// BigFloat

/**
 * An immutable arbitrary-precision binary floating-point number with Go's
 * `big.Float` semantics: a form (zero, finite, infinite), a sign (so −0
 * exists), a mantissa and exponent, and a precision in bits. Precision 0 means
 * "not set yet": an operation whose result precision is not given uses the
 * larger operand precision, as Go does for a fresh `new(big.Float)` receiver.
 * All rounding is ToNearestEven.
 */
export class BigFloat {
  /** Mantissa precision in bits (Go's `Prec()`); 0 only for zeros and infinities that never had one. */
  readonly prec: number;
  /** @internal Zero, finite or infinite. */
  readonly form: Form;
  /** @internal The sign (true also for −0 and −Inf). */
  readonly negative: boolean;
  /** @internal Odd mantissa magnitude for finite values, 0n otherwise. */
  readonly mant: bigint;
  /** @internal Bit length of `mant` (0 unless finite). */
  readonly mbits: number;
  /** @internal Go's exponent: |x| = 0.mant × 2^exp (0 unless finite). */
  readonly exp: number;

  private constructor(form: Form, negative: boolean, mant: bigint, mbits: number, exp: number, prec: number) {
    this.form = form;
    this.negative = negative;
    this.mant = mant;
    this.mbits = mbits;
    this.exp = exp;
    this.prec = prec;
  }

  // -------------------------------------------------------------------------
  // construction

  /** ±0 with the given precision in bits (default 0, like Go's `new(big.Float)`). */
  static zero(negative = false, prec = 0): BigFloat {
    return new BigFloat(ZERO, negative, 0n, 0, 0, checkPrec(prec));
  }

  /**
   * ±Inf (Go's `SetInf`) with the given precision in bits. The default 0 matches
   * go-cty's `cty.PositiveInfinity` (`(&big.Float{}).SetInf(false)`).
   */
  static inf(negative: boolean, prec = 0): BigFloat {
    return new BigFloat(INF, negative, 0n, 0, 0, checkPrec(prec));
  }

  /**
   * The integer n, rounded to `prec` bits. Mirrors Go's precision rules when
   * prec is 0 (the default): a `number` (which must be a safe integer) acts like
   * `SetInt64` and gets 64 bits; a `bigint` acts like `SetInt` and gets
   * max(64, bit length of n).
   */
  static fromInt(n: bigint | number, prec = 0): BigFloat {
    let p = checkPrec(prec);
    let v: bigint;
    if (typeof n === "number") {
      if (!Number.isSafeInteger(n)) throw new RangeError(`BigFloat.fromInt: ${n} is not a safe integer; pass a bigint`);
      v = BigInt(n);
      if (p === 0) p = 64;
    } else {
      v = n;
    }
    const neg = v < 0n;
    const abs = neg ? -v : v;
    if (abs === 0n) return new BigFloat(ZERO, neg, 0n, 0, 0, p === 0 ? 64 : p);
    const bits = bitLen(abs);
    if (p === 0) p = Math.max(bits, 64);
    return rounded(neg, abs, bits, bits, false, p);
  }

  /**
   * The double x, rounded to `prec` bits (default 0 → 53, as Go's `SetFloat64`).
   * Keeps −0 and ±Infinity; NaN throws {@link BigFloatNaNError} as Go panics.
   */
  static fromFloat64(x: number, prec = 0): BigFloat {
    let p = checkPrec(prec);
    if (p === 0) p = 53;
    if (Number.isNaN(x)) throw new BigFloatNaNError("Float.SetFloat64(NaN)");
    const neg = x < 0 || Object.is(x, -0);
    if (x === 0) return new BigFloat(ZERO, neg, 0n, 0, 0, p);
    if (!Number.isFinite(x)) return new BigFloat(INF, neg, 0n, 0, 0, p);
    scratch.setFloat64(0, x);
    const hi = scratch.getUint32(0);
    const biased = (hi >>> 20) & 0x7ff;
    let frac = (hi & 0xfffff) * 4294967296 + scratch.getUint32(4);
    let lsb = -1074; // exponent of the mantissa's last bit for subnormals
    if (biased !== 0) {
      frac += 4503599627370496; // implicit leading 1 (2^52)
      lsb = biased - 1075;
    }
    const m = BigInt(frac);
    const bits = bitLen(m);
    return rounded(neg, m, bits, lsb + bits, false, p);
  }

  /**
   * Go's `big.ParseFloat(s, 10, prec, big.ToNearestEven)`; `undefined` where Go
   * returns an error. Accepts an optional sign, decimal digits with at most one
   * "." (".5" and "5." are fine), an optional exponent "e"/"E" (decimal) or
   * "p"/"P" (binary) with optional sign, and "Inf"/"inf" with optional sign.
   * No spaces, underscores or base prefixes. `prec` is in bits (default 512, as
   * go-cty; 0 means 64 for finite results, as Go).
   */
  static parse(s: string, prec = 512): BigFloat | undefined {
    const p = checkPrec(prec);
    const n = s.length;
    if (n === 3 || n === 4) {
      // Float.Parse recognises exactly these spellings of infinity
      const body = n === 4 ? s.slice(1) : s;
      const c0 = s.charCodeAt(0);
      if ((body === "Inf" || body === "inf") && (n === 3 || c0 === 43 || c0 === 45)) {
        return new BigFloat(INF, n === 4 && c0 === 45, 0n, 0, 0, p);
      }
    }
    return scanDecimal(s, p === 0 ? 64 : p);
  }

  // -------------------------------------------------------------------------
  // queries

  /** -1, 0 or +1 for x < 0, x = ±0, x > 0 (Go's `Sign`). */
  sign(): -1 | 0 | 1 {
    if (this.form === ZERO) return 0;
    return this.negative ? -1 : 1;
  }

  /** True for negative values including −0 and −Inf (Go's `Signbit`). */
  signbit(): boolean {
    return this.negative;
  }

  /** True for ±Inf. */
  isInf(): boolean {
    return this.form === INF;
  }

  /** True for ±0. */
  isZero(): boolean {
    return this.form === ZERO;
  }

  /** True if x is an integer (±0 is, ±Inf is not), as Go's `IsInt`. */
  isInt(): boolean {
    if (this.form !== FINITE) return this.form === ZERO;
    if (this.exp <= 0) return false;
    return this.prec <= this.exp || this.mbits <= this.exp;
  }

  /** Smallest precision in bits that represents x exactly; 0 for ±0 and ±Inf (Go's `MinPrec`). */
  minPrec(): number {
    return this.form === FINITE ? this.mbits : 0;
  }

  /** Compares values: -1, 0 or +1; −0 equals +0 and each infinity equals itself (Go's `Cmp`). */
  cmp(y: BigFloat): -1 | 0 | 1 {
    const mx = this.ord();
    const my = y.ord();
    if (mx < my) return -1;
    if (mx > my) return 1;
    if (mx === 1) return ucmp(this, y);
    if (mx === -1) return ucmp(y, this);
    return 0;
  }

  /** -2 for −Inf, -1 for negative finite, 0 for ±0, 1 for positive finite, 2 for +Inf (Go's `ord`). */
  private ord(): number {
    if (this.form === ZERO) return 0;
    const m = this.form === FINITE ? 1 : 2;
    return this.negative ? -m : m;
  }

  // -------------------------------------------------------------------------
  // unary operations

  /** −x with the same precision (Go's `Neg`; flips the sign of zeros and infinities too). */
  neg(): BigFloat {
    return new BigFloat(this.form, !this.negative, this.mant, this.mbits, this.exp, this.prec);
  }

  /** |x| with the same precision (Go's `Abs`). */
  abs(): BigFloat {
    return this.negative ? this.neg() : this;
  }

  /**
   * x with precision `prec` bits, rounding if it shrinks (Go's `SetPrec`).
   * Precision 0 maps finite values to ±0; infinities stay infinite.
   */
  setPrec(prec: number): BigFloat {
    const p = checkPrec(prec);
    if (p === 0 && this.form === FINITE) return new BigFloat(ZERO, this.negative, 0n, 0, 0, 0);
    if (this.form !== FINITE || this.mbits <= p) return this.withPrec(p);
    return rounded(this.negative, this.mant, this.mbits, this.exp, false, p);
  }

  private withPrec(prec: number): BigFloat {
    return prec === this.prec ? this : new BigFloat(this.form, this.negative, this.mant, this.mbits, this.exp, prec);
  }

  /** Go's `z.Set(x)` for a receiver whose precision is already `prec`: rounds when needed. */
  private setTo(prec: number): BigFloat {
    if (prec === 0) return this;
    if (this.form !== FINITE || this.mbits <= prec) return this.withPrec(prec);
    return rounded(this.negative, this.mant, this.mbits, this.exp, false, prec);
  }

  // -------------------------------------------------------------------------
  // arithmetic

  /**
   * x + y rounded to `prec` bits (default 0: the larger operand precision, as a
   * fresh Go receiver). +Inf + −Inf throws {@link BigFloatNaNError}. Mirrors
   * big.Float.Add, including the sign of zero results (−0 + −0 = −0, x − x = +0).
   */
  add(y: BigFloat, prec = 0): BigFloat {
    const p = resultPrec(this, y, prec);
    if (this.form === FINITE && y.form === FINITE) {
      if (this.negative === y.negative) return uadd(this, y, this.negative, p);
      return this.signedDiff(y, p);
    }
    if (this.form === INF && y.form === INF && this.negative !== y.negative) {
      throw new BigFloatNaNError("addition of infinities with opposite signs");
    }
    if (this.form === ZERO && y.form === ZERO) return new BigFloat(ZERO, this.negative && y.negative, 0n, 0, 0, p);
    if (this.form === INF || y.form === ZERO) return this.setTo(p);
    return y.setTo(p);
  }

  /**
   * x − y rounded to `prec` bits (default: the larger operand precision).
   * +Inf − +Inf throws {@link BigFloatNaNError}. Mirrors big.Float.Sub.
   */
  sub(y: BigFloat, prec = 0): BigFloat {
    const p = resultPrec(this, y, prec);
    if (this.form === FINITE && y.form === FINITE) {
      if (this.negative !== y.negative) return uadd(this, y, this.negative, p);
      return this.signedDiff(y, p);
    }
    if (this.form === INF && y.form === INF && this.negative === y.negative) {
      throw new BigFloatNaNError("subtraction of infinities with equal signs");
    }
    if (this.form === ZERO && y.form === ZERO) return new BigFloat(ZERO, this.negative && !y.negative, 0n, 0, 0, p);
    if (this.form === INF || y.form === ZERO) return this.setTo(p);
    return y.setTo(p).neg();
  }

  /** |x| − |y| carrying x's sign, or −(|y| − |x|): the shared tail of Go's Add and Sub. */
  private signedDiff(y: BigFloat, prec: number): BigFloat {
    if (ucmp(this, y) > 0) return usub(this, y, this.negative, prec);
    return usub(y, this, !this.negative, prec);
  }

  /**
   * x × y rounded to `prec` bits (default: the larger operand precision).
   * 0 × Inf throws {@link BigFloatNaNError}. Mirrors big.Float.Mul.
   */
  mul(y: BigFloat, prec = 0): BigFloat {
    const p = resultPrec(this, y, prec);
    const neg = this.negative !== y.negative;
    if (this.form === FINITE && y.form === FINITE) {
      const m = this.mant * y.mant;
      let bits = this.mbits + y.mbits;
      if (m >> BigInt(bits - 1) === 0n) bits--;
      // 0.mx × 0.my lies in [1/4, 1): the exponent is the sum, less one if the top bit is clear
      const exp = this.exp + y.exp - (this.mbits + y.mbits - bits);
      return rounded(neg, m, bits, exp, false, p);
    }
    if ((this.form === ZERO && y.form === INF) || (this.form === INF && y.form === ZERO)) {
      throw new BigFloatNaNError("multiplication of zero with infinity");
    }
    if (this.form === INF || y.form === INF) return new BigFloat(INF, neg, 0n, 0, 0, p);
    return new BigFloat(ZERO, neg, 0n, 0, 0, p);
  }

  /**
   * x / y rounded to `prec` bits (default: the larger operand precision).
   * x / ±0 is ±Inf; 0 / 0 and Inf / Inf throw {@link BigFloatNaNError}.
   * Mirrors big.Float.Quo, whose quotient is correctly rounded (it keeps a
   * sticky bit for a non-zero remainder).
   */
  quo(y: BigFloat, prec = 0): BigFloat {
    const p = resultPrec(this, y, prec);
    const neg = this.negative !== y.negative;
    if (this.form === FINITE && y.form === FINITE) return uquo(this, y, neg, p);
    if ((this.form === ZERO && y.form === ZERO) || (this.form === INF && y.form === INF)) {
      throw new BigFloatNaNError("division of zero by zero or infinity by infinity");
    }
    if (this.form === ZERO || y.form === INF) return new BigFloat(ZERO, neg, 0n, 0, 0, p);
    return new BigFloat(INF, neg, 0n, 0, 0, p);
  }

  // -------------------------------------------------------------------------
  // conversions

  /**
   * x truncated toward zero (Go's `Int`); `exact` is false when a fraction was
   * dropped. `undefined` for ±Inf.
   */
  int(): { value: bigint; exact: boolean } | undefined {
    if (this.form === INF) return undefined;
    if (this.form === ZERO) return { value: 0n, exact: true };
    if (this.exp <= 0) return { value: 0n, exact: false };
    const shift = this.exp - this.mbits;
    const abs = shift >= 0 ? this.mant << BigInt(shift) : this.mant >> BigInt(-shift);
    return { value: this.negative ? -abs : abs, exact: shift >= 0 };
  }

  /**
   * x truncated toward zero and clamped to the int64 range (Go's `Int64`), with
   * the accuracy of the result: 0 exact, -1 below x, +1 above x.
   */
  int64(): { value: bigint; accuracy: Accuracy } {
    const MIN = -9223372036854775808n;
    const MAX = 9223372036854775807n;
    if (this.form === ZERO) return { value: 0n, accuracy: 0 };
    if (this.form === INF) return this.negative ? { value: MIN, accuracy: 1 } : { value: MAX, accuracy: -1 };
    const inexact: Accuracy = this.negative ? 1 : -1;
    if (this.exp <= 0) return { value: 0n, accuracy: inexact };
    if (this.exp <= 63) {
      const t = this.int()!;
      return { value: t.value, accuracy: t.exact ? 0 : inexact };
    }
    if (this.negative) return { value: MIN, accuracy: this.exp === 64 && this.mbits === 1 ? 0 : inexact };
    return { value: MAX, accuracy: -1 };
  }

  /**
   * The nearest double (Go's `Float64`, ToNearestEven): overflows to ±Infinity,
   * underflows through the subnormals to ±0, keeps −0.
   */
  float64(): number {
    if (this.form === ZERO) return this.negative ? -0 : 0;
    if (this.form === INF) return this.negative ? -Infinity : Infinity;
    let e = this.exp - 1; // exponent for a mantissa in [1, 2)
    let p = 53;
    if (e < -1022) {
      // subnormal: fewer mantissa bits are available
      p = 1075 + e;
      if (p < 0 || (p === 0 && this.mbits === 1)) return this.negative ? -0 : 0;
      if (p === 0) return this.negative ? -5e-324 : 5e-324;
    }
    const r = rounded(this.negative, this.mant, this.mbits, this.exp, false, p);
    e = r.exp - 1;
    if (r.form === INF || e > 1023) return this.negative ? -Infinity : Infinity;
    // r.mant has at most 53 bits and r is a representable double, so this product is exact
    const v = Number(r.mant) * pow2(r.exp - r.mbits);
    return this.negative ? -v : v;
  }

  /** Go's `String()`: `Text('g', 10)`. */
  toString(): string {
    return this.text("g", 10);
  }

  /**
   * Go's `Float.Text(format, precision)`. For "e"/"E"/"f" the precision is the
   * number of digits after the point, for "g"/"G" the number of significant
   * digits; a negative precision selects the fewest digits that identify x
   * uniquely at x's own precision (HCL prints numbers with `text("f", -1)`,
   * which never uses exponent notation). "p" is Go's exact hexadecimal form
   * `0x.<mantissa>p<exponent>` and ignores the precision. Infinities print as
   * "+Inf" and "-Inf".
   */
  text(format: BigFloatFormat, precision: number): string {
    const sign = this.negative ? "-" : "";
    if (this.form === INF) return this.negative ? "-Inf" : "+Inf";
    if (format === "p") return sign + this.fmtP();
    if (format !== "f" && format !== "e" && format !== "E" && format !== "g" && format !== "G") {
      return "%" + String(format);
    }
    if (!Number.isInteger(precision)) throw new RangeError(`invalid BigFloat.text precision ${precision}`);
    return sign + formatDecimal(this, format, precision);
  }

  /** Go's fmtP: "0x." hex mantissa (first digit ≥ 8, no trailing zeros) "p" exponent. */
  private fmtP(): string {
    if (this.form === ZERO) return "0";
    const m = this.mant << BigInt((4 - (this.mbits % 4)) % 4);
    return "0x." + m.toString(16) + "p" + (this.exp >= 0 ? "+" : "") + String(this.exp);
  }

  // -------------------------------------------------------------------------
  // internals shared with the module-level helpers

  /** @internal A finite value from raw parts, without rounding (Go code sometimes keeps extra bits). */
  static finiteRaw(neg: boolean, mant: bigint, mbits: number, exp: number, prec: number): BigFloat {
    return new BigFloat(FINITE, neg, mant, mbits, exp, prec);
  }

  /** @internal */
  static special(form: Form, neg: boolean, prec: number): BigFloat {
    return new BigFloat(form, neg, 0n, 0, 0, prec);
  }
}

// ---------------------------------------------------------------------------
// rounding and the unsigned operations (big.Float's round, uadd, usub, uquo, ucmp)

/** The fields the helpers read; a BigFloat is one, and so is a stand-in operand. */
interface Parts {
  readonly form: Form;
  readonly negative: boolean;
  readonly mant: bigint;
  readonly mbits: number;
  readonly exp: number;
}

function resultPrec(x: BigFloat, y: BigFloat, prec: number): number {
  const p = checkPrec(prec);
  return p !== 0 ? p : Math.max(x.prec, y.prec);
}

/**
 * Mirrors big.Float.setExpAndRound + round: ±m × 2^(exp − bits) rounded to
 * `prec` bits, ToNearestEven; `sticky` says non-zero bits were already dropped
 * below m. The exponent range is checked before rounding (underflow → ±0,
 * overflow → ±Inf), and a rounding carry at MaxExp overflows.
 */
function rounded(neg: boolean, m: bigint, bits: number, exp: number, sticky: boolean, prec: number): BigFloat {
  if (exp < MIN_EXP) return BigFloat.special(ZERO, neg, prec);
  if (exp > MAX_EXP) return BigFloat.special(INF, neg, prec);
  if (bits > prec) {
    const drop = bits - prec;
    let q = m >> BigInt(drop);
    if (roundsUp(m, drop, sticky, q)) {
      q += 1n;
      if (q === powerOfTwo(prec)) {
        // mantissa overflow: 1.000… at the next exponent
        if (exp >= MAX_EXP) return BigFloat.special(INF, neg, prec);
        return BigFloat.finiteRaw(neg, 1n, 1, exp + 1, prec);
      }
    }
    m = q;
    bits = prec;
  }
  if ((m & 1n) === 0n) {
    const tz = trailingZeros(m);
    m >>= BigInt(tz);
    bits -= tz;
  }
  return BigFloat.finiteRaw(neg, m, bits, exp, prec);
}

/**
 * ToNearestEven decision when the low `drop` bits of m are cut off, leaving q:
 * up if they exceed half an ulp, or equal it (and nothing non-zero was dropped
 * before, see `sticky`) with q odd. Small cuts use doubles to avoid bigint work.
 */
function roundsUp(m: bigint, drop: number, sticky: boolean, q: bigint): boolean {
  if (drop <= 52) {
    const low = Number(BigInt.asUintN(drop, m));
    const half = 2 ** (drop - 1);
    return low > half || (low === half && (sticky || (q & 1n) === 1n));
  }
  const low = BigInt.asUintN(drop, m);
  const half = 1n << BigInt(drop - 1);
  return low > half || (low === half && (sticky || (q & 1n) === 1n));
}

let lastPowPrec = 0;
let lastPow = 1n;

/** 2^prec, remembering the last one (nearly every rounding uses the same precision). */
function powerOfTwo(prec: number): bigint {
  if (prec !== lastPowPrec) {
    lastPow = 1n << BigInt(prec);
    lastPowPrec = prec;
  }
  return lastPow;
}

/** Compares |x| and |y| for finite x, y (Go's ucmp). */
function ucmp(x: BigFloat, y: BigFloat): -1 | 0 | 1 {
  const a = x;
  const b = y;
  if (a.exp !== b.exp) return a.exp < b.exp ? -1 : 1;
  // same exponent: compare the mantissas aligned at their top bits
  let ma = a.mant;
  let mb = b.mant;
  if (a.mbits < b.mbits) ma <<= BigInt(b.mbits - a.mbits);
  else if (b.mbits < a.mbits) mb <<= BigInt(a.mbits - b.mbits);
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

/**
 * When the smaller operand lies entirely below the result's rounding bit (and
 * below the larger operand's last bit), only its sign matters for rounding:
 * replace it by a single bit just below that position so that huge exponent
 * gaps do not create huge shifted mantissas. Returns `lo` unchanged otherwise.
 */
function stickyStandIn(hi: Parts, lo: Parts, prec: number): Parts {
  const hiLsb = hi.exp - hi.mbits;
  const loLsb = lo.exp - lo.mbits;
  if (hiLsb - loLsb < 2 * (prec + hi.mbits) + 128) return lo;
  const limit = Math.min(hiLsb, hi.exp - prec - 3);
  if (lo.exp > limit) return lo;
  return { form: FINITE, negative: lo.negative, mant: 1n, mbits: 1, exp: limit };
}

/** Exact |x| + |y| then rounding, carrying sign `neg` (Go's uadd). */
function uadd(x: BigFloat, y: BigFloat, neg: boolean, prec: number): BigFloat {
  let a: Parts = x;
  let b: Parts = y;
  if (a.exp >= b.exp) b = stickyStandIn(a, b, prec);
  else a = stickyStandIn(b, a, prec);
  const ea = a.exp - a.mbits;
  const eb = b.exp - b.mbits;
  let m: bigint;
  let lsb: number;
  if (ea < eb) {
    m = a.mant + (b.mant << BigInt(eb - ea));
    lsb = ea;
  } else {
    m = (a.mant << BigInt(ea - eb)) + b.mant;
    lsb = eb;
  }
  const bits = bitLen(m);
  return rounded(neg, m, bits, lsb + bits, false, prec);
}

/** Exact |x| − |y| for |x| > |y| then rounding, carrying sign `neg` (Go's usub). */
function usub(x: BigFloat, y: BigFloat, neg: boolean, prec: number): BigFloat {
  const a = x;
  const b = stickyStandIn(a, y, prec);
  const ea = a.exp - a.mbits;
  const eb = b.exp - b.mbits;
  let m: bigint;
  let lsb: number;
  if (ea < eb) {
    m = a.mant - (b.mant << BigInt(eb - ea));
    lsb = ea;
  } else {
    m = (a.mant << BigInt(ea - eb)) - b.mant;
    lsb = eb;
  }
  // operands that cancel give +0 (Go: z.neg = false)
  if (m === 0n) return BigFloat.special(ZERO, false, prec);
  const bits = bitLen(m);
  return rounded(neg, m, bits, lsb + bits, false, prec);
}

/**
 * |x| / |y| rounded to prec bits (Go's uquo): an integer quotient with at least
 * prec + 2 bits, and the remainder as sticky bit, round exactly like Go's
 * word-based quotient.
 */
function uquo(x: BigFloat, y: BigFloat, neg: boolean, prec: number): BigFloat {
  const a = x;
  const b = y;
  const shift = Math.max(0, prec + 2 + b.mbits - a.mbits);
  const n = a.mant << BigInt(shift);
  const q = n / b.mant;
  const sticky = q * b.mant !== n;
  const lsb = a.exp - a.mbits - shift - (b.exp - b.mbits);
  const bits = bitLen(q);
  return rounded(neg, q, bits, lsb + bits, sticky, prec);
}

// ---------------------------------------------------------------------------
// parsing (big.Float.scan / Parse for base 10)

/** int64 bounds as digit strings, for Go's strconv.ParseInt range check on exponents. */
const INT64_MAX_DIGITS = "9223372036854775807";
const INT64_MIN_DIGITS = "9223372036854775808";

/**
 * Mirrors big.Float.scan followed by Parse's end-of-input check, for base 10:
 * the mantissa is read as one integer, then the decimal point and exponent are
 * applied as powers of 2 and 5, the power of 5 through Mul/Quo at prec + 64.
 */
function scanDecimal(s: string, prec: number): BigFloat | undefined {
  const n = s.length;
  let i = 0;
  let neg = false;
  if (n === 0) return undefined;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 43) {
    neg = c0 === 45;
    i = 1;
  }

  // mantissa: digits with at most one radix point
  const start = i;
  let dot = -1;
  let count = 0;
  let small = 0; // the mantissa while it has at most 15 digits (exact in a double)
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      count++;
      small = small * 10 + (c - 48);
    } else if (c === 46 && dot < 0) dot = i;
    else break;
  }
  if (count === 0) return undefined;
  const end = i;
  const fcount = dot < 0 ? 0 : -(end - dot - 1); // minus the number of fractional digits

  // exponent: e/E (decimal) or p/P (binary), optional sign, at least one digit
  let expDigits = "";
  let expNeg = false;
  let binaryExp = false;
  if (i < n) {
    const c = s.charCodeAt(i) | 0x20; // lower case
    if (c !== 101 && c !== 112) return undefined;
    binaryExp = c === 112;
    i++;
    const sc = s.charCodeAt(i);
    if (sc === 43 || sc === 45) {
      expNeg = sc === 45;
      i++;
    }
    const expStart = i;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === expStart || i !== n) return undefined;
    let first = expStart;
    while (first < n - 1 && s.charCodeAt(first) === 48) first++;
    expDigits = s.slice(first, n);
    // strconv.ParseInt(…, 10, 64) rejects values outside the int64 range
    if (expDigits.length > 19) return undefined;
    if (expDigits.length === 19 && expDigits > (expNeg ? INT64_MIN_DIGITS : INT64_MAX_DIGITS)) return undefined;
  }

  let mant: bigint;
  if (count <= 15) mant = BigInt(small);
  else mant = BigInt(dot < 0 ? s.slice(start, end) : s.slice(start, dot) + s.slice(dot + 1, end));
  if (mant === 0n) return BigFloat.special(ZERO, neg, prec);
  // A non-zero mantissa with a 16+ digit exponent puts exp2 far outside
  // [MinExp, MaxExp] (Go reports "exponent overflow").
  if (expDigits.length > 15) return undefined;
  const exp = expDigits === "" ? 0 : expNeg ? -Number(expDigits) : Number(expDigits);

  const mbits = bitLen(mant);
  const exp2 = mbits + fcount + exp;
  if (exp2 < MIN_EXP || exp2 > MAX_EXP) return undefined;
  const exp5 = binaryExp ? fcount : fcount + exp;
  if (exp5 === 0) return rounded(neg, mant, mbits, exp2, false, prec);

  // z keeps all mantissa bits until the single rounding by Mul or Quo
  const z = BigFloat.finiteRaw(neg, mant, mbits, exp2, prec);
  const p = pow5Float(Math.abs(exp5), Math.min(prec + 64, MAX_PREC));
  return exp5 < 0 ? z.quo(p, prec) : z.mul(p, prec);
}

/** 5^n for n ≤ 27 fits a uint64, so Go sets it exactly (big's pow5tab). */
const POW5_EXACT_MAX = 27;
const pow5FloatCache = new Map<number, Map<number, BigFloat>>();

/**
 * Mirrors big.Float.pow5: 5^n at precision `prec`, computed as 5^27 times
 * repeated squares of 5 held at prec + 64 bits, each product rounded as Go
 * rounds it. Cached per (prec, n) because parsing reuses the same exponents.
 */
function pow5Float(n: number, prec: number): BigFloat {
  let byN = pow5FloatCache.get(prec);
  if (byN === undefined) {
    if (pow5FloatCache.size > 16) pow5FloatCache.clear();
    byN = new Map();
    pow5FloatCache.set(prec, byN);
  }
  let r = byN.get(n);
  if (r !== undefined) return r;
  if (n <= POW5_EXACT_MAX) {
    r = BigFloat.fromInt(pow5(n), prec);
  } else {
    r = BigFloat.fromInt(pow5(POW5_EXACT_MAX), prec);
    let f = BigFloat.fromInt(5n, Math.min(prec + 64, MAX_PREC));
    for (let k = n - POW5_EXACT_MAX; k > 0; k = Math.floor(k / 2)) {
      if (k % 2 === 1) r = r.mul(f, prec);
      // (Go squares once more after the last bit; the result does not depend on it)
      if (k > 1) f = f.mul(f);
    }
  }
  if (byN.size > 4096) byN.clear();
  byN.set(n, r);
  return r;
}

// ---------------------------------------------------------------------------
// decimal conversion (big's decimal type and ftoa.go)

/** Read access to a decimal mantissa 0.d₀d₁d₂… × 10^exp with `len` significant digits. */
interface Decimal {
  /** Decimal exponent: the value is 0.d₀d₁… × 10^exp (0 for zero). */
  readonly exp: number;
  /** Number of significant digits (no trailing zeros; 0 for zero). */
  readonly len: number;
  /** Char code of digit i, '0' beyond the digits (Go's decimal.at). */
  at(i: number): number;
  /** Digits [from, to) with 0 ≤ from ≤ to ≤ len. */
  slice(from: number, to: number): string;
}

/** A decimal whose digits are all known (the result of rounding, or zero). */
class FixedDecimal implements Decimal {
  readonly len: number;
  constructor(
    readonly mant: string,
    readonly exp: number,
  ) {
    this.len = mant.length;
  }
  at(i: number): number {
    return i >= 0 && i < this.len ? this.mant.charCodeAt(i) : 48;
  }
  slice(from: number, to: number): string {
    return this.mant.slice(from, to);
  }
}

/**
 * The exact decimal expansion of M × 2^E (M odd and positive), equal to what
 * Go's decimal.init produces, but with digits produced on demand: only a
 * prefix is computed (as ⌊M × 2^E × 10^t⌋), since formatting rarely needs more
 * than a few leading digits of a 500-digit expansion. The total length is
 * known exactly up front: M × 2^E with E < 0 has exactly −E fractional digits.
 */
class ExactDecimal implements Decimal {
  readonly exp: number;
  readonly len: number;
  private digits: string;

  constructor(
    private readonly m: bigint,
    private readonly e: number,
    mbits: number,
    want: number,
    /** Where to jump on the first extension (the longest shortest-form we expect). */
    private readonly jump: number,
  ) {
    // decimal exponent: estimate from the binary one, then correct from the digit count
    let est = decimalExponent(m, mbits, e);
    let q = scaledFloor(m, e, want - est).toString();
    while (q.length < want) {
      est -= want - q.length;
      q = scaledFloor(m, e, want - est).toString();
    }
    est += q.length - want;
    this.exp = est;
    this.len = e < 0 ? est - e : est - Math.min(e, fives(m, e));
    this.digits = q.slice(0, Math.min(want, this.len));
  }

  at(i: number): number {
    if (i < 0 || i >= this.len) return 48;
    if (i >= this.digits.length) this.extend(i + 1);
    return this.digits.charCodeAt(i);
  }

  slice(from: number, to: number): string {
    if (to > this.digits.length) this.extend(to);
    return this.digits.slice(from, to);
  }

  private extend(need: number): void {
    const have = this.digits.length;
    const k = Math.min(this.len, Math.max(need, have * 2, have < this.jump ? this.jump : 0));
    this.digits = scaledFloor(this.m, this.e, k - this.exp).toString();
  }
}

/**
 * Estimate of the decimal exponent of m × 2^lsb (the n with value = 0.d… × 10^n),
 * from a double approximation; callers correct it from the digit count, since
 * it can be off by one next to powers of ten.
 */
function decimalExponent(m: bigint, mbits: number, lsb: number): number {
  const lg = mbits <= 1000 ? Math.log2(Number(m)) : mbits - 1;
  return Math.floor((lg + lsb) * LOG10_2) + 1;
}

/** ⌊M × 2^E × 10^t⌋ for M > 0, using only multiplications by 5^t and shifts when t ≥ 0. */
function scaledFloor(m: bigint, e: number, t: number): bigint {
  const s = e + t;
  if (t >= 0) {
    const n = t === 0 ? m : m * pow5(t);
    return s >= 0 ? n << BigInt(s) : n >> BigInt(-s);
  }
  return s >= 0 ? (m << BigInt(s)) / pow5(-t) : m / (pow5(-t) << BigInt(-s));
}

/** Multiplicity of 5 in m, counted up to `limit` (trailing decimal zeros of m × 2^limit). */
function fives(m: bigint, limit: number): number {
  let c = 0;
  while (c < limit && m % 5n === 0n) {
    m /= 5n;
    c++;
  }
  return c;
}

/** The exact decimal of a finite |x| (Go's d.init(x.mant, x.exp − bitLen)). */
function exactDecimal(p: Parts, want: number, prec: number): ExactDecimal {
  return new ExactDecimal(p.mant, p.exp - p.mbits, p.mbits, want, Math.ceil(prec * LOG10_2) + 3);
}

/** Go's shouldRoundUp: round half to even on the digits. */
function shouldRoundUp(d: Decimal, n: number): boolean {
  const c = d.at(n);
  if (c === 53 && n + 1 === d.len) return n > 0 && (d.at(n - 1) - 48) % 2 !== 0;
  return c >= 53;
}

/** Go's decimal.round: at most n digits, to nearest even; unchanged if n < 0 or n ≥ len. */
function roundDecimal(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.len) return d;
  return shouldRoundUp(d, n) ? roundUp(d, n) : roundDown(d, n);
}

/** Go's decimal.roundUp (n < len): increment the n-digit prefix. */
function roundUp(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.len) return d;
  while (n > 0 && d.at(n - 1) >= 57) n--;
  if (n === 0) return new FixedDecimal("1", d.exp + 1);
  return new FixedDecimal(d.slice(0, n - 1) + String.fromCharCode(d.at(n - 1) + 1), d.exp);
}

/** Go's decimal.roundDown (n < len): truncate to n digits and trim zeros. */
function roundDown(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.len) return d;
  while (n > 0 && d.at(n - 1) === 48) n--;
  return n === 0 ? new FixedDecimal("", 0) : new FixedDecimal(d.slice(0, n), d.exp);
}

/**
 * Mirrors ftoa.go's roundShortest: the fewest digits of d that still lie
 * strictly (or, for an even mantissa, inclusively) between x − ½ulp and
 * x + ½ulp at x's precision. Like Go, the digits of the bounds are compared by
 * index, whatever their decimal exponents.
 */
function roundShortest(d: Decimal, p: Parts, prec: number): Decimal {
  // x = mant × 2^e with mant of prec + 1 bits, so mant ± 1 are the ½ulp bounds
  const shift = prec + 1 - p.mbits;
  const mant = p.mant << BigInt(shift);
  const e = p.exp - prec - 1;
  const want = Math.min(d.len + 1, 24);
  const jump = Math.ceil(prec * LOG10_2) + 3;
  const lower = new ExactDecimal(mant - 1n, e, prec + 1, want, jump);
  const upper = new ExactDecimal(mant + 1n, e, prec + 1, want, jump);
  // the mantissa at prec bits is even unless all prec bits are significant
  const inclusive = shift >= 2;
  for (let i = 0; i < d.len; i++) {
    const m = d.at(i);
    const l = lower.at(i);
    const u = upper.at(i);
    const okdown = l !== m || (inclusive && i + 1 === lower.len);
    const okup = m !== u && (inclusive || m + 1 < u || i + 1 < upper.len);
    if (okdown && okup) return roundDecimal(d, i + 1);
    if (okdown) return roundDown(d, i + 1);
    if (okup) return roundUp(d, i + 1);
  }
  return d;
}

/** A decimal of which only a prefix of the digits is known (enough for the caller). */
class PrefixDecimal implements Decimal {
  constructor(
    private readonly digits: string,
    readonly exp: number,
    readonly len: number,
  ) {}
  at(i: number): number {
    return i >= 0 && i < this.len ? this.digits.charCodeAt(i) : 48;
  }
  slice(from: number, to: number): string {
    return this.digits.slice(from, to);
  }
}

/**
 * The result of Go's roundShortest for a finite x (see {@link roundShortest}).
 *
 * Fast path for x < 2^prec, i.e. when the ½ulp bounds are fractions (e < 0):
 * there the bounds always have more digits than x itself, so Go's digit walk
 * stops at the first index where the digits of lower = x − ½ulp or
 * upper = x + ½ulp differ from those of x (when lower or upper gains or loses a
 * digit, Go's index-wise comparison differs at index 0, which the same rule
 * gives). With D = ⌊x·10^t⌋ holding K digits, lower and upper at that scale are
 * D − Δl and D + Δu for small Δs, so the first differing index follows from
 * D's digits and a borrow or carry chain, without expanding the bounds.
 * Larger x (integers with e ≥ 0) take Go's digit walk literally.
 */
function shortestDecimal(x: Parts, prec: number): Decimal {
  const e = x.exp - prec - 1; // exponent of ½ulp
  if (e >= 0) return roundShortest(exactDecimal(x, 24, prec), x, prec);
  const lsb = x.exp - x.mbits;
  if (lsb >= 0) {
    // an integer with ½ulp ≤ ½: no shorter decimal lies within ½ulp
    const digits = (x.mant << BigInt(lsb)).toString();
    let len = digits.length;
    while (digits.charCodeAt(len - 1) === 48) len--;
    return new FixedDecimal(digits.slice(0, len), digits.length);
  }
  const n = x.mant << BigInt(prec + 1 - x.mbits); // x = n × 2^e, n ± 1 are the bounds
  const jump = Math.ceil(prec * LOG10_2) + 4; // shortest forms are hardly ever longer
  let exp10 = decimalExponent(x.mant, x.mbits, lsb);
  let len = -1;
  let k = 24;
  for (;;) {
    const t = k - exp10;
    let big: bigint; // ⌊x·10^t⌋
    let dl: bigint; // big − ⌊lower·10^t⌋
    let du: bigint; // ⌊upper·10^t⌋ − big
    if (t >= 0) {
      const b = pow5(t);
      const a = n * b;
      const s = e + t;
      if (s >= 0) {
        big = a << BigInt(s);
        dl = du = b << BigInt(s);
      } else {
        const sb = BigInt(-s);
        big = a >> sb;
        dl = big - ((a - b) >> sb);
        du = ((a + b) >> sb) - big;
      }
    } else {
      const q = pow5(-t) << BigInt(-(e + t));
      big = n / q;
      const r = n - big * q;
      dl = r >= 1n ? 0n : 1n;
      du = r + 1n < q ? 0n : 1n;
    }
    let str = big.toString();
    if (str.length < k) {
      // the decimal exponent estimate was too high: correct it and redo this size
      exp10 -= k - str.length;
      continue;
    }
    if (str.length > k) {
      // too low: drop the extra digits (the floors of floors are the same floors)
      const extra = str.length - k;
      const p10 = pow5(extra) << BigInt(extra);
      const lo = big - dl;
      const hi = big + du;
      big /= p10;
      dl = big - lo / p10;
      du = hi / p10 - big;
      str = str.slice(0, k);
      exp10 += extra;
    }
    if (len < 0) len = exp10 - lsb;
    const il = dl === 0n ? Infinity : firstDiffBelow(str, dl);
    const iu = du === 0n ? Infinity : firstDiffAbove(str, du);
    const i = Math.min(il, iu);
    if (i >= len) {
      // the walk ran through all of x's digits: x itself
      if (len <= k) return new FixedDecimal(str.slice(0, len), exp10);
    } else if (i + 1 < k) {
      const d = new PrefixDecimal(str, exp10, len);
      if (il === i && iu === i) return roundDecimal(d, i + 1);
      return il === i ? roundDown(d, i + 1) : roundUp(d, i + 1);
    }
    k = Math.min(k < jump ? jump : 2 * k, len + 2);
  }
}

/** First index where the digits of D − delta differ from D's (digits `str`), for delta > 0. */
function firstDiffBelow(str: string, delta: bigint): number {
  const k = str.length;
  const ds = delta.toString();
  const nd = ds.length;
  if (nd > k) return 0;
  // no borrow out of the last nd digits: they differ only there
  if (str.slice(k - nd) >= ds) return k - nd;
  // otherwise the borrow stops at the first non-zero digit above
  for (let q = k - nd - 1; q >= 0; q--) if (str.charCodeAt(q) !== 48) return q;
  return 0;
}

/** First index where the digits of D + delta differ from D's (digits `str`), for delta > 0. */
function firstDiffAbove(str: string, delta: bigint): number {
  const k = str.length;
  const nd = delta.toString().length;
  if (nd > k) return 0;
  // no carry out of the last nd digits: they differ only there
  if (BigInt(str.slice(k - nd)) + delta < pow5(nd) << BigInt(nd)) return k - nd;
  // otherwise the carry stops at the first digit below 9 above
  for (let q = k - nd - 1; q >= 0; q--) if (str.charCodeAt(q) !== 57) return q;
  return 0;
}

/** Digits at positions [from, to) of d, with '0' outside its mantissa (Go's loop over d.at). */
function digitRange(d: Decimal, from: number, to: number): string {
  let s = "";
  let i = from;
  if (i < 0) {
    const z = Math.min(to, 0) - i;
    s += "0".repeat(z);
    i += z;
  }
  if (i < to && i < d.len) {
    const j = Math.min(to, d.len);
    s += d.slice(i, j);
    i = j;
  }
  if (i < to) s += "0".repeat(to - i);
  return s;
}

/** Go's fmtE: d.ddddde±dd with prec digits after the point. */
function fmtE(fmt: "e" | "E", prec: number, d: Decimal): string {
  let s = d.len > 0 ? String.fromCharCode(d.at(0)) : "0";
  if (prec > 0) s += "." + digitRange(d, 1, prec + 1);
  const exp = d.len > 0 ? d.exp - 1 : 0;
  const abs = Math.abs(exp);
  return s + fmt + (exp < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + String(abs);
}

/** Go's fmtF: ddddd.ddd with prec digits after the point. */
function fmtF(prec: number, d: Decimal): string {
  let s: string;
  if (d.exp > 0) {
    const m = Math.min(d.len, d.exp);
    s = d.slice(0, m) + "0".repeat(d.exp - m);
  } else {
    s = "0";
  }
  if (prec > 0) s += "." + digitRange(d, d.exp, d.exp + prec);
  return s;
}

/** Mirrors Float.Append for the decimal formats ('e', 'E', 'f', 'g', 'G') of a finite or zero |x|. */
function formatDecimal(x: BigFloat, fmt: "f" | "e" | "E" | "g" | "G", prec: number): string {
  const finite = x.form === FINITE;
  const shortest = prec < 0;
  let d: Decimal;
  if (!finite) d = new FixedDecimal("", 0);
  else if (shortest) d = shortestDecimal(x, x.prec);
  // (more digits than the first 1024 are produced on demand)
  else d = exactDecimal(x, fmt === "f" ? 24 : Math.min(Math.max(prec + 2, 24), 1024), x.prec);

  if (shortest) {
    if (fmt === "e" || fmt === "E") prec = d.len - 1;
    else if (fmt === "f") prec = Math.max(d.len - d.exp, 0);
    else prec = d.len;
  } else if (fmt === "e" || fmt === "E") {
    d = roundDecimal(d, 1 + prec);
  } else if (fmt === "f") {
    d = roundDecimal(d, d.exp + prec);
  } else {
    if (prec === 0) prec = 1;
    d = roundDecimal(d, prec);
  }

  if (fmt === "e" || fmt === "E") return fmtE(fmt, prec, d);
  if (fmt === "f") return fmtF(prec, d);
  // %e is used if the exponent from the conversion is less than -4 or greater
  // than or equal to the precision (6 in shortest mode)
  let eprec = prec;
  if (eprec > d.len && d.len >= d.exp) eprec = d.len;
  if (shortest) eprec = 6;
  const exp = d.exp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > d.len) prec = d.len;
    return fmtE(fmt === "g" ? "e" : "E", prec - 1, d);
  }
  if (prec > d.exp) prec = d.len;
  return fmtF(Math.max(prec - d.exp, 0), d);
}
