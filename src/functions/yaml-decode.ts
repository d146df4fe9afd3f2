/**
 * go-cty-yaml's decoding rules on top of the `yaml` package. The YAML syntax
 * is read by the `yaml` package (YAML 1.1 mode, every scalar kept as text);
 * the document is then walked in order, as go-cty-yaml consumes libyaml's
 * events, applying go-cty-yaml's rules: YAML 1.1 implicit typing of plain
 * scalars, quoted scalars as strings, tags, anchors and aliases (no
 * cycles), merge keys, string-only keys. One walk gives either the value or
 * its implied type, so `yamldecode`'s type and result cannot disagree.
 */
import type { Node as YNode, Document as YDocument, LineCounter } from "yaml";
import { convert } from "../cty/convert.js";
import { goQuote } from "../cty/quote.js";
import {
  DynamicPseudoType,
  EmptyObjectType,
  EmptyTupleType,
  objectOf,
  type ObjectType,
  StringType,
  tupleOf,
  type TupleType,
  type Type,
} from "../cty/types.js";
import {
  nullVal,
  NegativeInfinity,
  numberIntVal,
  objectVal,
  parseNumberVal,
  PositiveInfinity,
  stringVal,
  True,
  False,
  tupleVal,
  type Value,
} from "../cty/value.js";
import { base64Decode } from "./base64.js";
import { FunctionError } from "./function.js";
import { goTimeFormat, goTimeParse, isParseError, RFC3339 } from "./go-time.js";
import { DeferredModule, objectWith } from "./deferred.js";

type YAMLApi = typeof import("yaml");
const yamlLib = new DeferredModule<YAMLApi>("yaml", () => import("yaml"), objectWith("parseAllDocuments"));

const TAG = "tag:yaml.org,2002:";
const STR_TAG = TAG + "str";
const BINARY_TAG = TAG + "binary";
const BOOL_TAG = TAG + "bool";
const INT_TAG = TAG + "int";
const FLOAT_TAG = TAG + "float";
const NULL_TAG = TAG + "null";
const TIMESTAMP_TAG = TAG + "timestamp";
const MAP_TAG = TAG + "map";
const SEQ_TAG = TAG + "seq";
const MERGE_TAG = TAG + "merge";

const RESOLVE_MAP = new Map<string, Value | null>();
for (const s of ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]) RESOLVE_MAP.set(s, True);
for (const s of ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]) RESOLVE_MAP.set(s, False);
for (const s of ["", "~", "null", "Null", "NULL"]) RESOLVE_MAP.set(s, null);
for (const s of [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]) RESOLVE_MAP.set(s, PositiveInfinity);
for (const s of ["-.inf", "-.Inf", "-.INF"]) RESOLVE_MAP.set(s, NegativeInfinity);

function resolveHint(src: string): string {
  if (src === "") return "N";
  const c = src[0]!;
  if (c === "+" || c === "-") return "S";
  if (c >= "0" && c <= "9") return "D";
  if ("yYnNtTfFoO~".includes(c)) return "M";
  if (c === ".") return ".";
  return "";
}

const INTEGER_RE = /^[-+]?(0o[0-7_]+|[0-9_]+|0x[0-9a-fA-F_]+)$/;
const FLOAT_RE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

const TIMESTAMP_LAYOUTS = [
  "2006-1-2T15:4:5.999999999Z07:00",
  "2006-1-2t15:4:5.999999999Z07:00",
  "2006-1-2 15:4:5.999999999",
  "2006-1-2",
];

/** go-cty-yaml `parseTimestamp`: the subset of YAML timestamps Go's time.Parse reads, as RFC 3339. */
function yamlTimestamp(s: string): string | undefined {
  if (!/^[0-9]{4}-/.test(s)) return undefined;
  for (const layout of TIMESTAMP_LAYOUTS) {
    const t = goTimeParse(layout, s);
    if (!isParseError(t)) return goTimeFormat(t, RFC3339);
  }
  return undefined;
}

/** Go's strconv.ParseInt/ParseUint with base 0 (prefixes 0x, 0o, 0b, and 0 for octal), as a number value. */
function parseGoIntBase0(s: string): Value | undefined {
  let neg = false;
  let t = s;
  if (t[0] === "+" || t[0] === "-") {
    neg = t[0] === "-";
    t = t.slice(1);
  }
  let digits = t;
  let re = /^[0-9]+$/;
  let prefix = "";
  if (/^0[xX]/.test(t)) [digits, re, prefix] = [t.slice(2), /^[0-9a-fA-F]+$/, "0x"];
  else if (/^0[oO]/.test(t)) [digits, re, prefix] = [t.slice(2), /^[0-7]+$/, "0o"];
  else if (/^0[bB]/.test(t)) [digits, re, prefix] = [t.slice(2), /^[01]+$/, "0b"];
  else if (/^0[0-9]/.test(t)) [digits, re, prefix] = [t.slice(1), /^[0-7]+$/, "0o"];
  if (!re.test(digits)) return undefined;
  const v = BigInt(prefix === "" ? digits : prefix + digits);
  const signed = neg ? -v : v;
  if (signed >= -(1n << 63n) && signed < 1n << 63n) return numberIntVal(signed);
  if (!neg && v < 1n << 64n) return numberIntVal(v);
  return undefined;
}

