/**
 * A port of the parts of Go's `time` package that Packer's and cty's date
 * functions rely on: a fixed-zone `time.Time`, the layout language of
 * `time.Format` and `time.Parse`, and `time.ParseDuration`, all with Go's
 * error texts. It knows nothing of cty, so the date functions and
 * `yamldecode`'s timestamps can share it.
 */

// ====================================================================== civil time

/** A Go `time.Time`: an instant (Unix seconds and nanoseconds) seen in a fixed zone. */
export interface GoTime {
  /** Whole seconds since the Unix epoch (may be negative). */
  readonly sec: number;
  /** Nanoseconds within the second, 0..999999999. */
  readonly nsec: number;
  /** Zone offset in seconds east of UTC. */
  readonly offset: number;
  /** Zone abbreviation ("UTC"), or "" for a numeric fixed zone. */
  readonly zone: string;
}

export interface Civil {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
  hour: number;
  min: number;
  sec: number;
  weekday: number; // 0 = Sunday
  yday: number; // 1..366
}

const DAY = 86400;

/** Days since 1970-01-01 of a proleptic Gregorian date (any year). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [m <= 2 ? y + 1 : y, m, d];
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysIn(month: number, year: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function civil(t: GoTime): Civil {
  const local = t.sec + t.offset;
  const days = Math.floor(local / DAY);
  const secs = local - days * DAY;
  const [year, month, day] = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(secs / 3600),
    min: Math.floor((secs % 3600) / 60),
    sec: secs % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
    yday: days - daysFromCivil(year, 1, 1) + 1,
  };
}

/** Go's `time.Date` in a fixed zone (fields already in range). */
export function goDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  min: number,
  sec: number,
  nsec: number,
  offset = 0,
  zone = offset === 0 ? "UTC" : "",
): GoTime {
  const days = daysFromCivil(year, month, day);
  return { sec: days * DAY + hour * 3600 + min * 60 + sec - offset, nsec, offset, zone };
}

/** A JS Date as a Go time in UTC (millisecond precision). */
export function goTimeFromDate(d: Date): GoTime {
  const ms = d.getTime();
  const sec = Math.floor(ms / 1000);
  return { sec, nsec: (ms - sec * 1000) * 1e6, offset: 0, zone: "UTC" };
}

/** Go's `Time.Add`. */
export function goTimeAdd(t: GoTime, nanos: bigint): GoTime {
  const total = BigInt(t.nsec) + nanos;
  let secs = total / 1_000_000_000n;
  let ns = total % 1_000_000_000n;
  if (ns < 0n) {
    ns += 1_000_000_000n;
    secs -= 1n;
  }
  return { ...t, sec: t.sec + Number(secs), nsec: Number(ns) };
}

// ====================================================================== layouts

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const enum Std {
  None = 0,
  LongMonth,
  Month,
  NumMonth,
  ZeroMonth,
  LongWeekDay,
  WeekDay,
  Day,
  UnderDay,
  ZeroDay,
  UnderYearDay,
  ZeroYearDay,
  Hour,
  Hour12,
  ZeroHour12,
  Minute,
  ZeroMinute,
  Second,
  ZeroSecond,
  LongYear,
  Year,
  PM,
  Pm,
  TZ,
  ISO8601TZ,
  ISO8601SecondsTZ,
  ISO8601ShortTZ,
  ISO8601ColonTZ,
  ISO8601ColonSecondsTZ,
  NumTZ,
  NumSecondsTz,
  NumShortTZ,
  NumColonTZ,
  NumColonSecondsTZ,
  FracSecond0,
  FracSecond9,
}

interface Chunk {
  prefix: string;
  std: Std;
  /** Digits of a fractional-second element, and its separator ('.' or ','). */
  frac?: { digits: number; sep: string };
  /** The layout text of the element (Go's `stdstr`), for parse errors. */
  text: string;
  suffix: string;
}

const STD_0X = [Std.ZeroMonth, Std.ZeroDay, Std.ZeroHour12, Std.ZeroMinute, Std.ZeroSecond, Std.Year];

const isDigitAt = (s: string, i: number): boolean => i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
const startsWithLower = (s: string): boolean => s.length > 0 && s[0]! >= "a" && s[0]! <= "z";

