/**
 * Generic traversal of the native syntax tree (hclsyntax `walk.go`).
 */
import type { Body, Expression, Node, TemplateExpr } from "./ast.js";

/** The direct child expressions of `e`, in source order. */
export function childExpressions(e: Expression): Expression[] {
  switch (e.kind) {
    case "LiteralValue":
    case "ScopeTraversal":
    case "AnonSymbol":
      return [];
    case "RelativeTraversal":
      return [e.source];
    case "FunctionCall":
      return e.args;
    case "Conditional":
      return [e.condition, e.trueResult, e.falseResult];
    case "BinaryOp":
      return [e.lhs, e.rhs];
    case "UnaryOp":
      return [e.val];
    case "Template":
      return (e as TemplateExpr).parts;
    case "TemplateWrap":
      return [e.wrapped];
    case "TemplateJoin":
      return [e.tuple];
    case "TupleCons":
      return e.exprs;
    case "ObjectCons": {
      const out: Expression[] = [];
      for (const item of e.items) out.push(item.key, item.value);
      return out;
    }
    case "ObjectConsKey":
      return [e.wrapped];
    case "For": {
      const out: Expression[] = [e.collExpr];
      if (e.keyExpr !== undefined) out.push(e.keyExpr);
      out.push(e.valExpr);
      if (e.condExpr !== undefined) out.push(e.condExpr);
      return out;
    }
    case "Index":
      return [e.collection, e.key];
    case "Splat":
      return [e.source, e.each];
    case "Parentheses":
      return [e.expression];
    default:
      return assertNever(e);
  }
}

/** The direct children of any node: attributes then blocks for a body. */
export function childNodes(n: Node): Node[] {
  switch (n.kind) {
    case "Body":
      return [...(n as Body).attributes, ...(n as Body).blocks];
    case "Attribute":
      return [n.expr];
    case "Block":
      return [n.body];
    default:
      return childExpressions(n);
  }
}

/**
 * Visits `root` and its descendants depth-first. Return `false` from `enter`
 * to skip a node's children. Uses an explicit stack, so deep trees are fine.
 */
export function walk(root: Node, enter: (n: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (enter(n) === false) continue;
    const kids = childNodes(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

function assertNever(x: never): never {
  throw new Error(`unhandled node kind ${(x as { kind: string }).kind}`);
}
