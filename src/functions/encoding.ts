/**
 * Encoding functions of Packer's table (FN-04): base64 (go-cty-funcs),
 * `base64gzip` and the `text*base64` pair (Packer), `csvdecode`,
 * `jsondecode`, `jsonencode` (cty stdlib), `urlencode` (go-cty-funcs) and
 * `yamldecode`/`yamlencode` (go-cty-yaml).
 *
 * Each one follows the Go library underneath byte for byte where the
 * result is observable: Go's base64 decoder (newline skipping, error
 * offsets), Go's `compress/flate` at the default level (so `base64gzip`
 * gives Packer's exact string), `encoding/csv`, `net/url.QueryEscape`,
 * `golang.org/x/text` IANA encodings and libyaml's emitter.
 */
import iconv from "iconv-lite";
import {
  parseAllDocuments,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node as YNode,
  type Document as YDocument,
} from "yaml";
import { convert, ConversionError } from "../cty/convert.js";
import { impliedType, JSONSyntaxError, marshalValue, parseJSONText, unmarshalValue } from "../cty/json.js";
import * as num from "../cty/number.js";
import { goQuote } from "../cty/quote.js";
import {
  DynamicPseudoType,
  EmptyObjectType,
  EmptyTupleType,
  listOf,
  type ListType,
  objectOf,
  type ObjectType,
  StringType,
  tupleOf,
  type TupleType,
  type Type,
} from "../cty/types.js";
import {
  listVal,
  listValEmpty,
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
  unknownVal,
  type Value,
} from "../cty/value.js";
import { ArgError, Function, FunctionError, staticReturnType } from "./function.js";
import { goTimeFormat, goTimeParse, isParseError, RFC3339 } from "./datetime.js";

// ====================================================================== bytes and strings

const encoder = new TextEncoder();

/** The UTF-8 bytes of a string (lone surrogates become U+FFFD, as in Go). */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Bytes as a string, invalid UTF-8 replaced by U+FFFD (Go's string conversion keeps bytes; cty strings cannot). */
export function fromUTF8(b: Uint8Array): string {
  return new TextDecoder("utf-8").decode(b);
}

/** Whether bytes are valid UTF-8 (Go's `utf8.Valid`). */
export function validUTF8(b: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** Go's `%q` of a byte string: valid characters as strconv.Quote writes them, invalid bytes as \xNN. */
export function goQuoteBytes(b: Uint8Array): string {
  let out = '"';
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 1;
    else if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c >= 0xe0 && c <= 0xef) n = 3;
    else if (c >= 0xf0 && c <= 0xf4) n = 4;
    let ok = n > 0 && i + n <= b.length;
    if (ok && n > 1) {
      for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false;
      // Overlong, surrogate and out-of-range forms are invalid in Go too.
      if (ok && n === 3 && ((c === 0xe0 && b[i + 1]! < 0xa0) || (c === 0xed && b[i + 1]! > 0x9f))) ok = false;
      if (ok && n === 4 && ((c === 0xf0 && b[i + 1]! < 0x90) || (c === 0xf4 && b[i + 1]! > 0x8f))) ok = false;
    }
    if (!ok) {
      out += "\\x" + c.toString(16).padStart(2, "0");
      i++;
      continue;
    }
    out += goQuote(fromUTF8(b.subarray(i, i + n))).slice(1, -1);
    i += n;
  }
  return out + '"';
}

// ====================================================================== base64

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_DECODE[B64.charCodeAt(i)] = i;

/** Go's `base64.StdEncoding.EncodeToString`. */
export function base64Encode(b: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const v = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out += B64[v >> 18]! + B64[(v >> 12) & 63]! + B64[(v >> 6) & 63]! + B64[v & 63]!;
  }
  if (i < b.length) {
    const v = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8);
    out += B64[v >> 18]! + B64[(v >> 12) & 63]!;
    out += i + 1 < b.length ? B64[(v >> 6) & 63]! + "=" : "==";
  }
  return out;
}

/** The result of Go's `base64.StdEncoding.DecodeString`: bytes, or the offset of Go's CorruptInputError. */
export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; offset: number };

/**
 * Go's `base64.StdEncoding.DecodeString`: padding required, `\r` and `\n`
 * skipped anywhere, and the error offset Go reports (in bytes).
 */
export function base64Decode(src: Uint8Array | string): Base64Result {
  const s = typeof src === "string" ? utf8(src) : src;
  const out: number[] = [];
  let si = 0;
  const nl = (c: number): boolean => c === 10 || c === 13;
  for (;;) {
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    let trailing = -1;
    let j = 0;
    for (; j < 4; j++) {
      if (si === s.length) {
        if (j === 0) return { ok: true, bytes: Uint8Array.from(out) };
        return { ok: false, offset: si - j };
      }
      const c = s[si]!;
      si++;
      const v = B64_DECODE[c]!;
      if (v >= 0) {
        dbuf[j] = v;
        continue;
      }
      if (nl(c)) {
        j--;
        continue;
      }
      if (c !== 61) return { ok: false, offset: si - 1 };
      // Padding: only after two or three symbols.
      if (j === 0 || j === 1) return { ok: false, offset: si - 1 };
      if (j === 2) {
        while (si < s.length && nl(s[si]!)) si++;
        if (si === s.length) return { ok: false, offset: s.length };
        if (s[si] !== 61) return { ok: false, offset: si - 1 };
        si++;
      }
      while (si < s.length && nl(s[si]!)) si++;
      if (si < s.length) trailing = si;
      dlen = j;
      break;
    }
    const val = (dbuf[0]! << 18) | (dbuf[1]! << 12) | (dbuf[2]! << 6) | dbuf[3]!;
    const bytes = [(val >> 16) & 255, (val >> 8) & 255, val & 255];
    for (let k = 0; k < dlen - 1; k++) out.push(bytes[k]!);
    if (trailing >= 0) return { ok: false, offset: trailing };
    if (dlen < 4) return { ok: true, bytes: Uint8Array.from(out) };
  }
}

/** go-cty-funcs `base64decode`. */
export const Base64DecodeFunc = new Function({
  description: "Decodes a string containing a base64 sequence; the decoded bytes must be valid UTF-8.",
  params: [{ name: "str", type: StringType }],
  type: staticReturnType(StringType),
  impl: (args) => {
    const s = args[0]!.asString();
    const r = base64Decode(s);
    if (!r.ok) throw new FunctionError(`failed to decode base64 data '${s}'`);
    if (!validUTF8(r.bytes))
      throw new FunctionError("the result of decoding the the provided string is not valid UTF-8");
    return stringVal(fromUTF8(r.bytes));
  },
});

/** go-cty-funcs `base64encode`. */
export const Base64EncodeFunc = new Function({
  description: "Encodes the UTF-8 bytes of a string with standard (padded) base64.",
  params: [{ name: "str", type: StringType }],
  type: staticReturnType(StringType),
  impl: (args) => stringVal(base64Encode(utf8(args[0]!.asString()))),
});

// ====================================================================== urlencode

