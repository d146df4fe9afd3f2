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
 *
 * The larger ports (UTF-8 and base64 handling, deflate, the text
 * encodings, YAML) have modules of their own; their public helpers are
 * re-exported here so that this stays the one place to import the
 * encoding functions and their helpers from.
 */
import { ConversionError } from "../cty/convert.js";
import { impliedType, JSONSyntaxError, marshalValue, parseJSONText, unmarshalValue } from "../cty/json.js";
import { goQuote } from "../cty/quote.js";
import {
  DynamicPseudoType,
  listOf,
  type ListType,
  objectOf,
  type ObjectType,
  StringType,
  type Type,
} from "../cty/types.js";
import { listVal, listValEmpty, objectVal, stringVal, unknownVal, type Value } from "../cty/value.js";
import { base64Decode, base64Encode } from "./base64.js";
import { goGzip } from "./deflate.js";
import { ArgError, Function, FunctionError, staticReturnType } from "./function.js";
import { ianaEncoding } from "./text-encodings.js";
import { fromUTF8, utf8, validUTF8 } from "./utf8.js";
import { YAMLDecodeFunc, YAMLEncodeFunc } from "./yaml.js";

export { base64Decode, base64Encode, type Base64Result } from "./base64.js";
export { goGzip } from "./deflate.js";
export { ianaEncoding } from "./text-encodings.js";
export { fromUTF8, goQuoteBytes, utf8, validUTF8 } from "./utf8.js";
export { YAMLDecodeFunc, YAMLEncodeFunc, yamlMarshal } from "./yaml.js";

// ====================================================================== base64

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

/** Packer's `base64gzip`. */
export const Base64GzipFunc = new Function({
  description: "Compresses the UTF-8 bytes of a string with gzip and encodes the result with standard base64.",
  params: [{ name: "str", type: StringType }],
  type: staticReturnType(StringType),
  impl: (args) => stringVal(base64Encode(goGzip(utf8(args[0]!.asString())))),
});

// ====================================================================== textencodebase64 / textdecodebase64

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
