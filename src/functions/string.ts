/**
 * String functions of Packer 1.14's function table (FN-02): go-cty's
 * `chomp`, `indent`, `join`, `lower`, `upper`, `title`, `replace`, `split`,
 * `strrev`, `substr`, `trim`, `trimprefix`, `trimsuffix`, `trimspace`, and
 * Packer's own `startswith`, `endswith` and `strcontains`.
 *
 * Go works on UTF-8 bytes and Plinth on UTF-16 code units; for the valid
 * Unicode text cty strings hold, prefix, suffix and substring tests agree
 * between the two, so those stay plain JS string operations. Where Go
 * walks runes (empty separators, cutsets, case mapping) this module walks
 * code points.
 *
 * "Characters" in `strrev` and `substr` (and widths in `format`) are
 * grapheme clusters as go-textseg's scanner finds them. That scanner
 * departs from UAX #29 (see clusterEnd), so `Intl.Segmenter` cannot stand
 * in for it: `graphemes` runs the same grammar over character classes taken
 * from JavaScript's Unicode property escapes. Differences remain only for
 * characters whose properties changed after the Unicode version of Go's
 * tables (13.0 in the go-textseg v13 that go-cty 1.12 uses).
 *
 * Case mapping is Go's: one code point to one code point with Unicode's
 * simple mappings (`strings.ToUpper("ß")` is "ß", `ToLower("Σ")` is always
 * "σ"), not JavaScript's full, context-sensitive mappings, and with the
 * case pairs of Unicode 15.0, the version of Go's tables in the Go releases
 * Packer 1.14 is built with.
 *
 * go-cty 1.13 (Packer 1.14) differs from 1.12.1 here only by result
 * refinements, which Plinth does not model.
 */
import { BoolType, listOf, NumberType, StringType } from "../cty/types.js";
import { False, listVal, listValEmpty, stringVal, True, unknownVal, type Value } from "../cty/value.js";
import { ArgError, Function, FunctionError, staticReturnType } from "./function.js";
import { toInt64, WHOLE_NUMBER_MESSAGE } from "./number.js";

// ---------------------------------------------------------------- grapheme clusters

/** Grapheme_Cluster_Break classes as go-textseg's tables assign them (plus its Extended_Pictographic). */
const enum GCB {
  Other,
  CR,
  LF,
  Control,
  Extend,
  ZWJ,
  RegionalIndicator,
  Prepend,
  SpacingMark,
  L,
  V,
  T,
  LV,
  LVT,
  ExtPict,
}

const GRAPHEME_EXTEND = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;
const CONTROL_CATEGORY = /^[\p{Zl}\p{Zp}\p{Cc}\p{Cf}]$/u;
const UNASSIGNED_IGNORABLE = /^(?=\p{Cn})\p{Default_Ignorable_Code_Point}$/u;
const SPACING_MARK_CATEGORY = /^\p{Mc}$/u;
const EXT_PICT = /^\p{Extended_Pictographic}$/u;
const REGIONAL_INDICATOR = /^\p{Regional_Indicator}$/u;

/** Prepend: Indic_Syllabic_Category Consonant_Preceding_Repha / Consonant_Prefixed and Prepended_Concatenation_Mark. */
const PREPEND: readonly (readonly [number, number])[] = [
  [0x0600, 0x0605],
  [0x06dd, 0x06dd],
  [0x070f, 0x070f],
  [0x0890, 0x0891],
  [0x08e2, 0x08e2],
  [0x0d4e, 0x0d4e],
  [0x110bd, 0x110bd],
  [0x110cd, 0x110cd],
  [0x111c2, 0x111c3],
  [0x1193f, 0x1193f],
  [0x11941, 0x11941],
  [0x11a3a, 0x11a3a],
  [0x11a84, 0x11a89],
  [0x11d46, 0x11d46],
  [0x11f02, 0x11f02],
];

/**
 * Spacing combining marks that UAX #29 leaves out of SpacingMark (they join no cluster on their own).
 * Later Unicode versions add U+11720 and U+11721; go-textseg's tables still count them as SpacingMark.
 */
