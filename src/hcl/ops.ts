/**
 * Indexing and attribute access with HCL's diagnostics (hcl `ops.go`,
 * EXP-10, EXP-11), and static traversals (hcl `traversal.go`).
 */
import { convert, ConversionError } from "../cty/convert.js";
import * as num from "../cty/number.js";
import * as ops from "../cty/operations.js";
import { NumberType, StringType } from "../cty/types.js";
import { DynamicVal, stringVal, unknownVal, type Value } from "../cty/value.js";
import type { Traverser } from "./ast.js";
import { type Diagnostic, errorDiag } from "./diagnostic.js";
import { nameSuggestion } from "./didyoumean.js";
import type { EvalContext } from "./eval-context.js";
import { literalValue } from "./literal.js";
import type { Range } from "./pos.js";
import { goQuote } from "./quote.js";

export interface ValueResult {
  value: Value;
  diagnostics: Diagnostic[];
}

const NONE: Diagnostic[] = [];
const INVALID_INDEX = "Invalid index";
const PREFIX = "The given key does not identify an element in this collection value";

function fail(summary: string, detail: string, subject: Range | undefined): ValueResult {
  return { value: DynamicVal, diagnostics: [errorDiag(summary, detail, subject)] };
}

/** `collection[key]` (hcl `Index`, EXP-11). */
export function index(collection: Value, key: Value, subject: Range | undefined): ValueResult {
  if (collection.isNull()) {
    return fail("Attempt to index null value", "This value is null, so it does not have any indices.", subject);
  }
  if (key.isNull()) return fail(INVALID_INDEX, "Can't use a null value as an indexing key.", subject);
  const ty = collection.type;
  if (key.type.kind === "dynamic" || ty.kind === "dynamic") return { value: DynamicVal, diagnostics: NONE };
  switch (ty.kind) {
    case "list":
    case "tuple":
    case "map": {
      const want = ty.kind === "map" ? StringType : NumberType;
      let k: Value;
      try {
        k = convert(key, want);
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        return fail(INVALID_INDEX, `${PREFIX}: ${e.message}.`, subject);
      }
      const [has] = ops.hasIndex(collection, k).unmark();
      if (!has.isKnown()) {
        return { value: ty.kind === "tuple" ? DynamicVal : unknownVal(ty.elementType), diagnostics: NONE };
      }
      if (has.isFalse()) {
        if ((ty.kind === "list" || ty.kind === "tuple") && k.type.kind === "number" && k.isKnown() && !k.isNull()) {
          const [bare] = k.unmark();
          const n = bare.asNumber();
          if (!num.isInteger(n)) {
            return fail(
              INVALID_INDEX,
              `${PREFIX}: indexing a sequence requires a whole number, but the given index has a fractional part.`,
              subject,
            );
          }
          if (num.sign(n) < 0) {
            return fail(INVALID_INDEX, `${PREFIX}: a negative number is not a valid index for a sequence.`, subject);
          }
          const len = ops.length(collection);
          if (len.isKnown() && !len.isMarked()) {
            const diff = num.subtract(n, bare.prec, len.asNumber(), len.prec);
            // hclsyntax tests `index - length < 1`: only index == length gets the specific message.
            if (num.sign(diff.n) < 1) {
              if (num.isZero(len.asNumber()))
                return fail(INVALID_INDEX, `${PREFIX}: the collection has no elements.`, subject);
              return fail(
                INVALID_INDEX,
                `${PREFIX}: the given index is greater than or equal to the length of the collection.`,
                subject,
              );
            }
          }
        }
        return fail(INVALID_INDEX, `${PREFIX}.`, subject);
      }
      return { value: ops.index(collection, k), diagnostics: NONE };
    }
    case "object": {
      const wasNumber = key.type.kind === "number";
      let k: Value;
      try {
        k = convert(key, StringType);
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        return fail(INVALID_INDEX, `${PREFIX}: ${e.message}.`, subject);
      }
      if (!collection.isKnown() || !k.isKnown()) return { value: DynamicVal, diagnostics: NONE };
      const [bare] = k.unmark();
      const name = bare.asString();
      if (!ty.hasAttribute(name)) {
        const hint = wasNumber ? " An object only supports looking up attributes by name, not by numeric index." : "";
        return fail(INVALID_INDEX, `${PREFIX}.${hint}`, subject);
      }
      return { value: ops.getAttr(collection, name), diagnostics: NONE };
    }
    case "set":
      return fail(
        INVALID_INDEX,
        "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.",
        subject,
      );
    default:
      return fail(INVALID_INDEX, "This value does not have any indices.", subject);
  }
}

