/**
 * Type-constraint expressions (TYX): `string`, `list(string)`,
 * `object({a = string, b = optional(number, 1)})`, `any` … as Packer's
 * `variable { type = … }` and the `convert` function use them. The
 * expression is read statically, never evaluated (except an optional
 * attribute's default, which must be a constant).
 */
import { ConversionError, convert } from "../../cty/convert.js";
import {
  BoolType,
  CapsuleType,
  DynamicPseudoType,
  listOf,
  mapOf,
  NumberType,
  objectOf,
  setOf,
  StringType,
  tupleOf,
  type Type,
} from "../../cty/types.js";
import { capsuleVal, listVal, mapVal, objectVal, setVal, tupleVal, unknownVal, type Value } from "../../cty/value.js";
import { ArgError, Function } from "../../functions/function.js";
import { isValidIdentifier } from "../unicode.js";
import { goQuote } from "../quote.js";
import type { Expression } from "../ast.js";
import { type Diagnostic, errorDiag, hasErrors } from "../diagnostic.js";
import { CustomExpressionDecoder, type CustomDecoder, evaluate } from "../eval.js";
import { rangeBetween } from "../pos.js";
import { exprAsKeyword, exprCall, exprList, exprMap } from "../static.js";

const INVALID = "Invalid type specification";

export interface TypeResult {
  type: Type;
  diagnostics: Diagnostic[];
}

export interface TypeWithDefaultsResult extends TypeResult {
  /** Defaults for optional attributes at any depth, or undefined when there are none. */
  defaults: Defaults | undefined;
}

/** An exact type: `any` and `optional(…)` are not allowed (TYX-01). */
export function typeFromExpr(expr: Expression): TypeResult {
  const r = getType(expr, false, false);
  return { type: r.type, diagnostics: r.diagnostics };
}

/** A type constraint: `any` and `optional(type)` are allowed (TYX-02). */
export function typeConstraint(expr: Expression): TypeResult {
  const r = getType(expr, true, false);
  return { type: r.type, diagnostics: r.diagnostics };
}

/** A type constraint whose optional attributes may carry defaults: `optional(number, 1)` (TYX-03). */
export function typeConstraintWithDefaults(expr: Expression): TypeWithDefaultsResult {
  return getType(expr, true, true);
}

function fail(detail: string, subject: Expression["range"], context?: Expression["range"]): TypeWithDefaultsResult {
  return { type: DynamicPseudoType, defaults: undefined, diagnostics: [errorDiag(INVALID, detail, subject, context)] };
}

