/**
 * Filesystem functions of Packer 1.14's table (FN-05): `abspath`,
 * `basename`, `dirname`, `pathexpand`, `file`, `filebase64`, `fileexists`
 * and `fileset`, as hashicorp/go-cty-funcs `filesystem` and Packer's own
 * `filebase64` implement them, over an injected FileSystemHost.
 *
 * Path handling is Go's `path/filepath` on Linux (POSIX separators); paths
 * are strings to be manipulated exactly as Go does before the host sees
 * them, so messages name the same paths Go's do. Packer 1.14 exposes no
 * `templatedir()`/`pwd()` functions (`path.root` and `path.cwd` are
 * variables), so none are defined here. `templatefile` lives in
 * src/hcl/ext/templatefile.ts because it parses and evaluates HCL.
 */
import { goQuote } from "../cty/quote.js";
import { BoolType, setOf, StringType } from "../cty/types.js";
import { False, setVal, setValEmpty, stringVal, True, type Value } from "../cty/value.js";
import { Function, FunctionError, staticReturnType } from "./function.js";
import { type FileStat, type FileSystemHost, FileSystemError } from "./host.js";

// ------------------------------------------------------------ Go path/filepath (Unix)

/** `filepath.IsAbs`. */
export function isAbs(path: string): boolean {
  return path.startsWith("/");
}

/** `filepath.Clean`: the shortest equivalent path by purely lexical processing. */
export function clean(path: string): string {
  if (path === "") return ".";
  const rooted = path[0] === "/";
  const n = path.length;
  let out = rooted ? "/" : "";
  // `dotdot` is where `..` can no longer back up past.
  let r = rooted ? 1 : 0;
  let dotdot = rooted ? 1 : 0;
  while (r < n) {
    if (path[r] === "/") {
      r++;
    } else if (path[r] === "." && (r + 1 === n || path[r + 1] === "/")) {
      r++;
    } else if (path[r] === "." && path[r + 1] === "." && (r + 2 === n || path[r + 2] === "/")) {
      r += 2;
      if (out.length > dotdot) {
        let w = out.length - 1;
        while (w > dotdot && out[w] !== "/") w--;
        out = out.slice(0, w);
      } else if (!rooted) {
        out += out.length > 0 ? "/.." : "..";
        dotdot = out.length;
      }
    } else {
      if ((rooted && out.length !== 1) || (!rooted && out.length !== 0)) out += "/";
      const start = r;
      while (r < n && path[r] !== "/") r++;
      out += path.slice(start, r);
    }
  }
  return out === "" ? "." : out;
}

/** `filepath.Join`: the non-empty elements joined with "/" and cleaned; "" when all are empty. */
export function join(...elems: string[]): string {
  const parts = elems.filter((e) => e !== "");
  return parts.length === 0 ? "" : clean(parts.join("/"));
}

/** `filepath.Base`: the last element, trailing slashes removed; "." for "", "/" for all slashes. */
export function base(path: string): string {
  if (path === "") return ".";
  let p = path;
  while (p.length > 0 && p[p.length - 1] === "/") p = p.slice(0, -1);
  if (p === "") return "/";
  return p.slice(p.lastIndexOf("/") + 1);
}

/** `filepath.Dir`: all but the last element, cleaned. */
export function dir(path: string): string {
  return clean(path.slice(0, path.lastIndexOf("/") + 1));
}

/** `filepath.Rel`: `targ` relative to `basePath`, lexically; throws FunctionError when impossible. */
export function rel(basePath: string, targPath: string): string {
  let b = clean(basePath);
  const t = clean(targPath);
  if (t === b) return ".";
  if (b === ".") b = "";
  if ((b[0] === "/") !== (t[0] === "/")) {
    throw new FunctionError(`Rel: can't make ${targPath} relative to ${basePath}`);
  }
  const bl = b.length;
  const tl = t.length;
  let b0 = 0;
  let bi = 0;
  let t0 = 0;
  let ti = 0;
  for (;;) {
    while (bi < bl && b[bi] !== "/") bi++;
    while (ti < tl && t[ti] !== "/") ti++;
    if (t.slice(t0, ti) !== b.slice(b0, bi)) break;
    if (bi < bl) bi++;
    if (ti < tl) ti++;
    b0 = bi;
    t0 = ti;
  }
  if (b.slice(b0, bi) === "..") throw new FunctionError(`Rel: can't make ${targPath} relative to ${basePath}`);
  if (b0 !== bl) {
    const seps = b.slice(b0).split("/").length - 1;
    let out = ".." + "/..".repeat(seps);
    if (t0 !== tl) out += "/" + t.slice(t0);
    return out;
  }
  return t.slice(t0);
}

