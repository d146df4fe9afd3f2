/**
 * Runs one hcldec golden case (a folder of spec-fixtures/hcldec: spec,
 * inputs, optional vars.json, Go's expected.json) through our decoder, the
 * way Go's `hcldec --diags=json --with-type --keep-nulls` does, and says how
 * the answers compare: exit status, value and type (the exact JSON Go
 * prints), and diagnostics (severity, summary, detail and subject), compared
 * as multisets because Go's object specs report in map order (DEC-03).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseConfig } from "../../grammar/index.js";
import { marshalValue, parseJSONText, plain } from "../../src/cty/json.js";
import { DynamicPseudoType } from "../../src/cty/types.js";
import { decodeJSONValue } from "../../src/cty/json.js";
import type { Value } from "../../src/cty/value.js";
import type { HclBody } from "../../src/hcl/body.js";
import { type Diagnostic, hasErrors } from "../../src/hcl/diagnostic.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { mergeBodies } from "../../src/hcl/merged.js";
import { nativeBody } from "../../src/hcl/native-body.js";
import { decode } from "../../src/hcldec/decode.js";
import { JsonBody, parseJSON } from "../../src/json/index.js";
import type { Spec } from "../../src/hcldec/spec.js";
import { printed, type PrintedDiagnostic } from "../support/fixtures.js";
import { readSpecText } from "./spec-text.js";

export interface GoAnswer {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CaseOutcome {
  status: number;
  stdout: string;
  diagnostics: PrintedDiagnostic[];
}

/** What our decoder says for a case given as texts (the folder's files). */
export function runCase(
  specText: string,
  inputs: { name: string; text: string }[],
  varsJSON: string | undefined,
  readSpec: (text: string) => { spec: Spec; variables: Map<string, Value> } = (t) => readSpecText(t),
): CaseOutcome {
  const { spec, variables } = readSpec(specText);
  const diags: Diagnostic[] = [];
  const bodies: HclBody[] = [];
  for (const input of inputs) {
    // As Go's CLI: a name ending in .json is read as JSON syntax (CLI-02).
    const r = input.name.endsWith(".json") ? parseJSON(input.text, input.name) : parseConfig(input.text, input.name);
    diags.push(...r.diagnostics);
    if (!hasErrors(r.diagnostics)) bodies.push(r.file.body instanceof JsonBody ? r.file.body : nativeBody(r.file.body));
  }
  if (hasErrors(diags)) return { status: 2, stdout: "", diagnostics: diags.map(printed) };
  const vars = new Map(variables);
  if (varsJSON !== undefined) for (const [k, v] of decodeJSONValue(varsJSON).entries()) vars.set(k, v);
  // As Go's CLI: with no variables (and no spec functions) there is no context at all (CLI-04).
  const ctx = vars.size > 0 ? new EvalContext({ variables: vars }) : undefined;
  const r = decode(mergeBodies(bodies), spec, ctx);
  diags.push(...r.diagnostics);
  if (hasErrors(diags)) return { status: 2, stdout: "", diagnostics: diags.map(printed) };
  try {
    return { status: 0, stdout: marshalValue(r.value, DynamicPseudoType) + "\n", diagnostics: [] };
  } catch (e) {
    return { status: 1, stdout: "", diagnostics: [{ severity: "error", summary: String(e) }] };
  }
}

/** Go's answer in the same shape. */
export function goOutcome(go: GoAnswer): CaseOutcome {
  if (go.status !== 2) return { status: go.status, stdout: go.stdout, diagnostics: [] };
  if (go.stderr.startsWith("panic:"))
    return { status: 2, stdout: "", diagnostics: [{ severity: "panic", summary: go.stderr.trim() }] };
  const parsed = plain(parseJSONText(go.stderr)) as { diagnostics: PrintedDiagnostic[] };
  return { status: 2, stdout: "", diagnostics: parsed.diagnostics };
}

/** Diagnostics in a canonical order, for comparison as multisets. */
export function sortedDiags(ds: PrintedDiagnostic[]): string[] {
  return ds
    .map((d) =>
      JSON.stringify(d, [
        "severity",
        "summary",
        "detail",
        "subject",
        "filename",
        "start",
        "end",
        "line",
        "column",
        "byte",
      ]),
    )
    .sort();
}

export function readCase(dir: string): {
  specText: string;
  inputs: { name: string; text: string }[];
  vars?: string;
  go: GoAnswer & { args: string[] };
} {
  const go = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as GoAnswer & { args: string[] };
  const inputs = go.args
    .filter((a) => !a.startsWith("--"))
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
  const varsArg = go.args.find((a) => a.startsWith("--vars="));
  const vars = varsArg === undefined ? undefined : readFileSync(join(dir, varsArg.slice("--vars=".length)), "utf8");
  return { specText: readFileSync(join(dir, "spec.hcldec"), "utf8"), inputs, vars, go };
}
