#!/usr/bin/env node
// Records Go's hcldec answers for generated (spec, input) pairs (test/tools/hcldec-gen.mjs) into
// spec-fixtures/hcldec/generated.json, which test/hcldec/differential.test.ts checks our decoder
// against without Go. Usage: node test/tools/record-hcldec-generated.mjs [count=1000] [first-seed=1]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCase } from "./hcldec-gen.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = process.env.ORACLE_BIN_DIR
  ? join(process.env.ORACLE_BIN_DIR, "hcldec")
  : join(root, ".oracle", "bin", "hcldec");
if (!existsSync(bin)) {
  console.error(`record-hcldec-generated: ${bin} not found; run ../shared/tools/oracle-setup.sh`);
  process.exit(1);
}
const count = Number(process.argv[2] ?? 1000);
const first = Number(process.argv[3] ?? 1);
const work = mkdtempSync(join(tmpdir(), "hcldec-gen-"));
const cases = [];
const tally = { 0: 0, 1: 0, 2: 0 };
for (let seed = first; seed < first + count; seed++) {
  const c = generateCase(seed);
  writeFileSync(join(work, "spec.hcldec"), c.spec);
  for (const i of c.inputs) writeFileSync(join(work, i.name), i.text);
  const args = ["--spec=spec.hcldec", "--diags=json", "--with-type", "--keep-nulls"];
  if (c.vars !== undefined) args.push(`--vars=${JSON.stringify(c.vars)}`);
  args.push(...c.inputs.map((i) => i.name));
  const r = spawnSync(bin, args, { cwd: work, encoding: "utf8" });
  const go = { status: r.status, stdout: r.stdout };
  // Stored parsed, not as Go's indented text, to keep the file small.
  // Go's hcldec panics on a few inputs (its bugs); the first line is kept to tell which.
  if (r.stderr.startsWith("panic:")) go.panic = r.stderr.split("\n")[0];
  else if (r.status === 2) go.diagnostics = JSON.parse(r.stderr).diagnostics;
  else if (r.stderr !== "") go.stderr = r.stderr;
  const key = go.panic !== undefined ? "panic" : r.status;
  tally[key] = (tally[key] ?? 0) + 1;
  cases.push({ ...c, go });
}
rmSync(work, { recursive: true });
// HCLDEC_GENERATED_OUT writes elsewhere, for exploratory runs at other seeds.
const out = process.env.HCLDEC_GENERATED_OUT ?? join(root, "spec-fixtures", "hcldec", "generated.json");
writeFileSync(out, JSON.stringify({ generator: "test/tools/hcldec-gen.mjs", cases }) + "\n");
console.log(
  `record-hcldec-generated: ${cases.length} case(s); Go exit status 0: ${tally[0]}, 2: ${tally[2]}, 1: ${tally[1]}, panics: ${tally.panic ?? 0}`,
);
