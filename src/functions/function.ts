/**
 * Functions as go-cty's `function` package defines them (EXP-20): typed
 * parameters with flags for null, unknown, dynamic and marked arguments, a
 * type function that computes the result type from the arguments, and an
 * implementation. `call` applies cty's rules: null arguments are rejected
 * unless allowed, an unknown argument gives an unknown result without
 * running the implementation, marks are taken off the arguments and put on
 * the result.
 */
import type { Type } from "../cty/types.js";
import { legacyCompat } from "../cty/legacy.js";
import { DynamicPseudoType } from "../cty/types.js";
import { unknownVal, type Value } from "../cty/value.js";

export interface Parameter {
  name: string;
  type: Type;
  description?: string;
  /** Accept null arguments (otherwise: "argument must not be null"). */
  allowNull?: boolean;
  /** Run the implementation even when this argument is unknown. */
  allowUnknown?: boolean;
  /** Call the type function even when this argument has the dynamic pseudo-type. */
  allowDynamicType?: boolean;
  /** Pass marked values through instead of unmarking them and marking the result. */
  allowMarked?: boolean;
}

export interface FunctionSpec {
  description?: string;
  params: readonly Parameter[];
  varParam?: Parameter;
  /** The result type for these arguments; throw FunctionError / ArgError to reject them. */
  type: (args: readonly Value[]) => Type;
  impl: (args: readonly Value[], retType: Type) => Value;
  /**
   * The parameters as go-cty 1.12 declared them, where they differ; used only
   * in legacy compatibility mode (see cty/legacy.ts).
   */
  legacyParams?: readonly Parameter[];
}

/** An error raised by a function call (cty's plain `error`). */
export class FunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FunctionError";
  }
}

/** An error about one argument (cty `function.ArgError`); HCL reports it at that argument. */
export class ArgError extends FunctionError {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
    this.name = "ArgError";
  }
}

/** A type function that always answers `t`. */
export function staticReturnType(t: Type): (args: readonly Value[]) => Type {
  return () => t;
}

export class Function {
  constructor(readonly spec: FunctionSpec) {}

  get params(): readonly Parameter[] {
    const lp = this.spec.legacyParams;
    return lp !== undefined && legacyCompat() ? lp : this.spec.params;
  }
  get varParam(): Parameter | undefined {
    return this.spec.varParam;
  }
  get description(): string {
    return this.spec.description ?? "";
  }

  /** cty `ReturnTypeForValues`: checks arguments and computes the result type. */
  returnTypeForValues(args: readonly Value[]): Type {
    const params = this.params;
    const vp = this.spec.varParam;
    if (vp === undefined) {
      if (args.length !== params.length) {
        throw new FunctionError(`wrong number of arguments (${params.length} required; ${args.length} given)`);
      }
    } else if (args.length < params.length) {
      throw new FunctionError(`wrong number of arguments (at least ${params.length} required; ${args.length} given)`);
    }
    let a = args;
    for (let i = 0; i < args.length; i++) {
      const spec = i < params.length ? params[i]! : vp!;
      const val = args[i]!;
      if (!spec.allowMarked && val.containsMarked()) {
        const copy = a === args ? args.slice() : (a as Value[]);
        copy[i] = val.unmarkDeep()[0];
        a = copy;
      }
      if (val.isNull() && !spec.allowNull) throw new ArgError(i, "argument must not be null");
      if (val.type.kind === "dynamic") {
        if (!spec.allowDynamicType) return DynamicPseudoType;
      } else {
        const err = conformanceError(val.type, spec.type);
        // cty reports a variadic argument's conformance error at its position among the variadic ones.
        if (err !== undefined) throw new ArgError(i < params.length ? i : i - params.length, err);
      }
    }
    return this.spec.type(a);
  }

  /**
   * cty `Function.Call`. Throws FunctionError or ArgError.
   *
   * Unlike go-cty 1.12 (which Packer's HCL 2.14 tooling used), an unknown
   * argument's short-cut result keeps the marks of the marked arguments:
   * `upper(sensitive_unknown)` stays sensitive once it becomes known, so a
   * sensitive value can never lose its mark on the way through a function.
   */
  call(args: readonly Value[]): Value {
    const expected = this.returnTypeForValues(args);
    const params = this.params;
    const vp = this.spec.varParam;
    for (let i = 0; i < args.length; i++) {
      const spec = i < params.length ? params[i]! : vp!;
      if (!args[i]!.isKnown() && !spec.allowUnknown) {
        if (legacyCompat()) return unknownVal(expected);
        const marks = args.map((v) => v.unmarkDeep()[1]).filter((m) => m.size > 0);
        return unknownVal(expected).withMarks(...marks);
      }
    }
    let a = args;
    let resultMarks: ReadonlySet<string>[] | undefined;
    for (let i = 0; i < args.length; i++) {
      const spec = i < params.length ? params[i]! : vp!;
      if (spec.allowMarked) continue;
      const [bare, marks] = args[i]!.unmarkDeep();
      if (marks.size > 0) {
        const copy = a === args ? args.slice() : (a as Value[]);
        copy[i] = bare;
        a = copy;
        (resultMarks ??= []).push(marks);
      }
    }
    let ret = this.spec.impl(a, expected);
    if (resultMarks !== undefined) ret = ret.withMarks(...resultMarks);
    // As cty does, refuse a result whose type the type function did not promise:
    // callers rely on it, and a mismatch is always a bug in the function.
    const bad = conformanceError(ret.type, expected);
    if (bad !== undefined) {
      throw new FunctionError(
        `panic in function implementation: returned value of type ${ret.type.friendlyName()} does not conform to expected return type ${expected.friendlyName()}: ${bad}`,
      );
    }
    return ret;
  }
}

/** cty `TestConformance`'s first error message, or undefined when `given` conforms to `want`. */
export function conformanceError(given: Type, want: Type): string | undefined {
  if (want.kind === "dynamic" || given.equals(want)) return undefined;
  if (given.kind === "object" && want.kind === "object") {
    for (const k of given.attributeNames)
      if (!want.hasAttribute(k)) return `unsupported attribute ${JSON.stringify(k)}`;
    for (const k of want.attributeNames)
      if (!given.hasAttribute(k)) return `missing required attribute ${JSON.stringify(k)}`;
    for (const k of want.attributeNames) {
      const e = conformanceError(given.attributeType(k)!, want.attributeType(k)!);
      if (e !== undefined) return e;
    }
    return undefined;
  }
  if (given.kind === "tuple" && want.kind === "tuple") {
    if (given.elementTypes.length !== want.elementTypes.length) {
      return `${want.elementTypes.length} elements are required, but got ${given.elementTypes.length}`;
    }
    for (let i = 0; i < want.elementTypes.length; i++) {
      const e = conformanceError(given.elementTypes[i]!, want.elementTypes[i]!);
      if (e !== undefined) return e;
    }
    return undefined;
  }
  if (
    (given.kind === "list" && want.kind === "list") ||
    (given.kind === "map" && want.kind === "map") ||
    (given.kind === "set" && want.kind === "set")
  ) {
    return conformanceError(given.elementType, want.elementType);
  }
  return `${want.friendlyName()} required, but received ${given.friendlyName()}`;
}

/** The functions an evaluation context offers, by name. */
export type FunctionTable = ReadonlyMap<string, Function>;
