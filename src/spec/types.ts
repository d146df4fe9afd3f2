/**
 * Value types of config fields: HCL's types plus the refinements Packer's
 * configs need (durations, integers, enums). Each descriptor knows its cty
 * type (for the ObjectSpec) and carries the decoded TS type as a phantom, so
 * `Infer<typeof spec>` is computed from the declaration alone.
 */
import {
  BoolType,
  DynamicPseudoType,
  listOf,
  mapOf,
  NumberType,
  objectOf,
  setOf,
  StringType,
  type Type,
} from "../cty/types.js";

/** A JSON-like value: what an `any` field decodes to. */
export type PlainValue = null | string | number | boolean | PlainValue[] | { [key: string]: PlainValue };

interface TypeBase<T> {
  /** The cty type HCL input is converted to. */
  readonly hclType: Type;
  /** Phantom: never set, only carries the decoded TS type. */
  readonly __decoded?: T;
}

export interface StringFieldType extends TypeBase<string> {
  readonly kind: "string";
}
export interface NumberFieldType extends TypeBase<number> {
  readonly kind: "number";
}
/** A whole number (HCL number; JSON Schema `integer`). */
export interface IntFieldType extends TypeBase<number> {
  readonly kind: "int";
}
export interface BoolFieldType extends TypeBase<boolean> {
  readonly kind: "bool";
}
/**
 * A Go duration string (`"1h5m2s"`, `"300ms"`), as Packer's `time.Duration`
 * fields take it; decodes to milliseconds (fractions keep sub-ms units).
 */
export interface DurationFieldType extends TypeBase<number> {
  readonly kind: "duration";
}
/** One of a fixed set of strings. */
export interface EnumFieldType<V extends string = string> extends TypeBase<V> {
  readonly kind: "enum";
  readonly values: readonly V[];
}
export interface ListFieldType<T = unknown> extends TypeBase<T[]> {
  readonly kind: "list";
  readonly element: FieldType<T>;
}
/** Decodes to an array without duplicates, in HCL's set order. */
export interface SetFieldType<T = unknown> extends TypeBase<T[]> {
  readonly kind: "set";
  readonly element: FieldType<T>;
}
export interface MapFieldType<T = unknown> extends TypeBase<Record<string, T>> {
  readonly kind: "map";
  readonly element: FieldType<T>;
}
export interface ObjectFieldType<T = unknown> extends TypeBase<T> {
  readonly kind: "object";
  readonly attributes: Readonly<Record<string, FieldType<unknown>>>;
}
export interface AnyFieldType extends TypeBase<PlainValue> {
  readonly kind: "any";
}

export type FieldType<T = unknown> =
  | StringFieldType
  | NumberFieldType
  | IntFieldType
  | BoolFieldType
  | DurationFieldType
  | EnumFieldType
  | ListFieldType<T>
  | SetFieldType<T>
  | MapFieldType<T>
  | ObjectFieldType<T>
  | AnyFieldType;

/** The decoded TS type of a field type. */
export type TypeOf<F> = F extends TypeBase<infer T> ? T : never;

type ObjectOf<S extends Record<string, FieldType<unknown>>> = { [K in keyof S]: TypeOf<S[K]> };

const stringType: StringFieldType = { kind: "string", hclType: StringType };
const numberType: NumberFieldType = { kind: "number", hclType: NumberType };
const intType: IntFieldType = { kind: "int", hclType: NumberType };
const boolType: BoolFieldType = { kind: "bool", hclType: BoolType };
const durationType: DurationFieldType = { kind: "duration", hclType: StringType };
const anyType: AnyFieldType = { kind: "any", hclType: DynamicPseudoType };

/** The type constructors: `t.list(t.string)`, `t.enum("upload", "download")` … */
export const t = {
  string: stringType,
  number: numberType,
  int: intType,
  bool: boolType,
  duration: durationType,
  any: anyType,
  enum<const V extends string>(...values: V[]): EnumFieldType<V> {
    if (values.length === 0) throw new Error("t.enum needs at least one value");
    return { kind: "enum", values, hclType: StringType };
  },
  list<E extends FieldType<unknown>>(element: E): ListFieldType<TypeOf<E>> {
    return { kind: "list", element: element as FieldType<TypeOf<E>>, hclType: listOf(element.hclType) };
  },
  set<E extends FieldType<unknown>>(element: E): SetFieldType<TypeOf<E>> {
    return { kind: "set", element: element as FieldType<TypeOf<E>>, hclType: setOf(element.hclType) };
  },
  map<E extends FieldType<unknown>>(element: E): MapFieldType<TypeOf<E>> {
    return { kind: "map", element: element as FieldType<TypeOf<E>>, hclType: mapOf(element.hclType) };
  },
  object<S extends Record<string, FieldType<unknown>>>(attributes: S): ObjectFieldType<ObjectOf<S>> {
    const types: Record<string, Type> = {};
    for (const [k, v] of Object.entries(attributes)) types[k] = v.hclType;
    return { kind: "object", attributes, hclType: objectOf(types) };
  },
} as const;

/**
 * The type in HCL's type-constraint syntax, as docs show it: `list(string)`,
 * `map(number)`, `object({a=string})`. Durations and enums are strings to HCL.
 */
export function hclTypeText(ft: FieldType<unknown>): string {
  switch (ft.kind) {
    case "string":
    case "duration":
    case "enum":
      return "string";
    case "number":
    case "int":
      return "number";
    case "bool":
      return "bool";
    case "any":
      return "any";
    case "list":
    case "set":
    case "map":
      return `${ft.kind}(${hclTypeText(ft.element)})`;
    case "object":
      return `object({${Object.entries(ft.attributes)
        .map(([k, v]) => `${k}=${hclTypeText(v)}`)
        .join(", ")}})`;
  }
}

/** What a value of this type is called in an error ("a list of string"). */
export function typeNoun(ft: FieldType<unknown>): string {
  switch (ft.kind) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "int":
      return "a whole number";
    case "bool":
      return "a bool";
    case "duration":
      return 'a duration string such as "30s" or "1h5m"';
    case "enum":
      return `one of ${quotedList(ft.values)}`;
    case "any":
      return "any value";
    case "list":
      return `a list of ${hclTypeText(ft.element)}`;
    case "set":
      return `a set of ${hclTypeText(ft.element)}`;
    case "map":
      return `a map of ${hclTypeText(ft.element)}`;
    case "object":
      return `an object with attributes ${quotedList(Object.keys(ft.attributes))}`;
  }
}

/** `a`, `a or b`, `a, b or c` (items already formatted). */
export function wordList(items: readonly string[], conj = "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conj} ${items[items.length - 1]}`;
}

/** `"a", "b" or "c"` */
export function quotedList(values: readonly string[], conj = "or"): string {
  return wordList(
    values.map((v) => JSON.stringify(v)),
    conj,
  );
}
