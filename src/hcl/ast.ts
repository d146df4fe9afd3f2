/**
 * The native-syntax tree (hclsyntax's node types, same names). Every node
 * records the file it came from and UTF-16 offsets into that file's text;
 * `range` getters turn them into HCL positions only when somebody asks.
 */
import type { Range } from "./pos.js";
import type { SourceFile } from "./source.js";

/** A number literal, kept as its source text so it converts exactly later (LEX-08, CTY-12). */
export class NumberLiteral {
  /** @internal The parsed value, filled on first evaluation (literal.ts); a field, not a WeakMap, for speed. */
  parsed: unknown = undefined;
  constructor(readonly text: string) {}
}

/** A placeholder where a syntax error left no value (cty.DynamicVal in Go). */
export class UnknownLiteral {
  private constructor() {}
  static readonly instance = new UnknownLiteral();
}

/**
 * A constant found in source: the key of a static index, or a literal
 * expression's value. Strings, booleans and null are plain JS values, which
 * keeps the tree small; numbers keep their exact text.
 */
export type LiteralValue = string | boolean | null | NumberLiteral | UnknownLiteral;

export const UNKNOWN_LITERAL: UnknownLiteral = UnknownLiteral.instance;

/**
 * Small-integer twins of the expression kinds, for the evaluator's dispatch:
 * a switch over integers is a jump table, one over strings a chain of
 * comparisons. Kept on the prototypes like `kind`.
 */
export const ExprTag = {
  ScopeTraversal: 0,
  LiteralValue: 1,
  BinaryOp: 2,
  TemplateWrap: 3,
  Template: 4,
  Conditional: 5,
  FunctionCall: 6,
  RelativeTraversal: 7,
  Index: 8,
  TemplateJoin: 9,
  For: 10,
  TupleCons: 11,
  ObjectCons: 12,
  ObjectConsKey: 13,
  UnaryOp: 14,
  Parentheses: 15,
  Splat: 16,
  AnonSymbol: 17,
} as const;

/** The kind of a literal: "string", "number", "bool", "null" or "unknown". */
export function literalKind(v: LiteralValue): "string" | "number" | "bool" | "null" | "unknown" {
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (v === null) return "null";
  if (v instanceof NumberLiteral) return "number";
  return "unknown";
}

abstract class Spanned {
  constructor(
    readonly src: SourceFile,
    public start: number,
    public end: number,
  ) {}

  /** The node's source range. */
  get range(): Range {
    return this.src.range(this.start, this.end);
  }
}

// ---------------------------------------------------------------- traversals

export class TraverseRoot extends Spanned {
  declare readonly kind: "root";
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly name: string,
  ) {
    super(src, start, end);
  }
}

export class TraverseAttr extends Spanned {
  declare readonly kind: "attr";
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly name: string,
  ) {
    super(src, start, end);
  }
}

export class TraverseIndex extends Spanned {
  declare readonly kind: "index";
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly key: LiteralValue,
  ) {
    super(src, start, end);
  }
}

/** One step of a static traversal such as `var.list[0]["k"]`. */
export type Traverser = TraverseRoot | TraverseAttr | TraverseIndex;

/** A static traversal: a root name followed by attribute and constant index steps (EXP-12). */
export type Traversal = readonly Traverser[];

/** A traversal not starting at a root (steps after an expression). */
export type RelativeTraversal = readonly (TraverseAttr | TraverseIndex)[];

// ---------------------------------------------------------------- expressions

export class LiteralValueExpr extends Spanned {
  declare readonly kind: "LiteralValue";
  declare readonly tag: typeof ExprTag.LiteralValue;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly value: LiteralValue,
  ) {
    super(src, start, end);
  }
}

export class ScopeTraversalExpr extends Spanned {
  declare readonly kind: "ScopeTraversal";
  declare readonly tag: typeof ExprTag.ScopeTraversal;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    public traversal: Traverser[],
  ) {
    super(src, start, end);
  }
}

export class RelativeTraversalExpr extends Spanned {
  declare readonly kind: "RelativeTraversal";
  declare readonly tag: typeof ExprTag.RelativeTraversal;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly source: Expression,
    public traversal: (TraverseAttr | TraverseIndex)[],
  ) {
    super(src, start, end);
  }
}

