/**
 * Collection functions of Packer 1.14's function table (FN-03). Most are
 * go-cty's stdlib (v1.13.3, which differs from 1.12.1 here only by result
 * refinements Plinth does not model); `alltrue`, `anytrue`, `index` and
 * `length` are Packer's own (hcl2template/function) and `coalesce` is
 * hashicorp/go-cty-funcs' variant that also skips empty strings.
 *
 * Marks: parameters without `allowMarked` are unmarked by Function.call and
 * their marks put on the result. Functions that see marked values handle
 * them as Go does, with one rule on top: where Go would let a mark fall away
 * (a wholly unknown result, a skipped null argument), Plinth keeps it, so a
 * sensitive value never loses its mark by passing through a function.
 */
import { graphemeCount } from "../cty/graphemes.js";
import { ConversionError, convert, unify } from "../cty/convert.js";
import * as ops from "../cty/operations.js";
import {
  BoolType,
  compareKeys,
  DynamicPseudoType,
  EmptyObjectType,
  EmptyTupleType,
  listOf,
  mapOf,
  NumberType,
  objectOf,
  StringType,
  tupleOf,
  type Type,
} from "../cty/types.js";
import {
  EmptyObjectVal,
  EmptyTupleVal,
  False,
  listVal,
  listValEmpty,
  mapVal,
  mapValEmpty,
  type Marks,
  numberIntVal,
  objectVal,
  stringVal,
  True,
  tupleVal,
  UnknownBool,
  unknownVal,
  Value,
} from "../cty/value.js";
import { ArgError, Function, FunctionError, staticReturnType } from "./function.js";
import { toInt64, WHOLE_NUMBER_MESSAGE } from "./number.js";

// ---------------------------------------------------------------- helpers

/** Every mark on a value and inside it. */
function deepMarks(v: Value): Marks {
  return v.unmarkDeep()[1];
}

/** A list of the given elements, or the empty list of `elementType`. */
function listOrEmpty(elements: readonly Value[], elementType: Type): Value {
  return elements.length === 0 ? listValEmpty(elementType) : listVal(elements);
}

/** A Go `int` from a number argument, or the gocty error wrapped as the caller wants it. */
function intArg(v: Value, fail: (message: string) => FunctionError): bigint {
  const n = toInt64(v);
  if (n === undefined) throw fail(WHOLE_NUMBER_MESSAGE);
  return n;
}

// ---------------------------------------------------------------- alltrue / anytrue (Packer)

export const AllTrueFunc = new Function({
  description: "Returns true if all elements in the given list are true, or if the list is empty.",
  params: [{ name: "list", type: listOf(BoolType) }],
  type: staticReturnType(BoolType),
  impl: (args) => {
    let result = True;
    for (const v of args[0]!.elements()) {
      if (!v.isKnown()) return UnknownBool;
      if (v.isNull()) return False;
      result = ops.and(result, v);
      if (result.isFalse()) return False;
    }
    return result;
  },
});

export const AnyTrueFunc = new Function({
  description: "Returns true if any element in the given list is true; false for an empty list.",
  params: [{ name: "list", type: listOf(BoolType) }],
  type: staticReturnType(BoolType),
  impl: (args) => {
    let result = False;
    let hasUnknown = false;
    for (const v of args[0]!.elements()) {
      if (!v.isKnown()) {
        hasUnknown = true;
        continue;
      }
      if (v.isNull()) continue;
      result = ops.or(result, v);
      if (result.isTrue()) return True;
    }
    return hasUnknown ? UnknownBool : result;
  },
});

// ---------------------------------------------------------------- chunklist

export const ChunklistFunc = new Function({
  description: "Splits a single list into multiple lists where each has at most the given number of elements.",
  params: [
    { name: "list", type: listOf(DynamicPseudoType), allowMarked: true, description: "The list to split into chunks." },
    {
      name: "size",
      type: NumberType,
      allowMarked: true,
      description:
        "The maximum length of each chunk. All but the last element of the result is guaranteed to be of exactly this size.",
    },
  ],
  type: (args) => listOf(args[0]!.type),
  impl: (args) => {
    const [list, listMarks] = args[0]!.unmark();
    const [sizeVal, sizeMarks] = args[1]!.unmark();
    const size = intArg(sizeVal, (m) => new FunctionError(`invalid size: ${m}`));
    if (size < 0n) throw new FunctionError("the size argument must be positive");
    const elements = list.elements();
    if (elements.length === 0) return listValEmpty(list.type).withMarks(listMarks, sizeMarks);
    if (size === 0n) return listVal([list]).withMarks(listMarks, sizeMarks);
    const n = Number(size > BigInt(elements.length) ? BigInt(elements.length) : size);
    const chunks: Value[] = [];
    for (let i = 0; i < elements.length; i += n) chunks.push(listVal(elements.slice(i, i + n)));
    return listVal(chunks).withMarks(listMarks, sizeMarks);
  },
});

