/**
 * Expression cases for the evaluation differential against Go (issue 4):
 * every operator over pairs of operands of every type and state (known,
 * null, unknown, marked), conversions, conditionals, indexing, attribute
 * access, splats, for expressions, templates, constructors, contexts and
 * function calls.
 */
import type { EvalRequest } from "./hcleval.js";

/** Variables shared by the generated cases (evaluated by both sides from this HCL). */
export const SHARED_VARS = `
n = 1
f = 1.5
neg = -3
big = 12345678901234567890
s = "hello"
sn = "12"
sb = "true"
b = true
l = ["a", "b"]
ln = typed("list(number)", [1, 2, 3])
st = typed("set(string)", ["b", "a", "c"])
sset = typed("set(number)", [3, 1, 2])
m = typed("map(string)", {a = "x", b = "y"})
mn = typed("map(number)", {one = 1, two = 2})
o = {a = 1, b = "two", c = [true]}
t = ["x", 1, true]
e = []
eo = {}
el = typed("list(string)", [])
nul = null
ns = null_of("string")
nl = null_of("list(string)")
no = null_of("object({a=string})")
us = unknown("string")
un = unknown("number")
ub = unknown("bool")
ul = unknown("list(string)")
um = unknown("map(string)")
ud = unknown("any")
uo = unknown("object({a=string})")
sec = sensitive("secret")
secn = sensitive(5)
secb = sensitive(true)
secl = sensitive(["a", "b"])
seco = sensitive({a = "x"})
secu = sensitive(unknown("string"))
lu = ["a", unknown("string")]
lmark = ["a", sensitive("b")]
lo = [{name = "a", v = 1}, {name = "b", v = 2}]
lon = [{name = "a"}, null]
mo = typed("map(object({x=number}))", {p = {x = 1}, q = {x = 2}})
nested = [[1, 2], [3]]
mixed = {list = [1, 2], map = {k = "v"}}
su = typed("set(string)", ["a", unknown("string")])
su1 = typed("set(string)", [unknown("string")])
sul = typed("set(list(string))", [[unknown("string")], []])
smark = typed("set(bool)", [false, sensitive(false)])
`;

const OPERANDS = [
  "1",
  "0",
  "-1",
  "1.5",
  "0.1",
  "12345678901234567890",
  '"1"',
  '"a"',
  '""',
  '"true"',
  "true",
  "false",
  "null",
  "[]",
  "{}",
  "[1]",
  "{a = 1}",
  "n",
  "s",
  "sn",
  "b",
  "l",
  "m",
  "o",
  "ns",
  "us",
  "un",
  "ub",
  "ud",
  "sec",
  "secn",
  "secb",
  "secu",
  "big",
];

const BINARY = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"];

const COLLECTIONS = [
  "l",
  "ln",
  "st",
  "m",
  "mn",
  "o",
  "t",
  "e",
  "eo",
  "el",
  "nul",
  "nl",
  "ul",
  "um",
  "ud",
  "uo",
  "secl",
  "seco",
  "lu",
  "lmark",
  "lo",
  "lon",
  "mo",
  "nested",
  "mixed",
  "s",
  "n",
  "ns",
  "no",
  "sset",
];

const KEYS = [
  "0",
  "1",
  "2",
  "5",
  "-1",
  "1.5",
  '"0"',
  '"a"',
  '"b"',
  '"one"',
  '"x"',
  "null",
  "true",
  "us",
  "un",
  "ud",
  "secn",
  "sec",
  "[]",
  "n",
];

const ATTRS = ["a", "b", "name", "x", "0", "one", "list"];

