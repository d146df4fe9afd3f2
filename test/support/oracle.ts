/**
 * Runs Go's hcldec (built by ../shared/tools/oracle-setup.sh) as the referee
 * for differential tests.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic } from "../../src/hcl/diagnostic.js";
import { oracleHcldec } from "./paths.js";

let workDir: string | undefined;
function dir(): string {
  workDir ??= mkdtempSync(join(tmpdir(), "plinth-oracle-"));
  return workDir;
}

export interface OracleRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runHcldec(args: string[], input?: string): OracleRun {
  const r = spawnSync(oracleHcldec, args, { input, encoding: "utf8", cwd: dir(), maxBuffer: 1 << 28 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Go's parse diagnostics for `text` (as file `filename` in a scratch folder).
 * Uses the spec `object {}`: on a syntax error hcldec prints only the parse
 * diagnostics; otherwise decode errors ("Unsupported argument" etc.) follow,
 * which we drop.
 */
export function goParseDiagnostics(text: string, filename = "input.hcl"): Diagnostic[] {
  const d = dir();
  writeFileSync(join(d, "empty.hcldec"), "object {}\n");
  writeFileSync(join(d, filename), text);
  const r = runHcldec(["--spec=empty.hcldec", "--diags=json", filename]);
  if (r.status === 0) return [];
  const parsed = JSON.parse(r.stderr) as { diagnostics: Diagnostic[] };
  return parsed.diagnostics
    .filter((x) => !/^(Unsupported argument|Unsupported block type)$/.test(x.summary))
    .map((x) => ({ ...x, detail: x.detail ?? "" }));
}
