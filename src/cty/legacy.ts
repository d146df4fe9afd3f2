/**
 * Compatibility with HCL 2.14 / go-cty 1.12, the versions of the Go referee
 * the differential tests run against (Debian's packages). Plinth follows the
 * newer behaviour Packer 1.14 has (go-cty 1.13), which differs in a few
 * places:
 *
 *  - marks are lost by a function call returning early with an unknown
 *    result, by a conditional whose condition is marked, and by a marked
 *    null element of a collection being converted;
 *  - a few functions accept unknown arguments in 1.13 (e.g. `jsonencode`)
 *    and so keep their marks on the unknown result;
 *  - converting a set holding unknowns to a list whose elements need
 *    converting gives an unknown of the wrong (unconverted) element type.
 *
 * This switch makes Plinth reproduce the old behaviour exactly, so the
 * differential can show these are the only differences. Never turn it on
 * outside such tests.
 */
let compat = false;

export function setLegacyCompat(on: boolean): void {
  compat = on;
}

export function legacyCompat(): boolean {
  return compat;
}
