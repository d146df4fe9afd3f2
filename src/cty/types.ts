/**
 * cty's type system (CTY-01, CTY-02): primitives, collections, structural
 * types, the dynamic pseudo-type and capsules. Types are immutable and
 * compared structurally; each carries a canonical key so equality is a
 * string comparison after the first use.
 */

export type TypeKind =
  "string" | "number" | "bool" | "list" | "set" | "map" | "object" | "tuple" | "dynamic" | "capsule";

abstract class TypeBase {
  abstract readonly kind: TypeKind;
  private keyCache: string | undefined;

  /** A canonical string: equal types have equal keys. */
  get key(): string {
    return (this.keyCache ??= this.computeKey());
  }
  protected abstract computeKey(): string;

  /** Structural equality (cty `Type.Equals`), optional-attribute markers included. */
  equals(other: Type): boolean {
    return (this as unknown) === other || this.key === other.key;
  }

  isPrimitive(): this is PrimitiveType {
    return this.kind === "string" || this.kind === "number" || this.kind === "bool";
  }
  isCollection(): this is ListType | SetType | MapType {
    return this.kind === "list" || this.kind === "set" || this.kind === "map";
  }
  isList(): this is ListType {
    return this.kind === "list";
  }
  isSet(): this is SetType {
    return this.kind === "set";
  }
  isMap(): this is MapType {
    return this.kind === "map";
  }
  isObject(): this is ObjectType {
    return this.kind === "object";
  }
  isTuple(): this is TupleType {
    return this.kind === "tuple";
  }
  isDynamic(): this is DynamicType {
    return this.kind === "dynamic";
  }
  isCapsule(): this is CapsuleType {
    return this.kind === "capsule";
  }

  /** cty `FriendlyName`: "string", "list of number", "object", "dynamic" … (CTY-11). */
  friendlyName(): string {
    return this.friendly(false);
  }

  /** cty `FriendlyNameForConstraint`: like friendlyName, with "any type" for dynamic. */
  friendlyNameForConstraint(): string {
    return this.friendly(true);
  }

  /** @internal */
  abstract friendly(constraint: boolean): string;

  /** True when the type is or contains the dynamic pseudo-type. */
  hasDynamicTypes(): boolean {
    return false;
  }

  /** The same type with every optional-attribute marker removed, at any depth (CTY-02). */
  withoutOptionalAttributesDeep(): Type {
    return this as unknown as Type;
  }
}

export class PrimitiveType extends TypeBase {
  constructor(readonly kind: "string" | "number" | "bool") {
    super();
  }
  protected computeKey(): string {
    return this.kind;
  }
  friendly(): string {
    return this.kind;
  }
}

export class DynamicType extends TypeBase {
  readonly kind = "dynamic" as const;
  protected computeKey(): string {
    return "dynamic";
  }
  friendly(constraint: boolean): string {
    return constraint ? "any type" : "dynamic";
  }
  override hasDynamicTypes(): boolean {
    return true;
  }
}

abstract class CollectionTypeBase extends TypeBase {
  constructor(readonly elementType: Type) {
    super();
  }
  override hasDynamicTypes(): boolean {
    return this.elementType.hasDynamicTypes();
  }
  protected elemFriendly(constraint: boolean): string {
    if (constraint && this.elementType.kind === "dynamic") return "any single type";
    return this.elementType.friendly(constraint);
  }
}

export class ListType extends CollectionTypeBase {
  readonly kind = "list" as const;
  protected computeKey(): string {
    return `list(${this.elementType.key})`;
  }
  friendly(constraint: boolean): string {
    return "list of " + this.elemFriendly(constraint);
  }
  override withoutOptionalAttributesDeep(): Type {
    const e = this.elementType.withoutOptionalAttributesDeep();
    return e === this.elementType ? this : listOf(e);
  }
}

