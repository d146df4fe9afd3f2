/**
 * Runs expressions through test/tools/hcleval (Go's hclsyntax + go-cty) and
 * through Plinth, producing the same JSON shape from both so a test can
 * compare them whole.
 */
import { spawnSync } from "node:child_process";
import { oracleHcleval } from "./paths.js";

export interface EvalRequest {
  expr: string;
  template?: boolean;
  /** An HCL body whose attributes become variables (see hcleval's `unknown`, `sensitive`, `typed`, `null_of`). */
  vars?: string;
  ctx?: "full" | "novars" | "nofuncs" | "nil";
}

export interface PosJSON {
  line: number;
  column: number;
  byte: number;
}
export interface RangeJSON {
  start: PosJSON;
  end: PosJSON;
}

export interface DiagJSON {
  severity: "error" | "warning";
  summary: string;
  detail: string;
  subject?: RangeJSON;
  context?: RangeJSON;
  text: string;
}

/** A value described completely: type, known/null/unknown, content and marks. */
export interface ValueDump {
  t: unknown;
  u?: true;
  null?: true;
  v?: string | boolean;
  e?: ValueDump[];
  a?: Record<string, ValueDump>;
  m?: string[];
  panic?: string;
}

export interface EvalAnswer {
  value: ValueDump | null;
  /** go-cty's JSON encoding of a wholly known, unmarked value with its own type (ENC-02/03). */
  json?: string;
  diags: DiagJSON[];
  varDiags?: DiagJSON[];
}

/** Go's answers for many requests, in one process. */
export function goEvaluate(requests: readonly EvalRequest[]): EvalAnswer[] {
  const input = requests.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const r = spawnSync(oracleHcleval, [], { input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`hcleval failed (${r.status}): ${r.stderr}`);
  const lines = r.stdout.split("\n").filter((l) => l !== "");
  if (lines.length !== requests.length)
    throw new Error(`hcleval answered ${lines.length} of ${requests.length} requests`);
  return lines.map((l) => JSON.parse(l) as EvalAnswer);
}
