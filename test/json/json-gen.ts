/**
 * Generated inputs for the differential run against Go's hcldec: JSON
 * documents shaped like HCL configuration (property names a spec knows and
 * some it does not, label levels, arrays of bodies, `"//"` comments,
 * strings holding templates, numbers in every JSON form, odd white space
 * and non-ASCII text), optionally broken by a few random edits, paired with
 * one of a fixed set of specs and with or without variables (which turn
 * strings into templates, JSON-07).
 *
 * A seeded PRNG keeps every run identical.
 */

import { prng } from "../../bench/prng.mjs";
export { prng } from "../../bench/prng.mjs";

export interface GenCase {
  spec: string;
  input: string;
  /** A literal `--vars` argument, or none (then strings are taken verbatim). */
  vars?: string;
  varRefs?: boolean;
}

export const VARS = '{"n": 2, "name": "w", "list": ["p", "q"], "obj": {"k": "v"}, "nothing": null}';

/** Specs the mini decoder supports; nested block bodies use concrete types so lists unify. */
export const SPECS: string[] = [
  "object {}\n",
  'object {\n  attr "a" { type = any }\n  attr "b" { type = string }\n  attr "c" { type = number }\n}\n',
  'object {\n  attr "a" {\n    type = any\n    required = true\n  }\n  attr "name" { type = list(string) }\n}\n',
  'object {\n  attr "a" { type = any }\n  block_list "blk" {\n    object {\n      attr "x" { type = string }\n      attr "y" { type = number }\n    }\n  }\n}\n',
  'object {\n  block "blk" {\n    object {\n      attr "x" { type = any }\n    }\n  }\n  attr "b" { type = map(string) }\n}\n',
  'object {\n  block_map "res" {\n    labels = ["name"]\n    object {\n      attr "x" { type = string }\n    }\n  }\n  attr "a" { type = any }\n}\n',
  'object {\n  block_map "res" {\n    labels = ["type", "name"]\n    object {\n      attr "y" { type = number }\n      block_list "blk" {\n        object {\n          attr "x" { type = string }\n        }\n      }\n    }\n  }\n}\n',
  'object {\n  block_list "blk" {\n    min_items = 1\n    max_items = 2\n    object {\n      attr "x" { type = string }\n    }\n  }\n  attr "c" { type = number }\n}\n',
];

const NAMES = ["a", "b", "c", "x", "y", "blk", "res", "//", "name", "nme", "k", "ab", "blkk", "ünï", "😀", "e\u0301"];
const LABELS = ["l1", "l2", "t", "//", "é", "a b", ""];

const STRINGS = [
  "",
  "plain",
  "${n}",
  "${n + 1}",
  "${name}",
  "hi ${name}!",
  "${list}",
  "${obj.k}",
  "${nothing}",
  "${nope}",
  "${obj.nope}",
  "${",
  "${1 +}",
  "$${name}",
  "%%{x}",
  "%{ if n > 1 }big%{ else }small%{ endif }",
  "%{ for v in list }${v},%{ endfor }",
  "${upper(name)}",
  "${true}",
  "tab\\there",
  'quote\\" and \\\\ back',
  "\\u00e9\\u0301 \\ud83d\\ude00 \\ud800",
  "multi\\nline ${name}",
  "ünïcödé ${n}",
  "1e3",
  "12",
  "x",
];

const NUMBERS = ["0", "1", "-1", "2.5", "0.1", "1e3", "1E-2", "-0", "123456789012345678901234567890", "1e400", "3.0"];

