/**
 * `format` and `formatlist` (FN-20), as go-cty's stdlib implements them: a
 * printf-like format string scanned by cty's own state machine, verbs
 * applied to cty values, and numeric verbs handed to Go's `fmt` with a
 * `*big.Float` or `*big.Int` operand, which this module reproduces on
 * BigFloat values digit for digit (never through a double).
 *
 * The scanner accepts `%`, flags (`0 # - + space`), a width, a precision,
 * an argument index `[n]` — after width and precision, where cty's grammar
 * puts it — and a letter. Error messages, their byte offsets and Go's
 * quoting of runes and verbs are cty's.
 *
 * Packer 1.14 is built with Go 1.23 or later, whose `fmt` passes the `0`
 * flag to a formatter even when `-` is present; `big.Float` then pads with
 * zeros on the left (`%-08.2f` of 1.5 is "00001.50"). Go 1.19, which built
 * go-cty 1.12's reference results, dropped the `0` (giving "1.50    ").
 * Plinth follows Packer. Integer verbs are unaffected: `big.Int` honours
 * `-` first.
 *
 * Widths beyond 2^28 characters, which Go would try to allocate, are an
 * error here.
 */
import { BigFloat } from "../cty/bigfloat.js";
import { ConversionError, convert } from "../cty/convert.js";
import { goJSONString, marshalValue } from "../cty/json.js";
import { goQuote } from "../cty/quote.js";
import { BoolType, DynamicPseudoType, listOf, NumberType, StringType, type Type } from "../cty/types.js";
import { DynamicVal, listVal, listValEmpty, stringVal, unknownVal, type Value } from "../cty/value.js";
import { ArgError, Function, FunctionError, staticReturnType } from "./function.js";
import { graphemes } from "./string.js";

// ---------------------------------------------------------------- Go quoting

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Go's `%q` of a rune (strconv.QuoteRune). */
export function goQuoteRune(ch: string): string {
  const c = ch.codePointAt(0)!;
  switch (c) {
    case 0x27:
      return "'\\''";
    case 0x5c:
      return "'\\\\'";
    case 0x07:
      return "'\\a'";
    case 0x08:
      return "'\\b'";
    case 0x0c:
      return "'\\f'";
    case 0x0a:
      return "'\\n'";
    case 0x0d:
      return "'\\r'";
    case 0x09:
      return "'\\t'";
    case 0x0b:
      return "'\\v'";
  }
  if (c === 0x20 || PRINTABLE.test(ch)) return `'${ch}'`;
  if (c < 0x80) return `'\\x${c.toString(16).padStart(2, "0")}'`;
  if (c < 0x10000) return `'\\u${c.toString(16).padStart(4, "0")}'`;
  return `'\\U${c.toString(16).padStart(8, "0")}'`;
}

// ---------------------------------------------------------------- verbs

/** One `%…` sequence, as cty's scanner records it. */
interface Verb {
  /** The sequence as written, `%` to the verb letter. */
  raw: string;
  /** Byte offset of the `%` in the UTF-8 format string. */
  offset: number;
  /** 1-based argument number. */
  argNum: bigint;
  mode: string;
  zero: boolean;
  sharp: boolean;
  plus: boolean;
  minus: boolean;
  space: boolean;
  /** -1 when absent. */
  width: bigint;
  /** -1 when absent. */
  prec: bigint;
}

/** Plinth's limit on padding: Go would try to allocate the string, JavaScript cannot hold it. */
const MAX_PAD = 1 << 28;

function fail(verb: Verb, message: string): never {
  throw new FunctionError(`unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: ${message}`);
}

/** cty's formatPadWidth: pads to the width counted in grapheme clusters. */
function padWidth(verb: Verb, s: string): string {
  if (verb.width < 0n) return s;
  const have = graphemes(s).length;
  if (BigInt(have) >= verb.width) return s;
  const n = verb.width - BigInt(have);
  if (n > BigInt(MAX_PAD)) throw new FunctionError(`width ${verb.width} in ${goQuote(verb.raw)} is too large`);
  const pad = (verb.zero ? "0" : " ").repeat(Number(n));
  return verb.minus ? s + pad : pad + s;
}

