/**
 * Entry points of the native-syntax front end: scan, then parse with the
 * one parser instance built (and grammar-analysed) once per process.
 */
import {
  type Body,
  Body as BodyNode,
  type Expression,
  type File,
  LiteralValueExpr,
  UNKNOWN_LITERAL,
} from "../src/hcl/ast.js";
import { type Diagnostic, errorDiag } from "../src/hcl/diagnostic.js";
import { SourceFile } from "../src/hcl/source.js";
import { lexDiagnostics } from "./lex-diagnostics.js";
import { HclParser } from "./parser.js";
import { scan, ScanMode } from "./scanner.js";
import { kindNames } from "./token-kinds.js";
import type { TokenStream } from "./token-stream.js";

export { HclParser, MAX_NESTING } from "./parser.js";
export { scan, ScanMode } from "./scanner.js";
export { TokenStream } from "./token-stream.js";
export { K, kindNames } from "./token-kinds.js";

let parser: HclParser | undefined;

/** The shared parser; Chevrotain's grammar analysis runs when the rules are first needed. */
export function getParser(): HclParser {
  parser ??= new HclParser();
  return parser;
}

export interface ParseResult<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/**
 * Runs one parse. Chevrotain reports a grammar gap (which would be our bug,
 * never the user's) in `errors` instead of throwing; a stack overflow on
 * absurd input is caught too. Both become an error diagnostic, so user input
 * never throws.
 */
function run<T>(ts: TokenStream, rule: (p: HclParser) => T, fallback: () => T): ParseResult<T> {
  const p = getParser();
  const lexDiags = lexDiagnostics(ts);
  p.load(ts);
  let value: T;
  try {
    value = rule(p);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    p.release();
    return {
      value: fallback(),
      diagnostics: [
        ...lexDiags,
        errorDiag(
          "Input too deeply nested",
          "This file nests blocks or expressions more deeply than the parser's stack allows. Split it into smaller parts.",
          ts.source.range(0, 0),
        ),
      ],
    };
  }
  const diags = [...lexDiags, ...p.diags];
  p.release();
  if (p.errors.length > 0) {
    const e = p.errors[0]!;
    const at = Number.isFinite(e.token.startOffset) ? e.token.startOffset : 0;
    diags.push(
      errorDiag("Internal parser error", `The parser could not continue: ${e.message}`, ts.source.range(at, at)),
    );
  }
  if (value === undefined) value = fallback();
  return { value, diagnostics: diags };
}

/** Parses a native-syntax configuration file (hclsyntax `ParseConfig`). */
export function parseConfig(text: string, filename: string): { file: File; diagnostics: Diagnostic[] } {
  const source = new SourceFile(filename, text);
  const ts = scan(source, ScanMode.Main);
  const r = run<Body>(
    ts,
    (p) => p.readConfigFile(),
    () => emptyBody(source),
  );
  return { file: { source, body: r.value }, diagnostics: r.diagnostics };
}

/** Parses one expression (hclsyntax `ParseExpression`); newlines are insignificant. */
export function parseExpression(text: string, filename: string, source?: SourceFile): ParseResult<Expression> {
  const src = source ?? new SourceFile(filename, text);
  const ts = scan(src, ScanMode.Main);
  return run<Expression>(
    ts,
    (p) => p.readExpressionFile(),
    () => placeholderExpr(src),
  );
}

/** Parses a bare template (hclsyntax `ParseTemplate`): the whole text is template content. */
export function parseTemplate(text: string, filename: string, source?: SourceFile): ParseResult<Expression> {
  const src = source ?? new SourceFile(filename, text);
  const ts = scan(src, ScanMode.Bare);
  return run<Expression>(
    ts,
    (p) => p.readTemplateFile(),
    () => placeholderExpr(src),
  );
}

/** One token of `tokenize`'s output, for tools and tests. */
export interface TokenInfo {
  kind: string;
  text: string;
  start: number;
  end: number;
}

/** The scanner's tokens plus the lexical diagnostics (LEX-10), without parsing. */
export function tokenize(text: string, filename: string): { tokens: TokenInfo[]; diagnostics: Diagnostic[] } {
  const ts = scan(new SourceFile(filename, text));
  const tokens: TokenInfo[] = [];
  for (let i = 0; i < ts.count; i++) {
    tokens.push({ kind: kindNames[ts.kinds[i]!]!, text: ts.text(i), start: ts.starts[i]!, end: ts.ends[i]! });
  }
  return { tokens, diagnostics: lexDiagnostics(ts) };
}

function emptyBody(source: SourceFile): Body {
  const end = source.text.length;
  return new BodyNode(source, source.bodyStart, end, [], [], end);
}

function placeholderExpr(source: SourceFile): Expression {
  return new LiteralValueExpr(source, 0, source.text.length, UNKNOWN_LITERAL);
}