// ---------------------------------------------------------------- coalesce / coalescelist

/** go-cty-funcs' `coalesce`: the first argument that is neither null nor (for a string result) empty. */
export const CoalesceFunc = new Function({
  description: "Returns the first of the given arguments that is not null and not an empty string.",
  params: [],
  varParam: { name: "vals", type: DynamicPseudoType, allowUnknown: true, allowDynamicType: true, allowNull: true },
  type: (args) => {
    const u = unify(
      args.map((a) => a.type),
      true,
    );
    if (u === undefined) throw new FunctionError("all arguments must have the same type");
    return u.type;
  },
  impl: (args, retType) => {
    for (const arg of args) {
      let v: Value;
      try {
        v = convert(arg, retType);
      } catch (err) {
        // Go ignores the conversion error and gets cty.NilVal, which counts as null.
        if (err instanceof ConversionError) continue;
        throw err;
      }
      if (!v.isKnown()) return unknownVal(retType);
      if (v.isNull()) continue;
      if (retType.equals(StringType) && v.asString() === "") continue;
      return v;
    }
    throw new FunctionError("no non-null, non-empty-string arguments");
  },
});

export const CoalesceListFunc = new Function({
  description: "Returns the first of the given sequences that has a length greater than zero.",
  params: [],
  varParam: {
    name: "vals",
    type: DynamicPseudoType,
    allowUnknown: true,
    allowDynamicType: true,
    allowNull: true,
    description: "List or tuple values to test in the given order.",
  },
  type: (args) => {
    if (args.length === 0) throw new FunctionError("at least one argument is required");
    for (const a of args) {
      if (!a.isKnown()) return DynamicPseudoType;
      if (a.type.kind !== "list" && a.type.kind !== "tuple")
        throw new FunctionError("coalescelist arguments must be lists or tuples");
    }
    const first = args[0]!.type;
    return args.every((a) => a.type.equals(first)) ? first : DynamicPseudoType;
  },
  impl: (args, retType) => {
    for (const arg of args) {
      if (!arg.isKnown()) return unknownVal(retType);
      if (arg.isNull()) continue;
      if (arg.lengthInt() > 0) return arg;
    }
    throw new FunctionError("no non-null arguments");
  },
});

// ---------------------------------------------------------------- compact / contains / distinct

export const CompactFunc = new Function({
  description: "Removes all empty string elements from the given list of strings.",
  params: [{ name: "list", type: listOf(StringType) }],
  type: staticReturnType(listOf(StringType)),
  impl: (args, retType) => {
    const list = args[0]!;
    if (!list.isWhollyKnown()) return unknownVal(retType);
    const out = list.elements().filter((v) => !v.isNull() && v.asString() !== "");
    return listOrEmpty(out, StringType);
  },
});

export const ContainsFunc = new Function({
  description: "Returns true if the given value is a value in the given list, tuple, or set, or false otherwise.",
  params: [
    { name: "list", type: DynamicPseudoType },
    { name: "value", type: DynamicPseudoType },
  ],
  type: staticReturnType(BoolType),
  impl: (args) => {
    const [list, value] = args as [Value, Value];
    const k = list.type.kind;
    if (k !== "list" && k !== "tuple" && k !== "set") throw new FunctionError("argument must be list, tuple, or set");
    if (list.lengthInt() === 0) return False;
    let containsUnknown = false;
    for (const v of list.elements()) {
      const eq = value.equals(v);
      if (!eq.isKnown()) {
        // An unknown element may turn out to match; an exact match elsewhere still wins.
        containsUnknown = true;
        continue;
      }
      if (eq.isTrue()) return True;
    }
    return containsUnknown ? UnknownBool : False;
  },
});

