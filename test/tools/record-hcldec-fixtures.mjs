#!/usr/bin/env node
// Records Go's answers for the hcldec decoder goldens in spec-fixtures/hcldec/<kind>-<case>/.
// A case folder holds spec.hcldec, its input files (*.hcl, *.hcl.json; merged in name order
// when there are several) and optionally vars.json; this writes expected.json with the
// arguments used and Go's exit status, stdout and stderr (--diags=json --with-type --keep-nulls).
// Usage: node test/tools/record-hcldec-fixtures.mjs [--all] [case ...]
// Without --all only cases lacking expected.json are recorded. Needs .oracle/bin/hcldec
// (../shared/tools/oracle-setup.sh). Where Go has a bug, the folder's deviation.json holds our answer
// ({why, status, stdout, diagnostics?}) and the reason; expected.json still records Go's.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = process.env.ORACLE_BIN_DIR
  ? join(process.env.ORACLE_BIN_DIR, "hcldec")
  : join(root, ".oracle", "bin", "hcldec");
const base = join(root, "spec-fixtures", "hcldec");
const all = process.argv.includes("--all");
const named = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!existsSync(bin)) {
  console.error(`record-hcldec-fixtures: ${bin} not found; run ../shared/tools/oracle-setup.sh`);
  process.exit(1);
}

/** The hcldec arguments for a case folder (also stored in expected.json, which the tests read). */
export function caseArgs(dir) {
  const files = readdirSync(dir).sort();
  const inputs = files.filter((f) => f.endsWith(".hcl") || f.endsWith(".hcl.json"));
  const args = ["--spec=spec.hcldec", "--diags=json", "--with-type", "--keep-nulls"];
  if (files.includes("vars.json")) args.push("--vars=vars.json");
  return [...args, ...inputs];
}

// The decoder's cases are named <kind>-<case>; other folders here belong to other tools.
const KINDS = [
  "object",
  "array",
  "attr",
  "literal",
  "block",
  "block_list",
  "block_set",
  "block_map",
  "default",
  "transform",
];

let n = 0;
for (const name of readdirSync(base).sort()) {
  const dir = join(base, name);
  if (!statSync(dir).isDirectory() || !KINDS.includes(name.slice(0, name.indexOf("-")))) continue;
  if (named.length > 0 && !named.includes(name)) continue;
  if (!all && named.length === 0 && existsSync(join(dir, "expected.json"))) continue;
  const args = caseArgs(dir);
  const r = spawnSync(bin, args, { cwd: dir, encoding: "utf8" });
  // A Go panic (its bug; the case folder then has a deviation.json saying what we answer) is kept
  // to its first line: the stack trace holds addresses that change from run to run.
  const stderr = r.stderr.startsWith("panic:") ? r.stderr.split("\n")[0] + "\n" : r.stderr;
  const expected = { args, status: r.status, stdout: r.stdout, stderr };
  writeFileSync(join(dir, "expected.json"), JSON.stringify(expected, null, 1) + "\n");
  n++;
}
console.log(`record-hcldec-fixtures: recorded ${n} case(s)`);
