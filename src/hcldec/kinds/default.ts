/** DefaultSpec (DEC-17): the primary's value, or the default's where the primary decodes to null. */
import type { AttributeSchema } from "../../hcl/body.js";
import type { SpecKind } from "../kind.js";
import type { DefaultSpec } from "../spec.js";

export const defaultKind: SpecKind<DefaultSpec> = {
  decode(spec, content, labels, ctx, d) {
    const r = d.decodeContent(spec.primary, content, labels, ctx);
    // An explicit `null` counts as absent here (DEC-23); a marked null is null too.
    if (!r.value.isNull()) return r;
    const f = d.decodeContent(spec.default, content, labels, ctx);
    return { value: f.value, diagnostics: [...r.diagnostics, ...f.diagnostics] };
  },
  impliedType(spec, d) {
    return d.impliedType(spec.primary);
  },
  visitSameBodyChildren(spec, visit) {
    visit(spec.primary);
    visit(spec.default);
  },
  sourceRange(spec, content, labels, d) {
    // Which one will supply the value is unknown here; the default is usually a literal with no range anyway.
    return d.contentRange(spec.primary, content, labels);
  },
  attrSchemata(spec, d) {
    // Both sides' attributes, so a default read from another attribute is available. The schema
    // walk visits both children as well, so these appear twice in the schema, exactly as in Go.
    const out: AttributeSchema[] = [];
    out.push(...(d.attrSchemata(spec.primary) ?? []));
    out.push(...(d.attrSchemata(spec.default) ?? []));
    return out;
  },
  blockHeaderSchemata(spec, d) {
    // Only the primary may describe a block, so that the nested spec for a block type is unambiguous.
    return d.blockHeaderSchemata(spec.primary) ?? [];
  },
  nestedSpec(spec, d) {
    return d.nestedSpec(spec.primary);
  },
};
