/**
 * The Chevrotain token vocabulary of HCL's native syntax, one `TokenType`
 * per scanner kind (see token-kinds.ts), following hclsyntax's token.go.
 *
 * Categories carry the grammar's shared decisions:
 *  - `Identifier`: every identifier, keywords included. HCL's keywords are
 *    contextual (LEX-07): `for`, `in`, `if`, `true`, `false`, `null`, `else`,
 *    `endif` and `endfor` are also valid names.
 *  - `BinaryOperator`: the operators of the precedence table (EXP-01).
 *  - `TemplateLiteral`: literal text inside a quoted string or heredoc.
 *  - `AnyToken`: every token. Only error productions use it, to say "some
 *    other token here", so each decision keeps a branch for HCL's diagnostic.
 */
import type { TokenType } from "chevrotain";
import { chevrotain } from "./chevrotain.js";

const { createToken, Lexer } = chevrotain;
import { K, kindNames } from "./token-kinds.js";

export const AnyToken = createToken({ name: "AnyToken", pattern: Lexer.NA });
export const Identifier = createToken({ name: "Identifier", pattern: Lexer.NA, categories: [AnyToken] });
export const BinaryOperator = createToken({ name: "BinaryOperator", pattern: Lexer.NA, categories: [AnyToken] });
/** Shown by the parser's token view past the nesting limit; only error branches accept it. */
export const TooDeep = createToken({ name: "TooDeep", pattern: Lexer.NA, categories: [AnyToken] });
export const TemplateLiteral = createToken({ name: "TemplateLiteral", pattern: Lexer.NA, categories: [AnyToken] });

const labels: Partial<Record<K, string>> = {
  [K.Newline]: "NEWLINE",
  [K.OBrace]: "'{'",
  [K.CBrace]: "'}'",
  [K.OBrack]: "'['",
  [K.CBrack]: "']'",
  [K.OParen]: "'('",
  [K.CParen]: "')'",
  [K.OQuote]: "'\"'",
  [K.CQuote]: "'\"'",
  [K.OHeredoc]: "'<<EOT'",
  [K.CHeredoc]: "'EOT'",
  [K.Star]: "'*'",
  [K.Slash]: "'/'",
  [K.Plus]: "'+'",
  [K.Minus]: "'-'",
  [K.Percent]: "'%'",
  [K.Equal]: "'='",
  [K.EqualOp]: "'=='",
  [K.NotEqual]: "'!='",
  [K.LessThan]: "'<'",
  [K.LessThanEq]: "'<='",
  [K.GreaterThan]: "'>'",
  [K.GreaterThanEq]: "'>='",
  [K.And]: "'&&'",
  [K.Or]: "'||'",
  [K.Bang]: "'!'",
  [K.Dot]: "'.'",
  [K.Comma]: "','",
  [K.Ellipsis]: "'...'",
  [K.FatArrow]: "'=>'",
  [K.Question]: "'?'",
  [K.Colon]: "':'",
  [K.TemplateInterp]: "'${'",
  [K.TemplateControl]: "'%{'",
  [K.TemplateSeqEnd]: "'}'",
  [K.KwFor]: "'for'",
  [K.KwIn]: "'in'",
  [K.KwIf]: "'if'",
  [K.KwTrue]: "'true'",
  [K.KwFalse]: "'false'",
  [K.KwNull]: "'null'",
  [K.KwElse]: "'else'",
  [K.KwEndif]: "'endif'",
  [K.KwEndfor]: "'endfor'",
};

const binaryKinds = new Set<K>([
  K.Or,
  K.And,
  K.EqualOp,
  K.NotEqual,
  K.LessThan,
  K.LessThanEq,
  K.GreaterThan,
  K.GreaterThanEq,
  K.Plus,
  K.Minus,
  K.Star,
  K.Slash,
  K.Percent,
]);

function categoriesOf(k: K): TokenType[] {
  const cats: TokenType[] = [AnyToken];
  if (k === K.Ident || (k >= K.KwFor && k <= K.KwEndfor)) cats.push(Identifier);
  if (binaryKinds.has(k)) cats.push(BinaryOperator);
  if (k === K.QuotedLit || k === K.StringLit) cats.push(TemplateLiteral);
  return cats;
}

/** `tokenTypes[kind]` is the Chevrotain token type of scanner kind `kind`. */
export const tokenTypes: readonly TokenType[] = kindNames.map((name, kind) => {
  const config: Parameters<typeof createToken>[0] = {
    name,
    pattern: Lexer.NA,
    categories: categoriesOf(kind as K),
  };
  const label = labels[kind as K];
  if (label !== undefined) config.label = label;
  return createToken(config);
});

/** Token type index → scanner kind, for the parser's flyweight tokens. */
export const allTokenTypes: TokenType[] = [
  AnyToken,
  Identifier,
  BinaryOperator,
  TemplateLiteral,
  TooDeep,
  ...tokenTypes,
];

export const T = {
  EOF: tokenTypes[K.EOF]!,
  Newline: tokenTypes[K.Newline]!,
  Ident: tokenTypes[K.Ident]!,
  NumberLit: tokenTypes[K.NumberLit]!,
  OBrace: tokenTypes[K.OBrace]!,
  CBrace: tokenTypes[K.CBrace]!,
  OBrack: tokenTypes[K.OBrack]!,
  CBrack: tokenTypes[K.CBrack]!,
  OParen: tokenTypes[K.OParen]!,
  CParen: tokenTypes[K.CParen]!,
  OQuote: tokenTypes[K.OQuote]!,
  CQuote: tokenTypes[K.CQuote]!,
  OHeredoc: tokenTypes[K.OHeredoc]!,
  CHeredoc: tokenTypes[K.CHeredoc]!,
  Star: tokenTypes[K.Star]!,
  Minus: tokenTypes[K.Minus]!,
  Equal: tokenTypes[K.Equal]!,
  Bang: tokenTypes[K.Bang]!,
  Dot: tokenTypes[K.Dot]!,
  Comma: tokenTypes[K.Comma]!,
  Ellipsis: tokenTypes[K.Ellipsis]!,
  FatArrow: tokenTypes[K.FatArrow]!,
  Question: tokenTypes[K.Question]!,
  Colon: tokenTypes[K.Colon]!,
  TemplateInterp: tokenTypes[K.TemplateInterp]!,
  TemplateControl: tokenTypes[K.TemplateControl]!,
  TemplateSeqEnd: tokenTypes[K.TemplateSeqEnd]!,
  KwFor: tokenTypes[K.KwFor]!,
  KwIn: tokenTypes[K.KwIn]!,
  KwIf: tokenTypes[K.KwIf]!,
  KwElse: tokenTypes[K.KwElse]!,
  KwEndif: tokenTypes[K.KwEndif]!,
  KwEndfor: tokenTypes[K.KwEndfor]!,
} as const;
