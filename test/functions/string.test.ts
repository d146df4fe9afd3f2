// String functions (FN-02): go-cty's chomp, indent, join, lower, upper,
// title, replace, split, strrev, substr, trim, trimprefix, trimsuffix,
// trimspace, and Packer's startswith, endswith, strcontains.
//
// Expected values: the ORACLE and GRAPHEME tables were recorded from the Go
// referee (test/tools/hcleval: HCL 2.14 + go-cty 1.12.1 + go-textseg v13,
// Go 1.19); the startswith/endswith/strcontains cases come from Packer's
// hcl2template/function/*_test.go; the case-mapping digests are of Go's
// output for every code point JavaScript says changes under case mapping
// (recorded once from the referee). Where Plinth follows Packer 1.14 rather
// than the referee (Unicode 15 case pairs, marks kept on unknown results),
// the test says so.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringType } from "../../src/cty/types.js";
import { False, listVal, nullVal, numberIntVal, stringVal, True, unknownVal, type Value } from "../../src/cty/value.js";
import { FunctionError, type Function } from "../../src/functions/function.js";
import {
  EndsWithFunc,
  goToLower,
  goToUpper,
  graphemes,
  JoinFunc,
  ReverseFunc,
  SplitFunc,
  StartsWithFunc,
  StrContainsFunc,
  stringFunctions,
  SubstrFunc,
  TitleFunc,
  TrimSpaceFunc,
  UpperFunc,
} from "../../src/functions/string.js";
import { evalFunctions } from "../support/eval-functions.js";
import { type Case, recordedCaseChecker } from "../support/function-cases.js";
import { plinthEvaluate } from "../support/plinth-eval.js";

const functions = evalFunctions();
for (const [name, f] of Object.entries(stringFunctions)) functions.set(name, f);
const check = recordedCaseChecker(functions);

function call(f: Function, ...args: Value[]): Value {
  return f.call(args);
}

function callError(f: Function, ...args: Value[]): string {
  try {
    f.call(args);
  } catch (e) {
    if (e instanceof FunctionError) return e.message;
    throw e;
  }
  throw new Error("call succeeded; want an error");
}

