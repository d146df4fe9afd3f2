/**
 * Set functions of Packer 1.14's function table (FN-03): go-cty's
 * `setintersection`, `setunion` and `setproduct`. Packer does not expose
 * `setsubtract` or `setsymmetricdifference`, so neither is offered.
 *
 * Set elements never carry marks in cty: building a set moves the marks of
 * its elements (at any depth) onto the set itself.
 */
import { legacyCompat } from "../cty/legacy.js";
import { ConversionError, convert, unify } from "../cty/convert.js";
import * as ops from "../cty/operations.js";
import { DynamicPseudoType, listOf, setOf, tupleOf, type Type } from "../cty/types.js";
import {
  listVal,
  listValEmpty,
  type Marks,
  setVal,
  setValEmpty,
  tupleVal,
  unknownVal,
  type Value,
} from "../cty/value.js";
import { ArgError, Function, FunctionError } from "./function.js";

/** cty.SetVal: a set of the elements, their marks hoisted onto the set; empty sets get `elementType`. */
function makeSet(elements: readonly Value[], elementType: Type): Value {
  if (elements.length === 0) return setValEmpty(elementType);
  const marks: Marks[] = [];
  const bare = elements.map((e) => {
    const [u, m] = e.unmarkDeep();
    marks.push(m);
    return u;
  });
  return setVal(bare).withMarks(...marks);
}

/** The common set type of the arguments; empty sets of unknown element type fit any. */
function setOperationReturnType(args: readonly Value[]): Type {
  const etys: Type[] = [];
  for (const a of args) {
    // A dynamic-typed argument (only reachable with a DynamicVal) has no element type; cty panics on it.
    if (a.type.kind !== "set") throw new FunctionError("panic in function implementation: not a collection type");
    const ety = a.type.elementType;
    if (a.isKnown() && a.lengthInt() === 0 && ety.kind === "dynamic") continue;
    etys.push(ety);
  }
  if (etys.length === 0) return setOf(DynamicPseudoType);
  const u = unify(etys, true);
  if (u === undefined) throw new FunctionError("given sets must all have compatible element types");
  return setOf(u.type);
}

function convertArg(v: Value, t: Type, index: number): Value {
  try {
    return convert(v, t);
  } catch (err) {
    if (err instanceof ConversionError) throw new ArgError(index, err.message);
    throw err;
  }
}

/**
 * cty's setOperationImpl: converts every set to the result type and folds
 * them with `op`. Without `allowUnknowns` a set with unknown elements makes
 * the whole result unknown, since those elements could equal others.
 */
function setOperation(op: (a: readonly Value[], b: readonly Value[]) => Value[], allowUnknowns: boolean) {
  return (args: readonly Value[], retType: Type): Value => {
    const ety = (retType as { elementType: Type }).elementType;
    let acc: Value[] | undefined;
    for (let i = 0; i < args.length; i++) {
      const s = convertArg(args[i]!, retType, i);
      if (!allowUnknowns && !s.isWhollyKnown()) return unknownVal(retType);
      const els = s.elements();
      acc = acc === undefined ? [...els] : op(acc, els);
    }
    return makeSet(acc!, ety);
  };
}

function union(a: readonly Value[], b: readonly Value[]): Value[] {
  // Sets drop duplicates when built; unknown elements never count as duplicates.
  return [...a, ...b];
}

function intersection(a: readonly Value[], b: readonly Value[]): Value[] {
  return a.filter((x) => b.some((y) => x.equals(y).isTrue()));
}

const setParam = { type: setOf(DynamicPseudoType), allowDynamicType: true } as const;

export const SetUnionFunc = new Function({
  description: "Returns the union of all given sets.",
  params: [{ name: "first_set", ...setParam }],
  varParam: { name: "other_sets", ...setParam },
  type: setOperationReturnType,
  impl: setOperation(union, true),
});

