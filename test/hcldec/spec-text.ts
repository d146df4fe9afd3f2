/**
 * A test-only reader for the subset of Go's hcldec spec-file format the
 * differential cases use (object, array, attr, block, block_list,
 * block_set, block_map, literal, default, transform, variables), so the
 * goldens can be checked without depending on src/hcldec/spec-file.ts.
 * It throws on anything it does not understand: cases are written by us.
 */
import { parseConfig } from "../../grammar/index.js";
import type { Value } from "../../src/cty/value.js";
import type { Block, Body, Expression } from "../../src/hcl/ast.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { evaluate } from "../../src/hcl/eval.js";
import { typeConstraint } from "../../src/hcl/ext/typeexpr.js";
import { packerFunctions } from "../../src/hcl/functions.js";
import { nativeExpression } from "../../src/hcl/native-body.js";
import { DynamicPseudoType } from "../../src/cty/types.js";
import type { Spec } from "../../src/hcldec/spec.js";

const specCtx = new EvalContext({ functions: packerFunctions() });

export interface TestSpecFile {
  spec: Spec;
  variables: Map<string, Value>;
}

export function readSpecText(text: string, filename = "spec.hcldec"): TestSpecFile {
  const r = parseConfig(text, filename);
  if (r.diagnostics.length > 0) throw new Error(`spec does not parse: ${r.diagnostics[0]!.summary}`);
  const variables = new Map<string, Value>();
  const roots: Block[] = [];
  for (const b of r.file.body.blocks) {
    if (b.type === "variables") {
      for (const a of b.body.attributes) variables.set(a.name, value(a.expr));
    } else roots.push(b);
  }
  if (roots.length !== 1) throw new Error("a test spec needs exactly one root spec block");
  return { spec: specBlock(roots[0]!), variables };
}

function value(e: Expression): Value {
  const r = evaluate(e, specCtx);
  if (r.diagnostics.length > 0) throw new Error(`spec expression fails: ${r.diagnostics[0]!.summary}`);
  return r.value;
}

function attrs(b: Body): Map<string, Expression> {
  return new Map(b.attributes.map((a) => [a.name, a.expr]));
}

function str(b: Body, name: string, implied: string | undefined): string {
  const e = attrs(b).get(name);
  if (e === undefined) {
    if (implied === undefined) throw new Error(`missing ${name}`);
    return implied;
  }
  return value(e).asString();
}

function num(b: Body, name: string): number | undefined {
  const e = attrs(b).get(name);
  return e === undefined ? undefined : value(e).asFloat64();
}

function bool(b: Body, name: string): boolean {
  const e = attrs(b).get(name);
  return e === undefined ? false : value(e).asBool();
}

function nested(b: Body): Spec {
  if (b.blocks.length !== 1) throw new Error("a block spec needs exactly one nested spec");
  return specBlock(b.blocks[0]!);
}

function specBlock(block: Block): Spec {
  const b = block.body;
  const implied = block.labels[0];
  switch (block.type) {
    case "object": {
      const attributes: Record<string, Spec> = {};
      for (const child of b.blocks) attributes[child.labels[0]!] = specBlock(child);
      return { kind: "object", attributes };
    }
    case "array":
      return { kind: "tuple", elements: b.blocks.map(specBlock) };
    case "attr": {
      const t = attrs(b).get("type");
      const type = t === undefined ? DynamicPseudoType : typeConstraint(t).type;
      return { kind: "attr", name: str(b, "name", implied), type, required: bool(b, "required") };
    }
    case "literal":
      return { kind: "literal", value: value(attrs(b).get("value")!) };
    case "block":
      return {
        kind: "block",
        typeName: str(b, "block_type", implied),
        nested: nested(b),
        required: bool(b, "required"),
      };
    case "block_list":
    case "block_set":
      return {
        kind: block.type,
        typeName: str(b, "block_type", implied),
        nested: nested(b),
        minItems: num(b, "min_items"),
        maxItems: num(b, "max_items"),
      };
    case "block_map": {
      const labels = value(attrs(b).get("labels")!)
        .elements()
        .map((v) => v.asString());
      return { kind: "block_map", typeName: str(b, "block_type", implied), labelNames: labels, nested: nested(b) };
    }
    case "default": {
      const [first, ...rest] = b.blocks.map(specBlock);
      return rest.reduce<Spec>((primary, d) => ({ kind: "default", primary, default: d }), first!);
    }
    case "transform": {
      const result = attrs(b).get("result")!;
      return {
        kind: "transform",
        wrapped: nested(b),
        expr: nativeExpression(result),
        transformCtx: specCtx,
        varName: "nested",
      };
    }
    default:
      throw new Error(`test spec reader: unsupported spec block ${block.type}`);
  }
}