/** `filepath.Abs`: relative paths are joined to the working directory. */
export function abs(host: FileSystemHost, path: string): string {
  if (isAbs(path)) return clean(path);
  return join(host.cwd(), path);
}

/** go-homedir `Expand`: a leading `~` or `~/…` becomes the home directory; `~user` is refused. */
export function expandHome(host: FileSystemHost, path: string): string {
  if (path === "" || path[0] !== "~") return path;
  if (path.length > 1 && path[1] !== "/" && path[1] !== "\\") {
    throw new Error("cannot expand user-specific home dir");
  }
  return join(host.homeDir(), path.slice(1));
}

/** Go's `FileMode.String()` for what os.Stat reports on Linux, e.g. `drwxr-xr-x`. */
export function goFileModeString(st: FileStat): string {
  // Go's type and special letters, in its bit order "dalTLDpSugct?"; Linux
  // reports none of a, l, T or ?, and an unknown file type sets no letter.
  let s = "";
  if (st.kind === "directory") s += "d";
  if (st.kind === "symlink") s += "L";
  if (st.kind === "blockDevice" || st.kind === "charDevice") s += "D";
  if (st.kind === "pipe") s += "p";
  if (st.kind === "socket") s += "S";
  if (st.perm & 0o4000) s += "u";
  if (st.perm & 0o2000) s += "g";
  if (st.kind === "charDevice") s += "c";
  if (st.perm & 0o1000) s += "t";
  if (s === "") s = "-";
  const rwx = "rwxrwxrwx";
  for (let i = 0; i < 9; i++) s += st.perm & (1 << (8 - i)) ? rwx[i] : "-";
  return s;
}

function isNotExist(e: unknown): boolean {
  return e instanceof FileSystemError && e.code === "ENOENT";
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// ------------------------------------------------------------ doublestar v1.3.4 glob

/**
 * Glob matching as github.com/bmatcuk/doublestar v1.3.4 does it, the version
 * go-cty-funcs' `fileset` uses: `*` and `?` within one path component, `**`
 * across components, `[...]` classes (`^` negates, `\` escapes), `{a,b}`
 * alternatives that may span components, `\` escapes. Its quirks are kept
 * on purpose: errors surface only when a malformed part is tried against a
 * name, and some errors in sub-directories are overwritten by later
 * siblings' results.
 */
export class BadPatternError extends Error {
  constructor() {
    super("syntax error in pattern");
    this.name = "BadPatternError";
  }
}

const RUNE_ERROR = 0xfffd;

/** `utf8.DecodeRuneInString(s[i:])` on a UTF-16 string: the code point and its width (0 at the end). */
function decodeRune(s: string, i: number): [number, number] {
  if (i >= s.length) return [RUNE_ERROR, 0];
  const c = s.codePointAt(i)!;
  if (c >= 0xd800 && c <= 0xdfff) return [RUNE_ERROR, 1];
  return [c, c > 0xffff ? 2 : 1];
}

function indexRuneWithEscaping(s: string, r: string): number {
  let end = s.indexOf(r);
  if (end === -1) return -1;
  if (end > 0 && s[end - 1] === "\\") {
    const start = end + r.length;
    end = indexRuneWithEscaping(s.slice(start), r);
    if (end !== -1) end += start;
  }
  return end;
}

function lastIndexRuneWithEscaping(s: string, r: string): number {
  let end = s.lastIndexOf(r);
  if (end === -1) return -1;
  if (end > 0 && s[end - 1] === "\\") end = lastIndexRuneWithEscaping(s.slice(0, end - 1), r);
  return end;
}

function indexAny(s: string, chars: string): number {
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i]!)) return i;
  return -1;
}

