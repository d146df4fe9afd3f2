/**
 * Grapheme clusters, what HCL calls characters: columns in positions, and
 * `length` of a string. Shared by every layer so there is one segmenter.
 */

// Made on first use: creating it loads ICU's break data (20–30 ms), which ASCII-only input never needs.
let segmenterCache: Intl.Segmenter | undefined;

export function graphemeSegmenter(): Intl.Segmenter {
  return (segmenterCache ??= new Intl.Segmenter(undefined, { granularity: "grapheme" }));
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Number of grapheme clusters in `s`. */
export function graphemeCount(s: string): number {
  if (!NON_ASCII.test(s)) {
    // CR LF is one cluster even in ASCII text.
    let n = s.length;
    let i = s.indexOf("\r\n");
    while (i !== -1) {
      n--;
      i = s.indexOf("\r\n", i + 2);
    }
    return n;
  }
  let n = 0;
  for (const _ of graphemeSegmenter().segment(s)) n++;
  return n;
}

/** Splits `s` into grapheme clusters. */
export function graphemes(s: string): string[] {
  const out: string[] = [];
  for (const seg of graphemeSegmenter().segment(s)) out.push(seg.segment);
  return out;
}
