// JSON expressions against Go's JSON syntax, from
// spec-fixtures/json-expr/expected.json (recorded by
// test/tools/record-json-expr.mjs with the test/tools/jsonexpr referee):
// parse diagnostics, range and start range, the static views ExprList,
// ExprMap, ExprCall, AbsTraversalForExpr and ExprAsKeyword (JSON-09, STA-01..06),
// Variables (JSON-10), and values with no context and with one (JSON-06..08),
// each with Go's diagnostics and ranges.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { marshalValue } from "../../src/cty/json.js";
import { DynamicPseudoType } from "../../src/cty/types.js";
import { nullVal, numberIntVal, objectVal, stringVal, tupleVal } from "../../src/cty/value.js";
import type { Traversal } from "../../src/hcl/ast.js";
import type { Diagnostic } from "../../src/hcl/diagnostic.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { literalValue } from "../../src/hcl/literal.js";
import type { Range } from "../../src/hcl/pos.js";
import { parseJSONExpression } from "../../src/json/index.js";
import type { JsonExpression } from "../../src/json/index.js";
import { fixturesDir } from "../support/paths.js";
import { readJSON } from "../support/fixtures.js";

interface R {
  start: { line: number; column: number; byte: number };
  end: { line: number; column: number; byte: number };
}
interface D {
  severity: string;
  summary: string;
  detail: string;
  subject?: R;
}
interface Step {
  kind: string;
  name?: string;
  key?: unknown;
  range: R;
}
interface V {
  value: string | null;
  diags: D[];
}
interface Answer {
  src: string;
  parseDiags: D[];
  range: R;
  startRange: R;
  list: R[] | null;
  map: { key: R; value: R }[] | null;
  call: { name: string; nameRange: R; argsRange: R; args: R[] } | null;
  traversal: Step[][] | null;
  keyword: string;
  variables: Step[][];
  valueNil: V;
  valueCtx: V;
}

const r = (x: Range): R => ({ start: { ...x.start }, end: { ...x.end } });
const d = (x: Diagnostic): D => {
  const o: D = { severity: x.severity, summary: x.summary, detail: x.detail };
  if (x.subject !== undefined) o.subject = r(x.subject);
  return o;
};
const steps = (t: Traversal): Step[] =>
  t.map((s) => {
    const o: Step = { kind: s.kind, range: r(s.range) };
    if (s.kind !== "index") o.name = s.name;
    else o.key = JSON.parse(marshalValue(literalValue(s.key)));
    return o;
  });

const ctx = new EvalContext({
  variables: {
    n: numberIntVal(2),
    name: stringVal("w"),
    list: tupleVal([stringVal("p"), stringVal("q")]),
    obj: objectVal({ k: stringVal("v") }),
    nothing: nullVal(DynamicPseudoType),
  },
});

function value(e: JsonExpression, c: EvalContext | undefined): V {
  const res = e.value(c);
  return {
    value: res.value.isWhollyKnown() ? marshalValue(res.value, DynamicPseudoType) : null,
    diags: res.diagnostics.map(d),
  };
}

function ours(src: string): Omit<Answer, "src"> {
  const { value: e, diagnostics } = parseJSONExpression(src, "expr.json");
  const call = e.call();
  const traversal = e.traversal();
  return {
    parseDiags: diagnostics.map(d),
    range: r(e.range),
    startRange: r(e.startRange),
    list: e.list()?.map((x) => r(x.range)) ?? null,
    map: e.map()?.map((kv) => ({ key: r(kv.key.range), value: r(kv.value.range) })) ?? null,
    call:
      call === undefined
        ? null
        : {
            name: call.name,
            nameRange: r(call.nameRange),
            argsRange: r(call.argsRange),
            args: call.arguments.map((a) => r(a.range)),
          },
    traversal: traversal === undefined ? null : [steps(traversal)],
    keyword: e.keyword(),
    variables: e.variables().map(steps),
    valueNil: value(e, undefined),
    valueCtx: value(e, ctx),
  };
}

const { cases } = readJSON<{ cases: Answer[] }>(join(fixturesDir, "json-expr", "expected.json"));

describe("JSON expressions match Go's JSON syntax", () => {
  for (const c of cases) {
    test(`JSON-06..10 ${JSON.stringify(c.src)}`, () => {
      const { src, ...expected } = c;
      expect(ours(src)).toEqual(expected);
    });
  }
});