// Recorded from the Go referee.
const ORACLE: Case[] = [
  ['chomp("hello")', "", { t: "string", v: "hello" }],
  ['chomp("hello\\n")', "", { t: "string", v: "hello" }],
  ['chomp("hello\\r\\n")', "", { t: "string", v: "hello" }],
  ['chomp("hello\\n\\n")', "", { t: "string", v: "hello" }],
  ['chomp("hello\\r\\n\\r\\n")', "", { t: "string", v: "hello" }],
  ['chomp("hello\\r\\r\\n\\n\\r")', "", { t: "string", v: "hello" }],
  ['chomp("\\n")', "", { t: "string", v: "" }],
  ['chomp("hel\\nlo\\n")', "", { t: "string", v: "hel\nlo" }],
  ['chomp("")', "", { t: "string", v: "" }],
  ["chomp(5)", "", { t: "string", v: "5" }],
  ['indent(2, "hello\\nworld")', "", { t: "string", v: "hello\n  world" }],
  ['indent(0, "a\\nb")', "", { t: "string", v: "a\nb" }],
  ['indent(2, "a\\n\\nb\\n")', "", { t: "string", v: "a\n  \n  b\n  " }],
  ['indent(3, "")', "", { t: "string", v: "" }],
  ['indent("2", "a\\nb")', "", { t: "string", v: "a\n  b" }],
  [
    'indent(-1, "a\\nb")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "indent" failed: panic in function implementation: strings: negative Repeat count.',
      ],
    },
  ],
  [
    'indent(1.5, "a\\nb")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "indent" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
      ],
    },
  ],
  [
    'indent(1e30, "a")',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "indent" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
      ],
    },
  ],
  ['join(",", ["a", "b", "c"])', "", { t: "string", v: "a,b,c" }],
  ['join(", ", ["a"])', "", { t: "string", v: "a" }],
  ['join(",", [])', "", { t: "string", v: "" }],
  ['join("-", ["a", "b"], [], ["c"])', "", { t: "string", v: "a-b-c" }],
  ['join(",", ["a", 1, true])', "", { t: "string", v: "a,1,true" }],
  [
    'join(",")',
    "",
    { err: ["Error in function call", 'Call to function "join" failed: at least one list is required.'] },
  ],
  [
    'join(",", ["a", null])',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "lists" parameter: element 1 is null; cannot concatenate null values.',
      ],
    },
  ],
  [
    'join(",", ["a"], ["b", null])',
    "",
    {
      err: [
        "Invalid function argument",
        'Invalid value for "lists" parameter: element 1 of list 2 is null; cannot concatenate null values.',
      ],
    },
  ],
  [
    'join(",", "a")',
    "",
    { err: ["Invalid function argument", 'Invalid value for "lists" parameter: list of string required.'] },
  ],
  ['join(",", ["a", x])', 'x = unknown("string")', { t: "string", u: true }],
  ['join(",", x)', 'x = unknown("list(string)")', { t: "string", u: true }],
  ['join(",", ["a", x])', 'x = sensitive("b")', { m: ["sensitive"], t: "string", v: "a,b" }],
  ['join(x, ["a", "b"])', 'x = sensitive("+")', { m: ["sensitive"], t: "string", v: "a+b" }],
  ['lower("HELLO")', "", { t: "string", v: "hello" }],
  ['lower("ÀÉÎÕÜ ΣΑΣ İ Ǆ ẞ")', "", { t: "string", v: "àéîõü σασ i ǆ ß" }],
  ['lower("")', "", { t: "string", v: "" }],
  ["lower(true)", "", { t: "string", v: "true" }],
  ['upper("hello")', "", { t: "string", v: "HELLO" }],
  ['upper("àéîõü σας ß ŉ ǰ ﬁ ᾀ ᾳ ǆ ı ſ")', "", { t: "string", v: "ÀÉÎÕÜ ΣΑΣ ß ŉ ǰ ﬁ ᾈ ᾼ Ǆ I S" }],
  ['upper("ǅ Ǉ ǈ")', "", { t: "string", v: "Ǆ Ǉ Ǉ" }],
  ["upper(x)", 'x = sensitive("abc")', { m: ["sensitive"], t: "string", v: "ABC" }],
  ["upper(x)", 'x = unknown("string")', { t: "string", u: true }],
  [
    "upper(x)",
    'x = null_of("string")',
    { err: ["Invalid function argument", 'Invalid value for "str" parameter: argument must not be null.'] },
  ],
  ['title("hello world")', "", { t: "string", v: "Hello World" }],
  ['title("hello wORLD-foo_bar baz.qux 1st 2nd")', "", { t: "string", v: "Hello WORLD-Foo_bar Baz.Qux 1st 2nd" }],
  ['title("ǆemal ǉubav ﬁne ᾳb ßig")', "", { t: "string", v: "ǅemal ǈubav ﬁne ᾼb ßig" }],
  [
    'title("élan «ok» —dash 🙂smile ab\\tcd\\u00a0ef\\u3000gh")',
    "",
    { t: "string", v: "Élan «ok» —dash 🙂smile Ab\tCd Ef　Gh" },
  ],
  ['title("ა ბ")', "", { t: "string", v: "ა ბ" }],
  ['title("")', "", { t: "string", v: "" }],
  ['replace("hello", "l", "L")', "", { t: "string", v: "heLLo" }],
  ['replace("hello", "ll", "")', "", { t: "string", v: "heo" }],
  ['replace("hello", "x", "y")', "", { t: "string", v: "hello" }],
  ['replace("abc", "", "-")', "", { t: "string", v: "-a-b-c-" }],
  ['replace("", "", "-")', "", { t: "string", v: "-" }],
  ['replace("a😀b", "", "|")', "", { t: "string", v: "|a|😀|b|" }],
  ['replace("aaa", "aa", "b")', "", { t: "string", v: "ba" }],
  ['replace("hello /world/", "/world/", "x")', "", { t: "string", v: "hello x" }],
  ['replace("1 + 2", "+", "plus")', "", { t: "string", v: "1 plus 2" }],
  [
    'split(",", "a,b,c")',
    "",
    {
      e: [
        { t: "string", v: "a" },
        { t: "string", v: "b" },
        { t: "string", v: "c" },
      ],
      t: ["list", "string"],
    },
  ],
  [
    'split(",", "a,,b,")',
    "",
    {
      e: [
        { t: "string", v: "a" },
        { t: "string", v: "" },
        { t: "string", v: "b" },
        { t: "string", v: "" },
      ],
      t: ["list", "string"],
    },
  ],
  ['split(",", "")', "", { e: [{ t: "string", v: "" }], t: ["list", "string"] }],
  [
    'split("", "abc")',
    "",
    {
      e: [
        { t: "string", v: "a" },
        { t: "string", v: "b" },
        { t: "string", v: "c" },
      ],
      t: ["list", "string"],
    },
  ],
  ['split("", "")', "", { e: [], t: ["list", "string"] }],
  [
    'split("", "a😀é")',
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
  [
    'split(", ", "foo, bar, baz")',
    "",
    {
      e: [
        { t: "string", v: "foo" },
        { t: "string", v: "bar" },
        { t: "string", v: "baz" },
      ],
      t: ["list", "string"],
    },
  ],
  ['split(",", "abc")', "", { e: [{ t: "string", v: "abc" }], t: ["list", "string"] }],
  ['strrev("hello")', "", { t: "string", v: "olleh" }],
  ['strrev("")', "", { t: "string", v: "" }],
  ['strrev("a\\r\\nb")', "", { t: "string", v: "b\r\na" }],
  ['strrev("ab\\u0301c")', "", { t: "string", v: "cb́a" }],
  ['strrev("👨‍👩‍👧x🇺🇸🇬🇧")', "", { t: "string", v: "🇬🇧🇺🇸x👨‍👩‍👧" }],
  ['strrev("\\u0915\\u094d\\u0937a")', "", { t: "string", v: "aषक्" }],
  ['strrev("\\u1100\\u1161\\u11a8")', "", { t: "string", v: "각" }],
  ['strrev("😀\\u0903\\u200d😀")', "", { t: "string", v: "😀ः‍😀" }],
  ['strrev("a\\u200d😀")', "", { t: "string", v: "😀a‍" }],
  ['strrev("\\ufffd\\u0301")', "", { t: "string", v: "́�" }],
  ['substr("hello world", 1, 4)', "", { t: "string", v: "ello" }],
  ['substr("hello world", 0, 5)', "", { t: "string", v: "hello" }],
  ['substr("hello world", 6, -1)', "", { t: "string", v: "world" }],
  ['substr("hello world", -5, 3)', "", { t: "string", v: "wor" }],
  ['substr("hello world", -5, -1)', "", { t: "string", v: "world" }],
  ['substr("hello", 0, 0)', "", { t: "string", v: "" }],
  ['substr("hello", 2, 0)', "", { t: "string", v: "" }],
  ['substr("hello", -1, 0)', "", { t: "string", v: "o" }],
  ['substr("hello", -3, 0)', "", { t: "string", v: "llo" }],
  ['substr("hello", -10, 2)', "", { t: "string", v: "he" }],
  ['substr("hello", 5, 2)', "", { t: "string", v: "" }],
  ['substr("hello", 6, 2)', "", { t: "string", v: "" }],
  ['substr("hello", 3, 100)', "", { t: "string", v: "lo" }],
  ['substr("hello", 1, -5)', "", { t: "string", v: "ello" }],
  ['substr("", 0, 1)', "", { t: "string", v: "" }],
  ['substr("", 1, 1)', "", { t: "string", v: "" }],
  ['substr("", -1, 1)', "", { t: "string", v: "" }],
  ['substr("héllo wörld", 1, 4)', "", { t: "string", v: "éllo" }],
  ['substr("e\\u0301e\\u0301e\\u0301", 1, 1)', "", { t: "string", v: "é" }],
  ['substr("👨‍👩‍👧👨‍👩‍👧", 1, 1)', "", { t: "string", v: "👨‍👩‍👧" }],
  [
    'substr("hello", 1.5, 2)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "substr" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
      ],
    },
  ],
  [
    'substr("hello", 1, 2.5)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "substr" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
      ],
    },
  ],
  [
    'substr("hello", 1e30, 2)',
    "",
    {
      err: [
        "Error in function call",
        'Call to function "substr" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
      ],
    },
  ],
  ['substr("hello", "1", "2")', "", { t: "string", v: "el" }],
  ['trim("?!hello?!", "!?")', "", { t: "string", v: "hello" }],
  ['trim("  hello  ", " ")', "", { t: "string", v: "hello" }],
  ['trim("hello", "")', "", { t: "string", v: "hello" }],
  ['trim("", "x")', "", { t: "string", v: "" }],
  ['trim("xyxhixyx", "yx")', "", { t: "string", v: "hi" }],
  ['trim("äbcä", "ä")', "", { t: "string", v: "bc" }],
  ['trim("😀a😀", "😀")', "", { t: "string", v: "a" }],
  ['trimprefix("helloworld", "hello")', "", { t: "string", v: "world" }],
  ['trimprefix("helloworld", "world")', "", { t: "string", v: "helloworld" }],
  ['trimprefix("hello", "")', "", { t: "string", v: "hello" }],
  ['trimprefix("hellohello", "hello")', "", { t: "string", v: "hello" }],
  ['trimsuffix("helloworld", "world")', "", { t: "string", v: "hello" }],
  ['trimsuffix("helloworld", "hello")', "", { t: "string", v: "helloworld" }],
  ['trimsuffix("hello", "")', "", { t: "string", v: "hello" }],
  ['trimspace("  hello  ")', "", { t: "string", v: "hello" }],
  ['trimspace("\\t\\n hello \\r\\n")', "", { t: "string", v: "hello" }],
  ['trimspace("\\u0085\\u00a0\\u2003 a \\u3000\\u2028")', "", { t: "string", v: "a" }],
  ['trimspace("\\ufeffa\\ufeff")', "", { t: "string", v: "﻿a﻿" }],
  ['trimspace("\\u200ba\\u200b")', "", { t: "string", v: "​a​" }],
  ['trimspace("")', "", { t: "string", v: "" }],
  ["trimspace(x)", 'x = sensitive(" s ")', { m: ["sensitive"], t: "string", v: "s" }],
  ["chomp(x)", 'x = unknown("string")', { t: "string", u: true }],
  [
    'trim(x, " ")',
    'x = null_of("string")',
    { err: ["Invalid function argument", 'Invalid value for "str" parameter: argument must not be null.'] },
  ],
];