export class SetType extends CollectionTypeBase {
  readonly kind = "set" as const;
  protected computeKey(): string {
    return `set(${this.elementType.key})`;
  }
  friendly(constraint: boolean): string {
    return "set of " + this.elemFriendly(constraint);
  }
  override withoutOptionalAttributesDeep(): Type {
    const e = this.elementType.withoutOptionalAttributesDeep();
    return e === this.elementType ? this : setOf(e);
  }
}

export class MapType extends CollectionTypeBase {
  readonly kind = "map" as const;
  protected computeKey(): string {
    return `map(${this.elementType.key})`;
  }
  friendly(constraint: boolean): string {
    return "map of " + this.elemFriendly(constraint);
  }
  override withoutOptionalAttributesDeep(): Type {
    const e = this.elementType.withoutOptionalAttributesDeep();
    return e === this.elementType ? this : mapOf(e);
  }
}

/** Compares strings by UTF-8 byte order (= code point order), as Go sorts map keys. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800..DFFF) encode code points above U+FFFF, which sort after U+E000..FFFF.
    if (x >= 0xd800 && x <= 0xdfff) x += 0x2000;
    else if (x >= 0xe000) x -= 0x800;
    if (y >= 0xd800 && y <= 0xdfff) y += 0x2000;
    else if (y >= 0xe000) y -= 0x800;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

export class ObjectType extends TypeBase {
  readonly kind = "object" as const;
  /** Attribute names in sorted (byte) order. */
  readonly attributeNames: readonly string[];
  private readonly attrs: ReadonlyMap<string, Type>;
  /** Names of optional attributes (only meaningful for conversion into this type). */
  readonly optional: ReadonlySet<string>;

  /** Each attribute's place in attributeNames (an object value keeps its attributes' values in that order). */
  private indexes: ReadonlyMap<string, number> | undefined;

  constructor(attributes: Readonly<Record<string, Type>> | ReadonlyMap<string, Type>, optional?: Iterable<string>) {
    super();
    const entries = attributes instanceof Map ? [...attributes] : Object.entries(attributes);
    entries.sort((a, b) => compareKeys(a[0], b[0]));
    this.attrs = new Map(entries);
    this.attributeNames = entries.map((e) => e[0]);
    const opt = new Set<string>();
    for (const o of optional ?? []) {
      if (!this.attrs.has(o)) throw new Error(`optional attribute ${JSON.stringify(o)} is not an attribute`);
      opt.add(o);
    }
    this.optional = opt;
  }

  attributeType(name: string): Type | undefined {
    return this.attrs.get(name);
  }
  /** The attribute's place in attributeNames, or -1. */
  attributeIndex(name: string): number {
    this.indexes ??= new Map(this.attributeNames.map((n, i) => [n, i]));
    return this.indexes.get(name) ?? -1;
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  /** Attribute names and types, in sorted order. */
  attributeTypes(): ReadonlyMap<string, Type> {
    return this.attrs;
  }
  isOptional(name: string): boolean {
    return this.optional.has(name);
  }
  protected computeKey(): string {
    const parts = this.attributeNames.map(
      (n) => `${JSON.stringify(n)}${this.optional.has(n) ? "?" : ""}:${this.attrs.get(n)!.key}`,
    );
    return `object({${parts.join(",")}})`;
  }
  friendly(): string {
    return "object";
  }
  override hasDynamicTypes(): boolean {
    for (const t of this.attrs.values()) if (t.hasDynamicTypes()) return true;
    return false;
  }
  override withoutOptionalAttributesDeep(): Type {
    let changed = this.optional.size > 0;
    const out = new Map<string, Type>();
    for (const [n, t] of this.attrs) {
      const s = t.withoutOptionalAttributesDeep();
      if (s !== t) changed = true;
      out.set(n, s);
    }
    return changed ? new ObjectType(out) : this;
  }
}

