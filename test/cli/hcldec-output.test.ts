/**
 * hcldec's output writer (CLI-05, CLI-06, CLI-07): the direct null-stripping
 * writer must give exactly what Go's round trip (cty JSON, decoded with
 * UseNumber, null properties deleted, re-encoded with sorted keys) gives,
 * and the indenting must be encoding/json's.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  diagnosticsJSON,
  emitOutputJSON,
  goIndent,
  outputJSON,
  stripJSONNullProperties,
} from "../../src/cli/hcldec.js";
import { marshalValue } from "../../src/cty/json.js";
import { DynamicPseudoType, StringType } from "../../src/cty/types.js";
import { listVal, nullVal, numberIntVal, objectVal, PositiveInfinity, stringVal } from "../../src/cty/value.js";
import { typedValueArb } from "../support/cty-arb.js";

describe("hcldec output", () => {
  it("writes stripped JSON as Go's round trip would (CLI-05)", () => {
    fc.assert(
      fc.property(typedValueArb({ nulls: true }), fc.boolean(), (v, withType) => {
        const roundTrip = stripJSONNullProperties(marshalValue(v, withType ? DynamicPseudoType : v.type));
        expect(outputJSON(v, withType, false)).toBe(roundTrip);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps nulls and the value-then-type order with --keep-nulls (CLI-05)", () => {
    const v = objectVal({ a: nullVal(StringType), b: stringVal("<&>") });
    expect(outputJSON(v, true, true)).toBe(
      '{"value":{"a":null,"b":"\\u003c\\u0026\\u003e"},"type":["object",{"a":"string","b":"string"}]}',
    );
    expect(outputJSON(v, true, false)).toBe(
      '{"type":["object",{"a":"string","b":"string"}],"value":{"b":"\\u003c\\u0026\\u003e"}}',
    );
    expect(outputJSON(nullVal(StringType), true, false)).toBe('{"type":"string"}');
    expect(outputJSON(nullVal(DynamicPseudoType), true, false)).toBe("null");
  });

  it("sorts keys by UTF-8 bytes, as Go's maps are written", () => {
    expect(stripJSONNullProperties('{"é":1,"z":2,"\\ud83d\\ude00":3,"\\uffff":4,"Z":null}')).toBe(
      '{"z":2,"é":1,"\uffff":4,"😀":3}',
    );
  });

  it("hands a large result on in pieces of about 64 KB that join to the whole", () => {
    const items = Array.from({ length: 3000 }, (_, i) =>
      objectVal({ name: stringVal(`item-${i} <${"x".repeat(40)}>`), gone: nullVal(StringType), n: numberIntVal(i) }),
    );
    const v = objectVal({ items: listVal(items), none: nullVal(StringType) });
    for (const withType of [false, true]) {
      const pieces: string[] = [];
      emitOutputJSON(v, withType, false, (p) => pieces.push(p));
      expect(pieces.length).toBeGreaterThan(2);
      for (const p of pieces.slice(0, -1)) expect(p.length).toBeGreaterThanOrEqual(1 << 16);
      for (const p of pieces) expect(p.length).toBeLessThan((1 << 16) + 200);
      expect(pieces.join("")).toBe(stripJSONNullProperties(marshalValue(v, withType ? DynamicPseudoType : v.type)));
    }
  });

  it("emits nothing for a result it cannot write, and says why", () => {
    const pieces: string[] = [];
    const v = objectVal({ a: stringVal("x".repeat(100_000)), b: PositiveInfinity });
    expect(() => emitOutputJSON(v, false, false, (p) => pieces.push(p))).toThrow("cannot serialize infinity as JSON");
    expect(pieces).toEqual([]);
  });

  it("indents as encoding/json's Indent does", () => {
    expect(goIndent('{"a":[],"b":{},"c":[1,{"d":"x,y:[z]"}]}')).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    {\n      "d": "x,y:[z]"\n    }\n  ]\n}',
    );
    expect(goIndent("[]")).toBe("[]");
    expect(goIndent('"a\\"{"')).toBe('"a\\"{"');
  });

  it("writes diagnostics as hcldec --diags=json does (CLI-07)", () => {
    expect(diagnosticsJSON([{ severity: "warning", summary: "S <x>", detail: "" }])).toBe(
      '{\n  "diagnostics": [\n    {\n      "severity": "warning",\n      "summary": "S \\u003cx\\u003e"\n    }\n  ]\n}\n',
    );
  });
});
