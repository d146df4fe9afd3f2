/**
 * Unit tests of the same-body kinds over native bodies: object, tuple,
 * attr, literal, expr, default (DEC-04..08, DEC-17, DEC-23), with exact
 * values, types and diagnostics (words, subjects) as Go's hcldec gives them.
 */
import { describe, expect, it } from "vitest";
import { BoolType, DynamicPseudoType, listOf, mapOf, NumberType, objectOf, StringType } from "../../src/cty/types.js";
import { nullVal, numberIntVal, stringVal } from "../../src/cty/value.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { impliedType } from "../../src/hcldec/decode.js";
import type { Spec } from "../../src/hcldec/spec.js";
import { expr, run, typeJSON } from "./helpers.js";

const attr = (
  name: string,
  type = DynamicPseudoType as import("../../src/cty/types.js").Type,
  required = false,
): Spec => ({
  kind: "attr",
  name,
  type,
  required,
});

describe("object (DEC-04)", () => {
  const spec: Spec = { kind: "object", attributes: { a: attr("a", NumberType), b: attr("b", StringType) } };

  it("has one attribute per entry, nulls included", () => {
    const r = run(spec, "a = 1\n");
    expect(r.value).toBe('cty.ObjectVal({"a": cty.NumberVal(1), "b": cty.NullVal(string)})');
    expect(r.type).toBe('["object",{"a":"number","b":"string"}]');
    expect(r.diags).toEqual([]);
  });

  it("implies an object type; empty object for no entries", () => {
    expect(typeJSON(impliedType(spec))).toBe('["object",{"a":"number","b":"string"}]');
    expect(typeJSON(impliedType({ kind: "object", attributes: {} }))).toBe('["object",{}]');
    expect(run({ kind: "object", attributes: {} }, "").value).toBe("cty.ObjectVal({})");
  });

  it("reports leftovers from reading the body (SYN-12), with suggestions", () => {
    const r = run(spec, 'a = 1\nbb = "x"\nc {}\n');
    expect(r.diags).toEqual([
      'error: Unsupported argument; An argument named "bb" is not expected here. Did you mean "b"? @ 2,1-2,3',
      'error: Unsupported block type; Blocks of type "c" are not expected here. @ 3,1-3,2',
    ]);
    expect(r.value).toBe('cty.ObjectVal({"a": cty.NumberVal(1), "b": cty.NullVal(string)})');
  });
});

describe("tuple (DEC-05)", () => {
  it("has one element per spec, decoded from the same body", () => {
    const spec: Spec = { kind: "tuple", elements: [attr("a", StringType), attr("a", NumberType)] };
    const r = run(spec, 'a = "1"\n');
    expect(r.value).toBe('cty.TupleVal([cty.StringVal("1"), cty.NumberVal(1)])');
    expect(r.type).toBe('["tuple",["string","number"]]');
    expect(typeJSON(impliedType({ kind: "tuple", elements: [] }))).toBe('["tuple",[]]');
  });
});

