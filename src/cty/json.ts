/**
 * JSON encoding of cty types and values (go-cty `cty/json`; ENC-01..04),
 * and a JSON reader that keeps numbers as exact text, so `jsondecode` and
 * typed unmarshalling convert numbers the way cty does.
 */
import { ConversionError, type PathStep } from "./convert.js";
import * as num from "./number.js";
import {
  BoolType,
  DynamicPseudoType,
  EmptyObjectType,
  EmptyTupleType,
  listOf,
  mapOf,
  NumberType,
  objectOf,
  setOf,
  StringType,
  tupleOf,
  type Type,
} from "./types.js";
import {
  False,
  listVal,
  listValEmpty,
  mapVal,
  mapValEmpty,
  nullVal,
  objectVal,
  parseNumberVal,
  setVal,
  setValEmpty,
  stringVal,
  True,
  tupleVal,
  type Value,
} from "./value.js";

// ====================================================================== strings

const HEX = "0123456789abcdef";
/** Every character goJSONString escapes or replaces; most strings have none and are quoted as they are. */
const NEEDS_ESCAPE = /[\u0000-\u001f"\\<>&\u2028\u2029\ud800-\udfff]/;

/** Go's `json.Marshal` of a string: HTML characters and U+2028/2029 escaped (ENC-02). */
export function goJSONString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x3c || c === 0x3e || c === 0x26) {
      switch (c) {
        case 0x22:
          esc = '\\"';
          break;
        case 0x5c:
          esc = "\\\\";
          break;
        case 0x0a:
          esc = "\\n";
          break;
        case 0x0d:
          esc = "\\r";
          break;
        case 0x09:
          esc = "\\t";
          break;
        default:
          esc = "\\u00" + HEX[c >> 4]! + HEX[c & 15]!;
      }
    } else if (c === 0x2028 || c === 0x2029) {
      esc = c === 0x2028 ? "\\u2028" : "\\u2029";
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A lone surrogate is invalid UTF-8 in Go's terms: it becomes U+FFFD.
      const pair = c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
      if (pair) {
        i++;
        continue;
      }
      esc = "\\ufffd";
    }
    if (esc !== undefined) {
      out += s.slice(start, i) + esc;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

// ====================================================================== types

/** The JSON form of a type (ENC-01): `"string"`, `["list","number"]`, `["object",{…},["opt"]]` … */
export function typeToJSON(t: Type): unknown {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
    case "dynamic":
      return t.kind;
    case "list":
    case "set":
    case "map":
      return [t.kind, typeToJSON(t.elementType)];
    case "object": {
      const attrs: Record<string, unknown> = {};
      for (const n of t.attributeNames) attrs[n] = typeToJSON(t.attributeType(n)!);
      if (t.optional.size > 0) return ["object", attrs, [...t.optional].sort()];
      return ["object", attrs];
    }
    case "tuple":
      return ["tuple", t.elementTypes.map(typeToJSON)];
    case "capsule":
      throw new Error(`capsule type ${t.name} cannot be serialized as JSON`);
  }
}

/** Compact JSON text of a type, keys sorted as Go's encoder writes them. */
export function typeJSONString(t: Type): string {
  return stableStringify(typeToJSON(t));
}

function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return "[" + v.map(stableStringify).join(",") + "]";
  if (v !== null && typeof v === "object") {
    const keys = Object.keys(v).sort();
    return (
      "{" + keys.map((k) => goJSONString(k) + ":" + stableStringify((v as Record<string, unknown>)[k])).join(",") + "}"
    );
  }
  if (typeof v === "string") return goJSONString(v);
  return JSON.stringify(v);
}

/** Reads a type from its JSON form (the inverse of typeToJSON). */
export function typeFromJSON(j: unknown): Type {
  if (typeof j === "string") {
    switch (j) {
      case "string":
        return StringType;
      case "number":
        return NumberType;
      case "bool":
        return BoolType;
      case "dynamic":
        return DynamicPseudoType;
    }
    throw new Error(`invalid primitive type name ${JSON.stringify(j)}`);
  }
  if (Array.isArray(j) && typeof j[0] === "string") {
    switch (j[0]) {
      case "list":
        return listOf(typeFromJSON(j[1]));
      case "set":
        return setOf(typeFromJSON(j[1]));
      case "map":
        return mapOf(typeFromJSON(j[1]));
      case "tuple":
        if (!Array.isArray(j[1])) break;
        return tupleOf((j[1] as unknown[]).map(typeFromJSON));
      case "object": {
        if (j[1] === null || typeof j[1] !== "object" || Array.isArray(j[1])) break;
        const attrs: Record<string, Type> = {};
        for (const [k, v] of Object.entries(j[1] as Record<string, unknown>)) attrs[k] = typeFromJSON(v);
        const opt = Array.isArray(j[2]) ? (j[2] as string[]) : [];
        return objectOf(attrs, opt);
      }
    }
  }
  throw new Error("invalid type specification");
}

