/**
 * The last steps of `prepare`, on the merged layer tree: defaults (static,
 * then derived), required fields and block counts, field checks, group
 * rules and whole-config validators, and the config as plain data. Values
 * not known yet get Packer's placeholders and skip every check.
 */
import { compareKeys } from "../cty/types.js";
import { parseJSONText, unmarshalValue } from "../cty/json.js";
import { setHashString } from "../cty/value.js";
import { type Diagnostic, errorDiag, warningDiag } from "../hcl/diagnostic.js";
import type { Range } from "../hcl/pos.js";
import { parseDuration } from "../functions/go-time.js";
import type { ConfigPath, Fields, GroupRule, ValidationContext } from "./config.js";
import { type ConfigNode, layerNote, type Node } from "./layer-tree.js";
import * as msg from "./messages.js";
import { setOwn } from "./normalize-common.js";
import { PathCursor } from "./path.js";
import type { FieldType, PlainValue } from "./types.js";

/** What finalizing needs of a spec, without its inferred type (validators are contravariant in it). */
export interface SpecView {
  readonly fields: Fields;
  readonly rules: readonly GroupRule[];
  readonly validators: readonly ((config: Record<string, unknown>, ctx: ValidationContext) => void)[];
}

/** Packer's placeholder for a value that is not known yet (§1.6 step 1). */
function placeholder(ft: FieldType<unknown>): PlainValue {
  switch (ft.kind) {
    case "string":
    case "enum":
      return "<unknown>";
    // A duration decodes to milliseconds, so its placeholder is a number too.
    case "duration":
    case "number":
    case "int":
      return 0;
    case "bool":
      return false;
    case "list":
    case "set":
      return [];
    case "map":
    case "object":
      return {};
    case "any":
      return null;
  }
}

/**
 * Whether a field counts as set for group rules: Go's zero values do not
 * (so `script = ""`, `use_linux_pathing = false` and an empty `inline` are
 * "not set", as in Packer's checks); unknown values do.
 */
export function isSetForRules(n: Node | undefined): boolean {
  if (n === undefined) return false;
  switch (n.k) {
    case "list":
      return n.items.length > 0;
    case "map":
      return n.entries.size > 0;
    case "value":
      if (Array.isArray(n.v)) return n.v.length > 0;
      if (typeof n.v === "object" && n.v !== null) return Object.keys(n.v).length > 0;
      return n.v !== "" && n.v !== false && n.v !== null;
    default:
      // Unknown values may be anything; a rejected value was set (its error is reported already).
      return true;
  }
}

function lookup(node: Node | undefined, path: ConfigPath): Node | undefined {
  let cur = node;
  for (const seg of path) {
    if (cur === undefined) return undefined;
    switch (cur.k) {
      case "config":
        cur = typeof seg === "string" ? cur.fields.get(seg) : undefined;
        break;
      case "map":
        cur = cur.entries.get(String(seg));
        break;
      case "list":
        cur = typeof seg === "number" ? cur.items[seg] : undefined;
        break;
      default:
        return cur.k === "unknown" ? cur : undefined;
    }
  }
  return cur;
}

function extendPath(base: PathCursor, node: Node | undefined, path: ConfigPath): string {
  let p = base;
  let cur = node;
  for (const seg of path) {
    if (typeof seg === "number") p = p.index(seg);
    else if (cur?.k === "map") p = p.key(seg);
    else p = cur === node ? p.field(seg) : p.attr(seg);
    cur = lookup(cur, [seg]);
  }
  return p.text;
}

export class Finalizer {
  readonly unknownPaths: string[] = [];
  readonly sensitivePaths: string[] = [];
  constructor(private readonly diags: Diagnostic[]) {}

