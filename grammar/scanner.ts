/**
 * The HCL native-syntax scanner. It reproduces the token stream of
 * hclsyntax's Ragel scanner (scan_tokens.rl): the same token boundaries, the
 * same modes and the same error tokens, so the parser can give the same
 * diagnostics at the same ranges.
 *
 * Modes form a stack, as Ragel's fcall/fret do:
 *  - main: expressions and structure;
 *  - quoted: inside "…" (escapes allowed, raw newlines are errors);
 *  - heredoc: inside <<EOT … EOT, closed by a line holding only the marker;
 *  - bare: a whole input that is a template (templatefile, JSON strings).
 * `${` and `%{` push main; the `}` that matches them pops back. Brace depth
 * is tracked so a `}` closing an object inside an interpolation is a brace,
 * not the end of the interpolation.
 *
 * The scanner works on UTF-16 code units with ASCII fast paths and never
 * backtracks more than a few characters, so it is linear in the input.
 */
import type { SourceFile } from "../src/hcl/source.js";
import { isGoSpace } from "../src/hcl/unicode.js";
import { K } from "./token-kinds.js";
import { TokenStream } from "./token-stream.js";

export const enum ScanMode {
  Main = 0,
  Quoted = 1,
  Heredoc = 2,
  Bare = 3,
}

interface Heredoc {
  marker: string;
  startOfLine: boolean;
}

// UAX #31 identifiers (LEX-06). Unicode 15.1 added ZWJ and ZWNJ to
// ID_Continue; HCL's tables predate that, so they are excluded here.
const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /(?![\u200c\u200d])[\p{ID_Continue}-]/u;

// Character classes for the ASCII range, as bit flags in a lookup table.
const C_DIGIT = 1;
const C_ID_START = 2;
const C_ID_CONT = 4;
const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let f = 0;
  if (c >= 48 && c <= 57) f |= C_DIGIT | C_ID_CONT;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) f |= C_ID_START | C_ID_CONT;
  if (c === 45) f |= C_ID_CONT;
  asciiClass[c] = f;
}

function codePointAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i]!;
}

/** Length in code units of the identifier starting at `i`, or 0 if none starts there. */
function identLength(text: string, i: number): number {
  const n = text.length;
  if (i >= n) return 0;
  const c = text.charCodeAt(i);
  let j: number;
  if (c < 128) {
    if ((asciiClass[c]! & C_ID_START) === 0) return 0;
    j = i + 1;
  } else {
    const cp = codePointAt(text, i);
    if (!ID_START.test(cp)) return 0;
    j = i + cp.length;
  }
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d < 128) {
      if ((asciiClass[d]! & C_ID_CONT) === 0) break;
      j++;
    } else {
      const cp = codePointAt(text, j);
      if (!ID_CONTINUE.test(cp)) break;
      j += cp.length;
    }
  }
  return j - i;
}

function keywordKind(text: string, s: number, e: number): K {
  const len = e - s;
  if (len < 2 || len > 6) return K.Ident;
  switch (text.slice(s, e)) {
    case "for":
      return K.KwFor;
    case "in":
      return K.KwIn;
    case "if":
      return K.KwIf;
    case "true":
      return K.KwTrue;
    case "false":
      return K.KwFalse;
    case "null":
      return K.KwNull;
    case "else":
      return K.KwElse;
    case "endif":
      return K.KwEndif;
    case "endfor":
      return K.KwEndfor;
    default:
      return K.Ident;
  }
}

/** Length of a newline (`\n` or `\r\n`) at `i`, else 0. */
function eolLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 10) return 1;
  if (c === 13 && text.charCodeAt(i + 1) === 10) return 2;
  return 0;
}

/** `text[s,e)` with Unicode white space trimmed from both ends equals `marker`. */
function trimmedEquals(text: string, s: number, e: number, marker: string): boolean {
  while (s < e && isGoSpace(text.charCodeAt(s))) s++;
  while (e > s && isGoSpace(text.charCodeAt(e - 1))) e--;
  return e - s === marker.length && text.startsWith(marker, s);
}

/**
 * Scans `source` from `from` (default: after a BOM) in the given starting
 * mode and returns every token, ending with one EOF token.
 */
