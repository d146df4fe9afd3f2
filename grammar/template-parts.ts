/**
 * Templates are parsed in two steps, as hclsyntax does (parser_template.go).
 * The grammar first reads a flat list of parts — literals (already
 * unescaped and strip-marker trimmed), interpolations, and directive markers
 * (`%{if}`, `%{else}`, `%{endif}`, `%{for}`, `%{endfor}`) — and then this
 * module folds the directive markers into nested conditional and `for`
 * expressions. Keeping the fold separate keeps unbalanced directives from
 * ever confusing the token-level grammar.
 */
import {
  ConditionalExpr,
  type Expression,
  ForExpr,
  LiteralValueExpr,
  TemplateExpr,
  TemplateJoinExpr,
  UNKNOWN_LITERAL,
} from "../src/hcl/ast.js";
import { errorDiag, type Diagnostic } from "../src/hcl/diagnostic.js";
import { rangeString } from "../src/hcl/pos.js";
import { graphemeCount, graphemes, type SourceFile } from "../src/hcl/source.js";
import { trimLeftSpace } from "../src/hcl/unicode.js";
import { M, type Message } from "./messages.js";

export type TemplatePart =
  | { kind: "literal"; value: string; start: number; end: number }
  | { kind: "interp"; expr: Expression; start: number; end: number }
  | { kind: "if"; cond: Expression; start: number; end: number }
  | { kind: "for"; keyVar: string; valVar: string; coll: Expression; start: number; end: number }
  | { kind: "else" | "endif" | "endfor"; start: number; end: number }
  | { kind: "end"; start: number; end: number };

/**
 * The `<<-` rule (TPL-11): find the smallest count of leading white-space
 * characters over all line-leading literals that are not blank lines, and
 * remove that many from each. Works on source literals, so interpolated
 * text never changes the indentation that is removed.
 */