  config(spec: SpecView, node: ConfigNode, path: PathCursor): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const errorsBefore = this.errorCount();
    const where = node.origin.range;
    const derived: [string, (c: Readonly<Record<string, unknown>>) => unknown][] = [];
    const checked = new Set<string>();
    for (const [name, f] of Object.entries(spec.fields)) {
      const n = node.fields.get(name);
      const p = path.field(name);
      switch (f.kind) {
        case "attr": {
          if (n?.k === "invalid") {
            out[name] = null;
          } else if (n !== undefined) {
            out[name] = this.value(f.type, n, p);
            if (n.k !== "unknown") checked.add(name);
            if (f.options.sensitive === true && !this.sensitivePaths.includes(p.text)) this.sensitivePaths.push(p.text);
          } else if (f.options.presence === "required") {
            this.diags.push(errorDiag(msg.summaries.missing, msg.missingAttrDetail(p.text), where));
            out[name] = null;
          } else if (f.options.derivedDefault !== undefined) {
            derived.push([name, f.options.derivedDefault.compute]);
            out[name] = null;
          } else {
            out[name] = f.options.default !== undefined ? structuredClone(f.options.default) : null;
          }
          break;
        }
        case "block":
          if (n?.k === "config") out[name] = this.config(f.config, n, p);
          else {
            if (f.options.presence === "required" && n?.k !== "invalid") {
              this.diags.push(errorDiag(msg.missingBlockSummary(name), msg.missingBlockDetail(name), where));
            }
            out[name] = null;
          }
          break;
        case "blockList": {
          const items = n?.k === "list" ? n.items : [];
          out[name] = items.map((it, i) => (it.k === "config" ? this.config(f.config, it, p.index(i)) : null));
          const { minItems, maxItems } = f.options;
          if (n?.k === "invalid") {
            // Its error is reported already.
          } else if (items.length < minItems) {
            const [s, d] = msg.insufficientBlocks(name, minItems);
            this.diags.push(errorDiag(s, d, n?.origin.range ?? where));
          } else if (maxItems > 0 && items.length > maxItems) {
            // As HCL does, point at the first block too many.
            const [s, d] = msg.tooManyBlocks(name, maxItems);
            this.diags.push(errorDiag(s, d, items[maxItems]!.origin.range ?? n?.origin.range));
          }
          break;
        }
        case "blockMap": {
          const m: Record<string, unknown> = {};
          if (n?.k === "map") {
            for (const [label, it] of n.entries) {
              if (it.k === "config") setOwn(m, label, this.config(f.config, it, p.key(label)));
            }
          }
          out[name] = m;
          break;
        }
      }
    }
    for (const [name, compute] of derived) out[name] = compute(out);

    // Field checks, on values some layer set and that are known.
    for (const [name, f] of Object.entries(spec.fields)) {
      if (f.kind !== "attr" || !checked.has(name) || out[name] === null) continue;
      const n = node.fields.get(name)!;
      if (!isWhollyKnown(n)) continue;
      for (const check of f.options.checks) {
        const problem = check.fn(out[name]);
        if (problem !== undefined) {
          // A value from a plain layer has no range; the block's would point at the wrong line.
          this.diags.push(
            errorDiag(msg.invalidValueSummary(path.field(name).text), problem + layerNote(n.origin), n.origin.range),
          );
        }
      }
    }

    for (const rule of spec.rules) this.rule(rule, node, path);

    // Whole-config validators see a complete config only.
    if (this.errorCount() === errorsBefore) {
      const ctx = this.validationContext(node, path);
      for (const v of spec.validators) v(out, ctx);
    }
    return out;
  }

  private errorCount(): number {
    let n = 0;
    for (const d of this.diags) if (d.severity === "error") n++;
    return n;
  }

  private rule(rule: GroupRule, node: ConfigNode, path: PathCursor): void {
    const set = rule.fields.filter((f) => isSetForRules(node.fields.get(f)));
    // Point at the set field written last (latest layer, then latest in source). Values from
    // plain layers have no range; falling back to the block's would name the wrong line.
    const conflictRange = (fields: readonly string[]): Range | undefined => {
      let best: Range | undefined;
      let bestLayer = -1;
      for (const f of fields) {
        const { layer, range } = node.fields.get(f)?.origin ?? { layer: -1 };
        if (range === undefined) continue;
        if (layer > bestLayer || (layer === bestLayer && range.start.byte > best!.start.byte)) {
          best = range;
          bestLayer = layer;
        }
      }
      return best;
    };
    const names = rule.fields.map((f) => path.field(f).text);
    const setNames = set.map((f) => path.field(f).text);
    const push = (summary: string, detail: string, r: Range | undefined, note = ""): void => {
      this.diags.push(errorDiag(summary, (rule.message ?? detail) + note, r));
    };
    switch (rule.kind) {
      case "exactlyOneOf":
        if (set.length === 0) push(msg.summaries.missing, msg.exactlyOneNoneDetail(names), node.origin.range);
        else if (set.length > 1)
          push(msg.summaries.conflicting, msg.onlyOneDetail(names, setNames), conflictRange(set));
        break;
      case "atLeastOneOf":
        if (set.length === 0) push(msg.summaries.missing, msg.atLeastOneNoneDetail(names), node.origin.range);
        break;
      case "atMostOneOf":
        if (set.length > 1) push(msg.summaries.conflicting, msg.onlyOneDetail(names, setNames), conflictRange(set));
        break;
      case "conflictsWith": {
        const [field, ...others] = rule.fields;
        if (!set.includes(field!)) break;
        const other = others.find((o) => set.includes(o));
        if (other !== undefined) {
          const r = node.fields.get(field!)?.origin.range ?? conflictRange([other]);
          const note = r === undefined ? layerNote(node.fields.get(field!)?.origin) : "";
          push(msg.summaries.conflicting, msg.conflictDetail(path.field(field!).text, path.field(other).text), r, note);
        }
        break;
      }
    }
  }

  private validationContext(node: ConfigNode, path: PathCursor): ValidationContext {
    const report = (severity: "error" | "warning", message: string, p?: ConfigPath, summary?: string): void => {
      // A value a plain layer set has no range (the block's would point at the wrong line);
      // a value nobody set is missing from the block.
      const target = p === undefined ? node : lookup(node, p);
      const range = target === undefined ? node.origin.range : target.origin.range;
      const s =
        summary ?? (p === undefined ? msg.summaries.invalidConfig : msg.invalidValueSummary(extendPath(path, node, p)));
      const detail = message + (target === node ? "" : layerNote(target?.origin));
      this.diags.push(severity === "error" ? errorDiag(s, detail, range) : warningDiag(s, detail, range));
    };
    return {
      error: (m, p, s) => report("error", m, p, s),
      warn: (m, p, s) => report("warning", m, p, s),
      isKnown: (p) => {
        const n = lookup(node, p);
        return n === undefined || isWhollyKnown(n);
      },
      isSet: (p) => lookup(node, p) !== undefined,
    };
  }

  /** A merged attribute value as the config holds it. */
  private value(ft: FieldType<unknown>, n: Node, path: PathCursor): unknown {
    if (n.origin.sensitive === true) this.sensitivePaths.push(path.text);
    if (n.k === "unknown") {
      this.unknownPaths.push(path.text);
      return placeholder(ft);
    }
    switch (ft.kind) {
      case "duration": {
        const ns = n.k === "value" && typeof n.v === "string" ? parseDuration(n.v) : 0n;
        return typeof ns === "bigint" ? Number(ns) / 1e6 : 0;
      }
      case "list":
      case "set": {
        if (n.k !== "list") return [];
        const nodes = ft.kind === "set" ? setOrder(ft.element, n.items) : n.items;
        const items = nodes.map((it, i) => this.value(ft.element, it, path.index(i)));
        return ft.kind === "set" ? dedupe(items) : items;
      }
      case "map":
      case "object": {
        const out: Record<string, unknown> = {};
        if (n.k !== "map") return out;
        for (const [k, it] of n.entries) {
          const et = ft.kind === "map" ? ft.element : ft.attributes[k];
          if (et !== undefined) setOwn(out, k, this.value(et, it, ft.kind === "map" ? path.key(k) : path.attr(k)));
        }
        return out;
      }
      default:
        return n.k === "value" ? structuredClone(n.v) : null;
    }
  }
}