function getType(expr: Expression, constraint: boolean, withDefaults: boolean): TypeWithDefaultsResult {
  const kw = exprAsKeyword(expr);
  switch (kw) {
    case "bool":
      return { type: BoolType, defaults: undefined, diagnostics: [] };
    case "string":
      return { type: StringType, defaults: undefined, diagnostics: [] };
    case "number":
      return { type: NumberType, defaults: undefined, diagnostics: [] };
    case "any":
      if (constraint) return { type: DynamicPseudoType, defaults: undefined, diagnostics: [] };
      return fail(
        `The keyword ${goQuote(kw)} cannot be used in this type specification: an exact type is required.`,
        expr.range,
      );
    case "list":
    case "map":
    case "set":
      return fail(`The ${kw} type constructor requires one argument specifying the element type.`, expr.range);
    case "object":
      return fail(
        "The object type constructor requires one argument specifying the attribute types and values as a map.",
        expr.range,
      );
    case "tuple":
      return fail(
        "The tuple type constructor requires one argument specifying the element types as a list.",
        expr.range,
      );
    case "":
      break;
    default:
      return fail(`The keyword ${goQuote(kw)} is not a valid type specification.`, expr.range);
  }

  const callResult = exprCall(expr);
  const call = callResult.value;
  if (call === undefined || hasErrors(callResult.diagnostics)) {
    return fail(
      "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).",
      expr.range,
    );
  }

  switch (call.name) {
    case "bool":
    case "string":
    case "number":
      return fail(`Primitive type keyword ${goQuote(call.name)} does not expect arguments.`, call.argsRange);
    case "any":
      return fail(`Type constraint keyword ${goQuote(call.name)} does not expect arguments.`, call.argsRange);
  }

  const args = call.arguments;
  if (args.length !== 1) {
    const context = call.argsRange;
    // Too many arguments: the extra ones are the subject; too few: the parentheses.
    const subject = args.length > 1 ? rangeBetween(args[1]!.range, args[args.length - 1]!.range) : call.argsRange;
    switch (call.name) {
      case "list":
      case "set":
      case "map":
        return fail(
          `The ${call.name} type constructor requires one argument specifying the element type.`,
          subject,
          context,
        );
      case "object":
        return fail(
          "The object type constructor requires one argument specifying the attribute types and values as a map.",
          subject,
          context,
        );
      case "tuple":
        return fail(
          "The tuple type constructor requires one argument specifying the element types as a list.",
          subject,
          context,
        );
    }
  }

  switch (call.name) {
    case "list":
    case "set":
    case "map": {
      const el = getType(args[0]!, constraint, withDefaults);
      const type = call.name === "list" ? listOf(el.type) : call.name === "set" ? setOf(el.type) : mapOf(el.type);
      const defaults =
        el.defaults === undefined ? undefined : new Defaults(type, new Map(), new Map([["", el.defaults]]));
      return { type, defaults, diagnostics: el.diagnostics };
    }
    case "object":
      return objectType(expr, args[0]!, constraint, withDefaults);
    case "tuple": {
      const list = exprList(args[0]!);
      if (list.value === undefined || hasErrors(list.diagnostics)) {
        return fail("Tuple type constructor requires a list of element types.", args[0]!.range, expr.range);
      }
      const diagnostics: Diagnostic[] = [];
      const types: Type[] = [];
      const children = new Map<string, Defaults>();
      list.value.forEach((el, i) => {
        const r = getType(el, constraint, withDefaults);
        diagnostics.push(...r.diagnostics);
        types.push(r.type);
        if (r.defaults !== undefined) children.set(String(i), r.defaults);
      });
      const type = tupleOf(types);
      return { type, defaults: children.size > 0 ? new Defaults(type, new Map(), children) : undefined, diagnostics };
    }
    case "optional":
      return fail(
        `Keyword ${goQuote(call.name)} is valid only as a modifier for object type attributes.`,
        call.nameRange,
      );
    default:
      return fail(`Keyword ${goQuote(call.name)} is not a valid type constructor.`, expr.range);
  }
}

function objectType(
  expr: Expression,
  arg: Expression,
  constraint: boolean,
  withDefaults: boolean,
): TypeWithDefaultsResult {
  const map = exprMap(arg);
  if (map.value === undefined || hasErrors(map.diagnostics)) {
    return fail(
      "Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.",
      arg.range,
      expr.range,
    );
  }
  const diagnostics: Diagnostic[] = [];
  const attrTypes = new Map<string, Type>();
  const defaultValues = new Map<string, Value>();
  const children = new Map<string, Defaults>();
  const optional = new Set<string>();
  for (const pair of map.value) {
    const name = exprAsKeyword(pair.key);
    if (name === "") {
      diagnostics.push(
        errorDiag(INVALID, "Object constructor map keys must be attribute names.", pair.key.range, expr.range),
      );
      continue;
    }
    let typeExpr = pair.value;
    let defaultExpr: Expression | undefined;
    const opt = exprCall(typeExpr);
    if (opt.value !== undefined && !hasErrors(opt.diagnostics) && opt.value.name === "optional") {
      const call = opt.value;
      if (call.arguments.length < 1) {
        diagnostics.push(
          errorDiag(
            INVALID,
            "Optional attribute modifier requires the attribute type as its argument.",
            call.argsRange,
            typeExpr.range,
          ),
        );
        continue;
      }
      if (!constraint) {
        diagnostics.push(
          errorDiag(
            INVALID,
            "Optional attribute modifier is only for type constraints, not for exact types.",
            call.nameRange,
            typeExpr.range,
          ),
        );
      } else if (withDefaults) {
        if (call.arguments.length === 2) {
          defaultExpr = call.arguments[1]!;
          const d = evaluate(defaultExpr, undefined);
          diagnostics.push(...d.diagnostics);
          if (!hasErrors(d.diagnostics)) {
            optional.add(name);
            defaultValues.set(name, d.value);
          }
        } else if (call.arguments.length === 1) {
          optional.add(name);
        } else {
          diagnostics.push(
            errorDiag(
              INVALID,
              "Optional attribute modifier expects at most two arguments: the attribute type, and a default value.",
              call.argsRange,
              typeExpr.range,
            ),
          );
        }
      } else if (call.arguments.length === 1) {
        optional.add(name);
      } else {
        diagnostics.push(
          errorDiag(
            INVALID,
            "Optional attribute modifier expects only one argument: the attribute type.",
            call.argsRange,
            typeExpr.range,
          ),
        );
      }
      typeExpr = call.arguments[0]!;
    }
    const r = getType(typeExpr, constraint, withDefaults);
    diagnostics.push(...r.diagnostics);
    const dv = defaultValues.get(name);
    if (dv !== undefined) {
      try {
        defaultValues.set(name, convert(dv, r.type));
      } catch (err) {
        if (!(err instanceof ConversionError)) throw err;
        diagnostics.push(
          errorDiag(
            "Invalid default value for optional attribute",
            `This default value is not compatible with the attribute's type constraint: ${err.message}.`,
            defaultExpr!.range,
          ),
        );
        defaultValues.delete(name);
      }
    }
    attrTypes.set(name, r.type);
    if (r.defaults !== undefined) children.set(name, r.defaults);
  }
  // A later definition of the same attribute replaces the earlier one, as in Go's map.
  const type = objectOf(
    attrTypes,
    [...optional].filter((n) => attrTypes.has(n)),
  );
  const defaults =
    defaultValues.size > 0 || children.size > 0 ? new Defaults(type, defaultValues, children) : undefined;
  return { type, defaults, diagnostics };
}

