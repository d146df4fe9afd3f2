import { graphemeCount } from "../cty/graphemes.js";
import type { Pos, Range } from "./pos.js";

export { graphemeCount, graphemes } from "../cty/graphemes.js";

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * One source text and its line table. Syntax trees keep only UTF-16 offsets
 * into `text`; a `SourceFile` turns them into HCL positions on demand, so a
 * 10 MB file does not pay for millions of position objects it never shows.
 *
 * Positions follow hclsyntax: lines end at LF (a CR LF pair is one newline,
 * a lone CR is an ordinary character), columns count grapheme clusters, and
 * bytes count UTF-8. A leading byte order mark occupies bytes but no column.
 */
export class SourceFile {
  readonly filename: string;
  readonly text: string;
  /** UTF-16 offset where scanning starts: 1 when the text begins with a BOM. */
  readonly bodyStart: number;
  private lineStarts: Int32Array | undefined;
  /** UTF-8 offset of each line start; absent when the text is pure ASCII. */
  private lineBytes: Float64Array | undefined;
  /** 1 where the line holds only ASCII characters. */
  private lineAscii: Uint8Array | undefined;
  /**
   * Token boundaries next to non-ASCII characters, ascending. hclsyntax
   * counts grapheme clusters token by token, so a cluster that a token
   * boundary splits (an emoji sequence cut into invalid characters, a
   * combining mark after a quote) counts once per side; the scanner records
   * such boundaries so columns agree with Go's.
   */
  private breaks: number[] | undefined;

  constructor(filename: string, text: string) {
    this.filename = filename;
    this.text = text;
    this.bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** Number of lines (a final line without a newline counts; an empty text has one line). */
  get lineCount(): number {
    return this.starts().length;
  }

  /** Records a token boundary at `offset` (scanner use; see `breaks`). */
  addBreak(offset: number): void {
    const b = (this.breaks ??= []);
    if (b.length === 0 || b[b.length - 1]! < offset) b.push(offset);
    else if (b[b.length - 1]! !== offset) {
      // Boundaries arrive in order from one scan; a later scan of a part (a
      // template inside JSON, say) may add older offsets: keep them sorted.
      let i = b.length;
      while (i > 0 && b[i - 1]! > offset) i--;
      if (b[i - 1] !== offset) b.splice(i, 0, offset);
    }
  }

  /** The 1-based line holding UTF-16 offset `offset`. */
  lineOf(offset: number): number {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** UTF-16 offset of the start of 1-based line `line`. */
  lineStart(line: number): number {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
  }

  /** The text of 1-based line `line`, without its line terminator. */
  lineText(line: number): string {
    const starts = this.starts();
    const i = line - 1;
    if (i < 0 || i >= starts.length) return "";
    const from = starts[i]!;
    let to = i + 1 < starts.length ? starts[i + 1]! - 1 : this.text.length;
    if (to > from && this.text.charCodeAt(to - 1) === 13 && i + 1 < starts.length) to--;
    return this.text.slice(from, to);
  }

  /** The HCL position of UTF-16 offset `offset` (clamped to the text). */
  pos(offset: number): Pos {
    const text = this.text;
    if (offset < 0) offset = 0;
    if (offset > text.length) offset = text.length;
    const line = this.lineOf(offset);
    const starts = this.starts();
    let from = starts[line - 1]!;
    const lineBytes = this.lineBytes;
    if (lineBytes === undefined) {
      return { line, column: offset - from + 1, byte: offset };
    }
    let byte = lineBytes[line - 1]!;
    if (this.lineAscii![line - 1] === 1) {
      return { line, column: offset - from + 1, byte: byte + (offset - from) };
    }
    byte += utf8Length(text, from, offset);
    if (line === 1 && this.bodyStart === 1 && offset >= 1) from = 1;
    let column = 1;
    if (offset > from) {
      let at = from;
      const breaks = this.breaks;
      if (breaks !== undefined) {
        // Count each stretch between recorded token boundaries on its own.
        let lo = 0;
        let hi = breaks.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (breaks[mid]! <= at) lo = mid + 1;
          else hi = mid;
        }
        for (let i = lo; i < breaks.length && breaks[i]! < offset; i++) {
          column += graphemeCount(text.slice(at, breaks[i]!));
          at = breaks[i]!;
        }
      }
      column += graphemeCount(text.slice(at, offset));
    }
    return { line, column, byte };
  }

  /** The range between two UTF-16 offsets. */
  range(start: number, end: number): Range {
    const s = this.pos(start);
    return { filename: this.filename, start: s, end: end === start ? s : this.pos(end) };
  }

  /** Inverse of `pos` for a byte offset: the UTF-16 offset at UTF-8 offset `byte`. */
  offsetOfByte(byte: number): number {
    const lineBytes = this.lineBytes ?? (this.starts(), this.lineBytes);
    if (lineBytes === undefined) return Math.max(0, Math.min(byte, this.text.length));
    const starts = this.starts();
    let lo = 0;
    let hi = lineBytes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineBytes[mid]! <= byte) lo = mid;
      else hi = mid - 1;
    }
    let off = starts[lo]!;
    let b = lineBytes[lo]!;
    const text = this.text;
    while (off < text.length && b < byte) {
      const c = text.charCodeAt(off);
      const step = c >= 0xd800 && c <= 0xdbff && off + 1 < text.length ? 2 : 1;
      b += utf8Length(text, off, off + step);
      off += step;
    }
    return off;
  }

  private starts(): Int32Array {
    if (this.lineStarts !== undefined) return this.lineStarts;
    const text = this.text;
    const ascii = !NON_ASCII.test(text);
    const list: number[] = [0];
    let nl = text.indexOf("\n");
    while (nl !== -1) {
      list.push(nl + 1);
      nl = text.indexOf("\n", nl + 1);
    }
    const starts = Int32Array.from(list);
    this.lineStarts = starts;
    if (!ascii) {
      const n = starts.length;
      const bytes = new Float64Array(n);
      const flags = new Uint8Array(n);
      let byte = 0;
      for (let i = 0; i < n; i++) {
        const from = starts[i]!;
        const to = i + 1 < n ? starts[i + 1]! : text.length;
        bytes[i] = byte;
        const len = utf8Length(text, from, to);
        flags[i] = len === to - from ? 1 : 0;
        byte += len;
      }
      this.lineBytes = bytes;
      this.lineAscii = flags;
    }
    return starts;
  }
}

/** UTF-8 length of `text[from, to)`; an unpaired surrogate counts 3 bytes, as its replacement would. */
export function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