describe("attr (DEC-06)", () => {
  it("converts to the spec's type", () => {
    const r = run(attr("a", listOf(StringType)), "a = [1, true]\n");
    expect(r.value).toBe('cty.ListVal([cty.StringVal("1"), cty.StringVal("true")])');
    expect(r.type).toBe('["list","string"]');
  });

  it("is a typed null when absent", () => {
    expect(run(attr("a", mapOf(BoolType)), "").value).toBe("cty.NullVal(map(bool))");
  });

  it("keeps the value as it is for type any", () => {
    expect(run(attr("a"), "a = [1, true]\n").type).toBe('["tuple",["number","bool"]]');
  });

  it("reports a missing required argument at the body's start (SYN-10)", () => {
    const r = run({ kind: "object", attributes: { a: attr("a", StringType, true) } }, "\n\nb = 1\n");
    expect(r.diags).toEqual([
      'error: Missing required argument; The argument "a" is required, but no definition was found. @ 1,1-1,1',
      'error: Unsupported argument; An argument named "b" is not expected here. Did you mean "a"? @ 3,1-3,2',
    ]);
  });

  it("counts an explicit null as set for `required` (DEC-23)", () => {
    const r = run(attr("a", StringType, true), "a = null\n");
    expect(r.value).toBe("cty.NullVal(string)");
    expect(r.diags).toEqual([]);
  });

  it("reports a wrong type with Go's words, subject the expression, context name..expression", () => {
    const r = run(attr("port", NumberType), 'port = "eighty"\n');
    expect(r.diags).toEqual([
      'error: Incorrect attribute value type; Inappropriate value for attribute "port": a number is required. @ 1,8-1,16',
    ]);
    expect(r.diagnostics[0]!.context?.start.column).toBe(1);
    expect(r.diagnostics[0]!.context?.end.column).toBe(16);
    // An unknown of the wanted type stands in for the value.
    expect(r.value).toBe("cty.UnknownVal(number)");
  });

  it("names the missing attribute of an object type", () => {
    const r = run(attr("o", objectOf({ x: StringType })), "o = {}\n");
    expect(r.diags).toEqual([
      'error: Incorrect attribute value type; Inappropriate value for attribute "o": attribute "x" is required. @ 1,5-1,7',
    ]);
  });

  it("passes evaluation diagnostics through, and says which values the expression saw", () => {
    const ctx = new EvalContext({ variables: { v: stringVal("x") } });
    const r = run(attr("a", NumberType), "a = v\n", ctx);
    expect(r.diags).toEqual([
      'error: Incorrect attribute value type; Inappropriate value for attribute "a": a number is required. @ 1,5-1,6',
    ]);
    expect(r.diagnostics[0]!.values).toEqual([{ traversal: "v", statement: ' as "x"' }]);
    const r2 = run(attr("a", NumberType), "a = w\n", ctx);
    expect(r2.diags).toEqual(['error: Unknown variable; There is no variable named "w". Did you mean "v"? @ 1,5-1,6']);
    expect(r2.value).toBe("cty.UnknownVal(number)");
  });

  it("without a context, variables are not allowed", () => {
    expect(run(attr("a"), "a = v\n").diags).toEqual([
      "error: Variables not allowed; Variables may not be used here. @ 1,5-1,6",
    ]);
  });

  it("keeps marks through conversion (DEC-22)", () => {
    const ctx = new EvalContext({ variables: { secret: numberIntVal(5).mark("sensitive") } });
    const r = run(attr("a", StringType), "a = secret\n", ctx);
    expect(r.value).toBe('cty.StringVal("5").Mark(sensitive)');
  });
});

describe("literal (DEC-07) and expr (DEC-08)", () => {
  it("literal ignores the body but the body must still be empty", () => {
    const r = run({ kind: "literal", value: stringVal("x") }, "a = 1\n");
    expect(r.value).toBe('cty.StringVal("x")');
    expect(r.diags).toEqual(['error: Unsupported argument; An argument named "a" is not expected here. @ 1,1-1,2']);
    expect(typeJSON(impliedType({ kind: "literal", value: stringVal("x") }))).toBe('"string"');
  });

  it("expr evaluates in the decode context; its type is dynamic until then", () => {
    const spec: Spec = { kind: "expr", expr: expr("n + 1") };
    const ctx = new EvalContext({ variables: { n: numberIntVal(41) } });
    expect(run(spec, "", ctx).value).toBe("cty.NumberVal(42)");
    expect(typeJSON(impliedType(spec))).toBe('"dynamic"');
    expect(run(spec, "").diags).toEqual(["error: Variables not allowed; Variables may not be used here. @ 1,1-1,2"]);
  });
});