/** Go's `nextStdChunk`: the literal prefix, the first layout element, and the rest. */
function nextStdChunk(layout: string): Chunk {
  const at = (i: number, std: Std, len: number, extra?: Partial<Chunk>): Chunk => ({
    prefix: layout.slice(0, i),
    std,
    text: layout.slice(i, i + len),
    suffix: layout.slice(i + len),
    ...extra,
  });
  const has = (i: number, s: string): boolean => layout.startsWith(s, i);
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i]!;
    switch (c) {
      case "J":
        if (has(i, "Jan")) {
          if (has(i, "January")) return at(i, Std.LongMonth, 7);
          if (!startsWithLower(layout.slice(i + 3))) return at(i, Std.Month, 3);
        }
        break;
      case "M":
        if (has(i, "Mon")) {
          if (has(i, "Monday")) return at(i, Std.LongWeekDay, 6);
          if (!startsWithLower(layout.slice(i + 3))) return at(i, Std.WeekDay, 3);
        }
        if (has(i, "MST")) return at(i, Std.TZ, 3);
        break;
      case "0": {
        const n = layout.charCodeAt(i + 1);
        if (n >= 49 && n <= 54) return at(i, STD_0X[n - 49]!, 2);
        if (has(i, "002")) return at(i, Std.ZeroYearDay, 3);
        break;
      }
      case "1":
        if (layout[i + 1] === "5") return at(i, Std.Hour, 2);
        return at(i, Std.NumMonth, 1);
      case "2":
        if (has(i, "2006")) return at(i, Std.LongYear, 4);
        return at(i, Std.Day, 1);
      case "_":
        if (layout[i + 1] === "2") {
          // "_2006" is a literal underscore followed by the long year.
          if (has(i + 1, "2006"))
            return { prefix: layout.slice(0, i + 1), std: Std.LongYear, text: "2006", suffix: layout.slice(i + 5) };
          return at(i, Std.UnderDay, 2);
        }
        if (has(i, "__2")) return at(i, Std.UnderYearDay, 3);
        break;
      case "3":
        return at(i, Std.Hour12, 1);
      case "4":
        return at(i, Std.Minute, 1);
      case "5":
        return at(i, Std.Second, 1);
      case "P":
        if (layout[i + 1] === "M") return at(i, Std.PM, 2);
        break;
      case "p":
        if (layout[i + 1] === "m") return at(i, Std.Pm, 2);
        break;
      case "-":
        if (has(i, "-070000")) return at(i, Std.NumSecondsTz, 7);
        if (has(i, "-07:00:00")) return at(i, Std.NumColonSecondsTZ, 9);
        if (has(i, "-0700")) return at(i, Std.NumTZ, 5);
        if (has(i, "-07:00")) return at(i, Std.NumColonTZ, 6);
        if (has(i, "-07")) return at(i, Std.NumShortTZ, 3);
        break;
      case "Z":
        if (has(i, "Z070000")) return at(i, Std.ISO8601SecondsTZ, 7);
        if (has(i, "Z07:00:00")) return at(i, Std.ISO8601ColonSecondsTZ, 9);
        if (has(i, "Z0700")) return at(i, Std.ISO8601TZ, 5);
        if (has(i, "Z07:00")) return at(i, Std.ISO8601ColonTZ, 6);
        if (has(i, "Z07")) return at(i, Std.ISO8601ShortTZ, 3);
        break;
      case ".":
      case ",":
        if (layout[i + 1] === "0" || layout[i + 1] === "9") {
          const ch = layout[i + 1]!;
          let j = i + 1;
          while (j < layout.length && layout[j] === ch) j++;
          // Only a run of all-0 or all-9 digits that ends here is a fractional second.
          if (!isDigitAt(layout, j)) {
            return at(i, ch === "0" ? Std.FracSecond0 : Std.FracSecond9, j - i, {
              frac: { digits: j - i - 1, sep: c },
            });
          }
        }
        break;
    }
  }
  return { prefix: layout, std: Std.None, text: "", suffix: "" };
}

/** Go's `appendInt` with zero padding to `width`. */
export function pad(x: number, width: number): string {
  const s = String(Math.abs(x)).padStart(width, "0");
  return x < 0 ? "-" + s : s;
}

