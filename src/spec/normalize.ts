/**
 * Turns one raw into a layer tree, checking it against the declaration.
 *
 * Plain objects (from code or a parsed JSON document) are checked strictly
 * against JSON's types — a string where a number is wanted is an error —
 * which is exactly what the derived JSON Schema says. HCL raws were already
 * converted by hcldec with HCL's own rules (number ↔ string, "true" → bool,
 * packer-provisioners.md §2.3); here they only get the refinements HCL's
 * types cannot express: whole numbers, durations, enums.
 *
 * Null, anywhere a field could be unset, means "not set by this layer" and
 * never overwrites an earlier layer.
 */
import { normalizeString, type Value } from "../cty/value.js";
import type { HclBody, HclExpression } from "../hcl/body.js";
import { type Diagnostic, errorDiag, warningDiag } from "../hcl/diagnostic.js";
import type { Range } from "../hcl/pos.js";
import { parseDuration } from "../functions/go-time.js";
import type { Fields } from "./config.js";
import type { AnyField } from "./fields.js";
import type { ConfigNode, Node, Origin } from "./layer-tree.js";
import * as msg from "./messages.js";
import { PathCursor } from "./path.js";
import { type FieldType, type PlainValue, typeNoun } from "./types.js";
import { impliedSchema } from "../hcldec/decode.js";
import type { ObjectSpec } from "../hcldec/spec.js";
import { deriveObjectSpec } from "./object-spec.js";

type Sink = Diagnostic[];

// ---------------------------------------------------------------- shared

/**
 * Checks what HCL's types cannot: whole numbers, duration syntax, enum
 * membership. A `secret` value (a sensitive field or marked value) is not
 * quoted in the message.
 */
function refine(
  ft: FieldType<unknown>,
  v: PlainValue,
  path: PathCursor,
  range: Range | undefined,
  sink: Sink,
  secret: boolean,
): boolean {
  switch (ft.kind) {
    case "int":
      if (typeof v === "number" && !Number.isInteger(v)) {
        const got = secret ? "a fractional number" : String(v);
        sink.push(errorDiag(msg.summaries.wrongType, msg.wrongTypeDetail(path.text, typeNoun(ft), got), range));
        return false;
      }
      return true;
    case "duration":
      if (typeof v === "string" && typeof parseDuration(v) === "string") {
        sink.push(errorDiag(msg.summaries.duration, msg.durationDetail(path.text, secret ? undefined : v), range));
        return false;
      }
      return true;
    case "enum":
      if (typeof v === "string" && !ft.values.includes(v)) {
        sink.push(
          errorDiag(msg.invalidValueSummary(path.text), msg.enumDetail(secret ? undefined : v, ft.values), range),
        );
        return false;
      }
      return true;
    default:
      return true;
  }
}

function deprecation(name: string, f: AnyField, range: Range | undefined, sink: Sink): void {
  const dep = f.options.deprecated;
  if (dep !== undefined) {
    sink.push(warningDiag(msg.summaries.deprecated, msg.deprecatedDetail(name, dep.replacement, dep.note), range));
  }
}

// ---------------------------------------------------------------- plain objects

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

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
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

/**
 * Sets an own property even for keys like `__proto__`: keys of maps, labels
 * and `any` objects are user input, and plain assignment would change the
 * object's prototype instead of adding the key.
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
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

// ---------------------------------------------------------------- HCL raws

/** Where parts of an attribute's value are written, as far as its syntax shows. */
interface RangeHint {
  range: Range | undefined;
  expr: HclExpression | undefined;
}

function itemHints(h: RangeHint, n: number): RangeHint[] {
  const list = h.expr?.static?.list?.();
  if (list?.length === n) return list.map((e) => ({ range: e.range, expr: e }));
  return Array.from({ length: n }, () => ({ range: h.range, expr: undefined }));
}