export class TupleType extends TypeBase {
  readonly kind = "tuple" as const;
  constructor(readonly elementTypes: readonly Type[]) {
    super();
  }
  protected computeKey(): string {
    return `tuple([${this.elementTypes.map((t) => t.key).join(",")}])`;
  }
  friendly(): string {
    return "tuple";
  }
  override hasDynamicTypes(): boolean {
    return this.elementTypes.some((t) => t.hasDynamicTypes());
  }
  override withoutOptionalAttributesDeep(): Type {
    let changed = false;
    const out = this.elementTypes.map((t) => {
      const s = t.withoutOptionalAttributesDeep();
      if (s !== t) changed = true;
      return s;
    });
    return changed ? new TupleType(out) : this;
  }
}

/**
 * An application-defined opaque type (cty capsule), used for values the
 * language cannot inspect, such as an unevaluated expression handed to a
 * function (CUS-01).
 */
export class CapsuleType extends TypeBase {
  readonly kind = "capsule" as const;
  private static next = 0;
  private readonly id = CapsuleType.next++;
  constructor(
    readonly name: string,
    readonly ops: CapsuleOps = {},
  ) {
    super();
  }
  protected computeKey(): string {
    return `capsule#${this.id}(${this.name})`;
  }
  friendly(): string {
    return this.name;
  }
}

/** Optional behaviour of a capsule type (cty `CapsuleOps`). */
export interface CapsuleOps {
  /** Data for extensions, by a key the extension owns (e.g. HCL's custom expression decoder). */
  extensionData?(key: symbol): unknown;
  /** Equality of two payloads; identity when absent. */
  rawEquals?(a: unknown, b: unknown): boolean;
}

export type Type = PrimitiveType | ListType | SetType | MapType | ObjectType | TupleType | DynamicType | CapsuleType;

export const StringType = new PrimitiveType("string");
export const NumberType = new PrimitiveType("number");
export const BoolType = new PrimitiveType("bool");
/** The dynamic pseudo-type: "any type" in constraints; the type of an unknown whose type is not known. */
export const DynamicPseudoType: DynamicType = new DynamicType();

// Types are immutable, so each collection type is made once per element type
// (by identity). Values built from one spec or one conversion then share
// their types, and comparing those types is an identity check rather than a
// structural key to build and compare.
const listTypes = new WeakMap<Type, ListType>();
const setTypes = new WeakMap<Type, SetType>();
const mapTypes = new WeakMap<Type, MapType>();

export function listOf(t: Type): ListType {
  let c = listTypes.get(t);
  if (c === undefined) listTypes.set(t, (c = new ListType(t)));
  return c;
}
export function setOf(t: Type): SetType {
  let c = setTypes.get(t);
  if (c === undefined) setTypes.set(t, (c = new SetType(t)));
  return c;
}
export function mapOf(t: Type): MapType {
  let c = mapTypes.get(t);
  if (c === undefined) mapTypes.set(t, (c = new MapType(t)));
  return c;
}
export function objectOf(
  attributes: Readonly<Record<string, Type>> | ReadonlyMap<string, Type>,
  optional?: Iterable<string>,
): ObjectType {
  return new ObjectType(attributes, optional);
}
export function tupleOf(types: readonly Type[]): TupleType {
  return new TupleType(types);
}

export const EmptyObjectType = objectOf({});
export const EmptyTupleType = tupleOf([]);

/**
 * The type in HCL's type-constraint syntax (typeexpr `TypeString`, TYX-04):
 * `list(string)`, `object({a=string,b=number})`, `tuple([string])`, `any`.
 */
export function typeString(t: Type): string {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
      return t.kind;
    case "dynamic":
      return "any";
    case "list":
    case "set":
    case "map":
      return `${t.kind}(${typeString(t.elementType)})`;
    case "object": {
      const parts = t.attributeNames.map((n) => {
        const at = typeString(t.attributeType(n)!);
        return `${n}=${t.isOptional(n) ? `optional(${at})` : at}`;
      });
      return `object({${parts.join(",")}})`;
    }
    case "tuple":
      return `tuple([${t.elementTypes.map(typeString).join(",")}])`;
    case "capsule":
      return t.name;
  }
}
