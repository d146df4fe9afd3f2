/**
 * A TypeScript port of Go's spec-suite harness (cmd/hclspecsuite, CLI-08):
 * walks a suite folder (sorted `.t` files, then sorted subfolders, names
 * starting with "." skipped), and for each `NAME.t` runs an hcldec on
 * `NAME.hcl` and `NAME.hcl.json`, exactly as the Go harness does:
 *
 *   hcldec --spec=NAME.hcldec --diags=json --var-refs INPUT        (if the test checks traversals)
 *   hcldec --spec=NAME.hcldec --diags=json --with-type --keep-nulls INPUT
 *
 * A success is read as cty JSON with type information and compared with
 * `result` (converted to `result_type`) for type conformance and raw
 * equality; a failure's JSON diagnostics are matched by severity and exact
 * subject range against the `diagnostics` block, ignoring those about other
 * files; traversals are matched by their steps and compared by range. The
 * problems found are returned per test, worded as Go's harness words them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parseConfig } from "../../grammar/index.js";
import { hcldecCommand } from "../../src/cli/hcldec.js";
import { ConversionError, convert } from "../../src/cty/convert.js";
import { impliedType, parseJSONText, unmarshalValue } from "../../src/cty/json.js";
import { DynamicPseudoType, NumberType, StringType, type Type } from "../../src/cty/types.js";
import type { Value } from "../../src/cty/value.js";
import { conformanceError } from "../../src/functions/function.js";
import type { BlockHeaderSchema, BodySchema, HclBlock, HclBody } from "../../src/hcl/body.js";
import { type Diagnostic, hasErrors } from "../../src/hcl/diagnostic.js";
import { typeConstraint, typeString } from "../../src/hcl/ext/typeexpr.js";
import { literalValue } from "../../src/hcl/literal.js";
import { type NativeExpression, nativeBody } from "../../src/hcl/native-body.js";
import type { Pos, Range } from "../../src/hcl/pos.js";
import { absTraversalForExpr } from "../../src/hcl/static.js";

/** Runs an hcldec with the given arguments. */
export type HcldecRunner = (args: string[]) => { status: number; stdout: string; stderr: string };

/** Plinth's hcldec, in this process. */
export const inProcessHcldec: HcldecRunner = (args) => {
  let stdout = "";
  let stderr = "";
  const status = hcldecCommand(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stderrIsTTY: false,
    columns: 80,
    readStdin: () => "",
  });
  return { status, stdout, stderr };
};