function isWhollyKnown(n: Node): boolean {
  switch (n.k) {
    case "unknown":
      return false;
    case "list":
      return n.items.every(isWhollyKnown);
    case "map":
      for (const e of n.entries.values()) if (!isWhollyKnown(e)) return false;
      return true;
    case "config":
      for (const e of n.fields.values()) if (!isWhollyKnown(e)) return false;
      return true;
    default:
      return true;
  }
}

/**
 * Set elements in cty's set order (strings by code point, numbers by value,
 * false before true, others by cty's hash text; unknowns last), so a set
 * reads the same whether HCL or a plain layer supplied it.
 */
function setOrder(et: FieldType<unknown>, items: readonly Node[]): readonly Node[] {
  // Other values order by cty's set hash, computed at most once per element rather than per comparison.
  const hash = (v: PlainValue): string => setHashString(unmarshalValue(parseJSONText(JSON.stringify(v)), et.hclType));
  const keyed = items.map((n, i) => ({ n, i, v: nodePlain(n), h: undefined as string | undefined }));
  type Keyed = (typeof keyed)[number];
  const hashOf = (x: Keyed): string => (x.h ??= hash(x.v!));
  const compare = (x: Keyed, y: Keyed): number => {
    const a = x.v;
    const b = y.v;
    if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
    if (typeof a === "string" && typeof b === "string") return compareKeys(a, b);
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
    return compareKeys(hashOf(x), hashOf(y));
  };
  return keyed.sort((x, y) => compare(x, y) || x.i - y.i).map((x) => x.n);
}

/** A wholly known node's value as plain data; undefined when something in it is unknown. */
function nodePlain(n: Node): PlainValue | undefined {
  switch (n.k) {
    case "value":
      return n.v;
    case "list": {
      const out: PlainValue[] = [];
      for (const it of n.items) {
        const v = nodePlain(it);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    }
    case "map": {
      const out: { [k: string]: PlainValue } = {};
      for (const [k, it] of n.entries) {
        const v = nodePlain(it);
        if (v === undefined) return undefined;
        setOwn(out, k, v);
      }
      return out;
    }
    default:
      return undefined;
  }
}

function dedupe(items: unknown[]): unknown[] {
  const seen = new Set<string>();
  return items.filter((it) => {
    const k = JSON.stringify(it);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
