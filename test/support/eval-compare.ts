/**
 * Compares Plinth's evaluation answer with Go's. Equality is exact (value
 * dump, every diagnostic's summary, detail, subject, context and rendered
 * text), except for deliberate, documented improvements over HCL 2.14 /
 * go-cty 1.12, each named so the test can count them:
 *
 * (HCL 2.14 / go-cty 1.12 also drop marks in function calls returning early
 * with an unknown result and in conditionals with a marked condition; Plinth
 * keeps them. The differential runs Plinth with `setLegacyCompat(true)` to
 * reproduce that exactly, and test/hcl/eval-marks.test.ts checks the marks
 * are kept by default.)
 * - "go-map-order": where several attributes or elements fail a conversion,
 *   go-cty reports whichever its (randomised) map iteration meets first;
 *   Plinth reports the first in sorted order. Accepted when both name a
 *   different element in the same message form.
 * - "go-panic": go-cty crashes inside an operation (e.g. `(1/0) % 3`) and HCL
 *   reports the panic with a goroutine trace; Plinth reports a plain error
 *   with the same summary and ranges.
 * - "sensitive-rendering": for a variable holding a marked value, HCL 2.14's
 *   text renderer either panics (primitives) or describes the value
 *   (collections); Plinth says "has a sensitive value" and nothing more.
 */
import { isDeepStrictEqual } from "node:util";
import type { DiagJSON, EvalAnswer, ValueDump } from "./hcleval.js";

export type Divergence = "sensitive-rendering" | "go-map-order" | "go-panic";

// Message forms whose element name comes from a Go map iteration.
const MAP_ORDER_FORMS = [
  /element "([^"]*)": /,
  /map has no element for required attribute "([^"]*)"/,
  /attribute "([^"]*)": /,
];

function sameUpToMapOrder(go: string, ours: string): boolean {
  for (const form of MAP_ORDER_FORMS) {
    const g = form.exec(go);
    const o = form.exec(ours);
    if (g === null || o === null || g.index !== o.index || g[1] === o[1]) continue;
    if (go.slice(0, g.index) === ours.slice(0, o.index)) return true;
  }
  return false;
}

export interface Comparison {
  equal: boolean;
  divergences: Divergence[];
}

export function compareAnswers(go: EvalAnswer, ours: EvalAnswer): Comparison {
  const divergences = new Set<Divergence>();
  const valueOk = compareValue(go.value, ours.value);
  let diagsOk = go.diags.length === ours.diags.length;
  for (let i = 0; diagsOk && i < go.diags.length; i++) diagsOk = compareDiag(go.diags[i]!, ours.diags[i]!, divergences);
  const varsOk = isDeepStrictEqual(go.varDiags ?? [], ours.varDiags ?? []);
  const jsonOk = go.json === ours.json;
  return { equal: valueOk && diagsOk && varsOk && jsonOk, divergences: [...divergences] };
}

function compareValue(go: ValueDump | null, ours: ValueDump | null): boolean {
  if (go === null || ours === null) return go === ours;
  const { e: ge, a: ga, ...gs } = go;
  const { e: oe, a: oa, ...os } = ours;
  if (!isDeepStrictEqual(gs, os)) return false;
  if ((ge === undefined) !== (oe === undefined) || (ga === undefined) !== (oa === undefined)) return false;
  if (ge !== undefined && oe !== undefined) {
    if (ge.length !== oe.length) return false;
    for (let i = 0; i < ge.length; i++) if (!compareValue(ge[i]!, oe[i]!)) return false;
  }
  if (ga !== undefined && oa !== undefined) {
    const gk = Object.keys(ga).sort();
    const ok = Object.keys(oa).sort();
    if (!isDeepStrictEqual(gk, ok)) return false;
    for (const k of gk) if (!compareValue(ga[k]!, oa[k]!)) return false;
  }
  return true;
}

/** The rendered text without its "with NAME as VALUE" block. */
function withoutValueLines(text: string): string {
  return text.replace(/\nwith [^\n]*(?:\n {5}[^\n]*)*\.\n/, "\n");
}

function compareDiag(go: DiagJSON, ours: DiagJSON, div: Set<Divergence>): boolean {
  const { text: gt, ...g } = go;
  const { text: ot, ...o } = ours;
  if (
    g.detail !== o.detail &&
    g.detail.includes("panic in function implementation") &&
    g.detail.includes("goroutine ")
  ) {
    div.add("go-panic");
    return isDeepStrictEqual({ ...g, detail: "", text: "" }, { ...o, detail: "", text: "" });
  }
  if (g.detail !== o.detail && sameUpToMapOrder(g.detail, o.detail)) {
    div.add("go-map-order");
    return isDeepStrictEqual({ ...g, detail: "", text: "" }, { ...o, detail: "", text: "" });
  }
  if (!isDeepStrictEqual(g, o)) return false;
  if (gt === ot) return true;
  if (gt.startsWith("<renderer panic") || ot.includes(" has a sensitive value")) {
    div.add("sensitive-rendering");
    // Go's panic leaves no text to compare; otherwise everything but the value lines must match.
    return gt.startsWith("<renderer panic") || withoutValueLines(gt) === withoutValueLines(ot);
  }
  return false;
}