export function generateCases(): EvalRequest[] {
  const out: EvalRequest[] = [];
  const add = (expr: string, extra: Partial<EvalRequest> = {}): void => {
    out.push({ expr, vars: SHARED_VARS, ...extra });
  };

  // Operators over every pair of operands (EXP-14, EXP-15).
  for (const op of BINARY) for (const a of OPERANDS) for (const b of OPERANDS) add(`${a} ${op} ${b}`);
  for (const a of OPERANDS) {
    add(`-${a}`);
    add(`!${a}`);
  }
  // Precedence and associativity.
  for (const src of [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "10 - 2 - 3",
    "2 * 3 % 4",
    "!true || true",
    "1 < 2 == true",
    "-n * 2",
    "1 / 3 * 3",
    "0.1 + 0.2",
    "11 % 5.1",
    "1 / 0",
    "-1 / 0",
    "0 / 0",
    "1 % 0",
    "big * big",
    "big + 1",
    "n / 3",
    "5 % -3",
    "-5 % 3",
    "5.5 % 2",
    "1e400 * 0",
    "(1/0) % 3",
    "3 % (1/0)",
    "(-1/0) % 0",
    "0 % (1/0)",
  ])
    add(src);

  // Conditionals (EXP-16).
  const conds = ["true", "false", "null", '"true"', '"false"', '"x"', "1", "ub", "ud", "us", "secb", "b", "ns"];
  const branches = [
    "1",
    '"a"',
    "null",
    "[1]",
    '["a"]',
    "{a = 1}",
    "{b = 1}",
    "l",
    "ln",
    "t",
    "o",
    "m",
    "us",
    "ud",
    "sec",
    "[]",
    "{}",
  ];
  for (const c of conds)
    for (const x of branches)
      for (const y of ["1", '"a"', "null", '["a"]', "{a = 1}", "ud", "t", "mn"]) add(`${c} ? ${x} : ${y}`);

  // Indexing (EXP-10) and attributes (EXP-11).
  for (const c of COLLECTIONS) {
    for (const k of KEYS) add(`${c}[${k}]`);
    for (const a of ATTRS) add(`${c}.${a}`);
  }
  for (const src of [
    "l[0][0]",
    "lo[0].name",
    'lo[1]["v"]',
    "mo.p.x",
    'mo["q"].x',
    "nested[1][0]",
    "mixed.map.k",
    "o.c[0]",
    "t[2]",
    'o["b"]',
  ])
    add(src);

  // Splats (EXP-13, SPL-*).
  for (const c of COLLECTIONS) {
    add(`${c}[*]`);
    add(`${c}.*`);
    add(`${c}[*].name`);
    add(`${c}.*.name`);
    add(`${c}[*][0]`);
    add(`${c}[*].a`);
  }
  for (const src of [
    "lo[*].name",
    "lo.*.v",
    "lo[*].missing",
    "nested[*][0]",
    "[for x in lo: x][*].name",
    "lo[*].name[0]",
    "lon[*].name",
    "mo[*].p",
  ])
    add(src);

  // For expressions (EXP-17, FOR-*).
  for (const c of COLLECTIONS) {
    add(`[for v in ${c}: v]`);
    add(`[for k, v in ${c}: k]`);
    add(`{for k, v in ${c}: k => v}`);
    add(`{for v in ${c}: v => v...}`);
    add(`[for v in ${c}: v if v != "a"]`);
    add(`[for v in ${c}: v if v]`);
    add(`{for k, v in ${c}: v => k}`);
  }
  for (const src of [
    '{for v in ["a", "a"]: v => v}',
    '{for v in ["a", "a"]: v => v...}',
    "[for v in l: v if ub]",
    "[for v in l: v if null]",
    "{for k, v in m: k => upper(v)}",
    "[for i, v in st: i]",
    "{for k, v in o: k => v}",
    "[for k, v in o: v]",
    "{for v in l: null => v}",
    "{for v in l: us => v}",
    "{for v in l: v => sec}",
    "[for v in secl: v]",
    "[for v in l: sec]",
    "{for k, v in seco: k => v}",
    "[for v in lmark: v]",
    "[for v in [1, 2, 3]: v * 2 if v > 1]",
    "{for i, v in ln: v => i}",
    "[for v in nested: [for w in v: w + 1]]",
  ])
    add(src);

  // Templates (TPL-*).
  for (const x of [...OPERANDS, "lu", "lmark", "t", "ln"]) {
    add(`"\${${x}}"`);
    add(`"a\${${x}}b"`);
    add(`"%{if ${x}}y%{else}z%{endif}"`);
    add(`"%{for v in ${x}}\${v},%{endfor}"`);
  }
  for (const src of [
    '"%{ for v in l ~} ${v} %{~ endfor }"',
    '"%{~ if b ~}  yes  %{~ else ~} no %{~ endif ~}"',
    '"${ "a" }${ 1 }${ true }"',
    '"x${ sec }y"',
    '"%{for k, v in m}${k}=${v};%{endfor}"',
    '"%{for i, v in l}${i}%{endfor}"',
    '"${l}"',
    '"$${literal} %%{literal}"',
    "<<EOT\n  indented ${s}\n    more\n  EOT\n",
    "<<-EOT\n    flush ${n}\n      deeper\n    EOT\n",
    "<<-EOT\n\tflush tab\n\t  x\n\tEOT\n",
    "<<-EOT\n  a\n\n  b\n  EOT\n",
  ])
    add(src);
  for (const src of [
    "plain ${s} text",
    "%{if b}x%{endif}",
    "${n}",
    "a\nb ${us}",
    "${sec}",
    "%{for v in l}${v}%{endfor}",
    "${ud}",
    "${s}${nul}",
  ]) {
    add(src, { template: true });
  }

  // Constructors (EXP-05, EXP-06).
  for (const k of [
    "a",
    '"a"',
    "(s)",
    "(n)",
    "(b)",
    "(nul)",
    "(us)",
    "(ud)",
    "(sec)",
    "(l)",
    "(1.5)",
    "(o)",
    '"${s}"',
  ]) {
    add(`{${k} = 1}`);
    add(`{${k} = 1, ${k} = 2}`);
  }
  for (const src of [
    '[1, "a", true, null]',
    "[us, sec, ud]",
    "{a = us, b = sec}",
    "[[], {}]",
    "{a = {b = {c = 1}}}",
    "{s = 1}",
    "{(s) = 1}",
    "[for v in l: v]...",
    '{"a" = 1, a = 2}',
  ])
    add(src);

  // Contexts without variables or functions (EXP-09, EXP-19).
  for (const ctx of ["novars", "nofuncs", "nil"] as const) {
    for (const src of ["n", "upper(s)", "missing", "s.x", "1 + 1", "try(n, 1)"]) add(src, { ctx });
  }
  for (const src of [
    "missing_variable_name",
    "mixd",
    "nestd[0]",
    "s.missing",
    "o.missing",
    "o.aa",
    "m.missing",
    "upperr(s)",
    "nope(1)",
  ])
    add(src);

  // try, can, convert (FN-09, CUS-*, TYX-05).
  for (const x of ["n", "missing", "o.missing", "l[5]", "us", "ud", "sec", "lu[0]", "lu[1]", "ul[0]", "nul.x"]) {
    add(`try(${x}, "fallback")`);
    add(`can(${x})`);
    add(`try(${x})`);
  }
  add("try()");
  add("can()");
  add("try(missing, also_missing)");
  add("try(l...)");
  for (const [v, t] of [
    ["1", "string"],
    ['"1"', "number"],
    ['"x"', "number"],
    ["l", "set(string)"],
    ["t", "list(string)"],
    ["o", "map(string)"],
    ["o", "object({a=number})"],
    ["o", "object({a=number, z=optional(string)})"],
    ["null", "string"],
    ["us", "number"],
    ["sec", "string"],
    ["1", "any"],
    ["[1]", "list(any)"],
    ["1", "list(string)"],
    ["1", "banana"],
    ["1", "list(string, number)"],
    ["1", "optional(string)"],
    ['"true"', "bool"],
    ["m", "object({a=string,b=string})"],
    ["[]", "tuple([])"],
    ["ln", "tuple([number, number, number])"],
    ["ln", "tuple([number])"],
  ] as const) {
    add(`convert(${v}, ${t})`);
  }
  // Conversion matrix (CONV-*): every kind of value to every kind of type constraint.
  const convValues = [
    "1",
    "1.5",
    "-0",
    "12345678901234567890",
    '"1"',
    '"1.50"',
    '" 1"',
    '"1e3"',
    '"0x10"',
    '"true"',
    '"false"',
    '"yes"',
    '""',
    "true",
    "null",
    "[]",
    "{}",
    "[1, 2]",
    '[1, "a"]',
    '["a", "a", "b"]',
    "[null, 1]",
    "[[1], [2]]",
    '[{a = 1}, {a = "x"}]',
    "[{a = 1}, {b = 2}]",
    '{a = 1, b = "2"}',
    "{a = [1], b = 2}",
    "{a = null}",
    "l",
    "ln",
    "st",
    "sset",
    "m",
    "mn",
    "o",
    "t",
    "lo",
    "lon",
    "mo",
    "nested",
    "mixed",
    "us",
    "un",
    "ul",
    "ud",
    "uo",
    "lu",
    "sec",
    "secl",
    "lmark",
    "ns",
    "nl",
    "no",
  ];
  const convTypes = [
    "string",
    "number",
    "bool",
    "any",
    "list(string)",
    "list(number)",
    "list(any)",
    "set(string)",
    "set(number)",
    "set(any)",
    "map(string)",
    "map(number)",
    "map(any)",
    "list(list(number))",
    "map(list(string))",
    "set(list(string))",
    "object({a=number})",
    "object({a=string, b=string})",
    "object({a=any})",
    "object({a=optional(string)})",
    "object({a=number, z=optional(bool)})",
    "object({})",
    "tuple([number, string])",
    "tuple([any, any])",
    "tuple([])",
    "list(object({a=string}))",
    "list(object({name=string, v=optional(number)}))",
    "map(object({x=string}))",
  ];
  for (const v of convValues) for (const t of convTypes) add(`convert(${v}, ${t})`);
  // Type-constraint expressions and their errors (TYX-01..05).
  for (const t of [
    "list",
    "map",
    "set",
    "object",
    "tuple",
    "any",
    "string(1)",
    "any(1)",
    "list()",
    "list(string, number)",
    "map(string, 1)",
    "object({a})",
    "object([])",
    "object(1)",
    "tuple({})",
    "tuple([string], 1)",
    'object({"a"=string})',
    "object({(a)=string})",
    "object({a=optional(string, 1, 2)})",
    "object({a=optional()})",
    'object({a=optional(string, "x")})',
    "map(optional(string))",
    "optional(string)",
    "banana(string)",
    "list(banana)",
    "object({a=string, a=number})",
    "1",
    '"string"',
    "[string]",
    "object({a=object({b=list(optional(string))})})",
    "tuple([any, list(any)])",
    "set(map(any))",
    "list(list(list(string)))",
  ]) {
    add(`convert([1], ${t})`);
  }

  // Type constraints with optional-attribute defaults, as Packer applies a variable's type (TYX-03).
  const defTypes = [
    'object({a=number, b=optional(string, "x")})',
    "object({a=optional(number, 5), b=optional(bool)})",
    "list(object({name=string, port=optional(number, 22)}))",
    'map(object({x=optional(string, "dx"), y=optional(list(string), ["d"])}))',
    "object({inner=optional(object({z=optional(number, 1)}), {})})",
    "object({inner=optional(object({z=optional(number, 1)}))})",
    'tuple([object({a=optional(string, "t")}), number])',
    'set(object({a=optional(string, "s")}))',
    "object({a=optional(list(number), [1, 2])})",
    'object({a=optional(number, "nope")})',
    "object({a=optional(string, null)})",
  ];
  const defValues = [
    "{a = 1}",
    '{a = 1, b = "y"}',
    "{}",
    "null",
    "{a = null}",
    '[{name = "n"}, {name = "m", port = 2}]',
    "[]",
    '{p = {}, q = {x = "q"}}',
    "{inner = {}}",
    "{inner = null}",
    "[{}, 3]",
    '[{a = "z"}, 4]',
    "us",
    "ud",
    "sec",
    "{a = sec}",
    "[{}]",
    "{p = {x = sec}}",
  ];
  for (const t of defTypes) for (const v of defValues) add(`with_defaults(${v}, ${JSON.stringify(t)})`);

  // Unification through tuple → list conversion and conditionals (CONV-09).
  for (const src of [
    'convert([1, "a", true], list(any))',
    "convert([[1], []], list(any))",
    'convert([{a = 1}, {a = "x", b = 2}], list(any))',
    'convert({a = 1, b = "x"}, map(any))',
    "convert([null, null], list(any))",
    "convert([[], {}], list(any))",
    'convert([{a = [1]}, {a = ["x"]}], list(any))',
    'convert(["a", us], list(any))',
    "convert([ud, 1], list(any))",
    'convert([sec, "x"], set(any))',
    "convert(su, list(string))",
    "convert(sul, list(set(string)))",
    "convert(su1, list(string))",
    "convert(smark, list(bool))",
    "smark",
    "[for v in smark: v]",
    "convert([true, secb], set(bool))",
    'true ? [1] : ["a"]',
    'true ? {a = 1} : {a = "x"}',
    "true ? [] : [1]",
    "true ? l : ln",
  ])
    add(src);

  // Function calls over many argument kinds (FN-*), for every function the referee has.
  for (const [name, arity, variadic] of FUNCTION_SHAPES) {
    const pool = arity >= 3 ? FN_ARGS_SMALL : arity === 2 ? FN_ARGS_MEDIUM : FN_ARGS;
    const combos: string[][] = [[]];
    for (let i = 0; i < arity; i++) {
      const next: string[][] = [];
      for (const c of combos) for (const a of pool) next.push([...c, a]);
      combos.splice(0, combos.length, ...next);
    }
    for (const c of combos) add(`${name}(${c.join(", ")})`);
    if (variadic) {
      for (const a of FN_ARGS_MEDIUM)
        for (const b of FN_ARGS_SMALL) add(`${name}(${[...(combos[0] ?? []).map(() => a), a, b].join(", ")})`);
      add(`${name}(${Array.from({ length: arity }, () => "l").join(", ")}${arity > 0 ? ", " : ""}ul...)`);
      add(`${name}(${Array.from({ length: arity }, () => "l").join(", ")}${arity > 0 ? ", " : ""}[]...)`);
    }
    if (arity > 0) add(`${name}()`);
    add(`${name}(${Array.from({ length: arity + 1 }, () => "1").join(", ")})`);
  }

  return out;
}

