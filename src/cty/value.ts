/**
 * cty values (CTY-03..10): every value has a type; it is known or unknown,
 * null or not, and may carry marks such as "sensitive" (CTY-06). Values are
 * immutable. Collections hold values of one element type; sets are kept in
 * cty's order without duplicates; maps and objects iterate in byte order of
 * their keys.
 */
import { BigFloat } from "./bigfloat.js";
import * as num from "./number.js";
import { goQuote } from "./quote.js";
import {
  BoolType,
  compareKeys,
  DynamicPseudoType,
  listOf,
  mapOf,
  NumberType,
  ObjectType,
  objectOf,
  setOf,
  StringType,
  tupleOf,
  type Type,
} from "./types.js";

const NULL: unique symbol = Symbol("null");
const UNKNOWN: unique symbol = Symbol("unknown");

type Payload =
  | typeof NULL
  | typeof UNKNOWN
  | string
  | boolean
  | num.NumberRep
  // Lists, sets and tuples: the elements. Objects: the attribute values in
  // the order of their type's attributeNames (a Map per object cost five
  // times the memory, and every object of a shape shares its names).
  | readonly Value[]
  // Maps: the entries, in key order.
  | ReadonlyMap<string, Value>
  | { readonly capsule: unknown };

export type Marks = ReadonlySet<string>;
const NO_MARKS: Marks = new Set();

export class Value {
  /** @internal */
  constructor(
    readonly type: Type,
    /** @internal The raw payload; use the typed accessors. */
    readonly v: Payload,
    /** Marks on this value itself (not on nested values). */
    readonly marks: Marks | undefined = undefined,
    /** @internal Go precision of a number value. */
    readonly prec: number = num.PARSE_PREC,
  ) {}

  isKnown(): boolean {
    return this.v !== UNKNOWN;
  }
  isNull(): boolean {
    return this.v === NULL;
  }
  /** Known, and every nested value known too. */
  isWhollyKnown(): boolean {
    if (this.v === UNKNOWN) return false;
    if (this.v === NULL) return true;
    switch (this.type.kind) {
      case "list":
      case "set":
      case "tuple":
        return (this.v as readonly Value[]).every((e) => e.isWhollyKnown());
      case "map":
      case "object":
        for (const e of this.entryValues()) if (!e.isWhollyKnown()) return false;
        return true;
      default:
        return true;
    }
  }

  // ------------------------------------------------------------- marks

  isMarked(): boolean {
    return this.marks !== undefined && this.marks.size > 0;
  }
  hasMark(m: string): boolean {
    return this.marks?.has(m) ?? false;
  }
  /** True if this value or any nested value is marked. */
  containsMarked(): boolean {
    if (this.isMarked()) return true;
    if (this.v === NULL || this.v === UNKNOWN) return false;
    switch (this.type.kind) {
      case "list":
      case "set":
      case "tuple":
        return (this.v as readonly Value[]).some((e) => e.containsMarked());
      case "map":
      case "object":
        for (const e of this.entryValues()) if (e.containsMarked()) return true;
        return false;
      default:
        return false;
    }
  }
  /** The value with the union of its marks and the given ones. */
  withMarks(...sets: (Marks | undefined)[]): Value {
    let out: Set<string> | undefined;
    for (const s of sets) {
      if (s === undefined || s.size === 0) continue;
      for (const m of s) {
        if (this.marks?.has(m) === true || out?.has(m) === true) continue;
        out ??= new Set(this.marks ?? []);
        out.add(m);
      }
    }
    return out === undefined ? this : new Value(this.type, this.v, out, this.prec);
  }
  mark(m: string): Value {
    return this.withMarks(new Set([m]));
  }
  /** The value without its own marks, and those marks. */
  unmark(): [Value, Marks] {
    if (!this.isMarked()) return [this, NO_MARKS];
    return [new Value(this.type, this.v, undefined, this.prec), this.marks!];
  }
  /** The value with every mark removed at any depth, and all those marks. */
  unmarkDeep(): [Value, Marks] {
    if (!this.containsMarked()) return [this, NO_MARKS];
    const marks = new Set<string>();
    const v = unmarkDeepInto(this, marks);
    return [v, marks];
  }

  // ------------------------------------------------------------- primitive access