function formatNano(nsec: number, digits: number, sep: string, trim: boolean): string {
  let s = String(nsec).padStart(9, "0");
  if (digits < 9) s = s.slice(0, digits);
  if (trim) {
    s = s.replace(/0+$/, "");
    if (s === "") return "";
  }
  return sep + s;
}

/** Go's `Time.Format(layout)`. */
export function goTimeFormat(t: GoTime, layout: string): string {
  const c = civil(t);
  let out = "";
  while (layout !== "") {
    const ch = nextStdChunk(layout);
    out += ch.prefix;
    if (ch.std === Std.None) break;
    layout = ch.suffix;
    switch (ch.std) {
      case Std.Year:
        out += pad(Math.abs(c.year) % 100, 2);
        break;
      case Std.LongYear:
        out += pad(c.year, 4);
        break;
      case Std.Month:
        out += MONTHS[c.month - 1]!.slice(0, 3);
        break;
      case Std.LongMonth:
        out += MONTHS[c.month - 1]!;
        break;
      case Std.NumMonth:
        out += String(c.month);
        break;
      case Std.ZeroMonth:
        out += pad(c.month, 2);
        break;
      case Std.WeekDay:
        out += DAYS[c.weekday]!.slice(0, 3);
        break;
      case Std.LongWeekDay:
        out += DAYS[c.weekday]!;
        break;
      case Std.Day:
        out += String(c.day);
        break;
      case Std.UnderDay:
        out += (c.day < 10 ? " " : "") + String(c.day);
        break;
      case Std.ZeroDay:
        out += pad(c.day, 2);
        break;
      case Std.UnderYearDay:
        out += (c.yday < 100 ? " " : "") + (c.yday < 10 ? " " : "") + String(c.yday);
        break;
      case Std.ZeroYearDay:
        out += pad(c.yday, 3);
        break;
      case Std.Hour:
        out += pad(c.hour, 2);
        break;
      case Std.Hour12:
        out += String(c.hour % 12 === 0 ? 12 : c.hour % 12);
        break;
      case Std.ZeroHour12:
        out += pad(c.hour % 12 === 0 ? 12 : c.hour % 12, 2);
        break;
      case Std.Minute:
        out += String(c.min);
        break;
      case Std.ZeroMinute:
        out += pad(c.min, 2);
        break;
      case Std.Second:
        out += String(c.sec);
        break;
      case Std.ZeroSecond:
        out += pad(c.sec, 2);
        break;
      case Std.PM:
        out += c.hour >= 12 ? "PM" : "AM";
        break;
      case Std.Pm:
        out += c.hour >= 12 ? "pm" : "am";
        break;
      case Std.ISO8601TZ:
      case Std.ISO8601ColonTZ:
      case Std.ISO8601SecondsTZ:
      case Std.ISO8601ShortTZ:
      case Std.ISO8601ColonSecondsTZ:
      case Std.NumTZ:
      case Std.NumColonTZ:
      case Std.NumSecondsTz:
      case Std.NumShortTZ:
      case Std.NumColonSecondsTZ:
        out += formatOffset(t.offset, ch.std);
        break;
      case Std.TZ:
        if (t.zone !== "") out += t.zone;
        else {
          // No zone name: Go prints the offset as -0700.
          let zone = Math.trunc(t.offset / 60);
          if (zone < 0) {
            out += "-";
            zone = -zone;
          } else out += "+";
          out += pad(Math.trunc(zone / 60), 2) + pad(zone % 60, 2);
        }
        break;
      case Std.FracSecond0:
      case Std.FracSecond9:
        out += formatNano(t.nsec, ch.frac!.digits, ch.frac!.sep, ch.std === Std.FracSecond9);
        break;
    }
  }
  return out;
}