// strrev and substr over random strings of combining marks, joiners, emoji,
// flags, Hangul jamo, Indic conjuncts, prepend and control characters
// (recorded from the Go referee: go-textseg v13's segmentation).
const GRAPHEME: Case[] = [
  ['strrev("\\U0001f3f3\\u09b7\\r")', "", { t: "string", v: "\rষ🏳" }],
  ['strrev(" \\U0001f3fb\\n\\u0001")', "", { t: "string", v: "\u0001\n 🏻" }],
  ['strrev("\\u11a8\\u0c15\\u0600")', "", { t: "string", v: "؀కᆨ" }],
  ['strrev("\\U0001f3fb\\U0001f9d1\\u0d15\\U0001f926")', "", { t: "string", v: "🤦ക🧑🏻" }],
  ['substr("\\u200ba\\u00ad\\ufeff0\\u1161\\u093f", 1, 2)', "", { t: "string", v: "a­" }],
  ['substr("\\u200d\\U000e007f", -2, 1)', "", { t: "string", v: "‍󠁿" }],
  ['strrev("\\u00ad\\U0001f44d")', "", { t: "string", v: "👍­" }],
  ['substr("\\u0937\\ufe0f\\U0001f3fd\\u0915\\u0acd", 1, 2)', "", { t: "string", v: "क્" }],
  ['strrev("\\U0001f3fd\\u0acd\\U0001f926\\u0a95")', "", { t: "string", v: "ક🤦🏽્" }],
  ['strrev("\\r\\u0acd\\U0001f1f8\\u2764\\uac01\\u0d4e")', "", { t: "string", v: "ൎ각❤🇸્\r" }],
  ['substr("\\u200d", -2, 1)', "", { t: "string", v: "‍" }],
  ['strrev("\\u0c4d\\u09cd\\U0001f926\\u200c")', "", { t: "string", v: "🤦‌్্" }],
  ['strrev("\\U000e007f\\U0001f308")', "", { t: "string", v: "🌈󠁿" }],
  ['strrev("b\\U0001f3fd\\uac00#\\u0600\\U000e007f")', "", { t: "string", v: "؀󠁿#가b🏽" }],
  ['substr("\\u00ad\\U0001f4bb\\U0001f926\\u093f\\u0937\\u0995\\u0937", 1, 2)', "", { t: "string", v: "💻🤦ि" }],
  ['strrev("\\uac00\\u0acd\\U0001f1f8\\U0001f308\\u0301\\ufe0f")', "", { t: "string", v: "🌈́️🇸가્" }],
  ['strrev("\\u0acd\\ufe0f\\u1161")', "", { t: "string", v: "ᅡ્️" }],
  ['substr("\\u0b95\\u0d4d\\u0d15", 1, 2)', "", { t: "string", v: "ക" }],
  ['strrev("\\u20e3\\U0001f44d\\ufe0f")', "", { t: "string", v: "👍️⃣" }],
  ['substr(" \\u2764\\u1161", -2, 1)', "", { t: "string", v: "❤" }],
  ['substr("\\u1100\\u200d", 1, 2)', "", { t: "string", v: "" }],
  ['strrev("\\uac00\\U0001f3fd\\u0e48")', "", { t: "string", v: "가🏽่" }],
  ['strrev("\\U0001f468b\\u0995")', "", { t: "string", v: "কb👨" }],
  ['strrev(" \\u200b\\U0001f467\\ufeff\\u00ad\\U0001f4bb\\U0001f926")', "", { t: "string", v: "🤦💻­﻿👧​ " }],
  ['strrev("\\U0001f44d\\r\\u09b7 \\U0001f1fa\\u0308")', "", { t: "string", v: "🇺̈ ষ\r👍" }],
  ['strrev("\\u0627")', "", { t: "string", v: "ا" }],
  ['strrev("\\u0915#\\u0d15\\u00ad\\u0e48")', "", { t: "string", v: "่­ക#क" }],
  ['substr("\\u0903\\u0b15", 1, 2)', "", { t: "string", v: "କ" }],
  ['substr("\\u200d", -2, 1)', "", { t: "string", v: "‍" }],
  ['strrev("\\U0001f44d\\u0b95\\U0001f1fa\\u4e2d\\n\\u00cb\\u00cb")', "", { t: "string", v: "ËË\n中🇺க👍" }],
  ['substr("\\u00ad", 1, 2)', "", { t: "string", v: "" }],
  ['strrev("\\U0001f308\\u0d15")', "", { t: "string", v: "ക🌈" }],
  ['strrev("\\u0d15\\u0c4d")', "", { t: "string", v: "ക్" }],
  ['substr("\\u200b\\u0937a\\U0001f3fb\\ufe0f", -2, 1)', "", { t: "string", v: "ष" }],
  ['strrev("\\u200b\\u0d15b\\u0937\\ufe0f\\U0001f1fa")', "", { t: "string", v: "🇺ष️bക​" }],
  ['strrev("\\u0e48\\u094db\\u0308")', "", { t: "string", v: "b्่̈" }],
  ['strrev("\\ufeff\\u094d\\u0b4d\\u00ad")', "", { t: "string", v: "­्୍﻿" }],
  ['substr("\\u09b7\\U0001f1fa\\U0001f9d1\\u0c4d\\uac00b\\u0937", 1, 2)', "", { t: "string", v: "🇺🧑్" }],
  ['strrev("\\U0001f308\\U0001f9d1\\u09cd\\u094d\\u0d4d\\u0b4d")', "", { t: "string", v: "🧑্्്୍🌈" }],
  ['strrev("\\U0001f3f3\\ufe0f")', "", { t: "string", v: "🏳️" }],
  ['substr("a\\uac01", 1, 2)', "", { t: "string", v: "각" }],
  ['strrev("a\\U0001f44d\\u0bcd\\u0937\\U0001f3f3")', "", { t: "string", v: "🏳ष👍்a" }],
  ['substr("\\u0001\\uac00\\U0001f9d1\\U0001f9d1", -2, 1)', "", { t: "string", v: "🧑" }],
  ['substr("\\U0001f467\\u0e01\\u0c15\\uac00\\u0e01a", 1, 2)', "", { t: "string", v: "กక" }],
  ['strrev("\\u0001\\U0001f44d\\u0b95")', "", { t: "string", v: "க👍\u0001" }],
  ['strrev("\\u094d\\U0001f3f3b\\U0001f3fd")', "", { t: "string", v: "b🏽🏳्" }],
  ['strrev(" a")', "", { t: "string", v: "a " }],
  ['strrev("\\U0001f3fd\\u0b4d\\u4e2d\\U0001f926")', "", { t: "string", v: "🤦中🏽୍" }],
  ['strrev("\\u0301\\u09cd\\u0903\\u4e2d\\u200d\\u20e3\\U0001f308")', "", { t: "string", v: "🌈中‍⃣্́ः" }],
  ['strrev("\\u11a8\\U0001f9d1\\U0001f1fa")', "", { t: "string", v: "🇺🧑ᆨ" }],
  ['substr("\\U0001f1ec\\r\\uac01", 1, 2)', "", { t: "string", v: "\r각" }],
  ['substr("\\u20e3b\\U0001f308\\u0600\\u0b95", -2, 1)', "", { t: "string", v: "🌈" }],
  ['strrev(" ")', "", { t: "string", v: " " }],
  ['substr("\\u0b95\\ufe0f\\U0001f468\\u2764", 1, 2)', "", { t: "string", v: "👨❤" }],
  ['strrev("\\u093f\\u0c4d\\u0600")', "", { t: "string", v: "؀ि్" }],
  ['strrev("\\u0b4d\\U0001f9d1\\u0d4e\\ufeff\\U000e007f\\u0308\\u0937")', "", { t: "string", v: "ष󠁿̈﻿ൎ🧑୍" }],
  ['substr("\\u0bcd\\U0001f469\\u11a8\\u200b\\u0c15", -2, 1)', "", { t: "string", v: "​" }],
  ['strrev("\\U0001f44d\\u0b15")', "", { t: "string", v: "କ👍" }],
  ['strrev("\\U0001f1fa\\u200b\\u0b15")', "", { t: "string", v: "କ​🇺" }],
  ['strrev("\\u0bcd\\U000e007f\\U0001f308\\U000e007f\\u0001")', "", { t: "string", v: "\u0001🌈󠁿்󠁿" }],
  ['substr("\\u0903\\ufe0f\\u09b7\\U0001f1ec", 1, 2)', "", { t: "string", v: "ষ🇬" }],
  ['strrev("\\U0001f1fa\\u1161\\u0d4eb\\U0001f308\\U0001f1fa\\u0e01")', "", { t: "string", v: "ก🇺🌈ൎbᅡ🇺" }],
  ['strrev("\\u0b15\\u0903\\U0001f4bb\\uac00")', "", { t: "string", v: "가💻କः" }],
  ['substr("\\ufeff\\U0001f308\\uac00\\u0b15\\u0301", 1, 2)', "", { t: "string", v: "🌈가" }],
  ['strrev("\\U0001f3fb\\u0c15\\n\\u09cd\\U0001f1ec\\u09b7\\u0e01")', "", { t: "string", v: "กষ🇬্\nక🏻" }],
  ['substr("\\U0001f1fa\\u0d4d\\u1100\\u0e48\\u11a8\\u0308", -2, 1)', "", { t: "string", v: "ᄀ่" }],
  ['substr("\\u09cd\\u0b15\\u0d15\\u0bcd#\\u09b7", 1, 2)', "", { t: "string", v: "କക்" }],
  ['strrev("\\n\\u11a8\\U0001f3fd\\uac00\\u0627")', "", { t: "string", v: "ا각🏽\n" }],
  ['strrev("\\u0c15\\uac01")', "", { t: "string", v: "각క" }],
  ['strrev("\\u0308\\U0001f44d\\U0001f926\\u1100\\u0bcd\\u0b4d\\u094d")', "", { t: "string", v: "ᄀ்୍्🤦👍̈" }],
  ['strrev("\\u11a8\\u4e2d\\u0a95\\u1100")', "", { t: "string", v: "ᄀક中ᆨ" }],
  ['strrev("\\u0b95\\u11a8\\u0e48\\u0c4d\\U0001f3fd\\u0acd\\u4e2d")', "", { t: "string", v: "中ᆨ్่🏽્க" }],
  ['strrev("\\u0995\\u0b15a0\\r")', "", { t: "string", v: "\r0aକক" }],
  ['substr("\\u0e48\\n\\u0308\\u093f\\u0e48\\U0001f468", 1, 2)', "", { t: "string", v: "\n̈ि่" }],
  ['substr("\\U0001f1ec ", -2, 1)', "", { t: "string", v: "🇬" }],
  ['strrev("\\u0915\\uac00\\u0d4e")', "", { t: "string", v: "ൎ가क" }],
  ['substr("\\u11a9", 1, 2)', "", { t: "string", v: "" }],
  ['strrev("\\u00ad\\u20e3a\\u200c\\U0001f1fa\\u200c\\U0001f44d")', "", { t: "string", v: "👍🇺‌a‌⃣­" }],
  ['strrev("\\u0bcd")', "", { t: "string", v: "்" }],
  ['substr("\\U0001f469\\u0301\\u09b7\\u0937\\u0acd", -2, 1)', "", { t: "string", v: "ষ" }],
  ['strrev("\\U000e007f")', "", { t: "string", v: "󠁿" }],
  ['strrev("\\U0001f469\\u0e33\\r\\u0d4e\\u20e3\\U0001f1fa")', "", { t: "string", v: "🇺ൎ⃣\r👩ำ" }],
  ['strrev("\\u0b4d\\u00ad\\u0e01\\U000e007f")', "", { t: "string", v: "ก󠁿­୍" }],
  ['substr("\\u09cd0\\uac00\\uac00\\U0001f1fa\\U0001f468\\U000e007f", 1, 2)', "", { t: "string", v: "0가" }],
  ['strrev("\\u2764\\uac00\\u09cd\\U0001f469\\u1161\\U0001f3fb")', "", { t: "string", v: "ᅡ🏻👩가্❤" }],
  ['strrev("\\u0e33##\\u094d\\U0001f926")', "", { t: "string", v: "🤦#्#ำ" }],
  ['substr("\\u094d", 1, 2)', "", { t: "string", v: "" }],
  ['strrev("\\u0acd\\U0001f3fd\\u4e2d\\u0e33\\u1100")', "", { t: "string", v: "ᄀ中ำ્🏽" }],
  ['substr("\\u1100", -2, 1)', "", { t: "string", v: "ᄀ" }],
  ['substr("\\U0001f3fb", 1, 2)', "", { t: "string", v: "" }],
  ['strrev("\\u0d4d\\u0b15\\u0b4d\\u0a95\\u0d4d")', "", { t: "string", v: "ક്କ୍്" }],
  ['strrev(" \\u0b4d\\ufeff")', "", { t: "string", v: "﻿ ୍" }],
  ['strrev("\\u0d4d\\u0b95\\U0001f467\\U0001f308\\u00ad")', "", { t: "string", v: "­🌈👧க്" }],
  ['strrev("\\ufe0f\\U0001f3fb\\u0d15\\u11a8\\u094d\\u200c")', "", { t: "string", v: "ᆨ्‌ക️🏻" }],
  ['strrev("\\u0001\\U0001f467\\u0308\\u0301#")', "", { t: "string", v: "#👧̈́\u0001" }],
  ['strrev("\\u0e48\\U0001f468")', "", { t: "string", v: "👨่" }],
  ['substr("\\U0001f469\\u11a9\\u00ad", 1, 2)', "", { t: "string", v: "ᆩ­" }],
  ['substr("\\U000e007f\\u03080\\U0001f308", -2, 1)', "", { t: "string", v: "0" }],
  ['strrev("\\u0995")', "", { t: "string", v: "ক" }],
  ['substr("\\u0acd\\r\\u0600\\u200c\\U0001f1f8\\uac01\\u0937", 1, 2)', "", { t: "string", v: "\r؀‌" }],
  ['strrev("\\u0308")', "", { t: "string", v: "̈" }],
  ['strrev("\\u0c15\\u1161\\U0001f926\\u0d4d")', "", { t: "string", v: "🤦്ᅡక" }],
  ['substr("\\u4e2d", -2, 1)', "", { t: "string", v: "中" }],
  ['strrev("\\U000e007f")', "", { t: "string", v: "󠁿" }],
  ['strrev("\\U0001f3fd b\\U0001f44d\\u1100")', "", { t: "string", v: "ᄀ👍b 🏽" }],
  ['strrev("b\\u0b15")', "", { t: "string", v: "କb" }],
  ['substr("\\U0001f468\\U0001f3fb", 1, 2)', "", { t: "string", v: "" }],
  ['strrev("\\u20e3\\U0001f9d1\\u0627\\u0c4d\\u0d4e")', "", { t: "string", v: "ൎا్🧑⃣" }],
  ['strrev("\\uac01\\u0301\\u1100\\u0c4d")', "", { t: "string", v: "ᄀ్각́" }],
  ['substr("\\uac00", 1, 2)', "", { t: "string", v: "" }],
  ['strrev("\\u0bcd\\u200c\\U0001f3fd\\u200b\\u20e3\\u0001 ")', "", { t: "string", v: " \u0001⃣​்‌🏽" }],
  ['substr("\\U0001f467\\u0308\\u0bcd\\u200b\\U0001f3f3", -2, 1)', "", { t: "string", v: "​" }],
  ['substr("\\U0001f467\\U0001f9d1\\uac00#\\U000e007f\\r", 1, 2)', "", { t: "string", v: "🧑가" }],
  ['strrev("\\u0b4d\\r\\u093f\\u0c4d")', "", { t: "string", v: "ि్\r୍" }],
  ['strrev("0")', "", { t: "string", v: "0" }],
  ['strrev("\\u030b\\u0062")', "", { t: "string", v: "b̋" }],
  ['strrev("\\u0338\\u0062")', "", { t: "string", v: "b̸" }],
  ['strrev("\\u0365\\u0062")', "", { t: "string", v: "bͥ" }],
  ['strrev("\\u05ac\\u0062")', "", { t: "string", v: "b֬" }],
  ['strrev("\\u064e\\u0062")', "", { t: "string", v: "bَ" }],
  ['strrev("\\u0734\\u0062")', "", { t: "string", v: "bܴ" }],
  ['strrev("\\u0817\\u0062")', "", { t: "string", v: "bࠗ" }],
  ['strrev("\\u08e9\\u0062")', "", { t: "string", v: "bࣩ" }],
  ['strrev("\\u094d\\u0062")', "", { t: "string", v: "b्" }],
  ['strrev("\\u0a4d\\u0062")', "", { t: "string", v: "b੍" }],
  ['strrev("\\u0b4c\\u0062")', "", { t: "string", v: "bୌ" }],
  ['strrev("\\u0c82\\u0062")', "", { t: "string", v: "bಂ" }],
  ['strrev("\\u0d82\\u0062")', "", { t: "string", v: "bං" }],
  ['strrev("\\u0ebc\\u0062")', "", { t: "string", v: "bຼ" }],
  ['strrev("\\u0f96\\u0062")', "", { t: "string", v: "bྖ" }],
  ['strrev("\\u1031\\u0062")', "", { t: "string", v: "bေ" }],
  ['strrev("\\u108c\\u0062")', "", { t: "string", v: "bႌ" }],
  ['strrev("\\u17cd\\u0062")', "", { t: "string", v: "b៍" }],
  ['strrev("\\u1a56\\u0062")', "", { t: "string", v: "bᩖ" }],
  ['strrev("\\u1ab6\\u0062")', "", { t: "string", v: "b᪶" }],
  ['strrev("\\u1ba1\\u0062")', "", { t: "string", v: "bᮡ" }],
  ['strrev("\\u1c36\\u0062")', "", { t: "string", v: "bᰶ" }],
  ['strrev("\\u1dce\\u0062")', "", { t: "string", v: "b᷎" }],
  ['strrev("\\u1dfc\\u0062")', "", { t: "string", v: "b᷼" }],
  ['strrev("\\u20de\\u0062")', "", { t: "string", v: "b⃞" }],
  ['strrev("\\u2df6\\u0062")', "", { t: "string", v: "bⷶ" }],
  ['strrev("\\ua880\\u0062")', "", { t: "string", v: "bꢀ" }],
  ['strrev("\\ua92c\\u0062")', "", { t: "string", v: "b꤬" }],
  ['strrev("\\uaa34\\u0062")', "", { t: "string", v: "bꨴ" }],
  ['strrev("\\ufe09\\u0062")', "", { t: "string", v: "b︉" }],
  ['strrev("\\U00010a3a\\u0062")', "", { t: "string", v: "b𐨺" }],
  ['strrev("\\U000110b2\\u0062")', "", { t: "string", v: "b𑂲" }],
  ['strrev("\\U000111be\\u0062")', "", { t: "string", v: "b𑆾" }],
  ['strrev("\\U00011343\\u0062")', "", { t: "string", v: "b𑍃" }],
  ['strrev("\\U000114b4\\u0062")', "", { t: "string", v: "b𑒴" }],
  ['strrev("\\U0001163b\\u0062")', "", { t: "string", v: "b𑘻" }],
  ['strrev("\\U00011837\\u0062")', "", { t: "string", v: "b𑠷" }],
  ['strrev("\\U00011a34\\u0062")', "", { t: "string", v: "b𑨴" }],
  ['strrev("\\U00011c36\\u0062")', "", { t: "string", v: "b𑰶" }],
  ['strrev("\\U00011d31\\u0062")', "", { t: "string", v: "b𑴱" }],
  ['strrev("\\U00016af3\\u0062")', "", { t: "string", v: "b𖫳" }],
  ['strrev("\\U00016f74\\u0062")', "", { t: "string", v: "b𖽴" }],
  ['strrev("\\U0001d174\\u0062")', "", { t: "string", v: "b𝅴" }],
  ['strrev("\\U0001da10\\u0062")', "", { t: "string", v: "b𝨐" }],
  ['strrev("\\U0001da41\\u0062")', "", { t: "string", v: "b𝩁" }],
  ['strrev("\\U0001da84\\u0062")', "", { t: "string", v: "b𝪄" }],
  ['strrev("\\U0001e01b\\u0062")', "", { t: "string", v: "b𞀛" }],
  ['strrev("\\U000e0025\\u0062")', "", { t: "string", v: "b󠀥" }],
  ['strrev("\\U000e0052\\u0062")', "", { t: "string", v: "b󠁒" }],
  ['strrev("\\U000e007f\\u0062")', "", { t: "string", v: "b󠁿" }],
  ['strrev("\\U000e012c\\u0062")', "", { t: "string", v: "b󠄬" }],
  ['strrev("\\U000e0159\\u0062")', "", { t: "string", v: "b󠅙" }],
  ['strrev("\\U000e0186\\u0062")', "", { t: "string", v: "b󠆆" }],
  ['strrev("\\U000e01b3\\u0062")', "", { t: "string", v: "b󠆳" }],
  ['strrev("\\U000e01e0\\u0062")', "", { t: "string", v: "b󠇠" }],
  ['strrev("\\U0001f1fa\\u1712")', "", { t: "string", v: "🇺ᜒ" }],
  ['strrev("\\U0001f1fa\\u000d\\u000d\\ua8c4")', "", { t: "string", v: "꣄\r\r🇺" }],
  ['strrev("\\U0001f1fa\\U00011a36")', "", { t: "string", v: "🇺𑨶" }],
  ['strrev("\\u801e\\uc6a5")', "", { t: "string", v: "욥耞" }],
  ['strrev("\\u6dae\\U0001750f\\ud2b2\\uc35e")', "", { t: "string", v: "썞튲𗔏涮" }],
  ['strrev("\\u9312\\uae41\\u24b9\\u5b3b\\U000106c9")', "", { t: "string", v: "𐛉嬻Ⓓ깁錒" }],
  ['strrev("\\ufbb5\\u3a3d")', "", { t: "string", v: "㨽﮵" }],
  ['strrev("\\ucaa0\\u02d7\\U00013360\\U00017f81\\ub211")', "", { t: "string", v: "눑𗾁𓍠˗쪠" }],
  ['strrev("\\u41d3\\u6849")', "", { t: "string", v: "桉䇓" }],
  ['strrev("\\u68fb\\u68ea")', "", { t: "string", v: "棪棻" }],
  ['strrev("\\U00012276\\ud1f0\\u12ff")', "", { t: "string", v: "ዿ퇰𒉶" }],
  ['strrev("\\ufedc\\u8aa8\\U000182d8\\u48fb\\u036d")', "", { t: "string", v: "䣻ͭ𘋘誨ﻜ" }],
  ['strrev("\\U0001f038\\u3d85\\u303b\\u854a\\u789e")', "", { t: "string", v: "碞蕊〻㶅🀸" }],
  ['strrev("\\u59c7\\u8efc\\U0001851e\\u31b7\\u09bc")', "", { t: "string", v: "ㆷ়𘔞軼姇" }],
  ['strrev("\\u86cb\\u4e38\\u3629\\u44e4\\u2629")', "", { t: "string", v: "☩䓤㘩丸蛋" }],
  ['strrev("\\u2401\\u45c3\\U0001d210")', "", { t: "string", v: "𝈐䗃␁" }],
  ['strrev("\\U00018864\\u6718")', "", { t: "string", v: "朘𘡤" }],
  ['strrev("\\u6d86\\u861c")', "", { t: "string", v: "蘜涆" }],
  ['strrev("\\u549a\\U0001f174\\u3f9e\\u40ef")', "", { t: "string", v: "䃯㾞🅴咚" }],
  ['strrev("\\ubbcd\\u42b1\\u4e5a\\U00016ad2\\ua15a")', "", { t: "string", v: "ꅚ𖫒乚䊱믍" }],
  ['strrev("\\u2071\\u9a79\\u06b8\\U0001790f\\u60d2")', "", { t: "string", v: "惒𗤏ڸ驹ⁱ" }],
  ['strrev("\\U00010c3f\\u2714")', "", { t: "string", v: "✔𐰿" }],
  ['strrev("\\U0001f985\\U0001f4ee")', "", { t: "string", v: "📮🦅" }],
];

