/**
 * Plain layers (objects from code or a parsed JSON document) as layer trees.
 * They are checked strictly against JSON's types — a string where a number
 * is wanted is an error — which is exactly what the derived JSON Schema
 * says. Null (or undefined) where a field could be unset means "not set by
 * this layer" and never overwrites an earlier one.
 */
import { normalizeString } from "../cty/value.js";
import { errorDiag } from "../hcl/diagnostic.js";
import type { Fields } from "./config.js";
import type { AnyField } from "./fields.js";
import type { ConfigNode, Node, Origin } from "./layer-tree.js";
import * as msg from "./messages.js";
import { deprecation, isPlainObject, refine, setOwn, type Sink } from "./normalize-common.js";
import { PathCursor } from "./path.js";
import { type FieldType, type PlainValue, typeNoun } from "./types.js";

/** What a plain value is, for errors; a `secret` one is not quoted. */
function describePlain(v: unknown, secret = false): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  switch (typeof v) {
    case "string":
      return secret ? "a string" : `a string (${JSON.stringify(v.length > 40 ? v.slice(0, 37) + "..." : v)})`;
    case "number":
      if (secret) return Number.isFinite(v) ? "a number" : "a non-finite number";
      return Number.isFinite(v) ? `a number (${v})` : `a non-finite number (${v})`;
    case "boolean":
      return secret ? "a bool" : `a bool (${v})`;
    case "object": {
      if (isPlainObject(v)) return "an object";
      const name = (Object.getPrototypeOf(v) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
      if (typeof name !== "string" || name === "" || name === "Object") return "an object that is not plain data";
      return `a ${name} object`;
    }
    case "undefined":
      return "undefined (a missing value)";
    default:
      return `a JavaScript ${typeof v}`;
  }
}

/** A plain raw as a layer tree; type errors go to `sink` and leave the value out. */
export function normalizePlain(
  fields: Fields,
  raw: unknown,
  layer: number,
  label: string | undefined,
  sink: Sink,
): ConfigNode {
  const origin: Origin = label === undefined ? { layer } : { layer, label };
  const before = sink.length;
  const node = plainRoot(fields, raw, origin, sink);
  if (label === undefined) return node;
  // Plain values have no source to point at: say which layer they came from instead.
  for (let i = before; i < sink.length; i++) {
    const d = sink[i]!;
    if (d.subject === undefined) sink[i] = { ...d, detail: `${d.detail} It was set in ${label}.` };
  }
  return node;
}

function plainRoot(fields: Fields, raw: unknown, origin: Origin, sink: Sink): ConfigNode {
  const layer = origin.layer;
  if (!isPlainObject(raw)) {
    sink.push(
      errorDiag(
        msg.summaries.wrongType,
        `Configuration layer ${layer + 1} must be an object of settings, not ${describePlain(raw)}.`,
      ),
    );
    return { k: "config", fields: new Map(), origin };
  }
  return plainConfig(fields, raw, PathCursor.root(), origin, sink);
}

function plainConfig(
  fields: Fields,
  obj: Record<string, unknown>,
  path: PathCursor,
  origin: Origin,
  sink: Sink,
): ConfigNode {
  const out = new Map<string, Node>();
  // As HCL does, suggest only names this object does not set already.
  const unset = Object.keys(fields).filter((name) => obj[name] === undefined || obj[name] === null);
  for (const [key, v] of Object.entries(obj)) {
    const f = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (f === undefined) {
      sink.push(errorDiag(msg.summaries.unsupported, msg.unsupportedDetail(key, unset, path.text)));
      continue;
    }
    if (v === null || v === undefined) continue;
    const p = path.field(key);
    const node = plainField(f, v, p, origin, sink);
    out.set(key, node ?? { k: "invalid", origin });
    if (node !== undefined) deprecation(p.text, f, undefined, sink);
  }
  return { k: "config", fields: out, origin };
}

function plainField(f: AnyField, v: unknown, path: PathCursor, origin: Origin, sink: Sink): Node | undefined {
  switch (f.kind) {
    case "attr":
      return plainValue(f.type, v, path, origin, sink, f.options.sensitive === true);
    case "block":
      if (!isPlainObject(v)) return plainMismatch(path, "a block (an object of settings)", v, sink);
      return plainConfig(f.config.fields, v, path, origin, sink);
    case "blockList": {
      if (!Array.isArray(v)) return plainMismatch(path, "a list of blocks (objects of settings)", v, sink);
      const items: Node[] = [];
      let ok = true;
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        const p = path.index(i);
        if (!isPlainObject(item)) {
          plainMismatch(p, "a block (an object of settings)", item, sink);
          ok = false;
        } else items.push(plainConfig(f.config.fields, item, p, origin, sink));
      }
      return ok ? { k: "list", items, origin } : undefined;
    }
    case "blockMap": {
      if (!isPlainObject(v)) return plainMismatch(path, `an object of blocks keyed by ${f.options.labelName}`, v, sink);
      const entries = new Map<string, Node>();
      let ok = true;
      for (const [label, item] of Object.entries(v)) {
        const p = path.key(label);
        if (!isPlainObject(item)) {
          plainMismatch(p, "a block (an object of settings)", item, sink);
          ok = false;
        } else entries.set(label, plainConfig(f.config.fields, item, p, origin, sink));
      }
      return ok ? { k: "map", entries, origin } : undefined;
    }
  }
}

