/**
 * Type conversion and unification (go-cty `convert`; CONV-01..11). HCL uses
 * the unsafe converter everywhere it converts a value to a wanted type.
 */
import {
  lengthKnown,
  nullVal,
  parseNumberVal,
  setVal,
  stringVal,
  True,
  False,
  unknownVal,
  Value,
  DynamicVal,
} from "./value.js";
import { legacyCompat } from "./legacy.js";
import * as num from "./number.js";
import {
  DynamicPseudoType,
  listOf,
  mapOf,
  NumberType,
  ObjectType,
  objectOf,
  setOf,
  tupleOf,
  type Type,
} from "./types.js";
import { goQuote } from "./quote.js";

/** One step of a path into a value (cty `PathStep`). */
export type PathStep = { readonly attr: string } | { readonly index: Value };

/** A conversion failure (cty `PathError`): the message names the problem, the path where. */
export class ConversionError extends Error {
  constructor(
    message: string,
    readonly path: readonly PathStep[],
  ) {
    super(message);
    this.name = "ConversionError";
  }
}

type Conv = (v: Value, path: PathStep[]) => Value;

function fail(path: PathStep[], message: string): never {
  throw new ConversionError(message, path.slice());
}

/**
 * Converts `v` to `want` (cty `Convert`, unsafe). Throws ConversionError with
 * cty's message when the value cannot be converted.
 */
export function convert(v: Value, want: Type): Value {
  if (v.type.equals(want.withoutOptionalAttributesDeep())) return v;
  const conv = getConversion(v.type, want, true);
  if (conv === undefined) throw new ConversionError(mismatchMessage(v.type, want), []);
  return conv(v, []);
}

/** `convert`, returning the error instead of throwing it. */
export function tryConvert(v: Value, want: Type): Value | ConversionError {
  try {
    return convert(v, want);
  } catch (e) {
    if (e instanceof ConversionError) return e;
    throw e;
  }
}

/** A conversion function from `from` to `to`, or undefined if none exists. */
export function getConversionFn(from: Type, to: Type, unsafe: boolean): ((v: Value) => Value) | undefined {
  const c = getConversion(from, to, unsafe);
  return c === undefined ? undefined : (v) => c(v, []);
}

/** True when values of `from` can convert to `to`. */
export function canConvert(from: Type, to: Type, unsafe = true): boolean {
  return getConversion(from, to, unsafe) !== undefined;
}

function getConversion(from: Type, to: Type, unsafe: boolean): Conv | undefined {
  const known = getConversionKnown(from, to, unsafe);
  if (known === undefined) return undefined;
  const conv: Conv = (v, path) => {
    if (v.isMarked()) {
      const [bare, marks] = v.unmark();
      return conv(bare, path).withMarks(marks);
    }
    if (to.kind === "dynamic") return v;
    if (!v.isKnown() || v.isNull()) {
      const out = to.withoutOptionalAttributesDeep();
      const t = dynamicReplace(v.type, out);
      return v.isKnown() ? nullVal(t) : unknownVal(t);
    }
    return known(v, path);
  };
  return conv;
}

