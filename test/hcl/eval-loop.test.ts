/**
 * Compiled `for` bodies (src/hcl/eval-loop.ts; EXP-*, FOR-*, TPL-*): a `for`
 * expression gives exactly what the general evaluator gives, value (type,
 * marks, number precision) and diagnostics alike, whether or not its body
 * was compiled. Bodies are generated over plain, fractional, huge, null,
 * unknown and marked values, so both the compiled answers and every way of
 * handing an element back to the general evaluator are exercised.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { parseExpression, parseTemplate } from "../../grammar/index.js";
import { NumberType, StringType } from "../../src/cty/types.js";
import {
  False,
  listVal,
  mapVal,
  NullDynamic,
  nullVal,
  numberIntVal,
  objectVal,
  parseNumberVal,
  setVal,
  stringVal,
  True,
  tupleVal,
  unknownVal,
  type Value,
} from "../../src/cty/value.js";
import { type Expression, ForExpr } from "../../src/hcl/ast.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { compiledFor, ForScope, setLoopCompilation } from "../../src/hcl/eval-loop.js";
import { evaluate } from "../../src/hcl/eval.js";
import { evalFunctions } from "../support/eval-functions.js";

const S = "sensitive";
const num = (text: string): Value => parseNumberVal(text)!;

const outer = {
  n: numberIntVal(7),
  f: num("2.5"),
  big: num("12345678901234567890"),
  s: stringVal("str"),
  b: True,
  o: objectVal({ a: numberIntVal(1), s: stringVal("x"), in: objectVal({ z: False }) }),
  m: mapVal({ a: stringVal("one") }),
  l: listVal([numberIntVal(10), numberIntVal(20)]),
  sec: numberIntVal(3).mark(S),
  seco: objectVal({ a: numberIntVal(1) }).mark(S),
  unk: unknownVal(NumberType),
  nul: nullVal(NumberType),
  nuls: nullVal(StringType),
};

const collections: Record<string, Value> = {
  ints: listVal([0, 1, 2, 3, 4000, 9007199254740991].map((i) => numberIntVal(i))),
  mixedNumbers: tupleVal([numberIntVal(5), num("1.5"), num("0.1"), num("12345678901234567890"), numberIntVal(-3)]),
  mixed: tupleVal([numberIntVal(1), stringVal("a"), True, NullDynamic, nullVal(NumberType), stringVal("10")]),
  strings: setVal([stringVal("a"), stringVal("b"), stringVal("5")]),
  object: objectVal({ x: numberIntVal(1), y: stringVal("two"), z: objectVal({ a: numberIntVal(3) }) }),
  map: mapVal({ p: numberIntVal(2), q: numberIntVal(-2) }),
  marked: listVal([numberIntVal(1), numberIntVal(2).mark(S), numberIntVal(3)]),
  unknowns: listVal([numberIntVal(1), unknownVal(NumberType)]),
  objects: listVal([objectVal({ a: numberIntVal(1) }), objectVal({ a: numberIntVal(2) })]),
};

const leaf = fc.constantFrom(
  "x",
  "k",
  "x.a",
  "x.a.b",
  "k.a",
  ...Object.keys(outer),
  "o.a",
  "o.in.z",
  "o.missing",
  "m.a",
  "l[0]",
  "x[0]",
  "nope",
  "0",
  "1",
  "3",
  "5000",
  "0.1",
  "1.5",
  "-0",
  "9007199254740993",
  '"s"',
  '"7"',
  "true",
  "false",
  "null",
);

const binaryOps = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"];

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(tie("e"), fc.constantFrom(...binaryOps), tie("e")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(fc.constantFrom("-", "!"), tie("e")).map(([op, a]) => `${op}(${a})`),
    fc.tuple(tie("e"), tie("e"), tie("e")).map(([c, t, f]) => `(${c} ? ${t} : ${f})`),
    fc.array(tie("e"), { maxLength: 3 }).map((ps) => `"${ps.map((p) => `\${${p}}`).join("|-")}"`),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => `max(${a}, ${b})`),
    tie("e").map((a) => `upper(${a})`),
    tie("e").map((a) => `[for y in [1, 2]: ${a}]`),
    tie("e").map((a) => `{ v = ${a} }`),
  ),
})).e;

const functions = evalFunctions();
const ctx = new EvalContext({
  variables: { ...outer, ...Object.fromEntries(Object.entries(collections).map(([k, v]) => [`coll_${k}`, v])) },
  functions,
});

/** Everything about a value that can differ: type, marks, number precision and text, nested values. */
function fingerprint(v: Value): unknown {
  const marks = v.marks === undefined ? [] : [...v.marks].sort();
  const base = { type: v.type.friendlyName(), marks };
  if (!v.isKnown()) return { ...base, unknown: true };
  if (v.isNull()) return { ...base, null: true };
  switch (v.type.kind) {
    case "number":
      return { ...base, n: v.asBigFloat().text("f", -1), prec: v.prec };
    case "list":
    case "set":
    case "tuple":
      return { ...base, elements: v.elements().map(fingerprint) };
    case "map":
    case "object":
      return { ...base, entries: [...v.entries()].map(([k, e]) => [k, fingerprint(e)]) };
    default:
      return { ...base, v: v.v };
  }
}

function parsed(src: string): Expression {
  const p = parseExpression(src, "loop.hcl");
  expect(p.diagnostics, src).toEqual([]);
  return p.value;
}

function run(e: Expression): { value: unknown; diagnostics: unknown } {
  const r = evaluate(e, ctx);
  return { value: fingerprint(r.value), diagnostics: r.diagnostics };
}

