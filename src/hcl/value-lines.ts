/**
 * The "with x as …" lines of a rendered diagnostic (DIAG-10 step 4, DIAG-11):
 * what each variable the failing expression referred to held at the time.
 *
 * Go computes these while rendering, from the expression and its context;
 * values are immutable, so computing them when the diagnostic is made gives
 * the same text and lets diagnostics travel without their context.
 */
import { goQuote } from "../cty/quote.js";
import { numberShortText } from "../cty/number.js";
import type { Value } from "../cty/value.js";
import type { Expression, Traversal } from "./ast.js";
import type { DiagnosticValue } from "./diagnostic.js";
import type { EvalContext } from "./eval-context.js";
import { literalValue } from "./literal.js";
import { traverseAbs } from "./ops.js";
import { variables } from "./static.js";

export function describeValues(expr: Expression, ctx: EvalContext): DiagnosticValue[] {
  return describeTraversals(variables(expr), ctx);
}

/** The value lines for these variable references, each described once. */
export function describeTraversals(traversals: readonly Traversal[], ctx: EvalContext): DiagnosticValue[] {
  const out: DiagnosticValue[] = [];
  const seen = new Set<string>();
  for (const traversal of traversals) {
    const r = traverseAbs(traversal, ctx);
    if (r.diagnostics.some((d) => d.severity === "error")) continue;
    const val = r.value;
    const name = traversalString(traversal);
    if (seen.has(name) || !val.isKnown()) continue;
    let statement: string;
    // Go would panic reading a marked value here; saying nothing about its
    // content is the only safe rendering of a sensitive value.
    if (val.isMarked()) statement = " has a sensitive value";
    else if (val.isNull()) statement = " set to null";
    else statement = ` as ${valueString(val)}`;
    seen.add(name);
    out.push({ traversal: name, statement });
  }
  return out;
}

/** The traversal as `root.attr[0]["key"]`, with non-primitive keys as `[...]`. */
export function traversalString(traversal: Traversal): string {
  let s = "";
  for (const step of traversal) {
    if (step.kind === "root") s += step.name;
    else if (step.kind === "attr") s += `.${step.name}`;
    else {
      const key = literalValue(step.key);
      s += `[${key.type.isPrimitive() ? valueString(key) : "..."}]`;
    }
  }
  return s;
}

/** HCL's concise value description for diagnostics (not a general printer). */
export function valueString(val: Value): string {
  const ty = val.type;
  if (val.isNull()) return "null";
  if (!val.isKnown()) return "(not yet known)";
  if (val.isMarked()) return "(sensitive value)";
  switch (ty.kind) {
    case "bool":
      return val.asBool() ? "true" : "false";
    case "number":
      return numberShortText(val.asNumber(), val.prec);
    case "string":
      return goQuote(val.asString());
    case "list":
    case "set":
    case "map":
    case "tuple": {
      const n = val.lengthInt();
      if (n === 0) return `empty ${ty.friendlyName()}`;
      return n === 1 ? `${ty.friendlyName()} with 1 element` : `${ty.friendlyName()} with ${n} elements`;
    }
    case "object": {
      const names = ty.attributeNames;
      if (names.length === 0) return "object with no attributes";
      if (names.length === 1) return `object with 1 attribute ${goQuote(names[0]!)}`;
      return `object with ${names.length} attributes`;
    }
    default:
      return ty.friendlyName();
  }
}