function getConversionKnown(from: Type, to: Type, unsafe: boolean): Conv | undefined {
  if (to.kind === "dynamic") return (v) => v;
  if (unsafe && from.kind === "dynamic") {
    return (v, path) => {
      try {
        return convert(v, to);
      } catch (e) {
        if (e instanceof ConversionError) fail(path, e.message);
        throw e;
      }
    };
  }
  if (from.isPrimitive() && to.isPrimitive()) return primitiveConversion(from.kind, to.kind, unsafe);
  if (to.kind === "object" && from.kind === "object") return objectToObject(from, to, unsafe);
  if (to.kind === "tuple" && from.kind === "tuple") {
    const ins = from.elementTypes;
    const outs = to.elementTypes;
    if (ins.length !== outs.length) return undefined;
    const convs: (Conv | undefined)[] = [];
    for (let i = 0; i < outs.length; i++) {
      if (ins[i]!.equals(outs[i]!)) {
        convs.push(undefined);
        continue;
      }
      const c = getConversion(ins[i]!, outs[i]!, unsafe);
      if (c === undefined) return undefined;
      convs.push(c);
    }
    return (v, path) => {
      const els = v.elements().map((e, i) => {
        const c = convs[i];
        return c === undefined ? e : c(e, [...path, { index: intVal(i) }]);
      });
      return new Value(tupleOf(els.map((e) => e.type)), els);
    };
  }
  if (to.kind === "list" && (from.kind === "list" || from.kind === "set")) {
    const inEty = from.elementType;
    const outEty = to.elementType;
    if (inEty.equals(outEty)) return collectionToList(outEty, undefined);
    const c = getConversion(inEty, outEty, unsafe);
    return c === undefined ? undefined : collectionToList(outEty, c);
  }
  if (to.kind === "set" && (from.kind === "list" || from.kind === "set")) {
    if (from.kind === "list" && !unsafe) return undefined;
    const inEty = from.elementType;
    const outEty = to.elementType;
    if (inEty.equals(outEty)) return collectionToSet(outEty, undefined);
    const c = getConversion(inEty, outEty, unsafe);
    return c === undefined ? undefined : collectionToSet(outEty, c);
  }
  if (to.kind === "map" && from.kind === "map") {
    const c = getConversion(from.elementType, to.elementType, unsafe);
    return c === undefined ? undefined : collectionToMap(to.elementType, c);
  }
  if (to.kind === "list" && from.kind === "tuple") return tupleToList(from.elementTypes, to.elementType, unsafe);
  if (to.kind === "set" && from.kind === "tuple") return tupleToSet(from.elementTypes, to.elementType, unsafe);
  if (to.kind === "map" && from.kind === "object") return objectToMap(from, to.elementType, unsafe);
  if (to.kind === "object" && from.kind === "map")
    return unsafe ? mapToObject(from.elementType, to, unsafe) : undefined;
  return undefined;
}

function intVal(i: number): Value {
  return new Value(NumberType, i, undefined, num.INT_PREC);
}

// ------------------------------------------------------------------ primitives

function primitiveConversion(from: string, to: string, unsafe: boolean): Conv | undefined {
  if (from === "number" && to === "string") {
    return (v) => stringVal(num.numberText(v.asNumber(), v.prec));
  }
  if (from === "bool" && to === "string") return (v) => stringVal(v.asBool() ? "true" : "false");
  if (!unsafe) return undefined;
  if (from === "string" && to === "number") {
    return (v, path) => {
      const n = parseNumberVal(v.asString());
      if (n === undefined) fail(path, "a number is required");
      return n;
    };
  }
  if (from === "string" && to === "bool") {
    return (v, path) => {
      const s = v.asString();
      if (s === "true" || s === "1") return True;
      if (s === "false" || s === "0") return False;
      const lower = s.toLowerCase();
      if (lower === "true") fail(path, 'a bool is required; to convert from string, use lowercase "true"');
      if (lower === "false") fail(path, 'a bool is required; to convert from string, use lowercase "false"');
      fail(path, "a bool is required");
    };
  }
  return undefined;
}

// ------------------------------------------------------------------ collections

/**
 * A null element is rebuilt without optional-attribute markers in its type,
 * keeping its marks (go-cty drops them here; see cty/legacy.ts).
 */
function bareNull(v: Value): Value {
  if (!v.isNull()) return v;
  const n = nullVal(v.type.withoutOptionalAttributesDeep());
  return legacyCompat() ? n : n.withMarks(v.marks);
}

function checkSameTypes(els: readonly Value[], path: PathStep[], what: string): Type {
  const t = els[0]!.type;
  for (const e of els) if (!e.type.equals(t)) fail(path, `element types must all match for conversion to ${what}`);
  return t;
}

function collectionToList(ety: Type, conv: Conv | undefined): Conv {
  return (v, path) => {
    // A set holding unknowns has an unknown length, so the list's elements cannot be known yet.
    // (go-cty gives the input's element type here even when the elements needed converting,
    // a wrongly typed result; the wanted element type is the right one.)
    if (!lengthKnown(v)) {
      const inEty = (v.type as { elementType: Type }).elementType;
      if (ety.kind === "dynamic" || legacyCompat()) return unknownVal(listOf(inEty));
      return unknownVal(listOf(ety.withoutOptionalAttributesDeep()));
    }
    const els = v.elements().map((e, i) => bareNull(conv === undefined ? e : conv(e, [...path, { index: intVal(i) }])));
    if (els.length === 0) {
      const et =
        ety.kind === "dynamic" ? (v.type as { elementType: Type }).elementType : ety.withoutOptionalAttributesDeep();
      return new Value(listOf(et), []);
    }
    return new Value(listOf(checkSameTypes(els, path, "list")), els);
  };
}

