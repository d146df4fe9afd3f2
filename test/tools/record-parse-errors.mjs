#!/usr/bin/env node
// Records spec-fixtures/parse-errors/*/expected.json (and expected.txt, the
// text rendering) from Go's hcldec (the
// oracle built by ../shared/tools/oracle-setup.sh). Run after adding a case
// folder with an input.hcl; review the diff before committing.
//
//   node test/tools/record-parse-errors.mjs [case-name ...]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const hcldec = join(process.env.ORACLE_BIN_DIR ?? join(root, ".oracle", "bin"), "hcldec");
if (!existsSync(hcldec)) {
  console.error(`oracle not found at ${hcldec}; run ../shared/tools/oracle-setup.sh first`);
  process.exit(2);
}
const base = join(root, "spec-fixtures", "parse-errors");
writeFileSync("/tmp/plinth-empty.hcldec", "object {}\n");
const only = process.argv.slice(2);
for (const name of readdirSync(base).sort()) {
  if (only.length > 0 && !only.includes(name)) continue;
  const dir = join(base, name);
  const expectedPath = join(dir, "expected.json");
  const prev = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, "utf8")) : {};
  const r = spawnSync(hcldec, ["--spec=/tmp/plinth-empty.hcldec", "--diags=json", "input.hcl"], {
    cwd: dir,
    encoding: "utf8",
  });
  let diagnostics = [];
  if (r.status !== 0) {
    diagnostics = JSON.parse(r.stderr).diagnostics.filter(
      (d) => d.summary !== "Unsupported argument" && d.summary !== "Unsupported block type",
    );
  }
  const out = { rule: prev.rule ?? "", oracle: "hcl 2.14.1 (Debian)", diagnostics };
  writeFileSync(expectedPath, JSON.stringify(out, null, 2) + "\n");
  // The same diagnostics in HCL's text layout (no colour, wrapped at 80 columns).
  const text = spawnSync(hcldec, ["--spec=/tmp/plinth-empty.hcldec", "input.hcl"], { cwd: dir, encoding: "utf8" });
  writeFileSync(join(dir, "expected.txt"), diagnostics.length > 0 ? text.stderr : "");
  console.log(`${name}: ${diagnostics.length} diagnostic(s)${diagnostics[0] ? " — " + diagnostics[0].summary : ""}`);
}
