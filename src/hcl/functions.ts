/**
 * The function table a Packer 1.14 template can call (FN-01..FN-11,
 * packer-provisioners §5.7), assembled from src/functions and the HCL
 * extensions that need the evaluator (`try`, `can`, `convert`,
 * `templatefile`). Hosts supply what the core must not reach for itself:
 * the file system, the environment, the clock, randomness and network
 * lookups; without a file system, file functions fail with a clear message.
 */
import { cidrFunctions } from "../functions/cidr.js";
import { collectionFunctions } from "../functions/collection.js";
import { makeCryptoFunctions } from "../functions/crypto.js";
import { type Clock, datetimeFunctions, systemClock } from "../functions/datetime.js";
import { encodingFunctions } from "../functions/encoding.js";
import { envFunctions } from "../functions/env.js";
import { type ExternalResolver, externalFunctions } from "../functions/external.js";
import { filesystemFunctions } from "../functions/filesystem.js";
import { formatFunctions } from "../functions/format.js";
import type { Function } from "../functions/function.js";
import { type EnvironmentHost, type FileStat, FileSystemError, type FileSystemHost } from "../functions/host.js";
import { numberFunctions } from "../functions/number.js";
import { regexFunctions } from "../functions/regex.js";
import { setFunctions } from "../functions/sets.js";
import { stringFunctions } from "../functions/string.js";
import { cryptoRandom, makeUUIDFunctions, type RandomSource } from "../functions/uuid.js";
import { makeTemplateFileFunc } from "./ext/templatefile.js";
import { CanFunc, TryFunc } from "./ext/tryfunc.js";
import { ConvertFunc } from "./ext/typeexpr.js";

export interface FunctionTableOptions {
  /** File access for `file`, `fileset`, `templatefile` …; without it those functions fail with a clear error. */
  fs?: FileSystemHost;
  /** The directory relative paths resolve against: the template's directory. Default: the host's cwd, else "/". */
  baseDir?: string;
  /** Where `timestamp()` and the legacy time functions read the time. */
  clock?: Clock;
  /** Randomness for `uuidv4` and `bcrypt` salts. */
  random?: RandomSource;
  /** Real implementations of `vault`, `consul_key`, `aws_secretsmanager*`; by default they explain they are unavailable. */
  external?: ExternalResolver;
}

/** A file system that refuses every access, with a message that says why. */
const noFileSystem: FileSystemHost = {
  readFile: (p: string): Uint8Array => refuse(p),
  stat: (p: string): FileStat => refuse(p),
  lstat: (p: string): FileStat => refuse(p),
  readDir: (p: string): string[] => refuse(p),
  homeDir: (): string => {
    throw new Error("no home directory: file system access is not available here");
  },
  cwd: (): string => "/",
};

function refuse(path: string): never {
  throw new FileSystemError("ENOSYS", "open", path, "file system access is not available here");
}

/** Every function of Packer 1.14's table (without `env`, which only variable defaults may call). */
export function packerFunctions(opts: FunctionTableOptions = {}): Map<string, Function> {
  const fs = opts.fs ?? noFileSystem;
  let baseDir = opts.baseDir;
  if (baseDir === undefined) {
    try {
      baseDir = fs.cwd();
    } catch {
      baseDir = "/";
    }
  }
  const table = new Map<string, Function>();
  const add = (fns: Readonly<Record<string, Function>>): void => {
    for (const [name, f] of Object.entries(fns)) table.set(name, f);
  };
  add(numberFunctions);
  add(stringFunctions);
  add(formatFunctions);
  add(regexFunctions);
  add(collectionFunctions);
  add(setFunctions);
  add(encodingFunctions);
  add(makeCryptoFunctions(opts.random ?? cryptoRandom));
  add(makeUUIDFunctions(opts.random ?? cryptoRandom));
  add(datetimeFunctions(opts.clock ?? systemClock));
  add(cidrFunctions);
  add(filesystemFunctions(fs, baseDir));
  add(externalFunctions(opts.external));
  table.set("try", TryFunc);
  table.set("can", CanFunc);
  table.set("convert", ConvertFunc);
  table.set(
    "templatefile",
    makeTemplateFileFunc(fs, baseDir, () => table),
  );
  return table;
}

/** The table for `variable` defaults: everything plus `env` (Packer allows `env` only there). */
export function variableDefaultFunctions(env: EnvironmentHost, opts: FunctionTableOptions = {}): Map<string, Function> {
  const table = packerFunctions(opts);
  for (const [name, f] of Object.entries(envFunctions(env))) table.set(name, f);
  return table;
}