function collectionToSet(ety: Type, conv: Conv | undefined): Conv {
  return (v, path) => {
    const els = v.elements().map((e, i) => bareNull(conv === undefined ? e : conv(e, [...path, { index: intVal(i) }])));
    if (els.length === 0) {
      const et =
        ety.kind === "dynamic" ? (v.type as { elementType: Type }).elementType : ety.withoutOptionalAttributesDeep();
      return new Value(setOf(et), []);
    }
    checkSameTypes(els, path, "set");
    return setVal(els);
  };
}

function collectionToMap(ety: Type, conv: Conv): Conv {
  return (v, path) => {
    let elems = new Map<string, Value>();
    v.forEachEntry((k, e) => elems.set(k, conv(e, [...path, { index: stringVal(k) }])));
    if (elems.size === 0) {
      return new Value(mapOf(ety.kind === "dynamic" ? (v.type as { elementType: Type }).elementType : ety), new Map());
    }
    if (ety.isCollection() || ety.kind === "object") elems = unifyCollectionElements(elems, path, false);
    return new Value(mapOf(checkSameTypes([...elems.values()], path, "map")), elems);
  };
}

function tupleToList(etys: readonly Type[], listEty: Type, unsafe: boolean): Conv | undefined {
  if (etys.length === 0) return () => new Value(listOf(listEty.withoutOptionalAttributesDeep()), []);
  let ety = listEty;
  if (ety.kind === "dynamic") {
    const u = unify(etys, unsafe);
    if (u === undefined) return undefined;
    ety = u.type;
    if (ety.kind === "dynamic" && !etys.every((t) => t.kind === "dynamic")) return undefined;
  }
  const convs: (Conv | undefined)[] = [];
  for (const t of etys) {
    if (t.equals(ety)) convs.push(undefined);
    else {
      const c = getConversion(t, ety, unsafe);
      if (c === undefined) return undefined;
      convs.push(c);
    }
  }
  return (v, path) => {
    const els = v.elements().map((e, i) => {
      const c = convs[i];
      return c === undefined ? e : c(e, [...path, { index: intVal(i) }]);
    });
    const unified = unifyListElements(els, path, unsafe);
    return new Value(listOf(checkSameTypes(unified, path, "list")), unified);
  };
}

function tupleToSet(etys: readonly Type[], setEty: Type, unsafe: boolean): Conv | undefined {
  if (etys.length === 0) return () => new Value(setOf(setEty.withoutOptionalAttributesDeep()), []);
  let ety = setEty;
  if (ety.kind === "dynamic") {
    const u = unify(etys, unsafe);
    if (u === undefined) return undefined;
    ety = u.type;
    if (ety.kind === "dynamic" && !etys.every((t) => t.kind === "dynamic")) return undefined;
  }
  const convs: (Conv | undefined)[] = [];
  for (const t of etys) {
    if (t.equals(ety)) convs.push(undefined);
    else {
      const c = getConversion(t, ety, unsafe);
      if (c === undefined) return undefined;
      convs.push(c);
    }
  }
  return (v, path) => {
    const els = v.elements().map((e, i) => {
      const c = convs[i];
      return bareNull(c === undefined ? e : c(e, [...path, { index: intVal(i) }]));
    });
    checkSameTypes(els, path, "set");
    return setVal(els);
  };
}

function objectToMap(from: ObjectType, mapEty: Type, unsafe: boolean): Conv | undefined {
  const names = from.attributeNames;
  if (names.length === 0) return () => new Value(mapOf(mapEty.withoutOptionalAttributesDeep()), new Map());
  let ety = mapEty;
  if (ety.kind === "dynamic") {
    const u = unify(
      names.map((n) => from.attributeType(n)!),
      unsafe,
    );
    if (u === undefined) return undefined;
    ety = u.type;
  }
  const convs = new Map<string, Conv>();
  for (const n of names) {
    const at = from.attributeType(n)!;
    if (at.equals(ety)) continue;
    const c = getConversion(at, ety, unsafe);
    if (c === undefined) return undefined;
    convs.set(n, c);
  }
  return (v, path) => {
    let elems = new Map<string, Value>();
    v.forEachEntry((k, e) => {
      const c = convs.get(k);
      elems.set(k, c === undefined ? e : c(e, [...path, { index: stringVal(k) }]));
    });
    if (ety.isCollection() || ety.kind === "object") elems = unifyCollectionElements(elems, path, unsafe);
    const types = [...elems.values()];
    for (const e of types) {
      if (!e.type.equals(types[0]!.type)) fail(path, "attribute types must all match for conversion to map");
    }
    return new Value(mapOf(types[0]!.type), elems);
  };
}

