/**
 * Values as a user writes them: defaults and examples are declared in
 * decoded form (durations in milliseconds); docs, examples and the JSON
 * Schema show them as they are written (durations as Go strings).
 */
import { durationText } from "./duration-text.js";
import { setOwn } from "./normalize-common.js";
import type { FieldType, PlainValue } from "./types.js";

/**
 * A value in decoded form (how defaults and field examples are declared) in
 * the plain form a user writes: durations (milliseconds) become Go duration
 * strings; everything else is already JSON-like.
 */
export function plainFromDecoded(ft: FieldType<unknown>, v: unknown): PlainValue {
  if (v === null || v === undefined) return null;
  switch (ft.kind) {
    case "duration":
      return typeof v === "number" ? durationText(v) : (v as PlainValue);
    case "list":
    case "set":
      return Array.isArray(v) ? v.map((e) => plainFromDecoded(ft.element, e)) : (v as PlainValue);
    case "map":
    case "object": {
      if (typeof v !== "object" || Array.isArray(v)) return v as PlainValue;
      const out: { [k: string]: PlainValue } = {};
      for (const [k, e] of Object.entries(v)) {
        const et = ft.kind === "map" ? ft.element : ft.attributes[k];
        setOwn(out, k, et === undefined ? (e as PlainValue) : plainFromDecoded(et, e));
      }
      return out;
    }
    default:
      return v as PlainValue;
  }
}
