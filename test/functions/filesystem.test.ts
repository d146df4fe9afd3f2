// Filesystem functions (FN-05): go-cty-funcs filesystem + Packer's filebase64,
// over an in-memory FileSystemHost and over the Node host on a temp directory.
// Expected values come from go-cty-funcs filesystem/filesystem_test.go,
// Packer hcl2template/function/filebase64_test.go, doublestar v1.3.4's
// doublestar_test.go, and Go 1.19's path/filepath and os (recorded once with
// a throwaway Go program: the GO_* tables and the mode strings below).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as nodeJoin } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseExpression } from "../../src/index.js";
import { setOf, StringType } from "../../src/cty/types.js";
import {
  DynamicVal,
  nullVal,
  setVal,
  setValEmpty,
  stringVal,
  True,
  False,
  unknownVal,
  type Value,
} from "../../src/cty/value.js";
import {
  base,
  base64Encode,
  BasenameFunc,
  clean,
  dir,
  DirnameFunc,
  filesystemFunctions,
  glob,
  globMatch,
  goFileModeString,
  join,
  rel,
} from "../../src/functions/filesystem.js";
import { ArgError, type Function, FunctionError } from "../../src/functions/function.js";
import { type FileSystemHost, FileSystemError, memoryHost } from "../../src/functions/host.js";
import { nodeHost } from "../../src/functions/node-host.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { evaluate } from "../../src/hcl/eval.js";

function call(f: Function, ...args: Value[]): Value {
  return f.call(args);
}

function callError(f: Function, ...args: Value[]): string {
  try {
    f.call(args);
  } catch (e) {
    if (e instanceof FunctionError) return e.message;
    throw e;
  }
  throw new Error("call succeeded; want an error");
}

function strings(v: Value): string[] {
  return v.elements().map((e) => e.asString());
}

