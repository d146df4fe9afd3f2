/**
 * The functions behind HCL's operators (go-cty stdlib; FN-12). They are not
 * callable by name from templates; the evaluator converts operands to their
 * parameter types and calls them, so their flags decide how unknown, null,
 * dynamic and marked operands behave.
 */
import { InfiniteDividendError } from "../cty/number.js";
import * as ops from "../cty/operations.js";
import { BoolType, DynamicPseudoType, NumberType, type Type } from "../cty/types.js";
import type { Value } from "../cty/value.js";
import { Function, FunctionError, type Parameter, staticReturnType } from "./function.js";

function binary(
  type: Type,
  ret: Type,
  flags: Partial<Parameter>,
  impl: (a: Value, b: Value) => Value,
  nanMessage?: string,
): Function {
  return new Function({
    params: [
      { name: "a", type, allowDynamicType: true, ...flags },
      { name: "b", type, allowDynamicType: true, ...flags },
    ],
    type: staticReturnType(ret),
    impl: (args) => {
      try {
        return impl(args[0]!, args[1]!);
      } catch (e) {
        if (e instanceof ops.NaNError && nanMessage !== undefined) throw new FunctionError(nanMessage);
        if (e instanceof InfiniteDividendError) throw new FunctionError(e.message);
        throw e;
      }
    },
  });
}

function unary(type: Type, impl: (a: Value) => Value): Function {
  return new Function({
    params: [{ name: "val", type, allowDynamicType: true, allowMarked: true }],
    type: staticReturnType(type),
    impl: (args) => impl(args[0]!),
  });
}

const marked = { allowMarked: true };
const equality: Partial<Parameter> = { allowUnknown: true, allowNull: true };

export const AddFunc = binary(NumberType, NumberType, {}, ops.add, "can't compute sum of opposing infinities");
export const SubtractFunc = binary(NumberType, NumberType, {}, ops.subtract, "can't subtract infinity from itself");
export const MultiplyFunc = binary(NumberType, NumberType, {}, ops.multiply, "can't multiply zero by infinity");
export const DivideFunc = binary(
  NumberType,
  NumberType,
  {},
  ops.divide,
  "can't divide zero by zero or infinity by infinity",
);
export const ModuloFunc = binary(NumberType, NumberType, {}, ops.modulo, "can't use modulo with zero and infinity");
export const GreaterThanFunc = binary(NumberType, BoolType, marked, ops.greaterThan);
export const GreaterThanOrEqualToFunc = binary(NumberType, BoolType, marked, ops.greaterThanOrEqualTo);
export const LessThanFunc = binary(NumberType, BoolType, marked, ops.lessThan);
export const LessThanOrEqualToFunc = binary(NumberType, BoolType, marked, ops.lessThanOrEqualTo);
export const EqualFunc = binary(DynamicPseudoType, BoolType, equality, (a, b) => a.equals(b));
export const NotEqualFunc = binary(DynamicPseudoType, BoolType, equality, (a, b) => ops.not(a.equals(b)));
export const AndFunc = binary(BoolType, BoolType, marked, ops.and);
export const OrFunc = binary(BoolType, BoolType, marked, ops.or);
export const NotFunc = unary(BoolType, ops.not);
export const NegateFunc = unary(NumberType, ops.negate);