  /** The string of a known, non-null string value. */
  asString(): string {
    this.assertKnownNotNull("string");
    return this.v as string;
  }
  asBool(): boolean {
    this.assertKnownNotNull("bool");
    return this.v as boolean;
  }
  /** The number payload (safe integer or BigFloat). */
  asNumber(): num.NumberRep {
    this.assertKnownNotNull("number");
    return this.v as num.NumberRep;
  }
  /** The exact BigFloat of a number value. */
  asBigFloat(): BigFloat {
    return num.toBig(this.asNumber(), this.prec);
  }
  /** The number as a JS double (rounded as Go's Float64 rounds). */
  asFloat64(): number {
    return num.toFloat64(this.asNumber(), this.prec);
  }
  /** True for a known, non-null bool true. */
  isTrue(): boolean {
    return this.type.kind === "bool" && this.v === true;
  }
  isFalse(): boolean {
    return this.type.kind === "bool" && this.v === false;
  }

  // ------------------------------------------------------------- collections

  /** Elements of a known, non-null list, set or tuple, in order. */
  elements(): readonly Value[] {
    if (this.v === NULL || this.v === UNKNOWN)
      throw new Error(`elements of ${this.isNull() ? "null" : "unknown"} value`);
    const k = this.type.kind;
    if (k !== "list" && k !== "set" && k !== "tuple") throw new Error(`elements of ${this.type.friendlyName()}`);
    return this.v as readonly Value[];
  }
  /**
   * Entries of a known, non-null map or object, in key order. An object's
   * are gathered into a new Map on each call: forEachEntry goes through
   * them without one.
   */
  entries(): ReadonlyMap<string, Value> {
    this.assertEntries();
    if (this.type.kind === "map") return this.v as ReadonlyMap<string, Value>;
    const names = (this.type as ObjectType).attributeNames;
    const values = this.v as readonly Value[];
    const out = new Map<string, Value>();
    for (let i = 0; i < names.length; i++) out.set(names[i]!, values[i]!);
    return out;
  }
  /** Calls `fn` with each entry of a known, non-null map or object, in key order. */
  forEachEntry(fn: (key: string, value: Value) => void): void {
    this.assertEntries();
    if (this.type.kind === "map") {
      for (const [k, e] of this.v as ReadonlyMap<string, Value>) fn(k, e);
      return;
    }
    const names = (this.type as ObjectType).attributeNames;
    const values = this.v as readonly Value[];
    for (let i = 0; i < names.length; i++) fn(names[i]!, values[i]!);
  }
  private assertEntries(): void {
    if (this.v === NULL || this.v === UNKNOWN)
      throw new Error(`entries of ${this.isNull() ? "null" : "unknown"} value`);
    const k = this.type.kind;
    if (k !== "map" && k !== "object") throw new Error(`entries of ${this.type.friendlyName()}`);
  }
  /** The values of a known, non-null map's or object's entries, in key order. */
  private entryValues(): Iterable<Value> {
    return this.type.kind === "object" ? (this.v as readonly Value[]) : (this.v as ReadonlyMap<string, Value>).values();
  }
  /** Number of elements (collections and structural types); strings are not counted here. */
  lengthInt(): number {
    const k = this.type.kind;
    if (k === "map") return (this.v as ReadonlyMap<string, Value>).size;
    if (k === "object") this.assertEntries();
    return k === "object" ? (this.v as readonly Value[]).length : this.elements().length;
  }
  /** An attribute of a known, non-null object value. */
  getAttr(name: string): Value {
    this.assertEntries();
    const e =
      this.type.kind === "object"
        ? (this.v as readonly Value[])[(this.type as ObjectType).attributeIndex(name)]
        : (this.v as ReadonlyMap<string, Value>).get(name);
    if (e === undefined) throw new Error(`no attribute ${JSON.stringify(name)}`);
    return e;
  }
  /** The capsule payload. */
  capsule(): unknown {
    this.assertKnownNotNull("capsule");
    return (this.v as { capsule: unknown }).capsule;
  }

  private assertKnownNotNull(kind: string): void {
    if (this.v === NULL) throw new Error(`${kind} of null value`);
    if (this.v === UNKNOWN) throw new Error(`${kind} of unknown value`);
    if (this.type.kind !== kind && !(kind === "capsule" && this.type.kind === "capsule"))
      throw new Error(`${kind} of ${this.type.friendlyName()} value`);
  }

