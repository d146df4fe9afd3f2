import { type Range, rangeString } from "./pos.js";

export type Severity = "error" | "warning";

/**
 * A problem found in user input, shaped like HCL's `hcl.Diagnostic` (DIAG-01).
 * Plain data: safe to serialise, compare and send to an editor.
 */
export interface Diagnostic {
  severity: Severity;
  /** A short title without a final period, e.g. "Unsupported argument". */
  summary: string;
  /** Full sentences saying what is wrong and what to do; may be empty. */
  detail: string;
  /** Exactly the offending construct, when there is one. */
  subject?: Range;
  /** A wider range shown around the subject; contains it. */
  context?: Range;
  /**
   * Values of variables the failing expression referred to, for the
   * renderer's "with x as …" lines (DIAG-10 step 4). Filled by evaluation.
   */
  values?: DiagnosticValue[];
  /** Machine-readable extra information (e.g. the called function's name). */
  extra?: Readonly<Record<string, unknown>>;
}

/** One "with NAME as VALUE" line of a rendered diagnostic. */
export interface DiagnosticValue {
  traversal: string;
  /** What follows the traversal: ` as "value"` (HCL's short value rendering) or ` set to null`. */
  statement: string;
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  for (const d of diags) if (d.severity === "error") return true;
  return false;
}

export function errorDiag(summary: string, detail: string, subject?: Range, context?: Range): Diagnostic {
  const d: Diagnostic = { severity: "error", summary, detail };
  if (subject !== undefined) d.subject = subject;
  if (context !== undefined) d.context = context;
  return d;
}

export function warningDiag(summary: string, detail: string, subject?: Range, context?: Range): Diagnostic {
  const d: Diagnostic = { severity: "warning", summary, detail };
  if (subject !== undefined) d.subject = subject;
  if (context !== undefined) d.context = context;
  return d;
}

/** `<subject>: <summary>; <detail>` as Go's `Diagnostic.Error()` (DIAG-03). */
export function diagnosticString(d: Diagnostic): string {
  const where = d.subject !== undefined ? rangeString(d.subject) : "<nil>";
  return `${where}: ${d.summary}; ${d.detail}`;
}

/** Go's `Diagnostics.Error()`: the first one plus a count of the others (DIAG-03). */
export function diagnosticsString(diags: readonly Diagnostic[]): string {
  if (diags.length === 0) return "no diagnostics";
  const first = diagnosticString(diags[0]!);
  if (diags.length === 1) return first;
  return `${first}, and ${diags.length - 1} other diagnostic(s)`;
}

/** The result of every operation that reads user input: a best-effort value plus diagnostics. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}