/** Go's `url.QueryEscape`: unreserved characters stay, space becomes `+`, other bytes `%XX`. */
export function queryEscape(s: string): string {
  let out = "";
  for (const b of utf8(s)) {
    const c = String.fromCharCode(b);
    if (
      (b >= 65 && b <= 90) ||
      (b >= 97 && b <= 122) ||
      (b >= 48 && b <= 57) ||
      c === "-" ||
      c === "_" ||
      c === "." ||
      c === "~"
    )
      out += c;
    else if (c === " ") out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** go-cty-funcs `urlencode`. */
export const URLEncodeFunc = new Function({
  description:
    "Applies URL query encoding to a string (space becomes +, reserved and non-ASCII bytes are percent-encoded).",
  params: [{ name: "str", type: StringType }],
  type: staticReturnType(StringType),
  impl: (args) => stringVal(queryEscape(args[0]!.asString())),
});

// ====================================================================== csvdecode

/** Go's `csv.ParseError`, reduced to what cty's message shows: the line and the cause. */
class CSVParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Go's `encoding/csv.Reader` with its defaults (comma separator, no
 * comments, strict quotes, leading space kept): the records, or a
 * CSVParseError carrying the line Go reports. When `fieldsPerRecord` is 0
 * the first record sets it, as in Go.
 */
function readCSV(text: string, fieldsPerRecord: number, maxRecords = Infinity): string[][] {
  const records: string[][] = [];
  let pos = 0;
  let numLine = 0;
  // Go's readLine: up to and including "\n"; \r\n becomes \n; a final \r before EOF is dropped.
  const readLine = (): { line: string; eof: boolean } => {
    let line: string;
    let eof = false;
    const end = text.indexOf("\n", pos);
    if (end < 0) {
      line = text.slice(pos);
      pos = text.length;
      if (line.length === 0) eof = true;
      else if (line.endsWith("\r")) line = line.slice(0, -1);
    } else {
      line = text.slice(pos, end + 1);
      pos = end + 1;
    }
    numLine++;
    if (line.endsWith("\r\n")) line = line.slice(0, -2) + "\n";
    return { line, eof };
  };
  const lengthNL = (s: string): number => (s.endsWith("\n") ? 1 : 0);
  while (records.length < maxRecords) {
    let r = readLine();
    while (!r.eof && r.line.length === lengthNL(r.line)) r = readLine();
    if (r.eof) break;
    let line = r.line;
    const recLine = numLine;
    const fields: string[] = [];
    parseField: for (;;) {
      if (line.length === 0 || line[0] !== '"') {
        const i = line.indexOf(",");
        const field = i >= 0 ? line.slice(0, i) : line.slice(0, line.length - lengthNL(line));
        if (field.includes('"')) throw new CSVParseError(numLine, 'bare " in non-quoted-field');
        fields.push(field);
        if (i >= 0) {
          line = line.slice(i + 1);
          continue parseField;
        }
        break parseField;
      }
      // A quoted field, possibly over several lines.
      let fieldLine = numLine;
      let value = "";
      line = line.slice(1);
      for (;;) {
        const i = line.indexOf('"');
        if (i >= 0) {
          value += line.slice(0, i);
          line = line.slice(i + 1);
          if (line[0] === '"') {
            value += '"';
            line = line.slice(1);
          } else if (line[0] === ",") {
            line = line.slice(1);
            fields.push(value);
            continue parseField;
          } else if (lengthNL(line) === line.length) {
            fields.push(value);
            break parseField;
          } else {
            throw new CSVParseError(numLine, 'extraneous or missing " in quoted-field');
          }
        } else if (line.length > 0) {
          value += line;
          line = readLine().line;
          if (line.length > 0) fieldLine++;
        } else {
          throw new CSVParseError(fieldLine, 'extraneous or missing " in quoted-field');
        }
      }
    }
    if (fieldsPerRecord > 0) {
      if (fields.length !== fieldsPerRecord) throw new CSVParseError(recLine, "wrong number of fields");
    } else if (fieldsPerRecord === 0) fieldsPerRecord = fields.length;
    records.push(fields);
  }
  return records;
}

function csvError(e: unknown): never {
  if (e instanceof CSVParseError) throw new FunctionError(`CSV parse error on line ${e.line}: ${e.reason}`);
  throw e;
}

/** cty stdlib `csvdecode`: a list of objects keyed by the header row, all strings. */
export const CSVDecodeFunc = new Function({
  description:
    "Parses the given string as Comma Separated Values (as defined by RFC 4180) and returns a map of objects representing the table of data, using the first row as a header row to define the object attributes.",
  params: [{ name: "str", type: StringType }],
  type: (args) => {
    const str = args[0]!;
    if (!str.isKnown()) return DynamicPseudoType;
    let headers: string[][];
    try {
      headers = readCSV(str.asString(), 0, 1);
    } catch (e) {
      csvError(e);
    }
    if (headers.length === 0) throw new FunctionError("missing header line");
    const atys: Record<string, Type> = {};
    for (const name of headers[0]!) {
      if (Object.prototype.hasOwnProperty.call(atys, name))
        throw new FunctionError(`duplicate column name ${goQuote(name)}`);
      atys[name] = StringType;
    }
    return listOf(objectOf(atys));
  },
  impl: (args, retType) => {
    const ety = (retType as ListType).elementType;
    let records: string[][];
    try {
      records = readCSV(args[0]!.asString(), (ety as ObjectType).attributeNames.length);
    } catch (e) {
      csvError(e);
    }
    const headers = records[0]!;
    const rows = records.slice(1).map((cols) => {
      const m = new Map<string, Value>();
      cols.forEach((c, i) => m.set(headers[i]!, stringVal(c)));
      return objectVal(m);
    });
    return rows.length === 0 ? listValEmpty(ety) : listVal(rows);
  },
});

// ====================================================================== JSON

/** cty stdlib `jsonencode` (ENC-02): unknown anywhere inside gives an unknown string. */
export const JSONEncodeFunc = new Function({
  description: "Returns a string containing a JSON representation of the given value.",
  params: [{ name: "val", type: DynamicPseudoType, allowDynamicType: true, allowNull: true, allowUnknown: true }],
  legacyParams: [{ name: "val", type: DynamicPseudoType, allowDynamicType: true, allowNull: true }],
  type: staticReturnType(StringType),
  impl: (args, retType) => {
    const val = args[0]!;
    // cty 1.13 accepts unknowns so that it can refine the result; without refinements it is plainly unknown.
    if (!val.isWhollyKnown()) return unknownVal(retType);
    if (val.isNull()) return stringVal("null");
    try {
      return stringVal(marshalValue(val, val.type));
    } catch (e) {
      if (e instanceof ConversionError) throw new FunctionError(e.message);
      throw e;
    }
  },
});

function jsonError(e: unknown): never {
  if (e instanceof JSONSyntaxError) throw new FunctionError(e.message);
  if (e instanceof ConversionError) throw new FunctionError(e.message);
  throw e;
}

/**
 * Whether JSON text that ends too early ends between tokens. cty reads JSON
 * with a token-streaming json.Decoder, which reports a plain "EOF" there and
 * "unexpected EOF" only inside a string, number or literal.
 */
function eofBetweenTokens(text: string): boolean {
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
  }
  if (inString) return false;
  const run = /[A-Za-z0-9+\-.]+$/.exec(text);
  if (run === null) return true;
  return /^(true|false|null|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)$/.test(run[0]);
}

/**
 * JSON as cty's decoder reads it: one value; after it, data starting with
 * "]" or "}" is ignored (json.Decoder.More reports no more values there),
 * anything else is "extraneous data after JSON object".
 */
function parseJSONLikeCty(text: string): ReturnType<typeof parseJSONText> {
  try {
    return parseJSONText(text);
  } catch (e) {
    if (!(e instanceof JSONSyntaxError)) throw e;
    if (e.message.endsWith("after top-level value")) {
      const c = text[e.offset];
      if (c === "]" || c === "}") return parseJSONText(text.slice(0, e.offset));
      throw new FunctionError("extraneous data after JSON object");
    }
    if (e.message === "unexpected EOF" && eofBetweenTokens(text)) throw new FunctionError("EOF");
    throw e;
  }
}

/** cty stdlib `jsondecode` (ENC-04): the type is implied by the document. */
export const JSONDecodeFunc = new Function({
  description: "Parses the given string as JSON and returns a value corresponding to what the JSON document describes.",
  params: [{ name: "str", type: StringType }],
  type: (args) => {
    const str = args[0]!;
    if (!str.isKnown()) return DynamicPseudoType;
    try {
      return impliedType(parseJSONLikeCty(str.asString()));
    } catch (e) {
      jsonError(e);
    }
  },
  impl: (args) => {
    try {
      const node = parseJSONLikeCty(args[0]!.asString());
      return unmarshalValue(node, impliedType(node));
    } catch (e) {
      jsonError(e);
    }
  },
});

// ====================================================================== base64gzip: Go's compress/flate

/*
 * A port of the parts of Go's compress/flate that gzip.NewWriter uses (the
 * default level, 6: lazy matching, hash chains of 128, Go's own Huffman
 * code construction and block-type choice), so that the compressed bytes,
 * and with them the base64 text, are the ones Packer produces.
 */

const WINDOW_SIZE = 1 << 15;
const WINDOW_MASK = WINDOW_SIZE - 1;
const MIN_MATCH = 4;
const MAX_MATCH = 258;
const BASE_MATCH_LENGTH = 3;
const BASE_MATCH_OFFSET = 1;
const MAX_FLATE_BLOCK_TOKENS = 1 << 14;
const MAX_STORE_BLOCK_SIZE = 65535;
const HASH_BITS = 17;
const HASH_MASK = (1 << HASH_BITS) - 1;
const MAX_HASH_OFFSET = 1 << 24;
const LEVEL6 = { good: 8, lazy: 16, nice: 128, chain: 128 };
const MATCH_TYPE = 1 << 30;
const LENGTH_SHIFT = 22;
const OFFSET_MASK = (1 << LENGTH_SHIFT) - 1;
const END_BLOCK = 256;
const MAX_NUM_LIT = 286;
const OFFSET_CODE_COUNT = 30;
const CODEGEN_CODE_COUNT = 19;
const BAD_CODE = 255;

const LENGTH_EXTRA_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const LENGTH_BASE = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 255,
];
const OFFSET_EXTRA_BITS = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const OFFSET_BASE = [
  0x000000, 0x000001, 0x000002, 0x000003, 0x000004, 0x000006, 0x000008, 0x00000c, 0x000010, 0x000018, 0x000020,
  0x000030, 0x000040, 0x000060, 0x000080, 0x0000c0, 0x000100, 0x000180, 0x000200, 0x000300, 0x000400, 0x000600,
  0x000800, 0x000c00, 0x001000, 0x001800, 0x002000, 0x003000, 0x004000, 0x006000,
];
const CODEGEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Length code (0..28) of a match length minus 3. */
const LENGTH_CODES = (() => {
  const t = new Uint8Array(256);
  for (let code = 0; code < 29; code++) {
    const next = code === 28 ? 256 : LENGTH_BASE[code + 1]!;
    for (let l = LENGTH_BASE[code]!; l < next && l < 256; l++) t[l] = code;
  }
  t[255] = 28;
  return t;
})();

/** Go's offsetCodes table for offsets below 256. */
const OFFSET_CODES = (() => {
  const t = new Uint8Array(256);
  for (let code = 0; code < 16; code++) {
    const next = code === 15 ? 256 : OFFSET_BASE[code + 1]!;
    for (let o = OFFSET_BASE[code]!; o < next; o++) t[o] = code;
  }
  return t;
})();

function offsetCode(off: number): number {
  if (off < 256) return OFFSET_CODES[off]!;
  if (off >> 7 < 256) return OFFSET_CODES[off >> 7]! + 14;
  return OFFSET_CODES[off >> 14]! + 28;
}

function reverseBits(n: number, len: number): number {
  let r = 0;
  for (let i = 0; i < len; i++) {
    r = (r << 1) | (n & 1);
    n >>= 1;
  }
  return r;
}

interface HCode {
  code: number;
  len: number;
}

interface LiteralNode {
  literal: number;
  freq: number;
}

const MAX_INT32 = 2147483647;

class HuffmanEncoder {
  readonly codes: HCode[];
  constructor(size: number) {
    this.codes = Array.from({ length: size }, () => ({ code: 0, len: 0 }));
  }