  // ------------------------------------------------------------- equality

  /**
   * HCL's `==` (cty `Equals`, CTY-07, EXP-06): a bool, unknown when the
   * answer depends on unknowns; types must match; nulls equal only nulls.
   */
  /**
   * cty `HasWhollyKnownType`: no unknown of the dynamic pseudo-type anywhere
   * inside (a known empty `set(any)` qualifies; its type is all there is).
   */
  hasWhollyKnownType(): boolean {
    if (this.v === NULL) return true;
    if (this.v === UNKNOWN) {
      if (this.type.kind === "dynamic") return false;
      return !this.type.hasDynamicTypes();
    }
    switch (this.type.kind) {
      case "list":
      case "set":
      case "tuple":
        return (this.v as readonly Value[]).every((e) => e.hasWhollyKnownType());
      case "map":
      case "object":
        for (const e of this.entryValues()) if (!e.hasWhollyKnownType()) return false;
        return true;
      default:
        return true;
    }
  }

  equals(other: Value): Value {
    if (this.containsMarked() || other.containsMarked()) {
      const [a, am] = this.unmarkDeep();
      const [b, bm] = other.unmarkDeep();
      return a.equals(b).withMarks(am, bm);
    }
    const ak = this.isKnown();
    const bk = other.isKnown();
    if (!ak && !bk) return UnknownBool;
    if (ak && !bk) {
      if (this.isNull() || other.type.hasDynamicTypes()) return UnknownBool;
      return this.type.equals(other.type) ? UnknownBool : False;
    }
    if (bk && !ak) {
      if (other.isNull() || this.type.hasDynamicTypes()) return UnknownBool;
      return other.type.equals(this.type) ? UnknownBool : False;
    }
    if (this.isNull() && other.isNull()) return True;
    if (this.isNull() || other.isNull()) return False;
    if (!this.hasWhollyKnownType() || !other.hasWhollyKnownType()) {
      if (!conforms(this.type, other.type) && !conforms(other.type, this.type)) return False;
      return UnknownBool;
    }
    if (!this.type.equals(other.type)) return False;
    const r = equalKnown(this, other);
    return r === undefined ? UnknownBool : r ? True : False;
  }

  /** Exact identity of type, value, knownness and marks (cty `RawEquals`). */
  rawEquals(other: Value): boolean {
    if (!this.type.equals(other.type)) return false;
    if (!sameMarks(this.marks, other.marks)) return false;
    if (this.v === UNKNOWN || other.v === UNKNOWN) return this.v === other.v;
    if (this.v === NULL || other.v === NULL) return this.v === other.v;
    switch (this.type.kind) {
      case "string":
      case "bool":
        return this.v === other.v;
      case "number":
        return num.compare(this.v as num.NumberRep, this.prec, other.v as num.NumberRep, other.prec) === 0;
      case "list":
      case "set":
      case "tuple":
      case "object": {
        // Objects of equal types have their attributes in the same order.
        const a = this.v as readonly Value[];
        const b = other.v as readonly Value[];
        return a.length === b.length && a.every((x, i) => x.rawEquals(b[i]!));
      }
      case "map": {
        const a = this.v as ReadonlyMap<string, Value>;
        const b = other.v as ReadonlyMap<string, Value>;
        if (a.size !== b.size) return false;
        for (const [k, x] of a) {
          const y = b.get(k);
          if (y === undefined || !x.rawEquals(y)) return false;
        }
        return true;
      }
      case "capsule":
        return capsuleEquals(this, other);
      case "dynamic":
        return true;
    }
  }

  /** A short description for debugging: `cty.StringVal("x")`-like. */
  toString(): string {
    return debugString(this);
  }
}

function sameMarks(a: Marks | undefined, b: Marks | undefined): boolean {
  const as = a?.size ?? 0;
  const bs = b?.size ?? 0;
  if (as !== bs) return false;
  if (as === 0) return true;
  for (const m of a!) if (!b!.has(m)) return false;
  return true;
}

