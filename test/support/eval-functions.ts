/**
 * The function table evaluation tests run with: the names hcleval offers
 * (test/tools/hcleval/main.go), mapped to Plinth's implementations.
 */
import { parseExpression } from "../../grammar/index.js";
import { ConversionError, convert } from "../../src/cty/convert.js";
import { DynamicPseudoType, StringType } from "../../src/cty/types.js";
import { type Function, Function as FunctionClass, FunctionError } from "../../src/functions/function.js";
import { diagnosticsString, hasErrors } from "../../src/hcl/diagnostic.js";
import { typeConstraintWithDefaults, type TypeWithDefaultsResult } from "../../src/hcl/ext/typeexpr.js";
import { levenshtein } from "../../src/hcl/didyoumean.js";
import { packerFunctions } from "../../src/hcl/functions.js";

/** Every function name the Go referee knows: cty stdlib functions Packer's table uses, and try/can/convert. */
export const ORACLE_FUNCTION_NAMES: readonly string[] = [
  "abs",
  "ceil",
  "chomp",
  "chunklist",
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
  "indent",
  "join",
  "jsondecode",
  "jsonencode",
  "keys",
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
  "setunion",
  "signum",
  "slice",
  "sort",
  "split",
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
  "try",
  "can",
  "convert",
];

/**
 * Plinth's Packer table cut down to the referee's names, so that "did you
 * mean" suggestions draw on the same set of names on both sides.
 */
export function evalFunctions(): Map<string, Function> {
  const all = packerFunctions();
  const table = new Map([...all].filter(([name]) => ORACLE_FUNCTION_NAMES.includes(name)));
  table.set("with_defaults", WithDefaultsFunc);
  return table;
}

function parseTypeWithDefaults(src: string): TypeWithDefaultsResult {
  const p = parseExpression(src, "type");
  if (hasErrors(p.diagnostics)) throw new FunctionError(diagnosticsString(p.diagnostics));
  const r = typeConstraintWithDefaults(p.value);
  if (hasErrors(r.diagnostics)) throw new FunctionError(diagnosticsString(r.diagnostics));
  return r;
}

/**
 * hcleval's `with_defaults(value, "type")`: a type constraint with optional
 * attribute defaults applied as Packer applies a variable's type (TYX-03).
 */
const WithDefaultsFunc = new FunctionClass({
  params: [
    {
      name: "value",
      type: DynamicPseudoType,
      allowUnknown: true,
      allowNull: true,
      allowDynamicType: true,
      allowMarked: true,
    },
    { name: "type", type: StringType },
  ],
  type: (args) => parseTypeWithDefaults(args[1]!.asString()).type,
  impl: (args, retType) => {
    const { defaults } = parseTypeWithDefaults(args[1]!.asString());
    const v = defaults === undefined ? args[0]! : defaults.apply(args[0]!);
    try {
      return convert(v, retType);
    } catch (e) {
      if (e instanceof ConversionError) throw new FunctionError(e.message);
      throw e;
    }
  },
});

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