export const DistinctFunc = new Function({
  description: "Removes any duplicate values from the given list, preserving the order of remaining elements.",
  params: [{ name: "list", type: listOf(DynamicPseudoType) }],
  type: (args) => args[0]!.type,
  impl: (args, retType) => {
    const list = args[0]!;
    if (!list.isWhollyKnown()) return unknownVal(retType);
    const out: Value[] = [];
    for (const v of list.elements()) {
      if (!out.some((o) => o.equals(v).isTrue())) out.push(v);
    }
    return listOrEmpty(out, (retType as { elementType: Type }).elementType);
  },
});

// ---------------------------------------------------------------- concat

export const ConcatFunc = new Function({
  description:
    "Concatenates together all of the given lists or tuples into a single sequence, preserving the input order.",
  params: [],
  varParam: { name: "seqs", type: DynamicPseudoType, allowMarked: true },
  type: (args) => {
    if (args.length === 0) throw new FunctionError("at least one argument is required");
    if (args[0]!.type.kind === "list" && args.every((a) => a.type.kind === "list")) {
      const u = unify(
        args.map((a) => a.type),
        true,
      );
      if (u !== undefined) return u.type;
    }
    const etys: Type[] = [];
    for (let i = 0; i < args.length; i++) {
      const v = args[i]!;
      const t = v.type;
      if (t.kind === "tuple") etys.push(...t.elementTypes);
      else if (t.kind === "list") {
        // A tuple result needs the list's length.
        if (!v.isKnown()) return DynamicPseudoType;
        const n = v.unmarkDeep()[0].lengthInt();
        for (let j = 0; j < n; j++) etys.push(t.elementType);
      } else {
        throw new ArgError(i, `all arguments must be lists or tuples; got ${t.friendlyName()}`);
      }
    }
    return tupleOf(etys);
  },
  impl: (args, retType) => {
    const vals: Value[] = [];
    const markses: Marks[] = [];
    for (let i = 0; i < args.length; i++) {
      let seq = args[i]!;
      if (retType.kind === "list") {
        try {
          seq = convert(seq, retType);
        } catch (err) {
          // Unsafe unification chose the type, so a conversion can still fail.
          if (err instanceof ConversionError) throw new ArgError(i, err.message);
          throw err;
        }
      }
      const [bare, marks] = seq.unmark();
      markses.push(marks);
      vals.push(...bare.elements());
    }
    if (retType.kind === "list") return listOrEmpty(vals, retType.elementType).withMarks(...markses);
    return tupleVal(vals).withMarks(...markses);
  },
});

// ---------------------------------------------------------------- element

const NEGATIVE_INDEX = "cannot use element function with a negative index";
const EMPTY_LIST = "cannot use element function with an empty list";

export const ElementFunc = new Function({
  description:
    "Returns the element with the given index from the given list or tuple, applying the modulo operation to the given index if it's greater than the number of elements.",
  params: [
    { name: "list", type: DynamicPseudoType, allowMarked: true },
    { name: "index", type: NumberType },
  ],
  type: (args) => {
    const [list, index] = args as [Value, Value];
    // go-cty 1.13.3 still rejects negative indices (wrapping them arrived in 1.15).
    if (index.isKnown() && ops.lessThan(index, numberIntVal(0)).isTrue()) throw new FunctionError(NEGATIVE_INDEX);
    const t = list.type;
    switch (t.kind) {
      case "list":
        return t.elementType;
      case "tuple": {
        if (!index.isKnown()) return DynamicPseudoType;
        const i = intArg(index, (m) => new FunctionError(`invalid index: ${m}`));
        const etys = t.elementTypes;
        if (etys.length === 0) throw new FunctionError(EMPTY_LIST);
        return etys[Number(i % BigInt(etys.length))]!;
      }
      default:
        throw new FunctionError(`cannot read elements from ${t.friendlyName()}`);
    }
  },
  impl: (args) => {
    const i = intArg(args[1]!, (m) => new FunctionError(`invalid index: ${m}`));
    if (i < 0n) throw new FunctionError(NEGATIVE_INDEX);
    const [input, marks] = args[0]!.unmark();
    const els = input.elements();
    if (els.length === 0) throw new FunctionError(EMPTY_LIST);
    return els[Number(i % BigInt(els.length))]!.withMarks(marks);
  },
});

// ---------------------------------------------------------------- flatten

interface Flattened {
  out: Value[];
  marks: Marks[];
  known: boolean;
}

