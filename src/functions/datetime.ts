/**
 * Date and time functions of Packer's table (FN-06, FN-22): `timestamp`,
 * `formatdate`, `timeadd` (go-cty stdlib), `legacy_isotime` and
 * `legacy_strftime` (Packer's own). They all work on Go's `time` package
 * semantics, ported in go-time.ts (the layout language of `time.Format` and
 * `time.Parse`, and `time.ParseDuration`, with Go's error texts); its
 * helpers are re-exported here for the callers that import them from this
 * module.
 *
 * The impure functions read an injectable clock, so a host can pin the
 * time (Packer fixes `legacy_*` to the process start) and tests can be
 * deterministic.
 */
import { StringType } from "../cty/types.js";
import { stringVal, type Value } from "../cty/value.js";
import { ArgError, Function, FunctionError, staticReturnType } from "./function.js";
import { goQuote } from "../cty/quote.js";
import {
  civil,
  DAYS,
  goTimeAdd,
  goTimeFormat,
  goTimeFromDate,
  goTimeParse,
  type GoTime,
  isParseError,
  MONTHS,
  pad,
  parseDuration,
  RFC3339,
} from "./go-time.js";

export {
  goDate,
  type GoParseError,
  goQuoteTime,
  type GoTime,
  goTimeAdd,
  goTimeFormat,
  goTimeFromDate,
  goTimeParse,
  isParseError,
  parseDuration,
  RFC3339,
} from "./go-time.js";

// ====================================================================== strftime

/** The verbs of jehiah/go-strftime (the version Packer pins), as Go layouts. */
const STRFTIME: Record<string, string> = {
  B: "January",
  b: "Jan",
  m: "01",
  A: "Monday",
  a: "Mon",
  d: "02",
  H: "15",
  I: "03",
  M: "04",
  S: "05",
  Y: "2006",
  y: "06",
  p: "PM",
  Z: "MST",
  z: "-0700",
  L: ".000",
};

/** jehiah/go-strftime `Format`: `%x` verbs become Go layouts; `%%` is a percent; unknown verbs stay. */
export function strftime(format: string, t: GoTime): string {
  let out = "";
  for (let i = 0; i < format.length;) {
    let ni = format.indexOf("%", i);
    if (ni < 0) ni = format.length;
    out += format.slice(i, ni);
    if (ni + 1 < format.length) {
      const c = String.fromCodePoint(format.codePointAt(ni + 1)!);
      if (c === "%") out += "%";
      else if (STRFTIME[c] !== undefined) out += goTimeFormat(t, STRFTIME[c]!);
      else out += "%" + c;
      i = ni + 1 + c.length;
    } else {
      if (ni < format.length) out += "%";
      i = ni + 2;
    }
  }
  return out;
}

// ====================================================================== cty helpers

/** cty stdlib `parseTimestamp`: RFC 3339 with cty's friendlier error texts. */
export function parseRFC3339(ts: string): GoTime | string {
  const r = goTimeParse(RFC3339, ts);
  if (!isParseError(r)) return r;
  if (r.layoutElem === "" && r.valueElem === "" && r.message !== "") return "not a valid RFC3339 timestamp" + r.message;
  let what: string;
  switch (r.layoutElem) {
    case "2006":
      what = "year";
      break;
    case "01":
      what = "month";
      break;
    case "02":
      what = "day of month";
      break;
    case "15":
      what = "hour";
      break;
    case "04":
      what = "minute";
      break;
    case "05":
      what = "second";
      break;
    case "Z07:00":
      what = "UTC offset";
      break;
    case "T":
      return "not a valid RFC3339 timestamp: missing required time introducer 'T'";
    case ":":
    case "-":
      if (r.valueElem === "")
        return `not a valid RFC3339 timestamp: end of string where ${goQuote(r.layoutElem)} is expected`;
      return `not a valid RFC3339 timestamp: found ${goQuote(r.valueElem)} where ${goQuote(r.layoutElem)} is expected`;
    default:
      what = "timestamp segment";
  }
  if (r.valueElem === "") return `not a valid RFC3339 timestamp: end of string before ${what}`;
  return `not a valid RFC3339 timestamp: cannot use ${goQuote(r.valueElem)} as ${what}`;
}

