/**
 * The scope an expression is evaluated in (hcl `EvalContext`): variables and
 * functions, with a parent chain searched innermost first. A context whose
 * `variables` (or `functions`) is undefined defines none at that level; if no
 * level defines any, references are "not allowed" rather than "unknown"
 * (EXP-09, EXP-19).
 */
import type { Value } from "../cty/value.js";
import type { Function } from "../functions/function.js";

export interface EvalContextInit {
  variables?: ReadonlyMap<string, Value> | Readonly<Record<string, Value>>;
  functions?: ReadonlyMap<string, Function> | Readonly<Record<string, Function>>;
}

const NO_INIT: EvalContextInit = Object.freeze({});

export class EvalContext {
  variables: Map<string, Value> | undefined;
  functions: ReadonlyMap<string, Function> | undefined;
  readonly parent: EvalContext | undefined;

  constructor(init: EvalContextInit = {}, parent?: EvalContext) {
    this.variables = toMap(init.variables);
    this.functions = toMap(init.functions);
    this.parent = parent;
  }

  /** A child scope: variables and functions set on it shadow the parent's. */
  newChild(): EvalContext {
    return new EvalContext(NO_INIT, this);
  }
}

function toMap<T>(m: ReadonlyMap<string, T> | Readonly<Record<string, T>> | undefined): Map<string, T> | undefined {
  if (m === undefined) return undefined;
  if (m instanceof Map) return new Map(m);
  return new Map(Object.entries(m as Record<string, T>));
}
