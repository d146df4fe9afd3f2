// format and formatlist (FN-20): cty's verbs, flags, widths and precisions
// counted in grapheme clusters, `%[n]` argument indexes, JSON forms, Go's
// big.Float / big.Int formatting of exact numbers, and cty's errors with
// their offsets and argument indexes.
//
// Expected values: the ORACLE table was recorded from the Go referee
// (test/tools/hcleval: HCL 2.14 + go-cty 1.12.1, Go 1.19), including a
// sample of randomly generated numeric verbs. Where Plinth follows Packer
// 1.14's Go (1.23 or later) instead — the `0` flag alongside `-` for
// floating-point verbs — the expected values are derived from Go's
// math/big.Float.Format and fmt sources and say so.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listOf, NumberType, StringType } from "../../src/cty/types.js";
import {
  listVal,
  numberIntVal,
  parseNumberVal,
  PositiveInfinity,
  stringVal,
  unknownVal,
  type Value,
} from "../../src/cty/value.js";
import { FormatFunc, formatFunctions, FormatListFunc, formatFSM, goQuoteRune } from "../../src/functions/format.js";
import { ArgError, FunctionError, type Function } from "../../src/functions/function.js";
import { evalFunctions } from "../support/eval-functions.js";
import { type Case, recordedCaseChecker } from "../support/function-cases.js";

const functions = evalFunctions();
for (const [name, f] of Object.entries(formatFunctions)) functions.set(name, f);
const check = recordedCaseChecker(functions);

function call(f: Function, ...args: Value[]): Value {
  return f.call(args);
}

function num(text: string): Value {
  return parseNumberVal(text)!;
}

function fmt(format: string, ...args: Value[]): string {
  return call(FormatFunc, stringVal(format), ...args).asString();
}