/**
 * Default values for optional object attributes, at any depth of a type
 * (typeexpr `Defaults`). `apply` fills in missing or null attributes before
 * the value is converted to the constraint.
 */
export class Defaults {
  constructor(
    readonly type: Type,
    /** Default values for this object's attributes, by name. */
    readonly values: ReadonlyMap<string, Value>,
    /** Defaults nested in attributes (by name), tuple elements (by index) or collection elements (""). */
    readonly children: ReadonlyMap<string, Defaults>,
  ) {}

  /**
   * The value with defaults applied where optional attributes are missing or
   * null. Permissive: values of the wrong shape are left for the later
   * conversion to report.
   */
  apply(val: Value): Value {
    return this.applyAt(val);
  }

  private applyAt(val: Value): Value {
    if (!val.isKnown()) return val;
    let v = val;
    // Pre-order: defaults are applied here first, then inside what they produced.
    if (this.values.size > 0 && (v.type.kind === "object" || v.type.kind === "map")) {
      const [bare, marks] = v.unmark();
      const attrs = new Map<string, Value>();
      if (!bare.isNull()) for (const [k, e] of bare.entries()) attrs.set(k, e);
      for (const [name, dv] of this.values) {
        const cur = attrs.get(name);
        if (cur === undefined || cur.isNull()) attrs.set(name, dv);
      }
      v = objectVal(attrs).withMarks(marks);
    }
    if (v.isNull() || !v.isKnown() || this.children.size === 0) return v;
    const [bare, marks] = v.unmark();
    switch (bare.type.kind) {
      case "object":
      case "map": {
        const out = new Map<string, Value>();
        let changed = false;
        for (const [k, e] of bare.entries()) {
          // cty walks object attributes as attribute steps and map elements as index steps.
          const child = this.childFor(k, bare.type.kind === "object" ? "attr" : "index");
          const ne = child === undefined ? e : child.applyAt(e);
          if (ne !== e) changed = true;
          out.set(k, ne);
        }
        if (!changed) return v;
        return (bare.type.kind === "object" ? objectVal(out) : rebuildMap(bare, out)).withMarks(marks);
      }
      case "list":
      case "set":
      case "tuple": {
        let changed = false;
        const out = bare.elements().map((e, i) => {
          const child = this.childFor(String(i), "index");
          const ne = child === undefined ? e : child.applyAt(e);
          if (ne !== e) changed = true;
          return ne;
        });
        if (!changed) return v;
        return rebuildSequence(bare, out).withMarks(marks);
      }
      default:
        return v;
    }
  }