function indexAnyWithEscaping(s: string, chars: string): number {
  let end = indexAny(s, chars);
  if (end === -1) return -1;
  if (end > 0 && s[end - 1] === "\\") {
    const start = end + decodeRune(s, end)[1];
    end = indexAnyWithEscaping(s.slice(start), chars);
    if (end !== -1) end += start;
  }
  return end;
}

/** Splits `alt1,alt2,...}` (after the opening brace) into alternatives; -1 when the brace is not closed. */
function splitAlternatives(s: string): [string[], number] {
  const ret: string[] = [];
  let idx = 0;
  let braces = 1;
  let esc = false;
  let start = 0;
  while (braces > 0) {
    if (idx >= s.length) return [[], -1];
    const [r, adj] = decodeRune(s, idx);
    if (esc) esc = false;
    else if (r === 0x5c) esc = true;
    else if (r === 0x7b) braces++;
    else if (r === 0x7d) braces--;
    else if (r === 0x2c && braces === 1) {
      ret.push(s.slice(start, idx));
      start = idx + adj;
    }
    idx += adj;
  }
  ret.push(s.slice(start, idx - 1));
  return [ret, idx];
}

/** Whether the pattern can match the empty string (`*`, `**`, `{,x}`…). */
function isZeroLengthPattern(pattern: string): boolean {
  if (pattern === "" || pattern === "*" || pattern === "**") return true;
  const [r, adj] = decodeRune(pattern, 0);
  if (r === 0x7b) {
    const [options, endOptions] = splitAlternatives(pattern.slice(adj));
    if (endOptions === -1) throw new BadPatternError();
    if (!isZeroLengthPattern(pattern.slice(adj + endOptions))) return false;
    for (const o of options) if (isZeroLengthPattern(o)) return true;
  }
  return false;
}

/**
 * Matches one path component `name` against the front of `pattern` (which
 * may go on past a "/"). Null: no match; otherwise the patterns the next
 * components must match (empty: the pattern is used up).
 */
