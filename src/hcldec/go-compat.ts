/**
 * Reproduces the one Go hcldec 2.14.1 bug in decoding that Plinth fixes
 * (an empty block_map of two or more labels answering map(T) instead of its
 * implied map(map(T)), see kinds/block-map.ts), so the differential tests
 * can show that everything else agrees. Never turn it on outside such tests.
 */
let compat = false;

export function setGoEmptyBlockMapCompat(on: boolean): void {
  compat = on;
}

export function goEmptyBlockMapCompat(): boolean {
  return compat;
}