const NOT_SPACING_MARK = new Set([
  0x102b, 0x102c, 0x1038, 0x1062, 0x1063, 0x1064, 0x1067, 0x1068, 0x1069, 0x106a, 0x106b, 0x106c, 0x106d, 0x1083,
  0x1087, 0x1088, 0x1089, 0x108a, 0x108b, 0x108c, 0x108f, 0x109a, 0x109b, 0x109c, 0x1a61, 0x1a63, 0x1a64, 0xaa7b,
  0xaa7d,
]);

function inRanges(c: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [lo, hi] of ranges) if (c >= lo && c <= hi) return true;
  return false;
}

function classify(ch: string): GCB {
  const c = ch.codePointAt(0)!;
  if (c === 0x0d) return GCB.CR;
  if (c === 0x0a) return GCB.LF;
  if (c < 0x20 || c === 0x7f) return GCB.Control;
  if (c < 0x80) return GCB.Other;
  if (c === 0x200d) return GCB.ZWJ;
  if (GRAPHEME_EXTEND.test(ch)) return GCB.Extend;
  // go-textseg treats U+FFFD, the mark of invalid UTF-8, as a control character.
  if (c === 0xfffd) return GCB.Control;
  if (inRanges(c, PREPEND)) return GCB.Prepend;
  if (CONTROL_CATEGORY.test(ch) || UNASSIGNED_IGNORABLE.test(ch)) return GCB.Control;
  if (REGIONAL_INDICATOR.test(ch)) return GCB.RegionalIndicator;
  if ((c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c)) return GCB.L;
  if ((c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6)) return GCB.V;
  if ((c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb)) return GCB.T;
  if (c >= 0xac00 && c <= 0xd7a3) return (c - 0xac00) % 28 === 0 ? GCB.LV : GCB.LVT;
  if (c === 0x0e33 || c === 0x0eb3 || (SPACING_MARK_CATEGORY.test(ch) && !NOT_SPACING_MARK.has(c))) {
    return GCB.SpacingMark;
  }
  if (EXT_PICT.test(ch)) return GCB.ExtPict;
  return GCB.Other;
}

/**
 * Where the cluster starting at `i` ends. This is go-textseg's scanner (the
 * grammar of its grapheme_clusters.rl, which picks the longest token), not
 * UAX #29 itself: it differs from the standard, and from `Intl.Segmenter`,
 * in gluing a zero-width joiner and a pictograph onto Hangul, flag, emoji
 * and prepended clusters whatever precedes the joiner, never onto clusters
 * of other characters, and in making U+FFFD a cluster of its own; it also
 * has none of Unicode 15.1's rule joining Indic conjuncts.
 */
function clusterEnd(k: readonly GCB[], i: number): number {
  const n = k.length;
  const at = (j: number): GCB | undefined => (j < n ? k[j] : undefined);
  // Extension: Extend, SpacingMark, or a zero-width joiner optionally followed by a pictograph and Extends.
  const extension = (j: number): number => {
    for (;;) {
      const c = at(j);
      if (c === GCB.Extend || c === GCB.SpacingMark) j++;
      else if (c === GCB.ZWJ) {
        j++;
        if (at(j) === GCB.ExtPict) {
          j++;
          while (at(j) === GCB.Extend) j++;
        }
      } else return j;
    }
  };
  const plainExtension = (j: number): number => {
    while (at(j) === GCB.Extend || at(j) === GCB.SpacingMark || at(j) === GCB.ZWJ) j++;
    return j;
  };
  const run = (j: number, c: GCB): number => {
    while (at(j) === c) j++;
    return j;
  };
  // A cluster of the kinds a Prepend may precede; undefined when `j` starts none of them.
  const body = (j: number): number | undefined => {
    switch (at(j)) {
      case GCB.L: {
        const l = run(j, GCB.L);
        if (at(l) === GCB.LV) return extension(at(l + 1) === GCB.V ? run(run(l + 1, GCB.V), GCB.T) : l + 1);
        if (at(l) === GCB.V) return extension(run(run(l, GCB.V), GCB.T));
        if (at(l) === GCB.LVT) return extension(run(l + 1, GCB.T));
        return extension(l);
      }
      case GCB.LV:
        return extension(run(run(j + 1, GCB.V), GCB.T));
      case GCB.V:
        return extension(run(run(j, GCB.V), GCB.T));
      case GCB.LVT:
        return extension(run(j + 1, GCB.T));
      case GCB.T:
        return extension(run(j, GCB.T));
      case GCB.ExtPict:
        return extension(j + 1);
      case GCB.ZWJ:
        return plainExtension(j + 1);
      case GCB.RegionalIndicator:
        return extension(at(j + 1) === GCB.RegionalIndicator ? j + 2 : j + 1);
      case GCB.Other:
      case GCB.Extend:
      case GCB.SpacingMark:
        return plainExtension(j + 1);
      default:
        return undefined;
    }
  };
  switch (k[i]) {
    case GCB.CR:
      return at(i + 1) === GCB.LF ? i + 2 : i + 1;
    case GCB.LF:
    case GCB.Control:
      return i + 1;
    case GCB.Prepend: {
      const p = run(i, GCB.Prepend);
      return body(p) ?? p;
    }
    default:
      return body(i)!;
  }
}

