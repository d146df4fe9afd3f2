/**
 * The spec-file reader (SPEC-01..15): what each spec block becomes in the
 * Spec data model, the spec functions and type expressions, user functions,
 * and the documented differences from Go 2.14.1 (block_attrs accepted, a
 * one-child default warned about instead of crashing, our extensions).
 */
import { describe, expect, it } from "vitest";
import { typeString } from "../../src/cty/types.js";
import { numberIntVal, stringVal, tupleVal, type Value } from "../../src/cty/value.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { parseExpression } from "../../grammar/index.js";
import { evaluate } from "../../src/hcl/eval.js";
import { parseSpecFile } from "../../src/hcldec/spec-file.js";
import type { Spec } from "../../src/hcldec/spec.js";

function read(text: string): ReturnType<typeof parseSpecFile> {
  return parseSpecFile(text, "spec.hcldec");
}

/** The spec with types written as type strings and functions left out, for comparing. */
function shape(spec: Spec): unknown {
  return JSON.parse(
    JSON.stringify(spec, (k, v: unknown) => {
      if (k === "transformCtx" || k === "func" || k === "expr") return undefined;
      if (v !== null && typeof v === "object" && "kind" in v && "friendlyName" in v) {
        return typeString(v as Parameters<typeof typeString>[0]);
      }
      if (v !== null && typeof v === "object" && "type" in v && "v" in v && (k === "value" || k === "default")) {
        return (v as Value).isNull() ? null : (v as { v: unknown }).v;
      }
      return v;
    }),
  ) as unknown;
}

function summaries(text: string): string[] {
  return read(text).diagnostics.map((d) => `${d.severity}: ${d.summary}`);
}

function evalIn(
  expr: string,
  functions: ReadonlyMap<string, import("../../src/functions/function.js").Function>,
): Value {
  const p = parseExpression(expr, "test");
  const r = evaluate(p.value, new EvalContext({ functions }));
  if (r.diagnostics.length > 0) throw new Error(r.diagnostics.map((d) => d.detail).join("; "));
  return r.value;
}

