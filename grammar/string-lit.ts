/**
 * Decoding of template literal tokens (hclsyntax `ParseStringLiteralToken`).
 *
 * Quoted strings decode backslash escapes (TPL-02); heredocs and bare
 * templates do not. Every form turns `$${` into `${` and `%%{` into `%{`
 * (TPL-03). The token is cut into the same slices as hclsyntax's
 * scan_string_lit, so an invalid escape is reported on exactly its own
 * characters.
 */
import { errorDiag, type Diagnostic } from "../src/hcl/diagnostic.js";
import type { SourceFile } from "../src/hcl/source.js";
import { goQuote } from "../src/hcl/quote.js";

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Decodes `text[start, end)`, a literal token of `src`. Diagnostics for bad
 * escapes are appended to `diags`.
 */
export function decodeTemplateLiteral(
  src: SourceFile,
  start: number,
  end: number,
  quoted: boolean,
  diags: Diagnostic[],
): string {
  const text = src.text;
  // Nothing to decode, found by the engine's own searches: quicker than a
  // loop over the characters while that loop is still being interpreted.
  const plain = text.slice(start, end);
  if ((!quoted || !plain.includes("\\")) && !plain.includes("$$") && !plain.includes("%%")) return plain;

  let out = "";
  let i = start;
  let litStart = start;
  const flush = (to: number): void => {
    if (to > litStart) out += text.slice(litStart, to);
  };
  while (i < end) {
    const c = text.charCodeAt(i);
    if (quoted && c === 92) {
      flush(i);
      const s = i;
      if (i + 1 >= end) {
        diags.push(
          errorDiag(
            "Invalid escape sequence",
            "Backslash must be followed by an escape sequence selector character.",
            src.range(s, end),
          ),
        );
        out += "\\";
        i = end;
        litStart = i;
        continue;
      }
      const sel = text.charCodeAt(i + 1);
      if (sel === 117 || sel === 85) {
        // \u with up to 4 hex digits, \U with up to 8: the slice takes as many as there are.
        const want = sel === 117 ? 4 : 8;
        let j = i + 2;
        while (j < end && j - (i + 2) < want && isHex(text.charCodeAt(j))) j++;
        if (j - (i + 2) !== want) {
          diags.push(
            errorDiag(
              "Invalid escape sequence",
              sel === 117
                ? "The \\u escape sequence must be followed by four hexadecimal digits."
                : "The \\U escape sequence must be followed by eight hexadecimal digits.",
              src.range(s, j),
            ),
          );
          out += text.slice(s, j);
        } else {
          const cp = parseInt(text.slice(i + 2, j), 16);
          if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            diags.push(
              errorDiag(
                "Invalid escape sequence",
                `Cannot encode character U+${cp.toString(16).padStart(4, "0")} in UTF-8.`,
                src.range(s, j),
              ),
            );
            out += text.slice(s, j);
          } else {
            out += String.fromCodePoint(cp);
          }
        }
        i = j;
        litStart = i;
        continue;
      }
      // A simple escape: backslash plus one character.
      const selCp = text.codePointAt(i + 1)!;
      const selLen = selCp > 0xffff ? 2 : 1;
      const j = i + 1 + selLen;
      switch (sel) {
        case 110:
          out += "\n";
          break;
        case 114:
          out += "\r";
          break;
        case 116:
          out += "\t";
          break;
        case 34:
          out += '"';
          break;
        case 92:
          out += "\\";
          break;
        default: {
          const ch = text.slice(i + 1, j);
          diags.push(
            errorDiag(
              "Invalid escape sequence",
              `The symbol ${goQuote(ch)} is not a valid escape sequence selector.`,
              src.range(s, j),
            ),
          );
          out += ch;
        }
      }
      i = j;
      litStart = i;
      continue;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123 && i + 2 < end) {
      flush(i);
      out += c === 36 ? "${" : "%{";
      i += 3;
      litStart = i;
      continue;
    }
    i++;
  }
  flush(end);
  return out;
}
