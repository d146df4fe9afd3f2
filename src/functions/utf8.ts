/**
 * Go's strings are bytes and ours are UTF-16, so every Go port that deals in
 * bytes crosses here: UTF-8 encoding and decoding with Go's replacement of
 * invalid sequences, Go's validity check, and Go's `%q` of a byte string.
 * Kept apart so the byte-level codecs can use it without the cty functions.
 */
import { goQuote } from "../cty/quote.js";

const encoder = new TextEncoder();

/** The UTF-8 bytes of a string (lone surrogates become U+FFFD, as in Go). */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Bytes as a string, invalid UTF-8 replaced by U+FFFD (Go's string conversion keeps bytes; cty strings cannot). */
export function fromUTF8(b: Uint8Array): string {
  return new TextDecoder("utf-8").decode(b);
}

/** Whether bytes are valid UTF-8 (Go's `utf8.Valid`). */
export function validUTF8(b: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** Go's `%q` of a byte string: valid characters as strconv.Quote writes them, invalid bytes as \xNN. */
export function goQuoteBytes(b: Uint8Array): string {
  let out = '"';
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 1;
    else if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c >= 0xe0 && c <= 0xef) n = 3;
    else if (c >= 0xf0 && c <= 0xf4) n = 4;
    let ok = n > 0 && i + n <= b.length;
    if (ok && n > 1) {
      for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false;
      // Overlong, surrogate and out-of-range forms are invalid in Go too.
      if (ok && n === 3 && ((c === 0xe0 && b[i + 1]! < 0xa0) || (c === 0xed && b[i + 1]! > 0x9f))) ok = false;
      if (ok && n === 4 && ((c === 0xf0 && b[i + 1]! < 0x90) || (c === 0xf4 && b[i + 1]! > 0x8f))) ok = false;
    }
    if (!ok) {
      out += "\\x" + c.toString(16).padStart(2, "0");
      i++;
      continue;
    }
    out += goQuote(fromUTF8(b.subarray(i, i + n))).slice(1, -1);
    i += n;
  }
  return out + '"';
}
