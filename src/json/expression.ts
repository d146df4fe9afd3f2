/**
 * A JSON value as an HCL expression (hcl `json/structure.go` `expression`,
 * JSON-06..10). Objects become objects, arrays tuples, numbers exact
 * numbers. A string is a template in expression mode, that is whenever an
 * evaluation context is given, even an empty one; with no context it is
 * taken verbatim (JSON-07). Object property names are templates too.
 */
import { convert, ConversionError } from "../cty/convert.js";
import { StringType } from "../cty/types.js";
import {
  boolVal,
  DynamicVal,
  NullDynamic,
  objectVal,
  stringVal,
  tupleVal,
  type Marks,
  type Value,
} from "../cty/value.js";
import type { Traversal, Traverser } from "../hcl/ast.js";
import type { HclExpression, StaticCallExpr, StaticExpression } from "../hcl/body.js";
import { type Diagnostic, type DiagnosticValue, errorDiag, hasErrors } from "../hcl/diagnostic.js";
import type { EvalContext } from "../hcl/eval-context.js";
import { evaluateExpression } from "../hcl/eval.js";
import { nativeExpression } from "../hcl/native-body.js";
import { traverseAbs } from "../hcl/ops.js";
import { type Range, rangeString } from "../hcl/pos.js";
import { goQuote } from "../hcl/quote.js";
import { exprCall, variables as nativeVariables } from "../hcl/static.js";
import { traversalString, valueString } from "../hcl/value-lines.js";
import { type JsonNode, JsonString, type Span } from "./ast.js";
import { mayHoldTemplate, parseStringExpression, parseStringTemplate, parseStringTraversal } from "./embedded.js";

type ValueResult = { value: Value; diagnostics: Diagnostic[] };

/** A JSON value seen as an expression. */
export class JsonExpression implements HclExpression, StaticExpression {
  constructor(readonly node: JsonNode) {}

  get range(): Range {
    return this.node.span.range;
  }

  get startRange(): Range {
    return this.node.startSpan.range;
  }

  get static(): StaticExpression {
    return this;
  }

  value(ctx: EvalContext | undefined): ValueResult {
    return nodeValue(this.node, ctx);
  }

  variables(): Traversal[] {
    const out: Traversal[] = [];
    collectVariables(this.node, out);
    return out;
  }

  /** hcl `ExprList`: the elements of an array. */
  list(): HclExpression[] | undefined {
    const n = this.node;
    return n.kind === "array" ? n.values.map((v) => new JsonExpression(v)) : undefined;
  }

  /** hcl `ExprMap`: an object's properties, names as string expressions (templates when evaluated with a context). */
  map(): { key: HclExpression; value: HclExpression }[] | undefined {
    const n = this.node;
    if (n.kind !== "object") return undefined;
    return n.properties.map((p) => ({
      key: new JsonExpression(new JsonString(p.name, p.nameSpan)),
      value: new JsonExpression(p.value),
    }));
  }

  /** hcl `ExprCall`: a string whose content is a native function call such as `list(string)` (JSON-09). */
  call(): StaticCallExpr | undefined {
    const n = this.node;
    if (n.kind !== "string") return undefined;
    const expr = parseStringExpression(n.value, n.span.filename, n.span.start);
    if (expr === undefined) return undefined;
    const c = exprCall(expr).value;
    if (c === undefined) return undefined;
    return {
      name: c.name,
      nameRange: c.nameRange,
      arguments: c.arguments.map(nativeExpression),
      argsRange: c.argsRange,
    };
  }

  /** hcl `AbsTraversalForExpr`: a string holding a traversal such as `var.a[0]` (STA-06). */
  traversal(): Traverser[] | undefined {
    const n = this.node;
    if (n.kind !== "string") return undefined;
    return parseStringTraversal(n.value, n.span.filename, n.span.start);
  }

  /** hcl `ExprAsKeyword`: a string holding a single name. */
  keyword(): string {
    const t = this.traversal();
    const root = t !== undefined && t.length === 1 ? t[0]! : undefined;
    return root !== undefined && root.kind === "root" ? root.name : "";
  }
}

function stringValue(s: string, span: Span, ctx: EvalContext | undefined): ValueResult {
  if (ctx === undefined || !mayHoldTemplate(s)) return { value: stringVal(s), diagnostics: [] };
  const t = parseStringTemplate(s, span.filename, span.start);
  if (hasErrors(t.diagnostics)) return { value: DynamicVal, diagnostics: t.diagnostics };
  const r = evaluateExpression(t.expr, ctx);
  if (t.diagnostics.length === 0) return r;
  return { value: r.value, diagnostics: [...t.diagnostics, ...r.diagnostics] };
}