// ====================================================================== values

function jsonFail(path: PathStep[], message: string): never {
  throw new ConversionError(message, path.slice());
}

/**
 * Go's cty/json `Marshal(v, t)` (ENC-02, ENC-03): compact JSON of `v` seen
 * as type `t`. A dynamic slot holding a concrete value becomes
 * `{"value": …, "type": …}`. Throws ConversionError for unknown or marked
 * values and for infinities.
 */
export function marshalValue(v: Value, t: Type = v.type): string {
  const parts: string[] = [];
  marshalInto(v, t, [], parts);
  return parts.join("");
}

function marshalInto(v: Value, t: Type, path: PathStep[], out: string[]): void {
  if (v.isMarked()) jsonFail(path, "value has marks, so it cannot be serialized as JSON");
  if (t.kind === "dynamic" && v.type.kind !== "dynamic") {
    out.push('{"value":');
    marshalInto(v, v.type, path, out);
    out.push(',"type":', typeJSONString(v.type), "}");
    return;
  }
  if (v.isNull()) {
    out.push("null");
    return;
  }
  if (!v.isKnown()) jsonFail(path, "value is not known");
  switch (t.kind) {
    case "string":
      out.push(goJSONString(v.asString()));
      return;
    case "number": {
      const n = v.asNumber();
      if (num.isInfinite(n)) jsonFail(path, "cannot serialize infinity as JSON");
      out.push(num.numberText(n, v.prec));
      return;
    }
    case "bool":
      out.push(v.asBool() ? "true" : "false");
      return;
    case "list":
    case "set": {
      out.push("[");
      v.elements().forEach((e, i) => {
        if (i > 0) out.push(",");
        marshalInto(e, t.elementType, path, out);
      });
      out.push("]");
      return;
    }
    case "tuple": {
      out.push("[");
      v.elements().forEach((e, i) => {
        if (i > 0) out.push(",");
        marshalInto(e, t.elementTypes[i]!, path, out);
      });
      out.push("]");
      return;
    }
    case "map": {
      out.push("{");
      let first = true;
      for (const [k, e] of v.entries()) {
        if (!first) out.push(",");
        first = false;
        out.push(goJSONString(k), ":");
        marshalInto(e, t.elementType, path, out);
      }
      out.push("}");
      return;
    }
    case "object": {
      out.push("{");
      t.attributeNames.forEach((k, i) => {
        if (i > 0) out.push(",");
        out.push(goJSONString(k), ":");
        marshalInto(v.getAttr(k), t.attributeType(k)!, [...path, { attr: k }], out);
      });
      out.push("}");
      return;
    }
    case "dynamic":
      jsonFail(path, "value is not known");
      break;
    case "capsule":
      jsonFail(path, `unsupported type ${t.name}`);
  }
}

// ====================================================================== reading JSON

/** A parsed JSON document that keeps number text and object key order (duplicates too). */
export type JSONNode =
  | { kind: "object"; entries: [string, JSONNode][] }
  | { kind: "array"; items: JSONNode[] }
  | { kind: "string"; value: string }
  | { kind: "number"; text: string }
  | { kind: "bool"; value: boolean }
  | { kind: "null" };

/** A JSON syntax error, with Go's encoding/json wording. */
export class JSONSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "JSONSyntaxError";
  }
}

/**
 * encoding/json's `quoteChar`: Go's scanner works on bytes, so a non-ASCII
 * character is named by its first UTF-8 byte read as a Latin-1 character
 * ('ß' is reported as 'Ã'), escaped the way strconv.Quote escapes it.
 */
function describeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  const b = cp < 0x80 ? cp : new TextEncoder().encode(c)[0]!;
  if (b === 0x27) return "'\\''";
  if (b === 0x22) return "'\"'";
  const named: Record<number, string> = {
    7: "\\a",
    8: "\\b",
    9: "\\t",
    10: "\\n",
    11: "\\v",
    12: "\\f",
    13: "\\r",
    0x5c: "\\\\",
  };
  const esc = named[b];
  if (esc !== undefined) return `'${esc}'`;
  if (b < 0x20 || b === 0x7f) return `'\\x${b.toString(16).padStart(2, "0")}'`;
  if ((b >= 0x80 && b <= 0xa0) || b === 0xad) return `'\\u00${b.toString(16).padStart(2, "0")}'`;
  return `'${String.fromCharCode(b)}'`;
}

