/**
 * Operations on values (go-cty `value_ops.go`): arithmetic, comparison,
 * logic, length and element access. Marks on operands carry over to the
 * result; an unknown operand gives an unknown result of the right type; a
 * dynamic-typed operand gives the dynamic unknown.
 */
import { BigFloatNaNError } from "./bigfloat.js";
import * as num from "./number.js";
import { BoolType, NumberType, type Type } from "./types.js";
import {
  boolVal,
  DynamicVal,
  False,
  numberIntVal,
  numberVal,
  stringVal,
  True,
  UnknownBool,
  unknownVal,
  Value,
} from "./value.js";

/** The operation had no defined result (Go's big.ErrNaN): 0/0, ∞-∞, 0×∞ … */
export class NaNError extends Error {}

function shortCircuit(required: Type, ret: Type, ...vals: Value[]): Value | undefined {
  let hasDynamic = false;
  let hasUnknown = false;
  for (const v of vals) {
    if (v.type.kind === "dynamic") {
      hasDynamic = true;
      continue;
    }
    if (!v.type.equals(required)) {
      throw new TypeError(`type mismatch: want ${required.friendlyName()} but value is ${v.type.friendlyName()}`);
    }
    if (!v.isKnown()) hasUnknown = true;
  }
  if (hasDynamic) return unknownVal(ret);
  if (hasUnknown) return unknownVal(ret);
  return undefined;
}

function unmark2(a: Value, b: Value, f: (a: Value, b: Value) => Value): Value {
  if (a.isMarked() || b.isMarked()) {
    const [x, xm] = a.unmark();
    const [y, ym] = b.unmark();
    return f(x, y).withMarks(xm, ym);
  }
  return f(a, b);
}

function arith(
  a: Value,
  b: Value,
  op: (x: num.NumberRep, xp: number, y: num.NumberRep, yp: number) => num.NumberResult,
): Value {
  return unmark2(a, b, (x, y) => {
    const sc = shortCircuit(NumberType, NumberType, x, y);
    if (sc !== undefined) return sc;
    try {
      const r = op(x.asNumber(), x.prec, y.asNumber(), y.prec);
      return numberVal(r.n, r.prec);
    } catch (e) {
      if (e instanceof BigFloatNaNError) throw new NaNError(e.message);
      throw e;
    }
  });
}

export function add(a: Value, b: Value): Value {
  return arith(a, b, num.add);
}
export function subtract(a: Value, b: Value): Value {
  return arith(a, b, num.subtract);
}
export function multiply(a: Value, b: Value): Value {
  return arith(a, b, num.multiply);
}
export function divide(a: Value, b: Value): Value {
  return arith(a, b, num.divide);
}
export function modulo(a: Value, b: Value): Value {
  return arith(a, b, num.modulo);
}

export function negate(a: Value): Value {
  if (a.isMarked()) {
    const [x, m] = a.unmark();
    return negate(x).withMarks(m);
  }
  const sc = shortCircuit(NumberType, NumberType, a);
  if (sc !== undefined) return sc;
  const r = num.negate(a.asNumber(), a.prec);
  return numberVal(r.n, r.prec);
}

export function absolute(a: Value): Value {
  if (a.isMarked()) {
    const [x, m] = a.unmark();
    return absolute(x).withMarks(m);
  }
  const sc = shortCircuit(NumberType, NumberType, a);
  if (sc !== undefined) return sc;
  const r = num.absolute(a.asNumber(), a.prec);
  return numberVal(r.n, r.prec);
}

function compareOp(a: Value, b: Value, test: (c: number) => boolean): Value {
  return unmark2(a, b, (x, y) => {
    const sc = shortCircuit(NumberType, BoolType, x, y);
    if (sc !== undefined) return sc;
    return boolVal(test(num.compare(x.asNumber(), x.prec, y.asNumber(), y.prec)));
  });
}

export function lessThan(a: Value, b: Value): Value {
  return compareOp(a, b, (c) => c < 0);
}
export function greaterThan(a: Value, b: Value): Value {
  return compareOp(a, b, (c) => c > 0);
}
/** cty: `a < b || a == b`. */
export function lessThanOrEqualTo(a: Value, b: Value): Value {
  return or(lessThan(a, b), a.equals(b));
}
export function greaterThanOrEqualTo(a: Value, b: Value): Value {
  return or(greaterThan(a, b), a.equals(b));
}

export function not(a: Value): Value {
  if (a.isMarked()) {
    const [x, m] = a.unmark();
    return not(x).withMarks(m);
  }
  const sc = shortCircuit(BoolType, BoolType, a);
  if (sc !== undefined) return sc;
  return a.asBool() ? False : True;
}

export function and(a: Value, b: Value): Value {
  return unmark2(a, b, (x, y) => {
    const sc = shortCircuit(BoolType, BoolType, x, y);
    if (sc !== undefined) return sc;
    return boolVal(x.asBool() && y.asBool());
  });
}

export function or(a: Value, b: Value): Value {
  return unmark2(a, b, (x, y) => {
    const sc = shortCircuit(BoolType, BoolType, x, y);
    if (sc !== undefined) return sc;
    return boolVal(x.asBool() || y.asBool());
  });
}

