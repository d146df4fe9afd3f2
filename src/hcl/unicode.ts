/** Go's `unicode.IsSpace`: the white space HCL trims and wraps at. */
export function isGoSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** `strings.TrimLeftFunc(s, unicode.IsSpace)` */
export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

/** `strings.TrimRightFunc(s, unicode.IsSpace)` */
export function trimRightSpace(s: string): string {
  let i = s.length;
  while (i > 0 && isGoSpace(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}

/** `strings.TrimSpace` with Unicode white space. */
export function trimSpace(s: string): string {
  return trimRightSpace(trimLeftSpace(s));
}

// UAX #31 identifiers as HCL scans them (LEX-06); ZWJ/ZWNJ are excluded
// because HCL's Unicode tables predate their addition to ID_Continue.
const IDENTIFIER = /^[\p{ID_Start}_](?:(?![\u200c\u200d])[\p{ID_Continue}-])*$/u;

/** Whether `s` is a single HCL identifier (hclsyntax `ValidIdentifier`). */
export function isValidIdentifier(s: string): boolean {
  return IDENTIFIER.test(s);
}
