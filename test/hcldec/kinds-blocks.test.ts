/**
 * Unit tests of the block kinds over native bodies: block, block_list,
 * block_tuple, block_set, block_map, block_object, block_attrs and
 * block_label (DEC-09..16), with min/max items, labels, nesting, unknown
 * bodies and marks (DEC-22).
 */
import { describe, expect, it } from "vitest";
import { DynamicPseudoType, NumberType, StringType, type Type } from "../../src/cty/types.js";
import { numberIntVal, stringVal } from "../../src/cty/value.js";
import type { BodyContent, BodySchema, HclAttribute, HclBlock, HclBody } from "../../src/hcl/body.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import type { Range } from "../../src/hcl/pos.js";
import { decode, impliedSchema, impliedType } from "../../src/hcldec/decode.js";
import type { Spec } from "../../src/hcldec/spec.js";
import { body, run, show, typeJSON } from "./helpers.js";

const attr = (name: string, type: Type = DynamicPseudoType, required = false): Spec => ({
  kind: "attr",
  name,
  type,
  required,
});
const obj = (attributes: Record<string, Spec>): Spec => ({ kind: "object", attributes });
const label = (index: number, name: string): Spec => ({ kind: "block_label", index, name });
const item = obj({ n: attr("n", NumberType) });

describe("block (DEC-09)", () => {
  const spec = obj({ b: { kind: "block", typeName: "b", nested: item } });

  it("decodes the one block's body with the nested spec", () => {
    expect(run(spec, "b {\n  n = 1\n}\n").value).toBe('cty.ObjectVal({"b": cty.ObjectVal({"n": cty.NumberVal(1)})})');
  });

  it("is a null of the nested type when absent", () => {
    const r = run(spec, "");
    expect(r.value).toBe('cty.ObjectVal({"b": cty.NullVal(object({"n":number}))})');
    expect(r.diags).toEqual([]);
  });

  it("reports a missing required block at the body's start", () => {
    const req = obj({ b: { kind: "block", typeName: "b", nested: item, required: true } });
    expect(run(req, "\nx = 1\n").diags).toEqual([
      'error: Unsupported argument; An argument named "x" is not expected here. @ 2,1-2,2',
      'error: Missing b block; A block of type "b" is required here. @ 1,1-1,1',
    ]);
  });

  it("uses the first of two blocks and reports the second once", () => {
    const r = run(spec, "b {\n  n = 1\n}\nb {\n  n = 2\n}\nb {\n}\n");
    expect(r.value).toBe('cty.ObjectVal({"b": cty.ObjectVal({"n": cty.NumberVal(1)})})');
    expect(r.diags).toEqual([
      'error: Duplicate b block; Only one block of type "b" is allowed. Previous definition was at in.hcl:1,1-2. @ 4,1-4,2',
    ]);
  });

  it("reads the nested body exhaustively", () => {
    expect(run(spec, "b {\n  m = 1\n}\n").diags).toEqual([
      'error: Unsupported argument; An argument named "m" is not expected here. Did you mean "n"? @ 2,3-2,4',
    ]);
  });

  it("rejects labels the nested spec does not ask for (SYN-12)", () => {
    expect(run(spec, 'b "x" {\n}\n').diags).toEqual([
      "error: Extraneous label for b; No labels are expected for b blocks. @ 1,3-1,6",
    ]);
  });

  it("gives the nested spec its block's labels", () => {
    const labelled = obj({ b: { kind: "block", typeName: "b", nested: obj({ name: label(0, "name") }) } });
    expect(run(labelled, 'b "first" {}\n').value).toBe(
      'cty.ObjectVal({"b": cty.ObjectVal({"name": cty.StringVal("first")})})',
    );
    expect(run(labelled, "b {}\n").diags).toEqual([
      "error: Missing name for b; All b blocks must have 1 labels (name). @ 1,3-1,4",
    ]);
  });
});

