// BigFloat against Go 1.19's math/big.Float, with vectors recorded by
// test/tools/bigfloat-vectors.go (CTY-12 representation and arithmetic,
// CTY-13 number → string, CTY-14 string → number; hcl-notes §3.2).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { BigFloat, BigFloatNaNError, type BigFloatFormat } from "../../src/cty/bigfloat.js";
import { fixturesDir } from "../support/paths.js";

interface Operand {
  parse?: string;
  prec?: number;
  float64?: string;
  int?: string;
  inf?: "+" | "-";
  setPrec?: number;
}

interface Value {
  p: string;
  prec: number;
}

interface Conversions {
  int: string | null;
  intExact: boolean;
  int64: string;
  int64Acc: number;
  float64: string;
  float64Acc: number;
  minPrec: number;
  sign: number;
  signbit: boolean;
  isInt: boolean;
  isInf: boolean;
}

interface ParseVector {
  s: string;
  prec: number;
  ok: boolean;
  value?: Value;
  f?: string;
  g10?: string;
  g?: string;
  e?: string;
  texts?: [BigFloatFormat, number, string][];
  conv?: Conversions;
  correctlyRounded?: boolean;
}

interface OpVector {
  op: "add" | "sub" | "mul" | "quo" | "cmp" | "setPrec" | "neg" | "abs";
  x: Operand;
  y?: Operand;
  prec: number;
  nan?: boolean;
  r?: Value;
  f?: string;
  cmp?: number;
}

interface CtyVector {
  op: "add" | "sub" | "mul" | "div" | "mod";
  x: Operand;
  y: Operand;
  r: Value;
  f: string;
}

const vectors = JSON.parse(readFileSync(join(fixturesDir, "numbers", "bigfloat-vectors.json"), "utf8")) as {
  parse: ParseVector[];
  ops: OpVector[];
  cty: CtyVector[];
};

/** Go's strconv.FormatFloat(v, 'g', -1, 64) spellings back to a double. */
function goFloat(s: string): number {
  if (s === "+Inf") return Infinity;
  if (s === "-Inf") return -Infinity;
  return Number(s);
}

/** Rebuilds a vector operand the way the Go generator built it. */
function build(o: Operand): BigFloat {
  let x: BigFloat | undefined;
  if (o.parse !== undefined) x = BigFloat.parse(o.parse, o.prec);
  else if (o.float64 !== undefined) x = BigFloat.fromFloat64(goFloat(o.float64));
  else if (o.int !== undefined) x = BigFloat.fromInt(BigInt(o.int));
  else if (o.inf !== undefined) x = BigFloat.inf(o.inf === "-");
  if (x === undefined) throw new Error(`cannot build operand ${JSON.stringify(o)}`);
  return o.setPrec === undefined ? x : x.setPrec(o.setPrec);
}

/** The exact identity Go recorded: Text('p', 0) and Prec(). */
function describeValue(x: BigFloat): Value {
  return { p: x.text("p", 0), prec: x.prec };
}

/** Runs `check` on every item and returns the first mismatches, so one failing test shows many cases. */
function mismatches<T>(items: T[], check: (item: T) => unknown[] | undefined): unknown[] {
  const bad: unknown[] = [];
  for (const item of items) {
    let problem: unknown[] | undefined;
    try {
      problem = check(item);
    } catch (err) {
      problem = [item, String(err)];
    }
    if (problem !== undefined && bad.length < 15) bad.push(problem);
  }
  return bad;
}

function diff(item: unknown, got: unknown, want: unknown): unknown[] | undefined {
  return JSON.stringify(got) === JSON.stringify(want) ? undefined : [item, { got, want }];
}

const parsed = vectors.parse;
const accepted = parsed.filter((v) => v.ok);
const textable = accepted.filter((v) => v.f !== undefined);