/**
 * The number's exact BigFloat. (Value.asBigFloat turns the fast form's -0
 * into +0; Go keeps the sign, and `%e` of -0 prints "-0.000000e+00".)
 */
function bigFloatOf(v: Value): BigFloat {
  const n = v.asNumber();
  if (typeof n === "number" && Object.is(n, -0)) return BigFloat.zero(true, v.prec);
  return v.asBigFloat();
}

function convertFor(verb: Verb, arg: Value, t: Type): Value {
  try {
    return convert(arg, t);
  } catch (e) {
    if (e instanceof ConversionError) fail(verb, e.message);
    throw e;
  }
}

/** `%v` and `%#v`: strings and numbers as themselves (unless `#`), everything else as JSON. */
function formatAsIs(verb: Verb, arg: Value): string {
  if (!verb.sharp && !arg.isNull()) {
    if (arg.type.kind === "string") return padWidth(verb, arg.asString());
    if (arg.type.kind === "number") return padWidth(verb, bigFloatOf(arg).text("g", -1));
  }
  let json: string;
  try {
    json = marshalValue(arg, arg.type);
  } catch (e) {
    if (e instanceof ConversionError) fail(verb, e.message);
    throw e;
  }
  return padWidth(verb, json);
}

/** `%t`: converted to bool; cty ignores width and flags here. */
function formatBool(verb: Verb, arg: Value): string {
  return convertFor(verb, arg, BoolType).asBool() ? "true" : "false";
}

/** `%s` and `%q`: converted to string, cut to `prec` grapheme clusters when prec > 0. */
function formatString(verb: Verb, arg: Value): string {
  let s = convertFor(verb, arg, StringType).asString();
  if (verb.prec > 0n) {
    const clusters = graphemes(s);
    if (BigInt(clusters.length) > verb.prec) s = clusters.slice(0, Number(verb.prec)).join("");
  }
  return padWidth(verb, verb.mode === "q" ? goJSONString(s) : s);
}

// ---------------------------------------------------------------- Go's fmt for big numbers

/** What Go's fmt hands a Formatter: flags, width and precision parsed from the verb. */
interface FmtState {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number | undefined;
  prec: number | undefined;
}

/**
 * fmt's `parsenum` gives up on numbers above a million (checking before each
 * digit), and Sprintf then prints `%!(NOVERB)` and the unused operand in
 * place of the verb.
 */
function tooLargeForFmt(n: bigint): boolean {
  return n >= 0n && n / 10n > 1_000_000n;
}

/** The state Go's `fmt.Sprintf` parses from the verb without its `[n]` (cty's formatStripIndexSegment). */
function fmtState(verb: Verb): FmtState | undefined {
  if (tooLargeForFmt(verb.width) || tooLargeForFmt(verb.prec)) return undefined;
  return {
    minus: verb.minus,
    plus: verb.plus,
    sharp: verb.sharp,
    space: verb.space,
    // Go 1.23 and later keep the 0 flag alongside - (see the module comment).
    zero: verb.zero,
    width: verb.width >= 0n ? Number(verb.width) : undefined,
    prec: verb.prec >= 0n ? Number(verb.prec) : undefined,
  };
}

function repeat(s: string, n: number): string {
  if (n <= 0) return "";
  if (n > MAX_PAD) throw new FunctionError(`width ${n} is too large`);
  return s.repeat(n);
}

