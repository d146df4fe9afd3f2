#!/usr/bin/env node
// Records spec-fixtures/json/<group>/<case>/ from Go's hcldec (the oracle
// built by ../shared/tools/oracle-setup.sh) for the cases listed in
// json-cases.mjs: writes the input (input.hcl.json), the spec (spec.hcldec),
// a vars file when the case has one (vars.json, read as a JSON body with
// JustAttributes), and what Go printed: expected.json (exit status, stdout,
// the --diags=json diagnostics) and expected.txt (the same diagnostics in
// HCL's text layout, 80 columns, no colour). Review the diff before committing.
//
//   node test/tools/record-json-fixtures.mjs [group/case ...]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cases } from "./json-cases.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const hcldec = join(process.env.ORACLE_BIN_DIR ?? join(root, ".oracle", "bin"), "hcldec");
if (!existsSync(hcldec)) {
  console.error(`oracle not found at ${hcldec}; run ../shared/tools/oracle-setup.sh first`);
  process.exit(2);
}
const base = join(root, "spec-fixtures", "json");
const only = process.argv.slice(2);

const seen = new Set();
for (const c of cases) {
  const id = `${c.group}/${c.name}`;
  if (seen.has(id)) throw new Error(`duplicate case ${id}`);
  seen.add(id);
  if (only.length > 0 && !only.includes(id)) continue;
  const dir = join(base, c.group, c.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "input.hcl.json"), c.input);
  writeFileSync(join(dir, "spec.hcldec"), c.spec ?? "object {}\n");
  const args = ["--spec=spec.hcldec", "--with-type", "--keep-nulls"];
  if (c.vars !== undefined) {
    writeFileSync(join(dir, "vars.json"), c.vars);
    args.push("--vars=vars.json");
  }
  for (const v of c.inlineVars ?? []) args.push(`--vars=${v}`);
  if (c.varRefs === true) args.push("--var-refs");
  const r = spawnSync(hcldec, [...args, "--diags=json", "input.hcl.json"], { cwd: dir, encoding: "utf8" });
  const diagnostics = r.stderr.trim() === "" ? [] : JSON.parse(r.stderr).diagnostics;
  const expected = {
    rule: c.rule,
    oracle: "hcl 2.14.1 (Debian)",
    args: [...args, "input.hcl.json"],
    status: r.status,
    stdout: r.stdout,
    diagnostics,
  };
  writeFileSync(join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
  const text = spawnSync(hcldec, [...args, "input.hcl.json"], { cwd: dir, encoding: "utf8" });
  writeFileSync(join(dir, "expected.txt"), text.stderr);
  console.log(
    `${id}: status ${r.status}, ${diagnostics.length} diagnostic(s)${diagnostics[0] ? " — " + diagnostics[0].summary : ""}`,
  );
}

// Folders whose case was removed from json-cases.mjs.
if (only.length === 0) {
  const dirs = (p) => readdirSync(p).filter((n) => statSync(join(p, n)).isDirectory());
  for (const group of existsSync(base) ? dirs(base) : []) {
    for (const name of dirs(join(base, group))) {
      if (!seen.has(`${group}/${name}`)) console.warn(`stale fixture folder: ${group}/${name}`);
    }
  }
}