// Recorded from the Go referee.
const ORACLE: Case[] = [
  ['format("Hello, %s!", "Ander")', "", { t: "string", v: "Hello, Ander!" }],
  ['format("There are %d lights", 4)', "", { t: "string", v: "There are 4 lights" }],
  ['format("%s %s %s", "a", 1, true)', "", { t: "string", v: "a 1 true" }],
  ['format("%%|100%%")', "", { t: "string", v: "%|100%" }],
  ['format("no verbs")', "", { t: "string", v: "no verbs" }],
  [
    'format("%v|%v|%v|%v|%v", "s", 1.5, true, [1, "a"], {a = null})',
    "",
    { t: "string", v: 's|1.5|true|[1,"a"]|{"a":null}' },
  ],
  ['format("%#v|%#v|%#v|%#v", "x", 1.5, [1, "a"], true)', "", { t: "string", v: '"x"|1.5|[1,"a"]|true' }],
  ['format("%v %#v", null, null)', "", { t: "string", v: "null null" }],
  [
    'format("%v|%v|%v", x, y, z)',
    'x = typed("list(string)", [])\ny = typed("set(string)", ["b","a"])\nz = typed("map(number)", {a=1})',
    { t: "string", v: '[]|["a","b"]|{"a":1}' },
  ],
  ['format("%t|%t|%t", true, false, "true")', "", { t: "string", v: "true|false|true" }],
  ['format("%10t|%-10t", true, false)', "", { t: "string", v: "true|false" }],
  [
    'format("%d|%d|%d", 12345678901234567890, -12345678901234567890, "42")',
    "",
    { t: "string", v: "12345678901234567890|-12345678901234567890|42" },
  ],
  [
    'format("%b|%o|%x|%X", 12345678901234567890, 12345678901234567890, 12345678901234567890, 12345678901234567890)',
    "",
    {
      t: "string",
      v: "1010101101010100101010011000110011101011000111110000101011010010|1255245230635307605322|ab54a98ceb1f0ad2|AB54A98CEB1F0AD2",
    },
  ],
  [
    'format("%d", 123456789012345678901234567890123456789)',
    "",
    { t: "string", v: "123456789012345678901234567890123456789" },
  ],
  ['format("%x|%X|%o|%b", 1e30, 255, 8, 5)', "", { t: "string", v: "c9f2c9cd04674edea40000000|FF|10|101" }],
  [
    'format("%.0d|%5.0d|%05d|%-05d|%+d|% d|%#x|%#o|%#b|%#X|%x", 0, 0, -42, -42, 5, 5, 255, 8, 5, 255, -255)',
    "",
    { t: "string", v: "||-0042|-42  |+5| 5|0xff|010|0b101|0XFF|-ff" },
  ],
  ['format("%8.3d|%-8.3d|%08.3d|%+.3d", 7, 7, 7, -7)', "", { t: "string", v: "     007|007     |     007|-007" }],
  [
    'format("%f|%.30f|%e|%g|%G|%E", 0.1, 0.1, 0.1, 0.1, 1e-10, 12345678901234567890)',
    "",
    { t: "string", v: "0.100000|0.100000000000000000000000000000|1.000000e-01|0.1|1E-10|1.234568E+19" },
  ],
  [
    'format("%f|%.0f|%.1f|%.2f|%.3f", 12345678901234567890, 2.5, 0.25, 1.005, 2.0005)',
    "",
    { t: "string", v: "12345678901234567890.000000|2|0.2|1.00|2.001" },
  ],
  [
    'format("%e|%.0e|%.3e|%E", 12345678901234567890, 12345678901234567890, 0.000123456, 6.02214076e23)',
    "",
    { t: "string", v: "1.234568e+19|1e+19|1.235e-04|6.022141E+23" },
  ],
  [
    'format("%g|%.3g|%.10g|%g|%g|%g|%G", 12345678901234567890, 123456, 1/3, 1e-5, 100000, 1e21, 1e-7)',
    "",
    { t: "string", v: "1.234567890123456789e+19|1.23e+05|0.3333333333|1e-05|100000|1e+21|1E-07" },
  ],
  [
    'format("%.30f|%.50f", 1/3, 2/3)',
    "",
    { t: "string", v: "0.333333333333333333333333333333|0.66666666666666666666666666666666666666666666666667" },
  ],
  [
    'format("%5.2f|%-10.3f|%010.4f|%+.1f|% .2f", 3.14159, 2.71828, -1.5, 2.25, 2.5)',
    "",
    { t: "string", v: " 3.14|2.718     |-0001.5000|+2.2| 2.50" },
  ],
  ['format("%08.2f|%+08.2f", -1.5, 1.5)', "", { t: "string", v: "-0001.50|+0001.50" }],
  [
    'format("%v|%v|%v|%v|%v|%v", 1e6, 123456, 1e21, 0.000001, 12345678901234567890, 0.1)',
    "",
    { t: "string", v: "1e+06|123456|1e+21|1e-06|1.234567890123456789e+19|0.1" },
  ],
  [
    'format("%v|%e|%f|%d|%g|%+v|%x", -0, -0, -0, -0, -0, -0, -0)',
    "",
    { t: "string", v: "-0|-0.000000e+00|-0.000000|0|-0|-0|0" },
  ],
  ['format("%v|%f|%e|%g|%G", 1/0, 1/0, -1/0, 1/0, -1/0)', "", { t: "string", v: "+Inf|+Inf|-Inf|+Inf|-Inf" }],
  [
    'format("%05f|%-8f|% f|%+f|%8.2f", -1/0, 1/0, 1/0, 1/0, 1/0)',
    "",
    { t: "string", v: " -Inf|+Inf    | Inf|+Inf|    +Inf" },
  ],
  [
    'format("%f|%e|%v", 1e400, -1e-400, 1e400)',
    "",
    {
      t: "string",
      v: "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000099619093927145103698488885902559626546388220467448158901290339712241777162832451007140734114254934770906394233606070503901917153436635415036944339291818644996386419940467994013482382498698992627077917092011309750377767778231244955945636905091072.000000|-1.000000e-400|1e+400",
    },
  ],
  [
    'format("%.3v|%5v|%-5v|%05v|%-05v", "abcdef", "ab", "ab", -5, "x")',
    "",
    { t: "string", v: "abcdef|   ab|ab   |000-5|x0000" },
  ],
  [
    'format("%.0s|%.2s|%5.1s|%-4s|%04s|", "abc", "e\\u0301e\\u0301e", "xyz", "ab", "ab")',
    "",
    { t: "string", v: "abc|éé|    x|ab  |00ab|" },
  ],
  ['format("%3s|%-3s|%.1s", "👨‍👩‍👧", "🇺🇸", "🇺🇸🇬🇧")', "", { t: "string", v: "  👨‍👩‍👧|🇺🇸  |🇺🇸" }],
  [
    'format("%q|%10q|%-6q|%.2q", "a\\"<b>&\\u2028\\n", "x", "y", "abc")',
    "",
    { t: "string", v: '"a\\"\\u003cb\\u003e\\u0026\\u2028\\n"|       "x"|"y"   |"ab"' },
  ],
  ['format("%s|%s|%s", true, 1.25, 12345678901234567890)', "", { t: "string", v: "true|1.25|12345678901234567890" }],
  ['format("%-10v|%010v", [1], "x")', "", { t: "string", v: "[1]       |000000000x" }],
  [
    'format("%[2]s %s %[1]s", "a", "b")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: not enough arguments for "%s" at 6: need index 3 but have 2 total.',
      ],
    },
  ],
  ['format("%[2]s", "a", "b")', "", { t: "string", v: "b" }],
  ['format("%[1]s %[1]s %[1]q", "x")', "", { t: "string", v: 'x x "x"' }],
  ['format("%5.2[2]f|%v", 1, 2.5, "z")', "", { t: "string", v: " 2.50|z" }],
  [
    'format("%[3]d", 1, 2)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: not enough arguments for "%[3]d" at 0: need index 3 but have 2 total.',
      ],
    },
  ],
  [
    'format("abc%")',
    "",
    {
      err: ["Error in function call", 'Call to function "format" failed: invalid format string starting at offset 4.'],
    },
  ],
  [
    'format("abc%5")',
    "",
    {
      err: ["Error in function call", 'Call to function "format" failed: invalid format string starting at offset 5.'],
    },
  ],
  [
    'format("abc%5.")',
    "",
    {
      err: ["Error in function call", 'Call to function "format" failed: invalid format string starting at offset 6.'],
    },
  ],
  [
    'format("%!")',
    "",
    {
      err: [
        "Error in function call",
        "Call to function \"format\" failed: unrecognized format character '!' at offset 1.",
      ],
    },
  ],
  [
    'format("%-%")',
    "",
    {
      err: [
        "Error in function call",
        "Call to function \"format\" failed: unrecognized format character '%' at offset 2.",
      ],
    },
  ],
  [
    'format("%[0]d", 1)',
    "",
    {
      err: [
        "Error in function call",
        "Call to function \"format\" failed: unrecognized format character '0' at offset 2.",
      ],
    },
  ],
  [
    'format("%[1]5d", 1)',
    "",
    {
      err: [
        "Error in function call",
        "Call to function \"format\" failed: unrecognized format character '5' at offset 4.",
      ],
    },
  ],
  [
    'format("%[1", 1)',
    "",
    {
      err: ["Error in function call", 'Call to function "format" failed: invalid format string starting at offset 3.'],
    },
  ],
  [
    'format("%[1x", 1)',
    "",
    {
      err: [
        "Error in function call",
        "Call to function \"format\" failed: unrecognized format character 'x' at offset 3.",
      ],
    },
  ],
  [
    'format("%.", 1)',
    "",
    {
      err: ["Error in function call", 'Call to function "format" failed: invalid format string starting at offset 2.'],
    },
  ],
  [
    'format("%\\n", 1)',
    "",
    {
      err: [
        "Error in function call",
        "Call to function \"format\" failed: unrecognized format character '\\n' at offset 1.",
      ],
    },
  ],
  [
    'format("%\\u00a0", 1)',
    "",
    {
      err: [
        "Error in function call",
        "Call to function \"format\" failed: unrecognized format character '\\u00a0' at offset 1.",
      ],
    },
  ],
  [
    'format("%\'", 1)',
    "",
    {
      err: [
        "Error in function call",
        "Call to function \"format\" failed: unrecognized format character '\\'' at offset 1.",
      ],
    },
  ],
  [
    'format("é%ö", 1)',
    "",
    {
      err: [
        "Error in function call",
        "Call to function \"format\" failed: unrecognized format character 'ö' at offset 3.",
      ],
    },
  ],
  [
    'format("é%d%", 1)',
    "",
    {
      err: ["Error in function call", 'Call to function "format" failed: invalid format string starting at offset 5.'],
    },
  ],
  [
    'format("%z", 1)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported format verb \'z\' in "%z" at offset 0.',
      ],
    },
  ],
  [
    'format("%F", 1.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported format verb \'F\' in "%F" at offset 0.',
      ],
    },
  ],
  [
    'format("%c", 65)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported format verb \'c\' in "%c" at offset 0.',
      ],
    },
  ],
  [
    'format("%d")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: not enough arguments for "%d" at 0: need index 1 but have 0 total.',
      ],
    },
  ],
  [
    'format("%s %s", "a")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: not enough arguments for "%s" at 3: need index 2 but have 1 total.',
      ],
    },
  ],
  [
    'format("x", 1)',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "args" parameter: too many arguments; no verbs in format string.',
      ],
    },
  ],
  [
    'format("%d %d", 1, 2, 3)',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "args" parameter: too many arguments; only 2 used by format string.',
      ],
    },
  ],
  [
    'format("%[2]d", 1, 2, 3)',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "args" parameter: too many arguments; only 2 used by format string.',
      ],
    },
  ],
  [
    'format("%d", null)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%d" at 0: null value cannot be formatted.',
      ],
    },
  ],
  [
    'format("%s", null)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%s" at 0: null value cannot be formatted.',
      ],
    },
  ],
  [
    'format("%t", "foo")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%t" at 0: a bool is required.',
      ],
    },
  ],
  [
    'format("%t", "True")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%t" at 0: a bool is required; to convert from string, use lowercase "true".',
      ],
    },
  ],
  [
    'format("%t", 1)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%t" at 0: bool required.',
      ],
    },
  ],
  [
    'format("%d", "x")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%d" at 0: a number is required.',
      ],
    },
  ],
  [
    'format("%s", [1])',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%s" at 0: string required.',
      ],
    },
  ],
  [
    'format("%s", {a = 1})',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%s" at 0: string required.',
      ],
    },
  ],
  [
    'format("%d", 1.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%d" at 0: an integer is required.',
      ],
    },
  ],
  [
    'format("%d", 1/0)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%d" at 0: an integer is required.',
      ],
    },
  ],
  [
    'format("%#v", [1/0])',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%#v" at 0: cannot serialize infinity as JSON.',
      ],
    },
  ],
  [
    'format("%v", {a = 1/0})',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%v" at 0: cannot serialize infinity as JSON.',
      ],
    },
  ],
  [
    "format(null)",
    "",
    { err: ["Invalid function argument", 'Invalid value for "format" parameter: argument must not be null.'] },
  ],
  ["format(x)", 'x = unknown("string")', { t: "string", u: true }],
  ['format("%s", x)', 'x = unknown("string")', { t: "string", u: true }],
  ['format("%s %v", "a", x)', 'x = [unknown("string")]', { t: "string", u: true }],
  ['format("%v", x)', 'x = unknown("any")', { t: "dynamic", u: true }],
  ['format("%z %s", x)', 'x = unknown("string")', { t: "string", u: true }],
  ['format("%s", x)', 'x = sensitive("s")', { m: ["sensitive"], t: "string", v: "s" }],
  ['format("%v", x)', "x = sensitive([1])", { m: ["sensitive"], t: "string", v: "[1]" }],
  ["format(x, 1)", 'x = sensitive("%d")', { m: ["sensitive"], t: "string", v: "1" }],
  ['format("%v", x)', 'x = null_of("list(string)")', { t: "string", v: "null" }],
  ['format("%5v|%-5v|%05v", x, x, x)', 'x = null_of("string")', { t: "string", v: " null|null |0null" }],
  [
    'formatlist("%s-%s", ["a", "b"], ["x", "y"])',
    "",
    {
      e: [
        { t: "string", v: "a-x" },
        { t: "string", v: "b-y" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'formatlist("%s-%s", ["a", "b"], "z")',
    "",
    {
      e: [
        { t: "string", v: "a-z" },
        { t: "string", v: "b-z" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'formatlist("%s=%d", x, [1, 2, 3])',
    'x = typed("set(string)", ["c", "b", "a"])',
    {
      e: [
        { t: "string", v: "a=1" },
        { t: "string", v: "b=2" },
        { t: "string", v: "c=3" },
      ],
      t: ["list", "string"],
    },
  ],
  ['formatlist("%s", [])', "", { e: [], t: ["list", "string"] }],
  ['formatlist("%s %s", [], [])', "", { e: [], t: ["list", "string"] }],
  [
    'formatlist("%s %s", ["a"], ["x", "y"])',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "args" parameter: argument 2 has length 2, which is inconsistent with argument 1 of length 1.',
      ],
    },
  ],
  [
    'formatlist("%s %s %s", "q", ["a", "b"], ["x"])',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "args" parameter: argument 3 has length 1, which is inconsistent with argument 2 of length 2.',
      ],
    },
  ],
  ['formatlist("x")', "", { e: [{ t: "string", v: "x" }], t: ["list", "string"] }],
  [
    'formatlist("%d")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "formatlist" failed: not enough arguments for "%d" at 0: need index 1 but have 0 total.',
      ],
    },
  ],
  [
    'formatlist("%s", null)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "formatlist" failed: error on format iteration 0: unsupported value for "%s" at 0: null value cannot be formatted.',
      ],
    },
  ],
  ['formatlist("%v", null)', "", { e: [{ t: "string", v: "null" }], t: ["list", "string"] }],
  [
    'formatlist("%v", [null, 1])',
    "",
    {
      e: [
        { t: "string", v: "null" },
        { t: "string", v: "1" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'formatlist("%d", ["a"])',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "formatlist" failed: error on format iteration 0: unsupported value for "%d" at 0: a number is required.',
      ],
    },
  ],
  [
    'formatlist("%d", [1, 2, "x"])',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "formatlist" failed: error on format iteration 2: unsupported value for "%d" at 0: a number is required.',
      ],
    },
  ],
  [
    'formatlist("%s", "a", "b")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "formatlist" failed: error on format iteration 0: too many arguments; only 1 used by format string.',
      ],
    },
  ],
  [
    'formatlist("%s %s", [1, 2], ["a", "b"], 3)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "formatlist" failed: error on format iteration 0: too many arguments; only 2 used by format string.',
      ],
    },
  ],
  ['formatlist("%v", {a = 1})', "", { e: [{ t: "string", v: '{"a":1}' }], t: ["list", "string"] }],
  [
    'formatlist("%v", x)',
    'x = typed("map(string)", {a = "b"})',
    { e: [{ t: "string", v: '{"a":"b"}' }], t: ["list", "string"] },
  ],
  [
    'formatlist("%s", [["a"]])',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "formatlist" failed: error on format iteration 0: unsupported value for "%s" at 0: string required.',
      ],
    },
  ],
  [
    'formatlist("%v", [["a"], ["b", "c"]])',
    "",
    {
      e: [
        { t: "string", v: '["a"]' },
        { t: "string", v: '["b","c"]' },
      ],
      t: ["list", "string"],
    },
  ],
  [
    "formatlist(null)",
    "",
    { err: ["Invalid function argument", 'Invalid value for "format" parameter: argument must not be null.'] },
  ],
  ['formatlist("%s", x)', 'x = unknown("list(string)")', { t: ["list", "string"], u: true }],
  ['formatlist("%s", x)', 'x = unknown("string")', { e: [{ t: "string", u: true }], t: ["list", "string"] }],
  [
    'formatlist("%s %s", x, ["a", "b"])',
    'x = unknown("string")',
    {
      e: [
        { t: "string", u: true },
        { t: "string", u: true },
      ],
      t: ["list", "string"],
    },
  ],
  ['formatlist("%s %s", x, ["a", "b"])', 'x = unknown("tuple([string, string])")', { t: ["list", "string"], u: true }],
  [
    'formatlist("%s %s", x, ["a", "b", "c"])',
    'x = unknown("tuple([string, string])")',
    {
      err: [
        "Invalid function argument",
        'Invalid value for "args" parameter: argument 2 has length 3, which is inconsistent with argument 1 of length 2.',
      ],
    },
  ],
  ['formatlist("%s %s", x, ["a", "b"])', 'x = unknown("any")', { t: "dynamic", u: true }],
  [
    'formatlist("%s %s", ["a", x, "c"], ["p", "q", "r"])',
    'x = unknown("string")',
    {
      e: [
        { t: "string", v: "a p" },
        { t: "string", u: true },
        { t: "string", v: "c q" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'formatlist("%s %s %s", ["a", x, "c"], ["p", "q", "r"], ["1", "2", "3"])',
    'x = unknown("string")',
    {
      e: [
        { t: "string", v: "a p 1" },
        { t: "string", u: true },
        { t: "string", v: "c q 2" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'formatlist("%s %s", ["a", "b"], x)',
    'x = sensitive("s")',
    {
      e: [
        { t: "string", v: "a s" },
        { t: "string", v: "b s" },
      ],
      m: ["sensitive"],
      t: ["list", "string"],
    },
  ],
  [
    'formatlist("%s %s", ["a", x], "q")',
    'x = sensitive("s")',
    {
      e: [
        { t: "string", v: "a q" },
        { t: "string", v: "s q" },
      ],
      m: ["sensitive"],
      t: ["list", "string"],
    },
  ],
  ['format("%-12.0E|", -0)', "", { t: "string", v: "-0E+00      |" }],
  ['format("%f|", 1)', "", { t: "string", v: "1.000000|" }],
  [
    'format("%v|%5v|%-8v|", 1/3, 1/3, 1/3)',
    "",
    {
      t: "string",
      v: "0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335|0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335|0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335|",
    },
  ],
  ['format("% 12.10X|", -98765432109876543210987654321)', "", { t: "string", v: "-13F20D9C2FFF89D38E1C70CB1|" }],
  ['format("%# -1e|", -0)', "", { t: "string", v: "-0.000000e+00|" }],
  ['format("%v|%5v|%-8v|", 2.5, 2.5, 2.5)', "", { t: "string", v: "2.5|  2.5|2.5     |" }],
  ['format("% f|", 0)', "", { t: "string", v: " 0.000000|" }],
  ['format("%.10f|", 6.02214076e23)', "", { t: "string", v: "602214076000000000000000.0000000000|" }],
  ['format("%-1.g|", 2/3)', "", { t: "string", v: "0.7|" }],
  [
    'format("%+1.1X|", 999999.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%+1.1X" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%+1.3G|", 3.14159265358979323846)', "", { t: "string", v: "+3.14|" }],
  [
    'format("%-#1.o|", 1/3)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%-#1.o" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%v|%5v|%-8v|", 1e6, 1e6, 1e6)', "", { t: "string", v: "1e+06|1e+06|1e+06   |" }],
  [
    'format("%-25.0x|", -2.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%-25.0x" at 0: an integer is required.',
      ],
    },
  ],
  [
    'format("%12.30f|", -98765432109876543210987654321)',
    "",
    { t: "string", v: "-98765432109876543210987654321.000000000000000000000000000000|" },
  ],
  ['format("%- .10f|", 123456)', "", { t: "string", v: " 123456.0000000000|" }],
  ['format("%v|%5v|%-8v|", 1e400, 1e400, 1e400)', "", { t: "string", v: "1e+400|1e+400|1e+400  |" }],
  ['format("%#0+25.1G|", 999999.5)', "", { t: "string", v: "+00000000000000000001E+06|" }],
  [
    'format("%#25X|", 0.00001)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%#25X" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%.1E|", 0)', "", { t: "string", v: "0.0E+00|" }],
  ['format("%-E|", -1)', "", { t: "string", v: "-1.000000E+00|" }],
  ['format("%25X|", 1e6)', "", { t: "string", v: "                    F4240|" }],
  ['format("%+.X|", 0)', "", { t: "string", v: "|" }],
  ['format("%+012.10e|", 1/3)', "", { t: "string", v: "+3.3333333333e-01|" }],
  ['format("%v|%5v|%-8v|", 1, 1, 1)', "", { t: "string", v: "1|    1|1       |" }],
  [
    'format("%-05X|", 2/3)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%-05X" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%v|%5v|%-8v|", 2.5, 2.5, 2.5)', "", { t: "string", v: "2.5|  2.5|2.5     |" }],
  ['format("%.30f|", 4.9e-324)', "", { t: "string", v: "0.000000000000000000000000000000|" }],
  [
    'format("%  25.0b|", 5e-324)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%  25.0b" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%25.0x|", 6.02214076e23)', "", { t: "string", v: "     7f8617295f145cc60000|" }],
  [
    'format("%#+25.x|", 1.7976931348623157e308)',
    "",
    {
      t: "string",
      v: "+0xfffffffffffff7ac6b26715bb52611f3557ab9dff9b8b22ed97fd6ccd362d748b926b935ae4cef9ce976c482510fe77592128540fd165024271d198d0f4dc79000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|",
    },
  ],
  ['format("%v|%5v|%-8v|", -2.5, -2.5, -2.5)', "", { t: "string", v: "-2.5| -2.5|-2.5    |" }],
  ['format("%-#25.1x|", 17)', "", { t: "string", v: "0x11                     |" }],
  [
    'format("%-#1.30d|", 1e400)',
    "",
    {
      t: "string",
      v: "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000099619093927145103698488885902559626546388220467448158901290339712241777162832451007140734114254934770906394233606070503901917153436635415036944339291818644996386419940467994013482382498698992627077917092011309750377767778231244955945636905091072|",
    },
  ],
  ['format("%0+#E|", 1e-7)', "", { t: "string", v: "+1.000000E-07|" }],
  [
    'format("%#o|", -2.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%#o" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%v|%5v|%-8v|", -255, -255, -255)', "", { t: "string", v: "-255| -255|-255    |" }],
  [
    'format("%+5.30b|", 12345678901234567890)',
    "",
    { t: "string", v: "+1010101101010100101010011000110011101011000111110000101011010010|" },
  ],
  [
    'format("%v|%5v|%-8v|", 3.14159265358979323846, 3.14159265358979323846, 3.14159265358979323846)',
    "",
    { t: "string", v: "3.14159265358979323846|3.14159265358979323846|3.14159265358979323846|" },
  ],
  [
    'format("%-25.1b|", 999999.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%-25.1b" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%v|%5v|%-8v|", 9.9999999, 9.9999999, 9.9999999)', "", { t: "string", v: "9.9999999|9.9999999|9.9999999|" }],
  ['format("%v|%5v|%-8v|", -0.1, -0.1, -0.1)', "", { t: "string", v: "-0.1| -0.1|-0.1    |" }],
  ['format("%00#12.10f|", 0.1)', "", { t: "string", v: "0.1000000000|" }],
  [
    'format("%.30X|", 3.14159265358979323846)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%.30X" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%-5.30G|", 255)', "", { t: "string", v: "255  |" }],
  ['format("%0##12.10g|", 1.5)', "", { t: "string", v: "0000000001.5|" }],
  ['format("%v|%5v|%-8v|", 0.5, 0.5, 0.5)', "", { t: "string", v: "0.5|  0.5|0.5     |" }],
  ['format("%+ -25.30e|", 17)', "", { t: "string", v: "+1.700000000000000000000000000000e+01|" }],
  ['format("%25.0g|", 0.5)', "", { t: "string", v: "                      0.5|" }],
  ['format("%12.1E|", 1.5)', "", { t: "string", v: "     1.5E+00|" }],
  ['format("%1.3f|", 9.9999999)', "", { t: "string", v: "10.000|" }],
  ['format("%5.3e|", -1)', "", { t: "string", v: "-1.000e+00|" }],
  ['format("%v|%5v|%-8v|", -1e-400, -1e-400, -1e-400)', "", { t: "string", v: "-1e-400|-1e-400|-1e-400 |" }],
  ['format("%v|%5v|%-8v|", 1/0, 1/0, 1/0)', "", { t: "string", v: "+Inf| +Inf|+Inf    |" }],
  [
    'format("%v|%5v|%-8v|", -1/7, -1/7, -1/7)',
    "",
    {
      t: "string",
      v: "-0.14285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285|-0.14285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285|-0.14285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285|",
    },
  ],
  [
    'format("%.10X|", -2.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%.10X" at 0: an integer is required.',
      ],
    },
  ],
  [
    'format("%25d|", -1/7)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%25d" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%g|", -0)', "", { t: "string", v: "-0|" }],
  ['format("%1X|", 7)', "", { t: "string", v: "7|" }],
  [
    'format("%v|%5v|%-8v|", 3.14159265358979323846, 3.14159265358979323846, 3.14159265358979323846)',
    "",
    { t: "string", v: "3.14159265358979323846|3.14159265358979323846|3.14159265358979323846|" },
  ],
  [
    'format("%25b|", -2.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%25b" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%05.1G|", 0.30000000000000004)', "", { t: "string", v: "000.3|" }],
  ['format("%#25.10G|", 9.9999999)', "", { t: "string", v: "                9.9999999|" }],
  ['format("%v|%5v|%-8v|", 9.9999999, 9.9999999, 9.9999999)', "", { t: "string", v: "9.9999999|9.9999999|9.9999999|" }],
  ['format("%0-#12X|", 7)', "", { t: "string", v: "0X7         |" }],
  ['format("%v|%5v|%-8v|", 1/0, 1/0, 1/0)', "", { t: "string", v: "+Inf| +Inf|+Inf    |" }],
  [
    'format("%v|%5v|%-8v|", 1099511627776, 1099511627776, 1099511627776)',
    "",
    { t: "string", v: "1.099511627776e+12|1.099511627776e+12|1.099511627776e+12|" },
  ],
  ['format("% -12.0g|", 0.5)', "", { t: "string", v: " 0.5        |" }],
  ['format("%5.10d|", 18446744073709551616)', "", { t: "string", v: "18446744073709551616|" }],
  ['format("%#g|", -1e-100)', "", { t: "string", v: "-1e-100|" }],
  ['format("%0  .0f|", 7)', "", { t: "string", v: " 7|" }],
  [
    'format("%25.30X|", 1e400)',
    "",
    {
      t: "string",
      v: "1B4EC7F91973FF3CB1CCF26FBC177C38DB6E54582DE258FF5190B8BC150AFADB38030E5D0B7BF50120E5C0E6AD18E629853CE9946A0B2ECCF6CFDE0AF8634BF8E000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|",
    },
  ],
  ['format("%v|%5v|%-8v|", -1, -1, -1)', "", { t: "string", v: "-1|   -1|-1      |" }],
  ['format("%0.0o|", 100)', "", { t: "string", v: "144|" }],
  [
    'format("%-5.3d|", -1e-400)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%-5.3d" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%#12e|", 1.5)', "", { t: "string", v: "1.500000e+00|" }],
  ['format("%-12g|", 0.5)', "", { t: "string", v: "0.5         |" }],
  [
    'format("%012x|", -1e-100)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%012x" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%+25.1f|", -1)', "", { t: "string", v: "                     -1.0|" }],
  [
    'format("%# #.10X|", 999999.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%# #.10X" at 0: an integer is required.',
      ],
    },
  ],
  [
    'format("%v|%5v|%-8v|", 1099511627776, 1099511627776, 1099511627776)',
    "",
    { t: "string", v: "1.099511627776e+12|1.099511627776e+12|1.099511627776e+12|" },
  ],
  [
    'format("%25.X|", 0.1)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%25.X" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%v|%5v|%-8v|", 123456, 123456, 123456)', "", { t: "string", v: "123456|123456|123456  |" }],
  [
    'format("%  .30d|", 3.14159265358979323846)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%  .30d" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%+#-1.g|", -1/7)', "", { t: "string", v: "-0.1|" }],
  ['format("%-5x|", -98765432109876543210987654321)', "", { t: "string", v: "-13f20d9c2fff89d38e1c70cb1|" }],
  ['format("%-1E|", 1e21)', "", { t: "string", v: "1.000000E+21|" }],
  ['format("%0.o|", 123456789)', "", { t: "string", v: "726746425|" }],
  [
    'format("%#.1b|", 1.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%#.1b" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%-12d|", 0)', "", { t: "string", v: "0           |" }],
  ['format("%v|%5v|%-8v|", 100, 100, 100)', "", { t: "string", v: "100|  100|100     |" }],
  ['format("%-+.30g|", 123456789)', "", { t: "string", v: "+123456789|" }],
  ['format("%v|%5v|%-8v|", 1.5, 1.5, 1.5)', "", { t: "string", v: "1.5|  1.5|1.5     |" }],
  ['format("%v|%5v|%-8v|", 0, 0, 0)', "", { t: "string", v: "0|    0|0       |" }],
  [
    'format("%v|%5v|%-8v|", 3.14159265358979323846, 3.14159265358979323846, 3.14159265358979323846)',
    "",
    { t: "string", v: "3.14159265358979323846|3.14159265358979323846|3.14159265358979323846|" },
  ],
  [
    'format("% 1.3o|", 1e100)',
    "",
    {
      t: "string",
      v: " 444465511312303371654131170230463405763425471004342043237125262206042501350742000000000000000000000000000000000|",
    },
  ],
  [
    'format("%v|%5v|%-8v|", 1099511627776, 1099511627776, 1099511627776)',
    "",
    { t: "string", v: "1.099511627776e+12|1.099511627776e+12|1.099511627776e+12|" },
  ],
  [
    'format("%  5b|", 1e400)',
    "",
    {
      t: "string",
      v: " 110110100111011000111111110010001100101110011111111110011110010110001110011001111001001101111101111000001011101111100001110001101101101101110010101000101100000101101111000100101100011111111010100011001000010111000101111000001010100001010111110101101101100111000000000110000111001011101000010110111101111110101000000010010000011100101110000001110011010101101000110001110011000101001100001010011110011101001100101000110101000001011001011101100110011110110110011111101111000001010111110000110001101001011111110001110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|",
    },
  ],
  [
    'format("%.30b|", -1e-400)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%.30b" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%0 +.3d|", 0)', "", { t: "string", v: "+000|" }],
  ['format("%v|%5v|%-8v|", -1e-400, -1e-400, -1e-400)', "", { t: "string", v: "-1e-400|-1e-400|-1e-400 |" }],
  [
    'format("%+#5.f|", 1e100)',
    "",
    {
      t: "string",
      v: "+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|",
    },
  ],
  [
    'format("%#5.1d|", 2/3)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%#5.1d" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%-+1e|", 255)', "", { t: "string", v: "+2.550000e+02|" }],
  ['format("%-+ .3d|", 1099511627776)', "", { t: "string", v: "+1099511627776|" }],
  ['format("%v|%5v|%-8v|", -255, -255, -255)', "", { t: "string", v: "-255| -255|-255    |" }],
  [
    'format("%v|%5v|%-8v|", -98765432109876543210987654321, -98765432109876543210987654321, -98765432109876543210987654321)',
    "",
    {
      t: "string",
      v: "-9.8765432109876543210987654321e+28|-9.8765432109876543210987654321e+28|-9.8765432109876543210987654321e+28|",
    },
  ],
  ['format("% #5g|", -1e-100)', "", { t: "string", v: "-1e-100|" }],
  ['format("%1.e|", 0.000123456)', "", { t: "string", v: "1e-04|" }],
  ['format("%v|%5v|%-8v|", 0.5, 0.5, 0.5)', "", { t: "string", v: "0.5|  0.5|0.5     |" }],
  [
    'format("%v|%5v|%-8v|", 12345678901234567890, 12345678901234567890, 12345678901234567890)',
    "",
    { t: "string", v: "1.234567890123456789e+19|1.234567890123456789e+19|1.234567890123456789e+19|" },
  ],
  [
    'format("% + 12.10X|", 0.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "% + 12.10X" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%+.10X|", 100)', "", { t: "string", v: "+0000000064|" }],
  [
    'format("%#-5.x|", 1/3)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%#-5.x" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%-.10G|", 9.9999999)', "", { t: "string", v: "9.9999999|" }],
  ['format("% .3g|", 0.5)', "", { t: "string", v: " 0.5|" }],
  ['format("%12.e|", 0.1)', "", { t: "string", v: "       1e-01|" }],
  [
    'format("%v|%5v|%-8v|", 3.14159265358979323846, 3.14159265358979323846, 3.14159265358979323846)',
    "",
    { t: "string", v: "3.14159265358979323846|3.14159265358979323846|3.14159265358979323846|" },
  ],
  [
    'format("%-25.f|", 1.7976931348623157e308)',
    "",
    {
      t: "string",
      v: "179769313486231569999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999996836193752129146763626415043596749112233484522920424589383156943725516885245783587742157144959927683426378472611283968414958699904744501981733200236380160|",
    },
  ],
  [
    'format("%.30o|", -0.1)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: unsupported value for "%.30o" at 0: an integer is required.',
      ],
    },
  ],
  ['format("%10000010d|", 1)', "", { t: "string", v: "%!(NOVERB)%!(EXTRA *big.Int=1)|" }],
  ['format("%.10000010f|", 1)', "", { t: "string", v: "%!(NOVERB)%!(EXTRA *big.Float=1)|" }],
  ['format("%99999999999999999999999d|", 1)', "", { t: "string", v: "%!(NOVERB)%!(EXTRA *big.Int=1)|" }],
  [
    'format("%[99999999999999999999]d", 1)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: not enough arguments for "%[99999999999999999999]d" at 0: need index 7766279631452241919 but have 1 total.',
      ],
    },
  ],
  [
    'format("%[9223372036854775808]d", 1)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: not enough arguments for "%[9223372036854775808]d" at 0: need index -9223372036854775808 but have 1 total.',
      ],
    },
  ],
  [
    'format("%[9223372036854775807]d", 1)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: not enough arguments for "%[9223372036854775807]d" at 0: need index 9223372036854775807 but have 1 total.',
      ],
    },
  ],
  [
    'format("%[18446744073709551615]d", 1)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: panic in function implementation: runtime error: index out of range [-2].',
      ],
    },
  ],
  [
    'format("%[18446744073709551610]d", 1)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "format" failed: panic in function implementation: runtime error: index out of range [-7].',
      ],
    },
  ],
];