describe("default (DEC-17, DEC-23)", () => {
  const spec: Spec = {
    kind: "default",
    primary: attr("a", StringType),
    default: { kind: "literal", value: stringVal("fallback") },
  };

  it("uses the primary when it is not null", () => {
    expect(run(spec, 'a = "given"\n').value).toBe('cty.StringVal("given")');
  });

  it("uses the default when the primary is absent or explicitly null", () => {
    expect(run(spec, "").value).toBe('cty.StringVal("fallback")');
    expect(run(spec, "a = null\n").value).toBe('cty.StringVal("fallback")');
  });

  it("can fall back to another attribute; both are in the schema", () => {
    const two: Spec = { kind: "default", primary: attr("a", StringType), default: attr("b", StringType) };
    expect(run(two, 'b = "bee"\n').value).toBe('cty.StringVal("bee")');
    expect(run(two, 'a = "ay"\nb = "bee"\n').value).toBe('cty.StringVal("ay")');
  });

  it("implies the primary's type", () => {
    expect(typeJSON(impliedType(spec))).toBe('"string"');
  });

  it("reports a required attribute under default as missing even when set, as Go does", () => {
    // The attribute appears twice in the implied schema (the default's own schemata and the walk over
    // its children); the second lookup finds it consumed. Go 2.14.1 and 2.19 both do this.
    const req: Spec = { kind: "default", primary: attr("b", StringType, true), default: attr("c", StringType) };
    expect(run(req, 'b = "x"\n').diags).toEqual([
      'error: Missing required argument; The argument "b" is required, but no definition was found. @ 1,1-1,1',
    ]);
  });

  it("keeps the diagnostics of both sides", () => {
    const two: Spec = { kind: "default", primary: attr("a", NumberType), default: attr("b", NumberType) };
    const r = run(two, 'a = "x"\nb = "y"\n');
    // The failed primary is an unknown, not a null, so the default is not used.
    expect(r.value).toBe("cty.UnknownVal(number)");
    expect(r.diags).toHaveLength(1);
  });
});

describe("marks through the same-body kinds (DEC-22)", () => {
  const ctx = new EvalContext({
    variables: { secret: stringVal("pw").mark("sensitive"), gone: nullVal(StringType).mark("sensitive") },
  });

  it("a marked value stays marked in objects, tuples and through default", () => {
    const spec: Spec = {
      kind: "object",
      attributes: {
        o: attr("a", StringType),
        t: { kind: "tuple", elements: [attr("a", StringType)] },
        d: { kind: "default", primary: attr("a", StringType), default: { kind: "literal", value: stringVal("x") } },
      },
    };
    expect(run(spec, "a = secret\n", ctx).value).toBe(
      'cty.ObjectVal({"d": cty.StringVal("pw").Mark(sensitive), "o": cty.StringVal("pw").Mark(sensitive), "t": cty.TupleVal([cty.StringVal("pw").Mark(sensitive)])})',
    );
  });

  it("a marked null counts as null for default (the fallback is unmarked, as in Go)", () => {
    const spec: Spec = {
      kind: "default",
      primary: attr("a", StringType),
      default: { kind: "literal", value: stringVal("x") },
    };
    expect(run(spec, "a = gone\n", ctx).value).toBe('cty.StringVal("x")');
  });

  it("a transform's result keeps the marks of what it was computed from", () => {
    const spec: Spec = {
      kind: "transform",
      wrapped: attr("a", StringType),
      expr: expr('"<${nested}>"'),
      transformCtx: undefined,
      varName: "nested",
    };
    expect(run(spec, "a = secret\n", ctx).value).toBe('cty.StringVal("<pw>").Mark(sensitive)');
  });

  it("block_attrs keeps marks per element", () => {
    const spec: Spec = { kind: "block_attrs", typeName: "t", elementType: StringType };
    expect(run(spec, 't {\n  k = secret\n  l = "plain"\n}\n', ctx).value).toBe(
      'cty.MapVal({"k": cty.StringVal("pw").Mark(sensitive), "l": cty.StringVal("plain")})',
    );
  });
});

describe("implied types of every kind", () => {
  const nested: Spec = { kind: "object", attributes: { n: attr("n", NumberType) } };
  const o = '["object",{"n":"number"}]';
  const cases: [Spec, string][] = [
    [{ kind: "block", typeName: "b", nested }, o],
    [{ kind: "block_list", typeName: "b", nested }, `["list",${o}]`],
    [{ kind: "block_set", typeName: "b", nested }, `["set",${o}]`],
    [{ kind: "block_tuple", typeName: "b", nested }, '"dynamic"'],
    [{ kind: "block_map", typeName: "b", labelNames: ["x", "y"], nested }, `["map",["map",${o}]]`],
    [{ kind: "block_object", typeName: "b", labelNames: ["x"], nested }, '"dynamic"'],
    [{ kind: "block_attrs", typeName: "b", elementType: BoolType }, '["map","bool"]'],
    [{ kind: "block_label", index: 0, name: "x" }, '"string"'],
    [{ kind: "validate", wrapped: nested, func: () => [] }, o],
  ];
  for (const [spec, want] of cases) {
    it(spec.kind, () => expect(typeJSON(impliedType(spec))).toBe(want));
  }
});