describe("spec files: block kinds (SPEC-02..11)", () => {
  it("reads every Go block kind with names implied by object keys (SPEC-03)", () => {
    const r = read(`
object {
  attr "a" {
    type     = list(string)
    required = true
  }
  attr "renamed" {
    name = "b"
  }
  block "c" {
    required = true
    object {}
  }
  block_list "d" {
    min_items = 1
    max_items = 3
    attr {
      name = "x"
      type = number
    }
  }
  block_set "e" {
    block_type = "ee"
    literal {
      value = 1
    }
  }
  block_map "f" {
    labels = ["k1", "k2"]
    attr {
      name = "x"
      type = map(bool)
    }
  }
  literal "g" {
    value = upper("g")
  }
  array "h" {
    attr {
      name = "h1"
    }
  }
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(shape(r.spec)).toEqual({
      kind: "object",
      attributes: {
        a: { kind: "attr", name: "a", type: "list(string)", required: true },
        renamed: { kind: "attr", name: "b", type: "any", required: false },
        c: { kind: "block", typeName: "c", nested: { kind: "object", attributes: {} }, required: true },
        d: {
          kind: "block_list",
          typeName: "d",
          nested: { kind: "attr", name: "x", type: "number", required: false },
          minItems: 1,
          maxItems: 3,
        },
        e: { kind: "block_set", typeName: "ee", nested: { kind: "literal", value: 1 }, minItems: 0, maxItems: 0 },
        f: {
          kind: "block_map",
          typeName: "f",
          labelNames: ["k1", "k2"],
          nested: { kind: "attr", name: "x", type: "map(bool)", required: false },
        },
        g: { kind: "literal", value: "G" },
        h: { kind: "tuple", elements: [{ kind: "attr", name: "h1", type: "any", required: false }] },
      },
    });
  });

  it("folds default blocks left: the first is primary (SPEC-10)", () => {
    const r = read(
      'default {\n  attr {\n    name = "a"\n  }\n  attr {\n    name = "b"\n  }\n  literal {\n    value = 3\n  }\n}\n',
    );
    expect(r.diagnostics).toEqual([]);
    const s = r.spec;
    expect(s.kind).toBe("default");
    if (s.kind !== "default") return;
    expect(s.default.kind).toBe("literal");
    expect(s.primary.kind).toBe("default");
  });

  it("warns about a default with one nested spec, where Go 2.14.1 crashes (SPEC-10)", () => {
    const r = read('default {\n  attr {\n    name = "a"\n  }\n}\n');
    expect(r.diagnostics.map((d) => [d.severity, d.summary, d.subject?.start.line])).toEqual([
      ["warning", "Useless default block", 2],
    ]);
    expect(r.spec.kind).toBe("attr");
  });

  it("makes transform results see `nested` and the spec functions (SPEC-11)", () => {
    const r = read('transform {\n  literal {\n    value = "abc"\n  }\n  result = reverse(nested)\n}\n');
    expect(r.diagnostics).toEqual([]);
    const s = r.spec;
    if (s.kind !== "transform") throw new Error(s.kind);
    expect(s.varName).toBe("nested");
    const ctx = s.transformCtx!.newChild();
    ctx.variables = new Map([["nested", stringVal("abc")]]);
    expect(s.expr.value(ctx).value.asString()).toBe("cba");
  });

  it("accepts block_attrs, which Go 2.14.1 leaves out of its schema (SPEC-08)", () => {
    const r = read('object {\n  block_attrs "tags" {\n    element_type = string\n    required     = true\n  }\n}\n');
    expect(r.diagnostics).toEqual([]);
    expect(shape(r.spec)).toEqual({
      kind: "object",
      attributes: { tags: { kind: "block_attrs", typeName: "tags", elementType: "string", required: true } },
    });
  });

  it("substitutes a null literal for a spec that failed to load (SPEC-15)", () => {
    const r = read("attr {}\n");
    expect(summaries("attr {}\n")).toEqual(["error: Missing name in attribute spec"]);
    expect(r.spec.kind).toBe("literal");
    if (r.spec.kind === "literal") expect(r.spec.value.isNull()).toBe(true);
  });
});

describe("spec files: extensions", () => {
  it("block_label reads labels of the enclosing block, so labelled blocks can form a list", () => {
    const r = read(`
block_list {
  block_type = "svc"
  object {
    block_label "name" {}
    block_label "kind" {
      index = 1
    }
  }
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(shape(r.spec)).toEqual({
      kind: "block_list",
      typeName: "svc",
      minItems: 0,
      maxItems: 0,
      nested: {
        kind: "object",
        attributes: {
          name: { kind: "block_label", index: 0, name: "name" },
          kind: { kind: "block_label", index: 1, name: "kind" },
        },
      },
    });
  });

  it("refuses block_label outside a block's nested spec", () => {
    expect(summaries('object {\n  block_label "x" {}\n}\n')).toEqual(["error: Invalid block_label spec"]);
    expect(summaries('block {\n  block_type = "b"\n  block_label {}\n}\n')).toEqual([
      "error: Missing name in block_label spec",
    ]);
  });

  it("block_tuple and block_object mirror block_list and block_map without a common element type", () => {
    const r = read(
      'object {\n  block_tuple "t" {\n    attr {\n      name = "v"\n    }\n  }\n  block_object "o" {\n    labels = ["k"]\n    attr {\n      name = "v"\n    }\n  }\n}\n',
    );
    expect(r.diagnostics).toEqual([]);
    const s = shape(r.spec) as { attributes: Record<string, { kind: string }> };
    expect(s.attributes.t!.kind).toBe("block_tuple");
    expect(s.attributes.o!.kind).toBe("block_object");
  });

  it("validate checks the nested value with a condition and reports the error message", () => {
    const r = read(
      'validate {\n  attr {\n    name = "port"\n    type = number\n  }\n  condition     = nested > 0\n  error_message = "must be positive"\n}\n',
    );
    expect(r.diagnostics).toEqual([]);
    const s = r.spec;
    if (s.kind !== "validate") throw new Error(s.kind);
    expect(s.func(numberIntVal(1))).toEqual([]);
    expect(s.func(numberIntVal(-1)).map((d) => [d.summary, d.detail, d.subject])).toEqual([
      ["Invalid value", "must be positive", undefined],
    ]);
    expect(summaries("validate {\n  literal {\n    value = 1\n  }\n}\n")).toEqual(["error: Missing required argument"]);
  });
});

describe("spec files: declarations (SPEC-01, SPEC-13, SPEC-14)", () => {
  it("reads variables blocks with the spec functions", () => {
    const r = read(
      'variables {\n  a = upper("x")\n  b = length([1, 2])\n}\nvariables {\n  a = "later"\n}\nobject {}\n',
    );
    expect(r.diagnostics).toEqual([]);
    expect([...r.variables].map(([k, v]) => [k, v.type.friendlyName()])).toEqual([
      ["a", "string"],
      ["b", "number"],
    ]);
    expect(r.variables.get("a")!.asString()).toBe("later");
  });

  it("makes function blocks into functions with params and a variadic tuple", () => {
    const r = read(
      'function "add" {\n  params = [a, b]\n  result = a + b\n}\nfunction "all" {\n  params         = [first]\n  variadic_param = rest\n  result         = [first, rest]\n}\nobject {}\n',
    );
    expect(r.diagnostics).toEqual([]);
    expect(evalIn("add(1, 2)", r.functions).rawEquals(numberIntVal(3))).toBe(true);
    expect(
      evalIn('all(1, "x", 2)', r.functions).rawEquals(
        tupleVal([numberIntVal(1), tupleVal([stringVal("x"), numberIntVal(2)])]),
      ),
    ).toBe(true);
    expect(() => evalIn("add(1)", r.functions)).toThrow(/Function "add" expects 2 argument\(s\)/);
  });

  it("passes a function's errors out as the call's failure, as userfunc does", () => {
    const r = read('function "bad" {\n  params = [x]\n  result = x + "a"\n}\nobject {}\n');
    expect(() => evalIn("bad(1)", r.functions)).toThrow(
      // Go's wording, double period included: the diagnostic's own, then the call's.
      'Call to function "bad" failed: spec.hcldec:3,16-19: Invalid operand; Unsuitable value for right operand: a number is required..',
    );
  });

  it("keeps Go's meaning for its fifteen spec functions and offers Packer's others", () => {
    const { variables, diagnostics } = read(
      'variables {\n  rev = reverse("abc")\n  len = length([1, 2, 3])\n  idx = hasindex(["a"], 0)\n  trunc = int(-2.7)\n  chars = strlen("héllo")\n  packer = trimspace("  x ")\n}\nobject {}\n',
    );
    expect(diagnostics).toEqual([]);
    expect(variables.get("rev")!.asString()).toBe("cba");
    expect(variables.get("len")!.rawEquals(numberIntVal(3))).toBe(true);
    expect(variables.get("idx")!.asBool()).toBe(true);
    expect(variables.get("trunc")!.rawEquals(numberIntVal(-2))).toBe(true);
    expect(variables.get("chars")!.rawEquals(numberIntVal(5))).toBe(true);
    expect(variables.get("packer")!.asString()).toBe("x");
    // cty's length is for collections only, unlike Packer's.
    expect(summaries('variables {\n  x = length("abc")\n}\nobject {}\n')).toEqual(["error: Error in function call"]);
  });
});

describe("spec files: type expressions (SPEC-12)", () => {
  it("evaluates type constructors", () => {
    const t = (expr: string): string => {
      const r = read(`attr {\n  name = "a"\n  type = ${expr}\n}\n`);
      expect(r.diagnostics).toEqual([]);
      if (r.spec.kind !== "attr") throw new Error(r.spec.kind);
      return typeString(r.spec.type);
    };
    expect(t("string")).toBe("string");
    expect(t("any")).toBe("any");
    expect(t("null")).toBe("any");
    expect(t("set(map(bool))")).toBe("set(map(bool))");
    expect(t("tuple([number, list(any)])")).toBe("tuple([number,list(any)])");
    expect(t("object({b = number, a = string})")).toBe("object({a=string,b=number})");
  });

  it("reports a non-type without a subject, as Go does", () => {
    const r = read('attr {\n  name = "a"\n  type = "string"\n}\n');
    expect(r.diagnostics).toEqual([
      { severity: "error", summary: "Invalid type expression", detail: "A type is required, not string." },
    ]);
  });
});
