/**
 * A readable, stable text form of a syntax tree: one node per line with its
 * kind, its distinguishing fields and its range (`line:column-line:column`).
 * Used by `plinth ast` and by the golden syntax fixtures.
 */
import { type Body, type Expression, type LiteralValue, literalKind, type Node, type Traverser } from "./ast.js";
import type { Range } from "./pos.js";
import { goQuote } from "./quote.js";

function rng(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

export function literalText(v: LiteralValue): string {
  if (typeof v === "string") return goQuote(v);
  if (typeof v === "boolean") return String(v);
  if (v === null) return "null";
  if ("text" in v) return v.text;
  return "(unknown)";
}

export function traversalText(steps: readonly Traverser[]): string {
  let s = "";
  for (const t of steps) {
    if (t.kind === "root") s += t.name;
    else if (t.kind === "attr") s += "." + t.name;
    else s += "[" + literalText(t.key) + "]";
  }
  return s;
}

/** Dumps `node` and its descendants. */
export function dumpAST(node: Node): string {
  const lines: string[] = [];
  visit(node, 0, "", lines);
  return lines.join("\n") + "\n";
}

function visit(n: Node, depth: number, role: string, out: string[]): void {
  const pad = "  ".repeat(depth) + (role === "" ? "" : role + ": ");
  const line = (text: string): void => {
    out.push(pad + text + " " + rng(n.range));
  };
  const kids = (list: [string, Expression | Node | undefined][]): void => {
    for (const [r, c] of list) if (c !== undefined) visit(c, depth + 1, r, out);
  };
  switch (n.kind) {
    case "Body": {
      const b = n as Body;
      line("Body");
      for (const a of b.attributes) visit(a, depth + 1, "", out);
      for (const bl of b.blocks) visit(bl, depth + 1, "", out);
      return;
    }
    case "Attribute":
      line(`Attribute ${n.name}`);
      kids([["", n.expr]]);
      return;
    case "Block":
      line(`Block ${[n.type, ...n.labels.map((l) => goQuote(l))].join(" ")}`);
      kids([["", n.body]]);
      return;
    case "LiteralValue":
      line(`Literal ${literalKind(n.value)} ${literalText(n.value)}`);
      return;
    case "ScopeTraversal":
      line(`Traversal ${traversalText(n.traversal)}`);
      return;
    case "RelativeTraversal":
      line(`RelativeTraversal ${traversalText(n.traversal)}`);
      kids([["source", n.source]]);
      return;
    case "FunctionCall":
      line(`Call ${n.name}${n.expandFinal ? " (expand final)" : ""}`);
      kids(n.args.map((a, i) => [`arg${i}`, a] as [string, Expression]));
      return;
    case "Conditional":
      line("Conditional");
      kids([
        ["cond", n.condition],
        ["true", n.trueResult],
        ["false", n.falseResult],
      ]);
      return;
    case "BinaryOp":
      line(`BinaryOp ${n.op}`);
      kids([
        ["lhs", n.lhs],
        ["rhs", n.rhs],
      ]);
      return;
    case "UnaryOp":
      line(`UnaryOp ${n.op}`);
      kids([["", n.val]]);
      return;
    case "Template":
      line("Template");
      kids(n.parts.map((p) => ["", p] as [string, Expression]));
      return;
    case "TemplateWrap":
      line("TemplateWrap");
      kids([["", n.wrapped]]);
      return;
    case "TemplateJoin":
      line("TemplateJoin");
      kids([["", n.tuple]]);
      return;
    case "TupleCons":
      line("Tuple");
      kids(n.exprs.map((e) => ["", e] as [string, Expression]));
      return;
    case "ObjectCons":
      line("Object");
      for (const item of n.items) {
        visit(item.key, depth + 1, "key", out);
        visit(item.value, depth + 1, "value", out);
      }
      return;
    case "ObjectConsKey":
      line(`ObjectKey${n.forceNonLiteral ? " (parenthesized)" : ""}`);
      kids([["", n.wrapped]]);
      return;
    case "For": {
      const names = n.keyVar === "" ? n.valVar : `${n.keyVar}, ${n.valVar}`;
      line(`For ${names}${n.group ? " (grouped)" : ""}`);
      kids([
        ["coll", n.collExpr],
        ["key", n.keyExpr],
        ["value", n.valExpr],
        ["if", n.condExpr],
      ]);
      return;
    }
    case "Index":
      line("Index");
      kids([
        ["coll", n.collection],
        ["key", n.key],
      ]);
      return;
    case "Splat":
      line("Splat");
      kids([
        ["source", n.source],
        ["each", n.each],
      ]);
      return;
    case "AnonSymbol":
      line("SplatItem");
      return;
    case "Parentheses":
      line("Parentheses");
      kids([["", n.expression]]);
      return;
  }
}
