// objectValLike (used by hcldec's object spec): the same value as objectVal,
// sharing the offered type only when it has exactly the attributes, with the
// very same attribute types.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumberType, objectOf, type ObjectType, StringType } from "../../src/cty/types.js";
import { numberIntVal, objectVal, objectValLike, stringVal, type Value } from "../../src/cty/value.js";
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
        expect(got.type.key).toBe(want.type.key);
        expect(got.rawEquals(want)).toBe(true);
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