function formatOffset(offset: number, std: Std): string {
  const iso =
    std === Std.ISO8601TZ ||
    std === Std.ISO8601ColonTZ ||
    std === Std.ISO8601SecondsTZ ||
    std === Std.ISO8601ShortTZ ||
    std === Std.ISO8601ColonSecondsTZ;
  if (offset === 0 && iso) return "Z";
  let zone = Math.trunc(offset / 60);
  let abs = offset;
  let out: string;
  if (zone < 0) {
    out = "-";
    zone = -zone;
    abs = -abs;
  } else out = "+";
  out += pad(Math.trunc(zone / 60), 2);
  const colon =
    std === Std.ISO8601ColonTZ ||
    std === Std.NumColonTZ ||
    std === Std.ISO8601ColonSecondsTZ ||
    std === Std.NumColonSecondsTZ;
  if (colon) out += ":";
  if (std !== Std.NumShortTZ && std !== Std.ISO8601ShortTZ) out += pad(zone % 60, 2);
  if (
    std === Std.ISO8601SecondsTZ ||
    std === Std.NumSecondsTz ||
    std === Std.NumColonSecondsTZ ||
    std === Std.ISO8601ColonSecondsTZ
  ) {
    if (std === Std.NumColonSecondsTZ || std === Std.ISO8601ColonSecondsTZ) out += ":";
    out += pad(abs % 60, 2);
  }
  return out;
}

export const RFC3339 = "2006-01-02T15:04:05Z07:00";

// ====================================================================== parsing

/** Go's `time.ParseError` fields (the message is built by the caller). */
export interface GoParseError {
  layoutElem: string;
  valueElem: string;
  message: string;
}

class Bad extends Error {}
const BAD = new Bad();

/** Go's `getnum`: one or two digits (exactly two when `fixed`). */
function getnum(s: string, fixed: boolean): [number, string] {
  if (!isDigitAt(s, 0)) throw BAD;
  if (!isDigitAt(s, 1)) {
    if (fixed) throw BAD;
    return [s.charCodeAt(0) - 48, s.slice(1)];
  }
  return [(s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48), s.slice(2)];
}

/** Go's `getnum3`: one to three digits (exactly three when `fixed`). */
function getnum3(s: string, fixed: boolean): [number, string] {
  let n = 0;
  let i = 0;
  for (; i < 3 && isDigitAt(s, i); i++) n = n * 10 + s.charCodeAt(i) - 48;
  if (i === 0 || (fixed && i !== 3)) throw BAD;
  return [n, s.slice(i)];
}

