/**
 * Runs many inputs through Go's hcldec in a few processes: hcldec accepts
 * several files and, on syntax errors, prints the parse diagnostics of all
 * of them (CLI-02), each naming its file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { oracleHcldec } from "./paths.js";
import type { PrintedDiagnostic } from "./fixtures.js";

export function goParseDiagnosticsBatch(inputs: string[], batchSize = 250): PrintedDiagnostic[][] {
  const dir = mkdtempSync(join(tmpdir(), "plinth-fuzz-"));
  writeFileSync(join(dir, "empty.hcldec"), "object {}\n");
  const results: PrintedDiagnostic[][] = inputs.map(() => []);
  for (let b = 0; b < inputs.length; b += batchSize) {
    const names: string[] = [];
    for (let i = b; i < Math.min(inputs.length, b + batchSize); i++) {
      const name = `f${i}.hcl`;
      writeFileSync(join(dir, name), inputs[i]!);
      names.push(name);
    }
    const r = spawnSync(oracleHcldec, ["--spec=empty.hcldec", "--diags=json", ...names], {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    if (r.status === 0) continue;
    const parsed = JSON.parse(r.stderr) as { diagnostics: PrintedDiagnostic[] };
    for (const d of parsed.diagnostics) {
      if (d.summary === "Unsupported argument" || d.summary === "Unsupported block type") continue;
      const m = /^f(\d+)\.hcl$/.exec(d.subject?.filename ?? "");
      if (m === null) continue;
      results[Number(m[1])]!.push(d);
    }
  }
  return results;
}
