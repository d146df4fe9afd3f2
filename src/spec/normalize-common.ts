/**
 * What normalizing both kinds of layer shares: the refinements HCL's types
 * cannot express (whole numbers, durations, enums), deprecation warnings,
 * and safe handling of user-chosen keys.
 */
import { type Diagnostic, errorDiag, warningDiag } from "../hcl/diagnostic.js";
import type { Range } from "../hcl/pos.js";
import { parseDuration } from "../functions/go-time.js";
import type { AnyField } from "./fields.js";
import * as msg from "./messages.js";
import type { PathCursor } from "./path.js";
import { type FieldType, type PlainValue, typeNoun } from "./types.js";

export type Sink = Diagnostic[];

/**
 * Checks what HCL's types cannot: whole numbers, duration syntax, enum
 * membership. A `secret` value (a sensitive field or marked value) is not
 * quoted in the message.
 */
export function refine(
  ft: FieldType<unknown>,
  v: PlainValue,
  path: PathCursor,
  range: Range | undefined,
  sink: Sink,
  secret: boolean,
): boolean {
  switch (ft.kind) {
    case "int":
      if (typeof v === "number" && !Number.isInteger(v)) {
        const got = secret ? "a fractional number" : String(v);
        sink.push(errorDiag(msg.summaries.wrongType, msg.wrongTypeDetail(path.text, typeNoun(ft), got), range));
        return false;
      }
      return true;
    case "duration":
      if (typeof v === "string" && typeof parseDuration(v) === "string") {
        sink.push(errorDiag(msg.summaries.duration, msg.durationDetail(path.text, secret ? undefined : v), range));
        return false;
      }
      return true;
    case "enum":
      if (typeof v === "string" && !ft.values.includes(v)) {
        sink.push(
          errorDiag(msg.invalidValueSummary(path.text), msg.enumDetail(secret ? undefined : v, ft.values), range),
        );
        return false;
      }
      return true;
    default:
      return true;
  }
}

export function deprecation(name: string, f: AnyField, range: Range | undefined, sink: Sink): void {
  const dep = f.options.deprecated;
  if (dep !== undefined) {
    sink.push(warningDiag(msg.summaries.deprecated, msg.deprecatedDetail(name, dep.replacement, dep.note), range));
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Sets an own property even for keys like `__proto__`: keys of maps, labels
 * and `any` objects are user input, and plain assignment would change the
 * object's prototype instead of adding the key.
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
