/**
 * Go durations in the JSON form of a config: the pattern that says which
 * strings `time.ParseDuration` takes (defaults are written with
 * `durationText`, shared with the docs).
 */
import { parseDuration } from "../../functions/go-time.js";

/**
 * Exactly Go's duration syntax: an optional sign, then `0` alone or one or
 * more `<number><unit>` pairs, where a number has digits before or after an
 * optional `.` (`1.`, `.5` and `1.5` are all numbers) and the unit is one of
 * Go's eight spellings. No spaces, no bare numbers other than 0.
 *
 * What a pattern cannot say is range: Go rejects totals beyond int64
 * nanoseconds (about ±292 years), which the `go-duration` format checks.
 */
export const DURATION_PATTERN =
  "^[-+]?(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$";

/** The custom format's name; `compileSchema` registers it, other validators treat it as an annotation. */
export const DURATION_FORMAT = "go-duration";

/** The `go-duration` format: whatever Go's `time.ParseDuration` accepts, range included. */
export function isGoDuration(s: string): boolean {
  return typeof parseDuration(s) === "bigint";
}
