/**
 * Go's standard base64 codec (padded alphabet), with the decoder's quirks
 * that show in results and error texts: `\r` and `\n` skipped anywhere and
 * Go's CorruptInputError offsets. Pure bytes, so the base64 functions, the
 * text encodings, `base64gzip`, `yamldecode`'s `!!binary` and the crypto
 * functions can share one codec.
 */
import { utf8 } from "./utf8.js";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_DECODE[B64.charCodeAt(i)] = i;

/** Go's `base64.StdEncoding.EncodeToString`. */
export function base64Encode(b: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const v = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out += B64[v >> 18]! + B64[(v >> 12) & 63]! + B64[(v >> 6) & 63]! + B64[v & 63]!;
  }
  if (i < b.length) {
    const v = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8);
    out += B64[v >> 18]! + B64[(v >> 12) & 63]!;
    out += i + 1 < b.length ? B64[(v >> 6) & 63]! + "=" : "==";
  }
  return out;
}

/** The result of Go's `base64.StdEncoding.DecodeString`: bytes, or the offset of Go's CorruptInputError. */
export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; offset: number };

/**
 * Go's `base64.StdEncoding.DecodeString`: padding required, `\r` and `\n`
 * skipped anywhere, and the error offset Go reports (in bytes).
 */
export function base64Decode(src: Uint8Array | string): Base64Result {
  const s = typeof src === "string" ? utf8(src) : src;
  const out: number[] = [];
  let si = 0;
  const nl = (c: number): boolean => c === 10 || c === 13;
  for (;;) {
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    let trailing = -1;
    let j = 0;
    for (; j < 4; j++) {
      if (si === s.length) {
        if (j === 0) return { ok: true, bytes: Uint8Array.from(out) };
        return { ok: false, offset: si - j };
      }
      const c = s[si]!;
      si++;
      const v = B64_DECODE[c]!;
      if (v >= 0) {
        dbuf[j] = v;
        continue;
      }
      if (nl(c)) {
        j--;
        continue;
      }
      if (c !== 61) return { ok: false, offset: si - 1 };
      // Padding: only after two or three symbols.
      if (j === 0 || j === 1) return { ok: false, offset: si - 1 };
      if (j === 2) {
        while (si < s.length && nl(s[si]!)) si++;
        if (si === s.length) return { ok: false, offset: s.length };
        if (s[si] !== 61) return { ok: false, offset: si - 1 };
        si++;
      }
      while (si < s.length && nl(s[si]!)) si++;
      if (si < s.length) trailing = si;
      dlen = j;
      break;
    }
    const val = (dbuf[0]! << 18) | (dbuf[1]! << 12) | (dbuf[2]! << 6) | dbuf[3]!;
    const bytes = [(val >> 16) & 255, (val >> 8) & 255, val & 255];
    for (let k = 0; k < dlen - 1; k++) out.push(bytes[k]!);
    if (trailing >= 0) return { ok: false, offset: trailing };
    if (dlen < 4) return { ok: true, bytes: Uint8Array.from(out) };
  }
}