function entryHint(h: RangeHint, key: string): RangeHint {
  const items = h.expr?.static?.map?.();
  if (items !== undefined) {
    for (const it of items) {
      const k = it.key.value(undefined).value;
      if (k.isKnown() && !k.isNull() && k.type.kind === "string" && k.asString() === key) {
        return { range: it.value.range, expr: it.value };
      }
    }
  }
  return { range: h.range, expr: undefined };
}

/**
 * An HCL raw (hcldec's value of the config's ObjectSpec, and the body it was
 * decoded from) as a layer tree. `failed` holds ranges hcldec reported errors
 * in: an unknown value there is a failed decode, not a value to come, and is
 * left out.
 */
export function normalizeHcl(
  fields: Fields,
  body: HclBody,
  value: Value,
  layer: number,
  failed: readonly Range[],
  sink: Sink,
): ConfigNode {
  return hclConfig(fields, body, value, PathCursor.root(), { layer, range: body.missingItemRange() }, failed, sink);
}

function within(r: Range, failed: readonly Range[]): boolean {
  return failed.some((f) => f.filename === r.filename && f.start.byte >= r.start.byte && f.end.byte <= r.end.byte);
}

function hclConfig(
  fields: Fields,
  body: HclBody,
  value: Value,
  path: PathCursor,
  origin: Origin,
  failed: readonly Range[],
  sink: Sink,
): ConfigNode {
  const out = new Map<string, Node>();
  if (!value.isKnown() || value.isNull()) return { k: "config", fields: out, origin };
  const spec = deriveSpecFor(fields);
  // Content errors (unsupported arguments …) were reported by hcldec already.
  const { content } = body.partialContent(impliedSchema(spec));
  for (const [name, f] of Object.entries(fields)) {
    const p = path.field(name);
    const v = value.getAttr(name);
    switch (f.kind) {
      case "attr": {
        const at = content.attributes.get(name);
        if (v.isNull() && v.isKnown()) break;
        const hint: RangeHint = { range: at?.expr.range, expr: at?.expr };
        const invalid: Node = {
          k: "invalid",
          origin: { layer: origin.layer, ...(hint.range !== undefined ? { range: hint.range } : {}) },
        };
        if (!v.isKnown() && at !== undefined && within(at.expr.range, failed)) {
          out.set(name, invalid);
          break;
        }
        const base = { layer: origin.layer, secret: f.options.sensitive === true };
        const node = hclValue(f.type, v, p, hint, base, failed, sink);
        out.set(name, node ?? invalid);
        if (node !== undefined) deprecation(p.text, f, at?.nameRange, sink);
        break;
      }
      case "block": {
        const b = content.blocks.find((x) => x.type === name);
        if (b === undefined || v.isNull()) break;
        out.set(
          name,
          hclConfig(f.config.fields, b.body, v, p, { layer: origin.layer, range: b.defRange }, failed, sink),
        );
        deprecation(p.text, f, b.typeRange, sink);
        break;
      }
      case "blockList": {
        const bs = content.blocks.filter((x) => x.type === name);
        if (bs.length === 0 || !v.isKnown() || v.isNull()) break;
        const els = v.elements();
        const items: Node[] = [];
        bs.forEach((b, i) => {
          const ev = els[i];
          if (ev === undefined) return;
          items.push(
            hclConfig(
              f.config.fields,
              b.body,
              ev,
              p.index(i),
              { layer: origin.layer, range: b.defRange },
              failed,
              sink,
            ),
          );
        });
        out.set(name, { k: "list", items, origin: { layer: origin.layer, range: bs[0]!.defRange } });
        deprecation(p.text, f, bs[0]!.typeRange, sink);
        break;
      }
      case "blockMap": {
        const bs = content.blocks.filter((x) => x.type === name);
        if (bs.length === 0 || !v.isKnown() || v.isNull()) break;
        const ents = v.entries();
        const entries = new Map<string, Node>();
        for (const b of bs) {
          const label = b.labels[0];
          const ev = label === undefined ? undefined : ents.get(label);
          if (label === undefined || ev === undefined || entries.has(label)) continue;
          entries.set(
            label,
            hclConfig(
              f.config.fields,
              b.body,
              ev,
              p.key(label),
              { layer: origin.layer, range: b.defRange },
              failed,
              sink,
            ),
          );
        }
        out.set(name, { k: "map", entries, origin: { layer: origin.layer, range: bs[0]!.defRange } });
        deprecation(p.text, f, bs[0]!.typeRange, sink);
        break;
      }
    }
  }
  return { k: "config", fields: out, origin };
}

