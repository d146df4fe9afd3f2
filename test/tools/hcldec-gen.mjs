// Random (spec file, input) pairs for the hcldec decoder differential: spec trees of every kind
// Go's spec files can express (object, array, attr, literal, block, block_list, block_set,
// block_map, default, transform) with inputs that mostly fit them and sometimes do not (wrong
// types, missing or extra items, wrong label counts, duplicates, variables with and without a
// context). Deterministic per seed, so a disagreement can be replayed.

import { prng } from "../../bench/prng.mjs";
const ATTR_NAMES = ["a", "b", "c", "d"];
const BLOCK_TYPES = ["x", "y", "z"];
const LABELS = ['"p"', '"q"', '"r"', "bare"];
const TYPES = {
  string: ['"s"', '"hello"', "1", "true", '"${v1}"', "v1"],
  number: ["1", "42", "-3.5", '"7"', "v2", "0.1"],
  bool: ["true", "false", '"true"', '"false"'],
  any: ['"s"', "1", "true", "[1, 2]", '{ k = "v" }', "null", "v3"],
  "list(string)": ['["a", "b"]', "[]", '["x", 1]', "v3"],
  "list(number)": ["[1, 2]", "[]", '["3"]', "v3"],
  "set(string)": ['["b", "a", "b"]', "[]", "[1, 2, 1]"],
  "map(number)": ["{ k = 1 }", "{}", '{ a = "2", b = 3 }'],
  "map(string)": ['{ k = "v" }', "{ a = 1, b = true }"],
  "object({ p = string, q = number })": ['{ p = "x", q = 1 }', '{ p = 1, q = "2", r = true }'],
  "tuple([string, number])": ['["a", 1]', '[1, "2"]'],
  "list(any)": ['[1, "a"]', "[[1], [2]]", "[]"],
  "map(any)": ['{ a = 1, b = "x" }', "{ a = [1] }"],
};
const NO_ANY = Object.keys(TYPES).filter((t) => !t.includes("any"));
const WRONG = ["[1]", "{ a = 1 }", '"str"', "null", "nosuch", '1 + "x"', "v1", "v3", "[[1]]", "-1"];
const LITERALS = ['"lit"', "7", "true", "[1, 2]", '{ a = "b" }', "null", '["x", "y"]'];
const TRANSFORMS = [
  "nested",
  "[nested]",
  "{ v = nested }",
  "nested == null",
  "jsonencode(nested)",
  '"<${jsonencode(nested)}>"',
];

