/**
 * Writes a plain config (the JSON form `prepare` takes, durations as strings)
 * as HCL native syntax, the way `packer fmt` lays it out: two-space indent,
 * `=` aligned in a run of attributes, nested blocks set off by blank lines,
 * long lists and several-entry maps one item per line.
 *
 * The spec decides what is an attribute and what is a block (HCL cannot
 * tell from the value: a map attribute and a single block are both objects,
 * packer-provisioners.md §3.3). Keys the spec does not know are written as
 * attributes, so decoding the text reports them as it would the plain
 * object. Never throws on odd input; it writes what decoding will reject.
 */
import type { Fields } from "../config.js";
import { isPlainObject } from "../normalize-common.js";

/** The column past which a list or map is broken over several lines. */
const WIDTH = 80;
const INDENT = "  ";

/**
 * Words an unquoted object key cannot be: `{ for = 1 }` starts a `for`
 * expression, `true`/`false`/`null` are literals in Go's parser.
 */
const KEYWORDS = new Set(["true", "false", "null", "for", "in", "if"]);
const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The fields of a config, which is all the writer needs of a spec. */
export interface FieldsView {
  readonly fields: Fields;
}

/**
 * A block `type "label" … { body }` with the body written from `config`,
 * ending in a newline: `hclBlockText("provisioner", ["shell"], shellConfig, {inline: ["ls"]})`.
 */
export function hclBlockText(
  type: string,
  labels: readonly string[],
  spec: FieldsView,
  config: Readonly<Record<string, unknown>>,
  depth = 0,
): string {
  const pad = INDENT.repeat(depth);
  const head = [type, ...labels.map(hclQuoted)].join(" ");
  const body = bodyLines(spec.fields, config, depth + 1);
  if (body.length === 0) return `${pad}${head} {}\n`;
  return `${pad}${head} {\n${body.join("\n")}\n${pad}}\n`;
}

