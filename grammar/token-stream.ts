import type { SourceFile } from "../src/hcl/source.js";
import { K } from "./token-kinds.js";

// A run of up to 4096 ASCII characters: a search for the next non-ASCII one
// goes no further, so many small scans of parts of one large text (JSON
// strings) never each search the rest of it.
const ASCII_RUN = /[\x00-\x7f]{0,4096}/y;

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
   * Where the next non-ASCII character may be, at or after `wideFrom`: its
   * offset, or 4096 characters on when none is that close (Infinity at the
   * end of the text). Only a token boundary next to one can split a grapheme
   * cluster, and tokens arrive in order, so most pushes skip the check and
   * look again only once a token starts past that point.
   */
  private wide = -1;
  private wideFrom = -1;

  /**
   * Room for the tokens of `source` from `from` to `to`: one for every three
   * characters. Real files have 0.10 to 0.28 tokens a character
   * (../shared/corpus/real), so they fit without growing, and the pages of
   * room never written are never resident.
   */
  constructor(
    readonly source: SourceFile,
    private readonly from: number,
    private readonly to: number,
  ) {
    const cap = Math.ceil((to - from) / 3) + 16;
    this.kinds = new Uint8Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }

  push(kind: K, start: number, end: number): void {
    if (this.count === this.kinds.length) this.grow(start);
    if (start - 1 > this.wide || start - 1 < this.wideFrom) this.findWide(start - 1);
    if (this.wide <= end) this.noteBreaks(start, end);
    const i = this.count++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  private findWide(from: number): void {
    const text = this.source.text;
    const at = Math.max(from, 0);
    this.wideFrom = from;
    ASCII_RUN.lastIndex = at;
    const next = at + (ASCII_RUN.exec(text)?.[0].length ?? text.length);
    this.wide = next >= text.length ? Infinity : next;
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

  /**
   * More room, at `at` in the text: enough for the rest at the density so
   * far and an eighth more, at least half as much again. Doubling instead
   * left up to half the new arrays unused, and the old ones stay resident
   * until a full garbage collection, which a command may never reach.
   */
  private grow(at: number): void {
    const done = Math.max(at - this.from, 1);
    const expected = Math.ceil(((this.count * (this.to - this.from)) / done) * 1.125) + 16;
    const cap = Math.max(expected, this.kinds.length + (this.kinds.length >> 1));
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
