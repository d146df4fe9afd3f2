/**
 * hcldec's public entry points (DEC-01): decode a body with a spec into a
 * cty value, and the analyses that go with it.
 */
import type { Type } from "../cty/types.js";
import type { Value } from "../cty/value.js";
import type { Traversal } from "../hcl/ast.js";
import type { BodySchema, HclBody } from "../hcl/body.js";
import type { Diagnostic } from "../hcl/diagnostic.js";
import type { EvalContext } from "../hcl/eval-context.js";
import type { Range } from "../hcl/pos.js";
import {
  bodySourceRange,
  decodeBody,
  decoder,
  impliedSchema as schemaOf,
  variablesOf,
  walkSameBody,
} from "./decoder.js";
import type { Spec } from "./spec.js";

/**
 * Decodes `body` with `spec`. Everything in the body must be described by
 * the spec: leftovers are "Unsupported argument" / "Unsupported block type"
 * errors. `ctx` undefined means no variables or functions may be used. On
 * errors the value is a best effort (unknown where a part failed).
 */
export function decode(body: HclBody, spec: Spec, ctx?: EvalContext): { value: Value; diagnostics: Diagnostic[] } {
  const r = decodeBody(body, [], ctx, spec, false);
  return { value: r.value, diagnostics: r.diagnostics };
}

/**
 * Like `decode`, but what the spec does not describe in the top-level body
 * is returned as `remain` for something else to read. Nested block bodies
 * are still read exhaustively.
 */
export function partialDecode(
  body: HclBody,
  spec: Spec,
  ctx?: EvalContext,
): { value: Value; remain: HclBody; diagnostics: Diagnostic[] } {
  const r = decodeBody(body, [], ctx, spec, true);
  return { value: r.value, remain: r.remain!, diagnostics: r.diagnostics };
}

/** The type `decode` gives for this spec (some kinds can only say "dynamic"). */
export function impliedType(spec: Spec): Type {
  return decoder.impliedType(spec);
}

/** The schema `decode` reads the top-level body with (DEC-02). */
export function impliedSchema(spec: Spec): BodySchema {
  return schemaOf(spec);
}

/**
 * The variable references decoding would evaluate (DEC-20), so a caller can
 * build the context they need. Works on invalid bodies too (best effort).
 */
export function variables(body: HclBody, spec: Spec): Traversal[] {
  return variablesOf(body, spec);
}

/**
 * Where in `body` the value for `spec` comes from (DEC-21), for diagnostics
 * an application makes after decoding; where it is missing, where it would go.
 */
export function sourceRange(body: HclBody, spec: Spec): Range {
  return bodySourceRange(body, spec);
}

/**
 * The block types the spec reads from the top-level body, each with the spec
 * its blocks' bodies are decoded with (Go `ChildBlockTypes`). A block_attrs
 * type maps to a spec giving null, as Go's placeholder does: its body is read
 * as attributes.
 */
export function childBlockTypes(spec: Spec): Map<string, Spec> {
  const out = new Map<string, Spec>();
  walkSameBody(spec, (s) => {
    for (const header of decoder.blockHeaderSchemata(s) ?? []) {
      const nested = decoder.nestedSpec(s);
      if (nested !== undefined) out.set(header.type, nested);
    }
  });
  return out;
}
