/** ObjectSpec (DEC-04): one object attribute per entry, each decoded from the same body. */
import { compareKeys, EmptyObjectType, objectOf, type Type } from "../../cty/types.js";
import { objectValInKeyOrder, type Value } from "../../cty/value.js";
import type { Diagnostic } from "../../hcl/diagnostic.js";
import type { SpecKind } from "../kind.js";
import type { ObjectSpec, Spec } from "../spec.js";

export const objectKind: SpecKind<ObjectSpec> = {
  decode(spec, content, labels, ctx, d) {
    // Go ranges over a map here, so its order is random; ours is the spec's entry order.
    const entries = entriesOf(spec);
    const values: Value[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const [, child] of entries) {
      const r = d.decodeContent(child, content, labels, ctx);
      values.push(r.value);
      if (r.diagnostics.length > 0) diagnostics.push(...r.diagnostics);
    }
    // Gathered in cty's key order, the values can become the object's own.
    const order = keyOrderOf(spec, entries);
    const names = namesInKeyOrder(spec, entries, order);
    const ordered = order.map((i) => values[i]!);
    // The first object of a spec shares the implied type when it fits, as empty block lists of that spec use it.
    const value = objectValInKeyOrder(names, ordered, lastTypes.get(spec) ?? d.impliedType(spec));
    lastTypes.set(spec, value.type);
    return { value, diagnostics };
  },
  impliedType(spec, d): Type {
    const entries = Object.entries(spec.attributes);
    if (entries.length === 0) return EmptyObjectType;
    return objectOf(new Map(entries.map(([name, child]) => [name, d.impliedType(child)])));
  },
  visitSameBodyChildren(spec, visit) {
    for (const child of Object.values(spec.attributes)) visit(child);
  },
  sourceRange(_spec, content) {
    // Nothing narrower describes a whole object; Go answers the same.
    return content.missingItemRange;
  },
};

const entryLists = new WeakMap<ObjectSpec, [string, Spec][]>();

/** The type of the object each spec decoded last, offered for reuse to the next one. */
const lastTypes = new WeakMap<ObjectSpec, Type>();

const keyOrders = new WeakMap<ObjectSpec, number[]>();

/** The indices of the entries in cty's attribute order, worked out once per spec. */
function keyOrderOf(spec: ObjectSpec, entries: readonly [string, Spec][]): number[] {
  let order = keyOrders.get(spec);
  if (order === undefined) {
    order = entries.map((_, i) => i).sort((a, b) => compareKeys(entries[a]![0], entries[b]![0]));
    keyOrders.set(spec, order);
  }
  return order;
}

const keyNames = new WeakMap<ObjectSpec, string[]>();

/** The entries' names in cty's attribute order, listed once per spec. */
function namesInKeyOrder(spec: ObjectSpec, entries: readonly [string, Spec][], order: readonly number[]): string[] {
  let names = keyNames.get(spec);
  if (names === undefined) keyNames.set(spec, (names = order.map((i) => entries[i]![0])));
  return names;
}

/** The entries, listed once per spec: an object spec nested in a block is decoded once per block. */
function entriesOf(spec: ObjectSpec): [string, Spec][] {
  let entries = entryLists.get(spec);
  if (entries === undefined) entryLists.set(spec, (entries = Object.entries(spec.attributes)));
  return entries;
}
