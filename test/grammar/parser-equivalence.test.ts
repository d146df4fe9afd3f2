/**
 * The parser's shortcuts change nothing but speed (SYN-*, TPL-*, DIAG-*):
 *  - grammar/lookahead.ts, the table-driven choice for gated alternations,
 *    picks exactly the alternative Chevrotain's own lookahead picks;
 *  - the fast paths (`fastExpression`: lone literals, dotted names, quoted
 *    templates of text and `${name.attr}`) build exactly the nodes the rules
 *    build.
 * Each pair of parsers must give the same tree and the same diagnostics on
 * every syntax and parse-error fixture, the real-world corpus when present,
 * and thousands of generated and broken inputs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getParser, HclParser, scan } from "../../grammar/index.js";
import { dumpAST } from "../../src/hcl/ast-dump.js";
import { SourceFile } from "../../src/hcl/source.js";
import { corpusFiles } from "../support/corpus.js";
import { anyInputArb } from "../support/hcl-gen.js";
import { hasShared } from "../support/paths.js";

const theirs = new HclParser({ chevrotainLookahead: true });
const rulesOnly = new HclParser({ fastPaths: false });

/** Every field of every node (offsets of names, parentheses, brackets …), not only what dumpAST prints. */
function shape(v: unknown, seen: Set<object>): unknown {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof SourceFile) return "<source>";
  if (seen.has(v)) return "<cycle>";
  seen.add(v);
  if (Array.isArray(v)) return v.map((x) => shape(x, seen));
  const out: Record<string, unknown> = { class: v.constructor.name };
  for (const [k, x] of Object.entries(v)) out[k] = shape(x, seen);
  return out;
}

function parseWith(p: HclParser, text: string): { tree: string; fields: unknown; diags: unknown } {
  p.load(scan(new SourceFile("in.hcl", text)));
  const body = p.configFile();
  const diags = p.diags.map((d) => ({ ...d }));
  const errors = p.errors.map((e) => e.message);
  p.release();
  return {
    tree: body === undefined ? "" : dumpAST(body),
    fields: shape(body, new Set()),
    diags: { diags, errors },
  };
}

function sameChoices(text: string): void {
  expect(parseWith(getParser(), text)).toEqual(parseWith(theirs, text));
}

function sameAsRules(text: string): void {
  expect(parseWith(getParser(), text), text).toEqual(parseWith(rulesOnly, text));
}

/** Each value in each context (an attribute, an item, an argument …), with and without the fast paths. */
function inContexts(values: readonly string[], contexts: readonly ((v: string) => string)[]): void {
  for (const v of values) for (const c of contexts) sameAsRules(c(v));
}

function fixtureInputs(dir: string): string[] {
  const root = join(import.meta.dirname, "..", "..", "spec-fixtures", dir);
  const out: string[] = [];
  for (const c of readdirSync(root)) {
    for (const f of readdirSync(join(root, c)))
      if (f.startsWith("input")) out.push(readFileSync(join(root, c, f), "utf8"));
  }
  return out;
}

describe("gated alternations choose as Chevrotain does", () => {
  it("on every syntax and parse-error fixture", () => {
    const inputs = [...fixtureInputs("syntax"), ...fixtureInputs("parse-errors")];
    expect(inputs.length).toBeGreaterThan(100);
    for (const text of inputs) sameChoices(text);
  });

  it.skipIf(!hasShared)("on the real-world corpus (needs ../shared)", () => {
    for (const f of corpusFiles()) sameChoices(readFileSync(f.path, "utf8"));
  });

  it("on generated, mutated and random inputs", () => {
    fc.assert(fc.property(anyInputArb, sameChoices), { numRuns: 3000, seed: 5150 });
  });
});

