/**
 * A small, test-only stand-in for Go's `hcldec` command over the JSON
 * syntax: it reads a spec file (object, array, attr, block, block_list,
 * block_set, block_map, literal and a `variables` block), parses the input
 * with src/json, reads `--vars` files with JustAttributes, asks the body
 * for content with the schema each spec implies (hcldec `ImpliedSchema`,
 * `decode`) and prints what Go's command would: the value with its type on
 * stdout, or the diagnostics as JSON, with Go's exit status.
 *
 * It exists so src/json can be checked against Go's hcldec at the body
 * level independently of src/hcldec; it follows hcldec's decode functions
 * only as far as these specs need.
 */
import { parseConfig } from "../../grammar/index.js";
import { unify, tryConvert } from "../../src/cty/convert.js";
import { marshalValue } from "../../src/cty/json.js";
import { DynamicPseudoType, listOf, mapOf, objectOf, setOf, tupleOf, type Type } from "../../src/cty/types.js";
import {
  listVal,
  listValEmpty,
  mapVal,
  mapValEmpty,
  nullVal,
  objectVal,
  setVal,
  setValEmpty,
  tupleVal,
  unknownVal,
  type Value,
} from "../../src/cty/value.js";
import type { Block, Expression, Traversal } from "../../src/hcl/ast.js";
import type { BodyContent, BodySchema, HclBody, HclExpression } from "../../src/hcl/body.js";
import { type Diagnostic, type DiagnosticValue, errorDiag, hasErrors } from "../../src/hcl/diagnostic.js";
import { traversalString, valueString } from "../../src/hcl/value-lines.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { evaluate } from "../../src/hcl/eval.js";
import { typeConstraint } from "../../src/hcl/ext/typeexpr.js";
import { type Range, rangeString } from "../../src/hcl/pos.js";
import { goQuote } from "../../src/hcl/quote.js";
import { goJSONIndent } from "../../src/hcl/render.js";
import { literalValue } from "../../src/hcl/literal.js";
import { traverseAbs } from "../../src/hcl/ops.js";
import { parseJSON } from "../../src/json/index.js";

export type MiniSpec =
  | { kind: "object"; children: [string, MiniSpec][] }
  | { kind: "array"; children: MiniSpec[] }
  | { kind: "attr"; name: string; type: Type; required: boolean }
  | { kind: "block"; type: string; nested: MiniSpec; required: boolean }
  | { kind: "block_list" | "block_set"; type: string; nested: MiniSpec; min: number; max: number }
  | { kind: "block_map"; type: string; labels: string[]; nested: MiniSpec }
  | { kind: "literal"; value: Value };

function attrValue(b: Block, name: string): Value | undefined {
  const a = b.body.attribute(name);
  return a === undefined ? undefined : evaluate(a.expr, undefined).value;
}

function attrExpr(b: Block, name: string): Expression | undefined {
  return b.body.attribute(name)?.expr;
}

function readSpecBlock(b: Block): MiniSpec {
  const implied = b.labels[0] ?? "";
  const str = (n: string): string => attrValue(b, n)?.asString() ?? implied;
  const num = (n: string): number => {
    const v = attrValue(b, n);
    return v === undefined ? 0 : Number(v.asBigFloat().toString());
  };
  const bool = (n: string): boolean => attrValue(b, n)?.isTrue() === true;
  const nested = (): MiniSpec => readSpecBlock(b.body.blocks[0]!);
  switch (b.type) {
    case "object":
      return { kind: "object", children: b.body.blocks.map((c) => [c.labels[0]!, readSpecBlock(c)]) };
    case "array":
      return { kind: "array", children: b.body.blocks.map(readSpecBlock) };
    case "attr": {
      const t = attrExpr(b, "type");
      const type = t === undefined ? DynamicPseudoType : typeConstraint(t).type;
      return { kind: "attr", name: str("name"), type, required: bool("required") };
    }
    case "block":
      return { kind: "block", type: str("block_type"), nested: nested(), required: bool("required") };
    case "block_list":
    case "block_set":
      return { kind: b.type, type: str("block_type"), nested: nested(), min: num("min_items"), max: num("max_items") };
    case "block_map":
      return {
        kind: "block_map",
        type: str("block_type"),
        labels: attrValue(b, "labels")!
          .elements()
          .map((e) => e.asString()),
        nested: nested(),
      };
    case "literal":
      return { kind: "literal", value: attrValue(b, "value")! };
    default:
      throw new Error(`mini-hcldec: unsupported spec block ${b.type}`);
  }
}

