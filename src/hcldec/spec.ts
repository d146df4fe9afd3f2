/**
 * The spec data model (Go hcldec's `Spec` kinds; DEC-04..19): plain, immutable
 * descriptions of how a body becomes a value. They are data so that specs
 * can be written in code (src/spec), read from spec files (spec-file.ts) and
 * compared; each kind's behaviour lives in its own module under kinds/.
 */
import type { Type } from "../cty/types.js";
import type { Value } from "../cty/value.js";
import type { Function } from "../functions/function.js";
import type { HclExpression } from "../hcl/body.js";
import type { Diagnostic } from "../hcl/diagnostic.js";
import type { EvalContext } from "../hcl/eval-context.js";

export type Spec =
  | ObjectSpec
  | TupleSpec
  | AttrSpec
  | LiteralSpec
  | ExprSpec
  | BlockSpec
  | BlockListSpec
  | BlockTupleSpec
  | BlockSetSpec
  | BlockMapSpec
  | BlockObjectSpec
  | BlockAttrsSpec
  | BlockLabelSpec
  | DefaultSpec
  | TransformExprSpec
  | TransformFuncSpec
  | ValidateSpec;

/** An object with one attribute per entry, each decoded from the same body (DEC-04). */
export interface ObjectSpec {
  readonly kind: "object";
  readonly attributes: Readonly<Record<string, Spec>>;
}

/** A tuple of the elements' results, each decoded from the same body (DEC-05). */
export interface TupleSpec {
  readonly kind: "tuple";
  readonly elements: readonly Spec[];
}

/** One attribute's value converted to `type` (DEC-06). */
export interface AttrSpec {
  readonly kind: "attr";
  readonly name: string;
  readonly type: Type;
  readonly required?: boolean;
}

/** A fixed value; the body is not read (DEC-07). */
export interface LiteralSpec {
  readonly kind: "literal";
  readonly value: Value;
}

/** A fixed expression evaluated in the decode context (DEC-08). */
export interface ExprSpec {
  readonly kind: "expr";
  readonly expr: HclExpression;
}

/** At most one block, decoded with `nested`; null when absent (DEC-09). */
export interface BlockSpec {
  readonly kind: "block";
  readonly typeName: string;
  readonly nested: Spec;
  readonly required?: boolean;
}

interface RepeatedBlocks {
  readonly typeName: string;
  readonly nested: Spec;
  /** 0 = no minimum. */
  readonly minItems?: number;
  /** 0 = no maximum. */
  readonly maxItems?: number;
}

/**
 * Every block of a type, in source order, as a list (DEC-10). With
 * BlockLabelSpecs in `nested` the blocks must carry those labels and each
 * element holds its own: the ordered way to read repeated labelled blocks
 * (block_map keys them by label instead, losing the order).
 */
export interface BlockListSpec extends RepeatedBlocks {
  readonly kind: "block_list";
}

/** Every block of a type, as a tuple: the blocks may decode to different types (DEC-11). */
export interface BlockTupleSpec extends RepeatedBlocks {
  readonly kind: "block_tuple";
}

/** Every block of a type, as a set (DEC-12). */
export interface BlockSetSpec extends RepeatedBlocks {
  readonly kind: "block_set";
}

/**
 * Labelled blocks as nested maps keyed by their labels (DEC-13). `nested`
 * must not produce `any`-typed values (a map needs one element type).
 */
export interface BlockMapSpec {
  readonly kind: "block_map";
  readonly typeName: string;
  readonly labelNames: readonly string[];
  readonly nested: Spec;
}

/** Labelled blocks as nested objects keyed by their labels (DEC-14). */
export interface BlockObjectSpec {
  readonly kind: "block_object";
  readonly typeName: string;
  readonly labelNames: readonly string[];
  readonly nested: Spec;
}

/** One block whose arbitrary attributes become a map of `elementType` (DEC-15). */
export interface BlockAttrsSpec {
  readonly kind: "block_attrs";
  readonly typeName: string;
  readonly elementType: Type;
  readonly required?: boolean;
}

/**
 * A label of the enclosing block, as a string (DEC-16). Meaningful in the
 * nested spec of the block kinds (for block_map and block_object, counting
 * after the labels used as keys); the highest index among a nested spec's
 * label specs sets how many labels its blocks must have. Elsewhere decoding
 * reports it (Go panics).
 */
export interface BlockLabelSpec {
  readonly kind: "block_label";
  readonly index: number;
  readonly name: string;
}

/** `primary`, or `default` where primary decodes to null (DEC-17). */
export interface DefaultSpec {
  readonly kind: "default";
  readonly primary: Spec;
  readonly default: Spec;
}

/** `wrapped`'s result passed through an expression, as variable `varName` in `transformCtx` (DEC-18). */
export interface TransformExprSpec {
  readonly kind: "transform";
  readonly wrapped: Spec;
  readonly expr: HclExpression;
  readonly transformCtx: EvalContext | undefined;
  readonly varName: string;
}

/** `wrapped`'s result passed through a function of one argument (DEC-18). */
export interface TransformFuncSpec {
  readonly kind: "transform_func";
  readonly wrapped: Spec;
  readonly func: Function;
}

/** `wrapped`'s result checked by a function that returns diagnostics (DEC-19). */
export interface ValidateSpec {
  readonly kind: "validate";
  readonly wrapped: Spec;
  readonly func: (value: Value) => Diagnostic[];
}
