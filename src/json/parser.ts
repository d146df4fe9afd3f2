/**
 * The JSON parser of HCL's JSON syntax (hcl `json/parser.go`, JSON-01). It
 * reports the same problems as Go's, with the same summaries, details and
 * subjects, and recovers the same way, so the list of diagnostics for a
 * broken document matches Go's one for one. A value that could not be
 * parsed becomes a `JsonInvalid` placeholder and parsing carries on.
 *
 * Nesting deeper than MAX_JSON_NESTING is reported instead of recursing
 * (Go has no limit; its stacks grow): the parser, the evaluator and the
 * body walk all recurse once per level.
 */
import { parseNumberVal } from "../cty/value.js";
import { type Diagnostic, errorDiag } from "../hcl/diagnostic.js";
import { nameSuggestion } from "../hcl/didyoumean.js";
import { goQuote } from "../hcl/quote.js";
import {
  JsonArray,
  JsonBool,
  JsonInvalid,
  type JsonNode,
  JsonNull,
  JsonNumber,
  JsonObject,
  JsonProperty,
  JsonString,
  Span,
} from "./ast.js";
import { Scanner, type StartPos, T, type Token } from "./scanner.js";
import { decodeJsonString } from "./strings.js";

export const MAX_JSON_NESTING = 500;

const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const KEYWORDS = ["false", "true", "null"];
const VALUE_START = "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.";

class Parser {
  private cur: Token;
  readonly diags: Diagnostic[] = [];
  private depth = 0;

  constructor(private readonly scanner: Scanner) {
    this.cur = scanner.next();
  }

  peek(): Token {
    return this.cur;
  }

  read(): Token {
    const t = this.cur;
    if (t.type !== T.EOF) this.cur = this.scanner.next();
    return t;
  }

  private error(summary: string, detail: string, subject: Span, context?: Span): void {
    this.diags.push(errorDiag(summary, detail, subject.range, context?.range));
  }

  /** A value; never undefined: what fails to parse becomes a placeholder over its first token. */
  value(): JsonNode {
    const tok = this.peek();
    let node: JsonNode | undefined;
    switch (tok.type) {
      case T.BraceO:
        node = this.nested(() => this.object());
        break;
      case T.BrackO:
        node = this.nested(() => this.array());
        break;
      case T.Number:
        node = this.number();
        break;
      case T.String:
        node = this.string();
        break;
      case T.Keyword:
        node = this.keyword();
        break;
      case T.BraceC:
        this.error("Missing JSON value", VALUE_START, tok.span);
        break;
      case T.BrackC:
        this.error("Missing array element value", VALUE_START, tok.span);
        break;
      case T.EOF:
        this.error("Missing value", "The JSON data ends prematurely.", tok.span);
        break;
      default:
        this.error("Invalid start of value", VALUE_START, tok.span);
    }
    return node ?? new JsonInvalid(tok.span);
  }

