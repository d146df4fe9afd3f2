/**
 * `regex`, `regexall` and `regex_replace` (FN-21), as go-cty implements
 * them on Go's `regexp` package. Matching runs on re2js, a port of RE2
 * with Go's syntax and leftmost-first semantics; what Go's `regexp` adds
 * on top — how FindAll and ReplaceAll step past empty matches, `$name`
 * expansion in replacements, and the wording of syntax errors — is
 * reproduced here.
 *
 * The result shape of `regex` follows the pattern's capture groups: no
 * groups give the matched string, unnamed groups a tuple, named groups an
 * object, with null for a group that did not take part in the match.
 *
 * Packer 1.14 is built with Go 1.22 or later, whose `regexp/syntax` accepts
 * `(?<name>…)` as well as `(?P<name>…)`; so does Plinth (Go 1.19, which
 * built go-cty 1.12's reference results, rejected it).
 *
 * Where re2js's parser departs from Go's, `compile` brings it back: Go
 * allows a group name twice, reads "[:]" in a class differently, and
 * reports "(?P<" at the end of a pattern as a flag error.
 */
import type { RE2JS } from "re2js";
import { DynamicPseudoType, listOf, objectOf, StringType, tupleOf, type Type } from "../cty/types.js";
import {
  DynamicVal,
  listVal,
  listValEmpty,
  nullVal,
  objectVal,
  stringVal,
  tupleVal,
  type Value,
} from "../cty/value.js";
import { ArgError, Function, FunctionError, staticReturnType } from "./function.js";
import { DeferredModule } from "./deferred.js";

const re2js = new DeferredModule<typeof RE2JS>(
  "re2js",
  () => import("re2js"),
  (m) => (m as { RE2JS: typeof RE2JS }).RE2JS,
);

// ---------------------------------------------------------------- compiling

/** A compiled pattern and Go's `SubexpNames` (index 0 is the whole match, named ""). */
interface Compiled {
  re: RE2JS;
  names: string[];
}

/** A syntax error as Go's regexp/syntax reports it: a code and the offending text. */
class GoSyntaxError extends Error {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {
    super(`error parsing regexp: ${code}: \`${expr}\``);
  }
}

interface RE2JSSyntaxError {
  error?: unknown;
  input?: unknown;
}

