// regex, regexall and regex_replace (FN-21): Go RE2 syntax through re2js,
// result shapes from the pattern's groups, Go's stepping past empty matches
// in FindAll and ReplaceAll, `$1`/`${name}` expansion, and Go's syntax error
// wording.
//
// Expected values: the ORACLE table was recorded from the Go referee
// (test/tools/hcleval: HCL 2.14 + go-cty 1.12.1, Go 1.19), including a
// sample of randomly generated valid and invalid patterns. `(?<name>…)` is
// the one place Plinth follows Packer 1.14's Go (1.22 or later) rather than
// the referee, and the test says so.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringType } from "../../src/cty/types.js";
import { stringVal, unknownVal, type Value } from "../../src/cty/value.js";
import { ArgError, FunctionError, type Function } from "../../src/functions/function.js";
import { RegexAllFunc, RegexFunc, regexFunctions, RegexReplaceFunc } from "../../src/functions/regex.js";
import { evalFunctions } from "../support/eval-functions.js";
import { type Case, recordedCaseChecker } from "../support/function-cases.js";

const functions = evalFunctions();
for (const [name, f] of Object.entries(regexFunctions)) functions.set(name, f);
const check = recordedCaseChecker(functions);

function call(f: Function, ...args: Value[]): Value {
  return f.call(args);
}

function str(f: Function, ...args: string[]): Value {
  return call(f, ...args.map(stringVal));
}