describe("fast paths build what the rules build", () => {
  it("on every syntax and parse-error fixture", () => {
    for (const text of [...fixtureInputs("syntax"), ...fixtureInputs("parse-errors")]) sameAsRules(text);
  });

  it.skipIf(!hasShared)("on the real-world corpus (needs ../shared)", () => {
    for (const f of corpusFiles()) sameAsRules(readFileSync(f.path, "utf8"));
  });

  it("on quoted templates at and around the fast path's edges", () => {
    const nested = (n: number): string => '"${'.repeat(n) + "a" + '}"'.repeat(n);
    const values = [
      '"x${a}y"',
      '"${a}"',
      '"${a}${b.c}"',
      '"pre-${var.name.first}-post"',
      '"${for.in.if}"',
      '"${true}"',
      '"${null}x"',
      '"${a.true}"',
      '"${a.0}"',
      '"${a[0]}"',
      '"${a()}"',
      '"${ a }"',
      '"${a }"',
      '"${~a}"',
      '"${a~}x"',
      '"x ${~ a ~} y"',
      '"${a /* c */ .b}"',
      '"${a\n}"',
      '"$${a}${b}"',
      '"%%{x}${b}"',
      '"\\q${a}"',
      '"\\u00e9${a}é\\n"',
      '"${a}" == b',
      '"${a}".b',
      '"${a}"[0]',
      '"${a}',
      '"${a',
      '"${a.}"',
      '"${a.b"',
      '"%{if a}x%{endif}${b}"',
      '"${"${a}"}"',
      '"${f(a, "b")}-${[1, 2]}-${{ k = 1 }}-${1}-${"x"}"',
      '"${a + 1}"',
      '"${a ? b : c}"',
      '"${f(a)~}  x"',
      '"${f(a}"',
      '"${[for x in y: x]}"',
      nested(15),
      nested(17),
      nested(40),
    ];
    inContexts(values, [(v) => `x = ${v}\n`, (v) => `x = [${v}, 1]\n`, (v) => `x = f(${v})\n`]);
  });

  it("on tuples at and around the fast path's edges", () => {
    const deep = (n: number): string => "[".repeat(n) + "1" + "]".repeat(n);
    const values = [
      "[]",
      "[1]",
      "[1,]",
      '[1, "a", true, null, a.b, "x${c}y",]',
      '[\n  "a",\n  "b",\n]',
      "[ # note\n  1, // more\n  2 /* c */ ]",
      "[1 2]",
      "[a b]",
      '["x" y, z]',
      "[,]",
      "[1,,2]",
      "[for x in y: x]",
      "[for]",
      "[[1], [2, [3]], []]",
      "[1][0]",
      "[1] == [1]",
      "[1].a",
      "[1]...",
      "[f(x), 2]",
      "[-1, (2)]",
      "[1, 2",
      "[1,",
      "[",
      deep(15),
      deep(16),
      deep(17),
      deep(40),
    ];
    inContexts(values, [(v) => `x = ${v}\n`, (v) => `x = { k = ${v} }\n`, (v) => `x = f(${v}, ${v})\n`]);
  });

  it("on function calls at and around the fast path's edges", () => {
    const deep = (n: number): string => "f(".repeat(n) + "1" + ")".repeat(n);
    const values = [
      "f()",
      "f(1)",
      "f(1,)",
      'f(a.b, "c${d}e", [1, 2], g(3))',
      "f(\n  1, # one\n  2, // two\n)",
      "f(1 2)",
      "f(,)",
      "f(a...)",
      "f(a, b...)",
      "f(1)[0]",
      "f(1).a",
      "f(1) + 2",
      "f(1) ? 2 : 3",
      "f(x)(y)",
      "f(",
      "f(1",
      "f(1,",
      "if(1)",
      "true(1)",
      "for(1)",
      "f (1)",
      "f\n(1)",
      "(f\n(1))",
      deep(15),
      deep(17),
      deep(40),
    ];
    inContexts(values, [(v) => `x = ${v}\n`, (v) => `x = [${v}, ${v}]\n`, (v) => `x = "\${${v}}"\n`]);
  });

  it("on object constructors at and around the fast path's edges", () => {
    const deep = (n: number): string => "{ a = ".repeat(n) + "1" + " }".repeat(n);
    const values = [
      "{}",
      "{\n}",
      "{ a = 1 }",
      '{ a = 1, "b" = "x${c}", c: [1, 2], d = f(e) }',
      "{\n  a = 1\n  b = 2\n}",
      "{\n  a = 1, # one\n  b = 2 // two\n  /* c */ c = 3\n}",
      "{ a = 1, }",
      "{ a = 1,, b = 2 }",
      "{ a = 1 b = 2 }",
      "{ a 1 }",
      "{ a = }",
      "{ = 1 }",
      "{ (a) = 1 }",
      "{ a.b = 1 }",
      "{ true = 1, null: 2, 3 = 4, for = 5 }",
      "{ for = 1 }",
      "{\n  for = 1\n}",
      "{ for k, v in m: k => v }",
      "{\n  for k, v in m: k => v\n}",
      "{ a = 1 }.a",
      '{ a = 1 }["a"]',
      "{ a = 1 } == {}",
      "{ a = { b = [ { c = 1 } ] } }",
      "{ a = 1",
      "{ a = 1,",
      "{",
      deep(15),
      deep(17),
      deep(40),
    ];
    inContexts(values, [(v) => `x = ${v}\n`, (v) => `x = [${v}, ${v}]\n`, (v) => `x = f(${v})\n`]);
  });

  it("on generated, mutated and random inputs", () => {
    fc.assert(fc.property(anyInputArb, sameAsRules), { numRuns: 3000, seed: 5151 });
  });
});
