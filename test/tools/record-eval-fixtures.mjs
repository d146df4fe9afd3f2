#!/usr/bin/env node
// Fills in Go's answers for the evaluation fixtures in spec-fixtures/eval/*.json.
// Each file: {"description", "vars", "cases": [{"expr", "template"?, "ctx"?, "why"?, "go"?}]}.
// Cases without "go" are sent to test/tools/hcleval (build it with
// test/tools/build-go-tools.sh); --all re-records every case.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = process.env.ORACLE_BIN_DIR
  ? join(process.env.ORACLE_BIN_DIR, "hcleval")
  : join(root, ".oracle", "bin", "hcleval");
const all = process.argv.includes("--all");
const dir = join(root, "spec-fixtures", "eval");
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith(".json"))
  .sort()) {
  const path = join(dir, name);
  const doc = JSON.parse(readFileSync(path, "utf8"));
  const todo = doc.cases.filter((c) => all || c.go === undefined);
  if (todo.length === 0) continue;
  const input =
    todo
      .map((c) =>
        JSON.stringify({ expr: c.expr, template: c.template ?? false, vars: doc.vars ?? "", ctx: c.ctx ?? "full" }),
      )
      .join("\n") + "\n";
  const r = spawnSync(bin, [], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`hcleval failed: ${r.stderr}`);
  const answers = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  todo.forEach((c, i) => (c.go = answers[i]));
  writeFileSync(path, JSON.stringify(doc, null, 1) + "\n");
  console.log(`${name}: recorded ${todo.length} case(s)`);
}
