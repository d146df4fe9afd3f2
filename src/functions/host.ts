/**
 * What the filesystem, `templatefile` and `env` functions need from the
 * machine they run on, as small interfaces the host injects, so that
 * src/functions stays free of `node:` modules and runs in a browser too.
 * `node-host.ts` implements them over Node's `fs`/`os`; `memoryHost` below
 * implements them over an in-memory tree (tests, playgrounds, sandboxes).
 *
 * Paths reach the host as Go's functions would hand them to the OS: already
 * joined and cleaned by the caller, POSIX-style, and possibly relative — a
 * relative path means relative to `cwd()`, exactly as the OS resolves it for
 * a Go process. Which base directory a function joins first (the template's
 * directory for `file`, the working directory for `abspath`) is the
 * function's business, not the host's.
 */

/** The kind of thing a path names, after (`stat`) or without (`lstat`) following a final symlink. */
export type FileKind = "file" | "directory" | "symlink" | "pipe" | "socket" | "blockDevice" | "charDevice" | "other";

export interface FileStat {
  kind: FileKind;
  /** Permission bits plus setuid/setgid/sticky (the low 12 bits of st_mode). */
  perm: number;
}

/**
 * A failed filesystem call, carrying what Go's `*os.PathError` carries so
 * messages can read like Go's: `open /x/y: no such file or directory`.
 */
export class FileSystemError extends Error {
  constructor(
    /** The errno name, e.g. "ENOENT"; "ENOENT" is what makes a path count as missing. */
    readonly code: string,
    /** The failing operation as Go names it: "open", "read", "stat", "lstat", "readdirent". */
    readonly op: string,
    readonly path: string,
    /** Text for an errno `errnoText` does not know. */
    detail?: string,
  ) {
    super(`${op} ${path}: ${errnoText(code) ?? detail ?? code}`);
    this.name = "FileSystemError";
  }
}

/** Linux's strerror text for the errnos a file lookup can meet (Go prints these). */
export function errnoText(code: string): string | undefined {
  return ERRNO_TEXT[code];
}

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENFILE: "too many open files in system",
  EINVAL: "invalid argument",
  EBUSY: "device or resource busy",
  ENXIO: "no such device or address",
  ENODEV: "no such device",
};

export interface FileSystemHost {
  /** The whole content of a file (`os.ReadFile`). Throws FileSystemError. */
  readFile(path: string): Uint8Array;
  /** Information about a path, following symlinks (`os.Stat`). Throws FileSystemError. */
  stat(path: string): FileStat;
  /** Information about a path without following a final symlink (`os.Lstat`). Throws FileSystemError. */
  lstat(path: string): FileStat;
  /** The entry names of a directory, in any order, without "." and "..". Throws FileSystemError. */
  readDir(path: string): string[];
  /** The user's home directory, for `~` expansion. Throws (any Error) when there is none. */
  homeDir(): string;
  /** The absolute working directory relative paths resolve against. Throws when unknown. */
  cwd(): string;
}

export interface EnvironmentHost {
  /** The value of an environment variable, or undefined when it is not set. */
  getenv(name: string): string | undefined;
}

// ------------------------------------------------------------ in-memory host

export interface MemoryHostInit {
  /** Files by path (absolute, or relative to `cwd`); parent directories are created. */
  files?: Readonly<Record<string, string | Uint8Array>>;
  /** Extra (possibly empty) directories. */
  directories?: readonly string[];
  /** Symbolic links: link path → target (relative targets resolve against the link's directory). */
  symlinks?: Readonly<Record<string, string>>;
  /** Absolute working directory; "/" by default. */
  cwd?: string;
  /** Home directory; when undefined, `homeDir()` fails as go-homedir does without $HOME. */
  home?: string;
  env?: Readonly<Record<string, string>>;
}

type MemNode =
  | { kind: "directory"; children: Map<string, MemNode> }
  | { kind: "file"; data: Uint8Array }
  | { kind: "symlink"; target: string };

/** Linux's limit on symlinks followed while resolving one path. */
const MAX_SYMLINKS = 40;

