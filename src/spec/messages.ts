/**
 * Every message `prepare` produces, in one place so tests and docs can list
 * them. Where HCL has wording for the same problem (unsupported argument,
 * missing required argument, block counts) it is HCL's, word for word.
 */
import { nameSuggestion } from "../hcl/didyoumean.js";
import { quotedList } from "./types.js";

export const summaries = {
  unsupported: "Unsupported argument",
  wrongType: "Incorrect value type",
  missing: "Missing required argument",
  conflicting: "Conflicting arguments",
  duration: "Invalid duration",
  deprecated: "Deprecated argument",
  invalidConfig: "Invalid configuration",
} as const;

export function invalidValueSummary(path: string): string {
  return `Invalid value for "${path}"`;
}

/**
 * HCL's wording; `within` (the block's path) is for plain layers, whose
 * errors have no source range to show where "here" is.
 */
export function unsupportedDetail(name: string, candidates: Iterable<string>, within = ""): string {
  const s = nameSuggestion(name, candidates);
  const where = within === "" ? "here" : `in "${within}"`;
  return `An argument named "${name}" is not expected ${where}.` + (s !== "" ? ` Did you mean "${s}"?` : "");
}

export function extraAttributeDetail(path: string, name: string, attributes: readonly string[]): string {
  return `"${path}" has no attribute "${name}"; its attributes are ${quotedList(attributes, "and")}.`;
}
export function missingAttributeDetail(path: string, name: string, attributes: readonly string[]): string {
  return `"${path}" is missing the attribute "${name}"; it needs all of ${quotedList(attributes, "and")}.`;
}

export function wrongTypeDetail(path: string, want: string, got: string): string {
  return `"${path}" must be ${want}, not ${got}.`;
}

/** `value` is undefined for a sensitive value, which is neither quoted nor matched to a suggestion. */
export function enumDetail(value: string | undefined, allowed: readonly string[]): string {
  if (value === undefined) return `The value (sensitive) is not allowed here: it must be ${quotedList(allowed)}.`;
  const s = nameSuggestion(value, allowed);
  return (
    `${JSON.stringify(value)} is not allowed here: the value must be ${quotedList(allowed)}.` +
    (s !== "" ? ` Did you mean "${s}"?` : "")
  );
}

/** `value` is undefined for a sensitive value, which is not quoted. */
export function durationDetail(path: string, value: string | undefined): string {
  const what = value === undefined ? "The value (sensitive)" : JSON.stringify(value);
  return (
    `${what} is not a valid duration for "${path}". Write a number followed by a unit ` +
    `(ns, us, ms, s, m or h), several of them in a row if needed, such as "30s", "1.5h" or "1h5m".`
  );
}

export function missingAttrDetail(name: string): string {
  return `The argument "${name}" is required, but no definition was found.`;
}

export function missingBlockSummary(type: string): string {
  return `Missing ${type} block`;
}
export function missingBlockDetail(type: string): string {
  return `A block of type "${type}" is required here.`;
}
export function tooManyBlocks(type: string, max: number): [string, string] {
  return [`Too many ${type} blocks`, `No more than ${max} "${type}" blocks are allowed`];
}
export function insufficientBlocks(type: string, min: number): [string, string] {
  return [`Insufficient ${type} blocks`, `At least ${min} "${type}" blocks are required.`];
}

export function deprecatedDetail(name: string, replacement?: string, note?: string): string {
  let s = `The argument "${name}" is deprecated`;
  s += replacement !== undefined ? `; use "${replacement}" instead.` : ".";
  if (note !== undefined) s += ` ${note}`;
  return s;
}

export function exactlyOneNoneDetail(fields: readonly string[]): string {
  return `Exactly one of ${quotedList(fields)} must be set; none is.`;
}
export function atLeastOneNoneDetail(fields: readonly string[]): string {
  return `At least one of ${quotedList(fields)} must be set; none is.`;
}
export function onlyOneDetail(fields: readonly string[], set: readonly string[]): string {
  return `Only one of ${quotedList(fields)} may be set, but ${quotedList(set, "and")} are; keep only one of them.`;
}
export function conflictDetail(field: string, other: string): string {
  return `"${field}" cannot be used together with "${other}"; remove one of them.`;
}
