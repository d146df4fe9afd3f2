/**
 * The arguments of a spec block, read as Go's cmd/hcldec reads them: with
 * gohcl.DecodeBody into a struct of pointer, slice, cty.Value and
 * hcl.Expression fields. This reproduces what that implies for users:
 * which arguments are required (slices and values are, pointers and
 * expressions are not), the schema order (sorted by name), the "Unsuitable
 * value type" diagnostics of gocty, and a null standing for "not set".
 */
import { ConversionError, convert } from "../../cty/convert.js";
import { BoolType, DynamicPseudoType, listOf, NumberType, StringType, type Type } from "../../cty/types.js";
import { nullVal, type Value } from "../../cty/value.js";
import { toInt64, WHOLE_NUMBER_MESSAGE } from "../../functions/number.js";
import type { HclBody, HclExpression } from "../../hcl/body.js";
import { type Diagnostic, errorDiag } from "../../hcl/diagnostic.js";
import type { EvalContext } from "../../hcl/eval-context.js";
import type { Range } from "../../hcl/pos.js";

/**
 * The Go field kinds spec blocks use: `*string`, `*bool`, `*int`, `[]string`,
 * `cty.Value`, `hcl.Expression`; and, for our extensions, an expression
 * that must be given.
 */
export type ArgKind = "string" | "bool" | "int" | "strings" | "value" | "expr" | "requiredExpr";

interface ArgValues {
  string: string;
  bool: boolean;
  int: number;
  strings: string[];
  value: Value;
  expr: HclExpression;
  requiredExpr: HclExpression;
}

export type ArgFields = Readonly<Record<string, ArgKind>>;

export type DecodedArgs<F extends ArgFields> = { -readonly [K in keyof F]?: ArgValues[F[K]] };

type ValueKind = Exclude<ArgKind, "expr" | "requiredExpr">;

const targetType: Record<ValueKind, Type> = {
  string: StringType,
  bool: BoolType,
  int: NumberType,
  strings: listOf(StringType),
  value: DynamicPseudoType,
};

/** An expression standing for an absent argument: null, at the body's missing-item range (hcl.StaticExpr). */
export function nullExpression(range: Range): HclExpression {
  return {
    value: () => ({ value: nullVal(DynamicPseudoType), diagnostics: [] }),
    variables: () => [],
    range,
    startRange: range,
  };
}

/**
 * gohcl.DecodeBody for a struct of `fields`; with `remain`, the struct has
 * a `,remain` body field, so unknown content is left in the returned body
 * instead of being reported.
 */
export function decodeArgs<F extends ArgFields>(
  body: HclBody,
  ctx: EvalContext | undefined,
  fields: F,
  remain: boolean,
): { args: DecodedArgs<F>; remain: HclBody; diagnostics: Diagnostic[] } {
  const names = Object.keys(fields).sort();
  const schema = {
    attributes: names.map((name) => ({ name, required: isRequired(fields[name]!) })),
    blocks: [],
  };
  let diags: Diagnostic[];
  let content;
  let rest = body;
  if (remain) {
    const r = body.partialContent(schema);
    content = r.content;
    rest = r.remain;
    diags = r.diagnostics.slice();
  } else {
    const r = body.content(schema);
    content = r.content;
    diags = r.diagnostics.slice();
  }
  const args: Record<string, unknown> = {};
  // Go visits the fields in map order, which varies; name order keeps ours stable.
  for (const name of names) {
    const kind = fields[name]!;
    const attr = content.attributes.get(name);
    if (attr === undefined) {
      if (kind === "expr") args[name] = nullExpression(body.missingItemRange());
      continue;
    }
    if (kind === "expr" || kind === "requiredExpr") {
      args[name] = attr.expr;
      continue;
    }
    const r = decodeExpression(attr.expr, ctx, kind);
    diags.push(...r.diagnostics);
    if (r.value !== undefined) args[name] = r.value;
  }
  return { args: args as DecodedArgs<F>, remain: rest, diagnostics: diags };
}

function isRequired(kind: ArgKind): boolean {
  return kind === "strings" || kind === "value" || kind === "requiredExpr";
}

function unsuitable(expr: HclExpression, message: string): Diagnostic {
  return errorDiag("Unsuitable value type", `Unsuitable value: ${message}`, expr.startRange, expr.range);
}

/** gohcl.DecodeExpression: evaluate, convert to the field's type, then gocty's checks. */
function decodeExpression(
  expr: HclExpression,
  ctx: EvalContext | undefined,
  kind: ValueKind,
): { value: unknown; diagnostics: Diagnostic[] } {
  const r = expr.value(ctx);
  const diags = r.diagnostics.slice();
  let v: Value;
  try {
    v = convert(r.value, targetType[kind]);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    diags.push(unsuitable(expr, e.message));
    return { value: undefined, diagnostics: diags };
  }
  if (kind === "value") return { value: v, diagnostics: diags };
  v = v.unmarkDeep()[0];
  const out = fromCty(v, kind);
  if (out instanceof GoctyError) {
    diags.push(unsuitable(expr, out.message));
    return { value: undefined, diagnostics: diags };
  }
  return { value: out, diagnostics: diags };
}

/** gocty's complaint about a value that converted but does not fit the Go field. */
class GoctyError {
  constructor(readonly message: string) {}
}

/** gocty.FromCtyValue into the Go field; a null scalar leaves the pointer nil. */
function fromCty(v: Value, kind: "string" | "bool" | "int" | "strings"): unknown {
  if (kind === "strings") {
    if (v.isNull()) return [];
    if (!v.isKnown()) return new GoctyError("value must be known");
    const out: string[] = [];
    for (const e of v.elements()) {
      if (e.isNull()) return new GoctyError("null value is not allowed");
      if (!e.isKnown()) return new GoctyError("value must be known");
      out.push(e.asString());
    }
    return out;
  }
  if (v.isNull()) return undefined;
  if (!v.isKnown()) return new GoctyError("value must be known");
  switch (kind) {
    case "string":
      return v.asString();
    case "bool":
      return v.asBool();
    case "int": {
      const n = toInt64(v);
      if (n === undefined) return new GoctyError(WHOLE_NUMBER_MESSAGE);
      return Number(n);
    }
  }
}
