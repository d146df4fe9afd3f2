/**
 * The syntax-independent view of configuration that decoders work on (hcl's
 * `Body`, `Expression`, `BodySchema` … interfaces). The native syntax
 * (native-body.ts) and the JSON syntax (src/json) both implement it, so one
 * decoder (src/hcldec) reads either, and the spec, not the syntax, decides
 * what is an attribute and what is a block.
 */
import type { Value } from "../cty/value.js";
import type { Traversal } from "./ast.js";
import type { Diagnostic } from "./diagnostic.js";
import type { EvalContext } from "./eval-context.js";
import type { Range } from "./pos.js";

/** What a decoder expects of a body (hcl `BodySchema`). */
export interface BodySchema {
  attributes: readonly AttributeSchema[];
  blocks: readonly BlockHeaderSchema[];
}

export interface AttributeSchema {
  name: string;
  required?: boolean;
}

export interface BlockHeaderSchema {
  type: string;
  labelNames: readonly string[];
}

/** An expression of either syntax (hcl `Expression`). */
export interface HclExpression {
  /** Evaluates in `ctx` (undefined = no variables or functions allowed). */
  value(ctx: EvalContext | undefined): { value: Value; diagnostics: Diagnostic[] };
  /** The variables the expression refers to, for dependency analysis (STA-07). */
  variables(): Traversal[];
  readonly range: Range;
  /** The part a diagnostic about the whole expression should point at (hclsyntax `StartRange`). */
  readonly startRange: Range;
  /**
   * Static views for analysis without evaluation (STA-*, JSON-09). Each
   * answers undefined when the expression is not of that shape.
   */
  readonly static?: StaticExpression;
}

/** Static shapes an expression may have, as hcl's `ExprList`, `ExprMap`, `ExprCall` … see them. */
export interface StaticExpression {
  /** The elements of a tuple constructor (or JSON array). */
  list?(): HclExpression[] | undefined;
  /** The items of an object constructor (or JSON object). */
  map?(): { key: HclExpression; value: HclExpression }[] | undefined;
  /** A function call's name and arguments (native, or a JSON string holding one). */
  call?(): StaticCallExpr | undefined;
  /** The traversal an expression consists of (`a.b[0]`), if it is one. */
  traversal?(): Traversal | undefined;
  /** A single bare name such as `string`, or "". */
  keyword?(): string;
}

export interface StaticCallExpr {
  name: string;
  nameRange: Range;
  arguments: HclExpression[];
  argsRange: Range;
}

/** An attribute as a decoder sees it (hcl `Attribute`). */
export interface HclAttribute {
  name: string;
  expr: HclExpression;
  range: Range;
  nameRange: Range;
}

/** A block as a decoder sees it (hcl `Block`). */
export interface HclBlock {
  type: string;
  labels: readonly string[];
  body: HclBody;
  /** Type and labels: where "this block" errors point. */
  defRange: Range;
  typeRange: Range;
  labelRanges: readonly Range[];
}

export interface BodyContent {
  /** By name, in source order. */
  attributes: Map<string, HclAttribute>;
  /** In source order. */
  blocks: HclBlock[];
  missingItemRange: Range;
}

/** A body of either syntax (hcl `Body`). */
export interface HclBody {
  /** Everything must match the schema: leftovers are errors (SYN-12). */
  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] };
  /** What matches the schema, plus a body holding the rest (SYN-14). */
  partialContent(schema: BodySchema): { content: BodyContent; remain: HclBody; diagnostics: Diagnostic[] };
  /** All attributes, when the body's attribute names are not known in advance (SYN-13). */
  justAttributes(): { attributes: Map<string, HclAttribute>; diagnostics: Diagnostic[] };
  /** Where to point when something required is missing (SYN-10). */
  missingItemRange(): Range;
  /**
   * True for a placeholder body whose content cannot be known yet (such as
   * a dynamic block over an unknown collection); decoders then give an
   * unknown value of the spec's type instead of reading it (DEC-22).
   */
  isUnknown?(): boolean;
}