// [path, Clean, Base, Dir]
const GO_PATHS: [string, string, string, string][] = [
  ["", ".", ".", "."],
  [".", ".", ".", "."],
  ["..", "..", "..", "."],
  ["/", "/", "/", "/"],
  ["//", "/", "/", "/"],
  ["///a//b/", "/a/b", "b", "/a/b"],
  ["a/b/../../..", "..", "..", "."],
  ["/../a", "/a", "a", "/"],
  ["a/./b/.", "a/b", ".", "a/b"],
  ["testdata/hello.txt", "testdata/hello.txt", "hello.txt", "testdata"],
  ["hello.txt", "hello.txt", "hello.txt", "."],
  ["testdata/foo/hello.txt", "testdata/foo/hello.txt", "hello.txt", "testdata/foo"],
  ["/root/file", "/root/file", "file", "/root"],
  ["a/b/", "a/b", "b", "a/b"],
  ["/a/b/c/", "/a/b/c", "c", "/a/b/c"],
  ["..a/b", "..a/b", "b", "..a"],
  ["a/..b/c", "a/..b/c", "c", "a/..b"],
  ["...x.y", "...x.y", "...x.y", "."],
  ["....", "....", "....", "."],
  ["./éé/", "éé", "éé", "éé"],
  ["//abc", "/abc", "abc", "/"],
  ["...", "...", "...", "."],
  ["...é//.abc", "...é/.abc", ".abc", "...é"],
  ["x.ya..b/aa..b", "x.ya..b/aa..b", "aa..b", "x.ya..b"],
  [".//a.a..", "a.a..", "a.a..", "."],
  ["././é", "é", "é", "."],
  ["../.x.y./", "../.x.y.", ".x.y.", "../.x.y."],
  ["a//a/", "a/a", "a", "a/a"],
  ["a//", "a", "a", "a"],
  ["../", "..", "..", ".."],
  ["abc../", "abc..", "abc..", "abc.."],
  ["././/a/./", "a", ".", "a"],
  ["ba/../abc", "abc", "abc", "."],
  ["éab", "éab", "éab", "."],
  ["x.y./..", ".", "..", "x.y."],
  ["/aa/..", "/", "..", "/aa"],
  ["a..b", "a..b", "a..b", "."],
  ["..../", "....", "....", "...."],
  ["...///a..", ".../a..", "a..", "..."],
  ["a/a..b////..", "a", "..", "a/a..b"],
  ["x.y", "x.y", "x.y", "."],
  ["bx.y..//", "bx.y..", "bx.y..", "bx.y.."],
  [".../a/b", ".../a/b", "b", ".../a"],
  ["a", "a", "a", "."],
  ["/abca//", "/abca", "abca", "/abca"],
  ["..//aabcabc", "../aabcabc", "aabcabc", ".."],
  ["é/b...", "é/b...", "b...", "é"],
  ["a//ax.y..a", "a/ax.y..a", "ax.y..a", "a"],
  ["x.ya", "x.ya", "x.ya", "."],
  [".///a/", "a", "a", "a"],
  ["ba..ba/", "ba..ba", "ba..ba", "ba..ba"],
  ["abc..", "abc..", "abc..", "."],
  [".../a", ".../a", "a", "..."],
  ["a//a", "a/a", "a", "a"],
  ["/é...", "/é...", "é...", "/"],
  ["a..bax.ya/", "a..bax.ya", "a..bax.ya", "a..bax.ya"],
  ["a.a..b", "a.a..b", "a.a..b", "."],
  ["é", "é", "é", "."],
  ["abc.././../", ".", "..", "."],
  ["...b../", "...b..", "...b..", "...b.."],
  ["abc/....../", "abc/......", "......", "abc/......"],
  ["../...", "../...", "...", ".."],
  ["b", "b", "b", "."],
  ["//a", "/a", "a", "/"],
  [".x.y..", ".x.y..", ".x.y..", "."],
  ["a//./", "a", ".", "a"],
  ["/ab", "/ab", "ab", "/"],
  ["abc", "abc", "abc", "."],
  ["abcé./", "abcé.", "abcé.", "abcé."],
  ["abcabc", "abcabc", "abcabc", "."],
  ["é/aa..b.", "é/aa..b.", "aa..b.", "é"],
  ["a/.", "a", ".", "a"],
  ["//a..b", "/a..b", "a..b", "/"],
  ["x.ya///é/a", "x.ya/é/a", "a", "x.ya/é"],
  ["abca..b", "abca..b", "abca..b", "."],
  ["..//aabc.//", "../aabc.", "aabc.", "../aabc."],
  ["babc", "babc", "babc", "."],
  ["/é/", "/é", "é", "/é"],
  ["/a../x.y..//a", "/a../x.y../a", "a", "/a../x.y.."],
  ["./a//aa/", "a/aa", "aa", "a/aa"],
  ["a/x.ya..b./é", "a/x.ya..b./é", "é", "a/x.ya..b."],
  ["ba", "ba", "ba", "."],
  ["é..", "é..", "é..", "."],
  ["./b../a", "b../a", "a", "b.."],
  ["/a", "/a", "a", "/"],
  ["../..a..b", "../..a..b", "..a..b", ".."],
  ["a/ab/abc", "a/ab/abc", "abc", "a/ab"],
  ["x.yx.y../", "x.yx.y..", "x.yx.y..", "x.yx.y.."],
  ["/aa..bx.yb", "/aa..bx.yb", "aa..bx.yb", "/"],
  ["a/", "a", "a", "a"],
  ["a..ba..//", "a..ba..", "a..ba..", "a..ba.."],
  ["babcé", "babcé", "babcé", "."],
  ["/aa..b.a..b", "/aa..b.a..b", "aa..b.a..b", "/"],
  [".a...", ".a...", ".a...", "."],
  ["éabcx.y../", "éabcx.y..", "éabcx.y..", "éabcx.y.."],
  ["/ba..b//...", "/ba..b/...", "...", "/ba..b"],
  ["a/x.y", "a/x.y", "x.y", "a"],
  ["./abca..b", "abca..b", "abca..b", "."],
  ["//é..", "/é..", "é..", "/"],
  ["/x.y.", "/x.y.", "x.y.", "/"],
  ["././", ".", ".", "."],
  ["é/a/a.", "é/a/a.", "a.", "é/a"],
  ["......../abc", "......../abc", "abc", "........"],
  ["../ééaa/", "../ééaa", "ééaa", "../ééaa"],
  ["x.yé./a", "x.yé./a", "a", "x.yé."],
  ["/aabc//...", "/aabc/...", "...", "/aabc"],
  ["b//b//", "b/b", "b", "b/b"],
  ["a..b///.", "a..b", ".", "a..b"],
  ["abc.éb..", "abc.éb..", "abc.éb..", "."],
  ["éax.yx.y", "éax.yx.y", "éax.yx.y", "."],
  ["..../...", "..../...", "...", "...."],
  [".a..b/aabc", ".a..b/aabc", "aabc", ".a..b"],
  [".../", "...", "...", "..."],
  ["..//a", "../a", "a", ".."],
  ["b/", "b", "b", "b"],
  ["/a/", "/a", "a", "/a"],
  ["...abc", "...abc", "...abc", "."],
  ["é.a..b", "é.a..b", "é.a..b", "."],
  [".../aa..b", ".../aa..b", "aa..b", "..."],
  ["./a/../.", ".", ".", "."],
  ["a..b......", "a..b......", "a..b......", "."],
  ["/aé", "/aé", "aé", "/"],
  ["//a/.../", "/a/...", "...", "/a/..."],
  ["ééa..b/a", "ééa..b/a", "a", "ééa..b"],
  ["abc..a/", "abc..a", "abc..a", "abc..a"],
  ["ax.y", "ax.y", "ax.y", "."],
  ["./...x.y...", "...x.y...", "...x.y...", "."],
  ["/a..ba//a...", "/a..ba/a...", "a...", "/a..ba"],
  ["......x.y....", "......x.y....", "......x.y....", "."],
  ["...aé/..", ".", "..", "...aé"],
  ["éé/a", "éé/a", "a", "éé"],
  ["/a./é", "/a./é", "é", "/a."],
  ["//baabcb", "/baabcb", "baabcb", "/"],
  ["...a...", "...a...", "...a...", "."],
  ["x.ya/../../", "..", "..", ".."],
  ["/...", "/...", "...", "/"],
  ["a..b.//", "a..b.", "a..b.", "a..b."],
  ["...é", "...é", "...é", "."],
  ["abca////", "abca", "abca", "abca"],
  ["abc/.././a", "a", "a", "."],
  ["./..", "..", "..", "."],
  ["x.ya..ba", "x.ya..ba", "x.ya..ba", "."],
  ["x.y.././", "x.y..", ".", "x.y.."],
  ["..abc../", "..abc..", "..abc..", "..abc.."],
  ["///", "/", "/", "/"],
  ["..abc", "..abc", "..abc", "."],
  ["./a//b", "a/b", "b", "a"],
  ["b/a/a/a", "b/a/a/a", "a", "b/a/a"],
  ["a..bb", "a..bb", "a..bb", "."],
  ["abc..///", "abc..", "abc..", "abc.."],
  ["abc//..abcx.y", "abc/..abcx.y", "..abcx.y", "abc"],
  ["a//.é...", "a/.é...", ".é...", "a"],
  ["/../abc", "/abc", "abc", "/"],
  ["/a..", "/a..", "a..", "/"],
  ["./...", "...", "...", "."],
  ["././abca/..", ".", "..", "abca"],
  ["../abc", "../abc", "abc", ".."],
  ["...a..ba//", "...a..ba", "...a..ba", "...a..ba"],
  ["../..a", "../..a", "..a", ".."],
  ["é...é//./", "é...é", ".", "é...é"],
];