/** cty `TestConformance` reduced to a yes/no: can `given` be an instance of `want` (dynamic matches anything)? */
function conforms(want: Type, given: Type): boolean {
  if (want.kind === "dynamic" || given.kind === "dynamic") return true;
  if (want.kind !== given.kind) return false;
  switch (want.kind) {
    case "list":
    case "set":
    case "map":
      return conforms(want.elementType, (given as typeof want).elementType);
    case "object": {
      const g = given as typeof want;
      if (want.attributeNames.length !== g.attributeNames.length) return false;
      for (const n of want.attributeNames) {
        const gt = g.attributeType(n);
        if (gt === undefined || !conforms(want.attributeType(n)!, gt)) return false;
      }
      return true;
    }
    case "tuple": {
      const g = given as typeof want;
      if (want.elementTypes.length !== g.elementTypes.length) return false;
      return want.elementTypes.every((t, i) => conforms(t, g.elementTypes[i]!));
    }
    default:
      return want.equals(given);
  }
}

/** Equality of two known, non-null values of the same type; undefined = unknown. */
function equalKnown(a: Value, b: Value): boolean | undefined {
  switch (a.type.kind) {
    case "string":
    case "bool":
      return a.v === b.v;
    case "number":
      return num.compare(a.v as num.NumberRep, a.prec, b.v as num.NumberRep, b.prec) === 0;
    case "list":
    case "tuple":
    case "object": {
      // Objects of equal types have their attributes in the same order.
      const x = a.v as readonly Value[];
      const y = b.v as readonly Value[];
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) {
        const e = x[i]!.equals(y[i]!);
        if (!e.isKnown()) return undefined;
        if (e.isFalse()) return false;
      }
      return true;
    }
    case "set": {
      const x = a.v as readonly Value[];
      const y = b.v as readonly Value[];
      for (const e of [...x, ...y]) if (!e.isKnown()) return undefined;
      const has = (list: readonly Value[], e: Value): boolean => list.some((o) => o.equals(e).isTrue());
      return x.every((e) => has(y, e)) && y.every((e) => has(x, e));
    }
    case "map": {
      const x = a.v as ReadonlyMap<string, Value>;
      const y = b.v as ReadonlyMap<string, Value>;
      if (x.size !== y.size) return false;
      for (const [k, xe] of x) {
        const ye = y.get(k);
        if (ye === undefined) return false;
        const e = xe.equals(ye);
        if (!e.isKnown()) return undefined;
        if (e.isFalse()) return false;
      }
      return true;
    }
    case "capsule":
      return capsuleEquals(a, b);
    case "dynamic":
      return undefined;
  }
}

function unmarkDeepInto(v: Value, marks: Set<string>): Value {
  if (v.marks !== undefined) for (const m of v.marks) marks.add(m);
  const bare = v.marks !== undefined && v.marks.size > 0 ? new Value(v.type, v.v, undefined, v.prec) : v;
  if (bare.v === NULL || bare.v === UNKNOWN) return bare;
  switch (bare.type.kind) {
    case "list":
    case "set":
    case "tuple":
    case "object": {
      const els = bare.v as readonly Value[];
      let changed = false;
      const out = els.map((e) => {
        const u = unmarkDeepInto(e, marks);
        if (u !== e) changed = true;
        return u;
      });
      return changed ? new Value(bare.type, out) : bare;
    }
    case "map": {
      const m = bare.v as ReadonlyMap<string, Value>;
      let changed = false;
      const out = new Map<string, Value>();
      for (const [k, e] of m) {
        const u = unmarkDeepInto(e, marks);
        if (u !== e) changed = true;
        out.set(k, u);
      }
      return changed ? new Value(bare.type, out) : bare;
    }
    default:
      return bare;
  }
}

// ================================================================ constructors

/** A string value; text is NFC-normalised as cty does (CTY-05, TPL-13). */
export function stringVal(s: string): Value {
  return new Value(StringType, normalizeString(s));
}

/** cty `NormalizeString`: Unicode NFC. */
export function normalizeString(s: string): string {
  // ASCII is already in NFC; skip the (comparatively slow) normaliser for it.
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x300) return s.normalize("NFC");
  }
  return s;
}

/** A number value from a payload and its Go precision (default: parsed, 512 bits). */
export function numberVal(n: num.NumberRep, prec: number = num.PARSE_PREC): Value {
  return new Value(NumberType, n, undefined, prec);
}