export function generateCase(seed) {
  const rnd = prng(seed);
  const chance = (p) => rnd() < p;
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

  // A spec node: its text (with the key label when inside an object) and what it reads from
  // its body (attribute names with types, block types with label counts and nested summaries).
  // Names are unique within one body: Go builds the schema in map order, so two specs reading
  // the same attribute or block type would make its answer depend on that order.
  const freshName = (scope, pool) => {
    const free = pool.filter((n) => !scope.has(n));
    if (free.length === 0) return undefined;
    const n = pick(free);
    scope.add(n);
    return n;
  };

  function node(depth, inObject, noAny, key, scope) {
    const pad = "  ".repeat(depth);
    const head = (t) => (inObject ? `${pad}${t} "${key}" {` : `${pad}${t} {`);
    const roll = rnd();
    const leafOnly = depth >= 4;
    if (!leafOnly && roll < 0.2) {
      const n = int(1, 4);
      const kids = [];
      for (let i = 0; i < n; i++) kids.push(node(depth + 1, true, noAny, `k${i}`, scope));
      return merge(head("object"), pad, kids);
    }
    if (!leafOnly && roll < 0.26) {
      const kids = [];
      for (let i = 0, n = int(1, 3); i < n; i++) kids.push(node(depth + 1, false, noAny, undefined, scope));
      return merge(head("array"), pad, kids);
    }
    // A null literal has the dynamic type, which Go's spec reader refuses under block_map.
    const lits = noAny ? LITERALS.filter((l) => l !== "null") : LITERALS;
    const literal = () => ({
      text: `${head("literal")}\n${pad}  value = ${pick(lits)}\n${pad}}`,
      attrs: [],
      blocks: [],
    });
    if (roll < 0.55 || leafOnly) {
      if (chance(0.08)) return literal();
      const implicit = inObject && !scope.has(key) && chance(0.8);
      const name = implicit ? key : freshName(scope, ATTR_NAMES);
      if (name === undefined) return literal();
      if (implicit) scope.add(key);
      const type = pick(noAny ? NO_ANY : Object.keys(TYPES));
      const lines = [head("attr")];
      if (!implicit) lines.push(`${pad}  name = "${name}"`);
      const realName = name;
      lines.push(`${pad}  type = ${type}`);
      const required = chance(0.15);
      if (required) lines.push(`${pad}  required = true`);
      lines.push(`${pad}}`);
      return { text: lines.join("\n"), attrs: [{ name: realName, type }], blocks: [] };
    }
    if (roll < 0.65) {
      const kids = [node(depth + 1, false, noAny, undefined, scope)];
      for (let i = 0, n = int(1, 2); i < n; i++) {
        const a = chance(0.5) ? undefined : leafAttr(depth + 1, noAny, scope);
        kids.push(
          a ?? { text: `${pad}  literal {\n${pad}    value = ${pick(lits)}\n${pad}  }`, attrs: [], blocks: [] },
        );
      }
      return merge(head("default"), pad, kids);
    }
    if (roll < 0.7 && !noAny) {
      const kid = node(depth + 1, false, noAny, undefined, scope);
      const m = merge(head("transform"), pad, [kid]);
      m.text = m.text.replace(/\n[^\n]*}$/, `\n${pad}  result = ${pick(TRANSFORMS)}\n${pad}}`);
      return m;
    }
    const kinds = ["block", "block_list", "block_set", "block_map"];
    const kind = pick(kinds);
    const implicit = inObject && !scope.has(key) && chance(0.7);
    const type = implicit ? key : freshName(scope, BLOCK_TYPES);
    if (type === undefined) return literal();
    if (implicit) scope.add(key);
    const lines = [head(kind)];
    if (!implicit) lines.push(`${pad}  block_type = "${type}"`);
    const realType = type;
    let labels = 0;
    if (kind === "block" && chance(0.25)) lines.push(`${pad}  required = true`);
    if (kind === "block_list" || kind === "block_set") {
      if (chance(0.3)) lines.push(`${pad}  min_items = ${int(0, 2)}`);
      if (chance(0.3)) lines.push(`${pad}  max_items = ${int(1, 2)}`);
    }
    if (kind === "block_map") {
      labels = int(1, 2);
      lines.push(
        `${pad}  labels = [${["kind", "name"]
          .slice(0, labels)
          .map((l) => `"${l}"`)
          .join(", ")}]`,
      );
    }
    const nested = node(depth + 1, false, noAny || kind === "block_map", undefined, new Set());
    lines.push(nested.text, `${pad}}`);
    return { text: lines.join("\n"), attrs: [], blocks: [{ type: realType, kind, labels, nested }] };
  }

  function leafAttr(depth, noAny, scope) {
    const pad = "  ".repeat(depth);
    const name = freshName(scope, ATTR_NAMES);
    if (name === undefined) return undefined;
    const type = pick(noAny ? NO_ANY : Object.keys(TYPES));
    return {
      text: `${pad}attr {\n${pad}  name = "${name}"\n${pad}  type = ${type}\n${pad}}`,
      attrs: [{ name, type }],
      blocks: [],
    };
  }

  function merge(open, pad, kids) {
    return {
      text: [open, ...kids.map((k) => k.text), `${pad}}`].join("\n"),
      attrs: kids.flatMap((k) => k.attrs),
      blocks: kids.flatMap((k) => k.blocks),
    };
  }

  // An input body for what a spec node reads.
  function input(summary, depth) {
    const pad = "  ".repeat(depth);
    const lines = [];
    const seen = new Set();
    for (const a of summary.attrs) {
      if (seen.has(a.name)) continue;
      seen.add(a.name);
      if (!chance(0.75)) continue;
      lines.push(`${pad}${a.name} = ${chance(0.88) ? pick(TYPES[a.type]) : pick(WRONG)}`);
    }
    if (chance(0.08)) lines.push(`${pad}${pick([...ATTR_NAMES, "e", "x"])} = 1`);
    const types = new Map();
    for (const b of summary.blocks) if (!types.has(b.type)) types.set(b.type, b);
    for (const b of types.values()) {
      const n = b.kind === "block" ? (chance(0.8) ? int(0, 1) : 2) : int(0, 3);
      for (let i = 0; i < n; i++) {
        let labels = b.labels;
        if (chance(0.08)) labels = Math.max(0, labels + (chance(0.5) ? 1 : -1));
        const ls = [];
        for (let j = 0; j < labels; j++) ls.push(pick(LABELS));
        const inner = depth < 5 ? input(b.nested, depth + 1) : [];
        lines.push(`${pad}${b.type}${ls.map((l) => " " + l).join("")} {`, ...inner, `${pad}}`);
      }
    }
    if (chance(0.05)) lines.push(`${pad}${pick(["w", "x", "a"])} {`, `${pad}}`);
    return lines;
  }

  const rootScope = new Set();
  const root = chance(0.85) ? rootObject() : node(0, false, false, undefined, rootScope);
  function rootObject() {
    const kids = [];
    for (let i = 0, n = int(1, 5); i < n; i++) kids.push(node(1, true, false, `k${i}`, rootScope));
    return merge("object {", "", kids);
  }
  const text = input(root, 0).join("\n") + "\n";
  const vars = chance(0.5) ? { v1: "val", v2: 5, v3: [1, 2] } : undefined;
  return { seed, spec: root.text + "\n", inputs: [{ name: "in.hcl", text }], vars };
}