  bitLength(freq: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < freq.length; i++) if (freq[i] !== 0) total += freq[i]! * this.codes[i]!.len;
    return total;
  }

  /** Go's length-limited code construction (package-merge over levels). */
  private bitCounts(list: LiteralNode[], maxBits: number): number[] {
    const n = list.length;
    list = [...list, { literal: 0xffff, freq: MAX_INT32 }];
    if (maxBits > n - 1) maxBits = n - 1;
    const levels = Array.from({ length: 16 }, () => ({
      level: 0,
      lastFreq: 0,
      nextCharFreq: 0,
      nextPairFreq: 0,
      needed: 0,
    }));
    const leafCounts = Array.from({ length: 16 }, () => new Array<number>(16).fill(0));
    for (let level = 1; level <= maxBits; level++) {
      levels[level] = {
        level,
        lastFreq: list[1]!.freq,
        nextCharFreq: list[2]!.freq,
        nextPairFreq: list[0]!.freq + list[1]!.freq,
        needed: 0,
      };
      leafCounts[level]![level] = 2;
      if (level === 1) levels[level]!.nextPairFreq = MAX_INT32;
    }
    levels[maxBits]!.needed = 2 * n - 4;
    let level = maxBits;
    for (;;) {
      const l = levels[level]!;
      if (l.nextPairFreq === MAX_INT32 && l.nextCharFreq === MAX_INT32) {
        l.needed = 0;
        levels[level + 1]!.nextPairFreq = MAX_INT32;
        level++;
        continue;
      }
      const prevFreq = l.lastFreq;
      if (l.nextCharFreq < l.nextPairFreq) {
        const c = leafCounts[level]![level]! + 1;
        l.lastFreq = l.nextCharFreq;
        leafCounts[level]![level] = c;
        l.nextCharFreq = list[c]!.freq;
      } else {
        l.lastFreq = l.nextPairFreq;
        for (let k = 0; k < level; k++) leafCounts[level]![k] = leafCounts[level - 1]![k]!;
        levels[l.level - 1]!.needed = 2;
      }
      l.needed--;
      if (l.needed === 0) {
        if (l.level === maxBits) break;
        levels[l.level + 1]!.nextPairFreq = prevFreq + l.lastFreq;
        level++;
      } else {
        while (levels[level - 1]!.needed > 0) level--;
      }
    }
    const bitCount = new Array<number>(maxBits + 1).fill(0);
    let bits = 1;
    const counts = leafCounts[maxBits]!;
    for (let lv = maxBits; lv > 0; lv--) {
      bitCount[bits] = counts[lv]! - counts[lv - 1]!;
      bits++;
    }
    return bitCount;
  }

  generate(freq: ArrayLike<number>, maxBits: number): void {
    let list: LiteralNode[] = [];
    for (let i = 0; i < freq.length; i++) {
      if (freq[i] !== 0) list.push({ literal: i, freq: freq[i]! });
      else this.codes[i]!.len = 0;
    }
    if (list.length <= 2) {
      list.forEach((node, i) => {
        this.codes[node.literal] = { code: i, len: 1 };
      });
      return;
    }
    list.sort((a, b) => (a.freq === b.freq ? a.literal - b.literal : a.freq - b.freq));
    const bitCount = this.bitCounts(list, maxBits);
    let code = 0;
    for (let n = 0; n < bitCount.length; n++) {
      const bits = bitCount[n]!;
      code <<= 1;
      if (n === 0 || bits === 0) continue;
      const chunk = list.slice(list.length - bits).sort((a, b) => a.literal - b.literal);
      for (const node of chunk) {
        this.codes[node.literal] = { code: reverseBits(code, n), len: n };
        code++;
      }
      list = list.slice(0, list.length - bits);
    }
  }
}

const FIXED_LITERAL = (() => {
  const h = new HuffmanEncoder(MAX_NUM_LIT);
  for (let ch = 0; ch < MAX_NUM_LIT; ch++) {
    let bits: number;
    let size: number;
    if (ch < 144) [bits, size] = [ch + 48, 8];
    else if (ch < 256) [bits, size] = [ch + 400 - 144, 9];
    else if (ch < 280) [bits, size] = [ch - 256, 7];
    else [bits, size] = [ch + 192 - 280, 8];
    h.codes[ch] = { code: reverseBits(bits, size), len: size };
  }
  return h;
})();

const FIXED_OFFSET = (() => {
  const h = new HuffmanEncoder(30);
  for (let ch = 0; ch < 30; ch++) h.codes[ch] = { code: reverseBits(ch, 5), len: 5 };
  return h;
})();

/** Go's huffmanBitWriter: LSB-first bits into a byte list. */
class BitWriter {
  readonly out: number[] = [];
  private bits = 0n;
  private nbits = 0;
  private readonly literalFreq = new Int32Array(MAX_NUM_LIT);
  private readonly offsetFreq = new Int32Array(OFFSET_CODE_COUNT);
  private readonly codegenFreq = new Int32Array(CODEGEN_CODE_COUNT);
  private codegen: number[] = [];
  private readonly literalEncoding = new HuffmanEncoder(MAX_NUM_LIT);
  private readonly offsetEncoding = new HuffmanEncoder(OFFSET_CODE_COUNT);
  private readonly codegenEncoding = new HuffmanEncoder(CODEGEN_CODE_COUNT);

  writeBits(b: number, nb: number): void {
    this.bits |= BigInt(b) << BigInt(this.nbits);
    this.nbits += nb;
    while (this.nbits >= 8) {
      this.out.push(Number(this.bits & 255n));
      this.bits >>= 8n;
      this.nbits -= 8;
    }
  }

  private writeCode(c: HCode): void {
    this.writeBits(c.code, c.len);
  }

  flush(): void {
    if (this.nbits > 0) this.out.push(Number(this.bits & 255n));
    this.bits = 0n;
    this.nbits = 0;
  }

  private writeBytes(b: Uint8Array): void {
    for (const x of b) this.out.push(x);
  }

  writeStoredHeader(length: number, eof: boolean): void {
    this.writeBits(eof ? 1 : 0, 3);
    this.flush();
    this.writeBits(length, 16);
    this.writeBits(~length & 0xffff, 16);
  }

  private generateCodegen(
    numLiterals: number,
    numOffsets: number,
    litEnc: HuffmanEncoder,
    offEnc: HuffmanEncoder,
  ): void {
    this.codegenFreq.fill(0);
    const codegen: number[] = [];
    for (let i = 0; i < numLiterals; i++) codegen.push(litEnc.codes[i]!.len);
    for (let i = 0; i < numOffsets; i++) codegen.push(offEnc.codes[i]!.len);
    codegen.push(BAD_CODE);
    let size = codegen[0]!;
    let count = 1;
    let outIndex = 0;
    for (let inIndex = 1; size !== BAD_CODE; inIndex++) {
      const nextSize = codegen[inIndex]!;
      if (nextSize === size) {
        count++;
        continue;
      }
      if (size !== 0) {
        codegen[outIndex++] = size;
        this.codegenFreq[size]!++;
        count--;
        while (count >= 3) {
          const n = Math.min(6, count);
          codegen[outIndex++] = 16;
          codegen[outIndex++] = n - 3;
          this.codegenFreq[16]!++;
          count -= n;
        }
      } else {
        while (count >= 11) {
          const n = Math.min(138, count);
          codegen[outIndex++] = 18;
          codegen[outIndex++] = n - 11;
          this.codegenFreq[18]!++;
          count -= n;
        }
        if (count >= 3) {
          codegen[outIndex++] = 17;
          codegen[outIndex++] = count - 3;
          this.codegenFreq[17]!++;
          count = 0;
        }
      }
      count--;
      for (; count >= 0; count--) {
        codegen[outIndex++] = size;
        this.codegenFreq[size]!++;
      }
      size = nextSize;
      count = 1;
    }
    codegen[outIndex] = BAD_CODE;
    this.codegen = codegen;
  }

  private dynamicSize(litEnc: HuffmanEncoder, offEnc: HuffmanEncoder, extraBits: number): [number, number] {
    let numCodegens = CODEGEN_CODE_COUNT;
    while (numCodegens > 4 && this.codegenFreq[CODEGEN_ORDER[numCodegens - 1]!] === 0) numCodegens--;
    const header =
      3 +
      5 +
      5 +
      4 +
      3 * numCodegens +
      this.codegenEncoding.bitLength(this.codegenFreq) +
      this.codegenFreq[16]! * 2 +
      this.codegenFreq[17]! * 3 +
      this.codegenFreq[18]! * 7;
    return [header + litEnc.bitLength(this.literalFreq) + offEnc.bitLength(this.offsetFreq) + extraBits, numCodegens];
  }

  private writeDynamicHeader(numLiterals: number, numOffsets: number, numCodegens: number, eof: boolean): void {
    this.writeBits(eof ? 5 : 4, 3);
    this.writeBits(numLiterals - 257, 5);
    this.writeBits(numOffsets - 1, 5);
    this.writeBits(numCodegens - 4, 4);
    for (let i = 0; i < numCodegens; i++) this.writeBits(this.codegenEncoding.codes[CODEGEN_ORDER[i]!]!.len, 3);
    for (let i = 0; ;) {
      const codeWord = this.codegen[i++]!;
      if (codeWord === BAD_CODE) break;
      this.writeCode(this.codegenEncoding.codes[codeWord]!);
      if (codeWord === 16) this.writeBits(this.codegen[i++]!, 2);
      else if (codeWord === 17) this.writeBits(this.codegen[i++]!, 3);
      else if (codeWord === 18) this.writeBits(this.codegen[i++]!, 7);
    }
  }

  private indexTokens(tokens: number[]): [number, number] {
    this.literalFreq.fill(0);
    this.offsetFreq.fill(0);
    for (const t of tokens) {
      if (t < MATCH_TYPE) {
        this.literalFreq[t]!++;
        continue;
      }
      this.literalFreq[257 + LENGTH_CODES[(t - MATCH_TYPE) >>> LENGTH_SHIFT]!]!++;
      this.offsetFreq[offsetCode(t & OFFSET_MASK)]!++;
    }
    let numLiterals = MAX_NUM_LIT;
    while (this.literalFreq[numLiterals - 1] === 0) numLiterals--;
    let numOffsets = OFFSET_CODE_COUNT;
    while (numOffsets > 0 && this.offsetFreq[numOffsets - 1] === 0) numOffsets--;
    if (numOffsets === 0) {
      this.offsetFreq[0] = 1;
      numOffsets = 1;
    }
    this.literalEncoding.generate(this.literalFreq, 15);
    this.offsetEncoding.generate(this.offsetFreq, 15);
    return [numLiterals, numOffsets];
  }