const NAMED_GROUP = /^\(\?P?<([^>]*)>/;

/**
 * The pattern with repeated group names replaced by fresh ones, and what
 * each fresh name stands for. Go allows a name twice (RE2 and re2js do
 * not); the scan skips escapes, `\Q…\E` and character classes so that only
 * real group openers are renamed.
 */
function renameDuplicates(pattern: string): { pattern: string; aliases: Map<string, string> } {
  const seen = new Set<string>();
  for (const m of pattern.matchAll(/\(\?P?<([A-Za-z0-9_]+)>/g)) seen.add(m[1]!);
  const aliases = new Map<string, string>();
  const used = new Set<string>();
  let k = 0;
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "\\") {
      if (pattern[i + 1] === "Q") {
        const e = pattern.indexOf("\\E", i + 2);
        const stop = e < 0 ? pattern.length : e + 2;
        out += pattern.slice(i, stop);
        i = stop;
      } else {
        out += pattern.slice(i, i + 2);
        i += 2;
      }
      continue;
    }
    if (c === "[") {
      // A class: "]" right after "[" or "[^" is a literal; "[:name:]" is a POSIX class.
      let j = i + 1;
      if (pattern[j] === "^") j++;
      if (pattern[j] === "]") j++;
      while (j < pattern.length && pattern[j] !== "]") {
        if (pattern[j] === "\\") j += 2;
        else if (pattern.startsWith("[:", j) && pattern.indexOf(":]", j + 2) >= 0) j = pattern.indexOf(":]", j + 2) + 2;
        else j++;
      }
      out += pattern.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = c === "(" ? NAMED_GROUP.exec(pattern.slice(i)) : null;
    if (m !== null) {
      const name = m[1]!;
      if (used.has(name)) {
        let alias: string;
        do alias = `plinth_dup_${k++}`;
        while (seen.has(alias));
        aliases.set(alias, name);
        out += m[0].replace(`<${name}>`, `<${alias}>`);
      } else {
        used.add(name);
        out += m[0];
      }
      i += m[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return { pattern: out, aliases };
}

/**
 * Where re2js and Go's parser disagree on "[:" inside a class followed at
 * once by "]": re2js reads "[:]" as a POSIX class name (and rejects it), Go
 * looks for ":]" only after the "[:" — so it reads a longer (invalid) name
 * up to a later ":]", or, without one, a literal "[". Returns Go's error, or
 * the pattern with that "[" escaped so re2js reads it as Go does.
 */
function fixClassColon(pattern: string): GoSyntaxError | string | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      if (!inClass && pattern[i + 1] === "Q") {
        const e = pattern.indexOf("\\E", i + 2);
        if (e < 0) return undefined;
        i = e + 1;
      } else i++;
      continue;
    }
    if (!inClass) {
      if (c === "[") {
        inClass = true;
        if (pattern[i + 1] === "^") i++;
        // a "]" first in a class is literal
        if (pattern[i + 1] === "]") i++;
      }
      continue;
    }
    if (c === "]") {
      inClass = false;
      continue;
    }
    if (c === "[" && pattern[i + 1] === ":") {
      const end = pattern.indexOf(":]", i + 2);
      if (pattern[i + 2] === "]") {
        if (end >= 0) return new GoSyntaxError("invalid character class range", pattern.slice(i, end + 2));
        return pattern.slice(0, i) + "\\" + pattern.slice(i);
      }
      if (end >= 0) i = end + 1;
    }
  }
  return undefined;
}

const cache = new Map<string, Compiled | GoSyntaxError>();

function compileUncached(pattern: string, aliases = new Map<string, string>()): Compiled | GoSyntaxError {
  try {
    const re = re2js.get().compile(pattern);
    const names = new Array<string>(re.groupCount() + 1).fill("");
    for (const [name, index] of Object.entries(re.namedGroups())) names[index] = aliases.get(name) ?? name;
    return { re, names };
  } catch (e) {
    const err = e as RE2JSSyntaxError;
    if (typeof err.error !== "string") throw e;
    if (err.error === "duplicate capture group name" && aliases.size === 0) {
      const renamed = renameDuplicates(pattern);
      if (renamed.aliases.size > 0) return compileUncached(renamed.pattern, renamed.aliases);
    }
    if (err.error === "invalid character class range" && err.input === "[:]") {
      const fixed = fixClassColon(pattern);
      if (fixed instanceof GoSyntaxError) return fixed;
      if (fixed !== undefined) return compileUncached(fixed, aliases);
    }
    // Go reads "(?P<" or "(?<" that ends the pattern as flags, and stops at the letter that is no flag.
    if (err.error === "invalid named capture" && (err.input === "(?P<" || err.input === "(?<")) {
      return new GoSyntaxError("invalid or unsupported Perl syntax", err.input === "(?P<" ? "(?P" : "(?<");
    }
    let expr = typeof err.input === "string" ? err.input : "";
    for (const [alias, name] of aliases) expr = expr.split(`<${alias}>`).join(`<${name}>`);
    return new GoSyntaxError(err.error, expr);
  }
}

/** Go's `regexp.Compile`: the pattern, or the syntax error Go would report. */
function compile(pattern: string): Compiled | GoSyntaxError {
  let c = cache.get(pattern);
  if (c === undefined) {
    c = compileUncached(pattern);
    if (cache.size > 256) cache.clear();
    cache.set(pattern, c);
  }
  return c;
}

// ---------------------------------------------------------------- matching

/** Go's match index slice: start and end of the whole match and of each group, -1 where a group did not match. */
type Match = number[];

/** The leftmost-first match starting the search at `pos` (Go's doExecute), or undefined. */
function execAt(c: Compiled, s: string, pos: number): Match | undefined {
  const m = c.re.matcher(s);
  if (!m.find(pos)) return undefined;
  const out: Match = [];
  for (let g = 0; g < c.names.length; g++) out.push(m.start(g), m.end(g));
  return out;
}

/** Length in UTF-16 units of the code point at `pos` (0 at the end): Go steps over one rune. */
function runeWidth(s: string, pos: number): number {
  if (pos >= s.length) return 0;
  const c = s.codePointAt(pos)!;
  return c > 0xffff ? 2 : 1;
}

/** Go's FindAllStringSubmatchIndex(s, -1): no empty match right after the previous match. */
function findAll(c: Compiled, s: string): Match[] {
  const out: Match[] = [];
  let prevMatchEnd = -1;
  for (let pos = 0; pos <= s.length;) {
    const m = execAt(c, s, pos);
    if (m === undefined) break;
    let accept = true;
    if (m[1] === pos) {
      if (m[0] === prevMatchEnd) accept = false;
      const w = runeWidth(s, pos);
      pos = w > 0 ? pos + w : s.length + 1;
    } else pos = m[1]!;
    prevMatchEnd = m[1]!;
    if (accept) out.push(m);
  }
  return out;
}

/** Go's `extract`: a `name` or `{name}` after `$`; undefined when malformed. */
function extractName(t: string): { name: string; num: number; rest: string } | undefined {
  let s = t;
  const brace = s.startsWith("{");
  if (brace) s = s.slice(1);
  const m = /^[\p{L}\p{Nd}_]+/u.exec(s);
  if (m === null) return undefined;
  const name = m[0];
  let i = name.length;
  if (brace) {
    if (s[i] !== "}") return undefined;
    i++;
  }
  let num = -1;
  // A group number is ASCII digits without a leading zero, below 10^8 as Go counts.
  if (/^(0|[1-9][0-9]*)$/.test(name)) {
    let n = 0;
    for (const ch of name) {
      if (n >= 1e8) {
        n = -1;
        break;
      }
      n = n * 10 + (ch.charCodeAt(0) - 48);
    }
    num = n;
  }
  return { name, num, rest: s.slice(i) };
}

/** Go's Regexp.expand: `$1`, `${1}`, `$name`, `${name}` and `$$` in a ReplaceAllString template. */
function expand(c: Compiled, template: string, s: string, m: Match): string {
  let out = "";
  let t = template;
  for (;;) {
    const at = t.indexOf("$");
    if (at < 0) break;
    out += t.slice(0, at);
    t = t.slice(at + 1);
    if (t.startsWith("$")) {
      out += "$";
      t = t.slice(1);
      continue;
    }
    const ref = extractName(t);
    if (ref === undefined) {
      out += "$";
      continue;
    }
    t = ref.rest;
    const participated = (g: number): boolean => 2 * g + 1 < m.length && m[2 * g]! >= 0;
    // A repeated name refers to the first group of that name that took part in the match.
    const group = ref.num >= 0 ? ref.num : c.names.findIndex((n, g) => g > 0 && n === ref.name && participated(g));
    if (group >= 0 && participated(group)) out += s.slice(m[2 * group], m[2 * group + 1]);
  }
  return out + t;
}

/** Go's Regexp.ReplaceAllString. */
function replaceAll(c: Compiled, src: string, repl: string): string {
  let out = "";
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= src.length) {
    const a = execAt(c, src, searchPos);
    if (a === undefined) break;
    out += src.slice(lastMatchEnd, a[0]);
    // No replacement for an empty match right after the previous match (unless at the start).
    if (a[1]! > lastMatchEnd || a[0] === 0) out += expand(c, repl, src, a);
    lastMatchEnd = a[1]!;
    const w = runeWidth(src, searchPos);
    if (searchPos + w > a[1]!) searchPos += w;
    else if (searchPos + 1 > a[1]!) searchPos++;
    else searchPos = a[1]!;
  }
  return out + src.slice(lastMatchEnd);
}