const ASCII = /^[\x00-\x7f]*$/;

/** The grapheme clusters of `s`, as go-textseg's `ScanGraphemeClusters` finds them (see clusterEnd). */
export function graphemes(s: string): string[] {
  const out: string[] = [];
  if (ASCII.test(s)) {
    // In ASCII only CR LF forms a cluster of more than one character.
    for (let i = 0; i < s.length; i++) {
      if (s[i] === "\r" && s[i + 1] === "\n") {
        out.push("\r\n");
        i++;
      } else out.push(s[i]!);
    }
    return out;
  }
  const cps = [...s];
  const kinds = cps.map(classify);
  for (let i = 0; i < cps.length;) {
    const end = clusterEnd(kinds, i);
    out.push(cps.slice(i, end).join(""));
    i = end;
  }
  return out;
}

// ---------------------------------------------------------------- Go's unicode case mapping

/**
 * Code points with case mappings new in Unicode 16 and 17, which JavaScript
 * knows and Go's Unicode 15.0 tables do not: they map to themselves, and
 * nothing maps to them.
 */
const NEWER_CASED: readonly (readonly [number, number])[] = [
  [0x019b, 0x019b],
  [0x0264, 0x0264],
  [0x1c89, 0x1c8a],
  [0xa7cb, 0xa7cf],
  [0xa7d2, 0xa7d5],
  [0xa7da, 0xa7dc],
  [0x10d50, 0x10d65],
  [0x10d70, 0x10d85],
  [0x16ea0, 0x16eb8],
  [0x16ebb, 0x16ed3],
];

function newerCased(c: number): boolean {
  for (const [lo, hi] of NEWER_CASED) if (c >= lo && c <= hi) return true;
  return false;
}

/** The single code point `s` holds, or undefined when a full mapping gave several. */
function single(s: string): number | undefined {
  const c = s.codePointAt(0)!;
  return s.length === (c > 0xffff ? 2 : 1) ? c : undefined;
}

/** Go's `unicode.ToUpper`: Unicode's simple uppercase mapping. */
function simpleUpper(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  if (newerCased(c)) return c;
  // Greek letters with ypogegrammeni: the full mapping expands, the simple one is the titlecase letter.
  if (c >= 0x1f80 && c <= 0x1faf) return (c & 0xf) < 8 ? c + 8 : c;
  if (c === 0x1fb3 || c === 0x1fc3 || c === 0x1ff3) return c + 9;
  const u = single(String.fromCodePoint(c).toUpperCase());
  // Other expanding mappings (ß, ŉ, ﬁ …) have no simple uppercase: Go keeps the letter.
  return u === undefined || newerCased(u) ? c : u;
}

/** Go's `unicode.ToLower`: Unicode's simple lowercase mapping. */
function simpleLower(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (newerCased(c)) return c;
  // İ lowercases to i plus a combining dot in full; its simple mapping is plain i.
  if (c === 0x130) return 0x69;
  // One code point on its own never meets the final-sigma condition, so Σ gives σ as in Go.
  const l = single(String.fromCodePoint(c).toLowerCase());
  return l === undefined || newerCased(l) ? c : l;
}