  private writeTokens(tokens: number[], le: HCode[], oe: HCode[]): void {
    for (const t of tokens) {
      if (t < MATCH_TYPE) {
        this.writeCode(le[t]!);
        continue;
      }
      const length = (t - MATCH_TYPE) >>> LENGTH_SHIFT;
      const lc = LENGTH_CODES[length]!;
      this.writeCode(le[lc + 257]!);
      if (LENGTH_EXTRA_BITS[lc]! > 0) this.writeBits(length - LENGTH_BASE[lc]!, LENGTH_EXTRA_BITS[lc]!);
      const offset = t & OFFSET_MASK;
      const oc = offsetCode(offset);
      this.writeCode(oe[oc]!);
      if (OFFSET_EXTRA_BITS[oc]! > 0) this.writeBits(offset - OFFSET_BASE[oc]!, OFFSET_EXTRA_BITS[oc]!);
    }
  }

  /** Go's `writeBlock`: the smallest of fixed, dynamic and stored encodings. */
  writeBlock(tokens: number[], eof: boolean, input: Uint8Array | undefined): void {
    tokens = [...tokens, END_BLOCK];
    const [numLiterals, numOffsets] = this.indexTokens(tokens);
    let extraBits = 0;
    const storable = input !== undefined && input.length <= MAX_STORE_BLOCK_SIZE;
    const storedSize = storable ? (input.length + 5) * 8 : 0;
    if (storable) {
      for (let lc = 257 + 8; lc < numLiterals; lc++) extraBits += this.literalFreq[lc]! * LENGTH_EXTRA_BITS[lc - 257]!;
      for (let oc = 4; oc < numOffsets; oc++) extraBits += this.offsetFreq[oc]! * OFFSET_EXTRA_BITS[oc]!;
    }
    let litEnc = FIXED_LITERAL;
    let offEnc = FIXED_OFFSET;
    let size = 3 + FIXED_LITERAL.bitLength(this.literalFreq) + FIXED_OFFSET.bitLength(this.offsetFreq) + extraBits;
    this.generateCodegen(numLiterals, numOffsets, this.literalEncoding, this.offsetEncoding);
    this.codegenEncoding.generate(this.codegenFreq, 7);
    const [dynamicSize, numCodegens] = this.dynamicSize(this.literalEncoding, this.offsetEncoding, extraBits);
    if (dynamicSize < size) {
      size = dynamicSize;
      litEnc = this.literalEncoding;
      offEnc = this.offsetEncoding;
    }
    if (storable && storedSize < size) {
      this.writeStoredHeader(input.length, eof);
      this.writeBytes(input);
      return;
    }
    if (litEnc === FIXED_LITERAL) this.writeBits(eof ? 3 : 2, 3);
    else this.writeDynamicHeader(numLiterals, numOffsets, numCodegens, eof);
    this.writeTokens(tokens, litEnc.codes, offEnc.codes);
  }
}

/** Go's flate compressor state at level 6. */
class Deflater {
  readonly w = new BitWriter();
  private readonly window = new Uint8Array(2 * WINDOW_SIZE);
  private readonly hashHead = new Uint32Array(1 << HASH_BITS);
  private readonly hashPrev = new Uint32Array(WINDOW_SIZE);
  private hashOffset = 1;
  private chainHead = -1;
  private index = 0;
  private windowEnd = 0;
  private blockStart = 0;
  private byteAvailable = false;
  private tokens: number[] = [];
  private length = MIN_MATCH - 1;
  private offset = 0;
  private maxInsertIndex = 0;
  private sync = false;

  private static hash4(b: Uint8Array, i: number): number {
    const v = (b[i + 3]! | (b[i + 2]! << 8) | (b[i + 1]! << 16) | (b[i]! << 24)) >>> 0;
    return Math.imul(v, 0x1e35a7bd) >>> (32 - HASH_BITS);
  }

  private fill(b: Uint8Array): number {
    if (this.index >= 2 * WINDOW_SIZE - (MIN_MATCH + MAX_MATCH)) {
      this.window.copyWithin(0, WINDOW_SIZE, 2 * WINDOW_SIZE);
      this.index -= WINDOW_SIZE;
      this.windowEnd -= WINDOW_SIZE;
      this.blockStart = this.blockStart >= WINDOW_SIZE ? this.blockStart - WINDOW_SIZE : MAX_INT32;
      this.hashOffset += WINDOW_SIZE;
      if (this.hashOffset > MAX_HASH_OFFSET) {
        const delta = this.hashOffset - 1;
        this.hashOffset -= delta;
        this.chainHead -= delta;
        for (let i = 0; i < this.hashPrev.length; i++)
          this.hashPrev[i] = this.hashPrev[i]! > delta ? this.hashPrev[i]! - delta : 0;
        for (let i = 0; i < this.hashHead.length; i++)
          this.hashHead[i] = this.hashHead[i]! > delta ? this.hashHead[i]! - delta : 0;
      }
    }
    const n = Math.min(b.length, this.window.length - this.windowEnd);
    this.window.set(b.subarray(0, n), this.windowEnd);
    this.windowEnd += n;
    return n;
  }

  private writeBlock(index: number): void {
    if (index > 0) {
      const window = this.blockStart <= index ? this.window.subarray(this.blockStart, index) : undefined;
      this.blockStart = index;
      this.w.writeBlock(this.tokens, false, window);
    }
  }

  private findMatch(pos: number, prevHead: number, prevLength: number, lookahead: number): [number, number, boolean] {
    const minMatchLook = Math.min(MAX_MATCH, lookahead);
    const win = this.window;
    const winLen = pos + minMatchLook;
    const nice = Math.min(LEVEL6.nice, winLen - pos);
    let tries = LEVEL6.chain;
    let length = prevLength;
    let offset = 0;
    let ok = false;
    if (length >= LEVEL6.good) tries >>= 2;
    let wEnd = win[pos + length]!;
    const minIndex = pos - WINDOW_SIZE;
    for (let i = prevHead; tries > 0; tries--) {
      if (wEnd === win[i + length]) {
        let n = 0;
        while (n < minMatchLook && win[i + n] === win[pos + n]) n++;
        if (n > length && (n > MIN_MATCH || pos - i <= 4096)) {
          length = n;
          offset = pos - i;
          ok = true;
          if (n >= nice) break;
          wEnd = win[pos + n]!;
        }
      }
      if (i === minIndex) break;
      i = this.hashPrev[i & WINDOW_MASK]! - this.hashOffset;
      if (i < minIndex || i < 0) break;
    }
    return [length, offset, ok];
  }

  private deflate(): void {
    if (this.windowEnd - this.index < MIN_MATCH + MAX_MATCH && !this.sync) return;
    this.maxInsertIndex = this.windowEnd - (MIN_MATCH - 1);
    for (;;) {
      const lookahead = this.windowEnd - this.index;
      if (lookahead < MIN_MATCH + MAX_MATCH) {
        if (!this.sync) break;
        if (lookahead === 0) {
          if (this.byteAvailable) {
            this.tokens.push(this.window[this.index - 1]!);
            this.byteAvailable = false;
          }
          if (this.tokens.length > 0) {
            this.writeBlock(this.index);
            this.tokens = [];
          }
          break;
        }
      }
      if (this.index < this.maxInsertIndex) {
        const h = Deflater.hash4(this.window, this.index) & HASH_MASK;
        this.chainHead = this.hashHead[h]!;
        this.hashPrev[this.index & WINDOW_MASK] = this.chainHead;
        this.hashHead[h] = this.index + this.hashOffset;
      }
      const prevLength = this.length;
      const prevOffset = this.offset;
      this.length = MIN_MATCH - 1;
      this.offset = 0;
      const minIndex = Math.max(this.index - WINDOW_SIZE, 0);
      if (this.chainHead - this.hashOffset >= minIndex && lookahead > prevLength && prevLength < LEVEL6.lazy) {
        const [newLength, newOffset, ok] = this.findMatch(
          this.index,
          this.chainHead - this.hashOffset,
          MIN_MATCH - 1,
          lookahead,
        );
        if (ok) {
          this.length = newLength;
          this.offset = newOffset;
        }
      }
      if (prevLength >= MIN_MATCH && this.length <= prevLength) {
        this.tokens.push(
          MATCH_TYPE + ((prevLength - BASE_MATCH_LENGTH) << LENGTH_SHIFT) + (prevOffset - BASE_MATCH_OFFSET),
        );
        // Level 6 never skips hashing: insert every position the match covers.
        const newIndex = this.index + prevLength - 1;
        let index = this.index;
        for (index++; index < newIndex; index++) {
          if (index < this.maxInsertIndex) {
            const h = Deflater.hash4(this.window, index) & HASH_MASK;
            this.hashPrev[index & WINDOW_MASK] = this.hashHead[h]!;
            this.hashHead[h] = index + this.hashOffset;
          }
        }
        this.index = index;
        this.byteAvailable = false;
        this.length = MIN_MATCH - 1;
        if (this.tokens.length === MAX_FLATE_BLOCK_TOKENS) {
          this.writeBlock(this.index);
          this.tokens = [];
        }
      } else {
        if (this.byteAvailable) {
          const i = this.index - 1;
          this.tokens.push(this.window[i]!);
          if (this.tokens.length === MAX_FLATE_BLOCK_TOKENS) {
            this.writeBlock(i + 1);
            this.tokens = [];
          }
        }
        this.index++;
        this.byteAvailable = true;
      }
    }
  }

  write(b: Uint8Array): void {
    while (b.length > 0) {
      this.deflate();
      b = b.subarray(this.fill(b));
    }
  }

  syncFlush(): void {
    this.sync = true;
    this.deflate();
    this.w.writeStoredHeader(0, false);
    this.w.flush();
    this.sync = false;
  }