describe("BigFloat.parse (CTY-14, ParseFloat(s, 10, prec, ToNearestEven))", () => {
  test("vectors cover the brief's cases", () => {
    expect(parsed.length).toBeGreaterThan(800);
    expect(vectors.ops.length).toBeGreaterThan(3000);
    expect(vectors.cty.length).toBeGreaterThan(300);
  });

  test("CTY-14 accepts and rejects exactly the strings Go accepts", () => {
    expect(mismatches(parsed, (v) => diff(v.s, BigFloat.parse(v.s, v.prec) !== undefined, v.ok))).toEqual([]);
  });

  test.each([
    ["", false],
    [".", false],
    ["1e", false],
    ["1.2.3", false],
    ["00012", true],
    ["1E+03", true],
    ["-0", true],
    ["1p3", true],
    ["0x10", false],
    ["1_000", false],
    [" 1", false],
    [".5", true],
    ["5.", true],
    ["Inf", true],
    ["-inf", true],
    ["INF", false],
  ])("CTY-14 parse(%j) succeeds: %s", (s, ok) => {
    expect(BigFloat.parse(s) !== undefined).toBe(ok);
  });

  test("CTY-12 parsed values have Go's exact mantissa, exponent and precision", () => {
    expect(mismatches(accepted, (v) => diff(v.s, describeValue(BigFloat.parse(v.s, v.prec)!), v.value))).toEqual([]);
  });

  test("CTY-12 near-midpoint strings follow Go's pow5 rounding at prec+64, not correct rounding", () => {
    const hard = parsed.filter((v) => v.correctlyRounded !== undefined);
    // the vectors include strings where Go's result is not the correctly rounded one
    expect(hard.filter((v) => v.correctlyRounded === false).length).toBeGreaterThan(10);
    expect(mismatches(hard, (v) => diff(v.s, describeValue(BigFloat.parse(v.s, v.prec)!), v.value))).toEqual([]);
  });

  test("CTY-14 exponents: 1E+03 is 1000, 1p3 is 8, 00012 is 12, 0e<huge> is still zero", () => {
    expect(BigFloat.parse("1E+03")!.text("f", -1)).toBe("1000");
    expect(BigFloat.parse("1p3")!.text("f", -1)).toBe("8");
    expect(BigFloat.parse("00012")!.text("f", -1)).toBe("12");
    expect(BigFloat.parse("0e999999999999")!.isZero()).toBe(true);
    expect(BigFloat.parse("0e99999999999999999999")).toBeUndefined();
    expect(BigFloat.parse("1e9223372036854775807")).toBeUndefined();
  });

  test("CTY-12 prec 0 parses at 64 bits; infinities keep the requested precision", () => {
    expect(BigFloat.parse("0.1", 0)!.prec).toBe(64);
    expect(BigFloat.parse("Inf", 0)!.prec).toBe(0);
    expect(BigFloat.parse("-Inf", 512)!.prec).toBe(512);
  });
});

describe("BigFloat.text (CTY-13, Float.Text)", () => {
  test("CTY-13 text('f', -1) is Go's shortest round-trip decimal without exponent", () => {
    expect(mismatches(textable, (v) => diff(v.s, BigFloat.parse(v.s, v.prec)!.text("f", -1), v.f))).toEqual([]);
  });

  test("toString() is Go's String(), Text('g', 10)", () => {
    expect(mismatches(textable, (v) => diff(v.s, BigFloat.parse(v.s, v.prec)!.toString(), v.g10))).toEqual([]);
  });

  test("text('g', -1) and text('e', -1) match Go", () => {
    const check = (v: ParseVector) => {
      const x = BigFloat.parse(v.s, v.prec)!;
      return diff(v.s, [x.text("g", -1), x.text("e", -1)], [v.g, v.e]);
    };
    expect(mismatches(textable, check)).toEqual([]);
  });

  test("explicit precisions for f, e, E, g and G match Go (round half to even on decimal digits)", () => {
    const withTexts = textable.filter((v) => v.texts !== undefined);
    expect(withTexts.length).toBeGreaterThan(200);
    const check = (v: ParseVector) => {
      const x = BigFloat.parse(v.s, v.prec)!;
      const got = v.texts!.map(([f, p]) => x.text(f, p));
      return diff(
        v.s,
        got,
        v.texts!.map((t) => t[2]),
      );
    };
    expect(mismatches(withTexts, check)).toEqual([]);
  });

  test("CTY-13 never uses exponent notation: 1e30, 1.5e-7, 1e-400", () => {
    expect(BigFloat.parse("1e30")!.text("f", -1)).toBe("1" + "0".repeat(30));
    expect(BigFloat.parse("1.5e-7")!.text("f", -1)).toBe("0.00000015");
    expect(BigFloat.parse("1e-400")!.text("f", -1)).toBe("0." + "0".repeat(399) + "1");
  });

  test("CTY-13 integers print without a fraction; infinities print +Inf / -Inf; -0 keeps its sign", () => {
    expect(BigFloat.parse("42.000")!.text("f", -1)).toBe("42");
    expect(BigFloat.inf(false).text("f", -1)).toBe("+Inf");
    expect(BigFloat.inf(true).text("g", 10)).toBe("-Inf");
    expect(BigFloat.parse("-0")!.text("f", -1)).toBe("-0");
  });

  test("CTY-12 pi to 63 digits plus 1 prints exactly", () => {
    const pi = BigFloat.parse("3.14159265358979323846264338327950288419716939937510582097494459")!;
    expect(pi.add(BigFloat.parse("1")!).text("f", -1)).toBe(
      "4.14159265358979323846264338327950288419716939937510582097494459",
    );
  });
});