/** The body alone (the text between a block's braces, or a whole file), ending in a newline unless empty. */
export function hclBodyText(spec: FieldsView, config: Readonly<Record<string, unknown>>, depth = 0): string {
  const lines = bodyLines(spec.fields, config, depth);
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

/** One attribute, `name = value`, ending in a newline. */
export function hclAttributeText(name: string, value: unknown, depth = 0): string {
  const pad = INDENT.repeat(depth);
  return `${pad}${name} = ${hclExpressionText(value, depth, pad.length + name.length + 3)}\n`;
}

type Item = { kind: "attr"; name: string; value: unknown } | { kind: "block"; text: string };

function bodyLines(fields: Fields, config: Readonly<Record<string, unknown>>, depth: number): string[] {
  const items: Item[] = [];
  for (const [name, v] of Object.entries(config)) {
    if (v === null || v === undefined) continue; // unset, as prepare reads it
    const f = fields[name];
    if (f?.kind === "block" && isPlainObject(v)) {
      items.push({ kind: "block", text: hclBlockText(name, [], f.config, v, depth) });
    } else if (f?.kind === "blockList" && Array.isArray(v) && v.every(isPlainObject)) {
      for (const it of v) items.push({ kind: "block", text: hclBlockText(name, [], f.config, it, depth) });
    } else if (f?.kind === "blockMap" && isPlainObject(v) && Object.values(v).every(isPlainObject)) {
      for (const [label, it] of Object.entries(v)) {
        items.push({
          kind: "block",
          text: hclBlockText(name, [label], f.config, it as Record<string, unknown>, depth),
        });
      }
    } else {
      items.push({ kind: "attr", name, value: v });
    }
  }
  const pad = INDENT.repeat(depth);
  const out: string[] = [];
  let i = 0;
  while (i < items.length) {
    const it = items[i]!;
    if (out.length > 0) out.push(""); // a blank line between a run of attributes and a block, and between blocks
    if (it.kind === "block") {
      out.push(it.text.slice(0, -1));
      i++;
      continue;
    }
    let j = i;
    while (j < items.length && items[j]!.kind === "attr") j++;
    const run = items.slice(i, j) as Extract<Item, { kind: "attr" }>[];
    out.push(
      ...alignedLines(
        run.map((a) => ({ key: a.name, value: a.value })),
        pad,
        depth,
      ),
    );
    i = j;
  }
  return out;
}

/**
 * `key = value` lines with the `=` aligned as hclwrite aligns them: over a
 * chain of consecutive lines, where a value spanning several lines is the
 * last of its chain (its closing line has no `=`).
 */
function alignedLines(items: readonly { key: string; value: unknown }[], pad: string, depth: number): string[] {
  const out: string[] = [];
  let chain: { key: string; value: unknown }[] = [];
  const flush = (): void => {
    const width = Math.max(...chain.map((c) => c.key.length));
    for (const c of chain) {
      const lead = `${pad}${c.key.padEnd(width)} = `;
      out.push(lead + hclExpressionText(c.value, depth, lead.length));
    }
    chain = [];
  };
  for (const it of items) {
    chain.push(it);
    // Whether it breaks is decided at the chain's widest lead, the most it can be pushed right.
    const widest = Math.max(...chain.map((c) => c.key.length));
    if (hclExpressionText(it.value, depth, pad.length + widest + 3).includes("\n")) flush();
  }
  if (chain.length > 0) flush();
  return out;
}

/**
 * A plain value as an HCL expression; `column` is where it starts (to
 * decide whether it fits on the line), `depth` the indent level of the line
 * it starts on. Continuation lines carry their own indentation.
 */
export function hclExpressionText(v: unknown, depth = 0, column = 0): string {
  if (v === null || v === undefined) return "null";
  switch (typeof v) {
    case "string":
      return hclQuoted(v);
    case "number":
      return numberText(v);
    case "boolean":
      return v ? "true" : "false";
    case "object":
      break;
    default:
      return hclQuoted(String(v));
  }
  const pad = INDENT.repeat(depth);
  const inner = INDENT.repeat(depth + 1);
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    const flat = v.map((e) => hclExpressionText(e, depth, 0));
    const line = `[${flat.join(", ")}]`;
    if (!line.includes("\n") && column + line.length <= WIDTH) return line;
    const rows = v.map((e) => `${inner}${hclExpressionText(e, depth + 1, inner.length)},`);
    return `[\n${rows.join("\n")}\n${pad}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  const keys = entries.map(([k]) => objectKey(k));
  if (entries.length === 1) {
    const line = `{ ${keys[0]} = ${hclExpressionText(entries[0]![1], depth, 0)} }`;
    if (!line.includes("\n") && column + line.length <= WIDTH) return line;
  }
  const rows = alignedLines(
    entries.map(([, e], i) => ({ key: keys[i]!, value: e })),
    inner,
    depth + 1,
  );
  return `{\n${rows.join("\n")}\n${pad}}`;
}

function objectKey(k: string): string {
  return BARE_KEY.test(k) && !KEYWORDS.has(k) ? k : hclQuoted(k);
}

/** A JS number as an HCL number literal (a leading `-` is HCL's unary minus, which gives the same value). */
function numberText(n: number): string {
  if (Object.is(n, -0)) return "-0";
  if (!Number.isFinite(n)) return hclQuoted(String(n)); // not a value HCL (or JSON) can hold
  return String(n);
}

/**
 * A quoted HCL string whose value is exactly `s`: backslash escapes for
 * quotes, backslashes and control characters, and `$${` / `%%{` so that
 * `${` and `%{` stay literal text instead of starting a template sequence
 * (the escapes hclsyntax's string literals and block labels both take).
 */
export function hclQuoted(s: string): string {
  let out = "";
  for (const ch of s) {
    switch (ch) {
      case "\\":
        out += "\\\\";
        break;
      case '"':
        out += '\\"';
        break;
      case "\n":
        out += "\\n";
        break;
      case "\r":
        out += "\\r";
        break;
      case "\t":
        out += "\\t";
        break;
      default: {
        const c = ch.codePointAt(0)!;
        out += c < 0x20 || c === 0x7f ? `\\u${c.toString(16).padStart(4, "0")}` : ch;
      }
    }
  }
  return `"${escapeTemplateIntroducers(out)}"`;
}

/** `${` → `$${` and `%{` → `%%{`: literal text in an HCL template (native quoted strings and JSON-syntax strings alike). */
export function escapeTemplateIntroducers(s: string): string {
  return s.replace(/([$%])\{/g, "$1$1{");
}