export function scan(
  source: SourceFile,
  mode: ScanMode = ScanMode.Main,
  from = source.bodyStart,
  to = source.text.length,
): TokenStream {
  const text = source.text;
  const out = new TokenStream(source, ((to - from) >> 2) + 16);
  const modes: ScanMode[] = [mode];
  let cur = mode;
  let braces = 0;
  const retBraces: number[] = [];
  const heredocs: Heredoc[] = [];
  let p = from;

  const push = (m: ScanMode): void => {
    modes.push(m);
    cur = m;
  };
  const pop = (): void => {
    if (modes.length > 1) modes.pop();
    cur = modes[modes.length - 1]!;
  };
  const openSequence = (kind: K, len: number): void => {
    out.push(kind, p, p + len);
    p += len;
    braces++;
    retBraces.push(braces);
    if (heredocs.length > 0) heredocs[heredocs.length - 1]!.startOfLine = false;
    push(ScanMode.Main);
  };
  /** At `${`, `${~`, `%{` or `%{~`: length of the opener, else 0. */
  const sequenceOpener = (c: number): number => {
    if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123) {
      return text.charCodeAt(p + 2) === 126 ? 3 : 2;
    }
    return 0;
  };

  while (p < to) {
    const c = text.charCodeAt(p);

    if (cur === ScanMode.Main) {
      switch (c) {
        case 32:
        case 9: {
          p++;
          while (p < to) {
            const d = text.charCodeAt(p);
            if (d !== 32 && d !== 9) break;
            p++;
          }
          continue;
        }
        case 10:
          out.push(K.Newline, p, p + 1);
          p++;
          continue;
        case 13:
          if (text.charCodeAt(p + 1) === 10) {
            out.push(K.Newline, p, p + 2);
            p += 2;
          } else {
            out.push(K.Invalid, p, p + 1);
            p++;
          }
          continue;
        case 35: {
          // "#" comment, which includes its newline (LEX-05).
          const nl = text.indexOf("\n", p);
          const e = nl === -1 || nl >= to ? to : nl + 1;
          out.push(K.Comment, p, e);
          p = e;
          continue;
        }
        case 47: {
          const d = text.charCodeAt(p + 1);
          if (d === 47) {
            const nl = text.indexOf("\n", p);
            const e = nl === -1 || nl >= to ? to : nl + 1;
            out.push(K.Comment, p, e);
            p = e;
            continue;
          }
          if (d === 42) {
            const close = text.indexOf("*/", p + 2);
            if (close !== -1 && close + 2 <= to) {
              out.push(K.Comment, p, close + 2);
              p = close + 2;
              continue;
            }
          }
          out.push(K.Slash, p, p + 1);
          p++;
          continue;
        }
        case 123:
          out.push(K.OBrace, p, p + 1);
          p++;
          braces++;
          continue;
        case 125:
          if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
            out.push(K.TemplateSeqEnd, p, p + 1);
            braces--;
            retBraces.pop();
            p++;
            pop();
          } else {
            out.push(K.CBrace, p, p + 1);
            braces--;
            p++;
          }
          continue;
        case 126:
          if (text.charCodeAt(p + 1) === 125) {
            // "~}" always ends a sequence; an unmatched one is left for the parser to reject.
            out.push(K.TemplateSeqEnd, p, p + 2);
            p += 2;
            if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
              braces--;
              retBraces.pop();
              pop();
            } else {
              braces--;
            }
          } else {
            out.push(K.BitwiseNot, p, p + 1);
            p++;
          }
          continue;
        case 34:
          out.push(K.OQuote, p, p + 1);
          p++;
          push(ScanMode.Quoted);
          continue;
        case 60: {
          const d = text.charCodeAt(p + 1);
          if (d === 60) {
            // Heredoc opener: "<<" or "<<-", an identifier, then immediately a newline (LEX-12).
            let q = p + 2;
            if (text.charCodeAt(q) === 45) q++;
            const il = identLength(text, q);
            if (il > 0) {
              const nl = eolLength(text, q + il);
              if (nl > 0 && q + il + nl <= to) {
                const marker = text.slice(q, q + il);
                out.push(K.OHeredoc, p, q + il + nl);
                p = q + il + nl;
                heredocs.push({ marker, startOfLine: true });
                push(ScanMode.Heredoc);
                continue;
              }
            }
          }
          if (d === 61) {
            out.push(K.LessThanEq, p, p + 2);
            p += 2;
          } else {
            out.push(K.LessThan, p, p + 1);
            p++;
          }
          continue;
        }
        case 62:
          if (text.charCodeAt(p + 1) === 61) {
            out.push(K.GreaterThanEq, p, p + 2);
            p += 2;
          } else {
            out.push(K.GreaterThan, p, p + 1);
            p++;
          }
          continue;
        case 61: {
          const d = text.charCodeAt(p + 1);
          if (d === 61) {
            out.push(K.EqualOp, p, p + 2);
            p += 2;
          } else if (d === 62) {
            out.push(K.FatArrow, p, p + 2);
            p += 2;
          } else {
            out.push(K.Equal, p, p + 1);
            p++;
          }
          continue;
        }
        case 33:
          if (text.charCodeAt(p + 1) === 61) {
            out.push(K.NotEqual, p, p + 2);
            p += 2;
          } else {
            out.push(K.Bang, p, p + 1);
            p++;
          }
          continue;
        case 38:
          if (text.charCodeAt(p + 1) === 38) {
            out.push(K.And, p, p + 2);
            p += 2;
          } else {
            out.push(K.BitwiseAnd, p, p + 1);
            p++;
          }
          continue;
        case 124:
          if (text.charCodeAt(p + 1) === 124) {
            out.push(K.Or, p, p + 2);
            p += 2;
          } else {
            out.push(K.BitwiseOr, p, p + 1);
            p++;
          }
          continue;
        case 46:
          if (text.charCodeAt(p + 1) === 46 && text.charCodeAt(p + 2) === 46) {
            out.push(K.Ellipsis, p, p + 3);
            p += 3;
          } else {
            out.push(K.Dot, p, p + 1);
            p++;
          }
          continue;
        case 91:
          out.push(K.OBrack, p, ++p);
          continue;
        case 93:
          out.push(K.CBrack, p, ++p);
          continue;
        case 40:
          out.push(K.OParen, p, ++p);
          continue;
        case 41:
          out.push(K.CParen, p, ++p);
          continue;
        case 44:
          out.push(K.Comma, p, ++p);
          continue;
        case 42:
          out.push(K.Star, p, ++p);
          continue;
        case 37:
          out.push(K.Percent, p, ++p);
          continue;
        case 43:
          out.push(K.Plus, p, ++p);
          continue;
        case 45:
          out.push(K.Minus, p, ++p);
          continue;
        case 63:
          out.push(K.Question, p, ++p);
          continue;
        case 58:
          out.push(K.Colon, p, ++p);
          continue;
        case 94:
          out.push(K.BitwiseXor, p, ++p);
          continue;
        case 59:
          out.push(K.Semicolon, p, ++p);
          continue;
        case 96:
          out.push(K.Backtick, p, ++p);
          continue;
        case 39:
          out.push(K.Apostrophe, p, ++p);
          continue;
      }
      if (c >= 48 && c <= 57) {
        p = scanNumber(text, p, to, out);
        continue;
      }
      const il = identLength(text, p);
      if (il > 0) {
        const e = Math.min(p + il, to);
        out.push(keywordKind(text, p, e), p, e);
        p = e;
        continue;
      }
      // Anything else is one invalid character (one code point).
      const len = codePointAt(text, p).length;
      out.push(K.Invalid, p, p + len);
      p += len;
      continue;
    }

    if (cur === ScanMode.Quoted) {
      const so = sequenceOpener(c);
      if (so > 0) {
        openSequence(c === 36 ? K.TemplateInterp : K.TemplateControl, so);
        continue;
      }
      if (c === 34) {
        out.push(K.CQuote, p, p + 1);
        p++;
        pop();
        continue;
      }
      if (c === 10 || c === 13) {
        const s = p;
        while (p < to) {
          const d = text.charCodeAt(p);
          if (d !== 10 && d !== 13) break;
          p++;
        }
        out.push(K.QuotedNewline, s, p);
        continue;
      }
      if (c === 36 || c === 37) {
        const len = escapedSequenceLength(text, p, c, to);
        if (len === 0) {
          // A lone "$" or "%" at the end of input can't be decided: Go emits an invalid token.
          out.push(K.Invalid, p, to);
          p = to;
        } else {
          out.push(K.QuotedLit, p, p + len);
          p += len;
        }
        continue;
      }
      if (c === 92 && !quotedEscapeOk(text, p, to)) {
        out.push(K.Invalid, p, p + 1);
        p++;
        continue;
      }
      // A run of ordinary characters and backslash escapes.
      const s = p;
      while (p < to) {
        const d = text.charCodeAt(p);
        if (d === 36 || d === 37 || d === 34 || d === 10 || d === 13) break;
        if (d === 92) {
          if (!quotedEscapeOk(text, p, to)) break;
          p += 1 + codePointAt(text, p + 1).length;
          continue;
        }
        p++;
      }
      out.push(K.QuotedLit, s, p);
      continue;
    }

    // Heredoc and bare templates share the literal rules; they differ in how a line ends.
    const so = sequenceOpener(c);
    if (so > 0) {
      openSequence(c === 36 ? K.TemplateInterp : K.TemplateControl, so);
      continue;
    }
    const s = p;
    if (c === 36 || c === 37) {
      const len = escapedSequenceLength(text, p, c, to);
      if (len === 0) {
        out.push(cur === ScanMode.Bare ? K.StringLit : K.Invalid, p, to);
        p = to;
        continue;
      }
      p += len;
    } else if (c === 13 && text.charCodeAt(p + 1) !== 10) {
      // A lone CR matches no literal rule.
      out.push(K.Invalid, p, p + 1);
      p++;
      continue;
    } else {
      while (p < to) {
        const d = text.charCodeAt(p);
        if (d === 36 || d === 37 || d === 10 || d === 13) break;
        p++;
      }
    }
    const nl = p < to ? eolLength(text, p) : 0;
    if (cur === ScanMode.Bare) {
      out.push(K.StringLit, s, p + nl);
      p += nl;
      continue;
    }
    const doc = heredocs[heredocs.length - 1]!;
    if (nl > 0) {
      if (doc.startOfLine && trimmedEquals(text, s, p, doc.marker)) {
        // The closing marker, then its newline as a separate token so it still ends the attribute (LEX-13).
        out.push(K.CHeredoc, s, p);
        out.push(K.Newline, p, p + nl);
        p += nl;
        heredocs.pop();
        pop();
        continue;
      }
      doc.startOfLine = true;
      out.push(K.StringLit, s, p + nl);
      p += nl;
      continue;
    }
    doc.startOfLine = false;
    out.push(K.StringLit, s, p);
  }

  out.push(K.EOF, to, to);
  return out;
}

