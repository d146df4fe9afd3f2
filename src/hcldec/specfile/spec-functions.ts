/**
 * The functions a spec file's expressions may call (SPEC-13): `literal`
 * values, `transform` results, `variables` and `function` bodies. Go's
 * cmd/hcldec offers fifteen of go-cty's stdlib functions (spec_funcs.go);
 * where they differ from Packer's function of the same name (`length` is
 * for collections only, `reverse` reverses a string) the stdlib version is
 * used so a spec means what it means to Go. Every other Packer function is
 * offered too, as an extension: Go answers "Call to unknown function" there.
 */
import * as ops from "../../cty/operations.js";
import { NumberType, StringType, BoolType, DynamicPseudoType } from "../../cty/types.js";
import { numberIntVal, numberVal, type Value } from "../../cty/value.js";
import { BigFloat } from "../../cty/bigfloat.js";
import * as num from "../../cty/number.js";
import { graphemeCount } from "../../cty/graphemes.js";
import { CoalesceFunc, ConcatFunc } from "../../functions/collection.js";
import { JSONDecodeFunc, JSONEncodeFunc } from "../../functions/encoding.js";
import { Function, FunctionError, staticReturnType } from "../../functions/function.js";
import { AbsoluteFunc, MaxFunc, MinFunc } from "../../functions/number.js";
import { LowerFunc, ReverseFunc, SubstrFunc, UpperFunc } from "../../functions/string.js";
import { packerFunctions } from "../../hcl/functions.js";

function isCollectionOrTuple(v: Value, withSets: boolean): boolean {
  const k = v.type.kind;
  return k === "tuple" || k === "list" || k === "map" || k === "dynamic" || (withSets && k === "set");
}

/** go-cty stdlib `HasIndexFunc`: whether `collection[key]` would succeed. */
export const HasIndexFunc = new Function({
  description:
    "Returns true if if the given collection can be indexed with the given key without producing an error, or false otherwise.",
  params: [
    { name: "collection", type: DynamicPseudoType, allowDynamicType: true },
    { name: "key", type: DynamicPseudoType, allowDynamicType: true },
  ],
  type: (args) => {
    if (!isCollectionOrTuple(args[0]!, false)) throw new FunctionError("collection must be a list, a map or a tuple");
    return BoolType;
  },
  impl: (args) => ops.hasIndex(args[0]!, args[1]!),
});

/** go-cty stdlib `LengthFunc`: elements of a collection or tuple (not characters of a string). */
export const StdlibLengthFunc = new Function({
  description: "Returns the number of elements in the given collection.",
  params: [{ name: "collection", type: DynamicPseudoType, allowDynamicType: true, allowMarked: true }],
  type: (args) => {
    if (!isCollectionOrTuple(args[0]!, true)) throw new FunctionError("collection must be a list, a map or a tuple");
    return NumberType;
  },
  // cty's Length keeps the argument's marks on the count, and counts a tuple even when it is unknown.
  impl: (args) => ops.length(args[0]!),
});

/** go-cty stdlib `StrlenFunc`: characters (grapheme clusters) of a string. */
export const StrlenFunc = new Function({
  description: "Returns the number of Unicode characters (technically: grapheme clusters) in the given string.",
  params: [{ name: "str", type: StringType, allowDynamicType: true }],
  type: staticReturnType(NumberType),
  impl: (args) => numberIntVal(graphemeCount(args[0]!.asString())),
});

/** go-cty stdlib `IntFunc`: the number with its fractional part discarded (towards zero). */
export const IntFunc = new Function({
  description: "Discards any fractional portion of the given number.",
  params: [{ name: "num", type: NumberType, allowDynamicType: true }],
  type: staticReturnType(NumberType),
  impl: (args) => {
    const v = args[0]!;
    const f = v.asBigFloat();
    if (f.isInt()) return v;
    const t = f.int();
    // Go truncates an infinity to a nil big.Int and then dereferences it.
    if (t === undefined) {
      throw new FunctionError(
        "panic in function implementation: runtime error: invalid memory address or nil pointer dereference",
      );
    }
    // big.Float.SetInt gives the result at least 64 bits of precision.
    const bits = (t.value < 0n ? -t.value : t.value).toString(2).length;
    const r = BigFloat.fromInt(t.value, Math.max(64, bits));
    return numberVal(num.normalize(r), r.prec);
  },
});

/** The fifteen functions of Go's cmd/hcldec spec context, by name (spec_funcs.go). */
export const goSpecFunctions: Readonly<Record<string, Function>> = {
  abs: AbsoluteFunc,
  coalesce: CoalesceFunc,
  concat: ConcatFunc,
  hasindex: HasIndexFunc,
  int: IntFunc,
  jsondecode: JSONDecodeFunc,
  jsonencode: JSONEncodeFunc,
  length: StdlibLengthFunc,
  lower: LowerFunc,
  max: MaxFunc,
  min: MinFunc,
  reverse: ReverseFunc,
  strlen: StrlenFunc,
  substr: SubstrFunc,
  upper: UpperFunc,
};

/**
 * The spec context's function table: Packer's functions (`base`, or the
 * table without file system access) with Go's spec functions on top.
 */
export function specFunctions(base?: ReadonlyMap<string, Function>): Map<string, Function> {
  const table = new Map(base ?? packerFunctions());
  for (const [name, f] of Object.entries(goSpecFunctions)) table.set(name, f);
  return table;
}