// ---------------------------------------------------------------- result shapes

/** cty's regexPatternResultType: the type describing one match of the pattern. */
function resultType(pattern: string): { type: Type; compiled: Compiled } {
  const c = compile(pattern);
  if (c instanceof GoSyntaxError) throw new ArgError(0, `invalid regexp pattern: ${c.code} in ${c.expr}`);
  const groups = c.names.slice(1);
  const named = groups.filter((n) => n !== "");
  const unnamed = groups.length - named.length;
  if (groups.length === 0) return { type: StringType, compiled: c };
  if (unnamed > 0 && named.length > 0) {
    throw new ArgError(0, "invalid regexp pattern: cannot mix both named and unnamed capture groups");
  }
  if (unnamed > 0) return { type: tupleOf(groups.map(() => StringType)), compiled: c };
  const attrs: Record<string, Type> = {};
  for (const n of named) attrs[n] = StringType;
  return { type: objectOf(attrs), compiled: c };
}

function groupValue(s: string, m: Match, g: number): Value {
  const start = m[2 * g]!;
  return start < 0 ? nullVal(StringType) : stringVal(s.slice(start, m[2 * g + 1]));
}

/** cty's regexPatternResult: one match as a string, tuple or object. */
function matchValue(c: Compiled, s: string, m: Match, t: Type): Value {
  if (t.kind === "string") return stringVal(s.slice(m[0], m[1]));
  if (t.kind === "tuple") return tupleVal(c.names.slice(1).map((_, i) => groupValue(s, m, i + 1)));
  const attrs: Record<string, Value> = {};
  c.names.forEach((n, g) => {
    if (g > 0) attrs[n] = groupValue(s, m, g);
  });
  return objectVal(attrs);
}