function mapToObject(mapEty: Type, to: ObjectType, unsafe: boolean): Conv | undefined {
  const convs = new Map<string, Conv | undefined>();
  for (const n of to.attributeNames) {
    const at = to.attributeType(n)!;
    if (at.equals(mapEty)) continue;
    const c = getConversion(mapEty, at, unsafe);
    if (c === undefined) {
      if (to.isOptional(n) && unsafe) {
        convs.set(n, undefined);
        continue;
      }
      return undefined;
    }
    convs.set(n, c);
  }
  return (v, path) => {
    const elems = new Map<string, Value>();
    for (const [k, e] of v.entries()) {
      if (!to.hasAttribute(k)) continue;
      let out = e;
      if (convs.has(k)) {
        const c = convs.get(k);
        if (c === undefined) {
          fail(
            path,
            `map element type is incompatible with attribute ${goQuote(k)}: ${mismatchMessage(e.type, to.attributeType(k)!)}`,
          );
        }
        out = c(e, [...path, { index: stringVal(k) }]);
      }
      elems.set(k, bareNull(out));
    }
    for (const n of to.attributeNames) {
      if (elems.has(n)) continue;
      if (to.isOptional(n)) elems.set(n, nullVal(to.attributeType(n)!));
      else fail(path, `map has no element for required attribute ${goQuote(n)}`);
    }
    return objectFromMap(elems);
  };
}

function objectToObject(from: ObjectType, to: ObjectType, unsafe: boolean): Conv | undefined {
  const convs = new Map<string, Conv | undefined>();
  for (const n of to.attributeNames) {
    const it = from.attributeType(n);
    const ot = to.attributeType(n)!;
    if (it === undefined) {
      if (to.isOptional(n)) continue;
      return undefined;
    }
    if (it.equals(ot)) {
      convs.set(n, undefined);
      continue;
    }
    const c = getConversion(it, ot, unsafe);
    if (c === undefined) return undefined;
    convs.set(n, c);
  }
  return (v, path) => {
    const out = new Map<string, Value>();
    for (const [k, e] of v.entries()) {
      if (!convs.has(k)) continue;
      const c = convs.get(k);
      out.set(k, bareNull(c === undefined ? e : c(e, [...path, { attr: k }])));
    }
    for (const n of to.optional) {
      if (!out.has(n)) out.set(n, nullVal(to.attributeType(n)!.withoutOptionalAttributesDeep()));
    }
    return objectFromMap(out);
  };
}

function objectFromMap(m: Map<string, Value>): Value {
  const types = new Map<string, Type>();
  for (const [k, v] of m) types.set(k, v.type);
  const t = objectOf(types);
  return new Value(
    t,
    t.attributeNames.map((n) => m.get(n)!),
  );
}

function unifyCollectionElements(elems: Map<string, Value>, path: PathStep[], unsafe: boolean): Map<string, Value> {
  const u = unify(
    [...elems.values()].map((e) => e.type),
    unsafe,
  );
  if (u === undefined) fail(path, "cannot find a common base type for all elements");
  const out = new Map<string, Value>();
  for (const [k, e] of elems) {
    if (e.type.equals(u.type)) out.set(k, e);
    else out.set(k, getConversion(e.type, u.type, unsafe)!(e, [...path, { index: stringVal(k) }]));
  }
  return out;
}

function unifyListElements(els: Value[], path: PathStep[], unsafe: boolean): Value[] {
  const u = unify(
    els.map((e) => e.type),
    unsafe,
  );
  if (u === undefined) fail(path, "cannot find a common base type for all elements");
  return els.map((e, i) =>
    e.type.equals(u.type) ? e : getConversion(e.type, u.type, unsafe)!(e, [...path, { index: intVal(i) }]),
  );
}

// ------------------------------------------------------------------ dynamic