describe("FN-02 string functions agree with go-cty (oracle-recorded)", () => {
  it.each(ORACLE)("%s %s", (expr, vars, want) => check([expr, vars, want]));
});

describe("FN-02 grapheme clusters as go-textseg finds them (oracle-recorded)", () => {
  it.each(GRAPHEME)("%s", (expr, vars, want) => check([expr, vars, want]));

  it("splits strings into clusters", () => {
    expect(graphemes("")).toEqual([]);
    expect(graphemes("ab\r\nc")).toEqual(["a", "b", "\r\n", "c"]);
    expect(graphemes("e\u0301x")).toEqual(["e\u0301", "x"]);
    expect(graphemes("👨‍👩‍👧🇺🇸🇬🇧")).toEqual(["👨‍👩‍👧", "🇺🇸", "🇬🇧"]);
    expect(graphemes("🇺🇸🇬")).toEqual(["🇺🇸", "🇬"]);
    expect(graphemes("\u1100\u1161\u11a8")).toEqual(["\u1100\u1161\u11a8"]);
  });

  it("differs from UAX #29 where go-textseg does", () => {
    // no GB9c (Unicode 15.1): consonant + virama + consonant stays two clusters
    expect(graphemes("\u0915\u094d\u0937")).toEqual(["\u0915\u094d", "\u0937"]);
    // a joiner glues a pictograph to an emoji cluster even after a spacing mark…
    expect(graphemes("😀\u0903\u200d😀")).toEqual(["😀\u0903\u200d😀"]);
    // …and to Hangul and flag clusters, but not to a cluster of other characters
    expect(graphemes("\u11a9\u200d😀")).toEqual(["\u11a9\u200d😀"]);
    expect(graphemes("a\u200d😀")).toEqual(["a\u200d", "😀"]);
    // U+FFFD stands alone like a control character
    expect(graphemes("\ufffd\u0301")).toEqual(["\ufffd", "\u0301"]);
  });

  it("partitions every string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (s) => {
        const g = graphemes(s);
        expect(g.join("")).toBe(s);
        expect(g.every((c) => c.length > 0)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(graphemes(s).join("")).toBe(s);
      }),
    );
  });

  it("substr(s, 0, -1) is s and strrev of ASCII without CR is an involution (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (s) => {
        const v = stringVal(s);
        expect(call(SubstrFunc, v, numberIntVal(0), numberIntVal(-1)).asString()).toBe(v.asString());
      }),
    );
    fc.assert(
      fc.property(
        fc.string().map((s) => s.replace(/\r/g, "")),
        (s) => {
          const r = call(ReverseFunc, call(ReverseFunc, stringVal(s)));
          expect(r.asString()).toBe(s);
        },
      ),
    );
  });
});

