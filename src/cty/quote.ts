/**
 * Go's `%q` for a string, as HCL's messages use it: double quotes, with
 * backslash escapes for `"`, `\` and control characters; printable Unicode
 * stays as it is.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (c) {
      case 34:
        out += '\\"';
        break;
      case 92:
        out += "\\\\";
        break;
      case 7:
        out += "\\a";
        break;
      case 8:
        out += "\\b";
        break;
      case 12:
        out += "\\f";
        break;
      case 10:
        out += "\\n";
        break;
      case 13:
        out += "\\r";
        break;
      case 9:
        out += "\\t";
        break;
      case 11:
        out += "\\v";
        break;
      default:
        if (c < 32 || c === 127) out += "\\x" + c.toString(16).padStart(2, "0");
        else if ((c >= 0x80 && c < 0xa0) || c === 0xad) out += "\\u" + c.toString(16).padStart(4, "0");
        else out += ch;
    }
  }
  return out + '"';
}
