/**
 * Source positions and ranges, with HCL's conventions (hcl `pos.go`):
 * `line` and `column` are 1-based, `byte` is a 0-based UTF-8 offset, and a
 * range's `end` points just past its last character.
 *
 * Columns count grapheme clusters, not bytes or UTF-16 units (LEX-04).
 */
export interface Pos {
  readonly line: number;
  readonly column: number;
  readonly byte: number;
}

export interface Range {
  readonly filename: string;
  readonly start: Pos;
  readonly end: Pos;
}

export const initialPos: Pos = Object.freeze({ line: 1, column: 1, byte: 0 });

/** From the start of `a` to the end of `b` (hcl `RangeBetween`; no reordering). */
export function rangeBetween(a: Range, b: Range): Range {
  return { filename: a.filename, start: a.start, end: b.end };
}

/** The smallest range covering both; an empty range is ignored (hcl `RangeOver`). */
export function rangeOver(a: Range, b: Range): Range {
  if (a.start.byte === a.end.byte) return b;
  if (b.start.byte === b.end.byte) return a;
  const start = a.start.byte < b.start.byte ? a.start : b.start;
  const end = a.end.byte > b.end.byte ? a.end : b.end;
  return { filename: a.filename, start, end };
}

/** A zero-width range at the start of `r`. */
export function rangeStartOf(r: Range): Range {
  return { filename: r.filename, start: r.start, end: r.start };
}

/** A zero-width range at the end of `r`. */
export function rangeEndOf(r: Range): Range {
  return { filename: r.filename, start: r.end, end: r.end };
}

/** True when `inner` lies within `outer` (same file, byte-wise). */
export function rangeContains(outer: Range, inner: Range): boolean {
  return outer.filename === inner.filename && outer.start.byte <= inner.start.byte && inner.end.byte <= outer.end.byte;
}

/** True when the byte offset lies within the range (end exclusive). */
export function rangeContainsOffset(r: Range, byte: number): boolean {
  return r.start.byte <= byte && byte < r.end.byte;
}

/** True when the ranges share at least one byte, or are both empty at the same place. */
export function rangesOverlap(a: Range, b: Range): boolean {
  if (a.filename !== b.filename) return false;
  if (a.start.byte === a.end.byte || b.start.byte === b.end.byte) {
    return a.start.byte <= b.end.byte && b.start.byte <= a.end.byte;
  }
  return a.start.byte < b.end.byte && b.start.byte < a.end.byte;
}

/**
 * `file:L,C-C2` on one line, else `file:L,C-L2,C2` (hcl `Range.String`, DIAG-02).
 */
export function rangeString(r: Range): string {
  if (r.start.line === r.end.line) {
    return `${r.filename}:${r.start.line},${r.start.column}-${r.end.column}`;
  }
  return `${r.filename}:${r.start.line},${r.start.column}-${r.end.line},${r.end.column}`;
}

export function posEqual(a: Pos, b: Pos): boolean {
  return a.line === b.line && a.column === b.column && a.byte === b.byte;
}

export function rangeEqual(a: Range, b: Range): boolean {
  return a.filename === b.filename && posEqual(a.start, b.start) && posEqual(a.end, b.end);
}
