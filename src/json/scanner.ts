/**
 * Tokens of a JSON document, with positions counted as HCL's JSON scanner
 * counts them (hcl `json/scanner.go`), which differs from the native
 * syntax: a tab between tokens is two columns, a carriage return none, and
 * a new line starts only at a line feed between tokens. Inside a string
 * each grapheme cluster is one column.
 *
 * Like Go's, the scanner is lax: it collects whatever looks like a number,
 * keyword or string and leaves validation to the parser, which can then say
 * what is wrong with it. At the first character that can start no token it
 * yields an invalid token and then the end.
 */
import { utf8Length } from "../hcl/source.js";
import { Span } from "./ast.js";
import { graphemeSegmenter } from "../cty/graphemes.js";

export const enum T {
  BraceO,
  BraceC,
  BrackO,
  BrackC,
  Comma,
  Colon,
  /** Not JSON: recognised to tell people who wrote `=` that JSON uses `:`. */
  Equals,
  Keyword,
  String,
  Number,
  Invalid,
  EOF,
}

export interface Token {
  readonly type: T;
  /** UTF-16 offsets into the text. */
  readonly start: number;
  readonly end: number;
  readonly span: Span;
}

/** Where scanning starts (hcl `ParseWithStartPos`). */
export interface StartPos {
  line: number;
  column: number;
  byte: number;
}

const PUNCT: Record<number, T> = {
  123: T.BraceO,
  125: T.BraceC,
  91: T.BrackO,
  93: T.BrackC,
  44: T.Comma,
  58: T.Colon,
  61: T.Equals,
};

function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `-+.` and digits start a number; `e`/`E` do not, so `e5` reads as a (bad) keyword. */
function canStartNumber(c: number): boolean {
  return c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57);
}

function inNumber(c: number): boolean {
  return canStartNumber(c) || c === 101 || c === 69;
}

export class Scanner {
  private pos: number;
  private line: number;
  private col: number;
  private byte: number;
  private done = false;

  constructor(
    readonly text: string,
    readonly filename: string,
    start: StartPos = { line: 1, column: 1, byte: 0 },
  ) {
    this.pos = 0;
    this.line = start.line;
    this.col = start.column;
    this.byte = start.byte;
  }

  /** The next token; after the end (or an invalid token) always EOF. */
  next(): Token {
    if (this.done) return this.eof();
    this.skipWhitespace();
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) {
      this.done = true;
      return this.eof();
    }
    const sl = this.line;
    const sc = this.col;
    const sb = this.byte;
    const c = text.charCodeAt(start);
    const punct = PUNCT[c];
    let type: T;
    if (punct !== undefined) {
      type = punct;
      this.pos++;
      this.col++;
      this.byte++;
    } else if (c === 34) {
      type = T.String;
      this.scanString();
    } else if (canStartNumber(c)) {
      type = T.Number;
      let i = start + 1;
      while (i < text.length && inNumber(text.charCodeAt(i))) i++;
      this.advanceAscii(i - start);
    } else if (isAlpha(c)) {
      type = T.Keyword;
      let i = start + 1;
      for (; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (!isAlpha(d) && d !== 95) break;
      }
      this.advanceAscii(i - start);
    } else {
      // Go takes one byte as the token, even of a multi-byte character, and
      // stops scanning: the positions that follow are one byte further on.
      const span = new Span(this.filename, sl, sc, sb, sl, sc + 1, sb + 1);
      const cp = text.codePointAt(start)!;
      this.pos = start + (cp > 0xffff ? 2 : 1);
      this.col++;
      this.byte++;
      this.done = true;
      return { type: T.Invalid, start, end: this.pos, span };
    }
    return {
      type,
      start,
      end: this.pos,
      span: new Span(this.filename, sl, sc, sb, this.line, this.col, this.byte),
    };
  }

  private eof(): Token {
    const span = new Span(this.filename, this.line, this.col, this.byte, this.line, this.col, this.byte);
    return { type: T.EOF, start: this.pos, end: this.pos, span };
  }

  private advanceAscii(n: number): void {
    this.pos += n;
    this.col += n;
    this.byte += n;
  }

  private skipWhitespace(): void {
    const text = this.text;
    let i = this.pos;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        this.col++;
      } else if (c === 10) {
        this.line++;
        this.col = 1;
      } else if (c === 13) {
        // Counted as no column: assumed to pair with a line feed.
      } else if (c === 9) {
        this.col += 2;
      } else break;
      this.byte++;
    }
    this.pos = i;
  }

  /**
   * A string token: from the opening quote through the closing one, or up
   * to (not including) a control character or the end when unterminated.
   * Escapes matter only for finding the closing quote here.
   *
   * Go looks at one byte for a backslash or quote, and otherwise takes a
   * whole grapheme cluster, segmenting afresh from that point. A cluster
   * can swallow a quote or backslash (after a prepended mark such as
   * U+0600), which then neither ends the string nor escapes; following
   * the same steps keeps token ends and columns as Go has them.
   */
  private scanString(): void {
    const text = this.text;
    let i = this.pos + 1;
    this.col++;
    this.byte++;
    let escaping = false;
    let clusters: ClusterCursor | undefined;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        escaping = !escaping;
        this.col++;
        this.byte++;
        i++;
      } else if (c === 34) {
        this.col++;
        this.byte++;
        i++;
        if (!escaping) break;
        escaping = false;
      } else if (c < 32) {
        break;
      } else {
        let j: number;
        if (c < 0x80 && !(text.charCodeAt(i + 1) >= 0x80)) {
          j = i + 1;
          this.byte++;
        } else {
          clusters ??= new ClusterCursor(text);
          j = clusters.end(i);
          this.byte += utf8Length(text, i, j);
        }
        this.col++;
        i = j;
        escaping = false;
      }
    }
    this.pos = i;
  }
}

/**
 * Grapheme clusters of a text, segmented from wherever a cluster is asked
 * for: one segmentation is followed while the requests stay on its
 * boundaries, and a new one starts where they leave them (Go's
 * `ScanGraphemeClusters(buf[i:])` always starts fresh at `i`).
 */
class ClusterCursor {
  private base = -1;
  private iter: Iterator<Intl.SegmentData> | undefined;
  private segStart = -1;
  private segEnd = -1;

  constructor(private readonly text: string) {}

  /** The end of the grapheme cluster starting at `i`. */
  end(i: number): number {
    while (this.iter !== undefined && this.segStart < i) this.advance();
    if (this.iter === undefined || this.segStart !== i) {
      // Clusters never cross a control character, so the segmented text stops at one.
      let limit = i + 1;
      const text = this.text;
      while (limit < text.length && text.charCodeAt(limit) >= 32) limit++;
      this.base = i;
      this.iter = graphemeSegmenter().segment(text.slice(i, limit))[Symbol.iterator]();
      this.advance();
    }
    return this.segEnd;
  }

  private advance(): void {
    const r = this.iter!.next();
    if (r.done === true) {
      this.iter = undefined;
      return;
    }
    this.segStart = this.base + r.value.index;
    this.segEnd = this.segStart + r.value.segment.length;
  }
}