/** Flattens nested lists, sets and tuples; `known` is false when the result's shape cannot be known yet. */
function flattener(v: Value): Flattened {
  const [list, listMarks] = v.unmark();
  const marks: Marks[] = [listMarks];
  if (!ops.length(list).isKnown()) return { out: [], marks, known: false };
  const out: Value[] = [];
  let known = true;
  // The type check only runs on wholly known input, so a map or object holding unknowns gets here: Go iterates its values.
  const k = list.type.kind;
  const els = k === "map" || k === "object" ? list.entries().values() : list.elements();
  for (const e of els) {
    const t = e.type;
    // An unknown value of unknown type may stand for another sequence to flatten.
    if (t.kind === "dynamic" && !e.isKnown() && !e.isMarked()) known = false;
    if (!e.isNull() && (t.kind === "list" || t.kind === "set" || t.kind === "tuple")) {
      if (!e.isKnown()) {
        known = false;
        marks.push(e.unmark()[1]);
        continue;
      }
      const sub = flattener(e);
      marks.push(...sub.marks);
      if (sub.known) out.push(...sub.out);
      else known = false;
    } else {
      out.push(e);
    }
  }
  return { out, marks, known };
}

export const FlattenFunc = new Function({
  description:
    "Transforms a list, set, or tuple value into a tuple by replacing any given elements that are themselves sequences with a flattened tuple of all of the nested elements concatenated together.",
  params: [{ name: "list", type: DynamicPseudoType, allowMarked: true }],
  type: (args) => {
    const v = args[0]!;
    if (!v.isWhollyKnown()) return DynamicPseudoType;
    const k = v.type.kind;
    if (k !== "list" && k !== "set" && k !== "tuple")
      throw new FunctionError("can only flatten lists, sets and tuples");
    const f = flattener(v);
    if (!f.known) return DynamicPseudoType;
    return tupleOf(f.out.map((e) => e.type));
  },
  impl: (args, retType) => {
    const input = args[0]!;
    const [bare, marks] = input.unmark();
    if (bare.lengthInt() === 0) return EmptyTupleVal.withMarks(marks);
    const f = flattener(input);
    if (!f.known) return unknownVal(retType).withMarks(...f.marks, deepMarks(input));
    return tupleVal(f.out).withMarks(...f.marks);
  },
});

// ---------------------------------------------------------------- index (Packer)

/** Packer's `index` (hcl2template/function/index.go): the first index of a value in a list or tuple. */
export const IndexFunc = new Function({
  description: "Returns the index of the first element in the given list or tuple that equals the given value.",
  params: [
    { name: "list", type: DynamicPseudoType },
    { name: "value", type: DynamicPseudoType },
  ],
  type: staticReturnType(NumberType),
  impl: (args) => {
    const [list, value] = args as [Value, Value];
    if (list.type.kind !== "list" && list.type.kind !== "tuple")
      throw new FunctionError("argument must be a list or tuple");
    const els = list.elements();
    if (els.length === 0) throw new FunctionError("cannot search an empty list");
    for (let i = 0; i < els.length; i++) {
      const eq = els[i]!.equals(value);
      if (!eq.isKnown()) return unknownVal(NumberType);
      if (eq.isTrue()) return numberIntVal(i);
    }
    throw new FunctionError("item not found");
  },
});

// ---------------------------------------------------------------- keys / values / lookup

export const KeysFunc = new Function({
  description: "Returns a list of the keys of the given map in lexicographical order.",
  params: [
    {
      name: "inputMap",
      type: DynamicPseudoType,
      allowUnknown: true,
      allowMarked: true,
      description:
        "The map to extract keys from. May instead be an object-typed value, in which case the result is a tuple of the object attributes.",
    },
  ],
  type: (args) => {
    const t = args[0]!.type;
    if (t.kind === "map") return listOf(StringType);
    if (t.kind === "object")
      return t.attributeNames.length === 0 ? EmptyTupleType : tupleOf(t.attributeNames.map(() => StringType));
    throw new ArgError(0, "must have map or object type");
  },
  impl: (args, retType) => {
    // Keys carry no marks, so only the map's own marks pass through.
    const [m, marks] = args[0]!.unmark();
    const t = m.type;
    if (t.kind === "object") return tupleVal(t.attributeNames.map((n) => stringVal(n))).withMarks(marks);
    // The dynamic pseudo-type skips the type function (go-cty ≥ 1.13.1 then returns an unknown).
    if (t.kind !== "map" || !m.isKnown()) return unknownVal(retType).withMarks(marks);
    return listOrEmpty(
      [...m.entries().keys()].map((k) => stringVal(k)),
      StringType,
    ).withMarks(marks);
  },
});

