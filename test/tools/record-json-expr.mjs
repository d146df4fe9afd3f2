#!/usr/bin/env node
// Records spec-fixtures/json-expr/expected.json: what Go's JSON syntax gives
// for each source in json-expr-cases.mjs (parse diagnostics, ranges, static
// views, variables, values), as answered by test/tools/jsonexpr (build it
// with test/tools/build-go-tools.sh). Review the diff before committing.
//
//   node test/tools/record-json-expr.mjs
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sources } from "./json-expr-cases.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(process.env.ORACLE_BIN_DIR ?? join(root, ".oracle", "bin"), "jsonexpr");
if (!existsSync(bin)) {
  console.error(`${bin} not found; run test/tools/build-go-tools.sh first`);
  process.exit(2);
}
const r = spawnSync(bin, [], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 1 << 26 });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const answers = JSON.parse(r.stdout);
const out = sources.map((src, i) => ({ src, ...answers[i] }));
mkdirSync(join(root, "spec-fixtures", "json-expr"), { recursive: true });
writeFileSync(
  join(root, "spec-fixtures", "json-expr", "expected.json"),
  JSON.stringify({ oracle: "hcl 2.14.1 (Debian)", cases: out }, null, 1) + "\n",
);
console.log(`recorded ${out.length} JSON expressions`);