// Recorded from the Go referee.
const ORACLE: Case[] = [
  ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', "", { t: "string", v: "aaabbbccc" }],
  [
    'regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")',
    "",
    {
      e: [
        { t: "string", v: "2019" },
        { t: "string", v: "02" },
        { t: "string", v: "01" },
      ],
      t: ["tuple", ["string", "string", "string"]],
    },
  ],
  [
    'regex("(?P<year>\\\\d\\\\d\\\\d\\\\d)-(?P<month>\\\\d\\\\d)", "2019-02-01")',
    "",
    {
      a: { month: { t: "string", v: "02" }, year: { t: "string", v: "2019" } },
      t: ["object", { month: "string", year: "string" }],
    },
  ],
  [
    'regex("(\\\\d+)(?P<x>a)", "1a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  [
    'regex("(a)|(b)", "b")',
    "",
    {
      e: [
        { null: true, t: "string" },
        { t: "string", v: "b" },
      ],
      t: ["tuple", ["string", "string"]],
    },
  ],
  [
    'regex("(?P<a>a)|(?P<b>b)", "b")',
    "",
    { a: { a: { null: true, t: "string" }, b: { t: "string", v: "b" } }, t: ["object", { a: "string", b: "string" }] },
  ],
  [
    'regex("x", "abc")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("(", "abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ) in (.',
      ],
    },
  ],
  [
    'regex("a**", "abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid nested repetition operator in **.',
      ],
    },
  ],
  [
    'regex("\\\\", "abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: trailing backslash at end of expression in .',
      ],
    },
  ],
  [
    'regex("[z-a]", "abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in z-a.',
      ],
    },
  ],
  [
    'regex("\\\\8", "abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\8.',
      ],
    },
  ],
  [
    'regex("\\\\Z", "abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\Z.',
      ],
    },
  ],
  ['regex("(?P<n>a)(?P<n>b)", "ab")', "", { a: { n: { t: "string", v: "b" } }, t: ["object", { n: "string" }] }],
  [
    'regex("(?P<>a)", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid named capture in (?P<>.',
      ],
    },
  ],
  [
    'regex("(?i", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?i.',
      ],
    },
  ],
  [
    'regex("(?=a)", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?=.',
      ],
    },
  ],
  [
    'regex("x{1001}", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid repeat count in {1001}.',
      ],
    },
  ],
  [
    'regex("((a{100}){100}){100}", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid repeat count in {100}.',
      ],
    },
  ],
  [
    'regex("\\\\pX", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in \\pX.',
      ],
    },
  ],
  [
    'regex("[[:foo:]]", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in [:foo:].',
      ],
    },
  ],
  [
    'regex("a{2,1}", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid repeat count in {2,1}.',
      ],
    },
  ],
  [
    'regex("*", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing argument to repetition operator in *.',
      ],
    },
  ],
  [
    'regex(")", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: unexpected ) in ).',
      ],
    },
  ],
  [
    'regex("[a", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ] in [a.',
      ],
    },
  ],
  [
    'regex("(?P=n)", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?P.',
      ],
    },
  ],
  [
    'regexall("[a-z]+", "1a22bb333ccc")',
    "",
    {
      e: [
        { t: "string", v: "a" },
        { t: "string", v: "bb" },
        { t: "string", v: "ccc" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'regexall("x*", "abc")',
    "",
    {
      e: [
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'regexall("a*", "baaab")',
    "",
    {
      e: [
        { t: "string", v: "" },
        { t: "string", v: "aaa" },
        { t: "string", v: "" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'regexall("(a)(b)?", "a ab")',
    "",
    {
      e: [
        {
          e: [
            { t: "string", v: "a" },
            { null: true, t: "string" },
          ],
          t: ["tuple", ["string", "string"]],
        },
        {
          e: [
            { t: "string", v: "a" },
            { t: "string", v: "b" },
          ],
          t: ["tuple", ["string", "string"]],
        },
      ],
      t: ["list", ["tuple", ["string", "string"]]],
    },
  ],
  [
    'regexall("(?P<k>\\\\w+)=(?P<v>\\\\w*)", "a=1 b= c=3")',
    "",
    {
      e: [
        { a: { k: { t: "string", v: "a" }, v: { t: "string", v: "1" } }, t: ["object", { k: "string", v: "string" }] },
        { a: { k: { t: "string", v: "b" }, v: { t: "string", v: "" } }, t: ["object", { k: "string", v: "string" }] },
        { a: { k: { t: "string", v: "c" }, v: { t: "string", v: "3" } }, t: ["object", { k: "string", v: "string" }] },
      ],
      t: ["list", ["object", { k: "string", v: "string" }]],
    },
  ],
  ['regexall("x", "abc")', "", { e: [], t: ["list", "string"] }],
  [
    'regexall("(", "abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ) in (.',
      ],
    },
  ],
  [
    'regexall("", "héllo😀")',
    "",
    {
      e: [
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'regexall(".", "a😀é")',
    "",
    {
      e: [
        { t: "string", v: "a" },
        { t: "string", v: "😀" },
        { t: "string", v: "é" },
      ],
      t: ["list", "string"],
    },
  ],
  ['regex_replace("hello world", "o", "0")', "", { t: "string", v: "hell0 w0rld" }],
  ['regex_replace("hello world", "(\\\\w+) (\\\\w+)", "$2 $1")', "", { t: "string", v: "world hello" }],
  [
    'regex_replace("hello world", "(?P<a>\\\\w+) (?P<b>\\\\w+)", "${b}_$a")',
    "",
    { err: ["Unknown variable", 'There is no variable named "b".'] },
  ],
  ['regex_replace("abc", "", "-")', "", { t: "string", v: "-a-b-c-" }],
  ['regex_replace("abc", "x*", "-")', "", { t: "string", v: "-a-b-c-" }],
  ['regex_replace("baaac", "a*", "-")', "", { t: "string", v: "-b-c-" }],
  [
    'regex_replace("abc", "(b)", "$1x|${1}x|$$|$|$x|${|${1|$2|$0|$01|$١")',
    "",
    { err: ["Unsupported operator", 'Bitwise operators are not supported. Did you mean boolean OR ("||")?'] },
  ],
  [
    'regex_replace("abc", "(", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: missing closing ): `(`.',
      ],
    },
  ],
  ['regex_replace("a😀b", "", "-")', "", { t: "string", v: "-a-😀-b-" }],
  ['regex_replace("a😀b", ".", "[$0]")', "", { t: "string", v: "[a][😀][b]" }],
  ['regex_replace("aaa", "a", "$")', "", { t: "string", v: "$$$" }],
  [
    'regex_replace("abc", "b", "${}")',
    "",
    { err: ["Invalid expression", "Expected the start of an expression, but found an invalid expression token."] },
  ],
  [
    'regex("a$", "a\\n")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  ['regex("(?m)a$", "a\\nb")', "", { t: "string", v: "a" }],
  ['regex("a\\\\z", "a")', "", { t: "string", v: "a" }],
  ['regex("(?s).+", "a\\nb")', "", { t: "string", v: "a\nb" }],
  ['regex(".+", "a\\nb")', "", { t: "string", v: "a" }],
  ['regex("\\\\bfoo\\\\b", "a foo b")', "", { t: "string", v: "foo" }],
  [
    'regex("(?i)straße", "STRASSE")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  ['regex("(?i)σ", "Σ")', "", { t: "string", v: "Σ" }],
  ['regex("(?i)k", "\\u212a")', "", { t: "string", v: "K" }],
  ['regex("\\\\p{Greek}+", "abc αβγ")', "", { t: "string", v: "αβγ" }],
  ['regex("[[:alpha:]]+", "123abc")', "", { t: "string", v: "abc" }],
  ['regex("\\\\x{1F600}", "a😀")', "", { t: "string", v: "😀" }],
  ['regex("[^a]", "😀")', "", { t: "string", v: "😀" }],
  ['regex("(?U)a+", "aaa")', "", { t: "string", v: "a" }],
  ['regex("a+?", "aaa")', "", { t: "string", v: "a" }],
  [
    'regex("(a|ab)(c|bcd)(d*)", "abcd")',
    "",
    {
      e: [
        { t: "string", v: "a" },
        { t: "string", v: "bcd" },
        { t: "string", v: "" },
      ],
      t: ["tuple", ["string", "string", "string"]],
    },
  ],
  ['regex("\\\\Qa.b\\\\E", "xa.b")', "", { t: "string", v: "a.b" }],
  ['regex("^", "")', "", { t: "string", v: "" }],
  ['regexall("^", "")', "", { e: [{ t: "string", v: "" }], t: ["list", "string"] }],
  ['regexall("$", "ab")', "", { e: [{ t: "string", v: "" }], t: ["list", "string"] }],
  [
    'regexall("\\\\b", "ab cd")',
    "",
    {
      e: [
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'regex("\\\\C", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\C.',
      ],
    },
  ],
  ['regex(x, "abc")', 'x = unknown("string")', { t: "dynamic", u: true }],
  ['regexall(x, "abc")', 'x = unknown("string")', { t: ["list", "dynamic"], u: true }],
  ['regex("(a)(b)", x)', 'x = unknown("string")', { t: ["tuple", ["string", "string"]], u: true }],
  ['regex("(?P<a>a)", x)', 'x = unknown("string")', { t: ["object", { a: "string" }], u: true }],
  ['regexall("(a)", x)', 'x = unknown("string")', { t: ["list", ["tuple", ["string"]]], u: true }],
  ['regex_replace(x, "a", "b")', 'x = unknown("string")', { t: "string", u: true }],
  ['regex("a", x)', 'x = sensitive("abc")', { m: ["sensitive"], t: "string", v: "a" }],
  [
    'regexall("a", x)',
    'x = sensitive("aa")',
    {
      e: [
        { t: "string", v: "a" },
        { t: "string", v: "a" },
      ],
      m: ["sensitive"],
      t: ["list", "string"],
    },
  ],
  [
    'regex(null, "a")',
    "",
    { err: ["Invalid function argument", 'Invalid value for "pattern" parameter: argument must not be null.'] },
  ],
  [
    'regex("a", null)',
    "",
    { err: ["Invalid function argument", 'Invalid value for "string" parameter: argument must not be null.'] },
  ],
  [
    'regexall("(?P<n>a)|(?P<n>b)", "ab")',
    "",
    {
      e: [
        { a: { n: { null: true, t: "string" } }, t: ["object", { n: "string" }] },
        { a: { n: { t: "string", v: "b" } }, t: ["object", { n: "string" }] },
      ],
      t: ["list", ["object", { n: "string" }]],
    },
  ],
  ['regex_replace("ab", "(?P<n>a)|(?P<n>b)", "[$n]")', "", { t: "string", v: "[a][b]" }],
  ['regex_replace("ab", "(?P<n>x)?(?P<n>a)", "[$n]")', "", { t: "string", v: "[a]b" }],
  [
    'regex("[(?P<n>]x(?P<n>a)(?P<n>b)", "xab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("\\\\Q(?P<n>\\\\E(?P<n>a)(?P<n>b)", "(?P<n>ab")',
    "",
    { a: { n: { t: "string", v: "b" } }, t: ["object", { n: "string" }] },
  ],
  [
    'regex("(?P<a1>a)(?P<a1>b)(?P<a1>c)", "abc")',
    "",
    { a: { a1: { t: "string", v: "c" } }, t: ["object", { a1: "string" }] },
  ],
  [
    'regex("(?P<n>a)(?P<n>b", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ) in (?P<n>a)(?P<n>b.',
      ],
    },
  ],
  [
    'regex("[[:]", "a")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("[[:]:]", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in [:]:].',
      ],
    },
  ],
  [
    'regex("[a[:]b:]]", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in [:]b:].',
      ],
    },
  ],
  [
    'regex("[[:]]", "[")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("(?P<", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?P.',
      ],
    },
  ],
  [
    'regex("x(?P<", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?P.',
      ],
    },
  ],
  [
    'regex("(?<", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?<.',
      ],
    },
  ],
  [
    'regex("(?P", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?P.',
      ],
    },
  ],
  [
    'regex("(?", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?.',
      ],
    },
  ],
  [
    'regex("(?P>", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?P.',
      ],
    },
  ],
  [
    'regex("(?P<a>", "a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ) in (?P<a>.',
      ],
    },
  ],
  [
    'regex_replace("ab", "(", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: missing closing ): `(`.',
      ],
    },
  ],
  [
    'regex_replace("ab", "\\\\", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: trailing backslash at end of expression: ``.',
      ],
    },
  ],
  [
    'regex_replace("ab", "(?P<n!>a)", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: invalid named capture: `(?P<n!>`.',
      ],
    },
  ],
  [
    'regexall("(?i)ß", "SS ß ẞ")',
    "",
    {
      e: [
        { t: "string", v: "ß" },
        { t: "string", v: "ẞ" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'regexall("\\\\d+", "a1b22c333")',
    "",
    {
      e: [
        { t: "string", v: "1" },
        { t: "string", v: "22" },
        { t: "string", v: "333" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'regexall("(\\\\w)(\\\\d)?", "a1 b c2")',
    "",
    {
      e: [
        {
          e: [
            { t: "string", v: "a" },
            { t: "string", v: "1" },
          ],
          t: ["tuple", ["string", "string"]],
        },
        {
          e: [
            { t: "string", v: "b" },
            { null: true, t: "string" },
          ],
          t: ["tuple", ["string", "string"]],
        },
        {
          e: [
            { t: "string", v: "c" },
            { t: "string", v: "2" },
          ],
          t: ["tuple", ["string", "string"]],
        },
      ],
      t: ["list", ["tuple", ["string", "string"]]],
    },
  ],
  ['regex_replace("a.b.c", "\\\\.", "\\\\")', "", { t: "string", v: "a\\b\\c" }],
  ['regex_replace("abc", "b", "$1")', "", { t: "string", v: "ac" }],
  [
    'regex_replace("abc", "(?P<x>b)", "${x}${y}$x$")',
    "",
    { err: ["Unknown variable", 'There is no variable named "x".'] },
  ],
  ['regex_replace("x", "x", "$ab€1 ${é}")', "", { err: ["Unknown variable", 'There is no variable named "é".'] }],
  ['regex_replace("aXbXc", "X", "$$1")', "", { t: "string", v: "a$1b$1c" }],
  ['regex_replace("aaa\\n", "\\\\.|(?:^)\\\\b|(?:\\\\B$|\\\\s)", "$${n1}x")', "", { t: "string", v: "xaaax" }],
  ['regex_replace("aab bca", "é", "$${x}$y")', "", { t: "string", v: "aab bca" }],
  [
    'regex("(?P<x>\\\\d)😀(?:\\\\B)|((?P<x>(?:é)))", "")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  ['regex("\\\\b", "12 ab_c")', "", { t: "string", v: "" }],
  [
    'regex("((^)|(?s:.))+?", "")',
    "",
    {
      e: [
        { t: "string", v: "" },
        { t: "string", v: "" },
      ],
      t: ["tuple", ["string", "string"]],
    },
  ],
  ['regexall("\\\\p{Greek}", "ABC abc")', "", { e: [], t: ["list", "string"] }],
  ['regexall("[^b]", "bbbb")', "", { e: [], t: ["list", "string"] }],
  [
    'regexall("(?P<x>(?P<x>\\\\b[ab]+))(😀((?i:A)))", "ABC abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  [
    'regex("(\\\\x{e9})c", "a\\nb\\nc")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  ['regex_replace("é😀a", "(?:(\\\\b\\\\x{e9})([^b]))", "-")', "", { t: "string", v: "é😀a" }],
  ['regexall("\\\\s", "aaa\\n")', "", { e: [{ t: "string", v: "\n" }], t: ["list", "string"] }],
  ['regex("\\\\w", "aaa\\n")', "", { t: "string", v: "a" }],
  [
    'regexall("(?P<n1>\\\\A)", "")',
    "",
    {
      e: [{ a: { n1: { t: "string", v: "" } }, t: ["object", { n1: "string" }] }],
      t: ["list", ["object", { n1: "string" }]],
    },
  ],
  [
    'regex("(((?P<x>\\\\.))|((?s:.))|\\\\.)", "abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  ['regex("[[:alpha:]]", "αβγ abc")', "", { t: "string", v: "a" }],
  [
    'regexall("\\\\p{Greek}|([ab]+)|\\\\s|(?s:.)", "aaa\\n")',
    "",
    {
      e: [
        { e: [{ t: "string", v: "aaa" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
      ],
      t: ["list", ["tuple", ["string"]]],
    },
  ],
  ['regex("((?:\\\\A))*?", "ABC abc")', "", { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] }],
  [
    'regexall(".", "bbbb")',
    "",
    {
      e: [
        { t: "string", v: "b" },
        { t: "string", v: "b" },
        { t: "string", v: "b" },
        { t: "string", v: "b" },
      ],
      t: ["list", "string"],
    },
  ],
  ['regex_replace("x.y", "(?P<x>^[[:alpha:]]\\\\pL|(?P<y>[^b]|\\\\p{Greek}))", "$1")', "", { t: "string", v: "x.y" }],
  ['regex_replace("αβγ abc", "\\\\pL^(\\\\B|\\\\w)$", "$n1x")', "", { t: "string", v: "αβγ abc" }],
  ['regex_replace("a\\nb\\nc", "(?m:^)", "$$")', "", { t: "string", v: "$a\n$b\n$c" }],
  ['regexall("\\\\.(?:(?P<x>[a-c](?i:A)))", "é😀a")', "", { e: [], t: ["list", ["object", { x: "string" }]] }],
  ['regex("(?:\\\\A)", "a")', "", { t: "string", v: "" }],
  ['regex_replace("x.y", "c", "[$0]")', "", { t: "string", v: "x.y" }],
  [
    'regex("(\\\\w|(?P<n1>\\\\b)+)", "aab bca")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  ['regexall("\\\\p{Greek}", "aab bca")', "", { e: [], t: ["list", "string"] }],
  ['regexall("b", "a\\nb\\nc")', "", { e: [{ t: "string", v: "b" }], t: ["list", "string"] }],
  [
    'regex("\\\\B[^b].(?:😀)b", "abc")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  ['regexall("b", "é😀a")', "", { e: [], t: ["list", "string"] }],
  ['regex_replace("", "\\\\pL\\\\b", "[$0]")', "", { t: "string", v: "" }],
  [
    'regexall("[[:alpha:]]", "x.y")',
    "",
    {
      e: [
        { t: "string", v: "x" },
        { t: "string", v: "y" },
      ],
      t: ["list", "string"],
    },
  ],
  ['regex_replace("a", "\\\\s", "$${x}$y")', "", { t: "string", v: "a" }],
  ['regex("(?P<n1>b|.)", "ABC abc")', "", { a: { n1: { t: "string", v: "A" } }, t: ["object", { n1: "string" }] }],
  [
    'regexall("(?P<y>\\\\z\\\\pL)a{0,}+", "aaa\\n")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid nested repetition operator in {0,}+.',
      ],
    },
  ],
  ['regex_replace("aaa\\n", "(?i:A)|((?:\\\\B)(?:\\\\p{Greek}))", "$${x}$y")', "", { t: "string", v: "\n" }],
  ['regex("^", "a")', "", { t: "string", v: "" }],
  ['regex_replace("bbbb", "(?P<x>[ab]+?|\\\\b)", "-")', "", { t: "string", v: "----" }],
  ['regex_replace("a", "\\\\p{Greek}", "$${n1}x")', "", { t: "string", v: "a" }],
  ['regex_replace("12 ab_c", "((?:\\\\A)|(?P<n1>\\\\x{e9}))\\\\pL", "$${x}$y")', "", { t: "string", v: "12 ab_c" }],
  [
    'regex("[ab]+{1,3}", "aab bca")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid nested repetition operator in +{1,3}.',
      ],
    },
  ],
  ['regex_replace("aaa\\n", "(?i:A)^|\\\\z|c|\\\\x{e9}+", "$${n1}x")', "", { t: "string", v: "aaa\nx" }],
  [
    'regexall("(é|[^b])", "x.y")',
    "",
    {
      e: [
        { e: [{ t: "string", v: "x" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "." }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "y" }], t: ["tuple", ["string"]] },
      ],
      t: ["list", ["tuple", ["string"]]],
    },
  ],
  [
    'regex("(?P<n1>\\\\x{e9}|\\\\A)$|\\\\z", "bbbb")',
    "",
    { a: { n1: { null: true, t: "string" } }, t: ["object", { n1: "string" }] },
  ],
  ['regexall("[a-c]\\\\p{Greek}", "αβγ abc")', "", { e: [], t: ["list", "string"] }],
  ['regexall("é|\\\\z(?P<y>\\\\pL)c(?m:^)", "aab bca")', "", { e: [], t: ["list", ["object", { y: "string" }]] }],
  [
    'regexall("(😀)(?P<y>^)", "bbbb")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  ['regex_replace("aab bca", "[a-c]", "[$0]")', "", { t: "string", v: "[a][a][b] [b][c][a]" }],
  ['regex("b|(?P<y>\\\\w)", "aaa\\n")', "", { a: { y: { t: "string", v: "a" } }, t: ["object", { y: "string" }] }],
  [
    'regexall("(?P<y>\\\\x{e9}){1,3}|((\\\\z))*?", "é😀a")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  ['regex_replace("é😀a", "((?s:.))|\\\\d|\\\\z|\\\\x{e9}+?", "$1")', "", { t: "string", v: "é😀a" }],
  ['regexall("\\\\w$", "aab bca")', "", { e: [{ t: "string", v: "a" }], t: ["list", "string"] }],
  [
    'regexall("(x*)", "αβγ abc")',
    "",
    {
      e: [
        { e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] },
      ],
      t: ["list", ["tuple", ["string"]]],
    },
  ],
  ['regex_replace("x.y", "((?P<n1>\\\\d))", "$${x}$y")', "", { t: "string", v: "x.y" }],
  ['regex_replace("", "a|😀(?P<y>\\\\A)c(?m:^)|(?P<x>\\\\B)", "$$")', "", { t: "string", v: "$" }],
  [
    'regexall("((?:\\\\z{0,})(?m:^)|(?:x*))", "")',
    "",
    { e: [{ e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] }], t: ["list", ["tuple", ["string"]]] },
  ],
  ['regex_replace("aab bca", "(?:\\\\b)|\\\\pL\\\\.", "[$0]")', "", { t: "string", v: "[]aab[] []bca[]" }],
  [
    'regexall("(?P<n1>(x*)é)", "aaa\\n")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  [
    'regex("\\\\A|(?P<x>[^b]|(?s:.))😀{1,3}|\\\\.|[ab]+", "ABC abc")',
    "",
    { a: { x: { null: true, t: "string" } }, t: ["object", { x: "string" }] },
  ],
  ['regex("\\\\w", "αβγ abc")', "", { t: "string", v: "a" }],
  [
    'regexall("(?:(?:^|\\\\b|c))", "bbbb")',
    "",
    {
      e: [
        { t: "string", v: "" },
        { t: "string", v: "" },
      ],
      t: ["list", "string"],
    },
  ],
  ['regexall("(\\\\d)", "aaa\\n")', "", { e: [], t: ["list", ["tuple", ["string"]]] }],
  [
    'regexall("((((?s:.){0,})))", "aaa\\n")',
    "",
    {
      e: [
        {
          e: [
            { t: "string", v: "aaa\n" },
            { t: "string", v: "aaa\n" },
            { t: "string", v: "aaa\n" },
          ],
          t: ["tuple", ["string", "string", "string"]],
        },
      ],
      t: ["list", ["tuple", ["string", "string", "string"]]],
    },
  ],
  [
    'regexall("[[:alpha:]]|\\\\s", "aab bca")',
    "",
    {
      e: [
        { t: "string", v: "a" },
        { t: "string", v: "a" },
        { t: "string", v: "b" },
        { t: "string", v: " " },
        { t: "string", v: "b" },
        { t: "string", v: "c" },
        { t: "string", v: "a" },
      ],
      t: ["list", "string"],
    },
  ],
  ['regexall("\\\\A", "")', "", { e: [{ t: "string", v: "" }], t: ["list", "string"] }],
  ['regex_replace("αβγ abc", "(?P<y>\\\\d)(?P<n1>\\\\w{2}|^{2})", "$n1x")', "", { t: "string", v: "αβγ abc" }],
  ['regexall("(?P<x>\\\\w)", "")', "", { e: [], t: ["list", ["object", { x: "string" }]] }],
  ['regex("(?:\\\\A((?s:.)))*?", "αβγ abc")', "", { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] }],
  [
    'regexall("(?m:^)|(?P<x>(?P<n1>$))", "a\\nb\\nc")',
    "",
    {
      e: [
        {
          a: { n1: { null: true, t: "string" }, x: { null: true, t: "string" } },
          t: ["object", { n1: "string", x: "string" }],
        },
        {
          a: { n1: { null: true, t: "string" }, x: { null: true, t: "string" } },
          t: ["object", { n1: "string", x: "string" }],
        },
        {
          a: { n1: { null: true, t: "string" }, x: { null: true, t: "string" } },
          t: ["object", { n1: "string", x: "string" }],
        },
        { a: { n1: { t: "string", v: "" }, x: { t: "string", v: "" } }, t: ["object", { n1: "string", x: "string" }] },
      ],
      t: ["list", ["object", { n1: "string", x: "string" }]],
    },
  ],
  ['regex("(?i:A)|(?:\\\\d){0,}\\\\s", "αβγ abc")', "", { t: "string", v: " " }],
  [
    'regex("(?P<n1>\\\\x{e9})|(b|$+)", "aaa\\n")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  [
    'regexall("((?P<x>\\\\.)\\\\B*)|(?s:.)", "αβγ abc")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  ['regex("[[:alpha:]]|\\\\w|😀", "bbbb")', "", { t: "string", v: "b" }],
  [
    'regexall("(\\\\B)+\\\\d|(?P<x>^)|(?m:^)|[[:alpha:]](\\\\B)|(?P<y>$)", "aab bca")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  [
    'regex("\\\\pL\\\\x{e9}$|[a-c]|(?P<y>(?:[a-c])){1,3}", "ABC abc")',
    "",
    { a: { y: { null: true, t: "string" } }, t: ["object", { y: "string" }] },
  ],
  ['regexall("$", "abc")', "", { e: [{ t: "string", v: "" }], t: ["list", "string"] }],
  [
    'regexall("([[:alpha:]])|x*b|[a-c]|\\\\w[ab]+", "bbbb")',
    "",
    {
      e: [
        { e: [{ t: "string", v: "b" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "b" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "b" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "b" }], t: ["tuple", ["string"]] },
      ],
      t: ["list", ["tuple", ["string"]]],
    },
  ],
  ['regexall("\\\\A", "abc")', "", { e: [{ t: "string", v: "" }], t: ["list", "string"] }],
  ['regex("(?s:.)", "αβγ abc")', "", { t: "string", v: "α" }],
  [
    'regexall("(.|[[:alpha:]]|$)??", "ABC abc")',
    "",
    {
      e: [
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
      ],
      t: ["list", ["tuple", ["string"]]],
    },
  ],
  ['regex_replace("", "(?:(?:😀))", "$${x}$y")', "", { t: "string", v: "" }],
  [
    'regexall("\\\\b", "a\\nb\\nc")',
    "",
    {
      e: [
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
        { t: "string", v: "" },
      ],
      t: ["list", "string"],
    },
  ],
  ['regex_replace("αβγ abc", "(?P<y>(?i:A)|\\\\B|(\\\\b))(?P<y>[ab]+)", "$1")', "", { t: "string", v: "αβγ ac" }],
  ['regexall("$${1,3}", "a\\nb\\nc")', "", { e: [{ t: "string", v: "" }], t: ["list", "string"] }],
  ['regexall("^(\\\\d)|b+?", "")', "", { e: [], t: ["list", ["tuple", ["string"]]] }],
  [
    'regex("(?P<x>(?:\\\\d))", "é😀a")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regexall("(?P<x>(\\\\p{Greek}|(?s:.)))|a^|\\\\pL\\\\pL.", "x.y")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.',
      ],
    },
  ],
  [
    'regexall("(?P<x>[^b])+???", "")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid nested repetition operator in +???.',
      ],
    },
  ],
  ['regex_replace("aaa\\n", "(\\\\s^😀)|\\\\pL*|\\\\w??", "$n1x")', "", { t: "string", v: "\n" }],
  ['regexall("\\\\p{Greek}", "abc")', "", { e: [], t: ["list", "string"] }],
  [
    'regex("((?P<n1>x**?))|((?:\\\\d)|(?s:.)c)", "x.y")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid nested repetition operator in **?.',
      ],
    },
  ],
  ['regexall("\\\\da{1,3}?", "x.y")', "", { e: [], t: ["list", "string"] }],
  ['regex("[[:alpha:]]", "abc")', "", { t: "string", v: "a" }],
  ['regexall("(?:\\\\x{e9})", "a")', "", { e: [], t: ["list", "string"] }],
  ['regexall("😀", "ABC abc")', "", { e: [], t: ["list", "string"] }],
  ['regex("(?i:A)", "a\\nb\\nc")', "", { t: "string", v: "a" }],
  [
    'regex("[^b]|\\\\d", "bbbb")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regexall("(\\\\pL){0,}", "aab bca")',
    "",
    {
      e: [
        { e: [{ t: "string", v: "b" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "a" }], t: ["tuple", ["string"]] },
      ],
      t: ["list", ["tuple", ["string"]]],
    },
  ],
  ['regexall("\\\\x{e9}+?", "aaa\\n")', "", { e: [], t: ["list", "string"] }],
  [
    'regexall("(?:($)|(?i:A)x*|\\\\d|\\\\b)", "aaa\\n")',
    "",
    {
      e: [
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ null: true, t: "string" }], t: ["tuple", ["string"]] },
        { e: [{ t: "string", v: "" }], t: ["tuple", ["string"]] },
      ],
      t: ["list", ["tuple", ["string"]]],
    },
  ],
  ['regex_replace("aab bca", "\\\\p{Greek}|(?:(\\\\z)*)", "$1")', "", { t: "string", v: "aab bca" }],
  [
    'regex("\\\\x\\\\pé", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\x\\p.',
      ],
    },
  ],
  [
    'regex("!,", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  ['regex_replace("ab", "=", "x")', "", { t: "string", v: "ab" }],
  [
    'regex("z<", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("U", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex(":]$$i(}?", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ) in :]$$i(}?.',
      ],
    },
  ],
  [
    'regex("}=:]|^é", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex_replace("ab", "\\\\😀", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: invalid escape sequence: `\\😀`.',
      ],
    },
  ],
  [
    'regex("alpha)", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: unexpected ) in alpha).',
      ],
    },
  ],
  [
    'regex(",<", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("U", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("m[:m?\\\\C", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\C.',
      ],
    },
  ],
  [
    'regex_replace("ab", "^P<\\\\+é|(", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: missing closing ): `^P<\\+é|(`.',
      ],
    },
  ],
  [
    'regex("|\\\\P[:", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in \\P[.',
      ],
    },
  ],
  [
    'regex(",|![:", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ] in [:.',
      ],
    },
  ],
  [
    'regex("?^\\\\8}\\\\", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing argument to repetition operator in ?.',
      ],
    },
  ],
  [
    'regex(":]P<\\\\E{", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\E.',
      ],
    },
  ],
  [
    'regex_replace("ab", "\\\\E:{#b", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: invalid escape sequence: `\\E`.',
      ],
    },
  ],
  [
    'regex("\\\\pb", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in \\pb.',
      ],
    },
  ],
  [
    'regex("😀", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("[é", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ] in [é.',
      ],
    },
  ],
  [
    'regex("}-(", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ) in }-(.',
      ],
    },
  ],
  ['regex_replace("ab", ",?", "x")', "", { t: "string", v: "xaxbx" }],
  [
    'regex("}m*)\\\\p\\\\8", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: unexpected ) in }m*)\\p\\8.',
      ],
    },
  ],
  [
    'regex("\\\\Q\\\\pZ$(,P<😀", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("b\\\\8]\\\\pZ<", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\8.',
      ],
    },
  ],
  [
    'regex(",(?1", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?1.',
      ],
    },
  ],
  [
    'regex_replace("ab", "\\\\p😀alpha\\\\p", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: invalid character class range: `\\p😀`.',
      ],
    },
  ],
  [
    'regex("\\\\E)$", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\E.',
      ],
    },
  ],
  [
    'regex("\\\\C#Ua=", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\C.',
      ],
    },
  ],
  [
    'regex("\\\\x\\\\x*\\\\p!(>", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\x\\x.',
      ],
    },
  ],
  [
    'regex("i\\\\", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: trailing backslash at end of expression in .',
      ],
    },
  ],
  ['regex_replace("ab", "<$-", "x")', "", { t: "string", v: "ab" }],
  ['regex("}<>|", "ab")', "", { t: "string", v: "" }],
  [
    'regex("é]\\\\E<s)", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\E.',
      ],
    },
  ],
  [
    'regex("\\\\E?2a\\\\x$", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\E.',
      ],
    },
  ],
  [
    'regex("z\\\\p2", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in \\p2.',
      ],
    },
  ],
  [
    'regex_replace("ab", "(?\\\\P\\\\Q", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: invalid or unsupported Perl syntax: `(?\\`.',
      ],
    },
  ],
  [
    'regex(":]:]$\\\\Ci>!", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\C.',
      ],
    },
  ],
  [
    'regex("\\\\p=[-", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in \\p=.',
      ],
    },
  ],
  [
    'regex("\\\\x|U[z?>", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\x|U.',
      ],
    },
  ],
  [
    'regex("m😀s", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex_replace("ab", "\\\\p#", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: invalid character class range: `\\p#`.',
      ],
    },
  ],
  [
    'regex("<m\\\\8s", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\8.',
      ],
    },
  ],
  [
    'regex("P<", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("!2^]", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("\\\\8s", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\8.',
      ],
    },
  ],
  [
    'regex_replace("ab", "2\\\\E2", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: invalid escape sequence: `\\E`.',
      ],
    },
  ],
  [
    'regex("1\\\\x#^{\\\\z+", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\x#^.',
      ],
    },
  ],
  [
    'regex("\\\\P\\\\é)(?", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in \\P\\.',
      ],
    },
  ],
  [
    'regex("($,😀*", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ) in ($,😀*.',
      ],
    },
  ],
  [
    'regex("\\\\C:|1^", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\C.',
      ],
    },
  ],
  [
    'regex_replace("ab", "\\\\x\\\\z-\\\\pZ\\\\x\\\\p]", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex_replace" failed: error parsing regexp: invalid escape sequence: `\\x\\z`.',
      ],
    },
  ],
  ['regex("|\\\\z{L}=1", "ab")', "", { t: "string", v: "" }],
  [
    'regex("P<[:\\\\<(i", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ] in [:\\<(i.',
      ],
    },
  ],
  [
    'regex("!-i\\\\P}-", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in \\P}.',
      ],
    },
  ],
  [
    'regex(",>", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  ['regex_replace("ab", "}", "x")', "", { t: "string", v: "ab" }],
  [
    'regex("*+\\\\", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: missing argument to repetition operator in *.',
      ],
    },
  ],
  [
    'regex("\\\\pZ$${L}alpha\\\\E$", "ab")',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\E.',
      ],
    },
  ],
  [
    'regex("P<", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
  [
    'regex("é", "ab")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "regex" failed: pattern did not match any part of the given string.',
      ],
    },
  ],
];