function matchComponent(pattern: string, name: string): string[] | null {
  const patternLen = pattern.length;
  const nameLen = name.length;
  let patIdx = 0;
  let nameIdx = 0;
  while (patIdx < patternLen && nameIdx < nameLen) {
    let [patRune, patAdj] = decodeRune(pattern, patIdx);
    const [nameRune, nameAdj] = decodeRune(name, nameIdx);
    if (patRune === 0x2f) {
      patIdx++;
      break;
    } else if (patRune === 0x5c) {
      patIdx += patAdj;
      [patRune, patAdj] = decodeRune(pattern, patIdx);
      if (patRune === RUNE_ERROR) throw new BadPatternError();
      if (patRune !== nameRune) return null;
      patIdx += patAdj;
      nameIdx += nameAdj;
    } else if (patRune === 0x2a) {
      patIdx += patAdj;
      if (patIdx >= patternLen) return [];
      [patRune, patAdj] = decodeRune(pattern, patIdx);
      if (patRune === 0x2f) return [pattern.slice(patIdx + patAdj)];
      for (; nameIdx < nameLen; nameIdx += decodeRune(name, nameIdx)[1]) {
        const m = matchComponent(pattern.slice(patIdx), name.slice(nameIdx));
        if (m !== null) return m;
      }
      return null;
    } else if (patRune === 0x5b) {
      patIdx += patAdj;
      let endClass = indexRuneWithEscaping(pattern.slice(patIdx), "]");
      if (endClass === -1) throw new BadPatternError();
      endClass += patIdx;
      const cls = Array.from(pattern.slice(patIdx, endClass), (c) => c.codePointAt(0)!);
      if (cls.length === 0) throw new BadPatternError();
      let i = 0;
      let matched = false;
      if (cls[0] === 0x5e) i++;
      while (i < cls.length) {
        let low = cls[i]!;
        if (low === 0x2d) throw new BadPatternError();
        i++;
        if (low === 0x5c) {
          if (i >= cls.length) throw new BadPatternError();
          low = cls[i++]!;
        }
        let high = low;
        if (i < cls.length && cls[i] === 0x2d) {
          if (++i >= cls.length) throw new BadPatternError();
          high = cls[i]!;
          if (high === 0x2d) throw new BadPatternError();
          i++;
          if (high === 0x5c) {
            if (i >= cls.length) throw new BadPatternError();
            high = cls[i++]!;
          }
        }
        if (low <= nameRune && nameRune <= high) matched = true;
      }
      if (matched === (cls[0] === 0x5e)) return null;
      patIdx = endClass + 1;
      nameIdx += nameAdj;
    } else if (patRune === 0x7b) {
      patIdx += patAdj;
      const [options, endOptions] = splitAlternatives(pattern.slice(patIdx));
      if (endOptions === -1) throw new BadPatternError();
      patIdx += endOptions;
      let results: string[] | null = null;
      for (const o of options) {
        const m = matchComponent(o + pattern.slice(patIdx), name.slice(nameIdx));
        if (m !== null) (results ??= []).push(...m);
      }
      return results;
    } else if (patRune === 0x3f || patRune === nameRune) {
      patIdx += patAdj;
      nameIdx += nameAdj;
    } else {
      return null;
    }
  }
  if (nameIdx >= nameLen) {
    if (patIdx >= patternLen) return [];
    const rest = pattern.slice(patIdx);
    const slashIdx = indexRuneWithEscaping(rest, "/");
    const test = slashIdx >= 0 ? rest.slice(0, slashIdx) : rest;
    if (isZeroLengthPattern(test)) return slashIdx === -1 ? [] : [rest.slice(slashIdx + 1)];
  }
  return null;
}

/** doublestar's `splitPathOnSeparator` for "/": split on unescaped separators. */
function splitPath(path: string): string[] {
  if (!path.includes("/")) return [path];
  const ret: string[] = [];
  let emptyEnd = false;
  for (let start = 0; start < path.length;) {
    let end = indexRuneWithEscaping(path.slice(start), "/");
    if (end === -1) {
      emptyEnd = false;
      end = path.length;
    } else {
      emptyEnd = true;
      end += start;
    }
    ret.push(path.slice(start, end));
    start = end + 1;
  }
  if (emptyEnd) ret.push("");
  return ret;
}

function doMatching(pattern: string, names: readonly string[]): boolean {
  if (pattern === "" && names.length === 0) return true;
  if (pattern === "") {
    if (names.length === 1 && names[0] === "") return true;
    if (names.length === 0) return false;
  }
  let slashIdx = indexRuneWithEscaping(pattern, "/");
  const last = slashIdx === -1;
  if (last) slashIdx = pattern.length;
  if (pattern.slice(0, slashIdx) === "**") {
    if (last) return true;
    for (let i = 0; i < names.length; i++) {
      try {
        if (doMatching(pattern.slice(slashIdx + 1), names.slice(i))) return true;
      } catch (e) {
        // doublestar ignores errors from these speculative matches.
        if (!(e instanceof BadPatternError)) throw e;
      }
    }
    return false;
  }
  const matches = matchComponent(pattern, names[0] ?? "");
  if (matches === null) return false;
  if (matches.length === 0 && names.length === 1) return true;
  if (names.length > 1) {
    for (const alt of matches) if (doMatching(alt, names.slice(1))) return true;
  }
  return false;
}

/** doublestar `Match`: whether the "/"-separated `name` matches `pattern`. Throws BadPatternError. */
export function globMatch(pattern: string, name: string): boolean {
  return doMatching(pattern, splitPath(name));
}

interface GlobState {
  matches: string[];
  /** The error doublestar's `doGlob` would return (it keeps only the last one assigned). */
  err: BadPatternError | undefined;
}

