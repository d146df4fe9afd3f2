/**
 * Starts a command from its bundle (dist/cli/*.cjs, made by `npm run build`)
 * with V8's compiled code kept between runs.
 *
 * Compiling the bundle, and then each function the first time it runs,
 * cost 0.1 to 0.2 s of every `plinth` and `hcldec` run: half as long as
 * parsing a 1 MB file takes. Node 22 can keep compiled code on disk by
 * itself (module.enableCompileCache); Node 20 offers the same through
 * vm.Script's `cachedData`, for scripts only, hence CommonJS bundles. After
 * a run that found no usable cache, the code compiled during the run is
 * written to the cache directory; later runs start from it.
 *
 * V8 itself checks only the code's length before reusing cached code, so
 * the cache is named by the build (the hash `npm run build` writes on the
 * bundle's first line), the file's size and time (an edit by hand), Node's
 * version and the architecture. V8 refuses data from another build of
 * itself or made under other flags; that run then writes fresh data. A
 * cache file another user owns is not read. Any failure to read or write
 * the cache just means compiling as usual.
 */
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { isAscii } from "node:buffer";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { constants as vmConstants, Script, type ScriptOptions } from "node:vm";
import { keepYoungGenerationSmall, startedWith } from "./engine.cjs";
import type * as HcldecModule from "./hcldec.js";
import type * as MainModule from "./main.js";

/** What became of the code cache on one load. */
export type CacheUse = "off" | "hit" | "miss" | "rejected";

export interface LoadedBundle<T> {
  exports: T;
  cache: CacheUse;
  /** Writes the code compiled so far to the cache when this load found none it could use; never throws. */
  save(): void;
}

/**
 * The cache directory: `PLINTH_COMPILE_CACHE` when set (`off`, `0` or empty
 * turn the cache off), else `plinth` under the user's cache directory
 * (`XDG_CACHE_HOME`, or `~/.cache`).
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env["PLINTH_COMPILE_CACHE"];
  if (set !== undefined) return set === "" || set === "0" || set === "off" ? undefined : set;
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg !== undefined && xdg !== "") return join(xdg, "plinth");
  try {
    return join(homedir(), ".cache", "plinth");
  } catch {
    return undefined;
  }
}

type ModuleFunction = (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

/** Runs a CommonJS bundle (its code wrapped in the module function, as test/tools/bundle-cli.mjs writes it) as Node's own loader would, compiled from the cache in `cacheDir` when it holds this bundle's code. */
export function loadBundle<T>(file: string, cacheDir: string | undefined): LoadedBundle<T> {
  const bytes = readFileSync(file);
  const name = basename(file).replace(/\.c?js$/, "");
  const key = cacheDir === undefined ? undefined : cacheKey(file, bytes);
  const cacheFile = cacheDir === undefined || key === undefined ? undefined : join(cacheDir, `${name}-${key}.v8cache`);
  const cachedData = cacheFile === undefined ? undefined : readOwnFile(cacheFile);
  const options: ScriptOptions = { filename: file };
  if (cachedData !== undefined) options.cachedData = cachedData;
  // Lets an import() inside the bundle load as it would in a module of its own (Node 20.12 and later).
  const mainLoader: unknown = (vmConstants as Partial<typeof vmConstants> | undefined)?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (mainLoader !== undefined)
    options.importModuleDynamically = mainLoader as ScriptOptions["importModuleDynamically"];
  // The build writes the code wrapped in its module function already, and ASCII only: read that way, its
  // text is one string at a byte a character, the one V8 keeps for compiling functions later.
  const script = new Script(bytes.toString(isAscii(bytes) ? "latin1" : "utf8"), options);
  const cache: CacheUse =
    cacheFile === undefined
      ? "off"
      : cachedData === undefined
        ? "miss"
        : script.cachedDataRejected
          ? "rejected"
          : "hit";
  const mod = { exports: {} as unknown };
  (script.runInThisContext() as ModuleFunction).call(
    mod.exports,
    mod.exports,
    createRequire(file),
    mod,
    file,
    dirname(file),
  );
  let saved = cache !== "miss" && cache !== "rejected";
  return {
    exports: mod.exports as T,
    cache,
    save() {
      if (saved || cacheFile === undefined) return;
      saved = true;
      writeCache(cacheFile, name, script.createCachedData());
    },
  };
}