/** `big.Float.Format` for %e %E %f %g %G. */
function goFormatFloat(x: BigFloat, mode: string, st: FmtState): string {
  let prec = st.prec ?? 6;
  if ((mode === "g" || mode === "G") && st.prec === undefined) prec = -1;
  let buf = x.text(mode as "e" | "E" | "f" | "g" | "G", prec);
  let sign = "";
  if (buf[0] === "-") {
    sign = "-";
    buf = buf.slice(1);
  } else if (buf[0] === "+") {
    // only +Inf carries a sign of its own
    sign = st.space ? " " : "+";
    buf = buf.slice(1);
  } else if (st.plus) sign = "+";
  else if (st.space) sign = " ";
  const padding =
    st.width !== undefined && st.width > sign.length + buf.length ? st.width - sign.length - buf.length : 0;
  if (st.zero && !x.isInf()) return sign + repeat("0", padding) + buf;
  if (st.minus) return sign + buf + repeat(" ", padding);
  return repeat(" ", padding) + sign + buf;
}

/** `big.Int.Format` for %b %d %o %x %X. */
function goFormatInt(x: bigint, mode: string, st: FmtState): string {
  const base = mode === "b" ? 2 : mode === "o" ? 8 : mode === "d" ? 10 : 16;
  const sign = x < 0n ? "-" : st.plus ? "+" : st.space ? " " : "";
  let prefix = "";
  if (st.sharp) prefix = mode === "b" ? "0b" : mode === "o" ? "0" : mode === "x" ? "0x" : mode === "X" ? "0X" : "";
  let digits = (x < 0n ? -x : x).toString(base);
  if (mode === "X") digits = digits.toUpperCase();
  let zeros = 0;
  if (st.prec !== undefined) {
    if (digits.length < st.prec) zeros = st.prec - digits.length;
    // zero with precision 0 prints nothing at all, width or not
    else if (digits === "0" && st.prec === 0) return "";
  }
  let left = 0;
  let right = 0;
  const length = sign.length + prefix.length + zeros + digits.length;
  if (st.width !== undefined && length < st.width) {
    const d = st.width - length;
    if (st.minus) right = d;
    else if (st.zero && st.prec === undefined) zeros = d;
    else left = d;
  }
  return repeat(" ", left) + sign + prefix + repeat("0", zeros) + digits + repeat(" ", right);
}

function formatNumber(verb: Verb, arg: Value): string {
  const n = bigFloatOf(convertFor(verb, arg, NumberType));
  const integer = verb.mode === "b" || verb.mode === "d" || verb.mode === "o" || verb.mode === "x" || verb.mode === "X";
  let whole: bigint | undefined;
  if (integer) {
    const i = n.int();
    if (i === undefined || !i.exact) fail(verb, "an integer is required");
    whole = i.value;
  }
  const st = fmtState(verb);
  if (st === undefined) {
    // Sprintf found no verb, so it reports the operand as unused, printed with %v.
    const extra = integer ? `*big.Int=${whole!.toString()}` : `*big.Float=${n.text("g", -1)}`;
    return `%!(NOVERB)%!(EXTRA ${extra})`;
  }
  return integer ? goFormatInt(whole!, verb.mode, st) : goFormatFloat(n, verb.mode, st);
}

/** cty's formatAppend: one verb applied to its argument. */
function formatVerb(verb: Verb, args: readonly Value[]): string {
  const argIdx = BigInt.asIntN(64, verb.argNum - 1n);
  if (argIdx >= BigInt(args.length)) {
    throw new FunctionError(
      `not enough arguments for ${goQuote(verb.raw)} at ${verb.offset}: need index ${verb.argNum} but have ${args.length} total`,
    );
  }
  if (argIdx < 0n) {
    // Only an index that overflowed Go's int gets here; Go panics on the slice access.
    throw new FunctionError(`panic in function implementation: runtime error: index out of range [${argIdx}]`);
  }
  const arg = args[Number(argIdx)]!;
  if (verb.mode !== "v" && arg.isNull()) fail(verb, "null value cannot be formatted");
  switch (verb.mode) {
    case "v":
      return formatAsIs(verb, arg);
    case "t":
      return formatBool(verb, arg);
    case "b":
    case "d":
    case "o":
    case "x":
    case "X":
    case "e":
    case "E":
    case "f":
    case "g":
    case "G":
      return formatNumber(verb, arg);
    case "s":
    case "q":
      return formatString(verb, arg);
    default:
      throw new FunctionError(
        `unsupported format verb ${goQuoteRune(verb.mode)} in ${goQuote(verb.raw)} at offset ${verb.offset}`,
      );
  }
}