describe("FN-20 format and formatlist agree with go-cty (oracle-recorded)", () => {
  it.each(ORACLE)("%s %s", (expr, vars, want) => check([expr, vars, want]));
});

describe("FN-20 numbers are formatted exactly, never through a double", () => {
  it("prints big integers and decimals digit for digit", () => {
    expect(fmt("%d", num("12345678901234567890"))).toBe("12345678901234567890");
    expect(fmt("%x", num("12345678901234567890"))).toBe("ab54a98ceb1f0ad2");
    expect(fmt("%.30f", num("0.1"))).toBe("0.100000000000000000000000000000");
    expect(fmt("%e", num("12345678901234567890"))).toBe("1.234568e+19");
    expect(fmt("%g", num("0.1"))).toBe("0.1");
  });

  it("keeps the sign of negative zero", () => {
    const negZero = num("-0");
    expect(fmt("%v|%e|%f|%d", negZero, negZero, negZero, negZero)).toBe("-0|-0.000000e+00|-0.000000|0");
  });

  it("%d of any safe integer is its decimal text (property)", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(fmt("%d", numberIntVal(n))).toBe(String(n));
        expect(fmt("%x", numberIntVal(n))).toBe(n.toString(16));
      }),
    );
  });

  it("%v of a double's shortest text round-trips (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const v = num(x.toString());
        expect(Number(fmt("%v", v))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe("FN-20 Packer 1.14's Go: the 0 flag stays beside - for floating-point verbs", () => {
  // Go 1.23 (golang/go#61784) stopped clearing fmt's zero flag when '-' is present; math/big's
  // Float.Format checks the zero flag first, so it pads with zeros on the left. The Go 1.19
  // referee answers "1.50    " here. big.Int.Format checks '-' first, so integers are unchanged.
  it.each([
    ["%-08.2f", num("1.5"), "00001.50"],
    ["%0-8.2f", num("-1.5"), "-0001.50"],
    ["%-010.3e", num("1234.5"), "01.234e+03"],
    ["%-+08.1f", num("2.25"), "+00002.2"],
    // infinities are never zero-padded
    ["%-08f", PositiveInfinity, "+Inf    "],
  ])("format(%j, %s) = %j", (f, x, want) => {
    expect(fmt(f, x)).toBe(want);
  });

  it("integers still pad on the right with spaces", () => {
    expect(fmt("%-05d|%0-5d", num("-42"), num("7"))).toBe("-42  |7    ");
  });
});

describe("FN-20 errors name the argument they are about", () => {
  function argError(format: string, ...args: Value[]): [number, string] {
    try {
      formatFSM(format, args);
    } catch (e) {
      if (e instanceof ArgError) return [e.index, e.message];
      throw e;
    }
    throw new Error("no ArgError");
  }

  it("reports the first unused argument, counting the format string as argument 0", () => {
    expect(argError("x", stringVal("a"))).toEqual([1, "too many arguments; no verbs in format string"]);
    expect(argError("%s %s", stringVal("a"), stringVal("b"), stringVal("c"))).toEqual([
      3,
      "too many arguments; only 2 used by format string",
    ]);
    expect(argError("%[2]s", stringVal("a"), stringVal("b"), stringVal("c"))).toEqual([
      3,
      "too many arguments; only 2 used by format string",
    ]);
  });

  it("formatlist reports its iteration and drops the argument index", () => {
    try {
      call(FormatListFunc, stringVal("%s"), listVal([stringVal("a")]), stringVal("extra"));
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(FunctionError);
      expect(e).not.toBeInstanceOf(ArgError);
      expect((e as Error).message).toBe(
        "error on format iteration 0: too many arguments; only 1 used by format string",
      );
    }
  });

  it("quotes runes as Go's %q does", () => {
    expect(goQuoteRune("z")).toBe("'z'");
    expect(goQuoteRune("'")).toBe("'\\''");
    expect(goQuoteRune("\n")).toBe("'\\n'");
    expect(goQuoteRune("\u0001")).toBe("'\\x01'");
    expect(goQuoteRune("\u00a0")).toBe("'\\u00a0'");
    expect(goQuoteRune("é")).toBe("'é'");
  });
});

describe("FN-14 unknown and marked arguments", () => {
  const S = new Set(["sensitive"]);

  it("a marked argument marks the result", () => {
    const r = call(FormatFunc, stringVal("%s!"), stringVal("x").mark("sensitive"));
    expect(r.asString()).toBe("x!");
    expect(r.marks).toEqual(S);
    const l = call(FormatListFunc, stringVal("%s"), listVal([stringVal("a"), stringVal("b").mark("sensitive")]));
    expect(l.elements().map((e) => e.asString())).toEqual(["a", "b"]);
    expect(l.marks).toEqual(S);
  });

  it("an unknown marked argument gives a marked unknown (Plinth keeps the mark go-cty 1.12 drops)", () => {
    const r = call(FormatFunc, stringVal("%s"), unknownVal(StringType).mark("sensitive"));
    expect(r.isKnown()).toBe(false);
    expect(r.marks).toEqual(S);
    const l = call(FormatListFunc, stringVal("%s"), unknownVal(listOf(StringType)).mark("sensitive"));
    expect(l.isKnown()).toBe(false);
    expect(l.marks).toEqual(S);
  });

  it("unknowns inside collections make format unknown", () => {
    const r = call(FormatFunc, stringVal("%v"), listVal([unknownVal(NumberType)]));
    expect(r.isKnown()).toBe(false);
  });
});

describe("FN-20 laws (property)", () => {
  it("%s of a string without percent signs is the string; %q is its JSON", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (s) => {
        const v = stringVal(s);
        expect(fmt("%s", v)).toBe(v.asString());
        expect(JSON.parse(fmt("%q", v))).toBe(v.asString());
      }),
    );
  });

  it("formatlist over one list is format applied to each element", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (xs) => {
        const l = call(FormatListFunc, stringVal("<%s>"), listVal(xs.map(stringVal)));
        expect(l.elements().map((e) => e.asString())).toEqual(xs.map((x) => `<${x}>`));
      }),
    );
  });
});
