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

// Tokens of one character that no other token starts with, by character code (0: none).
const SINGLE_CHAR_KINDS = new Uint8Array(128);
for (const [ch, kind] of [
  ["[", K.OBrack],
  ["]", K.CBrack],
  ["(", K.OParen],
  [")", K.CParen],
  [",", K.Comma],
  ["*", K.Star],
  ["%", K.Percent],
  ["+", K.Plus],
  ["-", K.Minus],
  ["?", K.Question],
  [":", K.Colon],
  ["^", K.BitwiseXor],
  [";", K.Semicolon],
  ["`", K.Backtick],
  ["'", K.Apostrophe],
] as const) {
  SINGLE_CHAR_KINDS[ch.charCodeAt(0)] = kind;
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
  const out = new TokenStream(source, from, to);
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
      // Each case picks the token's kind and length; one push below records it.
      let k: K;
      let n = 1;
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
          k = K.Newline;
          break;
        case 13:
          if (text.charCodeAt(p + 1) === 10) {
            k = K.Newline;
            n = 2;
          } else k = K.Invalid;
          break;
        case 35: {
          // "#" comment, which includes its newline (LEX-05).
          k = K.Comment;
          n = lineCommentEnd(text, p, to) - p;
          break;
        }
        case 47: {
          const d = text.charCodeAt(p + 1);
          k = K.Comment;
          if (d === 47) {
            n = lineCommentEnd(text, p, to) - p;
            break;
          }
          if (d === 42) {
            const close = text.indexOf("*/", p + 2);
            if (close !== -1 && close + 2 <= to) {
              n = close + 2 - p;
              break;
            }
          }
          k = K.Slash;
          break;
        }
        case 123:
          k = K.OBrace;
          braces++;
          break;
        case 125:
          if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
            k = K.TemplateSeqEnd;
            retBraces.pop();
            pop();
          } else k = K.CBrace;
          braces--;
          break;
        case 126:
          if (text.charCodeAt(p + 1) === 125) {
            // "~}" always ends a sequence; an unmatched one is left for the parser to reject.
            k = K.TemplateSeqEnd;
            n = 2;
            if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
              retBraces.pop();
              pop();
            }
            braces--;
          } else k = K.BitwiseNot;
          break;
        case 34:
          k = K.OQuote;
          push(ScanMode.Quoted);
          break;
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
                k = K.OHeredoc;
                n = q + il + nl - p;
                heredocs.push({ marker: text.slice(q, q + il), startOfLine: true });
                push(ScanMode.Heredoc);
                break;
              }
            }
          }
          if (d === 61) {
            k = K.LessThanEq;
            n = 2;
          } else k = K.LessThan;
          break;
        }
        case 62:
          if (text.charCodeAt(p + 1) === 61) {
            k = K.GreaterThanEq;
            n = 2;
          } else k = K.GreaterThan;
          break;
        case 61: {
          const d = text.charCodeAt(p + 1);
          if (d === 61) {
            k = K.EqualOp;
            n = 2;
          } else if (d === 62) {
            k = K.FatArrow;
            n = 2;
          } else k = K.Equal;
          break;
        }
        case 33:
          if (text.charCodeAt(p + 1) === 61) {
            k = K.NotEqual;
            n = 2;
          } else k = K.Bang;
          break;
        case 38:
          if (text.charCodeAt(p + 1) === 38) {
            k = K.And;
            n = 2;
          } else k = K.BitwiseAnd;
          break;
        case 124:
          if (text.charCodeAt(p + 1) === 124) {
            k = K.Or;
            n = 2;
          } else k = K.BitwiseOr;
          break;
        case 46:
          if (text.charCodeAt(p + 1) === 46 && text.charCodeAt(p + 2) === 46) {
            k = K.Ellipsis;
            n = 3;
          } else k = K.Dot;
          break;
        default: {
          const single = c < 128 ? SINGLE_CHAR_KINDS[c]! : 0;
          if (single !== 0) {
            k = single;
            break;
          }
          if (c >= 48 && c <= 57) {
            k = K.NumberLit;
            n = numberEnd(text, p, to) - p;
            break;
          }
          const il = identLength(text, p);
          if (il > 0) {
            n = Math.min(il, to - p);
            k = keywordKind(text, p, p + n);
            break;
          }
          // Anything else is one invalid character (one code point).
          k = K.Invalid;
          n = codePointAt(text, p).length;
        }
      }
      out.push(k, p, p + n);
      p += n;
      continue;
    }

    // Quoted strings, heredocs and bare templates: first what they share.
    let k: K;
    let n = 1;
    const so = sequenceOpener(c);
    if (so > 0) {
      k = c === 36 ? K.TemplateInterp : K.TemplateControl;
      n = so;
      braces++;
      retBraces.push(braces);
      if (heredocs.length > 0) heredocs[heredocs.length - 1]!.startOfLine = false;
      push(ScanMode.Main);
    } else if (cur === ScanMode.Quoted) {
      if (c === 34) {
        k = K.CQuote;
        pop();
      } else if (c === 10 || c === 13) {
        k = K.QuotedNewline;
        let q = p + 1;
        while (q < to) {
          const d = text.charCodeAt(q);
          if (d !== 10 && d !== 13) break;
          q++;
        }
        n = q - p;
      } else if (c === 36 || c === 37) {
        // A lone "$" or "%" at the end of input can't be decided: Go emits an invalid token.
        n = escapedSequenceLength(text, p, c, to);
        if (n === 0) {
          k = K.Invalid;
          n = to - p;
        } else k = K.QuotedLit;
      } else if (c === 92 && !quotedEscapeOk(text, p, to)) {
        k = K.Invalid;
      } else {
        // A run of ordinary characters and backslash escapes.
        k = K.QuotedLit;
        let q = p;
        while (q < to) {
          const d = text.charCodeAt(q);
          if (d === 36 || d === 37 || d === 34 || d === 10 || d === 13) break;
          if (d === 92) {
            if (!quotedEscapeOk(text, q, to)) break;
            q += 1 + codePointAt(text, q + 1).length;
            continue;
          }
          q++;
        }
        n = q - p;
      }
    } else {
      // Heredoc and bare templates share the literal rules; they differ in how a line ends.
      const bare = cur === ScanMode.Bare;
      const escape = c === 36 || c === 37 ? escapedSequenceLength(text, p, c, to) : -1;
      if (escape === 0) {
        // A lone "$" or "%" at the end of input: literal in a bare template, invalid in a heredoc.
        k = bare ? K.StringLit : K.Invalid;
        n = to - p;
      } else if (c === 13 && text.charCodeAt(p + 1) !== 10) {
        // A lone CR matches no literal rule.
        k = K.Invalid;
      } else {
        let q = p;
        if (escape > 0) q += escape;
        else {
          while (q < to) {
            const d = text.charCodeAt(q);
            if (d === 36 || d === 37 || d === 10 || d === 13) break;
            q++;
          }
        }
        const nl = q < to ? eolLength(text, q) : 0;
        k = K.StringLit;
        n = q + nl - p;
        if (!bare) {
          const doc = heredocs[heredocs.length - 1]!;
          if (nl > 0 && doc.startOfLine && trimmedEquals(text, p, q, doc.marker)) {
            // The closing marker, then its newline as a separate token so it still ends the attribute (LEX-13).
            out.push(K.CHeredoc, p, q);
            out.push(K.Newline, q, q + nl);
            p = q + nl;
            heredocs.pop();
            pop();
            continue;
          }
          doc.startOfLine = nl > 0;
        }
      }
    }
    out.push(k, p, p + n);
    p += n;
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

/** The end of the number literal at `p`, per LEX-08: digits, ".", and exponents, never ending in ".". */
function numberEnd(text: string, p: number, to: number): number {
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
  return lastGood;
}

/** The end of a line comment starting at `p`: after its newline, or the end of input. */
function lineCommentEnd(text: string, p: number, to: number): number {
  const nl = text.indexOf("\n", p);
  return nl === -1 || nl >= to ? to : nl + 1;
}
