/**
 * Values of the constants found in source (number, string, bool and null
 * literals, and the placeholders syntax errors leave).
 */
import { DynamicVal, False, NullDynamic, parseNumberVal, stringVal, True, type Value } from "../cty/value.js";
import { type LiteralValue, NumberLiteral } from "./ast.js";

/** The longest string literal whose value is shared between equal literals. */
const SHARED_MAX = 24;
const SHARED_SLOTS = 4096;

/**
 * Values of short string literals met lately, direct-mapped by a hash of
 * the text. Values are immutable, and configurations repeat short strings
 * (tags, paths, flags) across blocks; a decoded result keeps the value of
 * each, which was otherwise one object per occurrence.
 */
const sharedStrings: (Value | undefined)[] = new Array<Value | undefined>(SHARED_SLOTS).fill(undefined);

function sharedStringValue(s: string): Value {
  const len = s.length;
  if (len > SHARED_MAX) return stringVal(s);
  let h = len;
  for (let k = 0; k < len; k++) h = Math.imul(h, 31) + s.charCodeAt(k);
  const slot = (h ^ (h >>> 13)) & (SHARED_SLOTS - 1);
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
