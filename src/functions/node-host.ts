/**
 * The FileSystemHost and EnvironmentHost for Node: the one module in
 * src/functions allowed to touch `node:` APIs. Calls are synchronous because
 * HCL evaluation is.
 */
import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { homedir } from "node:os";
import { type EnvironmentHost, type FileKind, type FileStat, type FileSystemHost, FileSystemError } from "./host.js";

/** Node's error `syscall` names mapped to the operation Go's `*PathError` names. */
const OP_BY_SYSCALL: Readonly<Record<string, string>> = {
  open: "open",
  read: "read",
  stat: "stat",
  lstat: "lstat",
  scandir: "open",
};

function translate(err: unknown, fallbackOp: string, path: string): never {
  if (err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string") {
    const e = err as NodeJS.ErrnoException;
    const op = (e.syscall !== undefined ? OP_BY_SYSCALL[e.syscall] : undefined) ?? fallbackOp;
    // Node's message is "CODE: text, syscall 'path'"; keep the text for errnos we do not know.
    const detail = /^[A-Z]+: ([^,]*),/.exec(e.message)?.[1];
    throw new FileSystemError(e.code!, op, path, detail);
  }
  throw err;
}

function kindOf(s: Stats): FileKind {
  if (s.isFile()) return "file";
  if (s.isDirectory()) return "directory";
  if (s.isSymbolicLink()) return "symlink";
  if (s.isFIFO()) return "pipe";
  if (s.isSocket()) return "socket";
  if (s.isBlockDevice()) return "blockDevice";
  if (s.isCharacterDevice()) return "charDevice";
  return "other";
}

function statOf(s: Stats): FileStat {
  return { kind: kindOf(s), perm: s.mode & 0o7777 };
}

/** A host over the real filesystem and `process.env`, resolving relative paths against `process.cwd()`. */
export function nodeHost(): FileSystemHost & EnvironmentHost {
  return {
    readFile(path) {
      // Go's os.ReadFile("") fails at open; Node would read nothing useful from "" either.
      if (path === "") throw new FileSystemError("ENOENT", "open", path);
      try {
        return readFileSync(path);
      } catch (e) {
        return translate(e, "open", path);
      }
    },
    stat(path) {
      try {
        return statOf(statSync(path));
      } catch (e) {
        return translate(e, "stat", path);
      }
    },
    lstat(path) {
      try {
        return statOf(lstatSync(path));
      } catch (e) {
        return translate(e, "lstat", path);
      }
    },
    readDir(path) {
      try {
        return readdirSync(path);
      } catch (e) {
        return translate(e, "open", path);
      }
    },
    homeDir() {
      // go-homedir prefers $HOME and falls back to the password database, as os.homedir() does.
      const home = process.env["HOME"] || homedir();
      if (home === "") throw new Error("blank output when reading home directory");
      return home;
    },
    cwd: () => process.cwd(),
    getenv: (name) => process.env[name],
  };
}
