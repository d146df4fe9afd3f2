/**
 * The parser's shortcuts change nothing but speed (SYN-*, TPL-*, DIAG-*):
 *  - grammar/lookahead.ts, the table-driven choice for gated alternations,
 *    picks exactly the alternative Chevrotain's own lookahead picks;
 *  - the fast paths (`fastExpression`: literals, dotted names, templates,
 *    tuples, calls and objects of those; `fastBodyItems`: blank lines and
 *    `name = value` lines) build exactly the nodes the rules build.
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

/**
 * Every field of every node (offsets of names, parentheses, brackets …), not
 * only what dumpAST prints. An object met again below itself is a cycle; one
 * met again elsewhere (the parser shares equal number literals) is written
 * out again.
 */
function shape(v: unknown, ancestors: Set<object>): unknown {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof SourceFile) return "<source>";
  if (ancestors.has(v)) return "<cycle>";
  ancestors.add(v);
  try {
    if (Array.isArray(v)) return v.map((x) => shape(x, ancestors));
    const out: Record<string, unknown> = { class: v.constructor.name };
    for (const [k, x] of Object.entries(v)) out[k] = shape(x, ancestors);
    return out;
  } finally {
    ancestors.delete(v);
  }
}

function parseWith(p: HclParser, text: string): { tree: string; fields: unknown; diags: unknown } {
  p.load(scan(new SourceFile("in.hcl", text)));
  const body = p.readConfigFile();
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

// The contexts most edge cases are tried in: an attribute's value, a tuple item, an argument, an interpolation.
const asValue = (v: string): string => `x = ${v}\n`;
const inTuple = (v: string): string => `x = [${v}, 1]\n`;
const asArgument = (v: string): string => `x = f(${v})\n`;
const inInterpolation = (v: string): string => `x = "\${${v}}"\n`;

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
    inContexts(values, [asValue, inTuple, asArgument]);
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

  it("on operators and conditionals at and around the fast path's edges", () => {
    const values = [
      "a + 1",
      "1 + 2 * 3",
      "1 * 2 + 3",
      "a.b - c.d / 2 % 3",
      "a == b && c != d || !e",
      "a == b && c != d || e",
      "1 < 2 == 3 >= 4",
      "a - -1",
      "a -1",
      "-a + 1",
      '"x${a}" == "y"',
      "[1] == [1, 2]",
      "f(1) + g(2, 3)",
      "{ a = 1 } == {}",
      "a + b ? c : d",
      "a + (b * c)",
      "(a + b) * c",
      "a + b.c[0]",
      "a + b[0]",
      "a + b.0",
      "a + b.*",
      "a + b()",
      "a +",
      "a + + b",
      "a +\n b",
      "a\n+ b",
      "a + /* c */ b",
      "a + b # c",
      "1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10",
      "true || false && null",
      "a + for",
      "-1",
      "!a",
      "- -1",
      "--1",
      "!!a",
      "-a.b",
      "-a[0]",
      "!f(x)",
      "-",
      "-1 + 2 * -3",
      "!a && !b.c",
      "-" + "-".repeat(20) + "1",
      "a ? b : c",
      "a ? b : c ? d : e",
      "a ? b ? c : d : e",
      "a + 1 > 2 ? [b] : { c = 1 }",
      "a ?\n b : c",
      "a ? b :\n c",
      "a\n? b : c",
      "a ? b",
      "a ? : c",
      "a ? b : c : d",
      "a ? b : c.d + 1",
      "a ? b : c[0]",
      "a ? b[0] : c",
      "a ? b : -c",
      "!a ? -1 : f(2)",
      "(1)",
      "(a + b) * c",
      "a * (b + c)",
      "((a))",
      "(\n  a +\n  b\n)",
      "(a ? b : c)",
      "(a)[0]",
      "(a).b",
      "(a.b)",
      "(a, b)",
      "(a",
      "()",
      "(a b)",
      "-(1)",
      "!(a || b)",
      "(" + "(".repeat(20) + "1" + ")".repeat(20) + ")",
      "<<EOT\nx\nEOT\n+ 1",
    ];
    inContexts(values, [asValue, inTuple, inInterpolation, asArgument]);
  });

  it("on template directives at and around the fast path's edges", () => {
    const values = [
      '"%{if a}x%{endif}"',
      '"%{ if a.b == 1 }x%{ else }y${c}%{ endif }"',
      '"%{if a}%{if b}x%{endif}%{endif}"',
      '"%{for v in a}${v},%{endfor}"',
      '"%{ for k, v in f(a) }${k}=${v} %{ endfor }"',
      '"%{for v in [1, 2]}%{if v > 1}${v}%{endif}%{endfor}"',
      '"%{~if a}x%{endif}"',
      '"%{if a~}x%{endif}"',
      '"%{if a} x %{~endif}"',
      '"%{if a}x%{else~} y%{endif}"',
      '"%{if a ? b : c}x%{endif}"',
      '"%{if}x%{endif}"',
      '"%{if a}x"',
      '"x%{endif}"',
      '"%{else}"',
      '"%{endfor}"',
      '"%{if a}x%{else}y%{else}z%{endif}"',
      '"%{if a}x%{endfor}"',
      '"%{for v in a}x%{endif}"',
      '"%{for in in a}x%{endfor}"',
      '"%{for v, in a}x%{endfor}"',
      '"%{for v a}x%{endfor}"',
      '"%{for k, v in a b}x%{endfor}"',
      '"%{for for in a}x%{endfor}"',
      '"%{if a b}x%{endif}"',
      '"%{else x}%{endif}"',
      '"%{wat}"',
      '"%{}"',
      '"%{ if a\n}x%{endif}"',
      '"%{ if a /* c */ }x%{ endif }"',
      '"%{for v in "%{endfor}"}x%{endfor}"',
      '"${ "%{ for v in " }x${v}%{ endfor }" ~}"',
      '"%{if "%{else}"}x%{endif}"',
      "<<EOT\n%{ for p in a ~}\n  ${p}\n%{ endfor ~}\nEOT",
      "<<-EOT\n  %{ if a }\n  yes\n  %{ else }\n  no\n  %{ endif }\n  EOT",
      "<<EOT\n%{ for p in a }\n${p}\n%{ endfor }\nEOT",
    ];
    inContexts(values, [asValue, inTuple, inInterpolation]);
  });

  it("on traversals at and around the fast path's edges", () => {
    const values = [
      "a",
      "a.b.c",
      "a[0]",
      "a[0].b",
      'a["k"]',
      'a[""]',
      'a["k"][1]["l"].m',
      "a.b[0][1].c",
      "a[ 0 ]",
      "a[\n0\n]",
      "a\n[0]",
      "a[1.5]",
      "a[1e3]",
      "a[1e]",
      "a[-1]",
      "a[b]",
      "a[0 + 1]",
      'a["${b}"]',
      'a["\\q"]',
      'a["\\n"]',
      "a[*]",
      "a[*].b",
      "a.*.b",
      "a.*",
      "a.b[*].c.d[0]",
      'a[*]["k"]',
      "a[*][0].b",
      "a[*].b[*].c",
      "a[*].*",
      "a[*].b.*.c",
      "a.*.b.c",
      "a.*.b[0]",
      "a.*.0",
      "a.*.*",
      "a.*.b.*",
      "a[ * ]",
      "a[\n*]",
      "a[*\n]",
      "a.\n*",
      "a[*] * 2",
      "a.* * 2",
      "a[*].b + c.*.d",
      "a[*].b[c]",
      "a[*",
      "a[*.b",
      "[a[*].b, c.*.d]",
      '"${a[*].b}"',
      "f(a[*])",
      "a.0",
      "a[0",
      "a[0,]",
      "a[",
      "a[]",
      "a.b[0] + c[1]",
      "true[0]",
      "f(a)[0]",
      "a[0](1)",
    ];
    inContexts(values, [asValue, inTuple, inInterpolation]);
  });

  it("on for expressions at and around the fast path's edges", () => {
    const values = [
      "[for v in a : v]",
      "[for k, v in a.b : f(k, v) if v != null]",
      "[for v in [1, 2, 3] : v + 1]",
      "{for k, v in a : k => v}",
      "{for k, v in a : upper(k) => [v]...}",
      "{for v in a : v => v... if v > 0}",
      "[\n  for v in a :\n  v\n]",
      "{\n  for k, v in a :\n  k => v\n}",
      "[for v in a : v...]",
      "[for k, v in a : k => v]",
      "{for v in a : v}",
      "{for v in a : v...}",
      "[for v in a : v if]",
      "[for v in a v]",
      "[for v a : v]",
      "[for in in a : in]",
      "[for v, in a : v]",
      "[for v, w, x in a : v]",
      "[for 1 in a : v]",
      "[for v in a : v",
      "[for v in a : v}",
      "{for k, v in a : k => v]",
      "[for v in a : v] == []",
      "[for v in a : v][0]",
      "[for v in a : [for w in v : w * 2]]",
      "{for k, v in a : k => {for x in v : x => k}}",
      "[for v in a : v ? 1 : 2]",
      "[for v in a : (v)]",
      "[for v in a : v.b[0]]",
      "[for]",
      "{for}",
      "[for v in for : v]",
    ];
    inContexts(values, [asValue, inTuple, inInterpolation]);
  });

  it("on heredocs at and around the fast path's edges", () => {
    const values = [
      "<<EOT\nEOT",
      "<<EOT\nhello\nEOT",
      "<<EOT\nline ${a}\n  ${b.c} and ${f(1)}\nEOT",
      "<<-EOT\n    indented ${a}\n  less\n    EOT",
      "<<-EOT\n\t${a}\n\tEOT",
      "<<EOT\n$${a} %%{b} \\n ${c}\nEOT",
      "<<EOT\n${a~}\n  x\nEOT",
      "<<EOT\nx\n${~a}\nEOT",
      "<<EOT\n%{if a}x%{endif}\nEOT",
      "<<EOT\n${a + 1}\nEOT",
      "<<EOT\n${a\n}\nEOT",
      "<<EOT\nunterminated ${a}\n",
      "<<EOT\n${a",
      "<<EOT\nx\nEOT\n.b",
      '<<EOT\n${"${a}"}\nEOT',
    ];
    inContexts(values, [asValue, inTuple, asArgument]);
  });

  it("on body lines at and around the fast path's edges", () => {
    const lines = [
      "a = 1",
      "a = 1\na = 2",
      "a = 1 # note",
      "a = 1 // note",
      "a = 1 /* note */",
      "a = /* c */ 1",
      "a = 1 b = 2",
      "a = 1, b = 2",
      "a = b.c + 1",
      "a = 1\nb = a + 1\nc = 3",
      "a =",
      "a = 1 }",
      "for = 1\nif = 2\ntrue = 3",
      "a.b = 1",
      '"a" = 1',
      "a = 1\n\n\n# c\n// d\n/* e */\nb = 2",
      "a = <<EOT\nx\nEOT\nb = 1",
      "b {\n  a = 1\n}\na = 2",
      "a = 1\nb { c = 2 }",
      "a = [\n  1,\n]\nb = 2",
    ];
    inContexts(lines, [
      (v) => v,
      (v) => `${v}\n`,
      (v) => `blk "l" {\n${v}\n}\n`,
      (v) => `blk {\n  inner {\n${v}\n  }\n}\n`,
      (v) => `blk { ${v} }\n`,
    ]);
  });

  it("on blocks at and around the fast path's edges", () => {
    const deep = (n: number): string => "b {\n".repeat(n) + "a = 1\n" + "}\n".repeat(n);
    const blocks = [
      "b {\n}",
      "b {}",
      "b {\n  a = 1\n}",
      'b "x" {\n  a = 1\n}',
      'b "x" y "" {\n}',
      'b "x" "y" {\n  c "z" {\n    a = 1\n  }\n}',
      "b for if {\n}",
      'b "a\\nb" {\n}',
      'b "\\q" {\n}',
      'b "${a}" {\n}',
      'b "%{if a}x%{endif}" {\n}',
      "b /* c */ x /* d */ {\n}",
      "b # c\n{\n}",
      "b {  # c\n  a = 1\n}",
      "b { a = 1 }",
      "b { a = 1\n}",
      "b {\n  a = 1\n} c = 2",
      "b {\n  a = 1\n}, c = 2",
      "b {\n  a = 1",
      "b {\n  a = \n}",
      "b {\n  a = 1\n  a = 2\n}",
      "b = {\n}",
      "b x = 1",
      "b 1 {\n}",
      'b "x {\n}',
      "b\n{\n}",
      deep(10),
      deep(60),
    ];
    inContexts(blocks, [
      (v) => v,
      (v) => `${v}\n`,
      (v) => `x = 1\n${v}\ny = 2\n`,
      (v) => `outer "o" {\n${v}\n}\n`,
      (v) => `${v}\n${v}\n`,
    ]);
  });

  it("stop where the rules report nesting too deep", () => {
    // A low limit reaches the edge without a deep stack; the default limit behaves alike.
    const fast = new HclParser({ maxNesting: 12 });
    const rules = new HclParser({ fastPaths: false, maxNesting: 12 });
    const inners = [
      "1",
      "[[[[1]]]]",
      'f("${[[1]]}")',
      "[for x in [[1]] : x]",
      "{ for k, v in { a = [1] } : k => [v] }",
      "{ a = { b = [1] } }",
      '"%{if [[a]] == b}x%{endif}"',
      '"%{for v in [[a]]}${[v]}%{endfor}"',
      "a + [[1]] * f([2])",
      "a.b.c",
      "[a.b, c]",
      "f(a.b)",
      '"${a.b}"',
      "a[0].b",
      '[a["k"], c]',
      "a[*]",
      "a[*].b",
      "a.*.b",
      "[a[*].b[0], c]",
      "<<EOT\n${[[1]]}\nEOT\n",
    ];
    let tooDeep = 0;
    for (let n = 0; n <= 14; n++) {
      for (const inner of inners) {
        for (const text of [
          `x = ${"(".repeat(n)}${inner}${")".repeat(n)}\n`,
          `x = ${"f(".repeat(n)}${inner}${")".repeat(n)}\n`,
          `x = ${"-".repeat(n)}${inner}\n`,
          `${"b {\n".repeat(n)}x = ${inner}\n${"}\n".repeat(n)}`,
        ]) {
          const ours = parseWith(fast, text);
          expect(ours, text).toEqual(parseWith(rules, text));
          if (JSON.stringify(ours.diags).includes("too deeply nested")) tooDeep++;
        }
      }
    }
    expect(tooDeep).toBeGreaterThan(100);
  });

  it("on generated, mutated and random inputs", () => {
    fc.assert(fc.property(anyInputArb, sameAsRules), { numRuns: 3000, seed: 5151 });
  });

  it("when the rules take over from the fast paths in a parser not used before", () => {
    // The fast paths read top-level items until one needs the rules (here `...`
    // arguments, a legacy `a.0` step, an error, after a redefined attribute);
    // Chevrotain's grammar analysis then runs for the first time, and the rules
    // go on from that item.
    const plain = 'a = 1\nb "x" {\n  c = [1, 2]\n  d {\n    e = "${f}"\n  }\n}\n';
    const needRules = [
      "g = f(x...)\n",
      "g = a.0\n",
      "g = \n",
      "}\n",
      'k "l" { m = 1 }\n',
      "g = 1 h = 2\n",
      "p = 1\np = 2\ng = f(x...)\n",
    ];
    const inBlocks = (item: string, n: number): string => "o {\n".repeat(n) + item + "}\n".repeat(n);
    let cases = 0;
    for (const item of needRules) {
      for (const n of [0, 1, 3]) {
        for (const text of [inBlocks(item, n) + plain, plain + inBlocks(item, n), plain + inBlocks(item, n) + plain]) {
          const fresh = new HclParser();
          expect(parseWith(fresh, text), text).toEqual(parseWith(rulesOnly, text));
          expect(fresh.rulesPrepared, text).toBe(true);
          // The same parser, its grammar now analysed, reads the next file alike.
          expect(parseWith(fresh, text), text).toEqual(parseWith(rulesOnly, text));
          cases++;
        }
      }
    }
    expect(cases).toBe(63);
  });

  it("without the rules when the fast paths read the whole file", () => {
    const fresh = new HclParser();
    const text = readFileSync(join(import.meta.dirname, "..", "..", "examples", "ubuntu.pkr.hcl"), "utf8");
    const ours = parseWith(fresh, text);
    expect(fresh.rulesPrepared).toBe(false);
    expect(ours).toEqual(parseWith(rulesOnly, text));
  });
});