function plainMismatch(path: PathCursor, want: string, got: unknown, sink: Sink, secret = false): undefined {
  sink.push(errorDiag(msg.summaries.wrongType, msg.wrongTypeDetail(path.text, want, describePlain(got, secret))));
  return undefined;
}

function plainValue(
  ft: FieldType<unknown>,
  v: unknown,
  path: PathCursor,
  origin: Origin,
  sink: Sink,
  secret: boolean,
): Node | undefined {
  const scalar = (ok: boolean): Node | undefined => {
    if (!ok) return plainMismatch(path, typeNoun(ft), v, sink, secret);
    // Strings are NFC-normalised, as cty does for every HCL string, so both kinds of layer agree.
    const pv = typeof v === "string" ? normalizeString(v) : (v as PlainValue);
    if (!refine(ft, pv, path, undefined, sink, secret)) return undefined;
    return { k: "value", v: pv, origin };
  };
  switch (ft.kind) {
    case "string":
    case "duration":
    case "enum":
      return scalar(typeof v === "string");
    case "number":
    case "int":
      return scalar(typeof v === "number" && Number.isFinite(v));
    case "bool":
      return scalar(typeof v === "boolean");
    case "any": {
      const copy = plainCopy(v);
      if (!copy.ok) {
        sink.push(errorDiag(msg.summaries.wrongType, msg.wrongTypeDetail(path.text, "a JSON value", copy.got)));
        return undefined;
      }
      return { k: "value", v: copy.v, origin };
    }
    case "list":
    case "set": {
      if (!Array.isArray(v)) return plainMismatch(path, typeNoun(ft), v, sink, secret);
      const items: Node[] = [];
      let ok = true;
      for (let i = 0; i < v.length; i++) {
        const n = plainValue(ft.element, v[i], path.index(i), origin, sink, secret);
        if (n === undefined) ok = false;
        else items.push(n);
      }
      return ok ? { k: "list", items, origin } : undefined;
    }
    case "map": {
      if (!isPlainObject(v)) return plainMismatch(path, typeNoun(ft), v, sink, secret);
      const entries = new Map<string, Node>();
      let ok = true;
      for (const [k, e] of Object.entries(v)) {
        const n = plainValue(ft.element, e, path.key(k), origin, sink, secret);
        if (n === undefined) ok = false;
        else entries.set(normalizeString(k), n);
      }
      return ok ? { k: "map", entries, origin } : undefined;
    }
    case "object": {
      if (!isPlainObject(v)) return plainMismatch(path, typeNoun(ft), v, sink, secret);
      const entries = new Map<string, Node>();
      let ok = true;
      const names = Object.keys(ft.attributes);
      for (const k of Object.keys(v)) {
        if (!Object.hasOwn(ft.attributes, k)) {
          sink.push(errorDiag(msg.summaries.wrongType, msg.extraAttributeDetail(path.text, k, names)));
          ok = false;
        }
      }
      for (const [k, at] of Object.entries(ft.attributes)) {
        const av = Object.hasOwn(v, k) ? v[k] : undefined;
        if (av === undefined) {
          sink.push(errorDiag(msg.summaries.wrongType, msg.missingAttributeDetail(path.text, k, names)));
          ok = false;
          continue;
        }
        const n = plainValue(at, av, path.attr(k), origin, sink, secret);
        if (n === undefined) ok = false;
        else entries.set(k, n);
      }
      return ok ? { k: "map", entries, origin } : undefined;
    }
  }
}

/** How deep an `any` value may nest: deeper input is rejected rather than risking the stack. */
export const MAX_ANY_DEPTH = 1000;

type CopyResult = { ok: true; v: PlainValue } | { ok: false; got: string };

/**
 * A deep copy if `v` is JSON-like (so later mutation of the raw cannot change
 * a config), else what is wrong with it. Values built in code can be cyclic,
 * sparse or absurdly deep; each is an error, not a crash.
 */
function plainCopy(v: unknown, ancestors: Set<object> = new Set(), depth = 0): CopyResult {
  if (v === null || typeof v === "boolean") return { ok: true, v };
  if (typeof v === "string") return { ok: true, v: normalizeString(v) };
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, v } : { ok: false, got: describePlain(v) };
  if (typeof v !== "object") return { ok: false, got: describePlain(v) };
  if (ancestors.has(v)) return { ok: false, got: "a value that contains itself" };
  if (depth >= MAX_ANY_DEPTH) return { ok: false, got: `a value nested more than ${MAX_ANY_DEPTH} levels deep` };
  ancestors.add(v);
  try {
    if (Array.isArray(v)) {
      const out: PlainValue[] = [];
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return { ok: false, got: `a list with a hole at index ${i}` };
        const c = plainCopy(v[i], ancestors, depth + 1);
        if (!c.ok) return c;
        out.push(c.v);
      }
      return { ok: true, v: out };
    }
    if (isPlainObject(v)) {
      const out: { [k: string]: PlainValue } = {};
      for (const [k, e] of Object.entries(v)) {
        const c = plainCopy(e, ancestors, depth + 1);
        if (!c.ok) return c;
        setOwn(out, normalizeString(k), c.v);
      }
      return { ok: true, v: out };
    }
    return { ok: false, got: describePlain(v) };
  } finally {
    ancestors.delete(v);
  }
}
