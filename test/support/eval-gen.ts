/**
 * Random expressions over SHARED_VARS for the evaluation differential: small
 * trees of every expression kind, drawn from a seeded generator so a failing
 * case can be reproduced from its seed.
 */

export { prng } from "../../bench/prng.mjs";

const LEAVES = [
  "1",
  "0",
  "-2",
  "2.5",
  "0.1",
  "3",
  "100",
  "12345678901234567890",
  "1e3",
  '"a"',
  '"b"',
  '""',
  '"12"',
  '"true"',
  '"x y"',
  "true",
  "false",
  "null",
  "n",
  "f",
  "neg",
  "big",
  "s",
  "sn",
  "sb",
  "b",
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
  "nul",
  "ns",
  "nl",
  "no",
  "us",
  "un",
  "ub",
  "ul",
  "um",
  "ud",
  "uo",
  "sec",
  "secn",
  "secb",
  "secl",
  "seco",
  "secu",
  "lu",
  "lmark",
  "lo",
  "lon",
  "mo",
  "nested",
  "mixed",
];

const BINOPS = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"];
const ATTRS = ["a", "b", "c", "name", "v", "x", "k", "p", "list", "map", "one"];
const LOOPVARS = ["v", "w"];
const UNARY_FNS = [
  "abs",
  "ceil",
  "floor",
  "signum",
  "chomp",
  "lower",
  "upper",
  "title",
  "strrev",
  "trimspace",
  "compact",
  "distinct",
  "flatten",
  "keys",
  "values",
  "reverse",
  "sort",
  "jsonencode",
  "jsondecode",
  "csvdecode",
  "max",
  "min",
  "concat",
  "merge",
  "coalescelist",
  "setunion",
  "setproduct",
  "range",
  "format",
  "join",
];
const BINARY_FNS = [
  "log",
  "pow",
  "parseint",
  "indent",
  "join",
  "split",
  "trim",
  "trimprefix",
  "trimsuffix",
  "regex",
  "regexall",
  "chunklist",
  "contains",
  "element",
  "zipmap",
  "format",
  "formatlist",
  "max",
  "min",
  "concat",
  "merge",
  "setintersection",
  "setunion",
  "range",
  "formatdate",
  "timeadd",
];

export function randomExpression(rand: () => number, depth = 3): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const gen = (d: number, scope: readonly string[]): string => {
    if (d <= 0 || rand() < 0.25) {
      if (scope.length > 0 && rand() < 0.4) return pick(scope);
      return pick(LEAVES);
    }
    const sub = (): string => gen(d - 1, scope);
    switch (Math.floor(rand() * 16)) {
      case 0:
      case 1:
        return `${sub()} ${pick(BINOPS)} ${sub()}`;
      case 2:
        return `${pick(["-", "!"])}${sub()}`;
      case 3:
        return `${sub()} ? ${sub()} : ${sub()}`;
      case 4:
        return `${pick(LEAVES)}[${sub()}]`;
      case 5:
        return `${pick(LEAVES)}.${pick(ATTRS)}`;
      case 6:
        return `${pick(LEAVES)}${pick(["[*]", ".*"])}${rand() < 0.5 ? `.${pick(ATTRS)}` : rand() < 0.5 ? "[0]" : ""}`;
      case 7: {
        const v = pick(LOOPVARS);
        const inner = [...scope, v, "k"];
        const cond = rand() < 0.3 ? ` if ${gen(d - 1, inner)}` : "";
        if (rand() < 0.5) return `[for k, ${v} in ${sub()}: ${gen(d - 1, inner)}${cond}]`;
        return `{for k, ${v} in ${sub()}: ${gen(d - 1, inner)} => ${gen(d - 1, inner)}${rand() < 0.3 ? "..." : ""}${cond}}`;
      }
      case 8:
        return `"${pick(["", "x", "a-"])}\${${sub()}}${pick(["", "!", " z"])}"`;
      case 9:
        return `"%{if ${sub()}}${pick(["y", "${s}"])}%{else}n%{endif}"`;
      case 10:
        return `"%{for ${pick(LOOPVARS)} in ${sub()}}\${${pick(LOOPVARS)}}|%{endfor}"`;
      case 11:
        return `[${sub()}, ${sub()}]`;
      case 12:
        return `{${pick(["a", "b", "(s)", "(sn)"])} = ${sub()}, ${pick(["c", "(n)", '"d"'])} = ${sub()}}`;
      case 13:
        return pick([`try(${sub()}, ${sub()})`, `can(${sub()})`, `(${sub()})`]);
      case 14:
        return `${pick(UNARY_FNS)}(${sub()})`;
      default:
        return `${pick(BINARY_FNS)}(${sub()}, ${sub()})`;
    }
  };
  return gen(depth, []);
}