/** cty `NumberIntVal`: an integer with Go's int64 precision. */
export function numberIntVal(n: number | bigint): Value {
  if (typeof n === "number") {
    if (!Number.isSafeInteger(n)) throw new Error(`numberIntVal: ${n} is not a safe integer`);
    if (!num.fastNumberPath()) return new Value(NumberType, BigFloat.fromInt(n, num.INT_PREC), undefined, num.INT_PREC);
    return new Value(NumberType, n, undefined, num.INT_PREC);
  }
  if (n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER)) {
    return new Value(NumberType, Number(n), undefined, num.INT_PREC);
  }
  const b = BigFloat.fromInt(n);
  return new Value(NumberType, b, undefined, b.prec);
}

/** cty `NumberFloatVal`: a double with Go's float64 precision (53 bits). */
export function numberFloatVal(x: number): Value {
  if (Number.isNaN(x)) throw new Error("numberFloatVal: NaN is not a number value");
  if (Number.isSafeInteger(x)) return new Value(NumberType, x, undefined, num.FLOAT_PREC);
  if (!Number.isFinite(x)) return new Value(NumberType, BigFloat.inf(x < 0), undefined, num.FLOAT_PREC);
  return new Value(NumberType, BigFloat.fromFloat64(x), undefined, num.FLOAT_PREC);
}

/** cty `ParseNumberVal` (CTY-14); undefined where Go reports "a number is required". */
export function parseNumberVal(text: string): Value | undefined {
  const r = num.parseNumber(text);
  return r === undefined ? undefined : new Value(NumberType, r.n, undefined, r.prec);
}

export function boolVal(b: boolean): Value {
  return b ? True : False;
}

export const True = new Value(BoolType, true);
export const False = new Value(BoolType, false);
export const UnknownBool = new Value(BoolType, UNKNOWN);
export const Zero = numberVal(0);
export const PositiveInfinity = numberVal(num.POSITIVE_INFINITY);
export const NegativeInfinity = numberVal(num.NEGATIVE_INFINITY);

export function nullVal(t: Type): Value {
  return new Value(t, NULL);
}
export function unknownVal(t: Type): Value {
  return new Value(t, UNKNOWN);
}
/** The unknown value of the dynamic pseudo-type. */
export const DynamicVal = unknownVal(DynamicPseudoType);
/** The `null` literal: null of the dynamic pseudo-type. */
export const NullDynamic = nullVal(DynamicPseudoType);

/** A list; all elements must have the same type (unify first, CTY-08). */
export function listVal(elements: readonly Value[]): Value {
  if (elements.length === 0) throw new Error("listVal: use listValEmpty for an empty list");
  const t = commonElementType(elements, "list");
  return new Value(listOf(t), elements.slice());
}
export function listValEmpty(elementType: Type): Value {
  return new Value(listOf(elementType), []);
}

export function tupleVal(elements: readonly Value[]): Value {
  return new Value(tupleOf(elements.map((e) => e.type)), elements.slice());
}
export const EmptyTupleVal = tupleVal([]);

/** A set: duplicates dropped, in cty's order (CTY-09). */
/**
 * cty `SetVal`. A set cannot hold marked elements (membership would depend
 * on them), so their marks move to the set itself, as in cty.
 */
export function setVal(elements: readonly Value[]): Value {
  if (elements.length === 0) throw new Error("setVal: use setValEmpty for an empty set");
  let marks: Marks[] | undefined;
  let bare = elements;
  for (let i = 0; i < elements.length; i++) {
    const [u, m] = elements[i]!.unmarkDeep();
    if (m.size > 0) {
      if (bare === elements) bare = elements.slice();
      (bare as Value[])[i] = u;
      (marks ??= []).push(m);
    }
  }
  const t = commonElementType(bare, "set");
  const set = new Value(setOf(t), normalizeSet(bare, t));
  return marks === undefined ? set : set.withMarks(...marks);
}

/** Whether a collection's length is known: a set holding unknowns may shrink once they are known (cty `Length`). */
export function lengthKnown(v: Value): boolean {
  if (!v.isKnown()) return false;
  if (v.type.kind !== "set") return true;
  const els = v.elements();
  return els.length === 1 || v.isWhollyKnown();
}
export function setValEmpty(elementType: Type): Value {
  return new Value(setOf(elementType), []);
}