  close(): void {
    this.sync = true;
    this.deflate();
    this.w.writeStoredHeader(0, true);
    this.w.flush();
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * What Packer's `base64gzip` writes: a gzip stream (no name, no mtime, OS
 * "unknown") from Go's gzip.Writer after Write, Flush and Close.
 */
export function goGzip(data: Uint8Array): Uint8Array {
  const d = new Deflater();
  d.write(data);
  d.syncFlush();
  d.close();
  const header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
  const crc = crc32(data);
  const size = data.length >>> 0;
  const trailer = [
    crc & 255,
    (crc >>> 8) & 255,
    (crc >>> 16) & 255,
    crc >>> 24,
    size & 255,
    (size >>> 8) & 255,
    (size >>> 16) & 255,
    size >>> 24,
  ];
  return Uint8Array.from([...header, ...d.w.out, ...trailer]);
}

/** Packer's `base64gzip`. */
export const Base64GzipFunc = new Function({
  description: "Compresses the UTF-8 bytes of a string with gzip and encodes the result with standard base64.",
  params: [{ name: "str", type: StringType }],
  type: staticReturnType(StringType),
  impl: (args) => stringVal(base64Encode(goGzip(utf8(args[0]!.asString())))),
});

// ====================================================================== textencodebase64 / textdecodebase64

/*
 * golang.org/x/text's IANA index: the names and aliases it resolves to a
 * supported encoding (lower case; lookups trim spaces and lower-case the
 * name), keyed by the canonical IANA name that Go's error texts show.
 */
const IANA_SUPPORTED: readonly (readonly [string, string])[] = [
  ["Big5", "big5 csbig5"],
  ["EUC-KR", "cseuckr euc-kr"],
  [
    "Extended_UNIX_Code_Packed_Format_for_Japanese",
    "cseucpkdfmtjapanese euc-jp extended_unix_code_packed_format_for_japanese",
  ],
  ["GB18030", "csgb18030 gb18030"],
  ["GBK", "cp936 csgbk gbk ms936 windows-936"],
  ["HZ-GB-2312", "hz-gb-2312"],
  ["IBM00858", "ccsid00858 cp00858 csibm00858 ibm00858 pc-multilingual-850+euro"],
  ["IBM01140", "ccsid01140 cp01140 csibm01140 ebcdic-us-37+euro ibm01140"],
  ["IBM037", "cp037 csibm037 ebcdic-cp-ca ebcdic-cp-nl ebcdic-cp-us ebcdic-cp-wt ibm037"],
  ["IBM1047", "csibm1047 ibm-1047 ibm1047"],
  ["IBM437", "437 cp437 cspc8codepage437 ibm437"],
  ["IBM850", "850 cp850 cspc850multilingual ibm850"],
  ["IBM852", "852 cp852 cspcp852 ibm852"],
  ["IBM855", "855 cp855 csibm855 ibm855"],
  ["IBM860", "860 cp860 csibm860 ibm860"],
  ["IBM862", "862 cp862 cspc862latinhebrew ibm862"],
  ["IBM863", "863 cp863 csibm863 ibm863"],
  ["IBM865", "865 cp865 csibm865 ibm865"],
  ["IBM866", "866 cp866 csibm866 ibm866"],
  ["ISO-2022-JP", "csiso2022jp iso-2022-jp"],
  ["ISO-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso_8859-10:1992 l6 latin6"],
  ["ISO-8859-13", "csiso885913 iso-8859-13"],
  ["ISO-8859-14", "csiso885914 iso-8859-14 iso-celtic iso-ir-199 iso_8859-14 iso_8859-14:1998 l8 latin8"],
  ["ISO-8859-15", "csiso885915 iso-8859-15 iso_8859-15 latin-9"],
  ["ISO-8859-16", "csiso885916 iso-8859-16 iso-ir-226 iso_8859-16 iso_8859-16:2001 l10 latin10"],
  ["ISO_8859-1:1987", "cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso_8859-1 iso_8859-1:1987 l1 latin1"],
  ["ISO_8859-2:1987", "csisolatin2 iso-8859-2 iso-ir-101 iso_8859-2 iso_8859-2:1987 l2 latin2"],
  ["ISO_8859-3:1988", "csisolatin3 iso-8859-3 iso-ir-109 iso_8859-3 iso_8859-3:1988 l3 latin3"],
  ["ISO_8859-4:1988", "csisolatin4 iso-8859-4 iso-ir-110 iso_8859-4 iso_8859-4:1988 l4 latin4"],
  ["ISO_8859-5:1988", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso_8859-5 iso_8859-5:1988"],
  ["ISO_8859-6-E", "csiso88596e iso-8859-6-e iso_8859-6-e"],
  ["ISO_8859-6-I", "csiso88596i iso-8859-6-i iso_8859-6-i"],
  ["ISO_8859-6:1987", "arabic asmo-708 csisolatinarabic ecma-114 iso-8859-6 iso-ir-127 iso_8859-6 iso_8859-6:1987"],
  [
    "ISO_8859-7:1987",
    "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso_8859-7 iso_8859-7:1987",
  ],
  ["ISO_8859-8-E", "csiso88598e iso-8859-8-e iso_8859-8-e"],
  ["ISO_8859-8-I", "csiso88598i iso-8859-8-i iso_8859-8-i"],
  ["ISO_8859-8:1988", "csisolatinhebrew hebrew iso-8859-8 iso-ir-138 iso_8859-8 iso_8859-8:1988"],
  ["ISO_8859-9:1989", "csisolatin5 iso-8859-9 iso-ir-148 iso_8859-9 iso_8859-9:1989 l5 latin5"],
  ["KOI8-R", "cskoi8r koi8-r"],
  ["KOI8-U", "cskoi8u koi8-u"],
  ["Shift_JIS", "csshiftjis ms_kanji shift_jis"],
  ["US-ASCII", "ansi_x3.4-1968 ansi_x3.4-1986 cp367 csascii ibm367 iso-ir-6 iso646-us iso_646.irv:1991 us us-ascii"],
  ["UTF-16", "csutf16 utf-16"],
  ["UTF-16BE", "csutf16be utf-16be"],
  ["UTF-16LE", "csutf16le utf-16le"],
  ["UTF-8", "csutf8 utf-8"],
  ["macintosh", "csmacintosh mac macintosh"],
  ["windows-1250", "cswindows1250 windows-1250"],
  ["windows-1251", "cswindows1251 windows-1251"],
  ["windows-1252", "cswindows1252 windows-1252"],
  ["windows-1253", "cswindows1253 windows-1253"],
  ["windows-1254", "cswindows1254 windows-1254"],
  ["windows-1255", "cswindows1255 windows-1255"],
  ["windows-1256", "cswindows1256 windows-1256"],
  ["windows-1257", "cswindows1257 windows-1257"],
  ["windows-1258", "cswindows1258 windows-1258"],
  ["windows-874", "cswindows874 windows-874"],
];

const IANA_ALIAS = new Map<string, string>();
for (const [name, aliases] of IANA_SUPPORTED) for (const a of aliases.split(" ")) IANA_ALIAS.set(a, name);

/** Go's `strings.TrimSpace` (Unicode White_Space, not U+FEFF). */
function goTrimSpace(s: string): string {
  const space =
    /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
  return s.replace(space, "");
}

interface TextCodec {
  /** Bytes of the string, or undefined when a character has no encoding. */
  encode(s: string): Uint8Array | undefined;
  /** The decoded text; undefined bytes become U+FFFD. */
  decode(b: Uint8Array): string;
}

/** IBM037 as x/text defines it; IBM1047 and IBM01140 differ in a few positions. */
const EBCDIC_037 =
  "0000000100020003009c00090086007f0097008d008e000b000c000d000e000f0010001100120013009d008500080087001800190092008f001c001d001e001f00800081008200830084000a0017001b00880089008a008b008c0005000600070090009100160093009400950096000400980099009a009b00140015009e001a002000a000e200e400e000e100e300e500e700f100a2002e003c0028002b007c002600e900ea00eb00e800ed00ee00ef00ec00df00210024002a0029003b00ac002d002f00c200c400c000c100c300c500c700d100a6002c0025005f003e003f00f800c900ca00cb00c800cd00ce00cf00cc0060003a002300400027003d002200d800610062006300640065006600670068006900ab00bb00f000fd00fe00b100b0006a006b006c006d006e006f00700071007200aa00ba00e600b800c600a400b5007e0073007400750076007700780079007a00a100bf00d000dd00de00ae005e00a300a500b700a900a700b600bc00bd00be005b005d00af00a800b400d7007b00410042004300440045004600470048004900ad00f400f600f200f300f5007d004a004b004c004d004e004f00500051005200b900fb00fc00f900fa00ff005c00f70053005400550056005700580059005a00b200d400d600d200d300d5003000310032003300340035003600370038003900b300db00dc00d900da009f";

function ebcdicTable(patch: readonly [number, number][]): number[] {
  const t: number[] = [];
  for (let i = 0; i < 256; i++) t.push(parseInt(EBCDIC_037.slice(i * 4, i * 4 + 4), 16));
  for (const [i, c] of patch) t[i] = c;
  return t;
}

/** A single-byte charset from its 256-entry decode table (U+FFFD = undefined byte). */
function singleByte(table: readonly number[]): TextCodec {
  const rev = new Map<number, number>();
  table.forEach((c, b) => {
    if (c !== 0xfffd && !rev.has(c)) rev.set(c, b);
  });
  return {
    encode: (s) => {
      const out: number[] = [];
      for (const ch of s) {
        const b = rev.get(ch.codePointAt(0)!);
        if (b === undefined) return undefined;
        out.push(b);
      }
      return Uint8Array.from(out);
    },
    decode: (b) => Array.from(b, (x) => String.fromCodePoint(table[x]!)).join(""),
  };
}

/**
 * The decode table of an iconv-lite single-byte charset, patched where
 * x/text's data differs: x/text leaves the C1 range of most ISO 8859
 * charsets undefined, and has a few different code points in KOI8-U and
 * Mac Roman.
 */
function iconvTable(name: string, c1Undefined: boolean, patch: readonly [number, number][] = []): number[] {
  const t: number[] = [];
  for (let b = 0; b < 256; b++) t.push(iconv.decode(Buffer.from([b]), name).codePointAt(0)!);
  if (c1Undefined) for (let b = 0x80; b < 0xa0; b++) t[b] = 0xfffd;
  for (const [b, c] of patch) t[b] = c;
  return t;
}

/** A multi-byte charset through iconv-lite; a character it cannot map (or maps lossily) has no encoding. */
function iconvCodec(name: string): TextCodec {
  return {
    encode: (s) => {
      const b = iconv.encode(s, name);
      return iconv.decode(b, name) === s ? new Uint8Array(b) : undefined;
    },
    decode: (b) => iconv.decode(Buffer.from(b), name),
  };
}

function utf16(bigEndian: boolean, bom: boolean): TextCodec {
  return {
    encode: (s) => {
      const out: number[] = bom ? [0xfe, 0xff] : [];
      for (let i = 0; i < s.length; i++) {
        const u = s.charCodeAt(i);
        out.push(...(bigEndian ? [u >> 8, u & 255] : [u & 255, u >> 8]));
      }
      return Uint8Array.from(out);
    },
    decode: (b) => {
      let be = bigEndian;
      let start = 0;
      if (bom && b.length >= 2) {
        if (b[0] === 0xfe && b[1] === 0xff) [be, start] = [true, 2];
        else if (b[0] === 0xff && b[1] === 0xfe) [be, start] = [false, 2];
      }
      const units: number[] = [];
      for (let i = start; i + 1 < b.length; i += 2)
        units.push(be ? (b[i]! << 8) | b[i + 1]! : b[i]! | (b[i + 1]! << 8));
      let out = "";
      for (let i = 0; i < units.length; i++) {
        const u = units[i]!;
        if (u >= 0xd800 && u < 0xdc00 && i + 1 < units.length && units[i + 1]! >= 0xdc00 && units[i + 1]! < 0xe000) {
          out += String.fromCharCode(u, units[++i]!);
        } else if (u >= 0xd800 && u < 0xe000) out += "\ufffd";
        else out += String.fromCharCode(u);
      }
      // A trailing odd byte is an incomplete character.
      if ((b.length - start) % 2 === 1) out += "\ufffd";
      return out;
    },
  };
}

const utf8Codec: TextCodec = { encode: (s) => utf8(s), decode: (b) => fromUTF8(b) };

/** x/text ISO-2022-JP: ASCII, JIS X 0201 katakana (ESC ( I) and JIS X 0208 (ESC $ B), built on EUC-JP. */
const iso2022jp: TextCodec = {
  encode: (s) => {
    const out: number[] = [];
    let mode = "ascii";
    const esc = (m: string, seq: number[]): void => {
      if (mode !== m) out.push(0x1b, ...seq);
      mode = m;
    };
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) {
        esc("ascii", [0x28, 0x42]);
        out.push(c);
        continue;
      }
      const e = iconv.encode(ch, "euc-jp");
      if (iconv.decode(e, "euc-jp") !== ch) return undefined;
      if (e.length === 2 && e[0] === 0x8e) {
        esc("kana", [0x28, 0x49]);
        out.push(e[1]! - 0x80);
      } else if (e.length === 2 && e[0]! >= 0xa1 && e[1]! >= 0xa1) {
        esc("jis", [0x24, 0x42]);
        out.push(e[0]! - 0x80, e[1]! - 0x80);
      } else return undefined;
    }
    esc("ascii", [0x28, 0x42]);
    return Uint8Array.from(out);
  },
  decode: (b) => {
    let out = "";
    let mode = "ascii";
    for (let i = 0; i < b.length;) {
      const c = b[i]!;
      if (c === 0x1b) {
        const seq = String.fromCharCode(...b.subarray(i + 1, i + 3));
        const m =
          seq === "(B" || seq === "(J"
            ? "ascii"
            : seq === "(I"
              ? "kana"
              : seq === "$@" || seq === "$B"
                ? "jis"
                : undefined;
        if (m === undefined) {
          out += "\ufffd";
          i++;
          continue;
        }
        mode = m;
        i += 3;
        continue;
      }
      if (c === 0x0a || c === 0x0d || mode === "ascii") {
        out += c < 0x80 ? String.fromCharCode(c) : "\ufffd";
        i++;
      } else if (mode === "kana") {
        out += c >= 0x21 && c <= 0x5f ? String.fromCharCode(0xff61 + c - 0x21) : "\ufffd";
        i++;
      } else {
        const d = i + 1 < b.length ? iconv.decode(Buffer.from([c + 0x80, b[i + 1]! + 0x80]), "euc-jp") : "\ufffd";
        out += d.length === 1 ? d : "\ufffd";
        i += 2;
      }
    }
    return out;
  },
};

