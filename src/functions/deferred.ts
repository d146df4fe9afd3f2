/**
 * Dependencies that only a few functions need (YAML, RE2 regular expressions,
 * bcrypt, legacy text encodings) and ajv, which only JSON Schema checks need,
 * load on first use instead of at import. Together they cost about 140 ms of
 * every `plinth` and `hcldec` start, while most runs never call `yamldecode`,
 * `regex` or `bcrypt`, nor compile a schema.
 *
 * Function calls are synchronous, so the first use loads through Node's
 * `require` (each of these packages ships a CommonJS build), reached through
 * `process.getBuiltinModule` so this layer still imports nothing from `node:`.
 * Where there is no such loader (a browser, Node before 20.16) a host awaits
 * `preloadDependencies()` once; until then a function that needs a library
 * reports that it is not loaded instead of failing obscurely.
 */
import { FunctionError } from "./function.js";

type SyncRequire = (specifier: string) => unknown;

interface NodeProcessLike {
  getBuiltinModule?: (name: string) => unknown;
}

function nodeRequire(): SyncRequire | undefined {
  const proc = (globalThis as { process?: NodeProcessLike }).process;
  const mod = proc?.getBuiltinModule?.("node:module") as { createRequire?: (from: string) => SyncRequire } | undefined;
  return mod?.createRequire?.(import.meta.url);
}

let requireFn: SyncRequire | null | undefined;

/** A FunctionError, so that a function call reports it as a diagnostic. */
export class DependencyNotLoadedError extends FunctionError {
  constructor(readonly specifier: string) {
    super(`the "${specifier}" library is not loaded; await preloadDependencies() first`);
  }
}

export class DeferredModule<T> {
  private mod: T | undefined;

  constructor(
    /** The package name, as `require` and `import` resolve it. */
    readonly specifier: string,
    /** Imports the package; the literal specifier inside lets bundlers see the dependency. */
    private readonly importer: () => Promise<unknown>,
    /** Picks the API out of whichever module shape the loader returned (CommonJS or ES). */
    private readonly pick: (loaded: unknown) => T,
  ) {
    registry.push(this);
  }

  /** The module, loading it now if this is its first use. */
  get(): T {
    if (this.mod !== undefined) return this.mod;
    if (requireFn === undefined) requireFn = nodeRequire() ?? null;
    if (requireFn === null) throw new DependencyNotLoadedError(this.specifier);
    this.mod = this.pick(requireFn(this.specifier));
    return this.mod;
  }

  get loaded(): boolean {
    return this.mod !== undefined;
  }

  async preload(): Promise<void> {
    this.mod ??= this.pick(await this.importer());
  }
}

const registry: DeferredModule<unknown>[] = [];

/** Every deferred dependency and whether it has been loaded yet. */
export function deferredModules(): readonly { specifier: string; loaded: boolean }[] {
  return registry.map((d) => ({ specifier: d.specifier, loaded: d.loaded }));
}

/**
 * Loads every deferred dependency now, for hosts without a synchronous
 * loader (browsers, bundles), or to keep the first call's load time out of
 * a measurement.
 */
export async function preloadDependencies(): Promise<void> {
  await Promise.all(registry.map((d) => d.preload()));
}

/**
 * A picker for packages whose API is one object: `require` returns it, while
 * `import` of a CommonJS package may wrap it as the namespace's default.
 */
export function objectWith<T>(member: string): (loaded: unknown) => T {
  return (loaded) => {
    const m = loaded as Record<string, unknown>;
    return (member in m ? m : m["default"]) as T;
  };
}
