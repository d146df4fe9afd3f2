/**
 * The common shape every raw is normalized into before merging: a tree of
 * type-checked values, each remembering where it came from, so an error
 * found after merging (a missing field, a conflict, a failed check) can
 * still point at the source line of the layer that supplied the value.
 */
import type { Range } from "../hcl/pos.js";
import type { PlainValue } from "./types.js";

export interface Origin {
  /** Index of the raw in `prepare`'s arguments. */
  readonly layer: number;
  /** Where the value is written, when the raw came from HCL or HCL-JSON source. */
  readonly range?: Range;
  /** For attributes: the name's range (deprecation warnings point there). */
  readonly nameRange?: Range;
  /** How errors name a plain layer, which has no source to point at ("configuration layer 2"). */
  readonly label?: string;
  /** The value (or something in it) is marked sensitive. */
  readonly sensitive?: boolean;
}

/** A string, number, bool or an `any` field's JSON-like value. */
export interface ScalarNode {
  readonly k: "value";
  readonly v: PlainValue;
  readonly origin: Origin;
}

/** A value not known yet (HCL's unknown, e.g. a data source during validate). */
export interface UnknownNode {
  readonly k: "unknown";
  readonly origin: Origin;
}

/** A list or set attribute, or a list of blocks. */
export interface ListNode {
  readonly k: "list";
  readonly items: readonly Node[];
  readonly origin: Origin;
}

/** A map or object attribute, or labelled blocks keyed by label. */
export interface MapNode {
  readonly k: "map";
  readonly entries: ReadonlyMap<string, Node>;
  readonly origin: Origin;
}

/** A config body: the top level or one nested block. Absent fields were unset (or null). */
export interface ConfigNode {
  readonly k: "config";
  readonly fields: ReadonlyMap<string, Node>;
  readonly origin: Origin;
}

/**
 * A value this layer set but that was rejected (its error is already
 * reported). It stands in for the field so the error is not followed by
 * "missing required argument" or "none of … is set" about the same field.
 */
export interface InvalidNode {
  readonly k: "invalid";
  readonly origin: Origin;
}

export type Node = ScalarNode | UnknownNode | ListNode | MapNode | ConfigNode | InvalidNode;

/** A sentence naming the plain layer a value came from, for errors that cannot point at source. */
export function layerNote(origin: Origin | undefined): string {
  return origin?.range === undefined && origin?.label !== undefined ? ` It was set in ${origin.label}.` : "";
}