/** `!=` */
export function notEquals(a: Value, b: Value): Value {
  return not(a.equals(b));
}

/** cty `Length`: element count as a number value; unknown when not knowable. */
export function length(v: Value): Value {
  if (v.isMarked()) {
    const [x, m] = v.unmark();
    return length(x).withMarks(m);
  }
  if (v.type.kind === "tuple") return numberIntVal(v.type.elementTypes.length);
  if (!v.isKnown()) return unknownVal(NumberType);
  if (v.type.kind === "set") {
    const n = v.elements().length;
    if (n === 1 || v.isWhollyKnown()) return numberIntVal(n);
    return unknownVal(NumberType);
  }
  return numberIntVal(v.lengthInt());
}

/** True when the value is a collection or structure whose elements can be iterated (cty `CanIterateElements`). */
export function canIterateElements(t: Type): boolean {
  switch (t.kind) {
    case "list":
    case "map":
    case "set":
    case "tuple":
    case "object":
      return true;
    default:
      return false;
  }
}

/** Key/value pairs of an iterable value in cty's iteration order (FOR-02). */
export function elementPairs(v: Value): [Value, Value][] {
  switch (v.type.kind) {
    case "list":
    case "tuple":
      return v.elements().map((e, i) => [numberIntVal(i), e]);
    case "set":
      return v.elements().map((e) => [e, e]);
    case "map":
    case "object": {
      const out: [Value, Value][] = [];
      for (const [k, e] of v.entries()) out.push([stringKey(k), e]);
      return out;
    }
    default:
      throw new Error(`cannot iterate over ${v.type.friendlyName()}`);
  }
}

function stringKey(k: string): Value {
  return stringVal(k);
}

/** The integer of a number key if it is a non-negative whole number (Go's Int64 with exact accuracy). */
function indexOf(key: Value): number | undefined {
  const n = key.asNumber();
  if (!num.isInteger(n)) return undefined;
  const i = num.toSafeInteger(n);
  if (i === undefined || i < 0) return undefined;
  return i;
}

/** cty `HasIndex` for lists, maps and tuples. */
export function hasIndex(coll: Value, key: Value): Value {
  if (coll.isMarked() || key.isMarked()) {
    const [c, cm] = coll.unmark();
    const [k, km] = key.unmark();
    return hasIndex(c, k).withMarks(cm, km);
  }
  if (coll.type.kind === "dynamic") return UnknownBool;
  switch (coll.type.kind) {
    case "list":
    case "tuple": {
      if (key.type.kind === "dynamic") return UnknownBool;
      if (key.type.kind !== "number") return False;
      if (!key.isKnown()) return UnknownBool;
      if (coll.type.kind === "list" && !coll.isKnown()) return UnknownBool;
      const i = indexOf(key);
      if (i === undefined) return False;
      const len = coll.type.kind === "tuple" ? coll.type.elementTypes.length : coll.elements().length;
      return boolVal(i < len);
    }
    case "map": {
      if (key.type.kind === "dynamic") return UnknownBool;
      if (key.type.kind !== "string") return False;
      if (!key.isKnown() || !coll.isKnown()) return UnknownBool;
      return boolVal(coll.entries().has(key.asString()));
    }
    default:
      throw new Error("not a list, map, or tuple type");
  }
}

/** cty `Index` for lists, maps and tuples; the caller has checked `hasIndex`. */
export function index(coll: Value, key: Value): Value {
  if (coll.isMarked() || key.isMarked()) {
    const [c, cm] = coll.unmark();
    const [k, km] = key.unmark();
    return index(c, k).withMarks(cm, km);
  }
  if (coll.type.kind === "dynamic") return DynamicVal;
  switch (coll.type.kind) {
    case "list": {
      const et = coll.type.elementType;
      if (key.type.kind === "dynamic" || !key.isKnown() || !coll.isKnown()) return unknownVal(et);
      return coll.elements()[indexOf(key)!]!;
    }
    case "map": {
      const et = coll.type.elementType;
      if (key.type.kind === "dynamic" || !key.isKnown() || !coll.isKnown()) return unknownVal(et);
      return coll.entries().get(key.asString())!;
    }
    case "tuple": {
      if (key.type.kind === "dynamic" || !key.isKnown()) return DynamicVal;
      const i = indexOf(key)!;
      if (!coll.isKnown()) return unknownVal(coll.type.elementTypes[i]!);
      return coll.elements()[i]!;
    }
    default:
      throw new Error("not a list, map, or tuple type");
  }
}

/** cty `GetAttr` on an object value (the attribute must exist). */
export function getAttr(obj: Value, name: string): Value {
  if (obj.isMarked()) {
    const [o, m] = obj.unmark();
    return getAttr(o, name).withMarks(m);
  }
  if (obj.type.kind === "dynamic") return DynamicVal;
  if (obj.type.kind !== "object") throw new Error("value is not an object");
  const at = obj.type.attributeType(name);
  if (at === undefined) throw new Error(`value has no attribute ${JSON.stringify(name)}`);
  if (!obj.isKnown()) return unknownVal(at);
  return obj.getAttr(name);
}
