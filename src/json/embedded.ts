/**
 * Native syntax inside JSON strings. A JSON string is a template in
 * expression mode (JSON-07), and static analysis reads a string's content
 * as a native expression or traversal (JSON-09). Go parses the decoded
 * content with a start position inside the JSON file, so diagnostics and
 * ranges point into the JSON source: one column past the opening quote for
 * templates, at the quote itself for expressions and traversals. Escapes
 * the JSON decoder removed are invisible to that parse, so positions after
 * one are approximate, exactly as in Go.
 */
import { K, parseExpression, parseTemplate, scan, ScanMode } from "../../grammar/index.js";
import { decodeTemplateLiteral } from "../../grammar/string-lit.js";
import {
  type Expression,
  NumberLiteral,
  TraverseAttr,
  TraverseIndex,
  TraverseRoot,
  type Traverser,
} from "../hcl/ast.js";
import { type Diagnostic, hasErrors } from "../hcl/diagnostic.js";
import type { Pos } from "../hcl/pos.js";
import { SourceFile } from "../hcl/source.js";
import { parseNumberVal } from "../cty/value.js";

/**
 * The text of a JSON string as a source of its own whose positions are
 * shifted to `at`: the first line continues at `at`'s column, later lines
 * start at column 1, and bytes count on from `at.byte` (hclsyntax's
 * scanner with a start position).
 */
export class EmbeddedSource extends SourceFile {
  constructor(
    filename: string,
    text: string,
    readonly at: Pos,
  ) {
    super(filename, text);
  }

  override pos(offset: number): Pos {
    const p = super.pos(offset);
    const at = this.at;
    return {
      line: p.line + at.line - 1,
      column: p.line === 1 ? p.column + at.column - 1 : p.column,
      byte: p.byte + at.byte,
    };
  }
}

/** True when `s` may hold a template sequence; without one a template is the literal text. */
export function mayHoldTemplate(s: string): boolean {
  for (let i = s.indexOf("{", 1); i !== -1; i = s.indexOf("{", i + 1)) {
    const c = s.charCodeAt(i - 1);
    if (c === 36 || c === 37) return true;
  }
  return false;
}

/** hclsyntax `ParseTemplate` of a string's content, one column past the string's start (JSON-07). */
export function parseStringTemplate(
  content: string,
  filename: string,
  stringStart: Pos,
): { expr: Expression; diagnostics: Diagnostic[] } {
  const at = { line: stringStart.line, column: stringStart.column + 1, byte: stringStart.byte + 1 };
  const r = parseTemplate(content, filename, new EmbeddedSource(filename, content, at));
  return { expr: r.value, diagnostics: r.diagnostics };
}

/** hclsyntax `ParseExpression` of a string's content, at the string's start (JSON-09). */
export function parseStringExpression(content: string, filename: string, stringStart: Pos): Expression | undefined {
  const r = parseExpression(content, filename, new EmbeddedSource(filename, content, stringStart));
  return hasErrors(r.diagnostics) ? undefined : r.value;
}

/**
 * hclsyntax `ParseTraversalAbs` of a string's content, at the string's
 * start: a root name, then `.name`, `[number]` or `["string"]` steps and
 * nothing else (STA-06). Undefined when Go would report any error, since
 * the JSON syntax then offers no traversal.
 */
export function parseStringTraversal(content: string, filename: string, stringStart: Pos): Traverser[] | undefined {
  const src = new EmbeddedSource(filename, content, stringStart);
  const ts = scan(src, ScanMode.Main);
  const { kinds, starts, ends } = ts;
  let i = 0;
  const skip = (): void => {
    while (i < ts.count && (kinds[i] === K.Newline || kinds[i] === K.Comment)) i++;
  };
  const peek = (): number => {
    skip();
    return kinds[i]!;
  };
  const isIdent = (k: number): boolean => k === K.Ident || (k >= K.KwFor && k <= K.KwEndfor);
  for (let j = 0; j < ts.count; j++) {
    // Tokens the lexer itself rejects (hclsyntax checkInvalidTokens).
    switch (kinds[j] as K) {
      case K.Invalid:
      case K.BadUTF8:
      case K.BitwiseAnd:
      case K.BitwiseOr:
      case K.BitwiseXor:
      case K.BitwiseNot:
      case K.Apostrophe:
      case K.Backtick:
      case K.Semicolon:
        return undefined;
      default:
    }
  }

  if (!isIdent(peek())) return undefined;
  const out: Traverser[] = [new TraverseRoot(src, starts[i]!, ends[i]!, ts.text(i))];
  i++;
  for (;;) {
    const k = peek();
    if (k === K.EOF) return out;
    if (k === K.Dot) {
      const dot = i++;
      if (!isIdent(peek())) return undefined;
      out.push(new TraverseAttr(src, starts[dot]!, ends[i]!, ts.text(i)));
      i++;
    } else if (k === K.OBrack) {
      const open = i++;
      const kk = peek();
      if (kk === K.NumberLit) {
        const text = ts.text(i);
        if (parseNumberVal(text) === undefined) return undefined;
        i++;
        if (peek() !== K.CBrack) return undefined;
        out.push(new TraverseIndex(src, starts[open]!, ends[i]!, new NumberLiteral(text)));
        i++;
      } else if (kk === K.OQuote) {
        i++;
        let value = "";
        const diags: Diagnostic[] = [];
        for (;;) {
          const t = kinds[i];
          if (t === K.CQuote) break;
          if (t !== K.QuotedLit) return undefined;
          value += decodeTemplateLiteral(src, starts[i]!, ends[i]!, true, diags);
          i++;
        }
        if (hasErrors(diags)) return undefined;
        i++;
        if (peek() !== K.CBrack) return undefined;
        out.push(new TraverseIndex(src, starts[open]!, ends[i]!, value));
        i++;
      } else {
        return undefined;
      }
    } else {
      return undefined;
    }
  }
}