/** `obj.name` (hcl `GetAttr`, EXP-10). */
export function getAttr(obj: Value, name: string, subject: Range | undefined): ValueResult {
  if (obj.isNull()) {
    return fail(
      "Attempt to get attribute from null value",
      "This value is null, so it does not have any attributes.",
      subject,
    );
  }
  const ty = obj.type;
  const unsupported = "Unsupported attribute";
  switch (ty.kind) {
    case "object":
      if (!ty.hasAttribute(name)) {
        return fail(unsupported, `This object does not have an attribute named ${goQuote(name)}.`, subject);
      }
      if (!obj.isKnown()) return { value: unknownVal(ty.attributeType(name)!), diagnostics: NONE };
      return { value: ops.getAttr(obj, name), diagnostics: NONE };
    case "map": {
      if (!obj.isKnown()) return { value: unknownVal(ty.elementType), diagnostics: NONE };
      const idx = stringVal(name);
      const [has] = ops.hasIndex(obj, idx).unmark();
      if (has.isFalse()) {
        return fail("Missing map element", `This map does not have an element with the key ${goQuote(name)}.`, subject);
      }
      return { value: ops.index(obj, idx), diagnostics: NONE };
    }
    case "dynamic":
      return { value: DynamicVal, diagnostics: NONE };
    case "list":
      if (ty.elementType.kind === "object") {
        if (ty.elementType.hasAttribute(name)) {
          return fail(
            unsupported,
            `Can't access attributes on a list of objects. Did you mean to access attribute ${goQuote(name)} for a specific element of the list, or across all elements of the list?`,
            subject,
          );
        }
        return fail(
          unsupported,
          "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?",
          subject,
        );
      }
      break;
    case "set":
      if (ty.elementType.kind === "object") {
        return fail(
          unsupported,
          "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?",
          subject,
        );
      }
      break;
    case "string":
    case "number":
    case "bool":
      return fail(unsupported, `Can't access attributes on a primitive-typed value (${ty.friendlyName()}).`, subject);
    default:
      break;
  }
  return fail(unsupported, "This value does not have any attributes.", subject);
}

/** Applies relative traversal steps to a value (hcl `TraverseRel`). */
export function traverseRel(val: Value, steps: readonly Traverser[], from = 0): ValueResult {
  if (from >= steps.length) return { value: val, diagnostics: NONE };
  let current = val;
  let diags: Diagnostic[] = NONE;
  for (let i = from; i < steps.length; i++) {
    const step = steps[i]!;
    let r: ValueResult;
    if (step.kind === "attr") r = getAttr(current, step.name, step.range);
    else if (step.kind === "index") r = index(current, literalValue(step.key), step.range);
    else throw new Error("cannot traverse a root step relative to a value");
    if (r.diagnostics.length > 0) {
      diags = diags === NONE ? r.diagnostics : [...diags, ...r.diagnostics];
      if (r.diagnostics.some((d) => d.severity === "error")) return { value: DynamicVal, diagnostics: diags };
    }
    current = r.value;
  }
  return { value: current, diagnostics: diags };
}

/** Resolves a traversal that starts at a root name in the scope chain (hcl `TraverseAbs`, EXP-09). */
export function traverseAbs(steps: readonly Traverser[], ctx: EvalContext | undefined): ValueResult {
  const root = steps[0]!;
  if (root.kind !== "root") throw new Error("traverseAbs needs an absolute traversal");
  const name = root.name;
  let hasNonNil = false;
  for (let c = ctx; c !== undefined; c = c.parent) {
    if (c.variables === undefined) continue;
    hasNonNil = true;
    const v = c.variables.get(name);
    if (v !== undefined) return traverseRel(v, steps, 1);
  }
  if (!hasNonNil) {
    return fail("Variables not allowed", "Variables may not be used here.", root.range);
  }
  // Go offers the innermost scope's names first (a `for` variable before the
  // globals), each scope in map order; we sort within a scope to stay
  // deterministic (DIAG-07).
  const names: string[] = [];
  for (let c = ctx; c !== undefined; c = c.parent)
    if (c.variables !== undefined) names.push(...[...c.variables.keys()].sort());
  const suggestion = nameSuggestion(name, names);
  return fail(
    "Unknown variable",
    `There is no variable named ${goQuote(name)}.${suggestion !== "" ? ` Did you mean ${goQuote(suggestion)}?` : ""}`,
    root.range,
  );
}