describe("BigFloat conversions", () => {
  const withConv = textable.filter((v) => v.conv !== undefined);

  test("int() truncates toward zero like Go's Int (undefined for ±Inf)", () => {
    const check = (v: ParseVector) => {
      const t = BigFloat.parse(v.s, v.prec)!.int();
      const c = v.conv!;
      return diff(
        v.s,
        t === undefined ? null : [t.value.toString(), t.exact],
        c.int === null ? null : [c.int, c.intExact],
      );
    };
    expect(mismatches(withConv, check)).toEqual([]);
  });

  test("int64() clamps and reports accuracy like Go's Int64", () => {
    const check = (v: ParseVector) => {
      const t = BigFloat.parse(v.s, v.prec)!.int64();
      return diff(v.s, [t.value.toString(), t.accuracy], [v.conv!.int64, v.conv!.int64Acc]);
    };
    expect(mismatches(withConv, check)).toEqual([]);
  });

  test("float64() rounds like Go's Float64, through subnormals to ±0 and overflowing to ±Infinity", () => {
    const check = (v: ParseVector) => {
      const got = BigFloat.parse(v.s, v.prec)!.float64();
      const want = goFloat(v.conv!.float64);
      return Object.is(got, want) ? undefined : [v.s, { got, want }];
    };
    expect(mismatches(withConv, check)).toEqual([]);
  });

  test("minPrec, sign, signbit, isInt and isInf match Go", () => {
    const check = (v: ParseVector) => {
      const x = BigFloat.parse(v.s, v.prec)!;
      const c = v.conv!;
      return diff(
        v.s,
        [x.minPrec(), x.sign(), x.signbit(), x.isInt(), x.isInf()],
        [c.minPrec, c.sign, c.signbit, c.isInt, c.isInf],
      );
    };
    expect(mismatches(withConv, check)).toEqual([]);
  });

  test("fromInt follows SetInt64 / SetInt precision rules; fromFloat64 gets 53 bits", () => {
    expect(BigFloat.fromInt(5).prec).toBe(64);
    expect(BigFloat.fromInt(5n).prec).toBe(64);
    expect(BigFloat.fromInt(1n << 100n).prec).toBe(101);
    expect(BigFloat.fromInt(0).prec).toBe(64);
    // 255 rounds to 256 at 4 bits, which prints as 260: the shortest decimal within ±½ulp (Go agrees)
    expect(BigFloat.fromInt(255, 4).int()!.value).toBe(256n);
    expect(BigFloat.fromInt(255, 4).text("f", -1)).toBe("260");
    expect(BigFloat.fromFloat64(0.1).prec).toBe(53);
    expect(BigFloat.fromFloat64(0.1).text("f", -1)).toBe("0.1");
    expect(BigFloat.fromFloat64(-0).signbit()).toBe(true);
    expect(() => BigFloat.fromFloat64(NaN)).toThrow(BigFloatNaNError);
    expect(() => BigFloat.fromInt(0.5)).toThrow(RangeError);
  });

  test("fromFloat64(x).float64() returns x for any double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => Object.is(BigFloat.fromFloat64(x).float64(), x)),
      { numRuns: 2000 },
    );
  });
});