/** doublestar `GlobOS`: every path matching `pattern`, files and directories. Throws BadPatternError. */
export function glob(host: FileSystemHost, pattern: string): string[] {
  if (pattern === "") return [];
  if (pattern[0] === "{") {
    const [options, endOptions] = splitAlternatives(pattern.slice(1));
    if (endOptions === -1) throw new BadPatternError();
    const out: string[] = [];
    for (const o of options) out.push(...glob(host, o + pattern.slice(endOptions + 1)));
    return out;
  }
  const st: GlobState = { matches: [], err: undefined };
  // doublestar also treats a leading backslash as absolute (for Windows' sake).
  if (pattern[0] === "/" || pattern[0] === "\\") doGlob(host, "/", pattern.slice(1), st);
  else doGlob(host, ".", pattern, st);
  if (st.err !== undefined) throw st.err;
  return st.matches;
}

/**
 * A host without file access (see hcl/functions.ts) answers ENOSYS; saying
 * so beats Go's generic "failed to read" or an empty file set.
 */
function rethrowUnavailable(e: unknown): void {
  if (e instanceof FileSystemError && e.code === "ENOSYS") throw new FunctionError(e.message);
}

function tryStat(f: () => FileStat): FileStat | undefined {
  try {
    return f();
  } catch (e) {
    rethrowUnavailable(e);
    if (e instanceof FileSystemError) return undefined;
    throw e;
  }
}