describe("FN-21 regex, regexall and regex_replace agree with go-cty (oracle-recorded)", () => {
  it.each(ORACLE)("%s %s", (expr, vars, want) => check([expr, vars, want]));
});

describe("FN-21 result shapes", () => {
  it("no groups: the match; unnamed groups: a tuple; named groups: an object", () => {
    expect(str(RegexFunc, "[a-z]+", "12abc3").asString()).toBe("abc");
    expect(str(RegexFunc, "(a)(x)?", "a").toString()).toBe('cty.TupleVal([cty.StringVal("a"), cty.NullVal(string)])');
    expect(str(RegexFunc, "(?P<k>\\w+)=(?P<v>\\w+)", "a=1").toString()).toBe(
      'cty.ObjectVal({"k": cty.StringVal("a"), "v": cty.StringVal("1")})',
    );
  });

  it("mixing named and unnamed groups is an error about the pattern", () => {
    try {
      str(RegexFunc, "(a)(?P<b>b)", "ab");
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ArgError);
      expect((e as ArgError).index).toBe(0);
      expect((e as Error).message).toBe("invalid regexp pattern: cannot mix both named and unnamed capture groups");
    }
  });

  it("a repeated group name is allowed, as in Go: the last group gives the attribute", () => {
    expect(str(RegexFunc, "(?P<n>a)(?P<n>b)", "ab").toString()).toBe('cty.ObjectVal({"n": cty.StringVal("b")})');
  });

  it("accepts (?<name>…) as Packer 1.14's Go does (the Go 1.19 referee rejects it)", () => {
    expect(str(RegexFunc, "(?<year>\\d{4})-(?<month>\\d\\d)", "2024-05").toString()).toBe(
      'cty.ObjectVal({"month": cty.StringVal("05"), "year": cty.StringVal("2024")})',
    );
    expect(str(RegexReplaceFunc, "2024-05", "(?<y>\\d+)-(?<m>\\d+)", "${m}/${y}").asString()).toBe("05/2024");
  });

  it("an unknown pattern gives an unknown of unknown type (a list of them for regexall); an unknown string one of the pattern's type", () => {
    const r = call(RegexFunc, unknownVal(StringType), stringVal("a"));
    expect(r.isKnown()).toBe(false);
    expect(r.type.kind).toBe("dynamic");
    const a = call(RegexAllFunc, unknownVal(StringType), stringVal("a"));
    expect(a.isKnown()).toBe(false);
    expect(a.type.kind === "list" && a.type.elementType.kind).toBe("dynamic");
    const t = call(RegexFunc, stringVal("(a)(b)"), unknownVal(StringType));
    expect(t.isKnown()).toBe(false);
    expect(t.type.friendlyName()).toBe("tuple");
  });

  it("no match is an error for regex and an empty list for regexall", () => {
    expect(() => str(RegexFunc, "x", "abc")).toThrow(
      new FunctionError("pattern did not match any part of the given string"),
    );
    expect(str(RegexAllFunc, "x", "abc").lengthInt()).toBe(0);
  });
});