/** Go's `%0Nd`: the width counts the sign. */
function goPrintfD(x: number, width: number): string {
  const digits = String(Math.abs(x));
  return x < 0 ? "-" + digits.padStart(width - 1, "0") : digits.padStart(width, "0");
}

/** cty stdlib `formatdate`'s format language (FN-22); throws ArgError as cty does. */
export function formatDate(format: string, t: GoTime): string {
  let out = "";
  const isLetter = (c: string): boolean => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
  const c = civil(t);
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch === "'") {
      // cty's scanner: '' is one quote; otherwise the literal runs to the next
      // single quote (doubled quotes inside it are escapes), or to the end.
      let end: number;
      if (format[i + 1] === "'") end = i + 2;
      else {
        end = format.length;
        for (let j = i + 1; j < format.length; j++) {
          if (format[j] !== "'") continue;
          if (j + 1 === format.length) break;
          if (format[j + 1] === "'") {
            j++;
            continue;
          }
          end = j + 1;
          break;
        }
      }
      const tok = format.slice(i, end);
      i = end;
      if (tok[tok.length - 1] !== "'" || tok.length === 1) throw new ArgError(0, "unterminated literal '");
      if (tok.length === 2) {
        out += "'";
        continue;
      }
      const raw = tok.slice(1, -1);
      for (let k = 0; k < raw.length; k++) {
        out += raw[k];
        if (raw[k] === "'") k++;
      }
      continue;
    }
    if (!isLetter(ch)) {
      let j = i + 1;
      while (j < format.length && format[j] !== "'" && !isLetter(format[j]!)) j++;
      out += format.slice(i, j);
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < format.length && format[j] === ch) j++;
    const tok = format.slice(i, j);
    const n = tok.length;
    i = j;
    const bad = (detail?: string): never => {
      throw new ArgError(0, `invalid date format verb ${goQuote(tok)}` + (detail === undefined ? "" : `: ${detail}`));
    };
    switch (ch) {
      case "Y":
        if (n === 2) out += goPrintfD(c.year % 100, 2);
        else if (n === 4) out += goPrintfD(c.year, 4);
        else bad('year must either be "YY" or "YYYY"');
        break;
      case "M":
        if (n === 1) out += String(c.month);
        else if (n === 2) out += pad(c.month, 2);
        else if (n === 3) out += MONTHS[c.month - 1]!.slice(0, 3);
        else if (n === 4) out += MONTHS[c.month - 1]!;
        else bad('month must be "M", "MM", "MMM", or "MMMM"');
        break;
      case "D":
        if (n === 1) out += String(c.day);
        else if (n === 2) out += pad(c.day, 2);
        else bad('day of month must either be "D" or "DD"');
        break;
      case "E":
        if (n === 3) out += DAYS[c.weekday]!.slice(0, 3);
        else if (n === 4) out += DAYS[c.weekday]!;
        else bad('day of week must either be "EEE" or "EEEE"');
        break;
      case "h":
        if (n === 1) out += String(c.hour);
        else if (n === 2) out += pad(c.hour, 2);
        else bad('24-hour must either be "h" or "hh"');
        break;
      case "H": {
        const h = c.hour % 12 === 0 ? 12 : c.hour % 12;
        if (n === 1) out += String(h);
        else if (n === 2) out += pad(h, 2);
        else bad('12-hour must either be "H" or "HH"');
        break;
      }
      case "A":
      case "a":
        if (n !== 2) bad(`must be "${ch}${ch}"`);
        out += c.hour < 12 ? (ch === "A" ? "AM" : "am") : ch === "A" ? "PM" : "pm";
        break;
      case "m":
        if (n === 1) out += String(c.min);
        else if (n === 2) out += pad(c.min, 2);
        else bad('minute must either be "m" or "mm"');
        break;
      case "s":
        if (n === 1) out += String(c.sec);
        else if (n === 2) out += pad(c.sec, 2);
        else bad('second must either be "s" or "ss"');
        break;
      case "Z":
        if (n === 1) out += goTimeFormat(t, "Z07:00");
        else if (n === 3) {
          const s = goTimeFormat(t, "-0700");
          out += s === "+0000" ? "UTC" : s;
        } else if (n === 4) out += goTimeFormat(t, "-0700");
        else if (n === 5) out += goTimeFormat(t, "-07:00");
        else bad("timezone must be Z, ZZZZ, or ZZZZZ");
        break;
      default:
        bad();
    }
  }
  return out;
}

