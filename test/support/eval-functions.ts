/**
 * The function table evaluation tests run with: the names hcleval offers
 * (test/tools/hcleval/main.go), mapped to Plinth's implementations.
 */
import type { Function } from "../../src/functions/function.js";
import { levenshtein } from "../../src/hcl/didyoumean.js";
import { CanFunc, TryFunc } from "../../src/hcl/ext/tryfunc.js";
import { ConvertFunc } from "../../src/hcl/ext/typeexpr.js";

/** Every function name the Go referee knows. */
export const ORACLE_FUNCTION_NAMES: readonly string[] = [
  "abs",
  "ceil",
  "chomp",
  "chunklist",
  "coalesce",
  "coalescelist",
  "compact",
  "concat",
  "contains",
  "csvdecode",
  "distinct",
  "element",
  "flatten",
  "floor",
  "format",
  "formatdate",
  "formatlist",
  "hasindex",
  "indent",
  "index",
  "int",
  "join",
  "jsondecode",
  "jsonencode",
  "keys",
  "length",
  "log",
  "lookup",
  "lower",
  "max",
  "merge",
  "min",
  "parseint",
  "pow",
  "range",
  "regex",
  "regexall",
  "regex_replace",
  "replace",
  "reverse",
  "strrev",
  "setintersection",
  "setproduct",
  "setsubtract",
  "setsymmetricdifference",
  "setunion",
  "signum",
  "slice",
  "sort",
  "split",
  "strlen",
  "substr",
  "timeadd",
  "title",
  "trim",
  "trimprefix",
  "trimspace",
  "trimsuffix",
  "upper",
  "values",
  "zipmap",
  "tobool",
  "tonumber",
  "tostring",
  "tolist",
  "toset",
  "tomap",
  "try",
  "can",
  "convert",
];

export function evalFunctions(): Map<string, Function> {
  return new Map<string, Function>([
    ["try", TryFunc],
    ["can", CanFunc],
    ["convert", ConvertFunc],
  ]);
}

/** Names the referee has that Plinth's table lacks: cases calling them are left out and counted. */
export function missingFunctions(table: ReadonlyMap<string, Function>): Set<string> {
  return new Set(ORACLE_FUNCTION_NAMES.filter((n) => !table.has(n)));
}

/**
 * Whether an expression calls one of `names`, or calls an undefined name
 * whose "did you mean" suggestion could be one of them (a textual check,
 * enough for generated cases).
 */
export function callsAny(expr: string, names: ReadonlySet<string>): boolean {
  for (const m of expr.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)) {
    const name = m[1]!;
    if (names.has(name)) return true;
    if (!ORACLE_FUNCTION_NAMES.includes(name)) for (const n of names) if (levenshtein(name, n) < 3) return true;
  }
  return false;
}
