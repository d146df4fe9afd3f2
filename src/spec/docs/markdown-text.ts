/** Small CommonMark helpers the docs renderers share. */

/**
 * `text` as a code span that shows it exactly: the fence is one backtick
 * longer than the longest run inside, and one space pads each side when the
 * text starts or ends with a backtick or a space (CommonMark strips exactly
 * one from each side).
 */
export function codeSpan(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) && text.trim() !== "" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * The fragment GitHub (and markdownlint's MD051) gives a heading: the
 * rendered text lower-cased, punctuation dropped, spaces as `-`. Code-span
 * backticks are not part of the rendered text.
 */
export function headingSlug(heading: string): string {
  return heading
    .replace(/`/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Indents every line but the first by `n` spaces (blank lines stay empty), to continue a list item. */
export function continueItem(text: string, n = 2): string {
  const pad = " ".repeat(n);
  return text
    .split("\n")
    .map((line, i) => (i === 0 || line.trim() === "" ? (i === 0 ? line : "") : pad + line))
    .join("\n");
}