export class FunctionCallExpr extends Spanned {
  declare readonly kind: "FunctionCall";
  declare readonly tag: typeof ExprTag.FunctionCall;
  constructor(
    src: SourceFile,
    readonly name: string,
    readonly args: Expression[],
    readonly expandFinal: boolean,
    readonly nameStart: number,
    readonly nameEnd: number,
    readonly openParenStart: number,
    readonly closeParenStart: number,
    readonly closeParenEnd: number,
  ) {
    super(src, nameStart, closeParenEnd);
  }
  get nameRange(): Range {
    return this.src.range(this.nameStart, this.nameEnd);
  }
  get openParenRange(): Range {
    return this.src.range(this.openParenStart, this.openParenStart + 1);
  }
  get closeParenRange(): Range {
    return this.src.range(this.closeParenStart, this.closeParenEnd);
  }
}

export class ConditionalExpr extends Spanned {
  declare readonly kind: "Conditional";
  declare readonly tag: typeof ExprTag.Conditional;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly condition: Expression,
    readonly trueResult: Expression,
    readonly falseResult: Expression,
  ) {
    super(src, start, end);
  }
}

/** Binary operators, named as hclsyntax's `Operation` values (FN-12). */
export type BinaryOperator = "||" | "&&" | "==" | "!=" | ">" | ">=" | "<" | "<=" | "+" | "-" | "*" | "/" | "%";

export type UnaryOperator = "-" | "!";

export class BinaryOpExpr extends Spanned {
  declare readonly kind: "BinaryOp";
  declare readonly tag: typeof ExprTag.BinaryOp;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly lhs: Expression,
    readonly op: BinaryOperator,
    readonly rhs: Expression,
  ) {
    super(src, start, end);
  }
}

export class UnaryOpExpr extends Spanned {
  declare readonly kind: "UnaryOp";
  declare readonly tag: typeof ExprTag.UnaryOp;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly op: UnaryOperator,
    readonly val: Expression,
  ) {
    super(src, start, end);
  }
  get symbolRange(): Range {
    return this.src.range(this.start, this.start + 1);
  }
}

/** A template: literal parts, interpolations and directives joined into one string. */
export class TemplateExpr extends Spanned {
  declare readonly kind: "Template";
  declare readonly tag: typeof ExprTag.Template;
  /**
   * The parts; or, for a quoted string of plain text, its value, the
   * literal part being made when `parts` is first read. Most templates in a
   * configuration are such strings, and the part and its array were two
   * thirds of what each one kept.
   */
  private body: Expression[] | string;
  /**
   * `parts` given as a string is a quoted string's value: its literal lies
   * between the quotes, or, when the source is `""`, at the closing quote's
   * end (where the parser puts an empty template's literal).
   */
  constructor(src: SourceFile, start: number, end: number, parts: Expression[] | string) {
    super(src, start, end);
    this.body = parts;
  }
  get parts(): Expression[] {
    const b = this.body;
    if (typeof b !== "string") return b;
    const inner = this.end - this.start > 2;
    const made: Expression[] = [
      new LiteralValueExpr(this.src, inner ? this.start + 1 : this.end, inner ? this.end - 1 : this.end, b),
    ];
    this.body = made;
    return made;
  }
  /** The value of a template that is one literal string, without making its part; undefined for any other. */
  get plainText(): string | undefined {
    const b = this.body;
    if (typeof b === "string") return b;
    if (b.length !== 1) return undefined;
    const only = b[0]!;
    return only.kind === "LiteralValue" && typeof only.value === "string" ? only.value : undefined;
  }
  /** True when the template has exactly one literal part (no interpolation or directive). */
  isStringLiteral(): boolean {
    const b = this.body;
    return typeof b === "string" || (b.length === 1 && b[0]!.kind === "LiteralValue");
  }
}

/** A template consisting of only one interpolation: its value passes through unconverted (TPL-06). */
export class TemplateWrapExpr extends Spanned {
  declare readonly kind: "TemplateWrap";
  declare readonly tag: typeof ExprTag.TemplateWrap;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly wrapped: Expression,
  ) {
    super(src, start, end);
  }
}

/** A `%{for}` directive: a tuple `for` expression whose results are concatenated (TPL-08). */
export class TemplateJoinExpr extends Spanned {
  declare readonly kind: "TemplateJoin";
  declare readonly tag: typeof ExprTag.TemplateJoin;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly tuple: ForExpr,
  ) {
    super(src, start, end);
  }
}

export class TupleConsExpr extends Spanned {
  declare readonly kind: "TupleCons";
  declare readonly tag: typeof ExprTag.TupleCons;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly exprs: Expression[],
  ) {
    super(src, start, end);
  }
  get openRange(): Range {
    return this.src.range(this.start, this.start + 1);
  }
}

export interface ObjectConsItem {
  readonly key: ObjectConsKeyExpr;
  readonly value: Expression;
}