describe("FN-02 case mapping is Go's simple, per-code-point mapping", () => {
  // Every code point JavaScript says changes under case mapping, less the case pairs new in
  // Unicode 14 (which Go 1.19's tables lack and Packer's Go has): sha256 of Go's result.
  const u14 = new Set([0x2c2f, 0x2c5f, 0xa7c0, 0xa7c1, 0xa7d0, 0xa7d1, 0xa7d6, 0xa7d7, 0xa7d8, 0xa7d9]);
  for (let c = 0x10570; c <= 0x105bc; c++) u14.add(c);
  const cased: string[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    if (/^\p{Changes_When_Casemapped}$/u.test(ch) && !u14.has(c)) cased.push(ch);
  }
  const digest = (f: Function, s: string): string =>
    bytesToHex(sha256(new TextEncoder().encode(call(f, stringVal(s)).asString())));

  it("upper, lower and title of every cased code point match Go (oracle-recorded digests)", () => {
    expect(cased.length).toBe(2957);
    expect(digest(UpperFunc, cased.join(""))).toBe("f781609116d493ce76dd7fc29bcb3a1696d58225aeee49c52e64ff162ced2a95");
    expect(digest(stringFunctions.lower!, cased.join(""))).toBe(
      "b81aa90bec2100818bde621ff38b5e120b2d1e4adb848730102ee532a1fcd61b",
    );
    expect(digest(TitleFunc, cased.join(" "))).toBe("1afb96b686f7f48939a2380eda54f4bd78974ac8b1c9777e41493fcc912cff87");
  });

  it("maps one code point to one, never expanding", () => {
    expect(goToUpper("ß")).toBe("ß");
    expect(goToUpper("ŉ")).toBe("ŉ");
    expect(goToUpper("ﬁ")).toBe("ﬁ");
    expect(goToUpper("ᾀ")).toBe("ᾈ");
    expect(goToLower("İ")).toBe("i");
    expect(goToLower("ΣΑΣ")).toBe("σασ");
    expect(call(TitleFunc, stringVal("ǆ ა")).asString()).toBe("ǅ ა");
  });

  it("follows Packer's Unicode 15 tables: Unicode 14 pairs map, 16 and 17 pairs do not", () => {
    // Go 1.21+ (Unicode 15) maps these; the Go 1.19 referee does not.
    expect(goToLower("\u2c2f\ua7c0\u{10570}")).toBe("\u2c5f\ua7c1\u{10597}");
    expect(goToUpper("\u2c5f\ua7d1\u{10597}")).toBe("\u2c2f\ua7d0\u{10570}");
    // New in Unicode 16 and 17: JavaScript knows them, Go's Unicode 15 tables do not.
    expect(goToUpper("\u019b\u0264\u1c8a\u{10d70}\u{16ebb}")).toBe("\u019b\u0264\u1c8a\u{10d70}\u{16ebb}");
    expect(goToLower("\ua7dc\ua7cb\u1c89\u{10d50}\u{16ea0}")).toBe("\ua7dc\ua7cb\u1c89\u{10d50}\u{16ea0}");
  });

  it("upper and lower are idempotent on ASCII (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(goToUpper(goToUpper(s))).toBe(goToUpper(s));
        expect(goToLower(s)).toBe(s.toLowerCase());
      }),
    );
  });
});