export function mapVal(entries: Readonly<Record<string, Value>> | ReadonlyMap<string, Value>): Value {
  const list = entries instanceof Map ? [...entries] : Object.entries(entries);
  if (list.length === 0) throw new Error("mapVal: use mapValEmpty for an empty map");
  const t = commonElementType(
    list.map((e) => e[1]),
    "map",
  );
  return new Value(mapOf(t), sortedMap(list));
}
export function mapValEmpty(elementType: Type): Value {
  return new Value(mapOf(elementType), new Map());
}

export function objectVal(attrs: Readonly<Record<string, Value>> | ReadonlyMap<string, Value>): Value {
  const list = attrs instanceof Map ? [...attrs] : Object.entries(attrs);
  const t = recentObjectType(list);
  if (t !== undefined) return new Value(t, sortedValues(list));
  const types = new Map<string, Type>();
  for (const [k, v] of list) types.set(k, v.type);
  const made = objectOf(types);
  recentObjectTypes[recentNext] = made;
  recentNext = (recentNext + 1) % recentObjectTypes.length;
  return new Value(made, sortedValues(list));
}

/**
 * `objectVal` of attributes given as names in cty's key order and their
 * values, reusing `like` as the type when it has exactly these attributes
 * with these very (identical) types; `values` becomes the value's then.
 */
export function objectValInKeyOrder(names: readonly string[], values: Value[], like: Type | undefined): Value {
  if (like instanceof ObjectType && like.optional.size === 0 && like.attributeNames.length === names.length) {
    let fits = true;
    for (let i = 0; i < names.length && fits; i++) {
      fits = like.attributeNames[i] === names[i] && like.attributeType(names[i]!) === values[i]!.type;
    }
    if (fits) return new Value(like, values);
  }
  return objectVal(new Map(names.map((n, i) => [n, values[i]!])));
}

// The last few object types objectVal built. Configurations build many
// objects of a handful of shapes (every `labels = {…}` of every block), and
// types are immutable, so a value whose attributes have exactly the types of
// one of these shares it: no type to build, and type comparisons become
// identity checks.
const recentObjectTypes: (ObjectType | undefined)[] = [undefined, undefined, undefined, undefined];
let recentNext = 0;

function recentObjectType(list: readonly [string, Value][]): ObjectType | undefined {
  for (const t of recentObjectTypes) if (t !== undefined && listFitsExactly(t, list)) return t;
  return undefined;
}

function listFitsExactly(t: ObjectType, list: readonly [string, Value][]): boolean {
  if (t.attributeNames.length !== list.length || t.optional.size !== 0) return false;
  for (const [k, v] of list) if (t.attributeType(k) !== v.type) return false;
  return true;
}

export const EmptyObjectVal = objectVal({});

/**
 * `objectVal`, reusing `like` as the type when it has exactly these
 * attributes with these very (identical) types. A decoder that builds many
 * objects of one shape passes the type of the previous one: the objects then
 * share a type, which saves building it and makes comparing their types an
 * identity check.
 */
export function objectValLike(attrs: ReadonlyMap<string, Value>, like: Type | undefined): Value {
  const names = [...attrs.keys()].sort(compareKeys);
  return objectValInKeyOrder(
    names,
    names.map((n) => attrs.get(n)!),
    like,
  );
}

function capsuleEquals(a: Value, b: Value): boolean {
  const pa = (a.v as { capsule: unknown }).capsule;
  const pb = (b.v as { capsule: unknown }).capsule;
  const eq = a.type.kind === "capsule" ? a.type.ops.rawEquals : undefined;
  return eq !== undefined ? eq(pa, pb) : pa === pb;
}

export function capsuleVal(t: Type, payload: unknown): Value {
  if (t.kind !== "capsule") throw new Error("capsuleVal needs a capsule type");
  return new Value(t, { capsule: payload });
}

function sortedMap(list: [string, Value][]): Map<string, Value> {
  list.sort((a, b) => compareKeys(a[0], b[0]));
  return new Map(list);
}

function sortedValues(list: [string, Value][]): Value[] {
  list.sort((a, b) => compareKeys(a[0], b[0]));
  return list.map((e) => e[1]);
}