  /** typeexpr `traverse`: which nested defaults apply to a child step of a value. */
  private childFor(key: string, step: "attr" | "index"): Defaults | undefined {
    const t = this.type;
    if (step === "attr") {
      if (t.kind === "object") return this.children.get(key);
      if (t.kind === "map") return this.children.get("");
      return undefined;
    }
    if (t.kind === "tuple") return this.children.get(key);
    if (t.kind === "list" || t.kind === "set" || t.kind === "map") return this.children.get("");
    return undefined;
  }
}

/*
 * Defaults can give a collection's elements different types (one element had
 * the attribute, another got the default). Go's transformer panics there; we
 * fall back to the structural type and let the later conversion decide.
 */
function sameTypes(values: Iterable<Value>): boolean {
  let first: Type | undefined;
  for (const v of values) {
    if (first === undefined) first = v.type;
    else if (!v.type.equals(first)) return false;
  }
  return true;
}

function rebuildMap(_orig: Value, entries: Map<string, Value>): Value {
  return sameTypes(entries.values()) ? mapVal(entries) : objectVal(entries);
}

function rebuildSequence(orig: Value, elements: Value[]): Value {
  if (orig.type.kind === "tuple" || !sameTypes(elements)) return tupleVal(elements);
  return orig.type.kind === "list" ? listVal(elements) : setVal(elements);
}

/** HCL's type-constraint syntax for a type (typeexpr `TypeString`, TYX-04). */
export function typeString(t: Type): string {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
      return t.kind;
    case "dynamic":
      return "any";
    case "list":
    case "set":
    case "map":
      return `${t.kind}(${typeString(t.elementType)})`;
    case "object": {
      const parts = t.attributeNames.map(
        (n) => `${isValidIdentifier(n) ? n : goQuote(n)}=${typeString(t.attributeType(n)!)}`,
      );
      return `object({${parts.join(",")}})`;
    }
    case "tuple":
      return `tuple([${t.elementTypes.map(typeString).join(",")}])`;
    case "capsule":
      throw new Error("typeString does not support capsule types");
  }
}

// ------------------------------------------------------------------ the type-constraint capsule

const decodeTypeConstraint: CustomDecoder = (expr, _ctx, preset) => {
  if (preset !== undefined) {
    return {
      value: unknownVal(TypeConstraintType),
      diagnostics: [
        errorDiag(
          INVALID,
          "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).",
          expr.range,
        ),
      ],
    };
  }
  const r = typeConstraint(expr);
  if (hasErrors(r.diagnostics)) return { value: unknownVal(TypeConstraintType), diagnostics: r.diagnostics };
  return { value: typeConstraintVal(r.type), diagnostics: [] };
};

/**
 * The capsule type of a function parameter that takes a type constraint
 * written as an expression, like `convert`'s second argument.
 */
export const TypeConstraintType: CapsuleType = new CapsuleType("type constraint", {
  extensionData: (key) => (key === CustomExpressionDecoder ? decodeTypeConstraint : undefined),
  rawEquals: (a, b) => (a as Type).equals(b as Type),
});

export function typeConstraintVal(t: Type): Value {
  return capsuleVal(TypeConstraintType, t);
}

export function typeConstraintFromVal(v: Value): Type {
  if (!v.type.equals(TypeConstraintType)) throw new Error("value is not of TypeConstraintType");
  return v.capsule() as Type;
}

/** `convert(value, type)`: converts to a type constraint written as an expression (typeexpr `ConvertFunc`). */
export const ConvertFunc = new Function({
  description: "Converts a value to the given type constraint.",
  params: [
    { name: "value", type: DynamicPseudoType, allowNull: true, allowDynamicType: true },
    { name: "type", type: TypeConstraintType },
  ],
  type: (args) => {
    const want = typeConstraintFromVal(args[1]!);
    try {
      return convert(args[0]!, want).type;
    } catch (err) {
      if (err instanceof ConversionError) throw new ArgError(0, err.message);
      throw err;
    }
  },
  impl: (args, retType) => {
    try {
      return convert(args[0]!, retType);
    } catch (err) {
      if (err instanceof ConversionError) throw new ArgError(0, err.message);
      throw err;
    }
  },
});