const specCache = new WeakMap<Fields, ObjectSpec>();
function deriveSpecFor(fields: Fields): ObjectSpec {
  let s = specCache.get(fields);
  if (s === undefined) {
    s = deriveObjectSpec(fields);
    specCache.set(fields, s);
  }
  return s;
}

function hclValue(
  ft: FieldType<unknown>,
  v: Value,
  path: PathCursor,
  hint: RangeHint,
  outer: { layer: number; secret: boolean },
  failed: readonly Range[],
  sink: Sink,
): Node | undefined {
  // Collections keep their elements' marks, so a sensitive map entry marks that entry, not the map.
  const collection = ft.kind === "list" || ft.kind === "set" || ft.kind === "map" || ft.kind === "object";
  const [bare, marks] = collection ? v.unmark() : v.unmarkDeep();
  const base = { layer: outer.layer, secret: outer.secret || marks.has("sensitive") };
  const origin: Origin = {
    layer: base.layer,
    ...(hint.range !== undefined ? { range: hint.range } : {}),
    ...(marks.has("sensitive") ? { sensitive: true } : {}),
  };
  if (!bare.isKnown()) return { k: "unknown", origin };
  if (bare.isNull()) {
    sink.push(errorDiag(msg.summaries.wrongType, msg.wrongTypeDetail(path.text, typeNoun(ft), "null"), hint.range));
    return undefined;
  }
  switch (ft.kind) {
    case "string":
    case "duration":
    case "enum":
    case "number":
    case "int":
    case "bool":
    case "any": {
      if (ft.kind === "any" && !bare.isWhollyKnown()) return { k: "unknown", origin };
      const pv = ctyToPlain(bare);
      if (!refine(ft, pv, path, hint.range, sink, base.secret)) return undefined;
      return { k: "value", v: pv, origin };
    }
    case "list":
    case "set": {
      const els = bare.elements();
      const hints = itemHints(hint, els.length);
      const items: Node[] = [];
      let ok = true;
      els.forEach((e, i) => {
        const n = hclValue(ft.element, e, path.index(i), hints[i]!, base, failed, sink);
        if (n === undefined) ok = false;
        else items.push(n);
      });
      return ok ? { k: "list", items, origin } : undefined;
    }
    case "map":
    case "object": {
      const entries = new Map<string, Node>();
      let ok = true;
      for (const [k, e] of bare.entries()) {
        const p = ft.kind === "map" ? path.key(k) : path.attr(k);
        const et = ft.kind === "map" ? ft.element : ft.attributes[k]!;
        const n = hclValue(et, e, p, entryHint(hint, k), base, failed, sink);
        if (n === undefined) ok = false;
        else entries.set(k, n);
      }
      return ok ? { k: "map", entries, origin } : undefined;
    }
  }
}

/** A known, unmarked cty value as plain JS (numbers as doubles). */
export function ctyToPlain(v: Value): PlainValue {
  if (v.isNull()) return null;
  switch (v.type.kind) {
    case "string":
      return v.asString();
    case "number":
      return v.asFloat64();
    case "bool":
      return v.asBool();
    case "list":
    case "set":
    case "tuple":
      return v.elements().map(ctyToPlain);
    case "map":
    case "object": {
      const out: { [k: string]: PlainValue } = {};
      for (const [k, e] of v.entries()) setOwn(out, k, ctyToPlain(e));
      return out;
    }
    default:
      return null;
  }
}