// [a, b, Join(a, b)]
const GO_JOINS: [string, string, string][] = [
  ["", "a/a./", "a/a."],
  ["abcb", "x.ya", "abcb/x.ya"],
  ["..//", "ababc", "../ababc"],
  ["...", "bb...//", ".../bb..."],
  ["/a", "x.y", "/a/x.y"],
  ["b", "x.yabc.b", "b/x.yabc.b"],
  ["....a/é", "x.ya/a", "....a/é/x.ya/a"],
  ["", ".//aé./a", "aé./a"],
  ["a/", "...", "a/..."],
  ["/..../", "a..é...", "/..../a..é..."],
  ["..a/..é", "a...é", "..a/..é/a...é"],
  ["", "", ""],
  ["", "./ba/a..", "ba/a.."],
  ["...a//a...é", "", "...a/a...é"],
  ["a..bé./b", "a..bb", "a..bé./b/a..bb"],
  ["/", "//abc////./", "/abc"],
  ["../....a..bb", "", "../....a..bb"],
  [".a/", "//.../a", ".a/.../a"],
  ["//..//", "é//", "/é"],
  ["a//x.y./...", "/../a/../", "a/x.y."],
  ["", "abca/../x.y", "x.y"],
  ["..abc", "x.y", "..abc/x.y"],
  ["", "a////.", "a"],
  ["..//", ".../.é", "../.../.é"],
  ["x.y./", "//", "x.y."],
  ["a..ba..ba..b", ".b...../", "a..ba..ba..b/.b....."],
  ["./.", "..//", ".."],
  ["/a../", "", "/a.."],
  ["", "", ""],
  ["..../.././", "./..b", "..b"],
  ["./é", "a..b...../abc", "é/a..b...../abc"],
  ["/...x.yx.y", "..é..aa..b", "/...x.yx.y/..é..aa..b"],
  ["...../abc//..", "b../", "...../b.."],
  ["...x.y/", "", "...x.y"],
  ["abca..bx.y", "../a/a..b", "a/a..b"],
  ["../../", ".../..éé", "../../.../..éé"],
  ["a../é.", "a..bé../abc", "a../é./a..bé../abc"],
  ["/a/x.y./a", "../.a..bx.yé", "/a/x.y./.a..bx.yé"],
  ["a/abcx.y", "", "a/abcx.y"],
  ["aa//aaa", "", "aa/aaa"],
  ["éa..b/aa/", "//abc/a", "éa..b/aa/abc/a"],
  ["", "..///", ".."],
  ["b/", "a/..a", "b/a/..a"],
  ["x.y", "", "x.y"],
  ["abc...", "", "abc..."],
  ["x.y..a..b/a..", "a..b./.....", "x.y..a..b/a../a..b./....."],
  ["", ".a..b", ".a..b"],
  ["..", ".....//..", ".."],
  ["//é..x.y", "../b./..", "/"],
  ["x.y/abx.y", "//abc./abc", "x.y/abx.y/abc./abc"],
  ["a..b...abc", "abc./", "a..b...abc/abc."],
  ["./ax.y", "x.ya/a/aé", "ax.y/x.ya/a/aé"],
  [".....", "é", "...../é"],
  ["x.y..//", "éa..b", "x.y../éa..b"],
  ["é/a", "ba/..é", "é/a/ba/..é"],
  ["", "a/abc", "a/abc"],
  ["abc/a.", "/...././..", "abc/a."],
  ["é./", "aéabca", "é./aéabca"],
  ["", "/ax.y", "/ax.y"],
  ["a/a..abc", "/a/.././...", "a/a..abc/..."],
];

// [base, target, Rel or null, error or null]
const GO_RELS: [string, string, string | null, string | null][] = [
  ["/a", "/a/b/c", "b/c", null],
  [".", "testdata/hello.txt", "testdata/hello.txt", null],
  ["a/b", "a/c/d", "../c/d", null],
  ["/a/b", "/c", "../../c", null],
  ["a", "/a", null, "Rel: can't make /a relative to a"],
  ["/a", "a", null, "Rel: can't make a relative to /a"],
  ["..", "a", null, "Rel: can't make a relative to .."],
  ["../a", "b", null, "Rel: can't make b relative to ../a"],
  ["a/..", "x", "x", null],
  ["", "x", "x", null],
  ["x", "", "../.", null],
  ["/", "/", ".", null],
  ["/", "/a/b", "a/b", null],
  ["a/b/c", "a", "../..", null],
  ["/base", "/x/a", "../x/a", null],
  ["", "/", null, "Rel: can't make / relative to "],
  ["", "a/../b...abc", "b...abc", null],
  ["", "éa//./", "éa", null],
  ["aabc/../a", "", "../.", null],
  ["x.y", "", "../.", null],
  ["./../", "../", ".", null],
  ["aa..b", ".a..b..", "../.a..b..", null],
  ["..a", "b../a/abc", "../b../a/abc", null],
  ["", "abc", "abc", null],
  ["x.y./ax.y//", "x.y.a/..a..b", "../../x.y.a/..a..b", null],
  ["/x.y.a", "", null, "Rel: can't make  relative to /x.y.a"],
  ["/aaa/", "/a..b", "../a..b", null],
  ["..", ".", null, "Rel: can't make . relative to .."],
  ["a..ba..", "", "../.", null],
  ["..", "..", ".", null],
  ["babcabc", "/..", null, "Rel: can't make /.. relative to babcabc"],
  ["", "a..b.aa..b", "a..b.aa..b", null],
  ["abcbb", "", "../.", null],
  ["/abé", "", null, "Rel: can't make  relative to /abé"],
  ["", "..//é", "../é", null],
  ["../...//x.y", "/a...", null, "Rel: can't make /a... relative to ../...//x.y"],
  ["", "x.y", "x.y", null],
  ["babc..a/", "", "../.", null],
  ["a..b", "./.../a/", "../.../a", null],
  ["x.y", "a///", "../a", null],
  ["x.yx.y//", "", "../.", null],
  ["a/é", "./", "../../.", null],
  ["", "...a/", "...a", null],
  ["", ".../b/a", ".../b/a", null],
  ["/a/a/a.", "./../b", null, "Rel: can't make ./../b relative to /a/a/a."],
  ["x.y", "../..a/", "../../..a", null],
  ["", "", ".", null],
  ["abca/a/", "", "../../.", null],
  [".", "......", "......", null],
  ["b./../...a", "babc....", "../babc....", null],
  ["", "./a", "a", null],
  ["//é", "..", null, "Rel: can't make .. relative to //é"],
  ["aa/a/abc/a", "abc///a../", "../../../../abc/a..", null],
  ["b..../", "abc", "../abc", null],
  ["...abca..bba/", "", "../.", null],
  ["../..../é", "éé", null, "Rel: can't make éé relative to ../..../é"],
  ["a/é", "b...é", "../../b...é", null],
  [".", "////a", null, "Rel: can't make ////a relative to ."],
  ["abcb", "...abc//a//a", "../...abc/a/a", null],
  [".abc//é", "....//a/", "../../..../a", null],
  ["./ax.y", "//b./a", null, "Rel: can't make //b./a relative to ./ax.y"],
  ["é", "./..", "../..", null],
  ["", "abc..", "abc..", null],
  ["//b", ".x.y", null, "Rel: can't make .x.y relative to //b"],
  ["a...", "//x.y../b", null, "Rel: can't make //x.y../b relative to a..."],
  ["é../", "x.yabcé../../", "../.", null],
  ["x.y//../a/", "", "../.", null],
  [".", ".././/./", "..", null],
  ["/aa/", "", null, "Rel: can't make  relative to /aa/"],
  ["abc", ".../", "../...", null],
  ["x.y", "a/...a..b", "../a/...a..b", null],
  ["..//.//a..b", "", null, "Rel: can't make  relative to ..//.//a..b"],
  ["éx.yb/ab", "...", "../../...", null],
  ["../abc", "/", null, "Rel: can't make / relative to ../abc"],
  ["abc/aa/", "../...abc//a/", "../../../...abc/a", null],
];

