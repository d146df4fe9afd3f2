/**
 * Decoding of JSON string tokens as Go's `encoding/json` does it for HCL's
 * JSON parser: the token is first checked with the standard JSON grammar,
 * whose error offset (`SyntaxError.Offset`) HCL turns into the diagnostic's
 * position, then unquoted with Go's rules for `\u` escapes (an unpaired
 * surrogate becomes U+FFFD).
 */
import { utf8Length } from "../hcl/source.js";

export type StringDecode = { ok: true; value: string } | { ok: false; offset: number };

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const SIMPLE_ESCAPES: Record<number, string> = {
  98: "\b",
  102: "\f",
  110: "\n",
  114: "\r",
  116: "\t",
  92: "\\",
  47: "/",
  34: '"',
};

/**
 * Decodes the string token `text[start, end)` (opening quote included; the
 * closing one may be missing). On a syntax error, `offset` is Go's: the UTF-8
 * length of the token up to and including the first byte of the offending
 * character, or the token's whole length when it is unterminated.
 */
export function decodeJsonString(text: string, start: number, end: number): StringDecode {
  // Fast path: no escapes, and the only inner quote is the closing one.
  if (end - start >= 2 && text.charCodeAt(end - 1) === 34) {
    let plain = true;
    for (let i = start + 1; i < end - 1; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 || c === 34) {
        plain = false;
        break;
      }
    }
    if (plain) return { ok: true, value: text.slice(start + 1, end - 1) };
  }
  let out = "";
  let runStart = start + 1;
  let i = start + 1;
  const fail = (at: number): StringDecode => ({ ok: false, offset: utf8Length(text, start, at) + 1 });
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // The scanner normally ends a token at its first unescaped quote, but
      // a grapheme cluster can hide one; Go's decoder then stops at it and
      // accepts only white space after it.
      for (let j = i + 1; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d !== 32 && d !== 9 && d !== 10 && d !== 13) return fail(j);
      }
      out += text.slice(runStart, i);
      return { ok: true, value: out };
    }
    if (c < 0x20) return fail(i);
    if (c !== 92) {
      i++;
      continue;
    }
    out += text.slice(runStart, i);
    if (i + 1 >= end) break;
    const e = text.charCodeAt(i + 1);
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (e === 117) {
      let cu = 0;
      for (let k = 0; k < 4; k++) {
        if (i + 2 + k >= end) return { ok: false, offset: utf8Length(text, start, end) };
        const h = hexValue(text.charCodeAt(i + 2 + k));
        if (h < 0) return fail(i + 2 + k);
        cu = cu * 16 + h;
      }
      i += 6;
      if (cu >= 0xd800 && cu < 0xe000) {
        // A high surrogate pairs only with an immediately following low one.
        let paired = false;
        if (cu < 0xdc00 && text.charCodeAt(i) === 92 && text.charCodeAt(i + 1) === 117 && i + 6 <= end) {
          let lo = 0;
          for (let k = 0; k < 4; k++) {
            const h = hexValue(text.charCodeAt(i + 2 + k));
            if (h < 0) {
              lo = -1;
              break;
            }
            lo = lo * 16 + h;
          }
          if (lo >= 0xdc00 && lo < 0xe000) {
            out += String.fromCharCode(cu, lo);
            i += 6;
            paired = true;
          }
        }
        if (!paired) out += "\ufffd";
      } else {
        out += String.fromCharCode(cu);
      }
    } else {
      return fail(i + 1);
    }
    runStart = i;
  }
  // Unterminated: Go reports the end of the token.
  return { ok: false, offset: utf8Length(text, start, end) };
}