/** cty's dynamicReplace: the result type of a null/unknown conversion keeps what the input knew. */
function dynamicReplace(from: Type, to: Type): Type {
  if (from.kind === "dynamic") return to;
  switch (to.kind) {
    case "dynamic":
      return from;
    case "string":
    case "number":
    case "bool":
    case "capsule":
      return to;
    case "map": {
      let et: Type = DynamicPseudoType;
      if (from.kind === "map") et = dynamicReplace(from.elementType, to.elementType);
      else if (from.kind === "object") {
        const u = unify(
          from.attributeNames.map((n) => from.attributeType(n)!),
          true,
        );
        et = dynamicReplace(u?.type ?? DynamicPseudoType, to.elementType);
      } else et = to.elementType; // Go leaves a nil type here; the wanted element type is the useful answer
      return mapOf(et);
    }
    case "object": {
      const out = new Map<string, Type>();
      for (const n of to.attributeNames) {
        const at = to.attributeType(n)!;
        if (from.kind === "map") out.set(n, dynamicReplace(from.elementType, at));
        else if (from.kind === "object")
          out.set(n, from.hasAttribute(n) ? dynamicReplace(from.attributeType(n)!, at) : at);
        else out.set(n, at);
      }
      return objectOf(out);
    }
    case "set":
    case "list": {
      let et: Type = to.elementType;
      if (from.kind === "set" || from.kind === "list") et = dynamicReplace(from.elementType, to.elementType);
      else if (from.kind === "tuple") {
        const u = unify(from.elementTypes, true);
        et = dynamicReplace(u?.type ?? DynamicPseudoType, to.elementType);
      }
      return to.kind === "set" ? setOf(et) : listOf(et);
    }
    case "tuple": {
      if (from.kind !== "tuple") return to;
      return tupleOf(to.elementTypes.map((t, i) => dynamicReplace(from.elementTypes[i] ?? DynamicPseudoType, t)));
    }
  }
}

// ------------------------------------------------------------------ unification

export interface Unified {
  type: Type;
  /** Per input type, the conversion to the unified type (undefined = already that type). */
  conversions: (((v: Value) => Value) | undefined)[];
}

/** cty `Unify` / `UnifyUnsafe` (CONV-10): the one type all inputs convert to, or undefined. */
export function unify(types: readonly Type[], unsafe: boolean): Unified | undefined {
  if (types.length === 0) return undefined;
  // Identical primitive types (a template's branches, mostly) unify to themselves.
  const first = types[0]!;
  if (first.isPrimitive() && types.every((t) => t === first))
    return { type: first, conversions: types.map(() => undefined) };
  let mapCt = 0;
  let listCt = 0;
  let setCt = 0;
  let objectCt = 0;
  let tupleCt = 0;
  let dynamicCt = 0;
  for (const t of types) {
    switch (t.kind) {
      case "map":
        mapCt++;
        break;
      case "list":
        listCt++;
        break;
      case "set":
        setCt++;
        break;
      case "object":
        objectCt++;
        break;
      case "tuple":
        tupleCt++;
        break;
      case "dynamic":
        dynamicCt++;
        break;
      default:
        break;
    }
  }
  const n = types.length;
  if (mapCt > 0 && mapCt + dynamicCt === n) return unifyCollections("map", types, unsafe, dynamicCt > 0);
  if (mapCt > 0 && mapCt + objectCt + dynamicCt === n) {
    const r = unifyObjectsAsMaps(types, unsafe);
    if (r !== undefined && r.type.kind === "map") return r;
  } else if (listCt > 0 && listCt + dynamicCt === n) return unifyCollections("list", types, unsafe, dynamicCt > 0);
  else if (listCt > 0 && listCt + tupleCt + dynamicCt === n) {
    const r = unifyTuplesAsList(types, unsafe);
    if (r !== undefined && r.type.kind === "list") return r;
  } else if (setCt > 0 && setCt + dynamicCt === n) return unifyCollections("set", types, unsafe, dynamicCt > 0);
  else if (objectCt > 0 && objectCt + dynamicCt === n) return unifyObjects(types, unsafe, dynamicCt > 0);
  else if (tupleCt > 0 && tupleCt + dynamicCt === n) return unifyTuples(types, unsafe, dynamicCt > 0);
  else if (objectCt > 0 && tupleCt > 0) return undefined;

  for (const want of sortTypes(types)) {
    const wantType = types[want]!;
    const convs: (((v: Value) => Value) | undefined)[] = [];
    let ok = true;
    for (let i = 0; i < n; i++) {
      const t = types[i]!;
      if (i === want || t.equals(wantType)) {
        convs.push(undefined);
        continue;
      }
      const c = getConversionFn(t, wantType, unsafe);
      if (c === undefined) {
        ok = false;
        break;
      }
      convs.push(c);
    }
    if (ok) return { type: wantType, conversions: convs };
  }
  return undefined;
}

