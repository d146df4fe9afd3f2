#!/usr/bin/env node
// Records spec-fixtures/hcldec-cli/<case>/ from the cases in hcldec-cli-cases.mjs:
// the case's files, case.json (argv, stdin, the file --out writes) and
// expected.json (exit status, stdout, stderr, and that file's content) from
// Go's hcldec (../shared/tools/oracle-setup.sh), or, for the cases marked
// `oracle: "plinth"` (Go crashes or has a bug there), from bin/hcldec after
// `npm run build`. Review the diff before committing.
//
//   node test/tools/record-hcldec-cli.mjs [case-name ...]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cases } from "./hcldec-cli-cases.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const goHcldec = join(process.env.ORACLE_BIN_DIR ?? join(root, ".oracle", "bin"), "hcldec");
const ourHcldec = join(root, "bin", "hcldec");
if (!existsSync(goHcldec)) {
  console.error(`oracle not found at ${goHcldec}; run ../shared/tools/oracle-setup.sh first`);
  process.exit(2);
}
const base = join(root, "spec-fixtures", "hcldec-cli");
mkdirSync(base, { recursive: true });
const only = process.argv.slice(2);

if (only.length === 0) {
  const names = new Set(cases.map((c) => c.name));
  for (const d of readdirSync(base)) if (!names.has(d)) rmSync(join(base, d), { recursive: true });
}

for (const c of cases) {
  if (only.length > 0 && !only.includes(c.name)) continue;
  const dir = join(base, c.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(c.files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const oracle = c.oracle ?? "go";
  const def = { args: c.args, oracle };
  if (c.stdin !== undefined) def.stdin = c.stdin;
  if (c.outFile !== undefined) def.outFile = c.outFile;
  if (c.note !== undefined) def.note = c.note;
  if (c.unordered === true) def.unordered = true;
  writeFileSync(join(dir, "case.json"), JSON.stringify(def, null, 2) + "\n");

  const bin = oracle === "go" ? goHcldec : ourHcldec;
  const r = spawnSync(bin, c.args, { cwd: dir, input: c.stdin ?? "", encoding: "utf8" });
  const expected = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  if (c.outFile !== undefined) {
    const p = join(dir, c.outFile);
    expected.outFile = existsSync(p) ? readFileSync(p, "utf8") : null;
    rmSync(p, { force: true });
  }
  writeFileSync(join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
  const first = (r.stderr.split("\n").find((l) => l.trim() !== "") ?? "").slice(0, 70);
  console.log(`${c.name} [${oracle}]: exit ${r.status}${first ? " — " + first : ""}`);
}