// ---------------------------------------------------------------- functions

export const RegexFunc = new Function({
  description:
    "Returns the first match of a regular expression in a string: the match, a tuple of groups or an object of named groups.",
  params: [
    { name: "pattern", type: StringType },
    { name: "string", type: StringType },
  ],
  type: (args) => {
    // The result type depends on the pattern's groups.
    if (!args[0]!.isKnown()) return DynamicPseudoType;
    return resultType(args[0]!.asString()).type;
  },
  impl: (args, retType) => {
    if (retType.kind === "dynamic") return DynamicVal;
    const { compiled } = resultType(args[0]!.asString());
    const s = args[1]!.asString();
    const m = execAt(compiled, s, 0);
    if (m === undefined) throw new FunctionError("pattern did not match any part of the given string");
    return matchValue(compiled, s, m, retType);
  },
});

export const RegexAllFunc = new Function({
  description: "Returns a list of all non-overlapping matches of a regular expression in a string (empty if none).",
  params: [
    { name: "pattern", type: StringType },
    { name: "string", type: StringType },
  ],
  type: (args) => {
    if (!args[0]!.isKnown()) return listOf(DynamicPseudoType);
    return listOf(resultType(args[0]!.asString()).type);
  },
  impl: (args, retType) => {
    const ety = retType.kind === "list" ? retType.elementType : DynamicPseudoType;
    if (ety.kind === "dynamic") return DynamicVal;
    const { compiled } = resultType(args[0]!.asString());
    const s = args[1]!.asString();
    const matches = findAll(compiled, s);
    if (matches.length === 0) return listValEmpty(ety);
    return listVal(matches.map((m) => matchValue(compiled, s, m, ety)));
  },
});

export const RegexReplaceFunc = new Function({
  description: "Replaces every match of a regular expression in a string; $1 and ${name} insert captured groups.",
  params: [
    { name: "str", type: StringType },
    { name: "pattern", type: StringType },
    { name: "replace", type: StringType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const c = compile(args[1]!.asString());
    // Go returns the compile error itself here, not the "invalid regexp pattern" wording of regex.
    if (c instanceof GoSyntaxError) throw new FunctionError(c.message);
    return stringVal(replaceAll(c, args[0]!.asString(), args[2]!.asString()));
  },
});

/** The regular expression functions by their Packer names. */
export const regexFunctions: Readonly<Record<string, Function>> = {
  regex: RegexFunc,
  regexall: RegexAllFunc,
  regex_replace: RegexReplaceFunc,
};
