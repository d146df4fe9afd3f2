/**
 * Shared machinery of the function tests: evaluate a call as HCL would
 * (arguments converted to parameter types, through Plinth's evaluator) and
 * render value and diagnostics compactly, in the same form the Go
 * recordings (from test/tools/hcleval) were written in.
 */
import { expect } from "vitest";
import type { Function } from "../../src/functions/function.js";
import type { ValueDump } from "./hcleval.js";
import { plinthEvaluate } from "./plinth-eval.js";

/**
 * A compact, complete rendering of a value: its type (cty JSON), whether it
 * is unknown or null, its content and its marks (`^sensitive`). The Go
 * recordings use the same rendering of hcleval's answers.
 */
export function show(d: ValueDump | null): string {
  if (d === null) return "nil";
  const t = JSON.stringify(d.t);
  const m = d.m !== undefined ? "^" + d.m.join(",") : "";
  if (d.u === true) return `?${t}${m}`;
  if (d.null === true) return `null(${t})${m}`;
  if (d.e !== undefined) return `${t}[${d.e.map(show).join(", ")}]${m}`;
  if (d.a !== undefined) {
    const a = d.a;
    const parts = Object.keys(a)
      .sort()
      .map((k) => `${k}: ${show(a[k]!)}`);
    return `${t}{${parts.join(", ")}}${m}`;
  }
  return JSON.stringify(d.v) + m;
}

/** Evaluates an expression as HCL would (arguments converted to parameter types) and renders value and diagnostics. */
export function functionRunner(functions: ReadonlyMap<string, Function>): (expr: string, vars?: string) => string {
  return (expr, vars = "") => {
    const a = plinthEvaluate({ expr, vars }, { functions });
    let s = show(a.value);
    if (a.diags.length > 0) {
      s += " !! " + a.diags.map((d) => `${d.summary}: ${d.detail} @${d.subject?.start.column}`).join(" | ");
    }
    if (a.varDiags !== undefined) s += " (vars failed)";
    return s;
  };
}

/** Variables the recorded cases refer to (built with hcleval's `unknown`, `null_of`, `sensitive` and `typed` helpers). */
export const FUNCTION_TEST_VARS = `
us = unknown("string")
un = unknown("number")
ub = unknown("bool")
ul = unknown("list(string)")
ud = unknown("any")
um = unknown("map(string)")
uo = unknown("object({a=string,b=number})")
ut = unknown("tuple([string,number])")
uset = unknown("set(string)")
ns = null_of("string")
nn = null_of("number")
nl = null_of("list(string)")
nm = null_of("map(string)")
no = null_of("object({a=string})")
nset = null_of("set(string)")
ss = sensitive("s")
sl = sensitive(["a","b"])
stl = sensitive(typed("list(string)", ["a","b"]))
sn = sensitive(2)
sm = sensitive(typed("map(string)", {a="x"}))
so = sensitive({a="x", b=1})
slin = typed("list(string)", ["a", sensitive("b")])
tin = ["a", sensitive("b"), 3]
lwu = typed("list(string)", ["a", unknown("string")])
twu = ["a", unknown("number")]
setwu = typed("set(string)", ["a", unknown("string")])
setwu1 = typed("set(string)", [unknown("string")])
set1 = typed("set(string)", ["b","a"])
lnum = typed("list(number)", [3,1,2])
snum = typed("set(number)", [3,1,2])
mstr = typed("map(string)", {b="2", a="1"})
mwu = typed("map(string)", {a="1", b=unknown("string")})
msin = typed("map(string)", {a="1", b=sensitive("2")})
obj = {a="x", b=2}
owu = {a="x", b=unknown("number")}
el = typed("list(string)", [])
es = typed("set(string)", [])
em = typed("map(string)", {})
edyn = typed("list(any)", [])
esetdyn = typed("set(any)", [])
lnull = typed("list(string)", ["a", null])
ll = typed("list(list(string))", [["a"], ["b", "c"]])
lbool = typed("list(bool)", [true, false])
sd = sensitive(unknown("any"))
sus = sensitive(unknown("string"))
sul = sensitive(unknown("list(string)"))
lbu = typed("list(bool)", [unknown("bool")])
lbs = typed("list(bool)", [sensitive(true), true])
lbsf = typed("list(bool)", [true, sensitive(false)])
lbnull = typed("list(bool)", [true, null])
sfl = typed("set(number)", [2.5, 0.5])
sinf = typed("list(number)", [1e500, 1e500])
bigs = typed("list(number)", [12345678901234567890, 0.5])
nlb = null_of("list(bool)")
ulb = unknown("list(bool)")
`;

/** What Go answered for a recorded case: the value, or the first diagnostic's summary and detail. */
export type Expected = ValueDump | { err: [summary: string, detail: string] };
/** [expression, vars body, what Go answered] */
export type Case = [string, string, Expected];

/** A checker for recorded cases, evaluating with `functions`. */
export function recordedCaseChecker(functions: ReadonlyMap<string, Function>): (c: Case) => void {
  return ([expr, vars, want]) => {
    const r = plinthEvaluate(vars === "" ? { expr } : { expr, vars }, { functions });
    if ("err" in want) {
      expect(r.diags.length, `${expr}: expected an error`).toBeGreaterThan(0);
      expect([r.diags[0]!.summary, r.diags[0]!.detail]).toEqual(want.err);
    } else {
      expect(r.diags.map((d) => d.detail)).toEqual([]);
      expect(r.value).toEqual(want);
    }
  };
}
