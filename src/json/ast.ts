/**
 * The tree of a JSON document as HCL keeps it (hcl `json/ast.go`, JSON-01):
 * object properties in order with duplicates, numbers as exact values of
 * their source text, and a source span for every node.
 *
 * Spans hold their six coordinates as numbers and make `Range` objects only
 * when asked, so a large document costs one small object per node.
 */
import type { Value } from "../cty/value.js";
import type { Pos, Range } from "../hcl/pos.js";

/** Where a token or node lies, in HCL positions (1-based line and column, 0-based UTF-8 byte). */
export class Span {
  constructor(
    readonly filename: string,
    readonly startLine: number,
    readonly startColumn: number,
    readonly startByte: number,
    readonly endLine: number,
    readonly endColumn: number,
    readonly endByte: number,
  ) {}

  get start(): Pos {
    return { line: this.startLine, column: this.startColumn, byte: this.startByte };
  }

  get end(): Pos {
    return { line: this.endLine, column: this.endColumn, byte: this.endByte };
  }

  get range(): Range {
    return { filename: this.filename, start: this.start, end: this.end };
  }

  /** From the start of this span to the end of `other` (hcl `RangeBetween`). */
  to(other: Span): Span {
    return new Span(
      this.filename,
      this.startLine,
      this.startColumn,
      this.startByte,
      other.endLine,
      other.endColumn,
      other.endByte,
    );
  }
}

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBool | JsonNull | JsonInvalid;

/** `{ … }`: properties in source order, duplicates kept. */
export class JsonObject {
  declare readonly kind: "object";
  constructor(
    readonly properties: readonly JsonProperty[],
    readonly open: Span,
    readonly close: Span,
  ) {}
  /** Brace to brace. */
  get span(): Span {
    return this.open.to(this.close);
  }
  get startSpan(): Span {
    return this.open;
  }
}

/** One `"name": value` pair of an object. */
export class JsonProperty {
  constructor(
    readonly name: string,
    readonly nameSpan: Span,
    readonly value: JsonNode,
  ) {}
}

/** `[ … ]`. */
export class JsonArray {
  declare readonly kind: "array";
  constructor(
    readonly values: readonly JsonNode[],
    readonly open: Span,
    readonly close: Span,
  ) {}
  /** Bracket to bracket. */
  get span(): Span {
    return this.open.to(this.close);
  }
  get startSpan(): Span {
    return this.open;
  }
}

/** A string, escapes already decoded. */
export class JsonString {
  declare readonly kind: "string";
  constructor(
    readonly value: string,
    readonly span: Span,
  ) {}
  get startSpan(): Span {
    return this.span;
  }
}

/** A number: its exact value, parsed from the source text as cty does (JSON-08). */
export class JsonNumber {
  declare readonly kind: "number";
  constructor(
    readonly text: string,
    readonly value: Value,
    readonly span: Span,
  ) {}
  get startSpan(): Span {
    return this.span;
  }
}

export class JsonBool {
  declare readonly kind: "bool";
  constructor(
    readonly value: boolean,
    readonly span: Span,
  ) {}
  get startSpan(): Span {
    return this.span;
  }
}

export class JsonNull {
  declare readonly kind: "null";
  constructor(readonly span: Span) {}
  get startSpan(): Span {
    return this.span;
  }
}

/** A placeholder where a syntax error left no value (Go's `invalidVal`). */
export class JsonInvalid {
  declare readonly kind: "invalid";
  constructor(readonly span: Span) {}
  get startSpan(): Span {
    return this.span;
  }
}

// The discriminants live on the prototypes: one field fewer per node.
for (const [cls, kind] of [
  [JsonObject, "object"],
  [JsonArray, "array"],
  [JsonString, "string"],
  [JsonNumber, "number"],
  [JsonBool, "bool"],
  [JsonNull, "null"],
  [JsonInvalid, "invalid"],
] as const) {
  Object.defineProperty(cls.prototype, "kind", { value: kind, writable: false, enumerable: false });
}
