/** LiteralSpec (DEC-07): a fixed value; the body is not read. */
import type { SpecKind } from "../kind.js";
import type { LiteralSpec } from "../spec.js";

const nowhere = { line: 0, column: 0, byte: 0 };

export const literalKind: SpecKind<LiteralSpec> = {
  decode(spec) {
    return { value: spec.value, diagnostics: [] };
  },
  impliedType(spec) {
    return spec.value.type;
  },
  visitSameBodyChildren() {},
  sourceRange() {
    // A literal comes from no source; Go answers a range in "<unknown>".
    return { filename: "<unknown>", start: nowhere, end: nowhere };
  },
};
