/**
 * Slots for sharing short strings between equal occurrences (the parser's
 * literal texts, the evaluator's literal values): configurations repeat
 * short strings across blocks, and longer ones are mostly unique.
 */

/** The longest string shared. */
export const SHORT_STRING_MAX = 24;

/** Slots of each sharing table (a power of two). */
export const SHORT_STRING_SLOTS = 4096;

/** The table slot of `s`, or -1 when it is empty or too long to share. */
export function shortStringSlot(s: string): number {
  const len = s.length;
  if (len === 0 || len > SHORT_STRING_MAX) return -1;
  let h = len;
  for (let k = 0; k < len; k++) h = Math.imul(h, 31) + s.charCodeAt(k);
  return (h ^ (h >>> 13)) & (SHORT_STRING_SLOTS - 1);
}