describe("BigFloat arithmetic (CTY-12: results at the larger operand precision, ToNearestEven)", () => {
  const ops = vectors.ops;

  function runOp(v: OpVector): BigFloat | "nan" | number {
    const x = build(v.x);
    switch (v.op) {
      case "setPrec":
        return x.setPrec(v.prec);
      case "neg":
        return x.neg();
      case "abs":
        return x.abs();
    }
    const y = build(v.y!);
    try {
      switch (v.op) {
        case "add":
          return x.add(y, v.prec);
        case "sub":
          return x.sub(y, v.prec);
        case "mul":
          return x.mul(y, v.prec);
        case "quo":
          return x.quo(y, v.prec);
        case "cmp":
          return x.cmp(y);
      }
    } catch (err) {
      if (err instanceof BigFloatNaNError) return "nan";
      throw err;
    }
  }

  function checkOp(v: OpVector): unknown[] | undefined {
    const got = runOp(v);
    if (v.op === "cmp") return diff(v, got, v.cmp);
    if (v.nan) return diff(v, got, "nan");
    if (typeof got !== "object") return diff(v, got, v.r);
    const want: unknown[] = [v.r];
    const have: unknown[] = [describeValue(got)];
    if (v.f !== undefined) {
      want.push(v.f);
      have.push(got.text("f", -1));
    }
    return diff(v, have, want);
  }

  for (const op of ["add", "sub", "mul", "quo"] as const) {
    test(`CTY-12 ${op} rounds once to the result precision exactly like big.Float (zeros, infinities, signed zero included)`, () => {
      const mine = ops.filter((v) => v.op === op);
      expect(mine.length).toBeGreaterThan(500);
      expect(mismatches(mine, checkOp)).toEqual([]);
    });
  }

  test("cmp matches Go's Cmp (-0 == +0, each infinity equals itself)", () => {
    expect(
      mismatches(
        ops.filter((v) => v.op === "cmp"),
        checkOp,
      ),
    ).toEqual([]);
  });

  test("setPrec (prec 0 maps finite values to ±0), neg and abs match Go", () => {
    const unary = ops.filter((v) => v.op === "setPrec" || v.op === "neg" || v.op === "abs");
    expect(unary.length).toBeGreaterThan(100);
    expect(mismatches(unary, checkOp)).toEqual([]);
  });

  test("CTY-15 operations that would create NaN throw BigFloatNaNError, as Go panics with ErrNaN", () => {
    const inf = BigFloat.inf(false);
    const zero = BigFloat.zero();
    expect(() => inf.sub(inf)).toThrow(BigFloatNaNError);
    expect(() => inf.add(inf.neg())).toThrow(BigFloatNaNError);
    expect(() => zero.mul(inf)).toThrow(BigFloatNaNError);
    expect(() => zero.quo(zero)).toThrow(BigFloatNaNError);
    expect(() => inf.quo(inf)).toThrow(BigFloatNaNError);
    expect(BigFloat.fromInt(1).quo(zero).text("f", -1)).toBe("+Inf");
    expect(BigFloat.fromInt(-1).quo(zero).text("f", -1)).toBe("-Inf");
  });

  test("huge exponent gaps round like the exact sum: a far-away operand still breaks a tie", () => {
    const one = BigFloat.parse("1")!;
    const tiny = BigFloat.parse("1p-100000")!;
    expect(one.add(tiny).cmp(one)).toBe(0);
    expect(one.sub(tiny).cmp(one)).toBe(0);
    // 1 + 2^-512 is exactly halfway between two 512-bit values; ±tiny decides the direction (Go agrees)
    const tie = one.add(BigFloat.parse("1p-512")!, 600);
    expect(tie.add(tiny, 512).text("p", 0)).toBe("0x.8" + "0".repeat(126) + "1p+1");
    expect(tie.sub(tiny, 512).text("p", 0)).toBe("0x.8p+1");
    expect(one.add(tiny, 100001).sub(one, 100001).cmp(tiny)).toBe(0);
  });
});

describe("go-cty arithmetic on BigFloat (CTY-12)", () => {
  /** cty.Value.Multiply: 512-bit product, then max(operand precision, MinPrec). */
  function ctyMultiply(a: BigFloat, b: BigFloat): BigFloat {
    const ret = a.mul(b, 512);
    return ret.setPrec(Math.max(a.prec, b.prec, ret.minPrec()));
  }

  /** cty.Value.Modulo for finite operands and a non-zero divisor. */
  function ctyModulo(a: BigFloat, b: BigFloat): BigFloat {
    const ratInt = a.quo(b).int()!.value;
    const work = BigFloat.fromInt(ratInt, a.prec);
    return a.sub(b.mul(work, work.prec), work.prec);
  }

  function ctyOp(op: CtyVector["op"], a: BigFloat, b: BigFloat): BigFloat {
    switch (op) {
      case "add":
        return a.add(b);
      case "sub":
        return a.add(b.neg());
      case "mul":
        return ctyMultiply(a, b);
      case "div":
        return a.quo(b);
      case "mod":
        return ctyModulo(a, b);
    }
  }

  test("CTY-12 11 % 5.1 keeps the binary approximation error; 1 / 10 prints 0.1", () => {
    const p = (s: string) => BigFloat.parse(s)!;
    expect(ctyModulo(p("11"), p("5.1")).text("f", -1)).toBe(
      "0.80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000024",
    );
    expect(p("1").quo(p("10")).text("f", -1)).toBe("0.1");
  });

  test("CTY-12 add, sub, mul, div and mod vectors match go-cty's big.Float steps", () => {
    const check = (v: CtyVector) => {
      const r = ctyOp(v.op, build(v.x), build(v.y));
      return diff(v, [describeValue(r), r.text("f", -1)], [v.r, v.f]);
    };
    expect(mismatches(vectors.cty, check)).toEqual([]);
  });
});