function commonElementType(elements: readonly Value[], what: string): Type {
  const t = elements[0]!.type;
  for (let i = 1; i < elements.length; i++) {
    if (!elements[i]!.type.equals(t)) {
      throw new Error(
        `inconsistent ${what} element types (element ${i} is ${elements[i]!.type.friendlyName()}, but element 0 is ${t.friendlyName()})`,
      );
    }
  }
  return t;
}

// ================================================================ sets

/** Removes duplicates and sorts set elements into cty's order (CTY-09). */
export function normalizeSet(elements: readonly Value[], elementType: Type): Value[] {
  const out: Value[] = [];
  for (const e of elements) {
    if (e.isKnown() && !e.isNull()) {
      if (out.some((o) => o.isKnown() && !o.isNull() && o.equals(e).isTrue())) continue;
    } else if (e.isNull() && out.some((o) => o.isNull())) continue;
    out.push(e);
  }
  const less = setLess(elementType);
  // A stable sort keeps insertion order for elements the order cannot tell apart.
  return out
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (less(a.v, b.v) ? -1 : less(b.v, a.v) ? 1 : a.i - b.i))
    .map((x) => x.v);
}

function setLess(t: Type): (a: Value, b: Value) => boolean {
  return (a, b) => {
    if (a.rawEquals(b)) return false;
    if (b.isNull() && !a.isNull()) return true;
    if (a.isNull()) return false;
    if (a.isKnown() && !b.isKnown()) return true;
    if (!a.isKnown()) return false;
    switch (t.kind) {
      case "string":
        return compareKeys(a.asString(), b.asString()) < 0;
      case "bool":
        return b.asBool() || !a.asBool();
      case "number":
        return num.compare(a.asNumber(), a.prec, b.asNumber(), b.prec) < 0;
      default:
        return compareKeys(setHashString(a), setHashString(b)) < 0;
    }
  };
}

/** cty's set hash serialisation, which orders sets of non-primitive elements. */
export function setHashString(v: Value): string {
  const [u] = v.unmark();
  if (!u.isKnown()) return "?";
  if (u.isNull()) return "~";
  switch (u.type.kind) {
    case "number":
      return num.numberShortText(u.asNumber(), u.prec);
    case "bool":
      return u.asBool() ? "T" : "F";
    case "string":
      return goQuote(u.asString());
    case "map": {
      let s = "{";
      for (const [k, e] of u.entries()) s += `${goQuote(k)}:${setHashString(e)};`;
      return s + "}";
    }
    case "list":
    case "set":
      return (
        "[" +
        u
          .elements()
          .map((e) => setHashString(e) + ";")
          .join("") +
        "]"
      );
    case "object": {
      let s = "<";
      for (const e of u.entries().values()) s += setHashString(e) + ";";
      return s + ">";
    }
    case "tuple":
      return (
        "<" +
        u
          .elements()
          .map((e) => setHashString(e) + ";")
          .join("") +
        ">"
      );
    case "capsule":
      return "«?»";
    case "dynamic":
      return "?";
  }
}

// ================================================================ debugging

function debugString(v: Value): string {
  const marks = v.isMarked() ? `.Mark(${[...v.marks!].join(",")})` : "";
  if (!v.isKnown()) return `cty.UnknownVal(${v.type.key})${marks}`;
  if (v.isNull()) return `cty.NullVal(${v.type.key})${marks}`;
  switch (v.type.kind) {
    case "string":
      return `cty.StringVal(${goQuote(v.asString())})${marks}`;
    case "number":
      return `cty.NumberVal(${num.numberText(v.asNumber(), v.prec)})${marks}`;
    case "bool":
      return (v.asBool() ? "cty.True" : "cty.False") + marks;
    case "list":
    case "set":
    case "tuple":
      return `cty.${v.type.kind === "list" ? "List" : v.type.kind === "set" ? "Set" : "Tuple"}Val([${v
        .elements()
        .map(debugString)
        .join(", ")}])${marks}`;
    case "map":
    case "object": {
      const parts = [...v.entries()].map(([k, e]) => `${goQuote(k)}: ${debugString(e)}`);
      return `cty.${v.type.kind === "map" ? "Map" : "Object"}Val({${parts.join(", ")}})${marks}`;
    }
    default:
      return `cty.Value(${v.type.key})`;
  }
}
