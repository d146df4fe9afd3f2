// objectValLike and objectValInKeyOrder (hcldec's object spec): the same
// value as objectVal, sharing the offered type only when it has exactly the
// attributes, with the very same attribute types.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../grammar/index.js";
import {
  compareKeys,
  listOf,
  mapOf,
  NumberType,
  objectOf,
  type ObjectType,
  setOf,
  StringType,
} from "../../src/cty/types.js";
import {
  numberIntVal,
  objectVal,
  objectValInKeyOrder,
  objectValLike,
  stringVal,
  type Value,
} from "../../src/cty/value.js";
import { nativeBody } from "../../src/hcl/native-body.js";
import { decode } from "../../src/hcldec/decode.js";
import type { Spec } from "../../src/hcldec/spec.js";
import { typedValueArb } from "../support/cty-arb.js";

describe("objectValLike", () => {
  it("equals objectVal, and reuses the offered type only when it fits exactly", () => {
    const attrsArb = fc.dictionary(fc.string({ maxLength: 4 }), typedValueArb(), { maxKeys: 4 });
    fc.assert(
      // `b` is sometimes `a` itself, whose attribute types then fit by identity.
      fc.property(attrsArb, attrsArb, fc.boolean(), (a, b0, same) => {
        const b = same ? a : b0;
        const first = objectVal(new Map(Object.entries(a)));
        const attrs = new Map<string, Value>(Object.entries(b));
        const got = objectValLike(attrs, first.type);
        const want = objectVal(attrs);
        // The same attributes as names in cty's key order and their values.
        const names = [...attrs.keys()].sort(compareKeys);
        const inOrder = objectValInKeyOrder(
          names,
          names.map((n) => attrs.get(n)!),
          first.type,
        );
        for (const v of [got, inOrder]) {
          expect(v.type.key).toBe(want.type.key);
          expect(v.rawEquals(want)).toBe(true);
          // Attributes iterate in cty's order (output depends on it), however the value was built.
          expect([...v.entries()].map(([k]) => k)).toEqual([...want.entries()].map(([k]) => k));
        }
        expect(inOrder.type).toBe(got.type);
        const firstTypes = (first.type as ObjectType).attributeTypes();
        const fits = attrs.size === firstTypes.size && [...attrs].every(([k, v]) => firstTypes.get(k) === v.type);
        expect(got.type === first.type).toBe(fits);
      }),
      { seed: 20261126, numRuns: 500 },
    );
  });

  it("shares the type of consecutive objects of one shape", () => {
    const a = objectValLike(
      new Map([
        ["x", stringVal("a")],
        ["n", numberIntVal(1)],
      ]),
      undefined,
    );
    const b = objectValLike(
      new Map([
        ["n", numberIntVal(2)],
        ["x", stringVal("b")],
      ]),
      a.type,
    );
    expect(b.type).toBe(a.type);
    expect(b.getAttr("n").asNumber()).toBe(2);
    // An optional-attribute type is never reused: it is a constraint, not a value's type.
    const opt = objectOf({ x: StringType, n: NumberType }, ["n"]);
    expect(
      objectValLike(
        new Map([
          ["x", stringVal("a")],
          ["n", numberIntVal(1)],
        ]),
        opt,
      ).type,
    ).not.toBe(opt);
  });

  it("objectVal shares a recent type of the same shape, and its type is always the structural one", () => {
    const a = objectVal(
      new Map([
        ["x", stringVal("a")],
        ["n", numberIntVal(1)],
      ]),
    );
    const b = objectVal({ n: numberIntVal(2), x: stringVal("b") });
    expect(b.type).toBe(a.type);
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 3 }), typedValueArb(), { maxKeys: 3 }), (attrs) => {
        const v = objectVal(attrs);
        const want = objectOf(new Map(Object.entries(attrs).map(([k, x]) => [k, x.type])));
        expect(v.type.key).toBe(want.key);
      }),
      { seed: 20261126, numRuns: 500 },
    );
  });
});

describe("object values", () => {
  it("give their attributes in key order alike through entries, forEachEntry, getAttr and lengthInt", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), typedValueArb(), { maxKeys: 6 }), (attrs) => {
        const v = objectVal(attrs);
        const sorted = Object.keys(attrs).sort(compareKeys);
        expect([...v.entries().keys()]).toEqual(sorted);
        const seen: [string, Value][] = [];
        v.forEachEntry((k, e) => seen.push([k, e]));
        expect(seen).toEqual([...v.entries()]);
        for (const k of sorted) expect(v.getAttr(k)).toBe(attrs[k]);
        expect(v.lengthInt()).toBe(sorted.length);
        expect(() => v.getAttr("no such attribute")).toThrow("no attribute");
      }),
      { seed: 20261127, numRuns: 300 },
    );
  });
});

describe("shared types", () => {
  it("makes each collection type once per element type", () => {
    expect(listOf(StringType)).toBe(listOf(StringType));
    expect(setOf(NumberType)).toBe(setOf(NumberType));
    expect(mapOf(listOf(StringType))).toBe(mapOf(listOf(StringType)));
    expect(listOf(StringType)).not.toBe(setOf(StringType));
    expect(listOf(StringType)).not.toBe(listOf(NumberType));
    // Structurally equal element types that are distinct objects give distinct (but equal) collection types.
    const a = objectOf({ x: StringType });
    const b = objectOf({ x: StringType });
    expect(listOf(a)).not.toBe(listOf(b));
    expect(listOf(a).equals(listOf(b))).toBe(true);
  });

  it("gives blocks decoded with one spec one shared type, empty block lists included", () => {
    const item = {
      kind: "object",
      attributes: {
        tags: { kind: "attr", name: "tags", type: listOf(StringType), required: false },
        n: { kind: "attr", name: "n", type: NumberType, required: false },
      },
    } as const;
    const spec: Spec = {
      kind: "block_map",
      typeName: "svc",
      labelNames: ["name"],
      nested: {
        kind: "object",
        attributes: { ...item.attributes, vols: { kind: "block_list", typeName: "vol", nested: item } },
      },
    };
    const text =
      'svc "a" {\n  tags = ["x"]\n  n = 1\n}\nsvc "b" {\n  tags = ["y", "z"]\n  n = 2\n  vol {\n    n = 3\n  }\n}\n';
    const file = parseConfig(text, "svc.hcl");
    const r = decode(nativeBody(file.file.body), spec, undefined);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.type.kind).toBe("map");
    const [a, b] = [...r.value.entries()].map(([, v]) => v) as [Value, Value];
    expect(a.type).toBe(b.type);
    expect(a.getAttr("vols").type).toBe(b.getAttr("vols").type);
    expect(a.getAttr("tags").type).toBe(listOf(StringType));
  });
});
