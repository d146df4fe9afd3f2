/**
 * Values of the constants found in source (number, string, bool and null
 * literals, and the placeholders syntax errors leave).
 */
import { DynamicVal, False, NullDynamic, parseNumberVal, stringVal, True, type Value } from "../cty/value.js";
import { type LiteralValue, NumberLiteral } from "./ast.js";

/** The cty value of a literal; number literals are parsed once (CTY-12) and cached. */
export function literalValue(v: LiteralValue): Value {
  if (typeof v === "string") return stringVal(v);
  if (v === true) return True;
  if (v === false) return False;
  if (v === null) return NullDynamic;
  if (v instanceof NumberLiteral) {
    if (v.parsed === undefined) {
      // The parser accepted the text, so Go's parser would too; a failure here would be our bug.
      v.parsed = parseNumberVal(v.text) ?? DynamicVal;
    }
    return v.parsed as Value;
  }
  return DynamicVal;
}
