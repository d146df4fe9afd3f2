import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../../src/hcl/diagnostic.js";
import { fixturesDir } from "./paths.js";

/** The case folders under spec-fixtures/<group>, sorted. */
export function fixtureCases(group: string): { name: string; dir: string }[] {
  const base = join(fixturesDir, group);
  return readdirSync(base)
    .filter((n) => statSync(join(base, n)).isDirectory())
    .sort()
    .map((name) => ({ name, dir: join(base, name) }));
}

export function readText(path: string): string {
  return readFileSync(path, "utf8");
}

export function readJSON<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** A diagnostic reduced to what the Go tools print with --diags=json. */
export interface PrintedDiagnostic {
  severity: string;
  summary: string;
  detail?: string;
  subject?: Diagnostic["subject"];
}

export function printed(d: Diagnostic): PrintedDiagnostic {
  const out: PrintedDiagnostic = { severity: d.severity, summary: d.summary };
  if (d.detail !== "") out.detail = d.detail;
  if (d.subject !== undefined) out.subject = d.subject;
  return out;
}