const MERGE = Symbol("merge");

/** go-cty-yaml `resolveScalar`; MERGE for an untagged "<<". Throws Error with go-cty-yaml's texts. */
function resolveScalar(tag: string, src: string, quoted: boolean): Value | null | typeof MERGE {
  const resolvable = ["", STR_TAG, BOOL_TAG, INT_TAG, FLOAT_TAG, NULL_TAG, TIMESTAMP_TAG, BINARY_TAG];
  if (!resolvable.includes(tag)) throw new Error(`unsupported tag ${goQuote(tag)}`);
  const hint = resolveHint(src);
  if (hint !== "" && tag !== STR_TAG && tag !== BINARY_TAG) {
    if (quoted) return stringVal(src);
    if (RESOLVE_MAP.has(src)) return RESOLVE_MAP.get(src)!;
    if (tag === "" && (src === ".nan" || src === ".NaN" || src === ".NAN"))
      throw new Error("floating point NaN is not supported");
    if (hint === ".") {
      const n = parseNumberVal(src);
      if (n !== undefined) return n;
    } else if (hint === "D" || hint === "S") {
      if (tag === "" || tag === TIMESTAMP_TAG) {
        const ts = yamlTimestamp(src);
        if (ts !== undefined) return stringVal(ts);
      }
      if (INTEGER_RE.test(src)) tag = INT_TAG;
      else if (FLOAT_RE.test(src)) tag = FLOAT_TAG;
    }
  }
  if (tag === "" && src === "<<") return MERGE;
  switch (tag) {
    case STR_TAG:
    case BINARY_TAG:
      if (tag === BINARY_TAG && !base64Decode(src).ok)
        throw new Error(`cannot parse ${goQuote(src)} as ${tag}: not valid base64`);
      return stringVal(src);
    case BOOL_TAG: {
      const item = RESOLVE_MAP.get(src);
      if (item === True || item === False) return item;
      throw new Error(`cannot parse ${goQuote(src)} as ${tag}`);
    }
    case FLOAT_TAG:
    case INT_TAG: {
      const plain = src.replace(/_/g, "");
      const n = parseNumberVal(plain) ?? parseGoIntBase0(plain);
      if (n !== undefined) return n;
      throw new Error(`cannot parse ${goQuote(src)} as ${tag}`);
    }
    case TIMESTAMP_TAG: {
      const ts = yamlTimestamp(src);
      if (ts !== undefined) return stringVal(ts);
      throw new Error(`cannot parse ${goQuote(src)} as ${tag}`);
    }
    case NULL_TAG:
      return null;
    default:
      return stringVal(src);
  }
}

/** A go-cty-yaml decoding error: "on line L, column C: …" (libyaml's 0-based marks; none on the first line). */
class YAMLError extends Error {}

interface YAMLWalk {
  /** The yaml package, loaded once for the whole walk. */
  yaml: YAMLApi;
  lines: LineCounter;
  /** The document text (after go-cty-yaml's empty-input substitution). */
  source: string;
  anchorsPending: Map<string, number>;
  anchorVals: Map<string, Value | Type>;
  decodeCount: number;
  aliasCount: number;
  /** Computing the implied type (untagged non-plain scalars are strings) rather than the value. */
  typeMode: boolean;
}

function posError(w: YAMLWalk, offset: number, message: string, column = 0): never {
  const p = w.lines.linePos(offset);
  const line = p.line - 1;
  if (line === 0) throw new YAMLError(message);
  throw new YAMLError(`on line ${line}, column ${p.col - 1 + column}: ${message}`);
}

type Resolved = Value | Type;

const nullResult = (w: YAMLWalk): Resolved => (w.typeMode ? DynamicPseudoType : nullVal(DynamicPseudoType));
const typeOf = (w: YAMLWalk, v: Value): Resolved => (w.typeMode ? v.type : v);