/** Go's `unicode.ToTitle`: the titlecase mapping, which differs from uppercase for few letters. */
function simpleTitle(c: number): number {
  // The digraphs DŽ, LJ, NJ, DZ in all three cases titlecase to their mixed form.
  if (c >= 0x1c4 && c <= 0x1cc) return c <= 0x1c6 ? 0x1c5 : c <= 0x1c9 ? 0x1c8 : 0x1cb;
  if (c >= 0x1f1 && c <= 0x1f3) return 0x1f2;
  // Georgian Mkhedruli letters have uppercase (Mtavruli) forms but are their own titlecase.
  if ((c >= 0x10d0 && c <= 0x10fa) || (c >= 0x10fd && c <= 0x10ff)) return c;
  return simpleUpper(c);
}

function mapCodePoints(s: string, f: (c: number) => number): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const m = f(c);
    out += m === c ? ch : String.fromCodePoint(m);
  }
  return out;
}

/** Go's `strings.ToUpper`. */
export function goToUpper(s: string): string {
  return ASCII.test(s) ? s.toUpperCase() : mapCodePoints(s, simpleUpper);
}

/** Go's `strings.ToLower`. */
export function goToLower(s: string): string {
  return ASCII.test(s) ? s.toLowerCase() : mapCodePoints(s, simpleLower);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;

/** Go's `unicode.IsSpace`: Unicode White_Space (U+0085 and U+00A0 included, U+FEFF not). */
const SPACE = /^\p{White_Space}$/u;

/** strings.Title's word boundary test: ASCII letters, digits and `_` continue a word, other ASCII ends it; beyond ASCII only spaces do. */
function isWordSeparator(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) {
    return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f);
  }
  if (LETTER_OR_DIGIT.test(ch)) return false;
  return SPACE.test(ch);
}

/** Go's (deprecated but still used by cty) `strings.Title`. */
export function goTitle(s: string): string {
  let out = "";
  let prevSeparates = true;
  for (const ch of s) {
    if (prevSeparates) {
      const c = ch.codePointAt(0)!;
      const t = simpleTitle(c);
      out += t === c ? ch : String.fromCodePoint(t);
    } else out += ch;
    prevSeparates = isWordSeparator(ch);
  }
  return out;
}

// ---------------------------------------------------------------- Go's strings package

const LEADING_SPACE = /^\p{White_Space}+/u;
const TRAILING_SPACE = /\p{White_Space}+$/u;

/** Go's `strings.TrimSpace` (JavaScript's `trim` also removes U+FEFF and keeps U+0085). */
export function goTrimSpace(s: string): string {
  return s.replace(LEADING_SPACE, "").replace(TRAILING_SPACE, "");
}

/** Go's `strings.Trim`: code points in `cutset` removed from both ends. */
export function goTrim(s: string, cutset: string): string {
  if (s === "" || cutset === "") return s;
  const cut = new Set(cutset);
  const cps = [...s];
  let a = 0;
  let b = cps.length;
  while (a < b && cut.has(cps[a]!)) a++;
  while (b > a && cut.has(cps[b - 1]!)) b--;
  return cps.slice(a, b).join("");
}

/** Go's `strings.Split`: an empty separator splits into code points (an empty string into nothing). */
export function goSplit(s: string, sep: string): string[] {
  if (sep === "") return [...s];
  return s.split(sep);
}

/** Go's `strings.Replace(s, old, new, -1)`: an empty `old` matches before every code point and at the end. */
export function goReplaceAll(s: string, old: string, replacement: string): string {
  if (old === "") return replacement + [...s].map((ch) => ch + replacement).join("");
  return s.split(old).join(replacement);
}

// ---------------------------------------------------------------- gocty