export class ObjectConsExpr extends Spanned {
  declare readonly kind: "ObjectCons";
  declare readonly tag: typeof ExprTag.ObjectCons;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly items: ObjectConsItem[],
  ) {
    super(src, start, end);
  }
  get openRange(): Range {
    return this.src.range(this.start, this.start + 1);
  }
}

/**
 * An object constructor key. A bare identifier key means its own name as a
 * string unless it was parenthesised (OBJ-01, OBJ-02).
 */
export class ObjectConsKeyExpr extends Spanned {
  declare readonly kind: "ObjectConsKey";
  declare readonly tag: typeof ExprTag.ObjectConsKey;
  constructor(
    readonly wrapped: Expression,
    readonly forceNonLiteral: boolean,
  ) {
    super(wrapped.src, wrapped.start, wrapped.end);
  }
}

export class ForExpr extends Spanned {
  declare readonly kind: "For";
  declare readonly tag: typeof ExprTag.For;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    /** Empty when the expression names only a value variable. */
    readonly keyVar: string,
    readonly valVar: string,
    readonly collExpr: Expression,
    /** Present only for object `for` expressions. */
    readonly keyExpr: Expression | undefined,
    readonly valExpr: Expression,
    readonly condExpr: Expression | undefined,
    readonly group: boolean,
    readonly openStart: number,
    readonly openEnd: number,
    readonly closeStart: number,
    readonly closeEnd: number,
  ) {
    super(src, start, end);
  }
  get openRange(): Range {
    return this.src.range(this.openStart, this.openEnd);
  }
  get closeRange(): Range {
    return this.src.range(this.closeStart, this.closeEnd);
  }
}

export class IndexExpr extends Spanned {
  declare readonly kind: "Index";
  declare readonly tag: typeof ExprTag.Index;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly collection: Expression,
    readonly key: Expression,
    readonly openStart: number,
  ) {
    super(src, start, end);
  }
  get openRange(): Range {
    return this.src.range(this.openStart, this.openStart + 1);
  }
  /** The `[...]` part, the subject of index errors (DIAG-06). */
  get bracketRange(): Range {
    return this.src.range(this.openStart, this.end);
  }
}

/** The placeholder each element of a splat is bound to while `each` is evaluated. */
export class AnonSymbolExpr extends Spanned {
  declare readonly kind: "AnonSymbol";
  declare readonly tag: typeof ExprTag.AnonSymbol;
}

export class SplatExpr extends Spanned {
  declare readonly kind: "Splat";
  declare readonly tag: typeof ExprTag.Splat;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly source: Expression,
    readonly each: Expression,
    readonly item: AnonSymbolExpr,
  ) {
    super(src, start, end);
  }
  /** The `.*` or `[*]` marker. */
  get markerRange(): Range {
    return this.item.range;
  }
}

export class ParenthesesExpr extends Spanned {
  declare readonly kind: "Parentheses";
  declare readonly tag: typeof ExprTag.Parentheses;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly expression: Expression,
  ) {
    super(src, start, end);
  }
}

export type Expression =
  | LiteralValueExpr
  | ScopeTraversalExpr
  | RelativeTraversalExpr
  | FunctionCallExpr
  | ConditionalExpr
  | BinaryOpExpr
  | UnaryOpExpr
  | TemplateExpr
  | TemplateWrapExpr
  | TemplateJoinExpr
  | TupleConsExpr
  | ObjectConsExpr
  | ObjectConsKeyExpr
  | ForExpr
  | IndexExpr
  | SplatExpr
  | AnonSymbolExpr
  | ParenthesesExpr;

export type ExpressionKind = Expression["kind"];

// ---------------------------------------------------------------- structure

/**
 * `name = expr`, from the name (written exactly as `name` reads) to the end
 * of the expression. The name's and the equals sign's ranges are found from
 * the text when asked for: configurations hold many attributes, and few of
 * those ranges are ever wanted.
 */
export class Attribute extends Spanned {
  declare readonly kind: "Attribute";
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly name: string,
    readonly expr: Expression,
  ) {
    super(src, start, end);
  }
  get nameRange(): Range {
    return this.src.range(this.start, this.start + this.name.length);
  }
  get equalsRange(): Range {
    const at = equalsAfter(this.src.text, this.start + this.name.length);
    return this.src.range(at, at + 1);
  }
}

/** The offset of the `=` at or after `from`, past spaces and inline comments (as between a name and its `=`). */
function equalsAfter(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x3d) return i;
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? text.length : close + 2;
      continue;
    }
    i++;
  }
  return from;
}

