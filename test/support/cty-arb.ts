/**
 * fast-check arbitraries for cty types and values: every type kind, values
 * that are known, null, unknown or marked at any depth, and numbers from
 * small integers to 512-bit fractions.
 */
import fc from "fast-check";
import {
  BoolType,
  DynamicPseudoType,
  listOf,
  mapOf,
  NumberType,
  objectOf,
  setOf,
  StringType,
  tupleOf,
  type Type,
} from "../../src/cty/types.js";
import {
  boolVal,
  listVal,
  listValEmpty,
  mapVal,
  mapValEmpty,
  nullVal,
  objectVal,
  parseNumberVal,
  setVal,
  setValEmpty,
  stringVal,
  tupleVal,
  unknownVal,
  type Value,
} from "../../src/cty/value.js";

const attrName = fc.constantFrom("a", "b", "c", "name", "x-y", "ünï", "");

export const typeArb: fc.Arbitrary<Type> = fc.letrec<{ t: Type }>((tie) => ({
  t: fc.oneof(
    { maxDepth: 3, depthSize: "small" },
    fc.constantFrom<Type>(StringType, NumberType, BoolType, DynamicPseudoType),
    tie("t").map((e) => listOf(e)),
    tie("t").map((e) => setOf(e)),
    tie("t").map((e) => mapOf(e)),
    fc
      .uniqueArray(fc.tuple(attrName, tie("t")), { maxLength: 3, selector: (p) => p[0] })
      .map((ps) => objectOf(Object.fromEntries(ps))),
    fc.array(tie("t"), { maxLength: 3 }).map((ts) => tupleOf(ts)),
  ),
})).t;

/** Decimal texts Go's parser accepts: integers, fractions, exponents, very large and very small magnitudes. */
export const numberTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.stringMatching(/^[0-9]{1,30}$/)).map(([i, f]) => `${i}.${f}`),
  fc
    .tuple(fc.integer({ min: -999, max: 999 }), fc.stringMatching(/^[0-9]{0,8}$/), fc.integer({ min: -400, max: 400 }))
    .map(([i, f, e]) => `${i}${f === "" ? "" : "." + f}e${e}`),
);

export interface ValueArbOptions {
  unknown?: boolean;
  nulls?: boolean;
  marks?: boolean;
}

/** The type with every dynamic part replaced by string, so values of it can be built. */
export function concrete(t: Type): Type {
  switch (t.kind) {
    case "dynamic":
      return StringType;
    case "list":
      return listOf(concrete(t.elementType));
    case "set":
      return setOf(concrete(t.elementType));
    case "map":
      return mapOf(concrete(t.elementType));
    case "object":
      return objectOf(Object.fromEntries(t.attributeNames.map((n) => [n, concrete(t.attributeType(n)!)])));
    case "tuple":
      return tupleOf(t.elementTypes.map(concrete));
    default:
      return t;
  }
}

/** A value of the given concrete type (see `concrete`). */
export function valueOf(t: Type, o: ValueArbOptions = {}): fc.Arbitrary<Value> {
  const special: fc.Arbitrary<Value>[] = [];
  if (o.nulls === true) special.push(fc.constant(nullVal(t)));
  if (o.unknown === true) special.push(fc.constant(unknownVal(t)));
  let base: fc.Arbitrary<Value>;
  switch (t.kind) {
    case "string":
      base = fc
        .oneof(fc.constantFrom("", "a", "1", "true", "false", "1.5", "é", "e\u0301"), fc.string({ maxLength: 6 }))
        .map(stringVal);
      break;
    case "number":
      base = numberTextArb.map((s) => parseNumberVal(s)!);
      break;
    case "bool":
      base = fc.boolean().map(boolVal);
      break;
    case "list":
      base = fc
        .array(valueOf(t.elementType, o), { maxLength: 3 })
        .map((es) => (es.length === 0 ? listValEmpty(t.elementType) : listVal(es)));
      break;
    case "set":
      base = fc
        .array(valueOf(t.elementType, { ...o, marks: false }), { maxLength: 3 })
        .map((es) => (es.length === 0 ? setValEmpty(t.elementType) : setVal(es)));
      break;
    case "map":
      base = fc
        .uniqueArray(fc.tuple(attrName, valueOf(t.elementType, o)), { maxLength: 3, selector: (p) => p[0] })
        .map((ps) => (ps.length === 0 ? mapValEmpty(t.elementType) : mapVal(Object.fromEntries(ps))));
      break;
    case "object": {
      const names = t.attributeNames;
      base = fc
        .tuple(...names.map((n) => valueOf(t.attributeType(n)!, o)))
        .map((vs) => objectVal(Object.fromEntries(names.map((n, i) => [n, vs[i]!]))));
      break;
    }
    case "tuple":
      base = fc.tuple(...t.elementTypes.map((e) => valueOf(e, o))).map((vs) => tupleVal(vs));
      break;
    default:
      base = fc.constant(unknownVal(t));
  }
  let arb =
    special.length > 0
      ? fc.oneof({ weight: 6, arbitrary: base }, ...special.map((s) => ({ weight: 1, arbitrary: s })))
      : base;
  if (o.marks === true) arb = fc.tuple(arb, fc.boolean()).map(([v, m]) => (m ? v.mark("sensitive") : v));
  return arb;
}

/** A value of some concrete type. */
export function typedValueArb(o: ValueArbOptions = {}): fc.Arbitrary<Value> {
  return typeArb.chain((t) => valueOf(concrete(t), o));
}