describe("FN-05 Go path/filepath semantics (Go 1.19 on Linux)", () => {
  test.each(GO_PATHS)("Clean/Base/Dir(%j)", (p, c, b, d) => {
    expect([clean(p), base(p), dir(p)]).toEqual([c, b, d]);
  });
  test.each(GO_JOINS)("Join(%j, %j)", (a, b, want) => {
    expect(join(a, b)).toBe(want);
  });
  test.each(GO_RELS)("Rel(%j, %j)", (b, t, want, err) => {
    if (err !== null) expect(() => rel(b, t)).toThrow(err);
    else expect(rel(b, t)).toBe(want);
  });
  test("Join of only empty elements is empty", () => {
    expect(join("", "")).toBe("");
  });
  test("property: Clean is idempotent and Join results are clean", () => {
    const seg = fc.constantFrom("", "/", ".", "..", "a", "bc", "é");
    const path = fc.array(seg, { maxLength: 8 }).map((a) => a.join(""));
    fc.assert(
      fc.property(path, path, (a, b) => {
        expect(clean(clean(a))).toBe(clean(a));
        const j = join(a, b);
        if (j !== "") expect(clean(j)).toBe(j);
      }),
    );
  });
  test("property: Rel(b, Join(b, t)) leads back to Join(b, t) for clean relative t", () => {
    const name = fc.constantFrom("a", "b", "cd");
    const rp = fc.array(name, { minLength: 1, maxLength: 4 }).map((a) => a.join("/"));
    fc.assert(
      fc.property(fc.constantFrom("/", "/x", "/x/y", "x", "."), rp, (b, t) => {
        expect(join(b, rel(b, join(b, t)))).toBe(join(b, t));
      }),
    );
  });
});

describe("FN-05 basename and dirname (go-cty-funcs TestBasename, TestDirname)", () => {
  test.each([
    ["testdata/hello.txt", "hello.txt"],
    ["hello.txt", "hello.txt"],
    ["", "."],
  ])("basename(%j) = %j", (p, want) => {
    expect(call(BasenameFunc, stringVal(p)).asString()).toBe(want);
  });
  test.each([
    ["testdata/hello.txt", "testdata"],
    ["hello.txt", "."],
    ["", "."],
    ["testdata/foo/hello.txt", "testdata/foo"],
  ])("dirname(%j) = %j", (p, want) => {
    expect(call(DirnameFunc, stringVal(p)).asString()).toBe(want);
  });
  test("parameter name and flags: null is refused, unknown gives unknown, marks carry over", () => {
    expect(BasenameFunc.params.map((p) => p.name)).toEqual(["path"]);
    expect(() => call(BasenameFunc, nullVal(StringType))).toThrow(new ArgError(0, "argument must not be null"));
    expect(call(DirnameFunc, unknownVal(StringType)).isKnown()).toBe(false);
    const r = call(BasenameFunc, stringVal("a/b").mark("sensitive"));
    expect(r.hasMark("sensitive")).toBe(true);
    expect(r.unmark()[0].asString()).toBe("b");
  });
});

describe("FN-05 pathexpand (go-cty-funcs TestPathExpand, go-homedir Expand)", () => {
  const fns = filesystemFunctions(memoryHost({ home: "/home/jo" }), "/tpl");
  test.each([
    ["~/test-file", "/home/jo/test-file"],
    ["~/another/test/file", "/home/jo/another/test/file"],
    ["/root/file", "/root/file"],
    ["/", "/"],
    ["~", "/home/jo"],
    ["~/", "/home/jo"],
    ["a/~/b", "a/~/b"],
    ["", ""],
  ])("pathexpand(%j) = %j", (p, want) => {
    expect(call(fns["pathexpand"]!, stringVal(p)).asString()).toBe(want);
  });
  test("~user is refused", () => {
    expect(callError(fns["pathexpand"]!, stringVal("~jo/x"))).toBe("cannot expand user-specific home dir");
  });
  test("no home directory: go-homedir's error", () => {
    const f = filesystemFunctions(memoryHost(), "/")["pathexpand"]!;
    expect(callError(f, stringVal("~/x"))).toBe("blank output when reading home directory");
    expect(call(f, stringVal("x/~")).asString()).toBe("x/~");
  });
});

describe("FN-05 abspath (go-cty-funcs AbsPathFunc: filepath.Abs against the working directory)", () => {
  const fns = filesystemFunctions(memoryHost({ cwd: "/work/dir" }), "/templates");
  test.each([
    ["a/../b", "/work/dir/b"],
    ["/x//y/", "/x/y"],
    ["", "/work/dir"],
    ["..", "/work"],
    ["./c", "/work/dir/c"],
  ])("abspath(%j) = %j (relative to cwd, not the template directory)", (p, want) => {
    expect(call(fns["abspath"]!, stringVal(p)).asString()).toBe(want);
  });
  test("a host without a working directory makes the call fail with its error", () => {
    const host: FileSystemHost = {
      ...memoryHost(),
      cwd: () => {
        throw new Error("getwd: no such file or directory");
      },
    };
    expect(callError(filesystemFunctions(host, "/")["abspath"]!, stringVal("a"))).toBe(
      "getwd: no such file or directory",
    );
  });
});

const HELLO_TMPL = "Hello, ${name}!";
const LIST_TMPL = "%{ for x in list ~}\n- ${x}\n%{ endfor ~}\n";