function nodeValue(n: JsonNode, ctx: EvalContext | undefined): ValueResult {
  switch (n.kind) {
    case "string":
      return stringValue(n.value, n.span, ctx);
    case "number":
      return { value: n.value, diagnostics: [] };
    case "bool":
      return { value: boolVal(n.value), diagnostics: [] };
    case "null":
      return { value: NullDynamic, diagnostics: [] };
    case "array": {
      const diags: Diagnostic[] = [];
      const vals: Value[] = [];
      for (const v of n.values) {
        const r = nodeValue(v, ctx);
        vals.push(r.value);
        if (r.diagnostics.length > 0) diags.push(...r.diagnostics);
      }
      return { value: tupleVal(vals), diagnostics: diags };
    }
    case "object":
      return objectValue(n, ctx);
    case "invalid":
      return { value: DynamicVal, diagnostics: [] };
  }
}

function objectValue(n: Extract<JsonNode, { kind: "object" }>, ctx: EvalContext | undefined): ValueResult {
  const diags: Diagnostic[] = [];
  const attrs = new Map<string, Value>();
  const defined = new Map<string, Span>();
  const marks: Marks[] = [];
  let known = true;
  for (const p of n.properties) {
    const name = stringValue(p.name, p.nameSpan, ctx);
    const val = nodeValue(p.value, ctx);
    diags.push(...name.diagnostics, ...val.diagnostics);
    let key: Value;
    try {
      key = convert(name.value, StringType);
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      diags.push(
        withValues(
          errorDiag(
            "Invalid object key expression",
            `Cannot use this expression as an object key: ${e.message}.`,
            p.nameSpan.range,
          ),
          p.value,
          ctx,
        ),
      );
      continue;
    }
    if (key.isNull()) {
      diags.push(
        withValues(
          errorDiag("Invalid object key expression", "Cannot use null value as an object key.", p.nameSpan.range),
          p.value,
          ctx,
        ),
      );
      continue;
    }
    if (!key.isKnown()) {
      // The object's type depends on its keys: one unknown key makes the whole object unknown.
      known = false;
      continue;
    }
    const [bare, km] = key.unmark();
    if (km.size > 0) marks.push(km);
    const k = bare.asString();
    const previous = defined.get(k);
    if (previous !== undefined) {
      diags.push(
        withValues(
          errorDiag(
            "Duplicate object attribute",
            `An attribute named ${goQuote(k)} was already defined at ${rangeString(previous.range)}.`,
            p.nameSpan.range,
          ),
          n,
          ctx,
        ),
      );
      continue;
    }
    attrs.set(k, val.value);
    defined.set(k, p.nameSpan);
  }
  if (!known) return { value: DynamicVal, diagnostics: diags };
  const obj = objectVal(attrs);
  return { value: marks.length > 0 ? obj.withMarks(...marks) : obj, diagnostics: diags };
}

/** Adds the "with x as …" values Go's renderer would show for `node` evaluated in `ctx` (DIAG-10). */
function withValues(d: Diagnostic, node: JsonNode, ctx: EvalContext | undefined): Diagnostic {
  if (ctx === undefined) return d;
  const values: DiagnosticValue[] = [];
  const seen = new Set<string>();
  const traversals: Traversal[] = [];
  collectVariables(node, traversals);
  for (const t of traversals) {
    const r = traverseAbs(t, ctx);
    if (hasErrors(r.diagnostics)) continue;
    const name = traversalString(t);
    const v = r.value;
    if (seen.has(name) || !v.isKnown()) continue;
    seen.add(name);
    const statement = v.isMarked() ? " has a sensitive value" : v.isNull() ? " set to null" : ` as ${valueString(v)}`;
    values.push({ traversal: name, statement });
  }
  if (values.length > 0) d.values = values;
  return d;
}

function stringVariables(s: string, span: Span, out: Traversal[]): void {
  if (!mayHoldTemplate(s)) return;
  const t = parseStringTemplate(s, span.filename, span.start);
  if (hasErrors(t.diagnostics)) return;
  out.push(...nativeVariables(t.expr));
}

/** hcl JSON `Variables`: every string and property name read as a template (JSON-10). */
function collectVariables(n: JsonNode, out: Traversal[]): void {
  switch (n.kind) {
    case "string":
      stringVariables(n.value, n.span, out);
      return;
    case "array":
      for (const v of n.values) collectVariables(v, out);
      return;
    case "object":
      for (const p of n.properties) {
        stringVariables(p.name, p.nameSpan, out);
        collectVariables(p.value, out);
      }
      return;
    default:
  }
}
