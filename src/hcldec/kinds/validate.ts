/** ValidateSpec (DEC-19): the wrapped spec's value, checked by a function that returns diagnostics. */
import { unknownVal } from "../../cty/value.js";
import { hasErrors } from "../../hcl/diagnostic.js";
import type { SpecKind } from "../kind.js";
import type { ValidateSpec } from "../spec.js";

export const validateKind: SpecKind<ValidateSpec> = {
  decode(spec, content, labels, ctx, d) {
    const r = d.decodeContent(spec.wrapped, content, labels, ctx);
    if (hasErrors(r.diagnostics)) {
      return {
        value: unknownVal(d.impliedType(spec.wrapped).withoutOptionalAttributesDeep()),
        diagnostics: r.diagnostics,
      };
    }
    const found = spec.func(r.value);
    // A diagnostic without a subject points at where the wrapped value came from.
    const diagnostics = [...r.diagnostics];
    for (const diag of found) {
      diagnostics.push(
        diag.subject !== undefined ? diag : { ...diag, subject: d.contentRange(spec.wrapped, content, labels) },
      );
    }
    return { value: r.value, diagnostics };
  },
  impliedType(spec, d) {
    return d.impliedType(spec.wrapped);
  },
  visitSameBodyChildren(spec, visit) {
    visit(spec.wrapped);
  },
  sourceRange(spec, content, labels, d) {
    return d.contentRange(spec.wrapped, content, labels);
  },
};