function conversionsTo(types: readonly Type[], target: Type, unsafe: boolean): Unified | undefined {
  const convs: (((v: Value) => Value) | undefined)[] = [];
  for (const t of types) {
    if (t.equals(target)) {
      convs.push(undefined);
      continue;
    }
    const c = getConversionFn(t, target, unsafe);
    if (c === undefined) return undefined;
    convs.push(c);
  }
  return { type: target, conversions: convs };
}

function allDynamic(types: readonly Type[]): Unified {
  return { type: DynamicPseudoType, conversions: types.map(() => () => DynamicVal) };
}

function unifyCollections(
  kind: "map" | "list" | "set",
  types: readonly Type[],
  unsafe: boolean,
  hasDynamic: boolean,
): Unified | undefined {
  if (hasDynamic) return allDynamic(types);
  const et = unify(
    types.map((t) => (t as { elementType: Type }).elementType),
    unsafe,
  );
  if (et === undefined) return undefined;
  const target = kind === "map" ? mapOf(et.type) : kind === "list" ? listOf(et.type) : setOf(et.type);
  return conversionsTo(types, target, unsafe);
}

function unifyObjects(types: readonly Type[], unsafe: boolean, hasDynamic: boolean): Unified | undefined {
  if (hasDynamic) return allDynamic(types);
  const first = types[0] as ObjectType;
  for (const t of types.slice(1)) {
    const o = t as ObjectType;
    if (o.attributeNames.length !== first.attributeNames.length) return unifyObjectsToMap(types, unsafe);
    for (const name of o.attributeNames) if (!first.hasAttribute(name)) return unifyObjectsToMap(types, unsafe);
  }
  const attrs = new Map<string, Type>();
  for (const name of first.attributeNames) {
    const u = unify(
      types.map((t) => (t as ObjectType).attributeType(name)!),
      unsafe,
    );
    if (u === undefined) return undefined;
    attrs.set(name, u.type);
  }
  return conversionsTo(types, objectOf(attrs), unsafe) ?? unifyObjectsToMap(types, unsafe);
}

function unifyObjectsToMap(types: readonly Type[], unsafe: boolean): Unified | undefined {
  const atys: Type[] = [];
  for (const t of types) {
    const o = t as ObjectType;
    for (const n of o.attributeNames) atys.push(o.attributeType(n)!);
  }
  const et = unify(atys, unsafe);
  if (et === undefined) return undefined;
  return conversionsTo(types, mapOf(et.type), unsafe);
}

function unifyTuples(types: readonly Type[], unsafe: boolean, hasDynamic: boolean): Unified | undefined {
  if (hasDynamic) return allDynamic(types);
  const first = (types[0] as { elementTypes: readonly Type[] }).elementTypes;
  for (const t of types.slice(1)) {
    if ((t as { elementTypes: readonly Type[] }).elementTypes.length !== first.length)
      return unifyTuplesToList(types, unsafe);
  }
  const etys: Type[] = [];
  for (let i = 0; i < first.length; i++) {
    const u = unify(
      types.map((t) => (t as { elementTypes: readonly Type[] }).elementTypes[i]!),
      unsafe,
    );
    if (u === undefined) return undefined;
    etys.push(u.type);
  }
  return conversionsTo(types, tupleOf(etys), unsafe) ?? unifyTuplesToList(types, unsafe);
}

function unifyTuplesToList(types: readonly Type[], unsafe: boolean): Unified | undefined {
  const etys: Type[] = [];
  for (const t of types) etys.push(...(t as { elementTypes: readonly Type[] }).elementTypes);
  const et = unify(etys, unsafe);
  if (et === undefined) return undefined;
  return conversionsTo(types, listOf(et.type), unsafe);
}

function unifyTuplesAsList(types: readonly Type[], unsafe: boolean): Unified | undefined {
  const tupleIdx: number[] = [];
  types.forEach((t, i) => {
    if (t.kind === "tuple") tupleIdx.push(i);
  });
  const asList = unifyTuplesToList(
    tupleIdx.map((i) => types[i]!),
    unsafe,
  );
  if (asList === undefined || asList.type.kind !== "list") return undefined;
  const listed = types.map((t, i) => (tupleIdx.includes(i) ? asList.type : t));
  const r = unify(listed, unsafe);
  if (r === undefined || r.type.kind !== "list") return undefined;
  tupleIdx.forEach((idx, k) => {
    const listConv = r.conversions[idx];
    const tupleConv = asList.conversions[k];
    r.conversions[idx] =
      listConv === undefined ? tupleConv : (v: Value) => listConv(tupleConv === undefined ? v : tupleConv(v));
  });
  return r;
}

