/**
 * `plinth hcldec` against Go's hcldec (CLI-01..07, SPEC-01..15, MRG-01):
 * every case in spec-fixtures/hcldec-cli/ (recorded by
 * test/tools/record-hcldec-cli.mjs) must give the recorded exit status,
 * stdout, stderr and --out file byte for byte. With the Go oracle present
 * each Go-recorded case is also run through Go again, so a stale golden
 * shows up as a failure rather than hiding a difference.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hcldecCommand } from "../../src/cli/hcldec.js";
import { main } from "../../src/cli/main.js";
import { fixturesDir, hasOracle, oracleHcldec, oracleMissing } from "../support/paths.js";

interface CaseDef {
  args: string[];
  stdin?: string;
  outFile?: string;
  oracle: "go" | "plinth";
  note?: string;
  /** Go prints these diagnostics (or --var-refs entries) in map order: compare them as a set. */
  unordered?: boolean;
}

interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
  outFile?: string | null;
}

const base = join(fixturesDir, "hcldec-cli");
const caseNames = existsSync(base) ? readdirSync(base).sort() : [];

function readCase(name: string): { dir: string; def: CaseDef; expected: Outcome } {
  const dir = join(base, name);
  return {
    dir,
    def: JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as CaseDef,
    expected: JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Outcome,
  };
}

function collectOutFile(dir: string, def: CaseDef, o: Outcome): Outcome {
  if (def.outFile === undefined) return o;
  const p = join(dir, def.outFile);
  const content = existsSync(p) ? readFileSync(p, "utf8") : null;
  rmSync(p, { force: true });
  return { ...o, outFile: content };
}

/** Runs the command in-process in the case's folder, as a pipe-connected process would see it. */
function runOurs(dir: string, def: CaseDef): Outcome {
  let stdout = "";
  let stderr = "";
  const cwd = process.cwd();
  process.chdir(dir);
  let status: number;
  try {
    status = hcldecCommand(def.args, {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      stderrIsTTY: false,
      columns: 80,
      readStdin: () => def.stdin ?? "",
    });
  } finally {
    process.chdir(cwd);
  }
  return collectOutFile(dir, def, { status, stdout, stderr });
}

function runGo(dir: string, def: CaseDef): Outcome {
  const r = spawnSync(oracleHcldec, def.args, { cwd: dir, input: def.stdin ?? "", encoding: "utf8" });
  return collectOutFile(dir, def, { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
}

/** The outcome with its JSON diagnostics in a canonical order, for cases Go prints in map order. */
function comparable(def: CaseDef, o: Outcome): Outcome {
  if (def.unordered !== true) return o;
  const out = { ...o };
  if (o.stderr.startsWith("{")) {
    const doc = JSON.parse(o.stderr) as { diagnostics: unknown[] };
    out.stderr = doc.diagnostics
      .map((d) => JSON.stringify(d))
      .sort()
      .join("\n");
  }
  // --var-refs lists the references of an object spec's attributes in map order too.
  if (o.stdout.startsWith("[")) {
    out.stdout = (JSON.parse(o.stdout) as unknown[])
      .map((d) => JSON.stringify(d))
      .sort()
      .join("\n");
  }
  return out;
}

describe("plinth hcldec: recorded cases (spec-fixtures/hcldec-cli)", () => {
  it("has cases", () => {
    expect(caseNames.length).toBeGreaterThan(100);
  });

  for (const name of caseNames) {
    it(name, () => {
      const { dir, def, expected } = readCase(name);
      expect(comparable(def, runOurs(dir, def))).toEqual(comparable(def, expected));
    });
  }
});

describe.skipIf(!hasOracle)("plinth hcldec: Go's hcldec now agrees with the goldens", () => {
  if (!hasOracle) it.skip(oracleMissing, () => {});
  for (const name of caseNames) {
    const { dir, def, expected } = readCase(name);
    if (def.oracle !== "go") continue;
    it(name, () => {
      expect(comparable(def, runGo(dir, def))).toEqual(comparable(def, expected));
    });
  }
});

describe("plinth hcldec through `plinth`", () => {
  it("dispatches `plinth hcldec` to the same command (CLI-01)", async () => {
    let out = "";
    const code = await main(["hcldec", "--version"], {
      stdout: (s) => (out += s),
      stderr: () => {},
      stderrIsTTY: false,
      columns: 80,
    });
    expect({ code, out }).toEqual({ code: 0, out: "0.0.1-dev\n" });
  });
});