/**
 * At a "$" or "%" in a template: the length of the literal it starts. "$${"
 * and "%%{" (optionally with "~") are escapes of 3 or 4 characters; otherwise
 * the sign alone is literal. Returns 0 at the end of input, where Ragel could
 * not decide.
 */
function escapedSequenceLength(text: string, p: number, c: number, to: number): number {
  if (p + 1 >= to) return 0;
  if (text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === 123 && p + 2 < to) {
    return text.charCodeAt(p + 3) === 126 && p + 3 < to ? 4 : 3;
  }
  return 1;
}

/** A backslash in a quoted string must be followed by a character on the same line. */
function quotedEscapeOk(text: string, p: number, to: number): boolean {
  if (p + 1 >= to) return false;
  const d = text.charCodeAt(p + 1);
  return d !== 10 && d !== 13;
}

/** Scans a number literal per LEX-08: digits, ".", and exponents, never ending in ".". */
function scanNumber(text: string, p: number, to: number, out: TokenStream): number {
  const s = p;
  p++;
  let lastGood = p;
  while (p < to) {
    const d = text.charCodeAt(p);
    if (d >= 48 && d <= 57) {
      p++;
      lastGood = p;
      continue;
    }
    if (d === 46) {
      p++;
      continue;
    }
    if (d === 101 || d === 69) {
      let q = p + 1;
      const sign = text.charCodeAt(q);
      if (sign === 43 || sign === 45) q++;
      const dig = text.charCodeAt(q);
      if (q < to && dig >= 48 && dig <= 57) {
        p = q + 1;
        lastGood = p;
        continue;
      }
    }
    break;
  }
  out.push(K.NumberLit, s, lastGood);
  return lastGood;
}