/** x/text HZ-GB-2312: ASCII ("~" doubled) and "~{" GB2312 "~}" (closed only when returning to ASCII). */
const hzgb2312: TextCodec = {
  encode: (s) => {
    const out: number[] = [];
    let gb = false;
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) {
        if (gb) out.push(0x7e, 0x7d);
        gb = false;
        out.push(...(c === 0x7e ? [0x7e, 0x7e] : [c]));
        continue;
      }
      // x/text's HZ encoder uses the GB 18030 two-byte codes (the euro sign is A2E3, not GBK's 80).
      const e = iconv.encode(ch, "gb18030");
      if (
        e.length !== 2 ||
        e[0]! < 0xa1 ||
        e[0]! > 0xfe ||
        e[1]! < 0xa1 ||
        e[1]! > 0xfe ||
        iconv.decode(e, "gb18030") !== ch
      )
        return undefined;
      if (!gb) out.push(0x7e, 0x7b);
      gb = true;
      out.push(e[0]! - 0x80, e[1]! - 0x80);
    }
    return Uint8Array.from(out);
  },
  decode: (b) => {
    let out = "";
    let gb = false;
    for (let i = 0; i < b.length;) {
      const c = b[i]!;
      if (c === 0x7e) {
        const n = b[i + 1];
        if (n === 0x7e) out += "~";
        else if (n === 0x7b) gb = true;
        else if (n === 0x7d) gb = false;
        else if (n !== 0x0a) out += "\ufffd";
        i += 2;
        continue;
      }
      if (!gb || c < 0x21) {
        out += c < 0x80 ? String.fromCharCode(c) : "\ufffd";
        i++;
        continue;
      }
      const d = i + 1 < b.length ? iconv.decode(Buffer.from([c + 0x80, b[i + 1]! + 0x80]), "gb18030") : "\ufffd";
      out += d.length === 1 ? d : "\ufffd";
      i += 2;
    }
    return out;
  },
};

const ISO_C1_UNDEFINED = ["2", "3", "4", "5", "6", "7", "8", "10", "13", "14", "15", "16"];

function makeCodec(name: string): TextCodec {
  switch (name) {
    case "US-ASCII":
      return singleByte(Array.from({ length: 256 }, (_, b) => (b < 0x80 ? b : 0xfffd)));
    case "UTF-8":
      return utf8Codec;
    case "UTF-16":
      return utf16(true, true);
    case "UTF-16BE":
      return utf16(true, false);
    case "UTF-16LE":
      return utf16(false, false);
    case "IBM037":
      return singleByte(ebcdicTable([]));
    case "IBM1047":
      return singleByte(
        ebcdicTable([
          [95, 94],
          [173, 91],
          [176, 172],
          [186, 221],
          [187, 168],
          [189, 93],
        ]),
      );
    case "IBM01140":
      return singleByte(ebcdicTable([[159, 8364]]));
    case "KOI8-R":
      return singleByte(iconvTable("koi8-r", false));
    case "KOI8-U":
      return singleByte(
        iconvTable("koi8-u", false, [
          [0xae, 0x45e],
          [0xbe, 0x40e],
        ]),
      );
    case "macintosh":
      return singleByte(
        iconvTable("macintosh", false, [
          [0xbd, 0x3a9],
          [0xdb, 0x20ac],
          [0xf0, 0xf8ff],
        ]),
      );
    case "ISO-2022-JP":
      return iso2022jp;
    case "HZ-GB-2312":
      return hzgb2312;
    case "Extended_UNIX_Code_Packed_Format_for_Japanese":
      return iconvCodec("euc-jp");
    case "Shift_JIS":
    case "EUC-KR":
    case "GB18030":
    case "GBK":
    case "Big5":
      return iconvCodec(name.toLowerCase());
  }
  const ibm = /^IBM0*(\d+)$/.exec(name);
  if (ibm !== null) return singleByte(iconvTable("cp" + ibm[1]!.padStart(3, "0"), false));
  const iso = /^ISO[-_]8859-(\d+)/.exec(name);
  if (iso !== null) return singleByte(iconvTable("iso-8859-" + iso[1]!, ISO_C1_UNDEFINED.includes(iso[1]!)));
  return singleByte(iconvTable(name, false));
}

const codecs = new Map<string, TextCodec>();

/** The codec and canonical name for an IANA name or alias, as x/text's IANA index resolves it. */
export function ianaEncoding(label: string): { name: string; codec: TextCodec } | undefined {
  const name = IANA_ALIAS.get(goTrimSpace(label).toLowerCase());
  if (name === undefined) return undefined;
  let codec = codecs.get(name);
  if (codec === undefined) codecs.set(name, (codec = makeCodec(name)));
  return { name, codec };
}