export interface SpecFile {
  spec: MiniSpec;
  variables: Map<string, Value>;
}

export function readSpecFile(text: string): SpecFile {
  const { file, diagnostics } = parseConfig(text, "spec.hcldec");
  if (hasErrors(diagnostics)) throw new Error(`mini-hcldec: bad spec: ${diagnostics[0]!.summary}`);
  const variables = new Map<string, Value>();
  let spec: MiniSpec | undefined;
  for (const b of file.body.blocks) {
    if (b.type === "variables") {
      for (const a of b.body.attributes) variables.set(a.name, evaluate(a.expr, undefined).value);
    } else spec = readSpecBlock(b);
  }
  return { spec: spec!, variables };
}

function impliedType(s: MiniSpec): Type {
  switch (s.kind) {
    case "object":
      return objectOf(new Map(s.children.map(([k, c]) => [k, impliedType(c)])));
    case "array":
      return tupleOf(s.children.map(impliedType));
    case "attr":
      return s.type;
    case "block":
      return impliedType(s.nested);
    case "block_list":
      return listOf(impliedType(s.nested));
    case "block_set":
      return setOf(impliedType(s.nested));
    case "block_map": {
      let t = impliedType(s.nested);
      for (let i = 0; i < s.labels.length; i++) t = mapOf(t);
      return t;
    }
    case "literal":
      return s.value.type;
  }
}

function impliedSchema(s: MiniSpec): BodySchema {
  const schema: {
    attributes: { name: string; required: boolean }[];
    blocks: { type: string; labelNames: string[] }[];
  } = { attributes: [], blocks: [] };
  const visit = (x: MiniSpec): void => {
    switch (x.kind) {
      case "object":
        for (const [, c] of x.children) visit(c);
        return;
      case "array":
        for (const c of x.children) visit(c);
        return;
      case "attr":
        schema.attributes.push({ name: x.name, required: x.required });
        return;
      case "block":
      case "block_list":
      case "block_set":
        schema.blocks.push({ type: x.type, labelNames: [] });
        return;
      case "block_map":
        schema.blocks.push({ type: x.type, labelNames: x.labels });
        return;
      case "literal":
        return;
    }
  };
  visit(s);
  return schema;
}

export function decodeBody(
  body: HclBody,
  spec: MiniSpec,
  ctx: EvalContext | undefined,
): { value: Value; diagnostics: Diagnostic[] } {
  const { content, diagnostics } = body.content(impliedSchema(spec));
  const r = decodeContent(content, spec, ctx);
  return { value: r.value, diagnostics: [...diagnostics, ...r.diagnostics] };
}

/** The renderer's "with x as …" lines for a failing expression (Go derives them from Expression and EvalContext). */
function expressionValues(expr: HclExpression, ctx: EvalContext | undefined): DiagnosticValue[] {
  const out: DiagnosticValue[] = [];
  if (ctx === undefined) return out;
  const seen = new Set<string>();
  for (const t of expr.variables()) {
    const r = traverseAbs(t, ctx);
    if (hasErrors(r.diagnostics)) continue;
    const name = traversalString(t);
    if (seen.has(name) || !r.value.isKnown()) continue;
    seen.add(name);
    const v = r.value;
    out.push({ traversal: name, statement: v.isNull() ? " set to null" : ` as ${valueString(v)}` });
  }
  return out;
}

function sourceRange(body: HclBody, spec: MiniSpec): Range {
  const { content } = body.partialContent(impliedSchema(spec));
  if (spec.kind === "attr") {
    const a = content.attributes.get(spec.name);
    if (a !== undefined) return a.expr.range;
  }
  return content.missingItemRange;
}

