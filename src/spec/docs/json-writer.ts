/**
 * Writes a plain config in HCL's JSON syntax (what a `.pkr.json` file
 * holds). The spec decides the shape of nested blocks: a single block is an
 * object, a block list an array of objects, a block map an object keyed by
 * label (hcl json/spec.md). Attribute values are JSON values; their strings
 * and object keys get `$${` / `%%{` so they stay literal when Packer
 * evaluates them as templates (it always evaluates with a context, and in
 * the JSON syntax that is what turns strings into templates). One string
 * cannot be written this way: a carriage return not followed by a newline,
 * which HCL's template scanner rejects and JSON offers no other way to say.
 */
import type { Fields } from "../config.js";
import { isPlainObject } from "../normalize-common.js";
import type { PlainValue } from "../types.js";
import { escapeTemplateIntroducers, type FieldsView } from "./hcl-writer.js";

const WIDTH = 80;
const INDENT = "  ";

/**
 * The JSON-syntax value of a block `type "label" … { body }`:
 * `{"provisioner": {"shell": {…}}}`, as it appears in a `.pkr.json` `build`.
 */
export function jsonBlockValue(
  type: string,
  labels: readonly string[],
  spec: FieldsView,
  config: Readonly<Record<string, unknown>>,
): PlainValue {
  let v: PlainValue = jsonBodyValue(spec, config);
  for (const label of [...labels].reverse()) v = setKey({}, label, v);
  return { [type]: v };
}

/** Sets an own property even for a key like `__proto__`, which plain assignment would not. */
function setKey(o: { [k: string]: PlainValue }, k: string, v: PlainValue): { [k: string]: PlainValue } {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

/** A body as a JSON object: attributes and blocks by the spec, unset (null) fields left out. */
export function jsonBodyValue(spec: FieldsView, config: Readonly<Record<string, unknown>>): PlainValue {
  return bodyValue(spec.fields, config);
}

function bodyValue(fields: Fields, config: Readonly<Record<string, unknown>>): { [k: string]: PlainValue } {
  const out: { [k: string]: PlainValue } = {};
  for (const [name, v] of Object.entries(config)) {
    if (v === null || v === undefined) continue;
    const f = fields[name];
    if (f?.kind === "block" && isPlainObject(v)) out[name] = bodyValue(f.config.fields, v);
    else if (f?.kind === "blockList" && Array.isArray(v) && v.every(isPlainObject)) {
      if (v.length > 0) out[name] = v.map((it) => bodyValue(f.config.fields, it));
    } else if (f?.kind === "blockMap" && isPlainObject(v) && Object.values(v).every(isPlainObject)) {
      const labelled: { [k: string]: PlainValue } = {};
      for (const [label, it] of Object.entries(v))
        setKey(labelled, label, bodyValue(f.config.fields, it as Record<string, unknown>));
      if (Object.keys(labelled).length > 0) out[name] = labelled;
    } else out[name] = attrValue(v);
  }
  return out;
}

/** An attribute's value as JSON: strings (and object keys) escaped for templates. */
export function jsonAttributeValue(v: unknown): PlainValue {
  return attrValue(v);
}

function attrValue(v: unknown): PlainValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return escapeTemplateIntroducers(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map(attrValue);
  if (typeof v === "object") {
    const out: { [k: string]: PlainValue } = {};
    for (const [k, e] of Object.entries(v)) setKey(out, escapeTemplateIntroducers(k), attrValue(e));
    return out;
  }
  return escapeTemplateIntroducers(String(v));
}

/**
 * JSON text with two-space indentation; arrays of scalars stay on one line
 * when they fit in 80 columns (as Prettier lays out JSON), objects always
 * take one property per line. No trailing newline.
 */
export function jsonText(v: PlainValue, depth = 0, column = 0): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const pad = INDENT.repeat(depth);
  const inner = INDENT.repeat(depth + 1);
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    if (v.every((e) => e === null || typeof e !== "object")) {
      const line = `[${v.map((e) => JSON.stringify(e)).join(", ")}]`;
      if (column + line.length <= WIDTH) return line;
    }
    return `[\n${v.map((e) => inner + jsonText(e, depth + 1, inner.length)).join(",\n")}\n${pad}]`;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return "{}";
  const rows = entries.map(([k, e]) => {
    const lead = `${inner}${JSON.stringify(k)}: `;
    return lead + jsonText(e, depth + 1, lead.length);
  });
  return `{\n${rows.join(",\n")}\n${pad}}`;
}

/** One-line JSON with a space after `,` and `:`, for code spans (`["a", "b"]`, `{"k": 1}`). */
export function jsonInline(v: PlainValue): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(jsonInline).join(", ")}]`;
  return `{${Object.entries(v)
    .map(([k, e]) => `${JSON.stringify(k)}: ${jsonInline(e)}`)
    .join(", ")}}`;
}
