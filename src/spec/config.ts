/**
 * A config declaration: its fields, the rules between them (exactly one of,
 * at least one of, conflicts with), custom validators, docs and examples.
 * Everything else — the hcldec ObjectSpec, the TS type, JSON Schema, docs and
 * `prepare` — is derived from it (DESIGN principle 5) and cached on it.
 */
import type { ObjectSpec } from "../hcldec/spec.js";
import type { AnyField, FieldValue } from "./fields.js";
import { deriveObjectSpec } from "./object-spec.js";
import { prepare, type PrepareResult, type Raw } from "./prepare.js";

export type Fields = Record<string, AnyField>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The decoded config of a field record. */
export type InferFields<F extends Fields> = Simplify<{ -readonly [K in keyof F]: FieldValue<F[K]> }>;

/** The decoded config of a config spec: `type ShellConfig = Infer<typeof shellConfig>`. */
export type Infer<C> = C extends ConfigSpec<infer F> ? InferFields<F> : never;

/** A path to a value inside a config: `["environment_vars", 2]`, `["step", 0, "name"]`. */
export type ConfigPath = readonly (string | number)[];

/** Passed to custom validators: report problems, ask what the user set. */
export interface ValidationContext {
  /** Reports a problem with the value at `path` (its source range is used), or with the whole config. */
  error(message: string, path?: ConfigPath, summary?: string): void;
  warn(message: string, path?: ConfigPath, summary?: string): void;
  /** False when the value at `path` is not known yet (e.g. computed during `validate`); skip checking it. */
  isKnown(path: ConfigPath): boolean;
  /** True when some layer set the field (defaults do not count). */
  isSet(path: ConfigPath): boolean;
}

export type ConfigValidator<T> = (config: T, ctx: ValidationContext) => void;

export type GroupRuleKind = "exactlyOneOf" | "atLeastOneOf" | "atMostOneOf" | "conflictsWith";

/**
 * A rule over several fields. A field counts as set when a layer gave it a
 * value other than Go's zero values: null, `""`, `false`, an empty list or
 * map do not count (Packer's own checks see them as unset).
 */
export interface GroupRule {
  readonly kind: GroupRuleKind;
  /** For conflictsWith: the first is the field, the rest what it conflicts with. */
  readonly fields: readonly string[];
  /** Replaces the generated message. */
  readonly message?: string;
}

export interface ConfigOptions {
  /** The component's name in docs and messages ("shell"). */
  readonly name?: string;
  /** Markdown introduction for docs. */
  readonly doc?: string;
}

interface ConfigState<F extends Fields> extends ConfigOptions {
  readonly fields: F;
  readonly rules: readonly GroupRule[];
  readonly validators: readonly ConfigValidator<InferFields<F>>[];
  /** Whole-config examples (plain values), rendered in HCL and JSON by docs. */
  readonly examples: readonly ConfigExample[];
}

export interface ConfigExample {
  readonly title?: string;
  readonly value: Readonly<Record<string, unknown>>;
}

type FieldName<F> = Extract<keyof F, string>;

export class ConfigSpec<F extends Fields> {
  #objectSpec: ObjectSpec | undefined;
  /** Derivations other modules cache on the spec (JSON Schema, docs model …). */
  readonly cache = new Map<string, unknown>();

  constructor(private readonly state: ConfigState<F>) {
    for (const rule of state.rules) {
      for (const f of rule.fields) {
        if (!(f in state.fields)) throw new Error(`config rule ${rule.kind} names unknown field "${f}"`);
      }
    }
  }

  get fields(): F {
    return this.state.fields;
  }
  get name(): string | undefined {
    return this.state.name;
  }
  get doc(): string | undefined {
    return this.state.doc;
  }
  get rules(): readonly GroupRule[] {
    return this.state.rules;
  }
  get validators(): readonly ConfigValidator<InferFields<F>>[] {
    return this.state.validators;
  }
  get examples(): readonly ConfigExample[] {
    return this.state.examples;
  }