class Gen {
  constructor(private readonly r: () => number) {}
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  ws(): string {
    if (this.chance(0.6)) return this.chance(0.5) ? "" : " ";
    return this.pick([" ", "  ", "\t", "\n", "\r\n", "\n  ", "\n\t"]);
  }
  str(s: string): string {
    return `"${s}"`;
  }
  scalar(): string {
    const k = this.int(10);
    if (k < 4) return this.str(this.pick(STRINGS));
    if (k < 7) return this.pick(NUMBERS);
    if (k < 8) return this.pick(["true", "false"]);
    return "null";
  }
  value(depth: number): string {
    if (depth <= 0 || this.chance(0.5)) return this.scalar();
    if (this.chance(0.5)) {
      const n = this.int(4);
      const items: string[] = [];
      for (let i = 0; i < n; i++) items.push(this.ws() + this.value(depth - 1) + this.ws());
      return `[${items.join(",")}]`;
    }
    return this.object(depth - 1, NAMES);
  }
  object(depth: number, names: readonly string[]): string {
    const n = this.int(4);
    const props: string[] = [];
    for (let i = 0; i < n; i++) {
      const name = this.chance(0.15) ? this.pick(STRINGS.slice(2, 8)) : this.pick(names);
      props.push(`${this.ws()}${this.str(name)}${this.ws()}:${this.ws()}${this.propValue(name, depth)}${this.ws()}`);
    }
    return `{${props.join(",")}}`;
  }
  /** Values shaped for what a spec might expect under this name. */
  propValue(name: string, depth: number): string {
    if ((name === "blk" || name === "res") && depth > 0) {
      const body = (): string =>
        this.chance(0.8) ? this.object(depth - 1, ["x", "y", "blk", "z", "//"]) : this.scalar();
      const labelled = (levels: number): string => {
        if (levels === 0) {
          if (this.chance(0.7)) return body();
          const n = this.int(3);
          const xs: string[] = [];
          for (let i = 0; i < n; i++) xs.push(body());
          return this.chance(0.1) ? "null" : `[${xs.join(",")}]`;
        }
        if (this.chance(0.1)) return this.scalar();
        const n = this.int(3);
        const ps: string[] = [];
        for (let i = 0; i < n; i++) ps.push(`${this.str(this.pick(LABELS))}: ${labelled(levels - 1)}`);
        const obj = `{${ps.join(", ")}}`;
        return this.chance(0.15) ? `[${obj}, ${obj}]` : obj;
      };
      return labelled(name === "res" ? 1 + this.int(2) : 0);
    }
    return this.value(depth);
  }
  document(): string {
    const k = this.int(20);
    let doc: string;
    if (k < 15) doc = this.object(3, NAMES);
    else if (k < 19) {
      const n = this.int(3);
      const xs: string[] = [];
      for (let i = 0; i < n; i++) xs.push(this.chance(0.9) ? this.object(3, NAMES) : this.scalar());
      doc = `[${xs.join(", ")}]`;
    } else doc = this.scalar();
    return this.ws() + doc + this.ws();
  }
  /** A few random edits that usually break the JSON. */
  mutate(text: string): string {
    const edits = 1 + this.int(2);
    const bits = [
      ",",
      ":",
      "=",
      "{",
      "}",
      "[",
      "]",
      '"',
      "\\",
      "tru",
      "NaN",
      "01",
      "é",
      "@",
      "\t",
      "\n",
      "-",
      ".",
      "e",
      "//",
      "'",
      "undefined",
    ];
    for (let i = 0; i < edits; i++) {
      const at = this.int(text.length + 1);
      const k = this.int(3);
      if (k === 0 && text.length > 0) text = text.slice(0, at) + text.slice(at + 1);
      else if (k === 1) text = text.slice(0, at) + this.pick(bits) + text.slice(at);
      else text = text.slice(0, at) + text.slice(at, at + 1) + text.slice(at);
    }
    // A byte order mark only in front: inside a name Go's %q escapes it
    // and src/cty's goQuote does not (a known difference outside src/json).
    if (this.chance(0.05)) text = "\ufeff" + text;
    // Never split a surrogate pair: Go reads bytes, we read UTF-16.
    return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "?");
  }
}

export function generateCases(seed: number, count: number): GenCase[] {
  const g = new Gen(prng(seed));
  const out: GenCase[] = [];
  for (let i = 0; i < count; i++) {
    let input = g.document();
    if (g.chance(0.35)) input = g.mutate(input);
    const c: GenCase = { spec: g.pick(SPECS), input };
    if (g.chance(0.5)) c.vars = VARS;
    if (g.chance(0.1)) c.varRefs = true;
    out.push(c);
  }
  return out;
}
