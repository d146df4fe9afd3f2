/**
 * The wrapper kinds (transform, transform_func, validate: DEC-18, DEC-19)
 * and the public analyses: partialDecode (DEC-01), variables (DEC-20),
 * sourceRange (DEC-21), impliedSchema / childBlockTypes (DEC-02).
 */
import { describe, expect, it } from "vitest";
import { DynamicPseudoType, NumberType, StringType, type Type } from "../../src/cty/types.js";
import { numberIntVal } from "../../src/cty/value.js";
import { FunctionError, Function } from "../../src/functions/function.js";
import { errorDiag, warningDiag } from "../../src/hcl/diagnostic.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { packerFunctions } from "../../src/hcl/functions.js";
import { traversalString } from "../../src/hcl/value-lines.js";
import {
  childBlockTypes,
  decode,
  impliedSchema,
  impliedType,
  partialDecode,
  sourceRange,
  variables,
} from "../../src/hcldec/index.js";
import type { Spec } from "../../src/hcldec/index.js";
import { at, body, diag, expr, run, show, typeJSON } from "./helpers.js";

const attr = (name: string, type: Type = DynamicPseudoType, required = false): Spec => ({
  kind: "attr",
  name,
  type,
  required,
});
const obj = (attributes: Record<string, Spec>): Spec => ({ kind: "object", attributes });
const fns = new EvalContext({ functions: packerFunctions() });

describe("transform (DEC-18)", () => {
  const spec: Spec = {
    kind: "transform",
    wrapped: attr("a", StringType),
    expr: expr("upper(nested)"),
    transformCtx: fns,
    varName: "nested",
  };

  it("passes the wrapped value through the expression, in the transform's own context", () => {
    const ctx = new EvalContext({ variables: { nested: numberIntVal(1) } });
    expect(run(spec, 'a = "x"\n', ctx).value).toBe('cty.StringVal("X")');
  });

  it("implies the type of the expression over an unknown of the wrapped type", () => {
    expect(typeJSON(impliedType(spec))).toBe('"string"');
    const len: Spec = { ...spec, expr: expr("length(nested)") };
    expect(typeJSON(impliedType(len))).toBe('"number"');
  });

  it("does not run on a wrapped value with errors; the result is unknown", () => {
    const r = run(spec, "a = [1]\n");
    expect(r.value).toBe("cty.UnknownVal(string)");
    expect(r.diags).toEqual([
      'error: Incorrect attribute value type; Inappropriate value for attribute "a": string required. @ 1,5-1,8',
    ]);
  });

  it("reports errors of the expression itself", () => {
    const r = run({ ...spec, expr: expr("nested + 1") }, 'a = "x"\n');
    expect(r.diags).toEqual([
      "error: Invalid operand; Unsuitable value for left operand: a number is required. @ 1,1-1,7",
    ]);
  });
});

describe("transform_func (DEC-18)", () => {
  const double = new Function({
    params: [{ name: "v", type: NumberType }],
    type: () => NumberType,
    impl: (args) => {
      const n = args[0]!.asFloat64();
      if (n < 0) throw new FunctionError("negative");
      return numberIntVal(n * 2);
    },
  });
  const spec: Spec = { kind: "transform_func", wrapped: attr("n", NumberType), func: double };

  it("calls the function on the wrapped value; implied type from its type function", () => {
    expect(run(spec, "n = 21\n").value).toBe("cty.NumberVal(42)");
    expect(typeJSON(impliedType(spec))).toBe('"number"');
  });

  it("reports a failing function with Go's words, at the wrapped value", () => {
    const r = run(spec, "n = -1\n");
    expect(r.diags).toEqual([
      "error: Transform function failed; Decoder transform returned an error: negative @ 1,5-1,7",
    ]);
    expect(r.value).toBe("cty.UnknownVal(number)");
  });

  it("reports a null argument the function refuses", () => {
    expect(run(spec, "").diags).toEqual([
      "error: Transform function failed; Decoder transform returned an error: argument must not be null @ 1,1-1,1",
    ]);
  });
});

describe("validate (DEC-19)", () => {
  const spec: Spec = {
    kind: "validate",
    wrapped: attr("n", NumberType),
    func: (v) =>
      v.isNull() || v.asFloat64() < 10
        ? []
        : [errorDiag("Too big", "n must be below 10."), warningDiag("Noted", "with its own subject", place())],
  };

  it("returns the wrapped value and the function's diagnostics, subjects filled in", () => {
    const r = run(spec, "n = 12\n");
    expect(r.value).toBe("cty.NumberVal(12)");
    expect(r.diags).toEqual([
      "error: Too big; n must be below 10. @ 1,5-1,7",
      "warning: Noted; with its own subject @ 9,9-9,9",
    ]);
    expect(run(spec, "n = 1\n").diags).toEqual([]);
  });

  it("does not run on a wrapped value with errors", () => {
    const r = run(spec, 'n = "x"\n');
    expect(r.diags).toHaveLength(1);
    expect(r.value).toBe("cty.UnknownVal(number)");
  });
});

function place(): import("../../src/hcl/pos.js").Range {
  const p = { line: 9, column: 9, byte: 99 };
  return { filename: "elsewhere", start: p, end: p };
}