describe("BigFloat properties", () => {
  /** A random binary float at 512 bits: ±m × 2^e described exactly as "<m>p<e>". */
  const binary512 = fc
    .tuple(fc.bigInt({ min: 1n, max: (1n << 512n) - 1n }), fc.integer({ min: -700, max: 700 }), fc.boolean())
    .map(([m, e, neg]) => BigFloat.parse(`${neg ? "-" : ""}${m}p${e}`, 512)!);

  /** A random decimal string. */
  const decimal = fc
    .tuple(fc.stringMatching(/^[0-9]{1,40}$/), fc.stringMatching(/^[0-9]{0,40}$/), fc.integer({ min: -60, max: 60 }))
    .map(([i, f, e]) => `${i}.${f}e${e}`);

  // Go's roundShortest uses a symmetric ±½ulp interval, but below a power of two
  // the neighbour is only ½ulp away: there the shortest text can parse back to
  // that neighbour (in Go too; see the pinned test below). Powers of two
  // (minPrec 1) are therefore left out of the round-trip properties.
  const notPowerOfTwo = (x: BigFloat) => x.minPrec() !== 1;

  test("CTY-13/CTY-14 parse(text('f', -1), 512) round-trips random 512-bit values (powers of two aside)", () => {
    fc.assert(
      fc.property(binary512.filter(notPowerOfTwo), (x) => {
        const back = BigFloat.parse(x.text("f", -1), 512)!;
        expect(back.text("p", 0)).toBe(x.text("p", 0));
      }),
      { numRuns: 1000 },
    );
  });

  test("CTY-13/CTY-14 parse(text('f', -1), 512) round-trips parsed decimal strings (powers of two aside)", () => {
    fc.assert(
      fc.property(decimal, (s) => {
        const x = BigFloat.parse(s, 512)!;
        fc.pre(notPowerOfTwo(x));
        expect(BigFloat.parse(x.text("f", -1), 512)!.text("p", 0)).toBe(x.text("p", 0));
      }),
      { numRuns: 1000 },
    );
  });

  test("CTY-13 Go quirk pinned: 2^-668 and 2^525 print text that parses to the value just below", () => {
    for (const s of ["1p-668", "1p525"]) {
      const x = BigFloat.parse(s, 512)!;
      const text = x.text("f", -1);
      expect(text).toBe(parsed.find((v) => v.s === s && v.prec === 512)!.f);
      const back = BigFloat.parse(text, 512)!;
      expect(back.cmp(x)).toBe(-1);
      expect(back.text("p", 0)).toMatch(/^0x\.f{128}p/);
    }
  });

  test("CTY-12 add and sub are inverse when the sum is exact at 512 bits", () => {
    // mantissas of at most 200 bits whose exponents are within 200 bits: x + y needs < 512 bits
    const pair = fc.tuple(
      fc.bigInt({ min: 1n, max: (1n << 200n) - 1n }),
      fc.bigInt({ min: 1n, max: (1n << 200n) - 1n }),
      fc.integer({ min: -300, max: 300 }),
      fc.integer({ min: -100, max: 100 }),
      fc.boolean(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(pair, ([a, b, e, d, na, nb]) => {
        const x = BigFloat.parse(`${na ? "-" : ""}${a}p${e}`, 512)!;
        const y = BigFloat.parse(`${nb ? "-" : ""}${b}p${e + d}`, 512)!;
        expect(x.add(y).sub(y).cmp(x)).toBe(0);
        expect(x.sub(y).add(y).cmp(x)).toBe(0);
        expect(x.add(y).cmp(y.add(x))).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});