describe("FN-02 startswith, endswith, strcontains (Packer's own; cases from its tests)", () => {
  it.each([
    ["hello world", "hello", true],
    ["hey world", "hello", false],
    ["", "", true],
    ["a", "", true],
    ["", "a", false],
    ["\u{1f937}\u200d\u2642", "\u{1f937}", true],
  ] as const)("startswith(%j, %j) = %s", (s, p, want) => {
    expect(call(StartsWithFunc, stringVal(s), stringVal(p))).toBe(want ? True : False);
  });

  it("startswith on an unknown string: true for the empty prefix, else unknown", () => {
    expect(call(StartsWithFunc, unknownVal(StringType), stringVal(""))).toBe(True);
    expect(call(StartsWithFunc, unknownVal(StringType), stringVal("a")).isKnown()).toBe(false);
    expect(callError(StartsWithFunc, nullVal(StringType), stringVal("a"))).toBe("argument must not be null");
  });

  it.each([
    ["hello world", "world", true],
    ["hey world", "worldss", false],
    ["", "", true],
    ["a", "", true],
    ["hello world", " ", false],
    [" ", "", true],
    [" ", "hello", false],
    ["", "a", false],
  ] as const)("endswith(%j, %j) = %s", (s, x, want) => {
    expect(call(EndsWithFunc, stringVal(s), stringVal(x))).toBe(want ? True : False);
  });

  it("endswith on an unknown string is unknown, even for the empty suffix", () => {
    expect(call(EndsWithFunc, unknownVal(StringType), stringVal("")).isKnown()).toBe(false);
  });

  it.each([
    ["hello", "hel", true],
    ["hello", "lo", true],
    ["hello1", "1", true],
    ["hello1", "heo", false],
  ] as const)("strcontains(%j, %j) = %s", (s, x, want) => {
    expect(call(StrContainsFunc, stringVal(s), stringVal(x))).toBe(want ? True : False);
  });

  it("strcontains rejects a non-string argument when called directly", () => {
    expect(() => call(StrContainsFunc, stringVal("hello1"), listVal([stringVal("1")]))).toThrow(FunctionError);
  });

  it("the Packer names go through the evaluator with argument conversion", () => {
    const fns = new Map(functions);
    const r = plinthEvaluate(
      { expr: 'strcontains("hello1", 1) && startswith("abc", "a") && !endswith("abc", "b")' },
      {
        functions: fns,
      },
    );
    expect(r.diags).toEqual([]);
    expect(r.value).toEqual({ t: "bool", v: true });
  });
});