/** Parses JSON text (RFC 8259) as Go's decoder would accept it. */
export function parseJSONText(text: string): JSONNode {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const eof = (): never => {
    throw new JSONSyntaxError("unexpected EOF", i);
  };
  const bad = (context: string): never => {
    throw new JSONSyntaxError(
      `invalid character ${describeChar(String.fromCodePoint(text.codePointAt(i)!))} ${context}`,
      i,
    );
  };
  const value = (): JSONNode => {
    ws();
    if (i >= n) eof();
    const c = text[i]!;
    if (c === "{") {
      i++;
      const entries: [string, JSONNode][] = [];
      ws();
      if (text[i] === "}") {
        i++;
        return { kind: "object", entries };
      }
      for (;;) {
        ws();
        if (i >= n) eof();
        if (text[i] !== '"') bad("looking for beginning of object key string");
        const k = str();
        ws();
        if (i >= n) eof();
        if (text[i] !== ":") bad("after object key");
        i++;
        entries.push([k, value()]);
        ws();
        if (i >= n) eof();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return { kind: "object", entries };
        }
        bad("after object key:value pair");
      }
    }
    if (c === "[") {
      i++;
      const items: JSONNode[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        return { kind: "array", items };
      }
      for (;;) {
        items.push(value());
        ws();
        if (i >= n) eof();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return { kind: "array", items };
        }
        bad("after array element");
      }
    }
    if (c === '"') return { kind: "string", value: str() };
    if (c === "-" || (c >= "0" && c <= "9")) return { kind: "number", text: numberLit() };
    for (const [word, node] of [
      ["true", { kind: "bool", value: true }],
      ["false", { kind: "bool", value: false }],
      ["null", { kind: "null" }],
    ] as [string, JSONNode][]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return node;
      }
      if (c === word[0]) {
        let k = 1;
        while (k < word.length && text[i + k] === word[k]) k++;
        i += k;
        if (i >= n) eof();
        bad(`in literal ${word} (expecting '${word[k]}')`);
      }
    }
    return bad("looking for beginning of value");
  };
  const numberLit = (): string => {
    const s = i;
    if (text[i] === "-") i++;
    if (i >= n) eof();
    if (text[i] === "0") i++;
    else if (text[i]! >= "1" && text[i]! <= "9") while (i < n && text[i]! >= "0" && text[i]! <= "9") i++;
    else bad("in numeric literal");
    if (text[i] === ".") {
      i++;
      if (i >= n) eof();
      if (!(text[i]! >= "0" && text[i]! <= "9")) bad("after decimal point in numeric literal");
      while (i < n && text[i]! >= "0" && text[i]! <= "9") i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (i >= n) eof();
      if (!(text[i]! >= "0" && text[i]! <= "9")) bad("in exponent of numeric literal");
      while (i < n && text[i]! >= "0" && text[i]! <= "9") i++;
    }
    return text.slice(s, i);
  };
  const str = (): string => {
    i++; // opening quote
    let out = "";
    let start = i;
    for (;;) {
      if (i >= n) eof();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(start, i);
        i++;
        return out;
      }
      if (c < 0x20) bad("in string literal");
      if (c === 0x5c) {
        out += text.slice(start, i);
        i++;
        if (i >= n) eof();
        const e = text[i]!;
        const simple: Record<string, string> = {
          '"': '"',
          "\\": "\\",
          "/": "/",
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
        };
        if (e in simple) {
          out += simple[e];
          i++;
        } else if (e === "u") {
          const hex = text.slice(i + 1, i + 5);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            i++;
            while (i < n && /[0-9a-fA-F]/.test(text[i]!)) i++;
            if (i >= n) eof();
            bad("in \\u hexadecimal character escape");
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i += 5;
        } else bad("in string escape code");
        start = i;
        continue;
      }
      i++;
    }
  };
  const v = value();
  ws();
  if (i < n) bad("after top-level value");
  return v;
}

/** cty/json `ImpliedType` (ENC-04): the type JSON text decodes to without a schema. */
export function impliedType(node: JSONNode): Type {
  switch (node.kind) {
    case "null":
      return DynamicPseudoType;
    case "bool":
      return BoolType;
    case "number":
      return NumberType;
    case "string":
      return StringType;
    case "array":
      return node.items.length === 0 ? EmptyTupleType : tupleOf(node.items.map(impliedType));
    case "object": {
      if (node.entries.length === 0) return EmptyObjectType;
      const attrs = new Map<string, Type>();
      for (const [k, v] of node.entries) attrs.set(k, impliedType(v));
      return objectOf(attrs);
    }
  }
}