function unifyObjectsAsMaps(types: readonly Type[], unsafe: boolean): Unified | undefined {
  const objIdx: number[] = [];
  types.forEach((t, i) => {
    if (t.kind === "object") objIdx.push(i);
  });
  const asMap = unifyObjectsToMap(
    objIdx.map((i) => types[i]!),
    unsafe,
  );
  if (asMap === undefined || asMap.type.kind !== "map") return undefined;
  const mapped = types.map((t, i) => (objIdx.includes(i) ? asMap.type : t));
  const r = unify(mapped, unsafe);
  if (r === undefined || r.type.kind !== "map") return undefined;
  objIdx.forEach((idx, k) => {
    const mapConv = r.conversions[idx];
    const objConv = asMap.conversions[k];
    r.conversions[idx] =
      mapConv === undefined ? objConv : (v: Value) => mapConv(objConv === undefined ? v : objConv(v));
  });
  return r;
}

/** Kahn's topological order of types by generality (cty `sortTypes`): most general first. */
function sortTypes(types: readonly Type[]): number[] {
  const n = types.length;
  const edges: number[][] = types.map(() => []);
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const c = compareTypes(types[i]!, types[j]!);
      if (c < 0) edges[i]!.push(j);
      else if (c > 0) edges[j]!.push(i);
    }
  }
  const inDegree = new Array<number>(n).fill(0);
  for (const outs of edges) for (const j of outs) inDegree[j]!++;
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (inDegree[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++) {
    for (const j of edges[queue[q]!]!) {
      inDegree[j]!--;
      if (inDegree[j] === 0) queue.push(j);
    }
  }
  return queue;
}

/** cty `compareTypes`: negative when `a` is more general than `b`. */
function compareTypes(a: Type, b: Type): number {
  if (a.kind === "dynamic" || b.kind === "dynamic") {
    if (a.kind !== "dynamic") return -1;
    if (b.kind !== "dynamic") return 1;
    return 0;
  }
  if (a.isPrimitive() && b.isPrimitive()) {
    if (a.kind === "string" || b.kind === "string") {
      if (a.kind !== "string") return 1;
      if (b.kind !== "string") return -1;
      return 0;
    }
  }
  if (
    (a.kind === "list" && b.kind === "list") ||
    (a.kind === "set" && b.kind === "set") ||
    (a.kind === "map" && b.kind === "map")
  ) {
    return compareTypes((a as { elementType: Type }).elementType, (b as { elementType: Type }).elementType);
  }
  let swap = 1;
  if (
    (a.kind === "tuple" && b.kind === "list") ||
    (a.kind === "object" && b.kind === "map") ||
    (a.kind === "set" && b.kind === "tuple") ||
    (a.kind === "set" && b.kind === "list")
  ) {
    [a, b] = [b, a];
    swap = -1;
  }
  if (b.kind === "set" && (a.kind === "tuple" || a.kind === "list")) return -1 * swap;
  if (a.kind === "list" && b.kind === "tuple") return -1 * swap;
  if (a.kind === "map" && b.kind === "object") return -1 * swap;
  if (a.kind === "object" && b.kind === "object") {
    if (a.attributeNames.length !== b.attributeNames.length) return 0;
    let aSuper = false;
    let bSuper = false;
    for (const k of a.attributeNames) {
      const bt = b.attributeType(k);
      if (bt === undefined) return 0;
      const c = compareTypes(a.attributeType(k)!, bt);
      if (c < 0) aSuper = true;
      else if (c > 0) bSuper = true;
    }
    if (aSuper && bSuper) return 0;
    if (aSuper) return -1 * swap;
    if (bSuper) return 1 * swap;
    return 0;
  }
  if (a.kind === "tuple" && b.kind === "tuple") {
    if (a.elementTypes.length !== b.elementTypes.length) return 0;
    let aSuper = false;
    let bSuper = false;
    a.elementTypes.forEach((t, i) => {
      const c = compareTypes(t, b.elementTypes[i]!);
      if (c < 0) aSuper = true;
      else if (c > 0) bSuper = true;
    });
    if (aSuper && bSuper) return 0;
    if (aSuper) return -1 * swap;
    if (bSuper) return 1 * swap;
    return 0;
  }
  return 0;
}