/** [name, fixed parameters, variadic] of the functions the referee shares with Plinth. */
const FUNCTION_SHAPES: readonly (readonly [string, number, boolean])[] = [
  ["abs", 1, false],
  ["ceil", 1, false],
  ["floor", 1, false],
  ["signum", 1, false],
  ["log", 2, false],
  ["pow", 2, false],
  ["parseint", 2, false],
  ["max", 0, true],
  ["min", 0, true],
  ["chomp", 1, false],
  ["indent", 2, false],
  ["join", 1, true],
  ["lower", 1, false],
  ["upper", 1, false],
  ["title", 1, false],
  ["replace", 3, false],
  ["split", 2, false],
  ["strrev", 1, false],
  ["substr", 3, false],
  ["trim", 2, false],
  ["trimprefix", 2, false],
  ["trimsuffix", 2, false],
  ["trimspace", 1, false],
  ["format", 1, true],
  ["formatlist", 1, true],
  ["regex", 2, false],
  ["regexall", 2, false],
  ["regex_replace", 3, false],
  ["chunklist", 2, false],
  ["coalescelist", 0, true],
  ["compact", 1, false],
  ["concat", 0, true],
  ["contains", 2, false],
  ["distinct", 1, false],
  ["element", 2, false],
  ["flatten", 1, false],
  ["keys", 1, false],
  ["lookup", 3, false],
  ["merge", 0, true],
  ["range", 0, true],
  ["reverse", 1, false],
  ["slice", 3, false],
  ["sort", 1, false],
  ["values", 1, false],
  ["zipmap", 2, false],
  ["setintersection", 1, true],
  ["setproduct", 0, true],
  ["setunion", 1, true],
  ["csvdecode", 1, false],
  ["jsondecode", 1, false],
  ["jsonencode", 1, false],
  ["formatdate", 2, false],
  ["timeadd", 2, false],
];