describe("FN-05 file (go-cty-funcs MakeFileFunc)", () => {
  const host = memoryHost({
    cwd: "/cwd",
    home: "/home/jo",
    files: {
      "/tpl/testdata/hello.txt": "Hello World",
      "/tpl/testdata/icon.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]),
      "/tpl/bom.txt": new Uint8Array([0xef, 0xbb, 0xbf, 0x41]),
      "/tpl/nfd.txt": "e\u0301",
      "/tpl/surrogate.txt": new Uint8Array([0xed, 0xa0, 0x80]),
      "/home/jo/notes.txt": "at home",
      "/abs.txt": "absolute",
    },
  });
  const file = filesystemFunctions(host, "/tpl")["file"]!;
  test("relative paths are read from the template directory", () => {
    expect(call(file, stringVal("testdata/hello.txt")).asString()).toBe("Hello World");
    expect(call(file, stringVal("./testdata/../testdata/hello.txt")).asString()).toBe("Hello World");
  });
  test("absolute and ~ paths", () => {
    expect(call(file, stringVal("/abs.txt")).asString()).toBe("absolute");
    expect(call(file, stringVal("~/notes.txt")).asString()).toBe("at home");
  });
  test("missing file: the cleaned full path is named", () => {
    expect(callError(file, stringVal("testdata/missing"))).toBe("no file exists at /tpl/testdata/missing");
  });
  test("a directory, or a file used as a directory, cannot be read", () => {
    expect(callError(file, stringVal("testdata"))).toBe("failed to read /tpl/testdata");
    expect(callError(file, stringVal("testdata/hello.txt/x"))).toBe("failed to read /tpl/testdata/hello.txt/x");
  });
  test("invalid UTF-8 names the path as given (go-cty-funcs and Packer TestTemplateFile)", () => {
    expect(callError(file, stringVal("testdata/icon.png"))).toBe(
      "contents of testdata/icon.png are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead",
    );
    // Encoded surrogates are invalid UTF-8 for Go too.
    expect(callError(file, stringVal("surrogate.txt"))).toMatch(/^contents of surrogate.txt are not valid UTF-8/);
  });
  test("a byte order mark stays in the string; text is NFC-normalised like every cty string", () => {
    expect(call(file, stringVal("bom.txt")).asString()).toBe("\ufeffA");
    expect(call(file, stringVal("nfd.txt")).asString()).toBe("\u00e9");
  });
  test("~user fails with go-homedir's error wrapped", () => {
    expect(callError(file, stringVal("~jo/x"))).toBe("failed to expand ~: cannot expand user-specific home dir");
  });
  test("through the evaluator, errors read as HCL reports them", () => {
    const ctx = new EvalContext({ functions: filesystemFunctions(host, "/tpl") });
    const r = evaluate(parseExpression('file("testdata/missing")', "main.pkr.hcl").value, ctx);
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Error in function call", 'Call to function "file" failed: no file exists at /tpl/testdata/missing.'],
    ]);
  });
});

describe("FN-05 filebase64 (Packer 1.14 hcl2template/function/filebase64.go)", () => {
  const host = memoryHost({
    cwd: "/pkr",
    files: { "/pkr/testdata/list.tmpl": LIST_TMPL, "/tpl/other.txt": "x" },
  });
  const f = filesystemFunctions(host, "/tpl")["filebase64"]!;
  test("file exists: its Base64 (Packer TestFilebase64)", () => {
    expect(call(f, stringVal("./testdata/list.tmpl")).asString()).toBe(
      "JXsgZm9yIHggaW4gbGlzdCB+fQotICR7eH0KJXsgZW5kZm9yIH59Cg==",
    );
  });
  test("missing file and directory are errors with Go's *PathError text", () => {
    expect(callError(f, stringVal("./testdata/no_file"))).toBe(
      'failed to read file "./testdata/no_file": open ./testdata/no_file: no such file or directory',
    );
    expect(callError(f, stringVal("./testdata"))).toBe(
      'failed to read file "./testdata": read ./testdata: is a directory',
    );
    expect(callError(f, stringVal(""))).toBe('failed to read file "": open : no such file or directory');
  });
  test("relative paths resolve against the working directory, not the template directory (Packer quirk)", () => {
    expect(callError(f, stringVal("other.txt"))).toBe(
      'failed to read file "other.txt": open other.txt: no such file or directory',
    );
    expect(call(f, stringVal("/tpl/other.txt")).asString()).toBe("eA==");
  });
  test("binary content is fine", () => {
    const h = memoryHost({ files: { "/b": new Uint8Array([0, 255, 128, 10]) } });
    expect(call(filesystemFunctions(h, "/")["filebase64"]!, stringVal("/b")).asString()).toBe("AP+ACg==");
  });
  test("property: base64Encode agrees with Node's Buffer", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(base64Encode(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
    );
  });
});

describe("FN-05 fileexists (go-cty-funcs TestFileExists)", () => {
  const host = memoryHost({
    cwd: "/src/filesystem",
    home: "/home/jo",
    files: { "/src/filesystem/testdata/hello.txt": "Hello World", "/home/jo/h": "" },
    symlinks: { "/src/filesystem/link": "testdata/hello.txt", "/src/filesystem/dangling": "nowhere" },
  });
  const f = filesystemFunctions(host, ".")["fileexists"]!;
  test("an existing file", () => {
    expect(call(f, stringVal("testdata/hello.txt"))).toEqual(True);
    expect(call(f, stringVal("~/h"))).toEqual(True);
    expect(call(f, stringVal("link"))).toEqual(True);
  });
  test("a missing file is false, not an error", () => {
    expect(call(f, stringVal("testdata/missing"))).toEqual(False);
    expect(call(f, stringVal("dangling"))).toEqual(False);
  });
  test("the empty path is the base directory itself: not a regular file", () => {
    expect(callError(f, stringVal(""))).toBe('. is not a regular file, but "drwxr-xr-x"');
  });
  test("a file used as a directory is ENOTDIR, which Go's os.IsNotExist does not count as missing", () => {
    expect(callError(f, stringVal("testdata/hello.txt/x"))).toBe("failed to stat testdata/hello.txt/x");
  });
  test("Go's FileMode strings (recorded from os.Stat on Linux)", () => {
    expect(goFileModeString({ kind: "file", perm: 0o644 })).toBe("-rw-r--r--");
    expect(goFileModeString({ kind: "pipe", perm: 0o600 })).toBe("prw-------");
    expect(goFileModeString({ kind: "directory", perm: 0o1777 })).toBe("dtrwxrwxrwx");
    expect(goFileModeString({ kind: "file", perm: 0o6755 })).toBe("ugrwxr-xr-x");
    expect(goFileModeString({ kind: "charDevice", perm: 0o666 })).toBe("Dcrw-rw-rw-");
  });
});