// ------------------------------------------------------------------ messages

/** cty `MismatchMessage` (CONV-09): why a value of `got` cannot become `want`. */
export function mismatchMessage(got: Type, want: Type): string {
  if (got.kind === "object" && want.kind === "object") return mismatchObjects(got, want);
  if (got.kind === "tuple" && want.kind === "list" && want.elementType.kind === "dynamic") {
    return "all list elements must have the same type";
  }
  if (got.kind === "tuple" && want.kind === "set" && want.elementType.kind === "dynamic") {
    return "all set elements must have the same type";
  }
  if (got.kind === "object" && want.kind === "map" && want.elementType.kind === "dynamic") {
    return "all map elements must have the same type";
  }
  if ((got.kind === "tuple" || got.kind === "object") && want.isCollection()) return mismatchFromStructural(got, want);
  if (got.isCollection() && want.isCollection()) return mismatchFromCollection(got, want);
  return want.friendlyNameForConstraint() + " required";
}

function mismatchObjects(got: ObjectType, want: ObjectType): string {
  const missing: string[] = [];
  let unsafeMismatch = "";
  let safeMismatch = "";
  for (const name of want.attributeNames) {
    const wt = want.attributeType(name)!;
    const gt = got.attributeType(name);
    if (gt === undefined) {
      if (!want.isOptional(name)) missing.push(name);
      continue;
    }
    if (gt.equals(wt)) continue;
    if (unsafeMismatch !== "") continue;
    if (!canConvert(gt, wt, true)) unsafeMismatch = `attribute ${goQuote(name)}: ${mismatchMessage(gt, wt)}`;
    if (safeMismatch !== "") continue;
    if (!canConvert(gt, wt, false)) safeMismatch = `attribute ${goQuote(name)}: ${mismatchMessage(gt, wt)}`;
  }
  if (missing.length === 1) return `attribute ${goQuote(missing[0]!)} is required`;
  if (missing.length === 2) return `attributes ${goQuote(missing[0]!)} and ${goQuote(missing[1]!)} are required`;
  if (missing.length > 2) {
    const head = missing
      .slice(0, -1)
      .map((m) => goQuote(m) + ", ")
      .join("");
    return `attributes ${head}and ${goQuote(missing[missing.length - 1]!)} are required`;
  }
  if (unsafeMismatch !== "") return unsafeMismatch;
  if (safeMismatch !== "") return safeMismatch;
  return "incorrect object attributes";
}

function mismatchFromStructural(got: Type, want: Type): string {
  if (want.kind === "list" && got.kind !== "tuple") return want.friendlyNameForConstraint() + " required";
  if (want.kind === "set" && got.kind !== "tuple") return want.friendlyNameForConstraint() + " required";
  if (want.kind === "map" && got.kind !== "object") return want.friendlyNameForConstraint() + " required";
  const wantEty = (want as { elementType: Type }).elementType;
  if (got.kind === "tuple") {
    for (let i = 0; i < got.elementTypes.length; i++) {
      const gt = got.elementTypes[i]!;
      if (gt.equals(wantEty) || canConvert(gt, wantEty, true)) continue;
      return `element ${i}: ${mismatchMessage(gt, wantEty)}`;
    }
    return `all elements must be ${wantEty.friendlyNameForConstraint()}`;
  }
  if (got.kind === "object") {
    for (const name of got.attributeNames) {
      const gt = got.attributeType(name)!;
      if (gt.equals(wantEty) || canConvert(gt, wantEty, true)) continue;
      return `element ${goQuote(name)}: ${mismatchMessage(gt, wantEty)}`;
    }
    return `all elements must be ${wantEty.friendlyNameForConstraint()}`;
  }
  return want.friendlyNameForConstraint() + " required";
}

function mismatchFromCollection(got: Type, want: Type): string {
  if (want.kind === "list" && !(got.kind === "list" || got.kind === "set"))
    return want.friendlyNameForConstraint() + " required";
  if (want.kind === "set" && !(got.kind === "list" || got.kind === "set"))
    return want.friendlyNameForConstraint() + " required";
  if (want.kind === "map" && got.kind !== "map") return want.friendlyNameForConstraint() + " required";
  const noun =
    want.kind === "list" ? "list element type" : want.kind === "set" ? "set element type" : "map element type";
  return `incorrect ${noun}: ${mismatchMessage((got as { elementType: Type }).elementType, (want as { elementType: Type }).elementType)}`;
}
