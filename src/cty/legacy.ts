/**
 * HCL 2.14 / go-cty 1.12 lose `sensitive` and other marks in two places:
 * a function call that returns early with an unknown result, and a
 * conditional whose condition is marked. Plinth keeps the marks (as later
 * HCL releases do). This switch reproduces the old loss so differential tests
 * against the Go 2.14 referee can show these are the only differences. Never
 * turn it on outside such tests.
 */
let markLoss = false;

export function setLegacyMarkLoss(on: boolean): void {
  markLoss = on;
}

export function legacyMarkLoss(): boolean {
  return markLoss;
}
