/**
 * HCL layers (a body of either syntax, decoded by hcldec with the config's
 * ObjectSpec) as layer trees. hcldec already converted the values with HCL's
 * own rules (number ↔ string, "true" → bool, packer-provisioners.md §2.3);
 * here they get the refinements HCL's types cannot express, and every value
 * keeps the source range it was written at.
 */
import { type Value } from "../cty/value.js";
import type { BodySchema, HclBlock, HclBody, HclExpression } from "../hcl/body.js";
import { errorDiag } from "../hcl/diagnostic.js";
import type { Range } from "../hcl/pos.js";
import { impliedSchema } from "../hcldec/decode.js";
import type { ObjectSpec } from "../hcldec/spec.js";
import type { Fields } from "./config.js";
import type { ConfigNode, Node, Origin } from "./layer-tree.js";
import * as msg from "./messages.js";
import { deprecation, refine, setOwn, type Sink } from "./normalize-common.js";
import { PathCursor } from "./path.js";
import { type FieldType, type PlainValue, typeNoun } from "./types.js";

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
  config: HclConfigView,
  body: HclBody,
  value: Value,
  layer: number,
  failed: readonly Range[],
  sink: Sink,
): ConfigNode {
  return hclConfig(config, body, value, PathCursor.root(), { layer, range: body.missingItemRange() }, failed, sink);
}

/** What reading a body needs of a config spec: its fields and its (cached) derivations. */
export interface HclConfigView {
  readonly fields: Fields;
  readonly cache: Map<string, unknown>;
  objectSpec(): ObjectSpec;
}

/** The schema hcldec read the body with, derived once per config. */
function bodySchema(config: HclConfigView): BodySchema {
  let s = config.cache.get("bodySchema") as BodySchema | undefined;
  if (s === undefined) {
    s = impliedSchema(config.objectSpec());
    config.cache.set("bodySchema", s);
  }
  return s;
}

function within(r: Range, failed: readonly Range[]): boolean {
  return failed.some((f) => f.filename === r.filename && f.start.byte >= r.start.byte && f.end.byte <= r.end.byte);
}

function hclConfig(
  config: HclConfigView,
  body: HclBody,
  value: Value,
  path: PathCursor,
  origin: Origin,
  failed: readonly Range[],
  sink: Sink,
): ConfigNode {
  const out = new Map<string, Node>();
  if (!value.isKnown() || value.isNull()) return { k: "config", fields: out, origin };
  const fields = config.fields;
  // A nested block's body, read with its own config; its errors point at the block's header.
  const nested = (c: HclConfigView, b: HclBlock, v: Value, p: PathCursor): ConfigNode =>
    hclConfig(c, b.body, v, p, { layer: origin.layer, range: b.defRange }, failed, sink);
  // Content errors (unsupported arguments …) were reported by hcldec already.
  const { content } = body.partialContent(bodySchema(config));
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
        out.set(name, nested(f.config, b, v, p));
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
          items.push(nested(f.config, b, ev, p.index(i)));
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
          entries.set(label, nested(f.config, b, ev, p.key(label)));
        }
        out.set(name, { k: "map", entries, origin: { layer: origin.layer, range: bs[0]!.defRange } });
        deprecation(p.text, f, bs[0]!.typeRange, sink);
        break;
      }
    }
  }
  return { k: "config", fields: out, origin };
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
