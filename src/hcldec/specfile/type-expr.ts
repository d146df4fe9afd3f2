/**
 * Type expressions of spec files (SPEC-12). Unlike typeexpr's static reading,
 * Go's cmd/hcldec *evaluates* them: `string`, `number`, `bool` and `any` are
 * variables holding types, and `list`, `set`, `map`, `tuple` and `object`
 * are functions from types to types. Evaluating keeps Go's diagnostics: a
 * misspelt type is an unknown variable, `list(1)` an invalid argument, and
 * a quoted `"string"` is a string where a type was wanted.
 */
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
import { capsuleVal, type Value } from "../../cty/value.js";
import { Function, staticReturnType } from "../../functions/function.js";
import type { HclExpression } from "../../hcl/body.js";
import { type Diagnostic, errorDiag } from "../../hcl/diagnostic.js";
import { EvalContext } from "../../hcl/eval-context.js";

/** A type as a value (Go: `cty.Capsule("type", …)`, so messages call it "type"). */
export const TypeType: CapsuleType = new CapsuleType("type", {
  rawEquals: (a, b) => (a as Type).equals(b as Type),
});

function wrap(t: Type): Value {
  return capsuleVal(TypeType, t);
}

function unwrap(v: Value): Type {
  return v.capsule() as Type;
}

function constructor(name: string, build: (t: Type) => Type): Function {
  return new Function({
    params: [{ name: "element_type", type: TypeType }],
    type: staticReturnType(TypeType),
    impl: (args) => wrap(build(unwrap(args[0]!))),
  });
}

const typeEvalContext = new EvalContext({
  variables: {
    string: wrap(StringType),
    bool: wrap(BoolType),
    number: wrap(NumberType),
    any: wrap(DynamicPseudoType),
  },
  functions: {
    list: constructor("list", listOf),
    set: constructor("set", setOf),
    map: constructor("map", mapOf),
    tuple: new Function({
      params: [{ name: "element_types", type: listOf(TypeType) }],
      type: staticReturnType(TypeType),
      impl: (args) => wrap(tupleOf(args[0]!.elements().map(unwrap))),
    }),
    object: new Function({
      params: [{ name: "attribute_types", type: mapOf(TypeType) }],
      type: staticReturnType(TypeType),
      impl: (args) => {
        const attrs: Record<string, Type> = Object.create(null) as Record<string, Type>;
        for (const [k, v] of args[0]!.entries()) attrs[k] = unwrap(v);
        return wrap(objectOf(attrs));
      },
    }),
  },
});

/**
 * The type an expression describes; null (or an absent argument) means
 * `any`. A value that is not a type is reported without a subject, as Go
 * does, and read as `any`.
 */
export function evalTypeExpr(expr: HclExpression): { type: Type; diagnostics: Diagnostic[] } {
  const { value, diagnostics } = expr.value(typeEvalContext);
  if (value.isNull()) return { type: DynamicPseudoType, diagnostics };
  if (!value.type.equals(TypeType) || !value.isKnown()) {
    const diags = diagnostics.slice();
    diags.push(errorDiag("Invalid type expression", `A type is required, not ${value.type.friendlyName()}.`));
    return { type: DynamicPseudoType, diagnostics: diags };
  }
  return { type: unwrap(value), diagnostics };
}