export class Block extends Spanned {
  declare readonly kind: "Block";
  constructor(
    src: SourceFile,
    readonly type: string,
    readonly labels: string[],
    readonly body: Body,
    readonly typeStart: number,
    readonly typeEnd: number,
    /** Start and end offsets of each label, two numbers per label. */
    readonly labelSpans: number[],
    readonly openBraceStart: number,
    readonly openBraceEnd: number,
    readonly closeBraceStart: number,
    readonly closeBraceEnd: number,
  ) {
    super(src, typeStart, Math.max(closeBraceEnd, typeEnd));
  }
  get typeRange(): Range {
    return this.src.range(this.typeStart, this.typeEnd);
  }
  get labelRanges(): Range[] {
    const out: Range[] = [];
    for (let i = 0; i < this.labelSpans.length; i += 2) {
      out.push(this.src.range(this.labelSpans[i]!, this.labelSpans[i + 1]!));
    }
    return out;
  }
  get openBraceRange(): Range {
    return this.src.range(this.openBraceStart, this.openBraceEnd);
  }
  get closeBraceRange(): Range {
    return this.src.range(this.closeBraceStart, this.closeBraceEnd);
  }
  /** The block header: type through the last label (hcl `DefRange`). */
  get defRange(): Range {
    const n = this.labelSpans.length;
    const end = n > 0 ? this.labelSpans[n - 1]! : this.typeEnd;
    return this.src.range(this.typeStart, end);
  }
}

/**
 * A body: an unordered set of attributes plus an ordered list of blocks
 * (SYN-01). `attributes` keeps the first definition of each name, in source
 * order; later duplicates were reported as "Attribute redefined".
 */
export class Body extends Spanned {
  declare readonly kind: "Body";
  private byName: Map<string, Attribute> | undefined;
  constructor(
    src: SourceFile,
    start: number,
    end: number,
    readonly attributes: Attribute[],
    readonly blocks: Block[],
    /** Offset of the zero-width range just after the body's closing token. */
    readonly endOffset: number,
  ) {
    super(src, start, end);
  }
  /** The attribute named `name`, if the body defines it. */
  attribute(name: string): Attribute | undefined {
    // A search through a few names (shared strings, mostly) costs less than
    // an index, which would be kept as long as the tree.
    if (this.attributes.length < 16) {
      for (const a of this.attributes) if (a.name === name) return a;
      return undefined;
    }
    if (this.byName === undefined) {
      this.byName = new Map();
      for (const a of this.attributes) this.byName.set(a.name, a);
    }
    return this.byName.get(name);
  }
  /** Zero-width range at the start of the body, the subject of "missing" errors (SYN-10). */
  get missingItemRange(): Range {
    return this.src.range(this.start, this.start);
  }
  get endRange(): Range {
    return this.src.range(this.endOffset, this.endOffset);
  }
}

export type Node = Expression | Attribute | Block | Body;

/** A parsed native-syntax file. */
export interface File {
  readonly source: SourceFile;
  readonly body: Body;
}

export function isExpression(n: Node): n is Expression {
  return n.kind !== "Attribute" && n.kind !== "Block" && n.kind !== "Body";
}

// The node kinds live on the prototypes: no per-node memory, and reading
// them in the evaluator's dispatch is a plain property load, not a getter call.
for (const [cls, kind] of [
  [TraverseRoot, "root"],
  [TraverseAttr, "attr"],
  [TraverseIndex, "index"],
  [LiteralValueExpr, "LiteralValue"],
  [ScopeTraversalExpr, "ScopeTraversal"],
  [RelativeTraversalExpr, "RelativeTraversal"],
  [FunctionCallExpr, "FunctionCall"],
  [ConditionalExpr, "Conditional"],
  [BinaryOpExpr, "BinaryOp"],
  [UnaryOpExpr, "UnaryOp"],
  [TemplateExpr, "Template"],
  [TemplateWrapExpr, "TemplateWrap"],
  [TemplateJoinExpr, "TemplateJoin"],
  [TupleConsExpr, "TupleCons"],
  [ObjectConsExpr, "ObjectCons"],
  [ObjectConsKeyExpr, "ObjectConsKey"],
  [ForExpr, "For"],
  [IndexExpr, "Index"],
  [AnonSymbolExpr, "AnonSymbol"],
  [SplatExpr, "Splat"],
  [ParenthesesExpr, "Parentheses"],
  [Attribute, "Attribute"],
  [Block, "Block"],
  [Body, "Body"],
] as const) {
  Object.defineProperty(cls.prototype, "kind", { value: kind, enumerable: false, writable: false });
  if (kind in ExprTag) {
    const tag = ExprTag[kind as keyof typeof ExprTag];
    Object.defineProperty(cls.prototype, "tag", { value: tag, enumerable: false, writable: false });
  }
}