/** gocty's conversion of a number to a Go `int`. */
function toInt(v: Value): number {
  const i = toInt64(v);
  if (i === undefined) throw new FunctionError(WHOLE_NUMBER_MESSAGE);
  // Beyond ±2^53 a grapheme count or offset can never be reached; clamping keeps Go's comparisons' outcome.
  if (i > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (i < -BigInt(Number.MAX_SAFE_INTEGER)) return -Number.MAX_SAFE_INTEGER;
  return Number(i);
}

// ---------------------------------------------------------------- functions

function stringToString(description: string, f: (s: string) => string, allowDynamicType = false): Function {
  return new Function({
    description,
    params: [{ name: "str", type: StringType, allowDynamicType }],
    type: staticReturnType(StringType),
    impl: (args) => stringVal(f(args[0]!.asString())),
  });
}

export const UpperFunc = stringToString(
  "Returns the string with every letter converted to uppercase.",
  goToUpper,
  true,
);

export const LowerFunc = stringToString(
  "Returns the string with every letter converted to lowercase.",
  goToLower,
  true,
);

export const TitleFunc = stringToString(
  "Converts the first letter of each word (after a space or ASCII punctuation) to titlecase.",
  goTitle,
);

export const ReverseFunc = stringToString(
  "Returns the string with its characters (grapheme clusters) in reverse order.",
  (s) => graphemes(s).reverse().join(""),
  true,
);

export const ChompFunc = stringToString(
  "Removes any newline characters (\\n, \\r\\n, \\r) from the end of the string.",
  // cty removes the match of (?:\r\n?|\n)*\z, which is any trailing run of CR and LF.
  (s) => s.replace(/[\r\n]+$/, ""),
);

export const TrimSpaceFunc = stringToString(
  "Removes Unicode space characters from the start and end of the string.",
  goTrimSpace,
);

export const SubstrFunc = new Function({
  description: "Extracts a substring given an offset and a length, counted in characters (grapheme clusters).",
  params: [
    { name: "str", type: StringType, allowDynamicType: true },
    { name: "offset", type: NumberType, allowDynamicType: true },
    { name: "length", type: NumberType, allowDynamicType: true },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const str = args[0]!.asString();
    let offset = toInt(args[1]!);
    const length = toInt(args[2]!);
    let clusters: string[] | undefined;
    if (offset < 0) {
      clusters = graphemes(str);
      offset += clusters.length;
    } else if (length === 0) {
      // cty short-cuts here only for a non-negative offset: substr(s, -1, 0) is not "".
      return stringVal("");
    }
    clusters ??= graphemes(str);
    // An offset still negative counts from the start; one at or past the end leaves nothing.
    const from = Math.max(offset, 0);
    if (from >= clusters.length && offset > 0) return stringVal("");
    const rest = clusters.slice(from);
    // cty takes the whole remainder for a negative length, and also for length 0 after a negative
    // offset: its counting loop compares the count with the length only after the first step.
    return stringVal((length <= 0 ? rest : rest.slice(0, length)).join(""));
  },
});

export const JoinFunc = new Function({
  description: "Concatenates the elements of one or more lists of strings, with the separator between them.",
  params: [{ name: "separator", type: StringType }],
  varParam: { name: "lists", type: listOf(StringType) },
  type: staticReturnType(StringType),
  impl: (args) => {
    const sep = args[0]!.asString();
    const lists = args.slice(1);
    if (lists.length === 0) throw new FunctionError("at least one list is required");
    if (lists.some((l) => !l.isWhollyKnown())) return unknownVal(StringType);
    const items: string[] = [];
    lists.forEach((list, li) => {
      list.elements().forEach((e, ei) => {
        if (e.isNull()) {
          throw new ArgError(
            li + 1,
            lists.length > 1
              ? `element ${ei} of list ${li + 1} is null; cannot concatenate null values`
              : `element ${ei} is null; cannot concatenate null values`,
          );
        }
        items.push(e.asString());
      });
    });
    return stringVal(items.join(sep));
  },
});

export const SplitFunc = new Function({
  description: "Splits the string at every occurrence of the separator, giving a list of strings.",
  params: [
    { name: "separator", type: StringType },
    { name: "str", type: StringType },
  ],
  type: staticReturnType(listOf(StringType)),
  impl: (args) => {
    const parts = goSplit(args[1]!.asString(), args[0]!.asString());
    return parts.length === 0 ? listValEmpty(StringType) : listVal(parts.map(stringVal));
  },
});

/** strings.Repeat's limit on the result: beyond it Go runs out of memory, Plinth reports an error. */
const MAX_INDENT = 1 << 28;

export const IndentFunc = new Function({
  description: "Adds the given number of spaces after each newline in the string (not before the first line).",
  params: [
    { name: "spaces", type: NumberType },
    { name: "str", type: StringType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const spaces = toInt(args[0]!);
    // strings.Repeat panics; cty reports the panic (with a stack trace Plinth leaves out).
    if (spaces < 0) throw new FunctionError("panic in function implementation: strings: negative Repeat count");
    if (spaces > MAX_INDENT) throw new FunctionError(`indentation of ${spaces} spaces is too large`);
    const data = args[1]!.asString();
    return stringVal(data.split("\n").join("\n" + " ".repeat(spaces)));
  },
});

export const ReplaceFunc = new Function({
  description: "Replaces every occurrence of a substring (plain text, not a pattern) with the replacement.",
  params: [
    { name: "str", type: StringType },
    { name: "substr", type: StringType },
    { name: "replace", type: StringType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => stringVal(goReplaceAll(args[0]!.asString(), args[1]!.asString(), args[2]!.asString())),
});

function twoStrings(description: string, second: string, f: (a: string, b: string) => string): Function {
  return new Function({
    description,
    params: [
      { name: "str", type: StringType },
      { name: second, type: StringType },
    ],
    type: staticReturnType(StringType),
    impl: (args) => stringVal(f(args[0]!.asString(), args[1]!.asString())),
  });
}

export const TrimFunc = twoStrings(
  "Removes the characters listed in cutset from the start and end of the string.",
  "cutset",
  goTrim,
);

export const TrimPrefixFunc = twoStrings(
  "Removes the prefix from the start of the string, if present.",
  "prefix",
  (s, p) => (s.startsWith(p) ? s.slice(p.length) : s),
);

export const TrimSuffixFunc = twoStrings(
  "Removes the suffix from the end of the string, if present.",
  "suffix",
  (s, x) => (x !== "" && s.endsWith(x) ? s.slice(0, s.length - x.length) : s),
);

/**
 * Packer's `startswith`. Its `str` accepts unknown values: the empty prefix
 * starts any string. (Packer also answers from an unknown string's known
 * prefix refinement, which Plinth does not model.)
 */
export const StartsWithFunc = new Function({
  description: "Reports whether the string starts with the prefix.",
  params: [
    { name: "str", type: StringType, allowUnknown: true },
    { name: "prefix", type: StringType },
  ],
  type: staticReturnType(BoolType),
  impl: (args) => {
    const prefix = args[1]!.asString();
    if (!args[0]!.isKnown()) return prefix === "" ? True : unknownVal(BoolType);
    return args[0]!.asString().startsWith(prefix) ? True : False;
  },
});

export const EndsWithFunc = new Function({
  description: "Reports whether the string ends with the suffix.",
  params: [
    { name: "str", type: StringType },
    { name: "suffix", type: StringType },
  ],
  type: staticReturnType(BoolType),
  impl: (args) => (args[0]!.asString().endsWith(args[1]!.asString()) ? True : False),
});

export const StrContainsFunc = new Function({
  description: "Reports whether the substring occurs in the string.",
  params: [
    { name: "str", type: StringType },
    { name: "substr", type: StringType },
  ],
  type: staticReturnType(BoolType),
  impl: (args) => (args[0]!.asString().includes(args[1]!.asString()) ? True : False),
});

/** The string functions by their Packer names. */
export const stringFunctions: Readonly<Record<string, Function>> = {
  chomp: ChompFunc,
  endswith: EndsWithFunc,
  indent: IndentFunc,
  join: JoinFunc,
  lower: LowerFunc,
  replace: ReplaceFunc,
  split: SplitFunc,
  startswith: StartsWithFunc,
  strcontains: StrContainsFunc,
  strrev: ReverseFunc,
  substr: SubstrFunc,
  title: TitleFunc,
  trim: TrimFunc,
  trimprefix: TrimPrefixFunc,
  trimspace: TrimSpaceFunc,
  trimsuffix: TrimSuffixFunc,
  upper: UpperFunc,
};