class Lookup extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * A FileSystemHost and EnvironmentHost over an in-memory tree that resolves
 * paths the way Linux does: symlinks followed component by component, `..`
 * applied after following, ENOTDIR for a file used as a directory.
 */
export function memoryHost(init: MemoryHostInit = {}): FileSystemHost & EnvironmentHost {
  const root: MemNode = { kind: "directory", children: new Map() };
  const cwd = init.cwd ?? "/";
  if (!cwd.startsWith("/")) throw new Error(`memoryHost: cwd must be absolute, got ${JSON.stringify(cwd)}`);
  const encoder = new TextEncoder();

  const components = (path: string): string[] => {
    const abs = path.startsWith("/") ? path : `${cwd}/${path}`;
    return abs.split("/").slice(1);
  };

  /** Creates directories along `parts` (setup only: no symlinks are followed). */
  const mkdirs = (parts: readonly string[]): Map<string, MemNode> => {
    let dir = root.children;
    for (const p of parts) {
      if (p === "" || p === ".") continue;
      let next = dir.get(p);
      if (next === undefined) {
        next = { kind: "directory", children: new Map() };
        dir.set(p, next);
      }
      if (next.kind !== "directory") throw new Error(`memoryHost: ${p} is used both as a file and a directory`);
      dir = next.children;
    }
    return dir;
  };
  const place = (path: string, node: MemNode): void => {
    const parts = components(path).filter((p) => p !== "" && p !== ".");
    const name = parts.pop();
    if (name === undefined) throw new Error(`memoryHost: cannot replace the root directory`);
    mkdirs(parts).set(name, node);
  };
  for (const d of init.directories ?? []) mkdirs(components(d));
  for (const [p, content] of Object.entries(init.files ?? {})) {
    place(p, { kind: "file", data: typeof content === "string" ? encoder.encode(content) : content });
  }
  for (const [p, target] of Object.entries(init.symlinks ?? {})) place(p, { kind: "symlink", target });

  const resolve = (path: string, followFinal: boolean): MemNode => {
    // The empty path names nothing (Go's os.Stat("") fails with ENOENT).
    if (path === "") throw new Lookup("ENOENT");
    const stack: MemNode[] = [root];
    const queue = components(path);
    let links = 0;
    while (queue.length > 0) {
      const name = queue.shift()!;
      const cur = stack[stack.length - 1]!;
      if (cur.kind !== "directory") throw new Lookup("ENOTDIR");
      if (name === "" || name === ".") continue;
      if (name === "..") {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const child = cur.children.get(name);
      if (child === undefined) throw new Lookup("ENOENT");
      const last = queue.length === 0;
      if (child.kind === "symlink" && (!last || followFinal)) {
        if (++links > MAX_SYMLINKS) throw new Lookup("ELOOP");
        if (child.target.startsWith("/")) stack.length = 1;
        queue.unshift(...child.target.split("/"));
        continue;
      }
      stack.push(child);
    }
    return stack[stack.length - 1]!;
  };

  const find = (path: string, followFinal: boolean, op: string): MemNode => {
    try {
      return resolve(path, followFinal);
    } catch (e) {
      if (e instanceof Lookup) throw new FileSystemError(e.code, op, path);
      throw e;
    }
  };
  const statOf = (n: MemNode): FileStat =>
    n.kind === "directory"
      ? { kind: "directory", perm: 0o755 }
      : n.kind === "file"
        ? { kind: "file", perm: 0o644 }
        : { kind: "symlink", perm: 0o777 };

  return {
    readFile(path) {
      const n = find(path, true, "open");
      if (n.kind === "directory") throw new FileSystemError("EISDIR", "read", path);
      return (n as { data: Uint8Array }).data.slice();
    },
    stat: (path) => statOf(find(path, true, "stat")),
    lstat: (path) => statOf(find(path, false, "lstat")),
    readDir(path) {
      const n = find(path, true, "open");
      if (n.kind !== "directory") throw new FileSystemError("ENOTDIR", "readdirent", path);
      return [...n.children.keys()];
    },
    homeDir() {
      if (init.home === undefined) throw new Error("blank output when reading home directory");
      return init.home;
    },
    cwd: () => cwd,
    getenv: (name) => init.env?.[name],
  };
}
