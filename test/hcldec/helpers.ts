/**
 * Shared by the hcldec unit tests: native bodies from text, specs built in
 * code, and compact exact renderings of values and diagnostics to compare.
 */
import { parseConfig, parseExpression } from "../../grammar/index.js";
import { typeJSONString } from "../../src/cty/json.js";
import type { Type } from "../../src/cty/types.js";
import type { Value } from "../../src/cty/value.js";
import type { HclBody, HclExpression } from "../../src/hcl/body.js";
import type { Diagnostic } from "../../src/hcl/diagnostic.js";
import type { EvalContext } from "../../src/hcl/eval-context.js";
import { nativeBody, nativeExpression } from "../../src/hcl/native-body.js";
import { type Range } from "../../src/hcl/pos.js";
import { decode } from "../../src/hcldec/decode.js";
import type { Spec } from "../../src/hcldec/spec.js";

export function body(text: string, filename = "in.hcl"): HclBody {
  const r = parseConfig(text, filename);
  if (r.diagnostics.length > 0) throw new Error(`test input does not parse: ${r.diagnostics[0]!.summary}`);
  return nativeBody(r.file.body);
}

export function expr(text: string, filename = "spec.hcl"): HclExpression {
  const r = parseExpression(text, filename);
  if (r.diagnostics.length > 0) throw new Error(`test expression does not parse: ${r.diagnostics[0]!.summary}`);
  return nativeExpression(r.value);
}

/** `L,C-L,C` (bytes left out: the line/column pair pins a range in these small inputs). */
export function at(r: Range | undefined): string {
  if (r === undefined) return "-";
  return `${r.start.line},${r.start.column}-${r.end.line},${r.end.column}`;
}

/** `error: Summary; Detail @ subject` — the exact words and where. */
export function diag(d: Diagnostic): string {
  return `${d.severity}: ${d.summary}; ${d.detail} @ ${at(d.subject)}`;
}

/** Value (Go-like debug rendering, marks and unknowns included) and its exact type. */
export function show(v: Value): { value: string; type: string } {
  return { value: v.toString(), type: typeJSONString(v.type) };
}

export function run(
  spec: Spec,
  text: string,
  ctx?: EvalContext,
): { value: string; type: string; diags: string[]; raw: Value; diagnostics: Diagnostic[] } {
  const r = decode(body(text), spec, ctx);
  return { ...show(r.value), diags: r.diagnostics.map(diag), raw: r.value, diagnostics: r.diagnostics };
}

export function typeJSON(t: Type): string {
  return typeJSONString(t);
}