export function flushHeredocParts(parts: TemplatePart[]): void {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: Extract<TemplatePart, { kind: "literal" }>[] = [];
  for (const part of parts) {
    if (newline) {
      newline = false;
      let spaces = 0;
      if (part.kind === "literal") {
        const trimmed = trimLeftSpace(part.value);
        if (trimmed.length === 0 && part.value.endsWith("\n")) {
          spaces = Number.MAX_SAFE_INTEGER;
        } else {
          const prefix = part.value.length - trimmed.length;
          spaces = isAsciiSpaces(part.value, prefix) ? prefix : graphemeCount(part.value.slice(0, prefix));
          adjust.push(part);
        }
      } else if (part.kind === "end") {
        break;
      }
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (part.kind === "literal" && part.value.endsWith("\n")) newline = true;
  }
  if (minSpaces === Number.MAX_SAFE_INTEGER || minSpaces === 0) return;
  for (const lit of adjust) {
    const cut = leadingClusterLength(lit.value, minSpaces);
    lit.value = lit.value.slice(cut);
    lit.start += cut;
  }
}

/** Code units taken by the first `n` grapheme clusters of `s` (ASCII fast path). */
function leadingClusterLength(s: string, n: number): number {
  let i = 0;
  while (i < n && i < s.length && s.charCodeAt(i) < 0x80 && s.charCodeAt(i) !== 13) i++;
  if (i === n || i === s.length) return i;
  let cut = 0;
  const clusters = graphemes(s.slice(0, Math.min(s.length, n * 8 + 8)));
  for (let k = 0; k < n && k < clusters.length; k++) cut += clusters[k]!.length;
  return cut;
}

function isAsciiSpaces(s: string, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Folds a flat part list (ending with an "end" part) into template expressions. */
export function buildTemplateExprs(src: SourceFile, parts: TemplatePart[], diags: Diagnostic[]): Expression[] {
  const folder = new TemplateFolder(src, parts, diags);
  return folder.root();
}

class TemplateFolder {
  private pos = 0;
  constructor(
    private readonly src: SourceFile,
    private readonly parts: TemplatePart[],
    private readonly diags: Diagnostic[],
  ) {}

  root(): Expression[] {
    const exprs: Expression[] = [];
    while (this.peek().kind !== "end") exprs.push(this.expr());
    return exprs.slice();
  }

  private peek(): TemplatePart {
    return this.parts[this.pos]!;
  }

  private read(): TemplatePart {
    const p = this.parts[this.pos]!;
    if (p.kind !== "end") this.pos++;
    return p;
  }

  private err(m: Message, start: number, end: number): void {
    this.diags.push(errorDiag(m[0], m[1], this.src.range(start, end)));
  }

  private placeholder(start: number, end: number): Expression {
    return new LiteralValueExpr(this.src, start, end, UNKNOWN_LITERAL);
  }

  private at(p: { start: number; end: number }): string {
    return rangeString(this.src.range(p.start, p.end));
  }

  private expr(): Expression {
    const p = this.peek();
    switch (p.kind) {
      case "literal":
        this.read();
        return new LiteralValueExpr(this.src, p.start, p.end, p.value);
      case "interp":
        this.read();
        return p.expr;
      case "if":
        return this.ifDirective();
      case "for":
        return this.forDirective();
      case "end":
        this.read();
        this.err(M.unexpectedEndOfTemplate, p.start, p.end);
        return this.placeholder(p.start, p.end);
      default:
        this.read();
        this.err(M.unexpectedDirective(p.kind), p.start, p.end);
        return this.placeholder(p.start, p.end);
    }
  }

  private ifDirective(): Expression {
    const open = this.read() as Extract<TemplatePart, { kind: "if" }>;
    const ifExprs: Expression[] = [];
    const elseExprs: Expression[] = [];
    let current = ifExprs;
    let endif: TemplatePart | undefined;
    for (;;) {
      const next = this.peek();
      if (next.kind === "end") {
        this.err(M.ifMissingEndif(this.at(open)), next.start, next.end);
        return this.placeholder(next.start, next.end);
      }
      if (next.kind === "else" || next.kind === "endif" || next.kind === "endfor") {
        this.read();
        if (next.kind === "else") {
          if (current === ifExprs) {
            current = elseExprs;
            continue;
          }
          this.err(M.elseAgain(this.at(open)), next.start, next.end);
        } else if (next.kind === "endif") {
          endif = next;
          break;
        } else {
          this.err(M.expectingEndif(next.kind, this.at(open)), next.start, next.end);
        }
        return this.placeholder(next.start, next.end);
      }
      current.push(this.expr());
    }
    if (ifExprs.length === 0) {
      ifExprs.push(new LiteralValueExpr(this.src, open.end, open.end, ""));
    }
    if (elseExprs.length === 0) {
      elseExprs.push(new LiteralValueExpr(this.src, endif.start, endif.start, ""));
    }
    const t = new TemplateExpr(this.src, ifExprs[0]!.start, ifExprs[ifExprs.length - 1]!.end, ifExprs.slice());
    const f = new TemplateExpr(this.src, elseExprs[0]!.start, elseExprs[elseExprs.length - 1]!.end, elseExprs.slice());
    return new ConditionalExpr(this.src, open.start, endif.end, open.cond, t, f);
  }

  private forDirective(): Expression {
    const open = this.read() as Extract<TemplatePart, { kind: "for" }>;
    const content: Expression[] = [];
    let endfor: TemplatePart | undefined;
    for (;;) {
      const next = this.peek();
      if (next.kind === "end") {
        this.err(M.forMissingEndfor(this.at(open)), next.start, next.end);
        return this.placeholder(next.start, next.end);
      }
      if (next.kind === "else" || next.kind === "endif" || next.kind === "endfor") {
        this.read();
        if (next.kind === "endfor") {
          endfor = next;
          break;
        }
        if (next.kind === "else") this.err(M.elseInFor, next.start, next.end);
        else this.err(M.expectingEndfor(next.kind, this.at(open)), next.start, next.end);
        return this.placeholder(next.start, next.end);
      }
      content.push(this.expr());
    }
    if (content.length === 0) {
      content.push(new LiteralValueExpr(this.src, open.end, open.end, ""));
    }
    const body = new TemplateExpr(this.src, content[0]!.start, content[content.length - 1]!.end, content.slice());
    const forExpr = new ForExpr(
      this.src,
      open.start,
      endfor.end,
      open.keyVar,
      open.valVar,
      open.coll,
      undefined,
      body,
      undefined,
      false,
      open.start,
      open.end,
      endfor.start,
      endfor.end,
    );
    return new TemplateJoinExpr(this.src, forExpr.start, forExpr.end, forExpr);
  }
}
