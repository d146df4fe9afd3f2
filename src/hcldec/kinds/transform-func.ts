/** TransformFuncSpec (DEC-18): the wrapped spec's value passed through a function of one argument. */
import { DynamicPseudoType, type Type } from "../../cty/types.js";
import { unknownVal } from "../../cty/value.js";
import { FunctionError } from "../../functions/function.js";
import { errorDiag, hasErrors } from "../../hcl/diagnostic.js";
import type { Decoder, SpecKind } from "../kind.js";
import type { TransformFuncSpec } from "../spec.js";

export const transformFuncKind: SpecKind<TransformFuncSpec> = {
  decode(spec, content, labels, ctx, d) {
    const r = d.decodeContent(spec.wrapped, content, labels, ctx);
    if (hasErrors(r.diagnostics)) {
      return { value: unknownVal(impliedType(spec, d).withoutOptionalAttributesDeep()), diagnostics: r.diagnostics };
    }
    try {
      return { value: spec.func.call([r.value]), diagnostics: r.diagnostics };
    } catch (e) {
      if (!(e instanceof FunctionError)) throw e;
      // A programming error of the application rather than something a user can fix; Go words it so.
      const diag = errorDiag(
        "Transform function failed",
        `Decoder transform returned an error: ${e.message}`,
        d.contentRange(spec.wrapped, content, labels),
      );
      return {
        value: unknownVal(impliedType(spec, d).withoutOptionalAttributesDeep()),
        diagnostics: [...r.diagnostics, diag],
      };
    }
  },
  impliedType,
  visitSameBodyChildren(spec, visit) {
    visit(spec.wrapped);
  },
  sourceRange(spec, content, labels, d) {
    return d.contentRange(spec.wrapped, content, labels);
  },
};

function impliedType(spec: TransformFuncSpec, d: Decoder): Type {
  try {
    return spec.func.returnTypeForValues([unknownVal(d.impliedType(spec.wrapped))]);
  } catch (e) {
    // Only a misconfigured spec gets here.
    if (e instanceof FunctionError) return DynamicPseudoType;
    throw e;
  }
}