export const ValuesFunc = new Function({
  description:
    "Returns the values of elements of a given map, or the values of attributes of a given object, in lexicographic order by key or attribute name.",
  params: [{ name: "mapping", type: DynamicPseudoType, allowMarked: true }],
  type: (args) => {
    const t = args[0]!.type;
    if (t.kind === "map") return listOf(t.elementType);
    if (t.kind === "object") {
      return t.attributeNames.length === 0 ? EmptyTupleType : tupleOf(t.attributeNames.map((n) => t.attributeType(n)!));
    }
    throw new FunctionError("values() requires a map as the first argument");
  },
  impl: (args, retType) => {
    // Element marks stay on the elements; the mapping's own marks go on the result.
    const [m, marks] = args[0]!.unmark();
    const vals = [...m.entries().values()];
    if (retType.kind === "tuple") return tupleVal(vals).withMarks(marks);
    return listOrEmpty(vals, (retType as { elementType: Type }).elementType).withMarks(marks);
  },
});

export const LookupFunc = new Function({
  description:
    "Returns the value of the element with the given key from the given map, or returns the default value if there is no such element.",
  params: [
    { name: "inputMap", type: DynamicPseudoType, allowMarked: true },
    { name: "key", type: StringType, allowMarked: true },
    { name: "default", type: DynamicPseudoType, allowMarked: true },
  ],
  type: (args) => {
    const [m, key, dflt] = args as [Value, Value, Value];
    const t = m.type;
    if (t.kind === "object") {
      if (!key.isKnown()) return DynamicPseudoType;
      const k = key.unmark()[0].asString();
      const at = t.attributeType(k);
      return at ?? dflt.type;
    }
    if (t.kind === "map") {
      try {
        convert(dflt, t.elementType);
      } catch (err) {
        if (err instanceof ConversionError)
          throw new ArgError(2, "the default value must have the same type as the map elements");
        throw err;
      }
      return t.elementType;
    }
    throw new ArgError(0, "lookup() requires a map as the first argument");
  },
  impl: (args, retType) => {
    const [m, mapMarks] = args[0]!.unmark();
    const [key, keyMarks] = args[1]!.unmark();
    const k = key.asString();
    // The unknown result may turn out to be any element or the default, so it carries all their marks.
    if (!m.isWhollyKnown()) return unknownVal(retType).withMarks(mapMarks, keyMarks, deepMarks(m), deepMarks(args[2]!));
    const found = m.entries().get(k);
    if (found !== undefined) return found.withMarks(mapMarks, keyMarks);
    // The default keeps its own marks; a failed conversion is Go's plain error.
    let dflt: Value;
    try {
      dflt = convert(args[2]!, retType);
    } catch (err) {
      if (err instanceof ConversionError) throw new FunctionError(err.message);
      throw err;
    }
    return dflt.withMarks(mapMarks, keyMarks);
  },
});

// ---------------------------------------------------------------- length (Packer)

/** Packer's `length` (hcl2template/function/length.go): graphemes of a string, elements of anything else. */
export const LengthFunc = new Function({
  description:
    "Returns the number of elements in the given collection or structure, or of characters in the given string.",
  params: [{ name: "value", type: DynamicPseudoType, allowDynamicType: true, allowUnknown: true }],
  type: (args) => {
    const k = args[0]!.type.kind;
    if (
      k === "string" ||
      k === "tuple" ||
      k === "object" ||
      k === "list" ||
      k === "map" ||
      k === "set" ||
      k === "dynamic"
    ) {
      return NumberType;
    }
    throw new FunctionError("argument must be a string, a collection type, or a structural type");
  },
  impl: (args) => {
    const v = args[0]!;
    const t = v.type;
    switch (t.kind) {
      case "tuple":
        return numberIntVal(t.elementTypes.length);
      case "object":
        return numberIntVal(t.attributeNames.length);
      case "string":
        return v.isKnown() ? numberIntVal(graphemeCount(v.asString())) : unknownVal(NumberType);
      case "list":
      case "set":
      case "map":
        return ops.length(v);
      default:
        return unknownVal(NumberType);
    }
  },
});