export const SetIntersectionFunc = new Function({
  description: "Returns the intersection of all given sets.",
  params: [{ name: "first_set", ...setParam }],
  varParam: { name: "other_sets", ...setParam },
  type: setOperationReturnType,
  impl: setOperation(intersection, false),
});

/** Every mark on a value and inside it. */
function deepMarks(v: Value): Marks {
  return v.unmarkDeep()[1];
}

/**
 * go-cty 1.13's SetProduct: the cartesian product, as a list of tuples when
 * every argument is a list or tuple (keeping their order), else a set.
 * Unknown arguments are allowed so that their marks reach the unknown result.
 */
export const SetProductFunc = new Function({
  description: "Calculates the cartesian product of two or more sets.",
  params: [],
  varParam: {
    name: "sets",
    type: DynamicPseudoType,
    allowMarked: true,
    allowUnknown: true,
    description:
      "The sets to consider. Also accepts lists and tuples, and if all arguments are of list or tuple type then the result will preserve the input ordering",
  },
  type: (args) => {
    if (args.length < 2) throw new FunctionError("at least two arguments are required");
    let listCount = 0;
    const etys: Type[] = [];
    for (let i = 0; i < args.length; i++) {
      const t = args[i]!.type;
      switch (t.kind) {
        case "set":
          etys.push(t.elementType);
          break;
        case "list":
          etys.push(t.elementType);
          listCount++;
          break;
        case "tuple": {
          listCount++;
          // A tuple works when its elements share some type.
          if (t.elementTypes.length === 0) {
            etys.push(DynamicPseudoType);
            break;
          }
          const u = unify(t.elementTypes, true);
          if (u === undefined) throw new ArgError(i, "all elements must be of the same type");
          etys.push(u.type);
          break;
        }
        default:
          throw new ArgError(i, "a set or a list is required");
      }
    }
    const ety = tupleOf(etys);
    return listCount === args.length ? listOf(ety) : setOf(ety);
  },
  impl: (args, retType) => {
    // A dynamic-typed argument skipped the type function; go-cty ≥ 1.13.1 answers unknown without calling us.
    if (retType.kind === "dynamic") {
      return legacyCompat() ? unknownVal(retType) : unknownVal(retType).withMarks(...args.map(deepMarks));
    }
    const retMarks: Marks[] = [];
    const bare: Value[] = [];
    let total = 1;
    let unknownLength = false;
    for (const a of args) {
      const [u, m] = a.unmark();
      retMarks.push(m);
      bare.push(u);
      if (!u.isKnown() || !ops.length(u).isKnown()) unknownLength = true;
      else total *= u.lengthInt();
    }
    if (unknownLength || (retType.kind !== "list" && retType.kind !== "set")) {
      return unknownVal(retType).withMarks(...retMarks, ...args.map(deepMarks));
    }
    const ety = retType.elementType as ReturnType<typeof tupleOf>;
    if (total === 0) return (retType.kind === "list" ? listValEmpty(ety) : setValEmpty(ety)).withMarks(...retMarks);
    const argVals = bare.map((b) => b.elements());
    const subEtys = ety.elementTypes;
    const product: Value[] = [];
    const idx = new Array<number>(args.length).fill(0);
    for (let n = 0; n < total; n++) {
      product.push(
        tupleVal(
          idx.map((k, j) => {
            const v = argVals[j]![k]!;
            return v.type.equals(subEtys[j]!) ? v : convert(v, subEtys[j]!);
          }),
        ),
      );
      // Odometer order: the last argument varies fastest.
      for (let j = idx.length - 1; j >= 0; j--) {
        idx[j]!++;
        if (idx[j]! < argVals[j]!.length) break;
        idx[j] = 0;
      }
    }
    if (retType.kind === "list") return listVal(product).withMarks(...retMarks);
    return makeSet(product, ety).withMarks(...retMarks);
  },
});

/** The set functions by their Packer names. */
export const setFunctions: Readonly<Record<string, Function>> = {
  setintersection: SetIntersectionFunc,
  setproduct: SetProductFunc,
  setunion: SetUnionFunc,
};