const FN_ARGS = [
  '"abc"',
  '"a,b,c"',
  '""',
  '"  x y  "',
  '"Hello World"',
  '"a\\nb\\n"',
  '"ß ǆ ﬁ"',
  '"👍🏽e\u0301"',
  "1",
  "-1.5",
  "0",
  "3",
  "12345678901234567890",
  "true",
  "null",
  "l",
  "ln",
  "st",
  "sset",
  "m",
  "mn",
  "o",
  "t",
  "e",
  "eo",
  "el",
  "us",
  "un",
  "ul",
  "ud",
  "uo",
  "sec",
  "secn",
  "secl",
  "seco",
  "lu",
  "lmark",
  "lo",
  "nested",
  "mixed",
  "nl",
  "ns",
  "su",
  "smark",
  '"%s-%d"',
  '"%v|%#v|%q"',
  '"[a-z]+"',
  '"(a)(b)?"',
  '"(?P<x>a)"',
  '"2006-01-02T15:04:05Z"',
  '"1h30m"',
  '","',
  '"{\"a\": [1, 2.5, true, null]}"',
  '"a,b\n1,2\n"',
  '"10"',
  '"ff"',
  "16",
  "2",
];
const FN_ARGS_MEDIUM = [
  '"abc"',
  '"a,b"',
  '""',
  '"Hello"',
  "1",
  "-1",
  "2",
  "0.5",
  "true",
  "null",
  "l",
  "ln",
  "st",
  "m",
  "o",
  "t",
  "e",
  "us",
  "un",
  "ud",
  "sec",
  "secl",
  "lu",
  "nested",
  '"%s"',
  '"[a-z]"',
  '","',
  '"YYYY-MM-DD hh:mm"',
  '"2017-11-22T00:00:00Z"',
  '"10m"',
  '"16"',
];
const FN_ARGS_SMALL = ['"abc"', '"b"', '""', "1", "-1", "null", "l", "m", "us", "ud", "sec"];