// ---------------------------------------------------------------- the format string scanner

const FLAGS = "0#-+ ";

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}
function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
}

/** UTF-8 length of a code point. */
function utf8Len(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Go's int arithmetic for the numbers in a verb: 10×n + digit, wrapping at 64 bits. */
function addDigit(n: bigint, d: string): bigint {
  return BigInt.asIntN(64, n * 10n + BigInt(d.charCodeAt(0) - 48));
}

/**
 * cty's formatFSM: scans `format`, applies each verb to `args`, and checks
 * that every argument was used. Throws FunctionError, or ArgError (indexed
 * among all the function's arguments, the format string being 0) for
 * unused arguments.
 */
export function formatFSM(format: string, args: readonly Value[]): string {
  const cps = [...format];
  // byte offsets of each code point, and of the end
  const offsets: number[] = [];
  let b = 0;
  for (const ch of cps) {
    offsets.push(b);
    b += utf8Len(ch.codePointAt(0)!);
  }
  const end = b;
  let out = "";
  let nextArg = 1n;
  let highest = 0n;
  let i = 0;
  const badChar = (): never => {
    throw new FunctionError(`unrecognized format character ${goQuoteRune(cps[i]!)} at offset ${offsets[i]}`);
  };
  const atEnd = (): void => {
    if (i >= cps.length) throw new FunctionError(`invalid format string starting at offset ${end}`);
  };
  while (i < cps.length) {
    const ch = cps[i]!;
    if (ch !== "%") {
      out += ch;
      i++;
      continue;
    }
    const start = i;
    i++;
    atEnd();
    if (cps[i] === "%") {
      out += "%";
      i++;
      continue;
    }
    const verb: Verb = {
      raw: "",
      offset: offsets[start]!,
      argNum: nextArg,
      mode: "",
      zero: false,
      sharp: false,
      plus: false,
      minus: false,
      space: false,
      width: -1n,
      prec: -1n,
    };
    while (i < cps.length && FLAGS.includes(cps[i]!)) {
      switch (cps[i]) {
        case "0":
          verb.zero = true;
          break;
        case "#":
          verb.sharp = true;
          break;
        case "-":
          verb.minus = true;
          break;
        case "+":
          verb.plus = true;
          break;
        case " ":
          verb.space = true;
      }
      i++;
    }
    atEnd();
    if (cps[i]! >= "1" && cps[i]! <= "9") {
      verb.width = 0n;
      while (isDigit(cps[i])) verb.width = addDigit(verb.width, cps[i++]!);
      atEnd();
    }
    if (cps[i] === ".") {
      verb.prec = 0n;
      i++;
      atEnd();
      while (isDigit(cps[i])) verb.prec = addDigit(verb.prec, cps[i++]!);
      atEnd();
    }
    if (cps[i] === "[") {
      i++;
      atEnd();
      if (!(cps[i]! >= "1" && cps[i]! <= "9")) badChar();
      verb.argNum = 0n;
      while (isDigit(cps[i])) verb.argNum = addDigit(verb.argNum, cps[i++]!);
      atEnd();
      if (cps[i] !== "]") badChar();
      i++;
      atEnd();
    }
    if (!isLetter(cps[i])) badChar();
    verb.mode = cps[i]!;
    i++;
    verb.raw = cps.slice(start, i).join("");
    if (verb.argNum > highest) highest = verb.argNum;
    out += formatVerb(verb, args);
    nextArg = BigInt.asIntN(64, verb.argNum + 1n);
  }
  if (highest < BigInt(args.length)) {
    const firstBad = Number(highest) + 1;
    throw new ArgError(
      firstBad,
      highest === 0n
        ? "too many arguments; no verbs in format string"
        : `too many arguments; only ${highest} used by format string`,
    );
  }
  return out;
}

// ---------------------------------------------------------------- functions

export const FormatFunc = new Function({
  description: "Builds a string by applying printf-style formatting verbs to the arguments.",
  params: [{ name: "format", type: StringType }],
  varParam: { name: "args", type: DynamicPseudoType, allowNull: true },
  type: staticReturnType(StringType),
  impl: (args) => {
    const values = args.slice(1);
    // Collections print as JSON, which needs every nested value known.
    if (values.some((v) => !v.isWhollyKnown())) return unknownVal(StringType);
    return stringVal(formatFSM(args[0]!.asString(), values));
  },
});

function isSequence(t: Type): boolean {
  return t.kind === "list" || t.kind === "set" || t.kind === "tuple";
}

export const FormatListFunc = new Function({
  description:
    "Like format, but lists, sets and tuples among the arguments are iterated together, giving a list of strings.",
  params: [{ name: "format", type: StringType }],
  varParam: { name: "args", type: DynamicPseudoType, allowNull: true, allowUnknown: true },
  type: staticReturnType(listOf(StringType)),
  impl: (args, retType) => {
    const format = args[0]!;
    const values = args.slice(1);
    if (values.length === 0) return listVal([FormatFunc.call([format])]);

    let iterLen = -1;
    let lenChooser = -1;
    const sequences: (readonly Value[] | undefined)[] = [];
    let unknown = false;
    values.forEach((arg, i) => {
      if (isSequence(arg.type) && !arg.isNull()) {
        if (arg.type.kind !== "tuple" && !arg.isKnown()) {
          unknown = true;
          sequences.push(undefined);
          return;
        }
        const len = arg.type.kind === "tuple" ? arg.type.elementTypes.length : arg.lengthInt();
        if (iterLen === -1) {
          iterLen = len;
          lenChooser = i;
        } else if (len !== iterLen) {
          throw new ArgError(
            i + 1,
            `argument ${i + 1} has length ${len}, which is inconsistent with argument ${lenChooser + 1} of length ${iterLen}`,
          );
        }
        // An unknown tuple still takes part in the length check above.
        if (!arg.isKnown()) unknown = true;
        sequences.push(arg.isKnown() ? arg.elements() : undefined);
      } else {
        if (arg.rawEquals(DynamicVal)) unknown = true;
        sequences.push(undefined);
      }
    });
    if (unknown) return unknownVal(retType);
    if (iterLen === 0) return listValEmpty(StringType);
    if (iterLen === -1) iterLen = 1;

    const fmt = format.asString();
    const positions = values.map(() => 0);
    const out: Value[] = [];
    results: for (let iter = 0; iter < iterLen; iter++) {
      const fmtArgs: Value[] = [];
      for (let i = 0; i < values.length; i++) {
        const seq = sequences[i];
        let v = values[i]!;
        if (seq !== undefined) {
          v = seq[positions[i]!]!;
          positions[i] = positions[i]! + 1;
        }
        fmtArgs.push(v);
        // cty moves on at the first unknown argument without advancing the sequences after it,
        // so their elements shift to later iterations; Plinth keeps that.
        if (!v.isWhollyKnown()) {
          out.push(unknownVal(StringType));
          continue results;
        }
      }
      try {
        out.push(stringVal(formatFSM(fmt, fmtArgs)));
      } catch (e) {
        if (e instanceof FunctionError) throw new FunctionError(`error on format iteration ${iter}: ${e.message}`);
        throw e;
      }
    }
    return listVal(out);
  },
});

/** The formatting functions by their Packer names. */
export const formatFunctions: Readonly<Record<string, Function>> = {
  format: FormatFunc,
  formatlist: FormatListFunc,
};