describe("partialDecode (DEC-01)", () => {
  it("leaves what the spec does not describe in the remaining body", () => {
    const r = partialDecode(body("a = 1\nb = 2\nx {}\n"), obj({ a: attr("a", NumberType) }));
    expect(show(r.value).value).toBe('cty.ObjectVal({"a": cty.NumberVal(1)})');
    expect(r.diagnostics).toEqual([]);
    const rest = decode(r.remain, obj({ b: attr("b", NumberType) }));
    expect(rest.diagnostics.map(diag)).toEqual([
      'error: Unsupported block type; Blocks of type "x" are not expected here. @ 3,1-3,2',
    ]);
  });

  it("reads nested block bodies exhaustively", () => {
    const spec = obj({ b: { kind: "block", typeName: "b", nested: obj({}) } });
    const r = partialDecode(body("b {\n  z = 1\n}\n"), spec);
    expect(r.diagnostics.map(diag)).toEqual([
      'error: Unsupported argument; An argument named "z" is not expected here. @ 2,3-2,4',
    ]);
  });
});

describe("variables (DEC-20)", () => {
  const spec = obj({
    a: attr("a"),
    e: { kind: "expr", expr: expr("from_spec") },
    b: { kind: "block", typeName: "b", nested: attr("x") },
    l: { kind: "block_list", typeName: "l", nested: attr("y") },
    t: { kind: "block_attrs", typeName: "t", elementType: StringType },
    d: { kind: "default", primary: attr("p"), default: { kind: "literal", value: numberIntVal(1) } },
    tr: {
      kind: "transform",
      wrapped: attr("w"),
      expr: expr("nested + not_a_ref"),
      transformCtx: undefined,
      varName: "nested",
    },
  });

  it("lists the references of every expression decoding would evaluate", () => {
    const input = body(
      "a = v1.attr\nb {\n  x = v2\n}\nb {\n  x = not_read\n}\nl {\n  y = v3[0]\n}\nl {\n  y = v4\n}\n" +
        "t {\n  z = v6\n  y = v5\n}\np = v7\nw = v8\nunknown_attr = not_read2\n",
    );
    expect(variables(input, spec).map(traversalString).sort()).toEqual(
      ["from_spec", "v1.attr", "v2", "v3[0]", "v4", "v5", "v6", "v7", "v8"].sort(),
    );
  });

  it("sorts block_attrs references by position", () => {
    const only = { kind: "block_attrs", typeName: "t", elementType: StringType } as const;
    expect(variables(body("t {\n  z = b\n  y = a\n}\n"), only).map(traversalString)).toEqual(["b", "a"]);
  });

  it("reports nothing for a block_attrs block with nested blocks (its attributes cannot be trusted)", () => {
    const only = { kind: "block_attrs", typeName: "t", elementType: StringType } as const;
    expect(variables(body("t {\n  z = b\n  n {}\n}\n"), only)).toEqual([]);
  });
});

describe("sourceRange (DEC-21)", () => {
  const input = body('a = "x"\nb "lab" {\n  c = 1\n}\nt {\n  k = 1\n}\n');
  const where = (spec: Spec): string => at(sourceRange(input, spec));

  it("points at an attribute's expression, or the body's start when absent", () => {
    expect(where(attr("a"))).toBe("1,5-1,8");
    expect(where(attr("zz"))).toBe("1,1-1,1");
  });

  it("points into the first matching block for block kinds, at the label for block_label", () => {
    expect(
      where({
        kind: "block",
        typeName: "b",
        nested: obj({ c: attr("c"), l: { kind: "block_label", index: 0, name: "n" } }),
      }),
    ).toBe("2,9-2,9");
    expect(where({ kind: "block", typeName: "b", nested: { kind: "block_label", index: 0, name: "n" } })).toBe(
      "2,3-2,8",
    );
    expect(where({ kind: "block_list", typeName: "b", nested: attr("c") })).toBe("1,1-1,1");
    expect(where({ kind: "block_attrs", typeName: "t", elementType: NumberType })).toBe("5,1-5,2");
  });

  it("passes through wrappers; literals have a placeholder range", () => {
    expect(where({ kind: "default", primary: attr("a"), default: attr("zz") })).toBe("1,5-1,8");
    expect(sourceRange(input, { kind: "literal", value: numberIntVal(1) }).filename).toBe("<unknown>");
  });
});

describe("impliedSchema and childBlockTypes (DEC-02)", () => {
  it("collects attributes and block headers from the same-body specs only", () => {
    const nested = obj({ inner: attr("inner") });
    const spec = obj({
      a: attr("a", StringType, true),
      d: { kind: "default", primary: attr("b"), default: attr("c") },
      blk: { kind: "block", typeName: "blk", nested },
      tags: { kind: "block_attrs", typeName: "tags", elementType: StringType },
    });
    const schema = impliedSchema(spec);
    // The default's attributes appear twice, as in Go (its own schemata, then the walk over its children).
    expect(schema.attributes.map((a) => `${a.name}${a.required === true ? "!" : ""}`)).toEqual([
      "a!",
      "b",
      "c",
      "b",
      "c",
    ]);
    expect(schema.blocks).toEqual([
      { type: "blk", labelNames: [] },
      { type: "tags", labelNames: [] },
    ]);
    const children = childBlockTypes(spec);
    expect([...children.keys()]).toEqual(["blk", "tags"]);
    expect(children.get("blk")).toBe(nested);
    expect(children.get("tags")?.kind).toBe("literal");
  });
});