describe("block_list (DEC-10)", () => {
  const list = (extra: { minItems?: number; maxItems?: number } = {}, nested: Spec = item): Spec =>
    obj({ l: { kind: "block_list", typeName: "l", nested, ...extra } });

  it("decodes every block of the type in source order", () => {
    const r = run(list(), "l {\n  n = 2\n}\nl {\n  n = 1\n}\n");
    expect(r.value).toBe(
      'cty.ObjectVal({"l": cty.ListVal([cty.ObjectVal({"n": cty.NumberVal(2)}), cty.ObjectVal({"n": cty.NumberVal(1)})])})',
    );
    expect(r.type).toBe('["object",{"l":["list",["object",{"n":"number"}]]}]');
  });

  it("is an empty list of the nested type when there are none", () => {
    expect(run(list(), "").value).toBe('cty.ObjectVal({"l": cty.ListVal([])})');
    expect(run(list(), "").type).toBe('["object",{"l":["list",["object",{"n":"number"}]]}]');
  });

  it("checks min_items against the body's start", () => {
    expect(run(list({ minItems: 2 }), "l {}\n").diags).toEqual([
      'error: Insufficient l blocks; At least 2 "l" blocks are required. @ 1,1-1,1',
    ]);
  });

  it("checks max_items against the first surplus block's value range", () => {
    const r = run(list({ maxItems: 1 }), "l {\n  n = 1\n}\nl {\n  n = 2\n}\n");
    // The value range of an object spec is its body's start (the opening brace).
    expect(r.diags).toEqual(['error: Too many l blocks; No more than 1 "l" blocks are allowed @ 4,3-4,3']);
    expect(run(list({ maxItems: 1 }, attr("n", NumberType)), "l {\n  n = 1\n}\nl {\n  n = 2\n}\n").diags).toEqual([
      'error: Too many l blocks; No more than 1 "l" blocks are allowed @ 5,7-5,8',
    ]);
  });

  it("unifies elements whose nested type has `any`", () => {
    const r = run(list({}, obj({ v: attr("v") })), 'l {\n  v = 1\n}\nl {\n  v = "x"\n}\n');
    expect(r.value).toBe(
      'cty.ObjectVal({"l": cty.ListVal([cty.ObjectVal({"v": cty.StringVal("1")}), cty.ObjectVal({"v": cty.StringVal("x")})])})',
    );
  });

  it("reports elements that cannot be one type (Go's 'Unconsistent')", () => {
    const r = run(list({}, obj({ v: attr("v") })), "l {\n  v = 1\n}\nl {\n  v = [1]\n}\n");
    expect(r.diags).toEqual([
      "error: Unconsistent argument types in l blocks; Corresponding attributes in all blocks of this type must be the same. @ 1,3-1,3",
    ]);
    expect(r.value).toBe('cty.ObjectVal({"l": cty.UnknownVal(dynamic)})');
  });

  it("decodes labelled blocks as an ordered list with block_label (the issue's missing ordered form)", () => {
    const nested = obj({ type: label(0, "type"), name: label(1, "name"), n: attr("n", NumberType) });
    const r = run(list({}, nested), 'l "b" "x" {\n  n = 1\n}\nl "a" "y" {}\nl "b" "x" {}\n');
    expect(r.value).toBe(
      'cty.ObjectVal({"l": cty.ListVal([' +
        'cty.ObjectVal({"n": cty.NumberVal(1), "name": cty.StringVal("x"), "type": cty.StringVal("b")}), ' +
        'cty.ObjectVal({"n": cty.NullVal(number), "name": cty.StringVal("y"), "type": cty.StringVal("a")}), ' +
        'cty.ObjectVal({"n": cty.NullVal(number), "name": cty.StringVal("x"), "type": cty.StringVal("b")})])})',
    );
    expect(r.diags).toEqual([]);
    expect(impliedSchema(list({}, nested)).blocks).toEqual([{ type: "l", labelNames: ["type", "name"] }]);
    expect(run(list({}, nested), 'l "a" {}\nl "a" "b" "c" {}\n').diags).toEqual([
      "error: Missing name for l; All l blocks must have 2 labels (type, name). @ 1,7-1,8",
      "error: Extraneous label for l; Only 2 labels (type, name) are expected for l blocks. @ 2,11-2,14",
    ]);
  });

  it("fills gaps in label indices with placeholder names, as Go does", () => {
    const nested = obj({ third: label(2, "third") });
    expect(impliedSchema(list({}, nested)).blocks[0]!.labelNames).toEqual(["missing00", "missing01", "third"]);
  });

  it("keeps the nested blocks' diagnostics and counts failed blocks as items", () => {
    const r = run(list({ minItems: 2 }), 'l {\n  n = "x"\n}\n');
    expect(r.diags).toEqual([
      'error: Incorrect attribute value type; Inappropriate value for attribute "n": a number is required. @ 2,7-2,10',
      'error: Insufficient l blocks; At least 2 "l" blocks are required. @ 1,1-1,1',
    ]);
  });
});

