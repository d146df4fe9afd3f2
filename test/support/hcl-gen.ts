/**
 * fast-check generators of HCL native syntax: documents that exercise every
 * construct (so a generated document is usually valid), plus mutations and
 * character soup that make broken input. Used by the parser's property and
 * differential tests.
 */
import fc from "fast-check";

const identifiers = [
  "a",
  "b",
  "foo",
  "var",
  "local",
  "each",
  "count",
  "for",
  "in",
  "if",
  "true",
  "false",
  "null",
  "x-y",
  "_z",
  "resource",
  "endif",
  "ünï",
];
export const ident = fc.constantFrom(...identifiers);
const numberLit = fc.constantFrom("0", "1", "42", "1.5", "1e3", "2E-2", "6.02e23", "007", "0.001");
const binaryOps = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"];

const stringPiece = fc.oneof(
  fc.constantFrom(
    "abc",
    " ",
    "x y",
    "é",
    "👩‍👩‍👧",
    "\\n",
    "\\t",
    '\\"',
    "\\\\",
    "\\u00e9",
    "\\U0001F600",
    "$${a}",
    "%%{b}",
    "$",
    "%",
    "100%",
  ),
  fc.string({ maxLength: 4 }).map((s) => s.replace(/["\\\n\r$%]/g, "")),
);

const comment = fc.constantFrom("# note\n", "// note\n", "/* c */ ", "/* multi\nline */ ");

export function exprArb(depth: number): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    numberLit,
    ident,
    fc.tuple(ident, ident).map(([a, b]) => `${a}.${b}`),
    fc.tuple(ident, numberLit).map(([a, n]) => `${a}[${n}]`),
    fc.array(stringPiece, { maxLength: 4 }).map((ps) => `"${ps.join("")}"`),
  );
  if (depth <= 0) return leaf;
  const sub = exprArb(depth - 1);
  const heredocLine = fc.oneof(
    fc.array(stringPiece, { maxLength: 3 }).map((ps) => ps.join("").replace(/\\/g, "")),
    sub.map((e) => `\${${e}}`),
  );
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    fc.tuple(sub, fc.constantFrom(...binaryOps), sub).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(fc.constantFrom("-", "!"), sub).map(([op, a]) => `${op}${a}`),
    fc.tuple(sub, sub, sub).map(([c, t, f]) => `${c} ? ${t} : ${f}`),
    sub.map((e) => `(${e})`),
    fc.array(sub, { maxLength: 3 }).map((es) => `[${es.join(", ")}]`),
    fc
      .array(
        fc.tuple(
          fc.oneof(
            ident,
            fc.constant('"q k"'),
            sub.map((e) => `(${e})`),
          ),
          sub,
        ),
        { maxLength: 3 },
      )
      .map((kvs) => `{\n${kvs.map(([k, v]) => `  ${k} = ${v}`).join("\n")}\n}`),
    fc
      .tuple(ident, fc.array(sub, { maxLength: 3 }), fc.boolean())
      .map(([f, args, expand]) => `${f}(${args.join(", ")}${expand && args.length > 0 ? "..." : ""})`),
    fc
      .tuple(ident, sub, sub, fc.boolean())
      .map(([v, c, e, cond]) => `[for ${v} in ${c} : ${e}${cond ? ` if ${v}` : ""}]`),
    fc
      .tuple(ident, ident, sub, fc.boolean())
      .map(([k, v, c, g]) => `{for ${k}, ${v} in ${c} : ${k} => ${v}${g ? "..." : ""}}`),
    fc.tuple(sub, ident).map(([s, a]) => `${s}[*].${a}`),
    fc.tuple(ident, ident).map(([s, a]) => `${s}.*.${a}`),
    fc.tuple(sub, sub).map(([c, k]) => `${c}[${k}]`),
    fc
      .tuple(stringPiece, sub, fc.boolean(), fc.boolean())
      .map(([s, e, l, r]) => `"${s}\${${l ? "~" : ""} ${e} ${r ? "~" : ""}}${s}"`),
    fc.tuple(sub, stringPiece, stringPiece).map(([c, a, b]) => `"%{ if ${c} }${a}%{ else }${b}%{ endif }"`),
    fc.tuple(ident, sub, stringPiece).map(([v, c, a]) => `"%{ for ${v} in ${c} }${a}\${${v}}%{ endfor }"`),
    fc
      .tuple(fc.boolean(), fc.array(heredocLine, { maxLength: 3 }), fc.constantFrom("", "  ", "\t"))
      .map(
        ([flush, lines, indent]) =>
          `<<${flush ? "-" : ""}EOT\n${lines.map((l) => indent + l + "\n").join("")}${indent}EOT\n`,
      ),
  );
}

export function bodyArb(depth: number): fc.Arbitrary<string> {
  const attr = fc.tuple(ident, exprArb(2)).map(([n, e]) => `${n} = ${e}\n`);
  const item =
    depth <= 0
      ? fc.oneof({ weight: 4, arbitrary: attr }, comment, fc.constant("\n"))
      : fc.oneof(
          { weight: 4, arbitrary: attr },
          comment,
          fc.constant("\n"),
          fc
            .tuple(ident, fc.array(fc.oneof(ident, fc.constant('"lbl"')), { maxLength: 2 }), bodyArb(depth - 1))
            .map(([t, labels, body]) => `${[t, ...labels].join(" ")} {\n${body}}\n`),
          fc.tuple(ident, ident, exprArb(1)).map(([t, n, e]) => `${t} { ${n} = ${e} }\n`),
        );
  return fc.array(item, { maxLength: 5 }).map((items) => items.join(""));
}

/** A whole document, usually valid. */
export const documentArb: fc.Arbitrary<string> = bodyArb(2);

const soupChars = [..."{}[]()\"$%~<>=!&|.,:?*-+/#\n\\'`; \tabc019_é"];

/** Random HCL-flavoured character soup. */
export const soupArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...soupChars),
      fc.constantFrom("${", "%{", "<<EOT\n", "EOT\n", "for", "in", "if", "/*", "*/"),
    ),
    {
      maxLength: 40,
    },
  )
  .map((cs) => cs.join(""));

/** A document with one to three random edits: deletions, insertions, duplications. */
export const mutatedArb: fc.Arbitrary<string> = fc
  .tuple(
    documentArb,
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(8),
        fc.constantFrom("delete", "insert", "duplicate"),
        fc.constantFrom(...soupChars, "${", "}", "<<EOT\n"),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([doc, edits]) => {
    // Edit whole code points: a real file never holds half a surrogate pair.
    let s = Array.from(doc);
    for (const [at, len, op, text] of edits) {
      const i = s.length === 0 ? 0 : at % (s.length + 1);
      if (op === "delete") s = [...s.slice(0, i), ...s.slice(i + len)];
      else if (op === "insert") s = [...s.slice(0, i), ...Array.from(text), ...s.slice(i)];
      else s = [...s.slice(0, i), ...s.slice(i, i + len), ...s.slice(i)];
    }
    return s.join("");
  });

/** Any of the above. */
export const anyInputArb: fc.Arbitrary<string> = fc.oneof(documentArb, mutatedArb, soupArb);