/**
 * The general evaluator's answer, then the same expression twice with
 * compiling on: short collections are compiled on a `for`'s second run, so
 * the second answer comes from the compiled body.
 */
function sameBothWays(src: string): void {
  const e = parsed(src);
  setLoopCompilation(false);
  const general = run(e);
  setLoopCompilation(true);
  expect(run(e), src).toEqual(general);
  expect(run(e), src).toEqual(general);
}

afterEach(() => setLoopCompilation(true));

describe("compiled for bodies agree with the general evaluator (FOR-*)", () => {
  const colls = fc.constantFrom(...Object.keys(collections));
  const withColl = (src: string, c: string): string => src.replace("COLL", `coll_${c}`);

  it("tuple form [for k, x in C: BODY]", () => {
    fc.assert(
      fc.property(expr, colls, (body, c) => sameBothWays(withColl(`[for k, x in COLL: ${body}]`, c))),
      { numRuns: 3000, seed: 4401 },
    );
  });

  it("tuple form with an if clause", () => {
    fc.assert(
      fc.property(expr, expr, colls, (body, cond, c) =>
        sameBothWays(withColl(`[for k, x in COLL: ${body} if ${cond}]`, c)),
      ),
      { numRuns: 2000, seed: 4402 },
    );
  });

  it("object form, with and without grouping", () => {
    fc.assert(
      fc.property(expr, expr, fc.boolean(), colls, (key, body, group, c) =>
        sameBothWays(withColl(`{for k, x in COLL: ${key} => ${body}${group ? "..." : ""}}`, c)),
      ),
      { numRuns: 2000, seed: 4403 },
    );
  });

  it("template for directives", () => {
    fc.assert(
      fc.property(expr, colls, (body, c) => {
        const src = withColl(`"%{ for k, x in COLL }\${${body}},%{ endfor }"`, c);
        sameBothWays(src);
      }),
      { numRuns: 2000, seed: 4404 },
    );
  });

  it("a heredoc template over a list, as Packer templates write them", () => {
    const src = `<<EOT\n%{ for i, v in coll_ints ~}\n\${i}: \${v > 5000 ? v - 5000 : v + i} \${(v * 3) / 3 == v}\n%{ endfor ~}\nEOT\n`;
    sameBothWays(src);
    setLoopCompilation(true);
    expect(run(parsed(src)).value).toMatchObject({
      v: expect.stringContaining("4: 4004 true\n5: 9007199254735991 true"),
    });
  });
});

describe("what gets compiled", () => {
  function forOf(src: string): ForExpr {
    const p = parseExpression(src, "c.hcl");
    expect(p.value).toBeInstanceOf(ForExpr);
    return p.value as ForExpr;
  }

  it("plain operators, conditionals, templates and attributes are compiled and answer directly", () => {
    const e = forOf('{for k, x in xs: "${k}-${x.a}" => (x.a > 1 ? x.a * 2 : -x.a) if !(x.a == 3)}');
    const c = compiledFor(e, evaluate, 100);
    const scope = new ForScope(undefined, e);
    scope.bind(stringVal("key"), objectVal({ a: numberIntVal(2) }));
    expect(c.key?.(scope)?.asString()).toBe("key-2");
    expect(c.val?.(scope)?.rawEquals(numberIntVal(4))).toBe(true);
    expect(c.cond?.(scope)?.isTrue()).toBe(true);
  });

  it("hands back what it cannot answer plainly: marks, unknowns, errors", () => {
    const e = forOf("[for x in xs: x + 1]");
    const c = compiledFor(e, evaluate, 100);
    const scope = new ForScope(undefined, e);
    for (const v of [numberIntVal(1).mark(S), unknownVal(NumberType), nullVal(NumberType), stringVal("a")]) {
      scope.bind(numberIntVal(0), v);
      expect(c.val?.(scope)).toBeUndefined();
    }
    scope.bind(numberIntVal(0), stringVal("41"));
    expect(c.val?.(scope)).toBeUndefined();
  });

  it("leaves bodies whose root it cannot express to the general evaluator", () => {
    expect(compiledFor(forOf("[for x in xs: upper(x)]"), evaluate, 100).val).toBeUndefined();
    expect(compiledFor(forOf("[for x in xs: x[0]]"), evaluate, 100).val).toBeUndefined();
    expect(compiledFor(forOf("[for x in xs: { a = x }]"), evaluate, 100).val).toBeUndefined();
  });

  it("compiles a short loop on its second run, a long one at once", () => {
    const short = forOf("[for x in xs: x + 1]");
    expect(compiledFor(short, evaluate, 3).val).toBeUndefined();
    expect(compiledFor(short, evaluate, 3).val).toBeTypeOf("function");
    expect(compiledFor(forOf("[for x in xs: x + 1]"), evaluate, 16).val).toBeTypeOf("function");
  });

  it("compiles nothing when turned off", () => {
    setLoopCompilation(false);
    expect(compiledFor(forOf("[for x in xs: x + 1]"), evaluate, 100)).toEqual({
      key: undefined,
      val: undefined,
      cond: undefined,
    });
  });

  it("template bodies of a for directive agree too", () => {
    const p = parseTemplate("%{ for v in coll_mixed }${v}%{ endfor }", "t.tmpl");
    setLoopCompilation(false);
    const general = evaluate(p.value, ctx);
    setLoopCompilation(true);
    evaluate(p.value, ctx);
    const compiled = evaluate(p.value, ctx);
    expect(compiled.diagnostics).toEqual(general.diagnostics);
    expect(fingerprint(compiled.value)).toEqual(fingerprint(general.value));
  });
});