// doublestar v1.3.4 doublestar_test.go: its matchTests table and TestMain's tree.
// [pattern, path, shouldMatch, expectError, testOnDisk]
const MATCH_TESTS: [string, string, boolean, boolean, boolean][] = [
  ["*", "", true, false, false],
  ["*", "/", false, false, false],
  ["/*", "/", true, false, false],
  ["/*", "/debug/", false, false, false],
  ["/*", "//", false, false, false],
  ["abc", "abc", true, false, true],
  ["*", "abc", true, false, true],
  ["*c", "abc", true, false, true],
  ["*/", "a/", true, false, false],
  ["a*", "a", true, false, true],
  ["a*", "abc", true, false, true],
  ["a*", "ab/c", false, false, true],
  ["a*/b", "abc/b", true, false, true],
  ["a*/b", "a/c/b", false, false, true],
  ["a*b*c*d*e*", "axbxcxdxe", true, false, true],
  ["a*b*c*d*e*/f", "axbxcxdxe/f", true, false, true],
  ["a*b*c*d*e*/f", "axbxcxdxexxx/f", true, false, true],
  ["a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false, false, true],
  ["a*b*c*d*e*/f", "axbxcxdxexxx/fff", false, false, true],
  ["a*b?c*x", "abxbbxdbxebxczzx", true, false, true],
  ["a*b?c*x", "abxbbxdbxebxczzy", false, false, true],
  ["ab[c]", "abc", true, false, true],
  ["ab[b-d]", "abc", true, false, true],
  ["ab[e-g]", "abc", false, false, true],
  ["ab[^c]", "abc", false, false, true],
  ["ab[^b-d]", "abc", false, false, true],
  ["ab[^e-g]", "abc", true, false, true],
  ["a\\*b", "ab", false, false, true],
  ["a?b", "a☺b", true, false, true],
  ["a[^a]b", "a☺b", true, false, true],
  ["a???b", "a☺b", false, false, true],
  ["a[^a][^a][^a]b", "a☺b", false, false, true],
  ["[a-ζ]*", "α", true, false, true],
  ["*[a-ζ]", "A", false, false, true],
  ["a?b", "a/b", false, false, true],
  ["a*b", "a/b", false, false, true],
  ["[\\]a]", "]", true, false, true],
  ["[\\-]", "-", true, false, true],
  ["[x\\-]", "x", true, false, true],
  ["[x\\-]", "-", true, false, true],
  ["[x\\-]", "z", false, false, true],
  ["[\\-x]", "x", true, false, true],
  ["[\\-x]", "-", true, false, true],
  ["[\\-x]", "a", false, false, true],
  ["[]a]", "]", false, true, true],
  ["[-]", "-", false, true, true],
  ["[x-]", "x", false, true, true],
  ["[x-]", "-", false, true, true],
  ["[x-]", "z", false, true, true],
  ["[-x]", "x", false, true, true],
  ["[-x]", "-", false, true, true],
  ["[-x]", "a", false, true, true],
  ["\\", "a", false, true, true],
  ["[a-b-c]", "a", false, true, true],
  ["[", "a", false, true, true],
  ["[^", "a", false, true, true],
  ["[^bc", "a", false, true, true],
  ["a[", "a", false, false, false],
  ["a[", "ab", false, true, true],
  ["*x", "xxx", true, false, true],
  ["[abc]", "b", true, false, true],
  ["**", "", true, false, false],
  ["a/**", "a", false, false, true],
  ["a/**", "a/b", true, false, true],
  ["a/**", "a/b/c", true, false, true],
  ["**/c", "c", true, false, true],
  ["**/c", "b/c", true, false, true],
  ["**/c", "a/b/c", true, false, true],
  ["**/c", "a/b", false, false, true],
  ["**/c", "abcd", false, false, true],
  ["**/c", "a/abc", false, false, true],
  ["a/**/b", "a/b", true, false, true],
  ["a/**/c", "a/b/c", true, false, true],
  ["a/**/d", "a/b/c/d", true, false, true],
  ["a/\\**", "a/b/c", false, false, true],
  ["a//b/c", "a/b/c", false, false, false],
  ["a/b/c", "a/b//c", false, false, true],
  ["a/", "a", false, false, false],
  ["ab{c,d}", "abc", true, false, true],
  ["ab{c,d,*}", "abcde", true, false, true],
  ["ab{c,d}[", "abcd", false, true, true],
  ["a{,bc}", "a", true, false, true],
  ["a{,bc}", "abc", true, false, true],
  ["a/{b/c,c/b}", "a/b/c", true, false, true],
  ["a/{b/c,c/b}", "a/c/b", true, false, true],
  ["{a/{b,c},abc}", "a/b", true, false, true],
  ["{a/{b,c},abc}", "a/c", true, false, true],
  ["{a/{b,c},abc}", "abc", true, false, true],
  ["{a/{b,c},abc}", "a/b/c", false, false, true],
  ["{a/ab*}", "a/abc", true, false, true],
  ["{a/*}", "a/b", true, false, true],
  ["{a/abc}", "a/abc", true, false, true],
  ["{a/b,a/c}", "a/c", true, false, true],
  ["abc/**", "abc/b", true, false, true],
  ["**/abc", "abc", true, false, true],
  ["abc**", "abc/b", false, false, true],
  ["**/*.txt", "abc/【test】.txt", true, false, true],
  ["**/【*", "abc/【test】.txt", true, false, true],
  ["broken-symlink", "broken-symlink", true, false, true],
  ["working-symlink/c/*", "working-symlink/c/d", true, false, true],
  ["working-sym*/*", "working-symlink/c", true, false, true],
  ["b/**/f", "b/symlink-dir/f", true, false, true],
];

function doublestarTree(root: string): FileSystemHost {
  const files: Record<string, string> = {};
  for (const f of [
    "a/abc",
    "a/b/c/d",
    "a/c/b",
    "abc/b",
    "abcd",
    "abcde",
    "abxbbxdbxebxczzx",
    "abxbbxdbxebxczzy",
    "axbxcxdxe/f",
    "axbxcxdxe/xxx/f",
    "axbxcxdxexxx/f",
    "axbxcxdxexxx/fff",
    "a☺b",
    "b/c",
    "c",
    "x",
    "xxx",
    "z",
    "α",
    "abc/【test】.txt",
    "-",
    "]",
  ]) {
    files[`${root}/test/${f}`] = "";
  }
  return memoryHost({
    cwd: root,
    files,
    directories: [`${root}/test/a/b/c`, `${root}/test/b`],
    symlinks: {
      [`${root}/test/b/symlink-dir`]: "../axbxcxdxe/",
      [`${root}/test/broken-symlink`]: "/tmp/nonexistant-file-20160902155705",
      [`${root}/test/working-symlink`]: "a/b",
    },
  });
}

describe("FN-05 doublestar v1.3.4 Match (doublestar_test.go TestMatch)", () => {
  test.each(MATCH_TESTS)("Match(%j, %j)", (pattern, path, shouldMatch, expectError) => {
    if (expectError) expect(() => globMatch(pattern, path)).toThrow("syntax error in pattern");
    else expect(globMatch(pattern, path)).toBe(shouldMatch);
  });
});

describe("FN-05 doublestar v1.3.4 Glob (doublestar_test.go TestGlob, TestGlobSorted)", () => {
  const host = doublestarTree("/repo");
  const onDisk = MATCH_TESTS.filter((t) => t[4]);
  for (const basepath of ["test", "/repo/test"]) {
    test.each(onDisk)(`Glob(${basepath}/%j) contains ${basepath}/%j: %j`, (pattern, path, shouldMatch, expectError) => {
      const full = `${basepath}/${pattern}`;
      if (expectError) {
        expect(() => glob(host, full)).toThrow("syntax error in pattern");
        return;
      }
      expect(glob(host, full).includes(`${basepath}/${path}`)).toBe(shouldMatch);
    });
  }
  test("matches within a directory come sorted bytewise", () => {
    expect(glob(host, "test/a*")).toEqual(
      ["a", "abc", "abcd", "abcde", "abxbbxdbxebxczzx", "abxbbxdbxebxczzy", "axbxcxdxe", "axbxcxdxexxx", "a☺b"].map(
        (n) => `test/${n}`,
      ),
    );
  });
  test("a malformed pattern is only noticed when tried against a name", () => {
    const empty = memoryHost({ directories: ["/e"] });
    expect(glob(empty, "/e/[")).toEqual([]);
    expect(glob(empty, "/missing/[")).toEqual([]);
  });
});

describe("FN-05 fileset (go-cty-funcs TestFileSet)", () => {
  const host = memoryHost({
    cwd: "/go-cty-funcs/filesystem",
    files: {
      "filesystem.go": "package filesystem",
      "filesystem_test.go": "package filesystem",
      "testdata/hello.txt": "Hello World",
      "testdata/hello.tmpl": HELLO_TMPL,
    },
  });
  const fileset = filesystemFunctions(host, ".")["fileset"]!;
  const cases: [string, string, string[]][] = [
    [".", "testdata*", []],
    [".", "testdata", []],
    [".", "{testdata,missing}", []],
    [".", "testdata/missing", []],
    [".", "testdata/missing*", []],
    [".", "*/missing", []],
    [".", "**/missing", []],
    [".", "testdata/*.txt", ["testdata/hello.txt"]],
    [".", "testdata/hello.txt", ["testdata/hello.txt"]],
    [".", "testdata/hello.???", ["testdata/hello.txt"]],
    [".", "testdata/hello*", ["testdata/hello.tmpl", "testdata/hello.txt"]],
    [".", "testdata/hello.{tmpl,txt}", ["testdata/hello.tmpl", "testdata/hello.txt"]],
    [".", "*/hello.txt", ["testdata/hello.txt"]],
    [".", "*/*.txt", ["testdata/hello.txt"]],
    [".", "*/hello*", ["testdata/hello.tmpl", "testdata/hello.txt"]],
    [".", "**/hello*", ["testdata/hello.tmpl", "testdata/hello.txt"]],
    [".", "**/hello.{tmpl,txt}", ["testdata/hello.tmpl", "testdata/hello.txt"]],
    ["testdata", "missing", []],
    ["testdata", "missing*", []],
    ["testdata", "*.txt", ["hello.txt"]],
    ["testdata", "hello.txt", ["hello.txt"]],
    ["testdata", "hello.???", ["hello.txt"]],
    ["testdata", "hello*", ["hello.tmpl", "hello.txt"]],
  ];
  test.each(cases)("fileset(%j, %j)", (path, pattern, want) => {
    const got = call(fileset, stringVal(path), stringVal(pattern));
    expect(got.type.equals(setOf(StringType))).toBe(true);
    expect(strings(got)).toEqual(want);
    expect(got.rawEquals(want.length === 0 ? setValEmpty(StringType) : setVal(want.map(stringVal)))).toBe(true);
  });
  test("a malformed pattern fails with the joined pattern named", () => {
    expect(callError(fileset, stringVal("."), stringVal("["))).toBe(
      "failed to glob pattern ([): syntax error in pattern",
    );
  });
  test('"\\\\" on Linux: doublestar v1.3.4 treats a leading backslash as the root, so no error (an older go-cty-funcs test expected one)', () => {
    expect(call(fileset, stringVal("."), stringVal("\\")).rawEquals(setValEmpty(StringType))).toBe(true);
  });
});

describe("FN-05 fileset beyond Go's tests", () => {
  const host = memoryHost({
    cwd: "/cwd",
    files: {
      "/tpl/scripts/a.sh": "",
      "/tpl/scripts/b.sh": "",
      "/tpl/scripts/sub/c.sh": "",
      "/tpl/scripts/sub/deeper/d.sh": "",
      "/tpl/scripts/readme.md": "",
      "/shared/x.sh": "",
    },
    directories: ["/tpl/scripts/emptydir.sh"],
    symlinks: { "/tpl/scripts/link.sh": "a.sh", "/tpl/scripts/dangling.sh": "gone.sh", "/tpl/scripts/linkdir": "sub" },
  });
  const fileset = filesystemFunctions(host, "/tpl")["fileset"]!;
  test("relative to the template directory; directories skipped; symlinked files kept", () => {
    const fs2 = memoryHost({
      ...{ cwd: "/" },
      files: { "/tpl/s/a.sh": "", "/tpl/s/d/x": "" },
      symlinks: { "/tpl/s/l.sh": "a.sh" },
    });
    expect(strings(call(filesystemFunctions(fs2, "/tpl")["fileset"]!, stringVal("s"), stringVal("*")))).toEqual([
      "a.sh",
      "l.sh",
    ]);
  });
  test("a dangling symlink that matches makes the whole call fail, as os.Stat does in Go", () => {
    expect(callError(fileset, stringVal("scripts"), stringVal("*.sh"))).toBe(
      "failed to stat (/tpl/scripts/dangling.sh): stat /tpl/scripts/dangling.sh: no such file or directory",
    );
  });
  test("** recurses, following symlinked directories", () => {
    expect(strings(call(fileset, stringVal("scripts/sub"), stringVal("**")))).toEqual(["c.sh", "deeper/d.sh"]);
    expect(strings(call(fileset, stringVal("scripts"), stringVal("**/d.sh")))).toEqual([
      "linkdir/deeper/d.sh",
      "sub/deeper/d.sh",
    ]);
  });
  test("absolute path argument and patterns leaving the directory give ../ paths", () => {
    expect(strings(call(fileset, stringVal("/tpl/scripts"), stringVal("sub/*.sh")))).toEqual(["sub/c.sh"]);
    expect(strings(call(fileset, stringVal("scripts"), stringVal("../../shared/*.sh")))).toEqual(["../../shared/x.sh"]);
  });
  test("unknown arguments give an unknown set", () => {
    const r = call(fileset, unknownVal(StringType), stringVal("*"));
    expect(r.isKnown()).toBe(false);
    expect(r.type.equals(setOf(StringType))).toBe(true);
    expect(call(fileset, DynamicVal, stringVal("*")).isKnown()).toBe(false);
  });
});

describe("FN-05 the Node host on a temporary directory", () => {
  let root = "";
  beforeAll(() => {
    root = mkdtempSync(nodeJoin(tmpdir(), "plinth-fs-"));
    mkdirSync(nodeJoin(root, "tpl", "scripts", "sub"), { recursive: true });
    writeFileSync(nodeJoin(root, "tpl", "hello.txt"), "Hello World");
    writeFileSync(nodeJoin(root, "tpl", "bin.dat"), Buffer.from([0xff, 0x00]));
    writeFileSync(nodeJoin(root, "tpl", "scripts", "a.sh"), "#!/bin/sh\n");
    writeFileSync(nodeJoin(root, "tpl", "scripts", "sub", "b.sh"), "");
    symlinkSync("a.sh", nodeJoin(root, "tpl", "scripts", "link.sh"));
  });
  afterAll(() => {
    if (root !== "") rmSync(root, { recursive: true, force: true });
  });
  const fns = (): Readonly<Record<string, Function>> => filesystemFunctions(nodeHost(), `${root}/tpl`);

  test("file, fileexists, filebase64 and fileset on real files", () => {
    const f = fns();
    expect(call(f["file"]!, stringVal("hello.txt")).asString()).toBe("Hello World");
    expect(callError(f["file"]!, stringVal("bin.dat"))).toMatch(/^contents of bin.dat are not valid UTF-8/);
    expect(callError(f["file"]!, stringVal("nope"))).toBe(`no file exists at ${root}/tpl/nope`);
    expect(callError(f["file"]!, stringVal("scripts"))).toBe(`failed to read ${root}/tpl/scripts`);
    expect(call(f["fileexists"]!, stringVal("hello.txt"))).toEqual(True);
    expect(call(f["fileexists"]!, stringVal("nope"))).toEqual(False);
    expect(callError(f["fileexists"]!, stringVal("hello.txt/x"))).toBe(`failed to stat ${root}/tpl/hello.txt/x`);
    expect(callError(f["fileexists"]!, stringVal("scripts"))).toMatch(
      /^.*\/tpl\/scripts is not a regular file, but "drwx/,
    );
    expect(call(f["filebase64"]!, stringVal(`${root}/tpl/bin.dat`)).asString()).toBe("/wA=");
    expect(callError(f["filebase64"]!, stringVal(`${root}/tpl/scripts`))).toBe(
      `failed to read file "${root}/tpl/scripts": read ${root}/tpl/scripts: is a directory`,
    );
    expect(callError(f["filebase64"]!, stringVal(`${root}/none`))).toBe(
      `failed to read file "${root}/none": open ${root}/none: no such file or directory`,
    );
    expect(strings(call(f["fileset"]!, stringVal("scripts"), stringVal("**/*.sh")))).toEqual([
      "a.sh",
      "link.sh",
      "sub/b.sh",
    ]);
  });
  test("abspath uses the process working directory; pathexpand uses $HOME", () => {
    const f = fns();
    expect(call(f["abspath"]!, stringVal("x/../y")).asString()).toBe(`${process.cwd()}/y`);
    const home = process.env["HOME"];
    if (home !== undefined && home !== "")
      expect(call(f["pathexpand"]!, stringVal("~/q")).asString()).toBe(join(home, "q"));
  });
  test("Node errors become FileSystemErrors with Go's wording", () => {
    const h = nodeHost();
    expect(() => h.stat(`${root}/missing`)).toThrow(new FileSystemError("ENOENT", "stat", `${root}/missing`));
    expect(() => h.readFile(`${root}/missing`)).toThrow(`open ${root}/missing: no such file or directory`);
    expect(() => h.readFile(`${root}/tpl/hello.txt/x`)).toThrow(`open ${root}/tpl/hello.txt/x: not a directory`);
    expect(h.lstat(`${root}/tpl/scripts/link.sh`).kind).toBe("symlink");
    expect(h.stat(`${root}/tpl/scripts/link.sh`).kind).toBe("file");
    expect(h.readDir(`${root}/tpl/scripts`).sort()).toEqual(["a.sh", "link.sh", "sub"]);
  });
});

describe("FN-05 memoryHost resolves paths like Linux", () => {
  const h = memoryHost({
    cwd: "/w",
    files: { "/w/f": "x", "/d/g": "y" },
    symlinks: { "/w/up": "../d", "/w/loop": "loop", "/w/abs": "/d/g" },
  });
  test("relative paths against cwd, symlinks followed, .. after following", () => {
    expect(new TextDecoder().decode(h.readFile("up/g"))).toBe("y");
    expect(new TextDecoder().decode(h.readFile("up/../w/f"))).toBe("x");
    expect(new TextDecoder().decode(h.readFile("abs"))).toBe("y");
    expect(h.lstat("abs").kind).toBe("symlink");
  });
  test("errors: ENOENT, ENOTDIR, ELOOP, EISDIR, and the empty path", () => {
    expect(() => h.stat("nope")).toThrow("stat nope: no such file or directory");
    expect(() => h.stat("f/x")).toThrow("stat f/x: not a directory");
    expect(() => h.stat("f/")).toThrow("stat f/: not a directory");
    expect(() => h.stat("loop")).toThrow("stat loop: too many levels of symbolic links");
    expect(() => h.readFile("/d")).toThrow("read /d: is a directory");
    expect(() => h.readFile("")).toThrow("open : no such file or directory");
  });
  test("env lookups", () => {
    expect(memoryHost({ env: { A: "1" } }).getenv("A")).toBe("1");
    expect(memoryHost().getenv("A")).toBeUndefined();
  });
});