describe("block_tuple (DEC-11)", () => {
  const spec = obj({ t: { kind: "block_tuple", typeName: "t", nested: obj({ v: attr("v") }), maxItems: 2 } });

  it("lets blocks decode to different types", () => {
    const r = run(spec, "t {\n  v = 1\n}\nt {\n  v = [true]\n}\n");
    expect(r.type).toBe('["object",{"t":["tuple",[["object",{"v":"number"}],["object",{"v":["tuple",["bool"]]}]]]}]');
  });

  it("is an empty tuple when there are none; implies dynamic", () => {
    expect(run(spec, "").value).toBe('cty.ObjectVal({"t": cty.TupleVal([])})');
    expect(typeJSON(impliedType(spec))).toBe('["object",{"t":"dynamic"}]');
  });

  it("checks max_items", () => {
    expect(run(spec, "t {}\nt {}\nt {}\n").diags).toEqual([
      'error: Too many t blocks; No more than 2 "t" blocks are allowed @ 3,3-3,3',
    ]);
  });
});

describe("block_set (DEC-12)", () => {
  const spec = obj({ s: { kind: "block_set", typeName: "s", nested: attr("n", NumberType), minItems: 1 } });

  it("collapses equal blocks and orders them as cty orders a set", () => {
    const r = run(spec, "s {\n  n = 3\n}\ns {\n  n = 1\n}\ns {\n  n = 3\n}\n");
    expect(r.value).toBe('cty.ObjectVal({"s": cty.SetVal([cty.NumberVal(1), cty.NumberVal(3)])})');
    expect(r.type).toBe('["object",{"s":["set","number"]}]');
  });

  it("is an empty set when there are none (with min_items reported)", () => {
    const r = run(spec, "");
    expect(r.value).toBe('cty.ObjectVal({"s": cty.SetVal([])})');
    expect(r.diags).toEqual(['error: Insufficient s blocks; At least 1 "s" blocks are required. @ 1,1-1,1']);
  });

  it("moves the marks of elements to the set (cty sets hold no marked elements)", () => {
    const ctx = new EvalContext({ variables: { k: numberIntVal(7).mark("sensitive") } });
    expect(run(spec, "s {\n  n = k\n}\n", ctx).value).toBe(
      'cty.ObjectVal({"s": cty.SetVal([cty.NumberVal(7)]).Mark(sensitive)})',
    );
  });
});

describe("block_map (DEC-13)", () => {
  const map = (labelNames: string[], nested: Spec = item): Spec =>
    obj({ m: { kind: "block_map", typeName: "m", labelNames, nested } });

  it("keys blocks by their labels, one map level per label", () => {
    const r = run(map(["a", "b"]), 'm "x" "1" {\n  n = 1\n}\nm "x" "2" {\n  n = 2\n}\nm "y" "1" {}\n');
    expect(r.value).toBe(
      'cty.ObjectVal({"m": cty.MapVal({"x": cty.MapVal({"1": cty.ObjectVal({"n": cty.NumberVal(1)}), "2": cty.ObjectVal({"n": cty.NumberVal(2)})}), "y": cty.MapVal({"1": cty.ObjectVal({"n": cty.NullVal(number)})})})})',
    );
    expect(r.type).toBe('["object",{"m":["map",["map",["object",{"n":"number"}]]]}]');
  });

  it("keeps the first of blocks with the same labels", () => {
    const r = run(map(["a"]), 'm "x" {\n  n = 1\n}\nm "x" {\n  n = 2\n}\n');
    expect(r.value).toBe('cty.ObjectVal({"m": cty.MapVal({"x": cty.ObjectVal({"n": cty.NumberVal(1)})})})');
    expect(r.diags).toEqual([
      'error: Duplicate m block; A block for m "x" was already defined. The m labels must be unique. @ 4,1-4,6',
    ]);
  });

  it("is an empty map of its implied type when there are none (Go gives map(T) even for two labels: its bug)", () => {
    expect(run(map(["a"]), "").type).toBe('["object",{"m":["map",["object",{"n":"number"}]]}]');
    expect(run(map(["a", "b"]), "").type).toBe('["object",{"m":["map",["map",["object",{"n":"number"}]]]}]');
    expect(typeJSON(impliedType(map(["a", "b"])))).toBe('["object",{"m":["map",["map",["object",{"n":"number"}]]]}]');
  });

  it("gives the labels after the keys to the nested spec's block_label", () => {
    const r = run(map(["k"], obj({ extra: label(0, "extra") })), 'm "x" "e1" {}\n');
    expect(r.value).toBe('cty.ObjectVal({"m": cty.MapVal({"x": cty.ObjectVal({"extra": cty.StringVal("e1")})})})');
    expect(impliedSchema(map(["k"], obj({ extra: label(0, "extra") }))).blocks).toEqual([
      { type: "m", labelNames: ["k", "extra"] },
    ]);
  });

  it("reports blocks with missing labels", () => {
    expect(run(map(["a", "b"]), 'm "x" {}\n').diags).toEqual([
      "error: Missing b for m; All m blocks must have 2 labels (a, b). @ 1,7-1,8",
    ]);
  });

  it("reports a nested type with `any` instead of panicking as Go does", () => {
    const r = run(map(["a"], attr("v")), 'm "x" {\n  v = 1\n}\n');
    expect(r.diags).toEqual([
      "error: Invalid block_map spec; A block_map spec may not contain attributes with type 'any'. @ 1,1-1,1",
    ]);
  });

  it("reports a spec without label names instead of panicking as Go does", () => {
    expect(run(map([]), "m {}\n").diags).toEqual([
      "error: Invalid block_map spec; A block_map spec must have at least one label name, to key the m blocks by. @ 1,1-1,1",
    ]);
  });
});

