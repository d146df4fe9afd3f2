/**
 * Values of the constants found in source (number, string, bool and null
 * literals, and the placeholders syntax errors leave).
 */
import { DynamicVal, False, NullDynamic, parseNumberVal, stringVal, True, type Value } from "../cty/value.js";
import { type LiteralValue, NumberLiteral } from "./ast.js";
import { SHORT_STRING_SLOTS, shortStringSlot } from "./short-strings.js";

/**
 * Values of short string literals met lately, direct-mapped by a hash of
 * the text. Values are immutable, and configurations repeat short strings
 * (tags, paths, flags) across blocks; a decoded result keeps the value of
 * each, which was otherwise one object per occurrence.
 */
const sharedStrings: (Value | undefined)[] = new Array<Value | undefined>(SHORT_STRING_SLOTS).fill(undefined);

function sharedStringValue(s: string): Value {
  const slot = shortStringSlot(s);
  if (slot < 0) return stringVal(s);
  const known = sharedStrings[slot];
  if (known !== undefined && known.v === s) return known;
  const made = stringVal(s);
  sharedStrings[slot] = made;
  return made;
}

/** The cty value of a literal; number literals are parsed once (CTY-12) and cached. */
export function literalValue(v: LiteralValue): Value {
  if (typeof v === "string") return sharedStringValue(v);
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
