/**
 * The recursion behind the public API (Go hcldec's `decode`, `sourceRange`,
 * `Variables` and `ImpliedSchema`): a body is read with the schema the spec
 * implies, then the spec's kind decodes the content. The `Decoder` handed to
 * each kind dispatches on the kinds of the specs it holds.
 *
 * Specs are immutable data, so schemas, label names and implied types are
 * computed once per spec object: a block list decodes every block's body
 * with the same nested spec.
 */
import type { Type } from "../cty/types.js";
import type { Traversal } from "../hcl/ast.js";
import type { AttributeSchema, BlockHeaderSchema, BodyContent, BodySchema, HclBody } from "../hcl/body.js";
import type { Diagnostic } from "../hcl/diagnostic.js";
import type { EvalContext } from "../hcl/eval-context.js";
import type { Range } from "../hcl/pos.js";
import type { BlockLabel, Decoded, Decoder } from "./kind.js";
import { kindOf } from "./kinds/index.js";
import type { Spec } from "./spec.js";

const schemas = new WeakMap<Spec, BodySchema>();
const labelNameLists = new WeakMap<Spec, string[]>();
const impliedTypes = new WeakMap<Spec, Type>();

export const decoder: Decoder = {
  decodeContent(spec, content, labels, ctx) {
    return kindOf(spec).decode(spec, content, labels, ctx, decoder);
  },
  decodeBody(body, labels, ctx, spec) {
    const r = decodeBody(body, labels, ctx, spec, false);
    return { value: r.value, diagnostics: r.diagnostics };
  },
  impliedType(spec) {
    let t = impliedTypes.get(spec);
    if (t === undefined) impliedTypes.set(spec, (t = kindOf(spec).impliedType(spec, decoder)));
    return t;
  },
  contentRange(spec, content, labels) {
    return kindOf(spec).sourceRange(spec, content, labels, decoder);
  },
  bodyRange(body, labels, spec) {
    const { content } = body.partialContent(impliedSchema(spec));
    return kindOf(spec).sourceRange(spec, content, labels, decoder);
  },
  bodyVariables(body, spec) {
    return variablesOf(body, spec);
  },
  attrSchemata(spec) {
    return kindOf(spec).attrSchemata?.(spec, decoder);
  },
  blockHeaderSchemata(spec) {
    return kindOf(spec).blockHeaderSchemata?.(spec, decoder);
  },
  nestedSpec(spec) {
    return kindOf(spec).nestedSpec?.(spec, decoder);
  },
  labelNames(spec) {
    let names = labelNameLists.get(spec);
    if (names === undefined) labelNameLists.set(spec, (names = findLabelNames(spec)));
    return names;
  },
};

/** Calls `visit` for `spec` and, depth first, every spec decoded from the same body. */
export function walkSameBody(spec: Spec, visit: (s: Spec) => void): void {
  visit(spec);
  kindOf(spec).visitSameBodyChildren(spec, (child) => walkSameBody(child, visit));
}

/** The schema a spec reads a body with (DEC-02): its attributes and the block types it decodes. */
export function impliedSchema(spec: Spec): BodySchema {
  let schema = schemas.get(spec);
  if (schema !== undefined) return schema;
  const attributes: AttributeSchema[] = [];
  const blocks: BlockHeaderSchema[] = [];
  walkSameBody(spec, (s) => {
    attributes.push(...(decoder.attrSchemata(s) ?? []));
    blocks.push(...(decoder.blockHeaderSchemata(s) ?? []));
  });
  schema = { attributes, blocks };
  schemas.set(spec, schema);
  return schema;
}

/**
 * Label names from the BlockLabelSpecs among a nested spec's same-body
 * specs (Go `findLabelSpecs`): as many as the highest index asks for, with
 * placeholders where an index has no spec.
 */
function findLabelNames(spec: Spec): string[] {
  const names = new Map<number, string>();
  let max = -1;
  walkSameBody(spec, (s) => {
    if (s.kind !== "block_label") return;
    max = Math.max(max, s.index);
    names.set(s.index, s.name);
  });
  const out: string[] = [];
  for (let i = 0; i <= max; i++) {
    const name = names.get(i) ?? "";
    out.push(name !== "" ? name : `missing${String(i).padStart(2, "0")}`);
  }
  return out;
}

/** Reads a body with the spec's schema (exhaustively or partially), then decodes the content. */
export function decodeBody(
  body: HclBody,
  labels: readonly BlockLabel[],
  ctx: EvalContext | undefined,
  spec: Spec,
  partial: boolean,
): Decoded & { remain: HclBody | undefined } {
  const schema = impliedSchema(spec);
  let content: BodyContent;
  let remain: HclBody | undefined;
  const diagnostics: Diagnostic[] = [];
  if (partial) {
    const r = body.partialContent(schema);
    content = r.content;
    remain = r.remain;
    diagnostics.push(...r.diagnostics);
  } else {
    const r = body.content(schema);
    content = r.content;
    diagnostics.push(...r.diagnostics);
  }
  const r = kindOf(spec).decode(spec, content, labels, ctx, decoder);
  diagnostics.push(...r.diagnostics);
  return { value: r.value, remain, diagnostics };
}

/** The variables decoding `body` with `spec` would read (DEC-20); the body is read partially, so errors don't hide them. */
export function variablesOf(body: HclBody, spec: Spec): Traversal[] {
  const { content } = body.partialContent(impliedSchema(spec));
  const out: Traversal[] = [];
  walkSameBody(spec, (s) => {
    const needed = kindOf(s).variablesNeeded?.(s, content, decoder);
    if (needed !== undefined) out.push(...needed);
  });
  return out;
}

export function bodySourceRange(body: HclBody, spec: Spec): Range {
  return decoder.bodyRange(body, [], spec);
}