describe("FN-14 marked arguments", () => {
  it("marks on the pattern or the string move to the result, also when unknown", () => {
    const S = new Set(["sensitive"]);
    expect(call(RegexFunc, stringVal("b+"), stringVal("abbc").mark("sensitive")).marks).toEqual(S);
    expect(call(RegexReplaceFunc, stringVal("abc"), stringVal("b").mark("sensitive"), stringVal("x")).marks).toEqual(S);
    const u = call(RegexFunc, stringVal("b+"), unknownVal(StringType).mark("sensitive"));
    expect(u.isKnown()).toBe(false);
    expect(u.marks).toEqual(S);
  });
});

describe("FN-21 laws (property)", () => {
  const quoteMeta = (s: string): string => s.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");

  it("replacing a quoted literal by $$-escaped text equals plain replacement", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 3 }), fc.string(), (s, lit, rep) => {
        const got = str(RegexReplaceFunc, s, quoteMeta(lit), rep.replace(/\$/g, "$$$$")).asString();
        expect(got).toBe(s.split(lit).join(rep));
      }),
    );
  });

  it("regexall of the empty pattern matches at every code point boundary", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (s) => {
        const n = [...stringVal(s).asString()].length;
        expect(str(RegexAllFunc, "", s).lengthInt()).toBe(n + 1);
      }),
    );
  });

  it("regexall of a literal finds as many matches as split finds separators", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("a", "ab", " ", "."), (s, lit) => {
        expect(str(RegexAllFunc, quoteMeta(lit), s).lengthInt()).toBe(s.split(lit).length - 1);
      }),
    );
  });
});