// ---------------------------------------------------------------- merge

/** Go panics inside a function become errors with this prefix (and a stack trace Plinth leaves out). */
function panicError(message: string): FunctionError {
  return new FunctionError(`panic in function implementation: ${message}`);
}

/**
 * Key/value pairs as merge reads them with cty's ElementIterator and
 * `AsString` on each key. Only maps and objects get this far normally, but
 * a null argument of unknown type makes merge skip its type checks, and then
 * Go iterates whatever it was given: a set of strings works (each element
 * is its own key), other sequences and primitives panic.
 */
function keyedElements(v: Value): Iterable<[string, Value]> {
  switch (v.type.kind) {
    case "map":
    case "object":
      return v.entries();
    case "list":
    case "tuple":
      if (v.elements().length > 0) throw panicError("not a string");
      return [];
    case "set":
      return v.elements().map((e): [string, Value] => {
        if (e.type.kind !== "string") throw panicError("not a string");
        if (e.isNull()) throw panicError("value is null");
        if (!e.isKnown()) throw panicError("value is unknown");
        return [e.asString(), e];
      });
    default:
      throw panicError("attempt to iterate on non-collection, non-tuple type");
  }
}

export const MergeFunc = new Function({
  description:
    "Merges all of the elements from the given maps into a single map, or the attributes from given objects into a single object.",
  params: [],
  varParam: { name: "maps", type: DynamicPseudoType, allowDynamicType: true, allowNull: true, allowMarked: true },
  type: (args) => {
    if (args.length === 0) return EmptyObjectType;
    const attrs = new Map<string, Type>();
    let first: Type | undefined;
    let matching = true;
    let attrsKnown = true;
    for (const arg of args) {
      const t = arg.type;
      if (t.kind === "dynamic") return DynamicPseudoType;
      if (t.kind !== "map" && t.kind !== "object") {
        throw new FunctionError(`arguments must be maps or objects, got ${JSON.stringify(t.friendlyName())}`);
      }
      const bare = arg.unmark()[0];
      if (t.kind === "object" && !bare.isNull()) {
        for (const n of t.attributeNames) attrs.set(n, t.attributeType(n)!);
      } else if (t.kind === "map" && !bare.isNull()) {
        // An unknown map could have any keys, so no object type can be predicted.
        if (bare.isKnown()) for (const k of bare.entries().keys()) attrs.set(k, t.elementType);
        else attrsKnown = false;
      }
      if (first === undefined) first = t;
      else if (!t.equals(first)) matching = false;
    }
    if (matching) return first!;
    if (!attrsKnown) return DynamicPseudoType;
    return objectOf(attrs);
  },
  impl: (args, retType) => {
    const out = new Map<string, Value>();
    const markses: Marks[] = [];
    for (const arg of args) {
      const [bare, marks] = arg.unmark();
      // Go skips a null argument before looking at its marks; Plinth keeps them.
      markses.push(marks);
      if (bare.isNull()) continue;
      for (const [k, v] of keyedElements(bare)) out.set(k, v);
    }
    if (retType.kind === "map") {
      return (out.size === 0 ? mapValEmpty(retType.elementType) : mapVal(out)).withMarks(...markses);
    }
    return (out.size === 0 ? EmptyObjectVal : objectVal(out)).withMarks(...markses);
  },
});

// ---------------------------------------------------------------- range

const RANGE_LIMIT =
  "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step";