/**
 * cty/json `Unmarshal`: the value of a JSON document as type `t`, numbers
 * parsed exactly. A null becomes the null of `t`.
 */
export function unmarshalValue(node: JSONNode, t: Type, path: PathStep[] = []): Value {
  if (t.kind === "dynamic") {
    if (node.kind === "null") return nullVal(DynamicPseudoType);
    return unmarshalDynamic(node, path);
  }
  if (node.kind === "null") return nullVal(t);
  switch (t.kind) {
    case "bool":
      if (node.kind !== "bool") jsonFail(path, "bool is required");
      return node.value ? True : False;
    case "number": {
      if (node.kind !== "number") jsonFail(path, "number is required");
      const v = parseNumberVal(node.text);
      if (v === undefined) jsonFail(path, "number is required");
      return v;
    }
    case "string":
      if (node.kind !== "string") jsonFail(path, "string is required");
      return stringVal(node.value);
    case "list":
    case "set": {
      if (node.kind !== "array") jsonFail(path, `failed to read ${t.kind} value: missing expected [`);
      const els = node.items.map((e, i) => unmarshalValue(e, t.elementType, [...path, { index: intIndex(i) }]));
      if (els.length === 0) return t.kind === "list" ? listValEmpty(t.elementType) : setValEmpty(t.elementType);
      return t.kind === "list" ? listVal(els) : setVal(els);
    }
    case "map": {
      if (node.kind !== "object") jsonFail(path, "failed to read map value: missing expected {");
      const m = new Map<string, Value>();
      for (const [k, e] of node.entries) m.set(k, unmarshalValue(e, t.elementType, [...path, { index: stringVal(k) }]));
      return m.size === 0 ? mapValEmpty(t.elementType) : mapVal(m);
    }
    case "tuple": {
      if (node.kind !== "array") jsonFail(path, "failed to read tuple value: missing expected [");
      if (node.items.length > t.elementTypes.length)
        jsonFail(path, `too many tuple elements (need ${t.elementTypes.length})`);
      if (node.items.length < t.elementTypes.length)
        jsonFail(path, `not enough tuple elements (need ${t.elementTypes.length})`);
      return tupleVal(
        node.items.map((e, i) => unmarshalValue(e, t.elementTypes[i]!, [...path, { index: intIndex(i) }])),
      );
    }
    case "object": {
      if (node.kind !== "object") jsonFail(path, "failed to read object value: missing expected {");
      const m = new Map<string, Value>();
      for (const [k, e] of node.entries) {
        const at = t.attributeType(k);
        if (at === undefined) jsonFail([...path, { attr: k }], `unsupported attribute ${JSON.stringify(k)}`);
        m.set(k, unmarshalValue(e, at, [...path, { attr: k }]));
      }
      for (const n of t.attributeNames) if (!m.has(n)) m.set(n, nullVal(t.attributeType(n)!));
      return objectVal(m);
    }
    case "capsule":
      jsonFail(path, `unsupported type ${t.name}`);
  }
}

function unmarshalDynamic(node: JSONNode, path: PathStep[]): Value {
  if (node.kind !== "object") jsonFail(path, "failed to read dynamic type descriptor key: missing expected {");
  let typeNode: JSONNode | undefined;
  let valueNode: JSONNode | undefined;
  for (const [k, v] of node.entries) {
    if (k === "type") typeNode = v;
    else if (k === "value") valueNode = v;
    else jsonFail(path, `invalid key ${JSON.stringify(k)} in dynamically-typed value`);
  }
  if (typeNode === undefined) jsonFail(path, "missing type in dynamically-typed value");
  if (valueNode === undefined) jsonFail(path, "missing value in dynamically-typed value");
  let t: Type;
  try {
    t = typeFromJSON(plain(typeNode));
  } catch (e) {
    jsonFail(path, `failed to decode type for dynamic value: ${(e as Error).message}`);
  }
  return unmarshalValue(valueNode, t, path);
}

/** A JSON node as plain JS data (numbers as JS numbers), for type descriptors. */
export function plain(node: JSONNode): unknown {
  switch (node.kind) {
    case "object":
      return Object.fromEntries(node.entries.map(([k, v]) => [k, plain(v)]));
    case "array":
      return node.items.map(plain);
    case "string":
      return node.value;
    case "number":
      return Number(node.text);
    case "bool":
      return node.value;
    case "null":
      return null;
  }
}

function intIndex(i: number): Value {
  return parseNumberVal(String(i))!;
}

/** jsondecode's decoding (ENC-04): the implied type, then the value at that type. */
export function decodeJSONValue(text: string): Value {
  const node = parseJSONText(text);
  return unmarshalValue(node, impliedType(node));
}