describe("block_object (DEC-14)", () => {
  const spec = obj({ o: { kind: "block_object", typeName: "o", labelNames: ["name"], nested: obj({ v: attr("v") }) } });

  it("keys blocks by label into an object whose attributes may differ in type", () => {
    const r = run(spec, 'o "b" {\n  v = 1\n}\no "a" {\n  v = "s"\n}\n');
    expect(r.value).toBe(
      'cty.ObjectVal({"o": cty.ObjectVal({"a": cty.ObjectVal({"v": cty.StringVal("s")}), "b": cty.ObjectVal({"v": cty.NumberVal(1)})})})',
    );
    expect(typeJSON(impliedType(spec))).toBe('["object",{"o":"dynamic"}]');
  });

  it("is an empty object when there are none, and reports duplicates", () => {
    expect(run(spec, "").value).toBe('cty.ObjectVal({"o": cty.ObjectVal({})})');
    expect(run(spec, 'o "a" {}\no "a" {}\n').diags).toEqual([
      'error: Duplicate o block; A block for o "a" was already defined. The o labels must be unique. @ 2,1-2,6',
    ]);
  });
});

describe("block_attrs (DEC-15)", () => {
  const spec = obj({ tags: { kind: "block_attrs", typeName: "tags", elementType: StringType } });

  it("reads one block's attributes as a map of the element type", () => {
    const r = run(spec, "tags {\n  b = 1\n  a = true\n}\n");
    expect(r.value).toBe('cty.ObjectVal({"tags": cty.MapVal({"a": cty.StringVal("true"), "b": cty.StringVal("1")})})');
  });

  it("is a null map when absent, an empty map when the block is empty", () => {
    expect(run(spec, "").value).toBe('cty.ObjectVal({"tags": cty.NullVal(map(string))})');
    expect(run(spec, "tags {}\n").value).toBe('cty.ObjectVal({"tags": cty.MapVal({})})');
  });

  it("reports missing (required), duplicate, nested blocks, labels and bad values with Go's words", () => {
    const req = obj({ tags: { kind: "block_attrs", typeName: "tags", elementType: NumberType, required: true } });
    expect(run(req, "").diags).toEqual([
      'error: Missing tags block; A block of type "tags" is required here. @ 1,1-1,1',
    ]);
    const r = run(req, 'tags {\n  a = "x"\n  inner {}\n}\ntags {}\ntags "l" {}\n');
    expect(r.diags).toEqual([
      "error: Extraneous label for tags; No labels are expected for tags blocks. @ 6,6-6,9",
      'error: Duplicate tags block; Only one block of type "tags" is allowed. Previous definition was at in.hcl:1,1-5. @ 5,1-5,5',
      'error: Unexpected "inner" block; Blocks are not allowed here. @ 3,3-3,8',
      'error: Invalid attribute value; Invalid value for attribute of "tags" block: a number is required. @ 2,7-2,10',
    ]);
    expect(r.value).toBe('cty.ObjectVal({"tags": cty.MapVal({"a": cty.UnknownVal(number)})})');
  });

  it("unifies attributes of an element type with `any` (Go panics there)", () => {
    const anyAttrs = { kind: "block_attrs", typeName: "t", elementType: DynamicPseudoType } as const;
    expect(run(anyAttrs, 't {\n  a = 1\n  b = "x"\n}\n').value).toBe(
      'cty.MapVal({"a": cty.StringVal("1"), "b": cty.StringVal("x")})',
    );
    expect(run(anyAttrs, "t {\n  a = 1\n  b = [1]\n}\n").diags).toEqual([
      'error: Invalid attribute value; Invalid value for attribute of "t" block: all map elements must have the same type. @ 1,1-1,2',
    ]);
  });
});