function isQuoted(w: YAMLWalk, n: YNode): boolean {
  return w.yaml.isScalar(n) && (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE");
}

function walkYAML(w: YAMLWalk, n: YNode | null): Resolved {
  w.decodeCount++;
  if (n === null) return nullResult(w);
  const anchor = (n as { anchor?: string }).anchor;
  const offset = n.range?.[0] ?? 0;
  if (anchor !== undefined) w.anchorsPending.set(anchor, (w.anchorsPending.get(anchor) ?? 0) + 1);
  const complete = (r: Resolved): Resolved => {
    if (anchor !== undefined) {
      const c = w.anchorsPending.get(anchor)! - 1;
      if (c === 0) w.anchorsPending.delete(anchor);
      else w.anchorsPending.set(anchor, c);
      w.anchorVals.set(anchor, r);
    }
    return r;
  };
  if (w.yaml.isAlias(n)) {
    w.aliasCount++;
    const name = n.source;
    if (w.anchorsPending.has(name))
      posError(w, offset, `cannot refer to anchor ${goQuote(name)} from inside its own definition`, 1);
    const r = w.anchorVals.get(name);
    if (r === undefined) posError(w, offset, `reference to undefined anchor ${goQuote(name)}`, 1);
    return r;
  }
  if (w.yaml.isScalar(n)) {
    const tag = n.tag ?? "";
    let src = String(n.value);
    // libyaml keeps no final line break for a clipped block scalar that ends the input without one;
    // the yaml package adds it.
    if ((n.type === "BLOCK_LITERAL" || n.type === "BLOCK_FOLDED") && n.range != null && src.endsWith("\n")) {
      const range = n.range;
      const raw = w.source.slice(range[0], range[1]);
      const header = /^[|>][0-9]?([+-]?)/.exec(raw.slice(raw.search(/[|>]/)));
      if (header !== null && header[1] === "" && range[1] >= w.source.length && !/[\r\n]$/.test(w.source))
        src = src.slice(0, -1);
    }
    if (w.typeMode && tag === "" && n.type !== "PLAIN") return complete(StringType);
    let v: Value | null | typeof MERGE;
    try {
      v = resolveScalar(tag, src, isQuoted(w, n));
    } catch (e) {
      if (e instanceof YAMLError) throw e;
      posError(w, offset, (e as Error).message);
    }
    // "<<" outside a mapping key is just a string.
    if (v === MERGE) v = stringVal("<<");
    return complete(v === null ? nullResult(w) : typeOf(w, v));
  }
  if (w.yaml.isMap(n)) {
    const tag = n.tag ?? "";
    if (tag !== "" && tag !== MAP_TAG) posError(w, offset, `can't interpret mapping as ${tag}`);
    const vals = new Map<string, Resolved>();
    for (const pair of n.items) {
      const key = pair.key as YNode | null;
      const keyOffset = key?.range?.[0] ?? offset;
      if (
        key !== null &&
        w.yaml.isScalar(key) &&
        ((key.tag ?? "") === MERGE_TAG || ((key.tag ?? "") === "" && String(key.value) === "<<"))
      ) {
        w.decodeCount++;
        const val = walkYAML(w, pair.value as YNode | null);
        mergeInto(w, vals, val, keyOffset);
        continue;
      }
      if (key === null || !w.yaml.isScalar(key)) {
        posError(w, keyOffset, "only strings are allowed as mapping keys");
      }
      w.decodeCount++;
      const kv = resolveScalar(key.tag ?? "", String(key.value), isQuoted(w, key));
      if (kv === null) posError(w, keyOffset, "mapping key cannot be null");
      const ks = kv === MERGE ? stringVal("<<") : kv;
      let k: Value;
      try {
        k = convert(ks, StringType);
      } catch {
        posError(w, keyOffset, "only strings are allowed as mapping keys");
      }
      if (k.isNull()) posError(w, keyOffset, "mapping key cannot be null");
      vals.set(k.asString(), walkYAML(w, pair.value as YNode | null));
    }
    if (w.typeMode) return complete(vals.size === 0 ? EmptyObjectType : objectOf(vals as Map<string, Type>));
    return complete(objectVal(vals as Map<string, Value>));
  }
  if (w.yaml.isSeq(n)) {
    const tag = n.tag ?? "";
    if (tag !== "" && tag !== SEQ_TAG) posError(w, offset, `can't interpret sequence as ${tag}`);
    const items = n.items.map((e) => walkYAML(w, e as YNode | null));
    if (w.typeMode) return complete(items.length === 0 ? EmptyTupleType : tupleOf(items as Type[]));
    return complete(tupleVal(items as Value[]));
  }
  throw new Error("yaml: unexpected node");
}

function mergeInto(w: YAMLWalk, vals: Map<string, Resolved>, val: Resolved, keyOffset: number): void {
  const isObj = (r: Resolved): boolean => {
    const t = w.typeMode ? (r as Type) : (r as Value).type;
    return t.kind === "object" || t.kind === "map";
  };
  const entries = (r: Resolved): [string, Resolved][] => {
    if (w.typeMode) {
      const t = r as ObjectType;
      return t.attributeNames.map((n) => [n, t.attributeType(n)!]);
    }
    return [...(r as Value).entries()];
  };
  const t = w.typeMode ? (val as Type) : (val as Value).type;
  if (isObj(val)) {
    for (const [k, v] of entries(val)) vals.set(k, v);
    return;
  }
  if (t.kind === "tuple" || t.kind === "list") {
    const elems: readonly Resolved[] = w.typeMode ? [...(val as TupleType).elementTypes] : (val as Value).elements();
    for (const m of elems) {
      if (!isObj(m)) {
        const mt = w.typeMode ? (m as Type) : (m as Value).type;
        posError(w, keyOffset, `cannot merge ${mt.friendlyName()} (from sequence) into mapping`);
      }
      for (const [k, v] of entries(m)) vals.set(k, v);
    }
    return;
  }
  posError(w, keyOffset, `cannot merge ${t.friendlyName()} into mapping`);
}

/** libyaml's wording for the syntax problems the `yaml` package reports, where they correspond. */
function yamlSyntaxMessage(code: string, message: string): string {
  switch (code) {
    case "BAD_INDENT":
    case "MISSING_CHAR":
      if (message.includes("flow sequence")) return "did not find expected ',' or ']'";
      if (message.includes("flow map")) return "did not find expected ',' or '}'";
      return "did not find expected key";
    case "MULTILINE_IMPLICIT_KEY":
    case "IMPLICIT_KEY_NOT_FOLLOWED":
      return "could not find expected ':'";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "UNEXPECTED_TOKEN":
      if (message.includes("mapping") || message.includes("map"))
        return "mapping values are not allowed in this context";
      return "did not find expected <document start>";
    case "TAB_AS_INDENT":
    case "BAD_SCALAR_START":
      return "found character that cannot start any token";
    case "MISSING_ANCHOR":
    case "BAD_ALIAS":
      return message;
    default:
      return message;
  }
}

export function parseYAML(src: string, typeMode: boolean): Resolved {
  if (src === "") src = "\n";
  const Y = yamlLib.get();
  const lines = new Y.LineCounter();
  const docs = Y.parseAllDocuments(src, {
    version: "1.1",
    schema: "failsafe",
    merge: false,
    uniqueKeys: false,
    lineCounter: lines,
    prettyErrors: false,
    strict: false,
  });
  const w: YAMLWalk = {
    yaml: Y,
    lines,
    source: src,
    anchorsPending: new Map(),
    anchorVals: new Map(),
    decodeCount: 0,
    aliasCount: 0,
    typeMode,
  };
  const list = Array.isArray(docs) ? (docs as YDocument[]) : [];
  if (list.length === 0) {
    const errs = (docs as { errors?: { code: string; message: string; pos: [number, number] }[] }).errors ?? [];
    if (errs.length > 0) posError(w, errs[0]!.pos[0], yamlSyntaxMessage(errs[0]!.code, errs[0]!.message));
    return nullResult(w);
  }
  const doc = list[0]!;
  // Aliases are resolved by the walk (in document order), so the package's own alias errors are left to it.
  const errs = doc.errors.filter((e) => e.code !== "BAD_ALIAS");
  if (errs.length > 0) {
    const e = errs[0]!;
    const p = lines.linePos(e.pos[0]);
    throw new YAMLError(`on line ${p.line}, column 0: ${yamlSyntaxMessage(e.code, e.message)}`);
  }
  const result = walkYAML(w, doc.contents as YNode | null);
  if (w.aliasCount > 100 && w.decodeCount > 1000 && w.aliasCount / w.decodeCount > allowedAliasRatio(w.decodeCount)) {
    throw new YAMLError("document contains excessive aliasing");
  }
  if (list.length > 1) {
    const second = list[1]!;
    const errs2 = second.errors.filter((e) => e.code !== "BAD_ALIAS");
    if (errs2.length > 0) {
      const p = lines.linePos(errs2[0]!.pos[0]);
      throw new YAMLError(`on line ${p.line}, column 0: ${yamlSyntaxMessage(errs2[0]!.code, errs2[0]!.message)}`);
    }
    posError(w, second.range?.[0] ?? 0, "only a single document is allowed");
  }
  return result;
}

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400000) return 0.99;
  if (decodeCount >= 4000000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400000) / 3600000);
}

export function yamlFail(e: unknown): never {
  if (e instanceof YAMLError) throw new FunctionError(e.message);
  throw e;
}