export const RangeFunc = new Function({
  description: "Returns a list of numbers spread evenly over a particular range.",
  params: [],
  varParam: { name: "params", type: NumberType },
  type: staticReturnType(listOf(NumberType)),
  impl: (args) => {
    const zero = numberIntVal(0);
    let start: Value;
    let end: Value;
    let step: Value;
    switch (args.length) {
      case 1:
        start = zero;
        end = args[0]!;
        step = numberIntVal(ops.lessThan(end, zero).isTrue() ? -1 : 1);
        break;
      case 2:
        start = args[0]!;
        end = args[1]!;
        step = numberIntVal(ops.lessThan(end, start).isTrue() ? -1 : 1);
        break;
      case 3:
        [start, end, step] = args as [Value, Value, Value];
        break;
      default:
        throw new FunctionError("must have one, two, or three arguments");
    }
    // go-cty compares `step == cty.Zero` as Go structs, which a caller's zero never equals, so a
    // zero step is not caught here: it counts up to the 1024-element limit instead.
    const down = ops.lessThan(step, zero).isTrue();
    if (down) {
      if (ops.greaterThan(end, start).isTrue())
        throw new ArgError(1, "end must be less than start when step is negative");
    } else if (ops.lessThan(end, start).isTrue()) {
      throw new ArgError(1, "end must be greater than start when step is positive");
    }
    const vals: Value[] = [];
    let n = start;
    for (;;) {
      if (down ? ops.lessThanOrEqualTo(n, end).isTrue() : ops.greaterThanOrEqualTo(n, end).isTrue()) break;
      if (vals.length >= 1024) throw new FunctionError(RANGE_LIMIT);
      vals.push(n);
      n = ops.add(n, step);
    }
    return listOrEmpty(vals, NumberType);
  },
});

// ---------------------------------------------------------------- reverse

/** go-cty's ReverseList, which Packer calls `reverse`. */
export const ReverseListFunc = new Function({
  description: "Returns the given list with its elements in reverse order.",
  params: [{ name: "list", type: DynamicPseudoType, allowMarked: true }],
  type: (args) => {
    const t = args[0]!.type;
    if (t.kind === "tuple") return tupleOf([...t.elementTypes].reverse());
    // Sets are accepted as if converted to a list.
    if (t.kind === "list" || t.kind === "set") return listOf(t.elementType);
    throw new ArgError(0, `can only reverse list or tuple values, not ${t.friendlyName()}`);
  },
  impl: (args, retType) => {
    const [input, marks] = args[0]!.unmark();
    const out = [...input.elements()].reverse();
    if (retType.kind === "tuple") return tupleVal(out).withMarks(marks);
    return listOrEmpty(out, (retType as { elementType: Type }).elementType).withMarks(marks);
  },
});

// ---------------------------------------------------------------- slice

interface SliceIndexes {
  start: number;
  end: number;
  known: boolean;
}

/** cty's sliceIndexes: validates whichever of the indices are known against the length when that is known. */
function sliceIndexes(args: readonly Value[]): SliceIndexes {
  const list = args[0]!.unmark()[0];
  let length: bigint | undefined;
  if (list.type.kind === "tuple") length = BigInt(list.type.elementTypes.length);
  else if (list.isKnown() && ops.length(list).isKnown()) length = BigInt(list.lengthInt());
  let start: bigint | undefined;
  let end: bigint | undefined;
  if (args[1]!.isKnown()) {
    start = intArg(args[1]!, (m) => new ArgError(1, `invalid start index: ${m}`));
    if (start < 0n) throw new ArgError(1, "start index must not be less than zero");
    if (length !== undefined && start > length)
      throw new ArgError(1, "start index must not be greater than the length of the list");
  }
  if (args[2]!.isKnown()) {
    end = intArg(args[2]!, (m) => new ArgError(2, `invalid end index: ${m}`));
    if (end < 0n) throw new ArgError(2, "end index must not be less than zero");
    if (length !== undefined && end > length)
      throw new ArgError(2, "end index must not be greater than the length of the list");
  }
  if (start !== undefined && end !== undefined && start > end) {
    throw new ArgError(1, "start index must not be greater than end index");
  }
  const known = start !== undefined && end !== undefined;
  return { start: known ? Number(start) : 0, end: known ? Number(end) : 0, known };
}

export const SliceFunc = new Function({
  description: "Extracts a subslice of the given list or tuple value.",
  params: [
    { name: "list", type: DynamicPseudoType, allowMarked: true },
    { name: "start_index", type: NumberType },
    { name: "end_index", type: NumberType },
  ],
  type: (args) => {
    const t = args[0]!.type;
    if (t.kind === "set") {
      throw new ArgError(
        0,
        "cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important",
      );
    }
    if (t.kind !== "list" && t.kind !== "tuple") throw new ArgError(0, "must be a list or tuple value");
    const idx = sliceIndexes(args);
    if (t.kind === "list") return t;
    if (!idx.known) return DynamicPseudoType;
    return tupleOf(t.elementTypes.slice(idx.start, idx.end));
  },
  impl: (args, retType) => {
    const [input, marks] = args[0]!.unmark();
    const idx = sliceIndexes(args);
    const out = input.elements().slice(idx.start, idx.end);
    if (retType.kind === "tuple") return tupleVal(out).withMarks(marks);
    return listOrEmpty(out, (retType as { elementType: Type }).elementType).withMarks(marks);
  },
});