  private nested(parse: () => JsonNode | undefined): JsonNode | undefined {
    if (this.depth >= MAX_JSON_NESTING) return this.tooDeep();
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  /** Reports excessive nesting and skips the whole (balanced) value. */
  private tooDeep(): undefined {
    const open = this.read();
    this.error(
      "JSON value too deeply nested",
      `This JSON value nests objects and arrays more than ${MAX_JSON_NESTING} levels deep, which this parser does not support.`,
      open.span,
    );
    let level = 1;
    while (level > 0) {
      const t = this.read();
      if (t.type === T.EOF) break;
      if (t.type === T.BraceO || t.type === T.BrackO) level++;
      else if (t.type === T.BraceC || t.type === T.BrackC) level--;
    }
    return undefined;
  }

  /**
   * Go's error recovery inside an object or array: skip tokens from `tok`
   * (already read) until the closer that brings the count of openers to
   * one or less. Starting at one, this stops at the first closer of a
   * nested value, or at our own closer.
   */
  private recover(tok: Token, opener: T, closer: T): void {
    let open = 1;
    for (;;) {
      if (tok.type === opener) open++;
      else if (tok.type === closer) {
        open--;
        if (open <= 1) return;
      } else if (tok.type === T.EOF) return;
      tok = this.read();
    }
  }

  private object(): JsonObject | undefined {
    const open = this.read();
    const props: JsonProperty[] = [];
    for (;;) {
      if (this.peek().type === T.BraceC) break;
      const key = this.value();
      if (key.kind !== "string") {
        this.error("Invalid object property name", "A JSON object property name must be a string", key.startSpan);
        return undefined;
      }
      const colon = this.read();
      if (colon.type !== T.Colon) {
        this.recover(colon, T.BraceO, T.BraceC);
        if (colon.type === T.BraceC || colon.type === T.Comma) {
          this.error(
            "Missing object value",
            "A JSON object attribute must have a value, introduced by a colon.",
            colon.span,
          );
        } else if (colon.type === T.Equals) {
          this.error(
            "Missing property value colon",
            "JSON uses a colon as its name/value delimiter, not an equals sign.",
            colon.span,
          );
        } else {
          this.error(
            "Missing property value colon",
            "A colon must appear between an object property's name and its value.",
            colon.span,
          );
        }
        return undefined;
      }
      const value = this.value();
      props.push(new JsonProperty(key.value, key.span, value));
      const next = this.peek();
      if (next.type === T.Comma) {
        const comma = this.read();
        if (this.peek().type === T.BraceC) {
          this.error(
            "Trailing comma in object",
            "JSON does not permit a trailing comma after the final property in an object.",
            comma.span,
          );
          return undefined;
        }
        continue;
      }
      if (next.type === T.EOF) {
        this.error("Unclosed object", "No closing brace was found for this JSON object.", open.span);
        return undefined;
      }
      if (next.type === T.BrackC) {
        this.read();
        this.error("Mismatched braces", "A JSON object must be closed with a brace, not a bracket.", this.peek().span);
        return undefined;
      }
      if (next.type === T.BraceC) break;
      this.recover(this.read(), T.BraceO, T.BraceC);
      this.error(
        "Missing attribute seperator comma",
        "A comma must appear between each property definition in an object.",
        this.peek().span,
      );
      return undefined;
    }
    const close = this.read();
    return new JsonObject(props, open.span, close.span);
  }

  private array(): JsonArray | undefined {
    const open = this.read();
    const values: JsonNode[] = [];
    for (;;) {
      if (this.peek().type === T.BrackC) break;
      values.push(this.value());
      const next = this.peek();
      if (next.type === T.Comma) {
        const comma = this.read();
        if (this.peek().type === T.BrackC) {
          this.error(
            "Trailing comma in array",
            "JSON does not permit a trailing comma after the final value in an array.",
            comma.span,
          );
          return undefined;
        }
        continue;
      }
      if (next.type === T.Colon) {
        this.recover(this.read(), T.BrackO, T.BrackC);
        this.error("Invalid array value", "A colon is not used to introduce values in a JSON array.", this.peek().span);
        return undefined;
      }
      if (next.type === T.EOF) {
        this.recover(this.read(), T.BrackO, T.BrackC);
        // Go's summary says "object" here too.
        this.error("Unclosed object", "No closing bracket was found for this JSON array.", open.span);
        return undefined;
      }
      if (next.type === T.BraceC) {
        this.recover(this.read(), T.BrackO, T.BrackC);
        this.error("Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.", this.peek().span);
        return undefined;
      }
      if (next.type === T.BrackC) break;
      this.recover(this.read(), T.BrackO, T.BrackC);
      this.error(
        "Missing attribute seperator comma",
        "A comma must appear between each value in an array.",
        this.peek().span,
      );
      return undefined;
    }
    const close = this.read();
    return new JsonArray(values, open.span, close.span);
  }

  private number(): JsonNumber | undefined {
    const tok = this.read();
    const text = this.scanner.text.slice(tok.start, tok.end);
    const value = JSON_NUMBER.test(text) ? parseNumberVal(text) : undefined;
    if (value === undefined) {
      this.error("Invalid JSON number", "There is a syntax error in the given JSON number.", tok.span);
      return undefined;
    }
    return new JsonNumber(text, value, tok.span);
  }

  private string(): JsonString | undefined {
    const tok = this.read();
    const r = decodeJsonString(this.scanner.text, tok.start, tok.end);
    if (r.ok) return new JsonString(r.value, tok.span);
    // Go adds the byte offset to the column too, whatever the characters.
    const s = tok.span;
    const at = new Span(
      s.filename,
      s.startLine,
      s.startColumn + r.offset,
      s.startByte + r.offset,
      s.startLine,
      s.startColumn + r.offset + 1,
      s.startByte + r.offset + 1,
    );
    this.error("Invalid JSON string", "There is a syntax error in the given JSON string.", at, s);
    return undefined;
  }

  private keyword(): JsonNode | undefined {
    const tok = this.read();
    const s = this.scanner.text.slice(tok.start, tok.end);
    switch (s) {
      case "true":
        return new JsonBool(true, tok.span);
      case "false":
        return new JsonBool(false, tok.span);
      case "null":
        return new JsonNull(tok.span);
      case "undefined":
      case "NaN":
      case "Infinity":
        this.error("Invalid JSON keyword", `The JavaScript identifier ${goQuote(s)} cannot be used in JSON.`, tok.span);
        return undefined;
      default: {
        const suggestion = nameSuggestion(s, KEYWORDS);
        const dym = suggestion === "" ? "" : ` Did you mean ${goQuote(suggestion)}?`;
        this.error("Invalid JSON keyword", `${goQuote(s)} is not a valid JSON keyword.${dym}`, tok.span);
        return undefined;
      }
    }
  }
}

/**
 * Parses one JSON value (hcl `parseFileContent` / `parseExpression`): a
 * value, then nothing but white space. Never throws.
 */
export function parseJsonValue(
  text: string,
  filename: string,
  start?: StartPos,
): { node: JsonNode; diagnostics: Diagnostic[] } {
  const p = new Parser(new Scanner(text, filename, start));
  const node = p.value();
  if (p.diags.length === 0 && p.peek().type !== T.EOF) {
    p.diags.push(
      errorDiag("Extraneous data after value", "Extra characters appear after the JSON value.", p.peek().span.range),
    );
  }
  return { node, diagnostics: p.diags };
}
