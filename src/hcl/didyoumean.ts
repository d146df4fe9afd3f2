/**
 * Name suggestions for "Did you mean …?" (hcl `didyoumean.go`, DIAG-07):
 * the FIRST candidate, in the order given, whose Levenshtein distance from
 * `given` is below 3 — not the closest one, so results match Go's.
 */
export function nameSuggestion(given: string, candidates: Iterable<string>): string {
  for (const c of candidates) {
    if (levenshtein(given, c) < 3) return c;
  }
  return "";
}

/** Plain Levenshtein distance over code points (insert, delete, substitute: cost 1). */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prev = new Array<number>(t.length + 1);
  let cur = new Array<number>(t.length + 1);
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[t.length]!;
}