describe("block_label (DEC-16)", () => {
  it("is a string; outside a block it is reported instead of panicking as Go does", () => {
    expect(typeJSON(impliedType(label(0, "x")))).toBe('"string"');
    expect(run(label(0, "x"), "").diags).toEqual([
      'error: Invalid block_label spec; A block_label spec (index 0, "x") can be used only in the nested spec of a block, where the block has that label. @ 1,1-1,1',
    ]);
  });
});

/** A body whose blocks are given, for bodies the native syntax cannot make (unknown ones). */
class FakeBody implements HclBody {
  constructor(
    private readonly blocks: HclBlock[],
    private readonly unknown = false,
  ) {}
  isUnknown(): boolean {
    return this.unknown;
  }
  missingItemRange(): Range {
    return place;
  }
  content(schema: BodySchema): { content: BodyContent; diagnostics: [] } {
    const types = new Set(schema.blocks.map((b) => b.type));
    const blocks = this.blocks.filter((b) => types.has(b.type));
    return { content: { attributes: new Map(), blocks, missingItemRange: place }, diagnostics: [] };
  }
  partialContent(schema: BodySchema): { content: BodyContent; remain: HclBody; diagnostics: [] } {
    return { ...this.content(schema), remain: new FakeBody([]) };
  }
  justAttributes(): { attributes: Map<string, HclAttribute>; diagnostics: [] } {
    return { attributes: new Map<string, HclAttribute>(), diagnostics: [] };
  }
}

const place: Range = { filename: "fake", start: { line: 1, column: 1, byte: 0 }, end: { line: 1, column: 1, byte: 0 } };

function fakeBlock(type: string, b: HclBody, labels: string[] = []): HclBlock {
  return { type, labels, body: b, defRange: place, typeRange: place, labelRanges: labels.map(() => place) };
}

describe("unknown bodies (DEC-22)", () => {
  const known = (): HclBody => body("n = 1\n");
  const unknown = new FakeBody([], true);

  it("make a repeated-block result unknown of its implied type", () => {
    const input = new FakeBody([fakeBlock("b", known()), fakeBlock("b", unknown)]);
    const l = decode(input, { kind: "block_list", typeName: "b", nested: item });
    expect(show(l.value)).toEqual({ value: 'cty.UnknownVal(list(object({"n":number})))', type: expect.any(String) });
    const s = decode(input, { kind: "block_set", typeName: "b", nested: item });
    expect(show(s.value).value).toBe('cty.UnknownVal(set(object({"n":number})))');
    const t = decode(input, { kind: "block_tuple", typeName: "b", nested: item });
    expect(show(t.value).value).toBe("cty.UnknownVal(dynamic)");
  });

  it("make a labelled-block result unknown too", () => {
    const input = new FakeBody([fakeBlock("b", known(), ["x"]), fakeBlock("b", unknown, ["y"])]);
    const m = decode(input, { kind: "block_map", typeName: "b", labelNames: ["k"], nested: item });
    expect(show(m.value).value).toBe('cty.UnknownVal(map(object({"n":number})))');
    const o = decode(input, { kind: "block_object", typeName: "b", labelNames: ["k"], nested: item });
    expect(show(o.value).value).toBe("cty.UnknownVal(dynamic)");
  });

  it("leave a single block decoded from the placeholder body, as in Go", () => {
    const input = new FakeBody([fakeBlock("b", unknown)]);
    const r = decode(input, { kind: "block", typeName: "b", nested: item });
    expect(show(r.value).value).toBe('cty.ObjectVal({"n": cty.NullVal(number)})');
  });
});

describe("marks (DEC-22)", () => {
  it("survive into lists, maps and objects built from blocks", () => {
    const ctx = new EvalContext({ variables: { s: stringVal("pw").mark("sensitive") } });
    const spec = obj({
      l: { kind: "block_list", typeName: "l", nested: attr("v", StringType) },
      m: { kind: "block_map", typeName: "m", labelNames: ["k"], nested: attr("v", StringType) },
    });
    expect(run(spec, 'l {\n  v = s\n}\nm "a" {\n  v = s\n}\n', ctx).value).toBe(
      'cty.ObjectVal({"l": cty.ListVal([cty.StringVal("pw").Mark(sensitive)]), "m": cty.MapVal({"a": cty.StringVal("pw").Mark(sensitive)})})',
    );
  });
});