/** Go's `atoi` on a string of digits with an optional sign. */
function atoi(s: string): number {
  let neg = false;
  if (s !== "" && (s[0] === "-" || s[0] === "+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "" || !/^[0-9]+$/.test(s)) throw BAD;
  const v = Number(s);
  if (v >= 2 ** 63) throw BAD;
  return neg ? -v : v;
}

/** Days before the start of each month in a non-leap year (Go's `daysBefore`). */
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

const cutspace = (s: string): string => s.replace(/^ +/, "");

/** Go's `skip`: matches the literal layout prefix, returning the rest of the value. */
function skip(value: string, prefix: string): [string, boolean] {
  while (prefix.length > 0) {
    if (prefix[0] === " ") {
      if (value.length > 0 && value[0] !== " ") return [value, false];
      prefix = cutspace(prefix);
      value = cutspace(value);
      continue;
    }
    if (value.length === 0 || value[0] !== prefix[0]) return [value, false];
    prefix = prefix.slice(1);
    value = value.slice(1);
  }
  return [value, true];
}

function lookup(tab: readonly string[], val: string): [number, string] {
  for (let i = 0; i < tab.length; i++) {
    const v = tab[i]!;
    if (val.length >= v.length && val.slice(0, v.length).toLowerCase() === v.toLowerCase())
      return [i, val.slice(v.length)];
  }
  throw BAD;
}

function parseNanoseconds(value: string, nbytes: number): { ns: number; range?: string } {
  if (value[0] !== "." && value[0] !== ",") throw BAD;
  if (nbytes > 10) {
    value = value.slice(0, 10);
    nbytes = 10;
  }
  let ns = atoi(value.slice(1, nbytes));
  if (ns < 0) return { ns: 0, range: "fractional second" };
  for (let i = 0; i < 10 - nbytes; i++) ns *= 10;
  return { ns };
}

/**
 * Go's `time.Parse(layout, value)` for layouts in UTC: the time, or the
 * fields of Go's ParseError. Numeric zones give fixed-offset times.
 */
export function goTimeParse(layout: string, value: string): GoTime | GoParseError {
  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let pmSet = false;
  let amSet = false;
  let zoneOffset = -1;
  let utc = false;
  let zoneName = "";
  const err = (layoutElem: string, valueElem: string, message = ""): GoParseError => ({
    layoutElem,
    valueElem,
    message,
  });

  for (;;) {
    const ch = nextStdChunk(layout);
    const stdstr = ch.text;
    const [rest, ok] = skip(value, ch.prefix);
    value = rest;
    if (!ok) return err(ch.prefix, value);
    if (ch.std === Std.None) {
      if (value.length !== 0) return err("", value, ": extra text: " + goQuoteTime(value));
      break;
    }
    layout = ch.suffix;
    let rangeErr = "";
    try {
      switch (ch.std) {
        case Std.Year: {
          if (value.length < 2) throw BAD;
          // A bad two-digit year leaves the value where it was.
          year = atoi(value.slice(0, 2));
          value = value.slice(2);
          year += year >= 69 ? 1900 : 2000;
          break;
        }
        case Std.LongYear: {
          if (value.length < 4 || !isDigitAt(value, 0)) throw BAD;
          // Go moves past the four characters before it checks them, so its error shows the rest.
          const p = value.slice(0, 4);
          value = value.slice(4);
          year = atoi(p);
          break;
        }
        case Std.Month:
          [month, value] = lookup(
            MONTHS.map((m) => m.slice(0, 3)),
            value,
          );
          month++;
          break;
        case Std.LongMonth:
          [month, value] = lookup(MONTHS, value);
          month++;
          break;
        case Std.NumMonth:
        case Std.ZeroMonth:
          [month, value] = getnum(value, ch.std === Std.ZeroMonth);
          if (month <= 0 || month > 12) rangeErr = "month";
          break;
        case Std.WeekDay:
          [, value] = lookup(
            DAYS.map((d) => d.slice(0, 3)),
            value,
          );
          break;
        case Std.LongWeekDay:
          [, value] = lookup(DAYS, value);
          break;
        case Std.Day:
        case Std.UnderDay:
        case Std.ZeroDay:
          if (ch.std === Std.UnderDay && value[0] === " ") value = value.slice(1);
          [day, value] = getnum(value, ch.std === Std.ZeroDay);
          // The day is validated against the month and year after the loop.
          break;
        case Std.UnderYearDay:
        case Std.ZeroYearDay:
          for (let i = 0; i < 2; i++) if (ch.std === Std.UnderYearDay && value[0] === " ") value = value.slice(1);
          [yday, value] = getnum3(value, ch.std === Std.ZeroYearDay);
          break;
        case Std.Hour:
          [hour, value] = getnum(value, false);
          if (hour < 0 || hour >= 24) rangeErr = "hour";
          break;
        case Std.Hour12:
        case Std.ZeroHour12:
          [hour, value] = getnum(value, ch.std === Std.ZeroHour12);
          if (hour < 0 || hour > 12) rangeErr = "hour";
          break;
        case Std.Minute:
        case Std.ZeroMinute:
          [min, value] = getnum(value, ch.std === Std.ZeroMinute);
          if (min < 0 || min >= 60) rangeErr = "minute";
          break;
        case Std.Second:
        case Std.ZeroSecond: {
          [sec, value] = getnum(value, ch.std === Std.ZeroSecond);
          if (sec < 0 || sec >= 60) {
            rangeErr = "second";
            break;
          }
          // A fractional second in the value that the layout does not spell out.
          if (value.length >= 2 && (value[0] === "." || value[0] === ",") && isDigitAt(value, 1)) {
            const next = nextStdChunk(layout).std;
            if (next === Std.FracSecond0 || next === Std.FracSecond9) break;
            let n = 2;
            while (n < value.length && isDigitAt(value, n)) n++;
            const chunk = value;
            value = value.slice(n);
            const r = parseNanoseconds(chunk, n);
            nsec = r.ns;
            if (r.range !== undefined) rangeErr = r.range;
          }
          break;
        }
        case Std.PM:
        case Std.Pm: {
          if (value.length < 2) throw BAD;
          const p = value.slice(0, 2);
          value = value.slice(2);
          const want = ch.std === Std.PM ? ["PM", "AM"] : ["pm", "am"];
          if (p === want[0]) pmSet = true;
          else if (p === want[1]) amSet = true;
          else throw BAD;
          break;
        }
        case Std.ISO8601TZ:
        case Std.ISO8601ShortTZ:
        case Std.ISO8601ColonTZ:
        case Std.ISO8601SecondsTZ:
        case Std.ISO8601ColonSecondsTZ:
        case Std.NumTZ:
        case Std.NumShortTZ:
        case Std.NumColonTZ:
        case Std.NumSecondsTz:
        case Std.NumColonSecondsTZ: {
          const iso =
            ch.std === Std.ISO8601TZ ||
            ch.std === Std.ISO8601ShortTZ ||
            ch.std === Std.ISO8601ColonTZ ||
            ch.std === Std.ISO8601SecondsTZ ||
            ch.std === Std.ISO8601ColonSecondsTZ;
          if (iso && value.length >= 1 && value[0] === "Z") {
            value = value.slice(1);
            utc = true;
            break;
          }
          let sign: string, hh: string, mm: string, ss: string;
          if (ch.std === Std.ISO8601ColonTZ || ch.std === Std.NumColonTZ) {
            if (value.length < 6 || value[3] !== ":") throw BAD;
            [sign, hh, mm, ss, value] = [value[0]!, value.slice(1, 3), value.slice(4, 6), "00", value.slice(6)];
          } else if (ch.std === Std.NumShortTZ || ch.std === Std.ISO8601ShortTZ) {
            if (value.length < 3) throw BAD;
            [sign, hh, mm, ss, value] = [value[0]!, value.slice(1, 3), "00", "00", value.slice(3)];
          } else if (ch.std === Std.ISO8601ColonSecondsTZ || ch.std === Std.NumColonSecondsTZ) {
            if (value.length < 9 || value[3] !== ":" || value[6] !== ":") throw BAD;
            [sign, hh, mm, ss, value] = [
              value[0]!,
              value.slice(1, 3),
              value.slice(4, 6),
              value.slice(7, 9),
              value.slice(9),
            ];
          } else if (ch.std === Std.ISO8601SecondsTZ || ch.std === Std.NumSecondsTz) {
            if (value.length < 7) throw BAD;
            [sign, hh, mm, ss, value] = [
              value[0]!,
              value.slice(1, 3),
              value.slice(3, 5),
              value.slice(5, 7),
              value.slice(7),
            ];
          } else {
            if (value.length < 5) throw BAD;
            [sign, hh, mm, ss, value] = [value[0]!, value.slice(1, 3), value.slice(3, 5), "00", value.slice(5)];
          }
          const [hr] = getnum(hh, true);
          const [mi] = getnum(mm, true);
          const [se] = getnum(ss, true);
          // Go 1.20 and later reject out-of-range offsets (Packer 1.14 is built with a newer Go).
          if (hr > 24) rangeErr = "time zone offset hour";
          if (mi > 60) rangeErr = "time zone offset minute";
          if (se > 60) rangeErr = "time zone offset second";
          zoneOffset = (hr * 60 + mi) * 60 + se;
          if (sign === "-") zoneOffset = -zoneOffset;
          else if (sign !== "+") throw BAD;
          break;
        }
        case Std.TZ: {
          if (value.length >= 3 && value.slice(0, 3) === "UTC") {
            zoneName = "UTC";
            value = value.slice(3);
            break;
          }
          // Zone abbreviations: three to five upper-case letters (Go's parseTimeZone, simplified).
          const m = /^[A-Z]{3,5}/.exec(value);
          if (m === null) throw BAD;
          zoneName = m[0];
          value = value.slice(m[0].length);
          break;
        }
        case Std.FracSecond0: {
          const ndigit = 1 + ch.frac!.digits;
          if (value.length < ndigit) throw BAD;
          const chunk = value;
          value = value.slice(ndigit);
          const r = parseNanoseconds(chunk, ndigit);
          nsec = r.ns;
          if (r.range !== undefined) rangeErr = r.range;
          break;
        }
        case Std.FracSecond9: {
          if (value.length < 2 || (value[0] !== "." && value[0] !== ",") || !isDigitAt(value, 1)) break;
          let i = 0;
          while (i + 1 < value.length && isDigitAt(value, i + 1)) i++;
          const chunk = value;
          value = value.slice(1 + i);
          const r = parseNanoseconds(chunk, 1 + i);
          nsec = r.ns;
          if (r.range !== undefined) rangeErr = r.range;
          break;
        }
      }
    } catch (e) {
      // Go reports the value as far as the failing element had consumed it.
      if (e instanceof Bad) return err(stdstr, value);
      throw e;
    }
    if (rangeErr !== "") return err(stdstr, value, ": " + rangeErr + " out of range");
  }
  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour === 12) hour = 0;

  if (yday >= 0) {
    let m = 0;
    let d = 0;
    if (isLeap(year)) {
      if (yday === 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) yday--;
    }
    if (yday < 1 || yday > 365) return err("", value, ": day-of-year out of range");
    if (m === 0) {
      m = Math.floor((yday - 1) / 31) + 1;
      if (DAYS_BEFORE[m]! < yday) m++;
      d = yday - DAYS_BEFORE[m - 1]!;
    }
    if (month >= 0 && month !== m) return err("", value, ": day-of-year does not match month");
    month = m;
    if (day >= 0 && day !== d) return err("", value, ": day-of-year does not match day");
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > daysIn(month, year)) return err("", value, ": day out of range");

  if (utc) return goDate(year, month, day, hour, min, sec, nsec, 0, "UTC");
  if (zoneOffset !== -1) return goDate(year, month, day, hour, min, sec, nsec, zoneOffset, "");
  return goDate(year, month, day, hour, min, sec, nsec, 0, zoneName === "" ? "UTC" : zoneName);
}

export function isParseError(r: GoTime | GoParseError): r is GoParseError {
  return "layoutElem" in r;
}

/**
 * Go's private `time.quote` (used in time's error texts): ASCII stays, a
 * quote or backslash is escaped, every byte of other characters becomes \xNN.
 */
export function goQuoteTime(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x80 || c < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += "\\x" + b.toString(16).padStart(2, "0");
    } else {
      if (ch === '"' || ch === "\\") out += "\\";
      out += ch;
    }
  }
  return out + '"';
}

