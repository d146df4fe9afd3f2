/** TupleSpec (DEC-05): a tuple of the elements' results, each decoded from the same body. */
import { EmptyTupleType, tupleOf } from "../../cty/types.js";
import { tupleVal, type Value } from "../../cty/value.js";
import type { Diagnostic } from "../../hcl/diagnostic.js";
import type { SpecKind } from "../kind.js";
import type { TupleSpec } from "../spec.js";

export const tupleKind: SpecKind<TupleSpec> = {
  decode(spec, content, labels, ctx, d) {
    const vals: Value[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const child of spec.elements) {
      const r = d.decodeContent(child, content, labels, ctx);
      vals.push(r.value);
      diagnostics.push(...r.diagnostics);
    }
    return { value: tupleVal(vals), diagnostics };
  },
  impliedType(spec, d) {
    if (spec.elements.length === 0) return EmptyTupleType;
    return tupleOf(spec.elements.map((child) => d.impliedType(child)));
  },
  visitSameBodyChildren(spec, visit) {
    for (const child of spec.elements) visit(child);
  },
  sourceRange(_spec, content) {
    return content.missingItemRange;
  },
};