describe("FN-14 unknown, null and marked arguments", () => {
  const S = new Set(["sensitive"]);

  it("marks on known arguments move to the result", () => {
    const r = call(UpperFunc, stringVal("abc").mark("sensitive"));
    expect(r.asString()).toBe("ABC");
    expect(r.marks).toEqual(S);
    const j = call(JoinFunc, stringVal(","), listVal([stringVal("a"), stringVal("b").mark("sensitive")]));
    expect(j.asString()).toBe("a,b");
    expect(j.marks).toEqual(S);
  });

  it("an unknown marked argument gives a marked unknown (Plinth keeps the mark go-cty 1.12 drops)", () => {
    const r = call(TrimSpaceFunc, unknownVal(StringType).mark("sensitive"));
    expect(r.isKnown()).toBe(false);
    expect(r.marks).toEqual(S);
  });

  it("an unknown element inside a list makes join unknown", () => {
    expect(call(JoinFunc, stringVal(","), listVal([stringVal("a"), unknownVal(StringType)])).isKnown()).toBe(false);
  });

  it("null arguments are rejected", () => {
    expect(callError(SplitFunc, stringVal(","), nullVal(StringType))).toBe("argument must not be null");
  });
});

describe("FN-02 laws (property)", () => {
  it("join(sep, split(sep, s)) is s for a non-empty separator", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 3 }), (s, sep) => {
        const parts = call(SplitFunc, stringVal(sep), stringVal(s));
        expect(call(JoinFunc, stringVal(sep), parts).asString()).toBe(stringVal(s).asString());
      }),
    );
  });

  it("trimspace is idempotent and leaves no Unicode space at the ends", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = call(TrimSpaceFunc, stringVal(s)).asString();
        expect(call(TrimSpaceFunc, stringVal(once)).asString()).toBe(once);
        expect(/^\p{White_Space}|\p{White_Space}$/u.test(once)).toBe(false);
      }),
    );
  });
});
