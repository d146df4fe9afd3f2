/**
 * Plinth's side of the evaluation differential: evaluates an EvalRequest the
 * way test/tools/hcleval does and answers in the same JSON shape.
 */
import { parseConfig, parseExpression, parseTemplate } from "../../grammar/index.js";
import { convert } from "../../src/cty/convert.js";
import { marshalValue, typeToJSON } from "../../src/cty/json.js";
import { numberText } from "../../src/cty/number.js";
import { DynamicPseudoType, StringType, type Type } from "../../src/cty/types.js";
import { nullVal, unknownVal, type Value } from "../../src/cty/value.js";
import { Function, FunctionError } from "../../src/functions/function.js";
import type { Diagnostic } from "../../src/hcl/diagnostic.js";
import { hasErrors } from "../../src/hcl/diagnostic.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { evaluate } from "../../src/hcl/eval.js";
import { typeConstraint } from "../../src/hcl/ext/typeexpr.js";
import { renderDiagnosticsText, type RenderSource } from "../../src/hcl/render.js";
import type { SourceFile } from "../../src/hcl/source.js";
import type { DiagJSON, EvalAnswer, EvalRequest, RangeJSON, ValueDump } from "./hcleval.js";

function parseType(src: string): Type {
  const p = parseExpression(src, "type");
  if (hasErrors(p.diagnostics)) throw new FunctionError("bad type");
  const r = typeConstraint(p.value);
  if (hasErrors(r.diagnostics)) throw new FunctionError("bad type");
  return r.type;
}

/** The helpers hcleval offers to `vars` bodies, so tests can build unknown, null, typed and marked values. */
const varHelpers: Record<string, Function> = {
  unknown: new Function({
    params: [{ name: "type", type: StringType }],
    type: (args) => parseType(args[0]!.asString()),
    impl: (_args, ret) => unknownVal(ret),
  }),
  null_of: new Function({
    params: [{ name: "type", type: StringType }],
    type: (args) => parseType(args[0]!.asString()),
    impl: (_args, ret) => nullVal(ret),
  }),
  sensitive: new Function({
    params: [
      {
        name: "value",
        type: DynamicPseudoType,
        allowMarked: true,
        allowUnknown: true,
        allowNull: true,
        allowDynamicType: true,
      },
    ],
    type: () => DynamicPseudoType,
    impl: (args) => args[0]!.mark("sensitive"),
  }),
  typed: new Function({
    params: [
      { name: "type", type: StringType },
      {
        name: "value",
        type: DynamicPseudoType,
        allowUnknown: true,
        allowNull: true,
        allowDynamicType: true,
        allowMarked: true,
      },
    ],
    type: (args) => parseType(args[0]!.asString()),
    impl: (args, ret) => convert(args[1]!, ret),
  }),
};

export interface PlinthEvalOptions {
  /** The functions the expression may call (the same names hcleval offers). */
  functions: ReadonlyMap<string, Function>;
}

interface VarsResult {
  vars: Map<string, Value>;
  varDiags: Diagnostic[];
  source: RenderSource | undefined;
}

// Values are immutable, so one evaluation of a vars body serves every case that shares it.
const varsCache = new WeakMap<ReadonlyMap<string, Function>, Map<string, VarsResult>>();

export function plinthEvaluate(req: EvalRequest, opts: PlinthEvalOptions): EvalAnswer {
  const files = new Map<string, RenderSource>();
  let perFns = varsCache.get(opts.functions);
  if (perFns === undefined) varsCache.set(opts.functions, (perFns = new Map()));
  const key = req.vars ?? "";
  let cached = perFns.get(key);
  if (cached === undefined) perFns.set(key, (cached = evaluateVars(key, opts)));
  const { vars, varDiags } = cached;
  if (cached.source !== undefined) files.set("vars.hcl", cached.source);

  return evaluateRequest(req, opts, vars, varDiags, files);
}