// ====================================================================== functions

/** Where the impure functions read the time. */
export interface Clock {
  /** The current time (`timestamp`). */
  now(): Date;
  /** The time the run started (Packer's `initTime`, used by `legacy_isotime` and `legacy_strftime`). */
  start(): Date;
}

/** cty `formatdate` (FN-22). */
export const FormatDateFunc = new Function({
  description:
    "Formats a timestamp given in RFC 3339 syntax into another timestamp in some other machine-oriented time syntax, as described in the format string.",
  params: [
    { name: "format", type: StringType },
    { name: "time", type: StringType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const t = parseRFC3339(args[1]!.asString());
    if (typeof t === "string") throw new ArgError(1, t);
    return stringVal(formatDate(args[0]!.asString(), t));
  },
});

/** cty `timeadd`: Go duration syntax, RFC 3339 in and out (the input's offset is kept). */
export const TimeAddFunc = new Function({
  description:
    "Adds the duration represented by the given duration string to the given RFC 3339 timestamp string, returning another RFC 3339 timestamp.",
  params: [
    { name: "timestamp", type: StringType },
    { name: "duration", type: StringType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const t = parseRFC3339(args[0]!.asString());
    if (typeof t === "string") throw new FunctionError(t);
    const d = parseDuration(args[1]!.asString());
    if (typeof d === "string") throw new FunctionError(d);
    return stringVal(goTimeFormat(goTimeAdd(t, d), RFC3339));
  },
});

/**
 * The date/time functions reading their clock from `clock`. Packer's
 * `legacy_*` functions take any number of `format` arguments and reject more
 * than one in the implementation (with Go's `%v` of the argument slice).
 */
export function datetimeFunctions(clock: Clock = systemClock): Readonly<Record<string, Function>> {
  const timestamp = new Function({
    description: "Returns the current date and time, in UTC, as an RFC 3339 string with second precision.",
    params: [],
    type: staticReturnType(StringType),
    impl: () => stringVal(goTimeFormat(goTimeFromDate(clock.now()), RFC3339)),
  });
  const legacy = (render: (format: string, t: GoTime) => string, description: string): Function =>
    new Function({
      description,
      params: [],
      varParam: { name: "format", type: StringType },
      type: staticReturnType(StringType),
      impl: (args) => {
        if (args.length > 1) throw new FunctionError(`too many values, 1 needed: ${goSliceString(args)}`);
        const t = goTimeFromDate(clock.start());
        if (args.length === 0) return stringVal(goTimeFormat(t, RFC3339));
        return stringVal(render(args[0]!.asString(), t));
      },
    });
  return {
    timestamp,
    formatdate: FormatDateFunc,
    timeadd: TimeAddFunc,
    legacy_isotime: legacy(
      (f, t) => goTimeFormat(t, f),
      "Returns the time the build started, in UTC, formatted with a Go reference-time layout (RFC 3339 by default).",
    ),
    legacy_strftime: legacy(
      strftime,
      "Returns the time the build started, in UTC, formatted with strftime-style % verbs (RFC 3339 by default).",
    ),
  };
}

/**
 * Go's `%v` of a `[]cty.Value` of strings. cty.Value has no String method,
 * so Go prints the struct: the string type's kind byte (83, 'S') and the text.
 */
function goSliceString(args: readonly Value[]): string {
  return "[" + args.map((a) => `{{{{} 83}} ${a.asString()}}`).join(" ") + "]";
}

const processStart = new Date();

/** The default clock: the real time, and the time this module was loaded as the start time (Packer's `initTime`). */
export const systemClock: Clock = {
  now: () => new Date(),
  start: () => processStart,
};
