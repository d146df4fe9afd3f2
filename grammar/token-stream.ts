import type { SourceFile } from "../src/hcl/source.js";
import { K } from "./token-kinds.js";

const WIDE = /[^\x00-\x7f]/g;

/**
 * The scanner's output: three parallel typed arrays (kind, start, end as
 * UTF-16 offsets). About nine bytes per token, where an object per token
 * would cost ten times that; the parser reads tokens by index.
 */
export class TokenStream {
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  count = 0;
  /**
   * The first non-ASCII character at or after `wideFrom` (Infinity: none).
   * Only a token boundary next to one can split a grapheme cluster, and
   * tokens arrive in order, so most pushes skip the check: an ASCII text
   * never looks, other texts look again once a token starts past it.
   */
  private wide: number;
  private wideFrom = -1;

  constructor(
    readonly source: SourceFile,
    capacity: number,
  ) {
    const cap = Math.max(16, capacity | 0);
    this.kinds = new Uint8Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
    this.wide = source.asciiOnly ? Infinity : -1;
  }

  push(kind: K, start: number, end: number): void {
    if (this.count === this.kinds.length) this.grow();
    if (start - 1 > this.wide || start - 1 < this.wideFrom) this.findWide(start - 1);
    if (this.wide <= end) this.noteBreaks(start, end);
    const i = this.count++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  private findWide(from: number): void {
    this.wideFrom = from;
    WIDE.lastIndex = Math.max(from, 0);
    const m = WIDE.exec(this.source.text);
    this.wide = m === null ? Infinity : m.index;
  }

  /** Notes token boundaries that may split a grapheme cluster (see SourceFile.addBreak). */
  private noteBreaks(start: number, end: number): void {
    const text = this.source.text;
    if (text.charCodeAt(start) >= 0x80 || (start > 0 && text.charCodeAt(start - 1) >= 0x80))
      this.source.addBreak(start);
    if (text.charCodeAt(end) >= 0x80 || (end > 0 && text.charCodeAt(end - 1) >= 0x80)) this.source.addBreak(end);
  }

  /** The source text of token `i`. */
  text(i: number): string {
    return this.source.text.slice(this.starts[i], this.ends[i]);
  }

  private grow(): void {
    const cap = this.kinds.length * 2;
    const kinds = new Uint8Array(cap);
    kinds.set(this.kinds);
    const starts = new Int32Array(cap);
    starts.set(this.starts);
    const ends = new Int32Array(cap);
    ends.set(this.ends);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
  }
}