function decodeContent(
  c: BodyContent,
  s: MiniSpec,
  ctx: EvalContext | undefined,
): { value: Value; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  switch (s.kind) {
    case "object": {
      const vals = new Map<string, Value>();
      for (const [k, child] of s.children) {
        const r = decodeContent(c, child, ctx);
        vals.set(k, r.value);
        diags.push(...r.diagnostics);
      }
      return { value: objectVal(vals), diagnostics: diags };
    }
    case "array": {
      const vals: Value[] = [];
      for (const child of s.children) {
        const r = decodeContent(c, child, ctx);
        vals.push(r.value);
        diags.push(...r.diagnostics);
      }
      return { value: tupleVal(vals), diagnostics: diags };
    }
    case "literal":
      return { value: s.value, diagnostics: [] };
    case "attr": {
      const attr = c.attributes.get(s.name);
      if (attr === undefined) return { value: nullVal(s.type), diagnostics: [] };
      const r = attr.expr.value(ctx);
      diags.push(...r.diagnostics);
      const conv = tryConvert(r.value, s.type);
      if (conv instanceof Error) {
        const d = errorDiag(
          "Incorrect attribute value type",
          `Inappropriate value for attribute ${goQuote(s.name)}: ${conv.message}.`,
          attr.expr.range,
          { filename: attr.nameRange.filename, start: attr.nameRange.start, end: attr.expr.range.end },
        );
        const values = expressionValues(attr.expr, ctx);
        if (values.length > 0) d.values = values;
        diags.push(d);
        return { value: unknownVal(s.type), diagnostics: diags };
      }
      return { value: conv, diagnostics: diags };
    }
    case "block": {
      const found = c.blocks.filter((b) => b.type === s.type);
      if (found.length > 1) {
        diags.push(
          errorDiag(
            `Duplicate ${s.type} block`,
            `Only one block of type ${goQuote(s.type)} is allowed. Previous definition was at ${rangeString(found[0]!.defRange)}.`,
            found[1]!.defRange,
          ),
        );
      }
      if (found.length === 0) {
        if (s.required) {
          diags.push(
            errorDiag(
              `Missing ${s.type} block`,
              `A block of type ${goQuote(s.type)} is required here.`,
              c.missingItemRange,
            ),
          );
        }
        return { value: nullVal(impliedType(s.nested)), diagnostics: diags };
      }
      const r = decodeBody(found[0]!.body, s.nested, ctx);
      return { value: r.value, diagnostics: [...diags, ...r.diagnostics] };
    }
    case "block_list":
    case "block_set": {
      const elems: Value[] = [];
      const ranges: Range[] = [];
      for (const b of c.blocks) {
        if (b.type !== s.type) continue;
        const r = decodeBody(b.body, s.nested, ctx);
        diags.push(...r.diagnostics);
        elems.push(r.value);
        ranges.push(sourceRange(b.body, s.nested));
      }
      if (elems.length < s.min) {
        diags.push(
          errorDiag(
            `Insufficient ${s.type} blocks`,
            `At least ${s.min} ${goQuote(s.type)} blocks are required.`,
            c.missingItemRange,
          ),
        );
      } else if (s.max > 0 && elems.length > s.max) {
        diags.push(
          errorDiag(
            `Too many ${s.type} blocks`,
            `No more than ${s.max} ${goQuote(s.type)} blocks are allowed`,
            ranges[s.max],
          ),
        );
      }
      const ety = impliedType(s.nested);
      if (elems.length === 0) {
        return { value: s.kind === "block_list" ? listValEmpty(ety) : setValEmpty(ety), diagnostics: diags };
      }
      const u = unify(
        elems.map((e) => e.type),
        true,
      );
      if (u === undefined) throw new Error("mini-hcldec: inconsistent block types are out of scope");
      const conv = elems.map((e) => {
        const x = tryConvert(e, u.type);
        if (x instanceof Error) throw x;
        return x;
      });
      return { value: s.kind === "block_list" ? listVal(conv) : setVal(conv), diagnostics: diags };
    }
    case "block_map": {
      type Tree = Map<string, Tree | Value>;
      const root: Tree = new Map();
      let any = false;
      for (const b of c.blocks) {
        if (b.type !== s.type) continue;
        const r = decodeBody(b.body, s.nested, ctx);
        let target = root;
        for (const key of b.labels.slice(0, s.labels.length - 1)) {
          if (!target.has(key)) target.set(key, new Map());
          target = target.get(key) as Tree;
        }
        diags.push(...r.diagnostics);
        const key = b.labels[s.labels.length - 1]!;
        if (target.has(key)) {
          diags.push(
            errorDiag(
              `Duplicate ${s.type} block`,
              `A block for ${s.type}${b.labels.map((l) => " " + goQuote(l)).join("")} was already defined. The ${s.type} labels must be unique.`,
              b.defRange,
            ),
          );
          continue;
        }
        target.set(key, r.value);
        any = true;
      }
      if (!any && root.size === 0) return { value: mapValEmpty(impliedType(s.nested)), diagnostics: diags };
      const toValue = (t: Tree, depth: number): Value => {
        const m = new Map<string, Value>();
        for (const [k, v] of t) m.set(k, depth === 1 ? (v as Value) : toValue(v as Tree, depth - 1));
        return mapVal(m);
      };
      return { value: toValue(root, s.labels.length), diagnostics: diags };
    }
  }
}