/**
 * The file's contents if it exists and belongs to this user: compiled code
 * is code, and a cache directory set to a shared place must not let another
 * user's file run as ours.
 */
function readOwnFile(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const uid = process.getuid?.();
    if (uid !== undefined && fstatSync(fd).uid !== uid) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined; // nothing cached yet
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const BUILD_LINE = "// plinth bundle ";

/** The bundle's cache key, or undefined for a bundle without a build line (one not made by `npm run build`). */
function cacheKey(file: string, bytes: Buffer): string | undefined {
  const eol = bytes.indexOf(10);
  const first = bytes.toString("latin1", 0, eol === -1 ? 0 : eol);
  if (!first.startsWith(BUILD_LINE)) return undefined;
  const build = first.slice(BUILD_LINE.length);
  try {
    const st = statSync(file);
    const made = `${st.size.toString(36)}${Math.floor(st.mtimeMs).toString(36)}`;
    return `${build}-${made}-${process.version}-${process.arch}`;
  } catch {
    return undefined;
  }
}

function writeCache(cacheFile: string, name: string, data: Buffer): void {
  const dir = dirname(cacheFile);
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a run starting meanwhile never reads half a file.
    const part = `${cacheFile}.${process.pid}.part`;
    writeFileSync(part, data);
    renameSync(part, cacheFile);
    // Caches of earlier builds of this bundle will not be read again.
    for (const f of readdirSync(dir)) {
      if (f.startsWith(`${name}-`) && f.endsWith(".v8cache") && join(dir, f) !== cacheFile) {
        rmSync(join(dir, f), { force: true });
      }
    }
  } catch {
    // A cache we cannot write costs the next run its compile time, nothing more.
  }
}

const bundleDir = join(__dirname, "..", "..", "cli");

const INLINING_FLAG = "--max-inlined-bytecode-size-cumulative";

/**
 * Tunes V8 for what the commands do, unless Node was started with the flag:
 *
 * - The optimizing compiler inlines less into each function than its
 *   default (920 bytes of bytecode). The parser's hot functions call many
 *   small ones; inlined to the default budget, each took 50 to 100 ms to
 *   compile on the one core left for compiling, so much of a run ended
 *   before its code was optimized. With 200, `hcldec --var-refs` ran 11%
 *   faster on a 1 MB file and 15% on a 10 MB one, and the 2 MB decode
 *   benchmark 4% (medians of runs by turns, on two cores).
 * - The young generation stays small (see engine.cts) unless a command
 *   meets a large input.
 */
function tuneEngine(): void {
  if (!startedWith(INLINING_FLAG)) setFlagsFromString(`${INLINING_FLAG}=200`);
  keepYoungGenerationSmall();
}

function start<T>(name: string): T {
  tuneEngine();
  const loaded = loadBundle<T>(join(bundleDir, `${name}.cjs`), compileCacheDir());
  if (loaded.cache === "miss" || loaded.cache === "rejected") {
    process.once("exit", () => {
      // V8 keys cached code by its flags: save under those the next run starts with.
      keepYoungGenerationSmall();
      loaded.save();
    });
  }
  return loaded.exports;
}

/** Runs `plinth` with these arguments; bin/plinth.js calls it. */
export function runPlinth(args: string[]): Promise<number> {
  return start<typeof MainModule>("main").main(args);
}

/** Runs `hcldec` with these arguments; bin/hcldec calls it. */
export function runHcldec(args: string[]): number {
  return start<typeof HcldecModule>("hcldec").hcldecCommand(args);
}