/** An hcldec executable, such as bin/hcldec or Go's. */
export function executableHcldec(path: string): HcldecRunner {
  return (args) => {
    const r = spawnSync(path, args, { encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.error !== undefined) throw r.error;
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
}

export interface SuiteTest {
  /** As Go prints it: the path under the suite folder without `.t`, such as `structure/blocks/single_expected`. */
  name: string;
  file: string;
}

/** The tests of a suite folder, in the Go harness's order. */
export function listTests(baseDir: string, dir = baseDir): SuiteTest[] {
  const names = readdirSync(dir).filter((n) => !n.startsWith("."));
  const tests = names.filter((n) => n.endsWith(".t")).sort(compareStrings);
  const subDirs = names.filter((n) => statSync(join(dir, n)).isDirectory()).sort(compareStrings);
  const out: SuiteTest[] = [];
  for (const t of tests) {
    const file = join(dir, t);
    const rel = relative(baseDir, dir).split("\\").join("/");
    const short = basename(t).slice(0, -2);
    out.push({ name: rel === "" ? short : `${rel}/${short}`, file });
  }
  for (const d of subDirs) out.push(...listTests(baseDir, join(dir, d)));
  return out;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ====================================================================== test files

interface ExpectTraversal {
  steps: Step[];
  range: Range;
}

interface ExpectDiag {
  severity: "error" | "warning";
  range: Range;
}

interface TestFile {
  result: Value | undefined;
  resultType: Type;
  checksTraversals: boolean;
  expectedTraversals: ExpectTraversal[];
  expectedDiags: ExpectDiag[];
}

/** One step of a traversal, syntax-free so expected and reported ones compare. */
interface Step {
  kind: "root" | "attr" | "index";
  name?: string;
  key?: Value;
  range: Range;
}

function schema(attrs: { name: string; required?: boolean }[], blocks: string[]): BodySchema {
  const b: BlockHeaderSchema[] = blocks.map((type) => ({ type, labelNames: [] }));
  return { attributes: attrs, blocks: b };
}

const testFileSchema = schema([{ name: "result" }, { name: "result_type" }], ["traversals", "diagnostics"]);

/** The Go harness's LoadTestFile; problems are diagnostics as it reports them. */
function loadTestFile(filename: string): { tf?: TestFile; diagnostics: Diagnostic[] } {
  const { file, diagnostics } = parseConfig(readFileSync(filename, "utf8"), filename);
  const diags = diagnostics.slice();
  if (hasErrors(diags)) return { diagnostics: diags };
  const c = nativeBody(file.body).content(testFileSchema);
  diags.push(...c.diagnostics);
  if (hasErrors(c.diagnostics)) return { diagnostics: diags };

  const tf: TestFile = {
    result: undefined,
    resultType: DynamicPseudoType,
    checksTraversals: false,
    expectedTraversals: [],
    expectedDiags: [],
  };
  const typeAttr = c.content.attributes.get("result_type");
  if (typeAttr !== undefined) {
    const t = typeConstraint((typeAttr.expr as NativeExpression).expr);
    diags.push(...t.diagnostics);
    if (!hasErrors(t.diagnostics)) tf.resultType = t.type;
  }
  const resultAttr = c.content.attributes.get("result");
  if (resultAttr !== undefined) {
    const r = resultAttr.expr.value(undefined);
    diags.push(...r.diagnostics);
    if (!hasErrors(r.diagnostics)) {
      try {
        tf.result = convert(r.value, tf.resultType);
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        diags.push(
          problem(
            "Invalid result value",
            `The result value does not conform to the given result type: ${e.message}.`,
            resultAttr.expr.range,
          ),
        );
      }
    }
  }
  for (const block of c.content.blocks) {
    if (block.type === "traversals") {
      if (tf.checksTraversals) {
        diags.push(problem('Duplicate "traversals" block', "Only one traversals block is expected.", block.typeRange));
        continue;
      }
      const r = decodeTraversals(block);
      diags.push(...r.diagnostics);
      if (!hasErrors(r.diagnostics)) {
        tf.checksTraversals = true;
        tf.expectedTraversals = r.traversals;
      }
    } else {
      if (tf.expectedDiags.length > 0) {
        diags.push(
          problem('Duplicate "diagnostics" block', "Only one diagnostics block is expected.", block.typeRange),
        );
        continue;
      }
      const r = decodeDiagnostics(block);
      diags.push(...r.diagnostics);
      tf.expectedDiags = r.expected;
    }
  }
  if (tf.result !== undefined && tf.expectedDiags.length > 0) {
    diags.push(
      problem(
        "Conflicting spec expectations",
        "This test spec includes expected diagnostics, so it may not also include an expected result.",
        resultAttr!.range,
      ),
    );
  }
  return { tf, diagnostics: diags };
}

function decodeTraversals(block: HclBlock): { traversals: ExpectTraversal[]; diagnostics: Diagnostic[] } {
  const c = block.body.content(schema([], ["expect"]));
  const diags = c.diagnostics.slice();
  if (hasErrors(diags)) return { traversals: [], diagnostics: diags };
  const out: ExpectTraversal[] = [];
  for (const expect of c.content.blocks) {
    const r = decodeRange(expect.body);
    diags.push(...r.diagnostics);
    const ec = r.remain.content(schema([{ name: "ref", required: true }], ["range"]));
    diags.push(...ec.diagnostics);
    if (hasErrors(ec.diagnostics)) continue;
    const ref = ec.content.attributes.get("ref")!;
    const t = absTraversalForExpr((ref.expr as NativeExpression).expr);
    diags.push(...t.diagnostics);
    if (t.value === undefined) continue;
    const steps: Step[] = t.value.map((s) =>
      s.kind === "index"
        ? { kind: "index", key: literalValue(s.key), range: s.range }
        : { kind: s.kind, name: s.name, range: s.range },
    );
    out.push({ steps, range: r.range });
  }
  return { traversals: out, diagnostics: diags };
}

function decodeDiagnostics(block: HclBlock): { expected: ExpectDiag[]; diagnostics: Diagnostic[] } {
  const c = block.body.content(schema([], ["error", "warning"]));
  const diags = c.diagnostics.slice();
  if (hasErrors(diags)) return { expected: [], diagnostics: diags };
  if (c.content.blocks.length === 0) {
    diags.push(
      problem(
        "Empty diagnostics block",
        'If a diagnostics block is present, at least one expectation statement ("error" or "warning" block) must be included.',
        block.typeRange,
      ),
    );
    return { expected: [], diagnostics: diags };
  }
  const out: ExpectDiag[] = [];
  for (const b of c.content.blocks) {
    const r = decodeRange(b.body);
    diags.push(...r.diagnostics);
    if (hasErrors(diags)) continue;
    diags.push(...r.remain.content(schema([], [])).diagnostics);
    out.push({ severity: b.type === "error" ? "error" : "warning", range: r.range });
  }
  return { expected: out, diagnostics: diags };
}

/** `from { line column byte }` and `to { … }` blocks (both required), leaving the rest of the body. */
function decodeRange(body: HclBody): { range: Range; remain: HclBody; diagnostics: Diagnostic[] } {
  const pc = body.partialContent(schema([], ["from", "to"]));
  const diags = pc.diagnostics.slice();
  const pos: Record<string, Pos> = {};
  for (const which of ["from", "to"]) {
    const blocks = pc.content.blocks.filter((b) => b.type === which);
    pos[which] = { line: 0, column: 0, byte: 0 };
    if (blocks.length === 0) {
      diags.push(problem(`Missing ${which} block`, `A ${which} block is required.`, body.missingItemRange()));
      continue;
    }
    if (blocks.length > 1) {
      diags.push(problem(`Duplicate ${which} block`, `Only one ${which} block is allowed.`, blocks[1]!.defRange));
      continue;
    }
    const pcont = blocks[0]!.body.content(
      schema(
        [
          { name: "byte", required: true },
          { name: "column", required: true },
          { name: "line", required: true },
        ],
        [],
      ),
    );
    diags.push(...pcont.diagnostics);
    const p = { line: 0, column: 0, byte: 0 };
    for (const k of ["line", "column", "byte"] as const) {
      const a = pcont.content.attributes.get(k);
      if (a === undefined) continue;
      const v = a.expr.value(undefined);
      diags.push(...v.diagnostics);
      try {
        const n = convert(v.value, NumberType);
        if (n.isKnown() && !n.isNull()) p[k] = Number(convert(n, StringType).asString());
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        diags.push(problem("Unsuitable value type", `Unsuitable value: ${e.message}`, a.expr.startRange));
      }
    }
    pos[which] = p;
  }
  return { range: { filename: "", start: pos.from!, end: pos.to! }, remain: pc.remain, diagnostics: diags };
}

function problem(summary: string, detail: string, subject?: Range): Diagnostic {
  const d: Diagnostic = { severity: "error", summary, detail };
  if (subject !== undefined) d.subject = subject;
  return d;
}

// ====================================================================== running

/** What went wrong in one test, as the Go harness would report it (empty: passed). */
export function runSuiteTest(test: SuiteTest, hcldec: HcldecRunner): Diagnostic[] {
  const { tf, diagnostics } = loadTestFile(test.file);
  if (tf === undefined || hasErrors(diagnostics)) return diagnostics;
  const diags = diagnostics.slice();
  const base = test.file.slice(0, -2);
  const spec = base + ".hcldec";
  if (!existsSync(spec)) {
    diags.push(problem("Missing .hcldec file", `No specification file for test ${test.name}: the file is missing.`));
    return diags;
  }
  for (const input of [base + ".hcl", base + ".hcl.json"]) {
    if (existsSync(input)) diags.push(...runInput(spec, input, tf, hcldec));
  }
  return diags;
}

function runInput(spec: string, input: string, tf: TestFile, hcldec: HcldecRunner): Diagnostic[] {
  const diags: Diagnostic[] = [];
  if (tf.checksTraversals) {
    const r = variables(spec, input, hcldec);
    diags.push(...r.diagnostics);
    if (!hasErrors(r.diagnostics)) {
      for (const got of r.traversals) {
        const e = tf.expectedTraversals.find((x) => equivalent(x.steps, got));
        const rng = traversalRange(got);
        if (e === undefined) {
          diags.push(
            problem(
              "Unexpected traversal",
              "Detected traversal that is not indicated as expected in the test file.",
              rng,
            ),
          );
        } else diags.push(...checkTraversal(got, input, e));
      }
      for (const e of tf.expectedTraversals) {
        if (!r.traversals.some((t) => equivalent(t, e.steps))) {
          diags.push(
            problem("Missing expected traversal", "This expected traversal was not detected.", traversalRange(e.steps)),
          );
        }
      }
    }
  }

  const { value, diagnostics: transformDiags } = transform(spec, input, hcldec);
  if (tf.expectedDiags.length === 0) {
    diags.push(...transformDiags);
    if (hasErrors(transformDiags) || value === undefined) return diags;
    if (conformanceError(value.type, tf.resultType) !== undefined) {
      diags.push(
        problem(
          "Incorrect result type",
          `Input file ${input} produced ${typeString(value.type)}, but was expecting ${typeString(tf.resultType)}.`,
        ),
      );
    }
    if (tf.result !== undefined) {
      let want: Value | undefined;
      try {
        want = convert(tf.result, tf.resultType);
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        diags.push(
          problem("Incorrect type for result value", `Result does not conform to the given result type: ${e.message}.`),
        );
      }
      if (want !== undefined && !value.rawEquals(want)) {
        diags.push(problem("Incorrect result value", `Input file ${input} produced a different value than expected.`));
      }
    }
    return diags;
  }

  // Correlate the severities and subject ranges of what was reported with what was expected.
  const key = (severity: string, r: Range): string =>
    `${severity} ${r.filename} ${r.start.line}:${r.start.column}:${r.start.byte}-${r.end.line}:${r.end.column}:${r.end.byte}`;
  const got = new Map<string, Diagnostic>();
  for (const d of transformDiags) {
    // Diagnostics without a subject, or about another file, can never be expected.
    if (d.subject === undefined || d.subject.filename !== input) {
      diags.push(d);
      continue;
    }
    got.set(key(d.severity, d.subject), d);
  }
  const want = new Map<string, ExpectDiag>();
  for (const e of tf.expectedDiags) {
    const r = { ...e.range, filename: input };
    want.set(key(e.severity, r), { severity: e.severity, range: r });
  }
  for (const [k, d] of got) {
    if (!want.has(k)) {
      diags.push(d);
      diags.push(
        problem(
          "Unexpected diagnostic",
          `No ${d.severity} diagnostic was expected ${rangeWords(d.subject!)}. The unexpected diagnostic was shown above.`,
          d.subject,
        ),
      );
    }
  }
  for (const [k, e] of want) {
    if (!got.has(k)) {
      diags.push(
        problem("Missing expected diagnostic", `No ${e.severity} diagnostic was generated ${rangeWords(e.range)}.`),
      );
    }
  }
  return diags;
}

function rangeWords(r: Range): string {
  return `from line ${r.start.line} column ${r.start.column} byte ${r.start.byte} to line ${r.end.line} column ${r.end.column} byte ${r.end.byte}`;
}

interface RangeJSON {
  filename: string;
  start: Pos;
  end: Pos;
}

function transform(spec: string, input: string, hcldec: HcldecRunner): { value?: Value; diagnostics: Diagnostic[] } {
  const r = hcldec([`--spec=${spec}`, "--diags=json", "--with-type", "--keep-nulls", input]);
  if (r.status !== 0) return { diagnostics: decodeJSONDiagnostics(r.stderr) };
  try {
    return { value: unmarshalValue(parseJSONText(r.stdout), DynamicPseudoType), diagnostics: [] };
  } catch (e) {
    return {
      diagnostics: [
        problem(
          "Failed to parse hcldec result",
          `Sub-program hcldec produced an invalid result: ${(e as Error).message}.`,
        ),
      ],
    };
  }
}

function variables(
  spec: string,
  input: string,
  hcldec: HcldecRunner,
): { traversals: Step[][]; diagnostics: Diagnostic[] } {
  const r = hcldec([`--spec=${spec}`, "--diags=json", "--var-refs", input]);
  if (r.status !== 0) return { traversals: [], diagnostics: decodeJSONDiagnostics(r.stderr) };
  const invalid = (why: string): { traversals: Step[][]; diagnostics: Diagnostic[] } => ({
    traversals: [],
    diagnostics: [
      problem(
        "Failed to parse hcldec result",
        `Sub-program hcldec (with --var-refs) produced an invalid result: ${why}.`,
      ),
    ],
  });
  let raw: { steps: { kind: string; name?: string; key?: unknown; range: RangeJSON }[] }[];
  try {
    raw = JSON.parse(r.stdout) as typeof raw;
  } catch (e) {
    return invalid((e as Error).message);
  }
  const out: Step[][] = [];
  for (const t of raw) {
    const steps: Step[] = [];
    for (const s of t.steps) {
      const range = toRange(s.range);
      if (s.kind === "root" || s.kind === "attr") steps.push({ kind: s.kind, name: s.name ?? "", range });
      else if (s.kind === "index") {
        try {
          const node = parseJSONText(JSON.stringify(s.key));
          steps.push({ kind: "index", key: unmarshalValue(node, impliedType(node)), range });
        } catch {
          return invalid(`traversal step has invalid index key ${JSON.stringify(s.key)}`);
        }
      } else return invalid(`traversal step of unsupported kind ${JSON.stringify(s.kind)}`);
    }
    out.push(steps);
  }
  return { traversals: out, diagnostics: [] };
}

function decodeJSONDiagnostics(stderr: string): Diagnostic[] {
  let raw: { diagnostics?: { severity: string; summary: string; detail?: string; subject?: RangeJSON }[] };
  try {
    raw = JSON.parse(stderr) as typeof raw;
  } catch (e) {
    return [
      problem(
        "Failed to parse hcldec diagnostics result",
        `Sub-program hcldec produced invalid diagnostics: ${(e as Error).message}.`,
      ),
    ];
  }
  const out: Diagnostic[] = [];
  for (const d of raw.diagnostics ?? []) {
    if (d.severity !== "error" && d.severity !== "warning") {
      out.push(
        problem(
          "Failed to parse hcldec diagnostics result",
          `Diagnostic has unsupported severity ${JSON.stringify(d.severity)}.`,
        ),
      );
      continue;
    }
    const diag: Diagnostic = { severity: d.severity, summary: d.summary, detail: d.detail ?? "" };
    if (d.subject !== undefined) diag.subject = toRange(d.subject);
    out.push(diag);
  }
  return out;
}

function toRange(r: RangeJSON): Range {
  const p = (x: Pos): Pos => ({ line: x.line, column: x.column, byte: x.byte });
  return { filename: r.filename, start: p(r.start), end: p(r.end) };
}

function equivalent(a: readonly Step[], b: readonly Step[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((s, i) => {
    const t = b[i]!;
    if (s.kind !== t.kind) return false;
    if (s.kind === "index") return s.key!.rawEquals(t.key!);
    return s.name === t.name;
  });
}

function traversalRange(steps: readonly Step[]): Range {
  const first = steps[0]!.range;
  const last = steps[steps.length - 1]!.range;
  return { filename: first.filename, start: first.start, end: last.end };
}

function samePos(a: Pos, b: Pos): boolean {
  return a.line === b.line && a.column === b.column && a.byte === b.byte;
}

function checkTraversal(got: readonly Step[], filename: string, want: ExpectTraversal): Diagnostic[] {
  const gotRng = traversalRange(got);
  if (gotRng.filename !== filename) {
    return [
      problem(
        "Incorrect filename in detected traversal",
        `Filename was reported as ${JSON.stringify(gotRng.filename)}, but was expecting ${JSON.stringify(filename)}.`,
        traversalRange(want.steps),
      ),
    ];
  }
  const wantRng = { ...want.range, filename };
  const out: Diagnostic[] = [];
  const words = (p: Pos): string => `line ${p.line} column ${p.column} byte ${p.byte}`;
  if (!samePos(gotRng.start, wantRng.start)) {
    out.push(
      problem(
        "Incorrect start position in detected traversal",
        `Start position was reported as ${words(gotRng.start)}, but was expecting ${words(wantRng.start)}.`,
        wantRng,
      ),
    );
  }
  if (!samePos(gotRng.end, wantRng.end)) {
    out.push(
      problem(
        "Incorrect end position in detected traversal",
        `End position was reported as ${words(gotRng.end)}, but was expecting ${words(wantRng.end)}.`,
        wantRng,
      ),
    );
  }
  return out;
}
