/**
 * Go's `%q` for a string (`strconv.Quote`), as HCL's messages use it: double
 * quotes; `"` and `\` escaped; characters Go considers printable (letters,
 * marks, numbers, punctuation, symbols and the ASCII space) kept as they
 * are; everything else escaped as `\a`…`\v`, `\xHH`, `\uHHHH` or `\UHHHHHHHH`.
 */
const PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c < 0x7f) {
      out += c === 34 ? '\\"' : c === 92 ? "\\\\" : ch;
      continue;
    }
    switch (c) {
      case 7:
        out += "\\a";
        continue;
      case 8:
        out += "\\b";
        continue;
      case 12:
        out += "\\f";
        continue;
      case 10:
        out += "\\n";
        continue;
      case 13:
        out += "\\r";
        continue;
      case 9:
        out += "\\t";
        continue;
      case 11:
        out += "\\v";
        continue;
    }
    if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0xd800 && c <= 0xdfff)
      out += "\\ufffd"; // a lone surrogate cannot be in a Go string; it arrives as U+FFFD
    else if (PRINTABLE.test(ch)) out += ch;
    else if (c > 0xffff) out += "\\U" + c.toString(16).padStart(8, "0");
    else out += "\\u" + c.toString(16).padStart(4, "0");
  }
  return out + '"';
}