/** Packer's `textencodebase64(string, encoding)`. */
export const TextEncodeBase64Func = new Function({
  description:
    "Encodes the input string (UTF-8) to the destination encoding. The output is base64 to account for cty limiting strings to NFC normalised UTF-8 strings.",
  params: [
    { name: "string", type: StringType },
    { name: "encoding", type: StringType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const label = args[1]!.asString();
    const enc = ianaEncoding(label);
    if (enc === undefined) throw new ArgError(1, `${goQuote(label)} is not a supported IANA encoding name or alias`);
    const bytes = enc.codec.encode(args[0]!.asString());
    if (bytes === undefined)
      throw new ArgError(0, `the given string contains characters that cannot be represented in ${enc.name}`);
    return stringVal(base64Encode(bytes));
  },
});

/** Packer's `textdecodebase64(source, encoding)`. */
export const TextDecodeBase64Func = new Function({
  description:
    "Encodes the input base64 blob from an encoding to utf-8. The input is base64 to account for cty limiting strings to NFC normalised UTF-8 strings.",
  params: [
    { name: "source", type: StringType },
    { name: "encoding", type: StringType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const label = args[1]!.asString();
    const enc = ianaEncoding(label);
    if (enc === undefined) throw new ArgError(1, `${goQuote(label)} is not a supported IANA encoding name or alias`);
    const r = base64Decode(args[0]!.asString());
    if (!r.ok) throw new ArgError(0, `the given value is has an invalid base64 symbol at offset ${r.offset}`);
    const text = enc.codec.decode(r.bytes);
    if (text.includes("\ufffd"))
      throw new ArgError(0, `the given string contains symbols that are not defined for ${enc.name}`);
    return stringVal(text);
  },
});

// ====================================================================== yamlencode: libyaml's emitter

/*
 * go-cty-yaml marshals through go-yaml's port of libyaml's emitter. Only
 * the events go-cty-yaml produces occur here (implicit document, block
 * collections that fall back to flow style when empty, plain scalars for
 * numbers, booleans and null, double-quoted or literal strings), and the
 * emitter's decisions (indentation, simple keys, style fallbacks, folding
 * at column 80, the "..." document end after an open-ended root scalar)
 * follow libyaml's state machine.
 */

type ScalarStyle = "plain" | "double" | "literal" | "single" | "folded";

type YEvent =
  | { kind: "scalar"; value: string; style: ScalarStyle }
  | { kind: "seq-start" }
  | { kind: "seq-end" }
  | { kind: "map-start" }
  | { kind: "map-end" }
  | { kind: "doc-end" };

type EmitState =
  | "doc-content"
  | "doc-end"
  | "flow-seq-first"
  | "flow-seq"
  | "flow-map-first"
  | "flow-map-key"
  | "flow-map-simple-value"
  | "flow-map-value"
  | "block-seq-first"
  | "block-seq"
  | "block-map-first"
  | "block-map-key"
  | "block-map-simple-value"
  | "block-map-value"
  | "end";

const isBreakCP = (c: number): boolean => c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
/** libyaml's is_printable, on code points: 4-byte UTF-8 characters count as unprintable. */
const isPrintableCP = (c: number): boolean =>
  c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);

interface ScalarAnalysis {
  multiline: boolean;
  flowPlain: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

function analyzeScalar(value: number[]): ScalarAnalysis {
  if (value.length === 0)
    return { multiline: false, flowPlain: false, blockPlain: true, singleQuoted: true, block: false };
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  const s = String.fromCodePoint(...value.slice(0, 3));
  if (s === "---" || s === "...") {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  const isBlank = (c: number | undefined): boolean => c === 0x20 || c === 0x09;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const ch = String.fromCodePoint(c);
    const followedByWhitespace = i + 1 >= value.length || isBlank(value[i + 1]);
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (ch === "?" || ch === ":") {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (ch === "-" && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (",?[]{}".includes(ch)) flowIndicators = true;
    else if (ch === ":") {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (ch === "#" && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }
    if (!isPrintableCP(c)) specialCharacters = true;
    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i + 1 === value.length) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreakCP(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i + 1 === value.length) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreakCP(c) || c === 0;
  }
  const a: ScalarAnalysis = {
    multiline: lineBreaks,
    flowPlain: true,
    blockPlain: true,
    singleQuoted: true,
    block: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.flowPlain = a.blockPlain = false;
  if (trailingSpace) a.block = false;
  if (breakSpace) a.flowPlain = a.blockPlain = a.singleQuoted = false;
  if (spaceBreak || specialCharacters) a.flowPlain = a.blockPlain = a.singleQuoted = a.block = false;
  if (lineBreaks) a.flowPlain = a.blockPlain = false;
  if (flowIndicators) a.flowPlain = false;
  if (blockIndicators) a.blockPlain = false;
  return a;
}

class Emitter {
  private out = "";
  private readonly events: YEvent[];
  private head = 0;
  private state: EmitState = "doc-content";
  private readonly states: EmitState[] = [];
  private indent = -1;
  private readonly indents: number[] = [];
  private flowLevel = 0;
  private rootContext = false;
  private sequenceContext = false;
  private mappingContext = false;
  private simpleKeyContext = false;
  private column = 0;
  private whitespace = true;
  private indention = true;
  private openEnded = false;
  private scalar: (ScalarAnalysis & { value: number[]; style: ScalarStyle }) | undefined;
  private static readonly bestIndent = 2;
  private static readonly bestWidth = 80;

  constructor(events: YEvent[]) {
    this.events = events;
  }

  run(): string {
    while (this.head < this.events.length) {
      const ev = this.events[this.head]!;
      this.scalar =
        ev.kind === "scalar"
          ? {
              ...analyzeScalar(Array.from(ev.value, (c) => c.codePointAt(0)!)),
              value: Array.from(ev.value, (c) => c.codePointAt(0)!),
              style: ev.style,
            }
          : undefined;
      this.dispatch(ev);
      this.head++;
    }
    // STREAM-END: an open-ended document gets an explicit end marker.
    if (this.openEnded) {
      this.writeIndicator("...", true, false, false);
      this.writeIndent();
    }
    return this.out;
  }

  private put(s: string): void {
    this.out += s;
    this.column += Array.from(s).length;
  }

  private putBreak(): void {
    this.out += "\n";
    this.column = 0;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? Emitter.bestIndent : 0;
    else if (!indentless) this.indent += Emitter.bestIndent;
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  private popState(): void {
    this.state = this.states.pop()!;
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(" ");
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(" ");
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }

  private dispatch(ev: YEvent): void {
    switch (this.state) {
      case "doc-content":
        this.states.push("doc-end");
        this.emitNode(ev, true, false, false, false);
        return;
      case "doc-end":
        // DOCUMENT-END (implicit): end the last line.
        this.writeIndent();
        this.state = "end";
        return;
      case "flow-seq-first":
      case "flow-seq":
        return this.flowSequenceItem(ev, this.state === "flow-seq-first");
      case "flow-map-first":
      case "flow-map-key":
        return this.flowMappingKey(ev, this.state === "flow-map-first");
      case "flow-map-simple-value":
      case "flow-map-value":
        return this.flowMappingValue(ev, this.state === "flow-map-simple-value");
      case "block-seq-first":
      case "block-seq":
        return this.blockSequenceItem(ev, this.state === "block-seq-first");
      case "block-map-first":
      case "block-map-key":
        return this.blockMappingKey(ev, this.state === "block-map-first");
      case "block-map-simple-value":
      case "block-map-value":
        return this.blockMappingValue(ev, this.state === "block-map-simple-value");
      case "end":
        throw new Error("yaml emitter: expected nothing after the document");
    }
  }

  private flowSequenceItem(ev: YEvent, first: boolean): void {
    if (first) {
      this.writeIndicator("[", true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (ev.kind === "seq-end") {
      this.flowLevel--;
      this.popIndent();
      this.writeIndicator("]", false, false, false);
      this.popState();
      return;
    }
    if (!first) this.writeIndicator(",", false, false, false);
    if (this.column > Emitter.bestWidth) this.writeIndent();
    this.states.push("flow-seq");
    this.emitNode(ev, false, true, false, false);
  }

  private flowMappingKey(ev: YEvent, first: boolean): void {
    if (first) {
      this.writeIndicator("{", true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (ev.kind === "map-end") {
      this.flowLevel--;
      this.popIndent();
      this.writeIndicator("}", false, false, false);
      this.popState();
      return;
    }
    if (!first) this.writeIndicator(",", false, false, false);
    if (this.column > Emitter.bestWidth) this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push("flow-map-simple-value");
      this.emitNode(ev, false, false, true, true);
      return;
    }
    this.writeIndicator("?", true, false, false);
    this.states.push("flow-map-value");
    this.emitNode(ev, false, false, true, false);
  }

  private flowMappingValue(ev: YEvent, simple: boolean): void {
    if (simple) this.writeIndicator(":", false, false, false);
    else {
      if (this.column > Emitter.bestWidth) this.writeIndent();
      this.writeIndicator(":", true, false, false);
    }
    this.states.push("flow-map-key");
    this.emitNode(ev, false, false, true, false);
  }

  private blockSequenceItem(ev: YEvent, first: boolean): void {
    if (first) this.increaseIndent(false, this.mappingContext && !this.indention);
    if (ev.kind === "seq-end") {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    this.writeIndicator("-", true, false, true);
    this.states.push("block-seq");
    this.emitNode(ev, false, true, false, false);
  }

  private blockMappingKey(ev: YEvent, first: boolean): void {
    if (first) this.increaseIndent(false, false);
    if (ev.kind === "map-end") {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push("block-map-simple-value");
      this.emitNode(ev, false, false, true, true);
      return;
    }
    this.writeIndicator("?", true, false, true);
    this.states.push("block-map-value");
    this.emitNode(ev, false, false, true, false);
  }

  private blockMappingValue(ev: YEvent, simple: boolean): void {
    if (simple) this.writeIndicator(":", false, false, false);
    else {
      this.writeIndent();
      this.writeIndicator(":", true, false, true);
    }
    this.states.push("block-map-key");
    this.emitNode(ev, false, false, true, false);
  }

  private emitNode(ev: YEvent, root: boolean, sequence: boolean, mapping: boolean, simpleKey: boolean): void {
    this.rootContext = root;
    this.sequenceContext = sequence;
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    switch (ev.kind) {
      case "scalar":
        this.emitScalar();
        return;
      case "seq-start":
        this.state = this.flowLevel > 0 || this.checkEmpty("seq-end") ? "flow-seq-first" : "block-seq-first";
        return;
      case "map-start":
        this.state = this.flowLevel > 0 || this.checkEmpty("map-end") ? "flow-map-first" : "block-map-first";
        return;
      default:
        throw new Error(`yaml emitter: expected SCALAR, SEQUENCE-START or MAPPING-START, but got ${ev.kind}`);
    }
  }

  private checkEmpty(end: "seq-end" | "map-end"): boolean {
    return this.events[this.head + 1]?.kind === end;
  }

  private checkSimpleKey(): boolean {
    const ev = this.events[this.head]!;
    switch (ev.kind) {
      case "scalar":
        if (this.scalar!.multiline) return false;
        return utf8(ev.value).length <= 128;
      case "seq-start":
        return this.checkEmpty("seq-end");
      case "map-start":
        return this.checkEmpty("map-end");
      default:
        return false;
    }
  }

  private emitScalar(): void {
    const sc = this.scalar!;
    let style = sc.style;
    if (this.simpleKeyContext && sc.multiline) style = "double";
    if (style === "plain") {
      if ((this.flowLevel > 0 && !sc.flowPlain) || (this.flowLevel === 0 && !sc.blockPlain)) style = "single";
      if (sc.value.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = "single";
    }
    if (style === "single" && !sc.singleQuoted) style = "double";
    if ((style === "literal" || style === "folded") && (!sc.block || this.flowLevel > 0 || this.simpleKeyContext))
      style = "double";
    this.increaseIndent(true, false);
    switch (style) {
      case "plain":
        this.writePlain(sc.value, !this.simpleKeyContext);
        break;
      case "single":
        this.writeSingleQuoted(sc.value, !this.simpleKeyContext);
        break;
      case "double":
        this.writeDoubleQuoted(sc.value, !this.simpleKeyContext);
        break;
      case "literal":
        this.writeLiteral(sc.value);
        break;
      case "folded":
        throw new Error("yaml emitter: folded scalars are not produced");
    }
    this.popIndent();
    this.popState();
  }

  private writeChar(c: number): void {
    this.put(String.fromCodePoint(c));
  }

  private writeBreakChar(c: number): void {
    if (c === 0x0a) this.putBreak();
    else {
      this.writeChar(c);
      this.column = 0;
    }
  }

  private writePlain(value: number[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(" ");
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > Emitter.bestWidth && value[i + 1] !== 0x20) this.writeIndent();
        else this.writeChar(c);
        spaces = true;
      } else if (isBreakCP(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.writeChar(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
    if (this.rootContext) this.openEnded = true;
  }

  private writeSingleQuoted(value: number[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      if (c === 0x20) {
        if (
          allowBreaks &&
          !spaces &&
          this.column > Emitter.bestWidth &&
          i > 0 &&
          i < value.length - 1 &&
          value[i + 1] !== 0x20
        )
          this.writeIndent();
        else this.writeChar(c);
        spaces = true;
      } else if (isBreakCP(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === 0x27) this.put("'");
        this.writeChar(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuoted(value: number[], allowBreaks: boolean): void {
    let spaces = false;
    this.writeIndicator('"', true, false, false);
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      if (!isPrintableCP(c) || c === 0xfeff || isBreakCP(c) || c === 0x22 || c === 0x5c) {
        this.put("\\");
        const simple: Record<number, string> = {
          0x00: "0",
          0x07: "a",
          0x08: "b",
          0x09: "t",
          0x0a: "n",
          0x0b: "v",
          0x0c: "f",
          0x0d: "r",
          0x1b: "e",
          0x22: '"',
          0x5c: "\\",
          0x85: "N",
          0xa0: "_",
          0x2028: "L",
          0x2029: "P",
        };
        if (simple[c] !== undefined) this.put(simple[c]!);
        else if (c <= 0xff) this.put("x" + c.toString(16).toUpperCase().padStart(2, "0"));
        else if (c <= 0xffff) this.put("u" + c.toString(16).toUpperCase().padStart(4, "0"));
        else this.put("U" + c.toString(16).toUpperCase().padStart(8, "0"));
        spaces = false;
      } else if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > Emitter.bestWidth && i > 0 && i < value.length - 1) {
          this.writeIndent();
          if (value[i + 1] === 0x20) this.put("\\");
        } else this.writeChar(c);
        spaces = true;
      } else {
        this.writeChar(c);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(value: number[]): void {
    this.writeIndicator("|", true, false, false);
    // Block scalar hints: an indentation indicator for leading space or break, then chomping.
    if (value[0] === 0x20 || isBreakCP(value[0] ?? -1))
      this.writeIndicator(String(Emitter.bestIndent), false, false, false);
    this.openEnded = false;
    let chomp = "";
    if (value.length === 0) chomp = "-";
    else if (!isBreakCP(value[value.length - 1]!)) chomp = "-";
    else if (value.length === 1) {
      chomp = "+";
      this.openEnded = true;
    } else if (isBreakCP(value[value.length - 2]!)) {
      chomp = "+";
      this.openEnded = true;
    }
    if (chomp !== "") this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of value) {
      if (isBreakCP(c)) {
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.writeChar(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

function yamlEvents(v: Value, out: YEvent[]): void {
  if (v.isNull()) {
    out.push({ kind: "scalar", value: "null", style: "plain" });
    return;
  }
  if (!v.isKnown()) throw new FunctionError("cannot serialize unknown value as YAML");
  const t = v.type;
  switch (t.kind) {
    case "string": {
      const s = v.asString();
      out.push({ kind: "scalar", value: s, style: s.includes("\n") ? "literal" : "double" });
      return;
    }
    case "number": {
      const n = v.asNumber();
      let s = num.numberText(n, v.prec);
      if (num.isInfinite(n)) s = num.sign(n) > 0 ? "+.Inf" : "-.Inf";
      out.push({ kind: "scalar", value: s, style: "plain" });
      return;
    }
    case "bool":
      out.push({ kind: "scalar", value: v.asBool() ? "true" : "false", style: "plain" });
      return;
    case "list":
    case "set":
    case "tuple":
      out.push({ kind: "seq-start" });
      for (const e of v.elements()) yamlEvents(e, out);
      out.push({ kind: "seq-end" });
      return;
    case "map":
    case "object":
      out.push({ kind: "map-start" });
      for (const [k, e] of v.entries()) {
        out.push({ kind: "scalar", value: k, style: k.includes("\n") ? "literal" : "double" });
        yamlEvents(e, out);
      }
      out.push({ kind: "map-end" });
      return;
    default:
      throw new FunctionError(`can't marshal ${t.friendlyName()} as YAML`);
  }
}

/** go-cty-yaml `Marshal` with the Standard converter (block style). */
export function yamlMarshal(v: Value): string {
  const events: YEvent[] = [];
  yamlEvents(v, events);
  events.push({ kind: "doc-end" });
  return new Emitter(events).run();
}

/** go-cty-yaml `yamlencode`. */
export const YAMLEncodeFunc = new Function({
  description: "Returns a string containing a YAML representation of the given value.",
  params: [{ name: "value", type: DynamicPseudoType, allowNull: true, allowDynamicType: true }],
  type: staticReturnType(StringType),
  impl: (args) => stringVal(yamlMarshal(args[0]!)),
});

// ====================================================================== yamldecode: go-cty-yaml's resolution

/*
 * The YAML syntax is read by the `yaml` package (YAML 1.1 mode, every
 * scalar kept as text); the document is then walked in order, as
 * go-cty-yaml consumes libyaml's events, applying go-cty-yaml's rules:
 * YAML 1.1 implicit typing of plain scalars, quoted scalars as strings,
 * tags, anchors and aliases (no cycles), merge keys, string-only keys.
 */

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

function isQuoted(n: YNode): boolean {
  return isScalar(n) && (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE");
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
  if (isAlias(n)) {
    w.aliasCount++;
    const name = n.source;
    if (w.anchorsPending.has(name))
      posError(w, offset, `cannot refer to anchor ${goQuote(name)} from inside its own definition`, 1);
    const r = w.anchorVals.get(name);
    if (r === undefined) posError(w, offset, `reference to undefined anchor ${goQuote(name)}`, 1);
    return r;
  }
  if (isScalar(n)) {
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
      v = resolveScalar(tag, src, isQuoted(n));
    } catch (e) {
      if (e instanceof YAMLError) throw e;
      posError(w, offset, (e as Error).message);
    }
    // "<<" outside a mapping key is just a string.
    if (v === MERGE) v = stringVal("<<");
    return complete(v === null ? nullResult(w) : typeOf(w, v));
  }
  if (isMap(n)) {
    const tag = n.tag ?? "";
    if (tag !== "" && tag !== MAP_TAG) posError(w, offset, `can't interpret mapping as ${tag}`);
    const vals = new Map<string, Resolved>();
    for (const pair of n.items) {
      const key = pair.key as YNode | null;
      const keyOffset = key?.range?.[0] ?? offset;
      if (
        key !== null &&
        isScalar(key) &&
        ((key.tag ?? "") === MERGE_TAG || ((key.tag ?? "") === "" && String(key.value) === "<<"))
      ) {
        w.decodeCount++;
        const val = walkYAML(w, pair.value as YNode | null);
        mergeInto(w, vals, val, keyOffset);
        continue;
      }
      if (key === null || !isScalar(key)) {
        posError(w, keyOffset, "only strings are allowed as mapping keys");
      }
      w.decodeCount++;
      const kv = resolveScalar(key.tag ?? "", String(key.value), isQuoted(key));
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
  if (isSeq(n)) {
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

function parseYAML(src: string, typeMode: boolean): Resolved {
  if (src === "") src = "\n";
  const lines = new LineCounter();
  const docs = parseAllDocuments(src, {
    version: "1.1",
    schema: "failsafe",
    merge: false,
    uniqueKeys: false,
    lineCounter: lines,
    prettyErrors: false,
    strict: false,
  });
  const w: YAMLWalk = {
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

function yamlFail(e: unknown): never {
  if (e instanceof YAMLError) throw new FunctionError(e.message);
  throw e;
}

/** go-cty-yaml `yamldecode`: the type is implied by the document (YAML 1.1 typing of plain scalars). */
export const YAMLDecodeFunc = new Function({
  description: "Parses the given string as YAML and returns a value corresponding to what the YAML document describes.",
  params: [{ name: "src", type: StringType }],
  type: (args) => {
    const src = args[0]!;
    if (!src.isKnown()) return DynamicPseudoType;
    try {
      return parseYAML(src.asString(), true) as Type;
    } catch (e) {
      yamlFail(e);
    }
  },
  impl: (args, retType) => {
    try {
      const v = parseYAML(args[0]!.asString(), false) as Value;
      return convert(v, retType);
    } catch (e) {
      if (e instanceof ConversionError) throw new FunctionError(e.message);
      yamlFail(e);
    }
  },
});

// ====================================================================== the table

/** The encoding functions of Packer's table, by name. */
export const encodingFunctions: Readonly<Record<string, Function>> = {
  base64decode: Base64DecodeFunc,
  base64encode: Base64EncodeFunc,
  base64gzip: Base64GzipFunc,
  csvdecode: CSVDecodeFunc,
  jsondecode: JSONDecodeFunc,
  jsonencode: JSONEncodeFunc,
  textdecodebase64: TextDecodeBase64Func,
  textencodebase64: TextEncodeBase64Func,
  urlencode: URLEncodeFunc,
  yamldecode: YAMLDecodeFunc,
  yamlencode: YAMLEncodeFunc,
};