/** hcldec `Variables` for the specs above: attribute expressions' references, then nested blocks'. */
function specVariables(body: HclBody, spec: MiniSpec): Traversal[] {
  const { content } = body.partialContent(impliedSchema(spec));
  const out: Traversal[] = [];
  const visit = (s: MiniSpec): void => {
    switch (s.kind) {
      case "object":
        for (const [, c] of s.children) visit(c);
        return;
      case "array":
        for (const c of s.children) visit(c);
        return;
      case "attr": {
        const a = content.attributes.get(s.name);
        if (a !== undefined) out.push(...a.expr.variables());
        return;
      }
      case "block":
      case "block_list":
      case "block_set":
      case "block_map":
        for (const b of content.blocks) if (b.type === s.type) out.push(...specVariables(b.body, s.nested));
        return;
      case "literal":
        return;
    }
  };
  visit(spec);
  return out;
}

function jsonRange(r: Range): unknown {
  return { filename: r.filename, start: { ...r.start }, end: { ...r.end } };
}

/** What `hcldec --var-refs` prints for these traversals. */
function varRefsJSON(traversals: Traversal[], ctx: EvalContext | undefined): string {
  const out = traversals.map((t) => {
    const steps = t.map((step) => {
      const j: Record<string, unknown> = { kind: step.kind };
      if (step.kind !== "index") j.name = step.name;
      else j.key = JSON.parse(marshalValue(literalValue(step.key)));
      j.range = jsonRange(step.range);
      return j;
    });
    const r = traverseAbs(t, ctx);
    const j: Record<string, unknown> = { root_name: (t[0] as { name: string }).name };
    if (!hasErrors(r.diagnostics)) {
      try {
        j.value = JSON.parse(marshalValue(r.value));
      } catch {
        // Go leaves the value out when it cannot be marshalled.
      }
    }
    j.steps = steps;
    j.range = jsonRange({ filename: t[0]!.range.filename, start: t[0]!.range.start, end: t[t.length - 1]!.range.end });
    return j;
  });
  return goJSONIndent(out) + "\n";
}

export interface MiniRun {
  status: number;
  stdout: string;
  diagnostics: Diagnostic[];
}

/**
 * What `hcldec --spec=… --with-type --keep-nulls [--vars=FILE]… --diags=json
 * input.hcl.json` does, for the inputs given as text.
 */
export function runMiniHcldec(opts: {
  spec: string;
  input: string;
  vars?: { filename: string; text: string }[];
  varRefs?: boolean;
}): MiniRun {
  const specFile = readSpecFile(opts.spec);
  const diags: Diagnostic[] = [];
  const vars = new Map(specFile.variables);
  for (const v of opts.vars ?? []) {
    const { file, diagnostics } = parseJSON(v.text, v.filename);
    diags.push(...diagnostics);
    const { attributes, diagnostics: ad } = file.body.justAttributes();
    diags.push(...ad);
    for (const [k, a] of attributes) {
      const r = a.expr.value(undefined);
      diags.push(...r.diagnostics);
      vars.set(k, r.value);
    }
  }
  const ctx = vars.size === 0 ? undefined : new EvalContext({ variables: vars });
  const { file, diagnostics } = parseJSON(opts.input, "input.hcl.json");
  diags.push(...diagnostics);
  if (hasErrors(diags)) return { status: 2, stdout: "", diagnostics: diags };
  if (opts.varRefs === true) {
    return { status: 0, stdout: varRefsJSON(specVariables(file.body, specFile.spec), ctx), diagnostics: diags };
  }
  const r = decodeBody(file.body, specFile.spec, ctx);
  diags.push(...r.diagnostics);
  if (hasErrors(diags)) return { status: 2, stdout: "", diagnostics: diags };
  return { status: 0, stdout: marshalValue(r.value, DynamicPseudoType) + "\n", diagnostics: diags };
}