function evaluateVars(text: string, opts: PlinthEvalOptions): VarsResult {
  const vars = new Map<string, Value>();
  let varDiags: Diagnostic[] = [];
  let source: RenderSource | undefined;
  if (text !== "") {
    const parsed = parseConfig(text, "vars.hcl");
    varDiags = parsed.diagnostics;
    if (!hasErrors(parsed.diagnostics)) {
      source = { source: parsed.file.source };
      const fns = new Map(opts.functions);
      for (const [k, f] of Object.entries(varHelpers)) fns.set(k, f);
      const vctx = new EvalContext({ functions: fns });
      for (const attr of parsed.file.body.attributes) {
        const r = evaluate(attr.expr, vctx);
        varDiags = [...varDiags, ...r.diagnostics];
        vars.set(attr.name, r.value);
      }
    }
  }
  return { vars, varDiags, source };
}

function evaluateRequest(
  req: EvalRequest,
  opts: PlinthEvalOptions,
  vars: Map<string, Value>,
  varDiags: Diagnostic[],
  files: Map<string, RenderSource>,
): EvalAnswer {
  let ctx: EvalContext | undefined;
  switch (req.ctx ?? "full") {
    case "full":
      ctx = new EvalContext({ variables: vars, functions: opts.functions });
      break;
    case "novars":
      ctx = new EvalContext({ functions: opts.functions });
      break;
    case "nofuncs":
      ctx = new EvalContext({ variables: vars });
      break;
    case "nil":
      ctx = undefined;
  }
  const parsed = req.template === true ? parseTemplate(req.expr, "expr.hcl") : parseExpression(req.expr, "expr.hcl");
  const src: SourceFile = parsed.value.src;
  files.set("expr.hcl", { source: src });
  const answer: EvalAnswer = { value: null, diags: [] };
  if (hasErrors(varDiags)) answer.varDiags = diagsJSON(varDiags, files);
  if (hasErrors(parsed.diagnostics)) {
    answer.diags = diagsJSON(parsed.diagnostics, files);
    return answer;
  }
  const r = evaluate(parsed.value, ctx);
  answer.diags = diagsJSON(r.diagnostics, files);
  answer.value = dumpValue(r.value);
  if (r.value.isWhollyKnown() && !r.value.containsMarked()) {
    try {
      answer.json = marshalValue(r.value);
    } catch {
      // Values JSON cannot hold (infinities) have no encoding, as in Go.
    }
  }
  return answer;
}

function rangeJSON(r: Diagnostic["subject"]): RangeJSON | undefined {
  if (r === undefined) return undefined;
  return {
    start: { line: r.start.line, column: r.start.column, byte: r.start.byte },
    end: { line: r.end.line, column: r.end.column, byte: r.end.byte },
  };
}

function diagsJSON(diags: readonly Diagnostic[], files: ReadonlyMap<string, RenderSource>): DiagJSON[] {
  return diags.map((d) => {
    const j: DiagJSON = {
      severity: d.severity,
      summary: d.summary,
      detail: d.detail,
      text: renderDiagnosticsText([d], files, { width: 0, color: false }),
    };
    const s = rangeJSON(d.subject);
    if (s !== undefined) j.subject = s;
    const c = rangeJSON(d.context);
    if (c !== undefined) j.context = c;
    return j;
  });
}

/** The same complete description of a value that hcleval's `dump` gives. */
export function dumpValue(v: Value): ValueDump {
  const out: ValueDump = { t: typeToJSON(v.type) };
  let val = v;
  if (v.isMarked()) {
    out.m = [...v.marks!].sort();
    val = v.unmark()[0];
  }
  const t = val.type;
  if (!val.isKnown()) out.u = true;
  else if (val.isNull()) out.null = true;
  else {
    switch (t.kind) {
      case "string":
        out.v = val.asString();
        break;
      case "bool":
        out.v = val.asBool();
        break;
      case "number":
        out.v = numberText(val.asNumber(), val.prec);
        break;
      case "list":
      case "set":
      case "tuple":
        out.e = val.elements().map(dumpValue);
        break;
      case "map":
      case "object": {
        const a: Record<string, ValueDump> = {};
        for (const [k, e] of val.entries()) a[k] = dumpValue(e);
        out.a = a;
        break;
      }
      default:
        out.u = true;
    }
  }
  return out;
}