/** Entries of a directory with their lstat information, sorted by name (bytewise, as Go sorts). */
function filesInDir(host: FileSystemHost, dirPath: string): { name: string; st: FileStat }[] {
  let names: string[];
  try {
    names = host.readDir(dirPath);
  } catch (e) {
    rethrowUnavailable(e);
    if (e instanceof FileSystemError) return [];
    throw e;
  }
  const out: { name: string; st: FileStat }[] = [];
  for (const name of names) {
    const st = tryStat(() => host.lstat(join(dirPath, name)));
    if (st !== undefined) out.push({ name, st });
  }
  // Code point order is UTF-8 byte order.
  return out.sort((a, b) => compareCodePoints(a.name, b.name));
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function setErr(st: GlobState, f: () => void): void {
  try {
    f();
    st.err = undefined;
  } catch (e) {
    if (!(e instanceof BadPatternError)) throw e;
    st.err = e;
  }
}

function doGlob(host: FileSystemHost, basedir: string, pattern: string, st: GlobState): void {
  st.err = undefined;
  // Skip leading components without glob characters: `path/to/glob*` starts in `path/to`.
  let globIdx = indexAnyWithEscaping(pattern, "*?[{\\");
  if (globIdx > 0) globIdx = lastIndexRuneWithEscaping(pattern.slice(0, globIdx), "/");
  else if (globIdx === -1) globIdx = lastIndexRuneWithEscaping(pattern, "/");
  if (globIdx > 0) {
    basedir = join(basedir, pattern.slice(0, globIdx));
    pattern = pattern.slice(globIdx + 1);
  }

  let fi = tryStat(() => host.lstat(basedir));
  if (fi === undefined) return;
  if (pattern === "") {
    st.matches.push(basedir);
    return;
  }
  if (fi.kind === "symlink") {
    fi = tryStat(() => host.stat(basedir));
    if (fi === undefined) return;
  }
  if (fi.kind !== "directory") return;

  const files = filesInDir(host, basedir);
  let slashIdx = indexRuneWithEscaping(pattern, "/");
  const last = slashIdx === -1;
  if (last) slashIdx = pattern.length;
  if (pattern.slice(0, slashIdx) === "**") {
    // Depth first through every directory, following symlinks.
    for (const file of files) {
      const path = join(basedir, file.name);
      let kind = file.st.kind;
      if (kind === "symlink") {
        const target = tryStat(() => host.stat(path));
        if (target === undefined) continue;
        kind = target.kind;
      }
      if (kind === "directory") {
        if (last) st.matches.push(path);
        doGlob(host, path, pattern, st);
      } else if (last) {
        st.matches.push(path);
      }
    }
    if (last) return;
    pattern = pattern.slice(slashIdx + 1);
  }

  for (const file of files) {
    let match: string[] | null = null;
    setErr(st, () => {
      match = matchComponent(pattern, file.name);
    });
    if (st.err !== undefined) return;
    const m = match as string[] | null;
    if (m === null) continue;
    const path = join(basedir, file.name);
    if (m.length === 0) st.matches.push(path);
    else for (const alt of m) doGlob(host, path, alt, st);
  }
}

// ------------------------------------------------------------ functions

const pathParam = { name: "path", type: StringType } as const;

/** `basename(path)`: the last element of a path (go-cty-funcs BasenameFunc). */
export const BasenameFunc = new Function({
  description: "Returns the last element of a filesystem path.",
  params: [pathParam],
  type: staticReturnType(StringType),
  impl: (args) => stringVal(base(args[0]!.asString())),
});

/** `dirname(path)`: all but the last element of a path (go-cty-funcs DirnameFunc). */
export const DirnameFunc = new Function({
  description: "Returns a filesystem path without its last element.",
  params: [pathParam],
  type: staticReturnType(StringType),
  impl: (args) => stringVal(dir(args[0]!.asString())),
});

/** `abspath(path)`: absolute path, relative ones taken from the working directory (not the template's). */
export function makeAbsPathFunc(host: FileSystemHost): Function {
  return new Function({
    description: "Converts a filesystem path to an absolute path, relative to the current working directory.",
    params: [pathParam],
    type: staticReturnType(StringType),
    impl: (args) => {
      try {
        // filepath.ToSlash is the identity with "/" separators.
        return stringVal(abs(host, args[0]!.asString()));
      } catch (e) {
        if (e instanceof FunctionError) throw e;
        throw new FunctionError(messageOf(e));
      }
    },
  });
}

/** `pathexpand(path)`: a leading `~` becomes the home directory. */
export function makePathExpandFunc(host: FileSystemHost): Function {
  return new Function({
    description: "Replaces a leading ~ in a filesystem path with the current user's home directory.",
    params: [pathParam],
    type: staticReturnType(StringType),
    impl: (args) => {
      try {
        return stringVal(expandHome(host, args[0]!.asString()));
      } catch (e) {
        throw new FunctionError(messageOf(e));
      }
    },
  });
}

/** The path go-cty-funcs' file functions read: `~` expanded, joined to `baseDir` when relative, cleaned. */
function filePath(host: FileSystemHost, baseDir: string, path: string): string {
  let p: string;
  try {
    p = expandHome(host, path);
  } catch (e) {
    throw new FunctionError(`failed to expand ~: ${messageOf(e)}`);
  }
  if (!isAbs(p)) p = join(baseDir, p);
  return clean(p);
}

// Go's utf8.Valid, and no BOM stripping: a BOM stays part of the string as in Go.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** `file(path)`: a UTF-8 file's content; relative paths are relative to `baseDir` (the template's directory). */
export function makeFileFunc(host: FileSystemHost, baseDir: string): Function {
  return new Function({
    description: "Reads a UTF-8 text file and returns its content as a string.",
    params: [pathParam],
    type: staticReturnType(StringType),
    impl: (args) => {
      const path = args[0]!.asString();
      const full = filePath(host, baseDir, path);
      let src: Uint8Array;
      try {
        src = host.readFile(full);
      } catch (e) {
        rethrowUnavailable(e);
        if (isNotExist(e)) throw new FunctionError(`no file exists at ${full}`);
        if (e instanceof FileSystemError) throw new FunctionError(`failed to read ${full}`);
        throw e;
      }
      let text: string;
      try {
        text = strictUtf8.decode(src);
      } catch {
        throw new FunctionError(
          `contents of ${path} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`,
        );
      }
      return stringVal(text);
    },
  });
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard Base64 with padding (RFC 4648 §4). */
export function base64Encode(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + "==";
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + "=";
  }
  return out;
}

/**
 * `filebase64(path)` as Packer 1.14 defines it (hcl2template/function/filebase64.go),
 * not go-cty-funcs' variant: the path is used as given — no `~` expansion
 * and, unlike `file`, relative to the working directory rather than the
 * template's directory.
 */
export function makeFileBase64Func(host: FileSystemHost): Function {
  return new Function({
    description: "Reads a file and returns its content Base64-encoded.",
    params: [{ name: "path", type: StringType, description: "Read a file and encode it as a base64 string" }],
    type: staticReturnType(StringType),
    impl: (args) => {
      const path = args[0]!.asString();
      try {
        return stringVal(base64Encode(host.readFile(path)));
      } catch (e) {
        rethrowUnavailable(e);
        if (e instanceof FileSystemError) throw new FunctionError(`failed to read file ${goQuote(path)}: ${e.message}`);
        throw e;
      }
    },
  });
}

/** `fileexists(path)`: whether a regular file exists; a directory or device is an error. */
export function makeFileExistsFunc(host: FileSystemHost, baseDir: string): Function {
  return new Function({
    description: "Whether a regular file exists at the given path.",
    params: [pathParam],
    type: staticReturnType(BoolType),
    impl: (args) => {
      const path = filePath(host, baseDir, args[0]!.asString());
      let st: FileStat;
      try {
        st = host.stat(path);
      } catch (e) {
        if (isNotExist(e)) return False;
        rethrowUnavailable(e);
        if (e instanceof FileSystemError) throw new FunctionError(`failed to stat ${path}`);
        throw e;
      }
      if (st.kind === "file") return True;
      throw new FunctionError(`${path} is not a regular file, but ${goQuote(goFileModeString(st))}`);
    },
  });
}

/** `fileset(path, pattern)`: the regular files under `path` matching a doublestar glob, relative to `path`. */
export function makeFileSetFunc(host: FileSystemHost, baseDir: string): Function {
  return new Function({
    description:
      "Enumerates the regular files under a directory that match a glob pattern, as paths relative to that directory.",
    params: [
      { name: "path", type: StringType },
      { name: "pattern", type: StringType },
    ],
    type: staticReturnType(setOf(StringType)),
    impl: (args) => {
      let path = args[0]!.asString();
      if (!isAbs(path)) path = join(baseDir, path);
      // Joining cleans the whole pattern, as go-cty-funcs does.
      const pattern = join(path, args[1]!.asString());
      let matches: string[];
      try {
        matches = glob(host, pattern);
      } catch (e) {
        if (e instanceof BadPatternError) throw new FunctionError(`failed to glob pattern (${pattern}): ${e.message}`);
        throw e;
      }
      const vals: Value[] = [];
      for (const match of matches) {
        let st: FileStat;
        try {
          st = host.stat(match);
        } catch (e) {
          rethrowUnavailable(e);
          if (e instanceof FileSystemError) throw new FunctionError(`failed to stat (${match}): ${e.message}`);
          throw e;
        }
        if (st.kind !== "file") continue;
        let relative: string;
        try {
          relative = rel(path, match);
        } catch (e) {
          throw new FunctionError(`failed to trim path of match (${match}): ${messageOf(e)}`);
        }
        vals.push(stringVal(relative));
      }
      return vals.length === 0 ? setValEmpty(StringType) : setVal(vals);
    },
  });
}

/**
 * The filesystem functions of Packer's table, for templates in `baseDir`
 * (Packer's `basedir`: the directory of the configuration being loaded).
 * `templatefile` is added by src/hcl/ext/templatefile.ts.
 */
export function filesystemFunctions(host: FileSystemHost, baseDir: string): Readonly<Record<string, Function>> {
  return {
    abspath: makeAbsPathFunc(host),
    basename: BasenameFunc,
    dirname: DirnameFunc,
    file: makeFileFunc(host, baseDir),
    filebase64: makeFileBase64Func(host),
    fileexists: makeFileExistsFunc(host, baseDir),
    fileset: makeFileSetFunc(host, baseDir),
    pathexpand: makePathExpandFunc(host),
  };
}