// ---------------------------------------------------------------- sort

export const SortFunc = new Function({
  description: "Applies a lexicographic sort to the elements of the given list.",
  params: [{ name: "list", type: listOf(StringType) }],
  type: staticReturnType(listOf(StringType)),
  impl: (args, retType) => {
    const list = args[0]!;
    if (!list.isWhollyKnown()) return unknownVal(retType);
    const els = list.elements();
    if (els.length === 0) return list;
    const strs = els.map((v, i) => {
      if (v.isNull()) throw new FunctionError(`given list element ${i} is null; a null string cannot be sorted`);
      return v.asString();
    });
    // Go's sort.Strings orders by bytes, which for UTF-8 is code point order.
    strs.sort(compareKeys);
    return listVal(strs.map((s) => stringVal(s)));
  },
});

// ---------------------------------------------------------------- zipmap

export const ZipmapFunc = new Function({
  description:
    "Constructs a map from a list of keys and a corresponding list of values, which must both be of the same length.",
  params: [
    { name: "keys", type: listOf(StringType), allowMarked: true },
    { name: "values", type: DynamicPseudoType, allowMarked: true },
  ],
  type: (args) => {
    const [keys, values] = args as [Value, Value];
    const vt = values.type;
    if (vt.kind === "list") return mapOf(vt.elementType);
    if (vt.kind === "tuple") {
      // An object's attribute names must be known to know its type.
      if (!keys.isWhollyKnown()) return DynamicPseudoType;
      const ks = keys.unmark()[0].elements();
      if (ks.length !== vt.elementTypes.length) {
        throw new FunctionError(
          `number of keys (${ks.length}) does not match number of values (${vt.elementTypes.length})`,
        );
      }
      const atys = new Map<string, Type>();
      ks.forEach((kv, i) => {
        const k = kv.unmark()[0];
        if (k.isNull()) throw new FunctionError(`keys list has null value at index ${i}`);
        atys.set(k.asString(), vt.elementTypes[i]!);
      });
      return objectOf(atys);
    }
    throw new FunctionError("values argument must be a list or tuple value");
  },
  impl: (args, retType) => {
    const [keys, keysMarks] = args[0]!.unmark();
    const [values, valuesMarks] = args[1]!.unmark();
    const markses: Marks[] = [keysMarks, valuesMarks];
    if (!keys.isWhollyKnown()) return unknownVal(retType).withMarks(...markses, deepMarks(keys));
    const ks = keys.elements();
    const vs = values.elements();
    if (ks.length !== vs.length) {
      throw new FunctionError(`number of keys (${ks.length}) does not match number of values (${vs.length})`);
    }
    const out = new Map<string, Value>();
    ks.forEach((kv, i) => {
      // Keys cannot carry marks, so their marks move to the whole result.
      const [k, km] = kv.unmark();
      if (k.isNull()) throw panicError("value is null");
      out.set(k.asString(), vs[i]!);
      markses.push(km);
    });
    if (retType.kind === "map") {
      return (out.size === 0 ? mapValEmpty(retType.elementType) : mapVal(out)).withMarks(...markses);
    }
    return (out.size === 0 ? EmptyObjectVal : objectVal(out)).withMarks(...markses);
  },
});

/** The collection functions by their Packer names. */
export const collectionFunctions: Readonly<Record<string, Function>> = {
  alltrue: AllTrueFunc,
  anytrue: AnyTrueFunc,
  chunklist: ChunklistFunc,
  coalesce: CoalesceFunc,
  coalescelist: CoalesceListFunc,
  compact: CompactFunc,
  concat: ConcatFunc,
  contains: ContainsFunc,
  distinct: DistinctFunc,
  element: ElementFunc,
  flatten: FlattenFunc,
  index: IndexFunc,
  keys: KeysFunc,
  length: LengthFunc,
  lookup: LookupFunc,
  merge: MergeFunc,
  range: RangeFunc,
  reverse: ReverseListFunc,
  slice: SliceFunc,
  sort: SortFunc,
  values: ValuesFunc,
  zipmap: ZipmapFunc,
};