// ====================================================================== durations

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  "\u00b5s": 1000n, // U+00B5 micro sign
  "\u03bcs": 1000n, // U+03BC Greek small letter mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const I63 = 1n << 63n;

/** Go's `time.ParseDuration`: nanoseconds, or Go's error text. */
export function parseDuration(orig: string): bigint | string {
  let s = orig;
  let d = 0n;
  let neg = false;
  const invalid = "time: invalid duration " + goQuoteTime(orig);
  if (s !== "" && (s[0] === "-" || s[0] === "+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return 0n;
  if (s === "") return invalid;
  while (s !== "") {
    if (!(s[0] === "." || isDigitAt(s, 0))) return invalid;
    // Integer part; overflow past 2^63 is an invalid duration.
    let v = 0n;
    let i = 0;
    for (; i < s.length && isDigitAt(s, i); i++) {
      if (v > I63 / 10n) return invalid;
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > I63) return invalid;
    }
    const pre = i > 0;
    s = s.slice(i);
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s !== "" && s[0] === ".") {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      for (; j < s.length && isDigitAt(s, j); j++) {
        if (overflow) continue;
        if (f > (I63 - 1n) / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(s.charCodeAt(j) - 48);
        if (y > I63) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid;
    let k = 0;
    while (k < s.length && !(s[k] === "." || isDigitAt(s, k))) k++;
    if (k === 0) return "time: missing unit in duration " + goQuoteTime(orig);
    const u = s.slice(0, k);
    s = s.slice(k);
    const unit = UNITS[u];
    if (unit === undefined) return "time: unknown unit " + goQuoteTime(u) + " in duration " + goQuoteTime(orig);
    if (v > I63 / unit) return invalid;
    v *= unit;
    if (f > 0n) {
      // Go computes the fraction in float64 and truncates it to an integer.
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > I63) return invalid;
    }
    d += v;
    if (d > I63) return invalid;
  }
  if (neg) return -d;
  if (d > I63 - 1n) return invalid;
  return d;
}