  private with(patch: Partial<ConfigState<F>>): ConfigSpec<F> {
    return new ConfigSpec<F>({ ...this.state, ...patch });
  }

  /** Names the component and gives it an introduction for docs. */
  describe(name: string, doc?: string): ConfigSpec<F> {
    return this.with({ name, ...(doc !== undefined ? { doc } : {}) });
  }

  /** Exactly one of the fields must be set. */
  exactlyOneOf(fields: readonly FieldName<F>[], message?: string): ConfigSpec<F> {
    return this.rule("exactlyOneOf", fields, message);
  }
  /** At least one of the fields must be set. */
  atLeastOneOf(fields: readonly FieldName<F>[], message?: string): ConfigSpec<F> {
    return this.rule("atLeastOneOf", fields, message);
  }
  /** At most one of the fields may be set. */
  atMostOneOf(fields: readonly FieldName<F>[], message?: string): ConfigSpec<F> {
    return this.rule("atMostOneOf", fields, message);
  }
  /** `field` may not be set together with any of `others`. */
  conflictsWith(field: FieldName<F>, others: readonly FieldName<F>[], message?: string): ConfigSpec<F> {
    return this.rule("conflictsWith", [field, ...others], message);
  }
  private rule(kind: GroupRuleKind, fields: readonly string[], message?: string): ConfigSpec<F> {
    const r: GroupRule = { kind, fields, ...(message !== undefined ? { message } : {}) };
    return this.with({ rules: [...this.state.rules, r] });
  }

  /** A check of the whole config, run after defaults when every field decoded. */
  validate(fn: ConfigValidator<InferFields<F>>): ConfigSpec<F> {
    return this.with({ validators: [...this.state.validators, fn] });
  }

  /** A whole-config example (as a plain object) for docs; tests decode it in both syntaxes. */
  example(value: Partial<Record<FieldName<F>, unknown>>, title?: string): ConfigSpec<F> {
    const ex: ConfigExample = { value, ...(title !== undefined ? { title } : {}) };
    return this.with({ examples: [...this.state.examples, ex] });
  }

  /** A new config with more fields (zod's `extend`); rules and validators are kept. */
  extend<G extends Fields>(fields: G): ConfigSpec<Omit<F, keyof G> & G> {
    const merged = { ...this.state.fields, ...fields } as Omit<F, keyof G> & G;
    return new ConfigSpec({
      ...this.state,
      fields: merged,
      validators: this.state.validators as unknown as readonly ConfigValidator<InferFields<Omit<F, keyof G> & G>>[],
    });
  }

  /**
   * Merges the raws in order (later wins), applies defaults and validates;
   * see `prepare`. HCL layers are made with `hclRaw(body, ctx)`.
   */
  prepare(...raws: Raw[]): PrepareResult<InferFields<F>> {
    return prepare(this, ...raws);
  }

  /** The hcldec spec HCL bodies are decoded with (Packer's `ConfigSpec()`). */
  objectSpec(): ObjectSpec {
    this.#objectSpec ??= deriveObjectSpec(this.state.fields);
    return this.#objectSpec;
  }
}

/**
 * Declares a config. Field names are the HCL attribute and block names
 * (snake_case by convention); embed shared groups by spreading them:
 * `configSpec({ ...packerCommon, inline: attr(t.list(t.string)) })`.
 */
export function configSpec<F extends Fields>(fields: F, options: ConfigOptions = {}): ConfigSpec<F> {
  return new ConfigSpec<F>({ ...options, fields, rules: [], validators: [], examples: [] });
}

/**
 * A reusable set of fields embedded into configs by spreading (Packer's
 * `mapstructure:",squash"`); each field remembers the group for docs.
 */
export function defineGroup<F extends Fields>(name: string, fields: F): F {
  const out: Record<string, AnyField> = {};
  for (const [k, f] of Object.entries(fields)) out[k] = f.inGroup(name);
  return out as F;
}
