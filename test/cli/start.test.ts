/**
 * How the commands start (src/cli/start.cts): their bundle runs from V8's
 * code cache when one matches this build and this Node, a missing or
 * refused cache is written after the run, and nothing about the cache can
 * change what a command does. Each load runs in a process of its own, as a
 * command does: within one process V8 would reuse its in-memory compile and
 * never look at the cache file.
 */
import { spawnSync } from "node:child_process";
import {
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { isAscii } from "node:buffer";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { projectRoot } from "../support/paths.js";

const work = mkdtempSync(join(tmpdir(), "plinth-start-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The built script (npm test builds first), which loads the built bundles as the commands do.
const startScript = join(projectRoot, "dist", "src", "cli", "start.cjs");
const { compileCacheDir } = createRequire(import.meta.url)(startScript) as typeof import("../../src/cli/start.cjs");

/** Loads `bundle` in a new process, calls its `answer()`, saves the cache as a command's exit would. */
function loadInProcess(bundle: string, cacheDir: string | undefined): { cache: string; answer: unknown } {
  const program = `
    const { loadBundle } = require(${JSON.stringify(startScript)});
    const b = loadBundle(${JSON.stringify(bundle)}, ${cacheDir === undefined ? "undefined" : JSON.stringify(cacheDir)});
    console.log(JSON.stringify({ cache: b.cache, answer: b.exports.answer() }));
    b.save();`;
  const r = spawnSync(process.execPath, ["-e", program], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { cache: string; answer: unknown };
}

/** As test/tools/bundle-cli.mjs writes a bundle: the code inside its module function. */
const MODULE_WRAPPER = "(function (exports, require, module, __filename, __dirname) {";

function writeBundle(dir: string, build: string | undefined, body: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "tool.cjs");
  const buildLine = build === undefined ? "" : `// plinth bundle ${build}\n`;
  writeFileSync(file, `${buildLine}${MODULE_WRAPPER}"use strict";\n${body}\n})`);
  return file;
}

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".v8cache"));

/** A bundle of build `b1` under `work/name`, loaded once so that its cache file exists. */
function builtAndCached(name: string, body: string): { dir: string; cache: string; bundle: string; cached: string } {
  const dir = join(work, name);
  const cache = join(dir, "cache");
  const bundle = writeBundle(dir, "b1", body);
  loadInProcess(bundle, cache);
  const [file] = cacheFiles(cache);
  return { dir, cache, bundle, cached: join(cache, file!) };
}

describe("compileCacheDir", () => {
  it("takes PLINTH_COMPILE_CACHE, which off, 0 or empty turn off", () => {
    expect(compileCacheDir({ PLINTH_COMPILE_CACHE: "/x/y", XDG_CACHE_HOME: "/c" })).toBe("/x/y");
    for (const off of ["off", "0", ""]) expect(compileCacheDir({ PLINTH_COMPILE_CACHE: off })).toBeUndefined();
  });

  it("else uses plinth under XDG_CACHE_HOME, else under ~/.cache", () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: "/c" })).toBe(join("/c", "plinth"));
    expect(compileCacheDir({})).toMatch(/[/\\]\.cache[/\\]plinth$/);
  });
});

describe("loadBundle", () => {
  it("compiles, writes the cache after the run, and starts from it the next time", () => {
    const dir = join(work, "cycle");
    const cache = join(dir, "cache");
    const bundle = writeBundle(dir, "b1", 'exports.answer = () => require("./dep.cjs").value * 2;');
    writeFileSync(join(dir, "dep.cjs"), "exports.value = 21;\n");
    expect(loadInProcess(bundle, cache)).toEqual({ cache: "miss", answer: 42 });
    const [first] = cacheFiles(cache);
    expect(first).toMatch(/^tool-b1-.*\.v8cache$/);
    expect(loadInProcess(bundle, cache)).toEqual({ cache: "hit", answer: 42 });
    expect(cacheFiles(cache)).toEqual([first]);
  });

  it("refuses a damaged cache, still runs, and writes a good one", () => {
    const { cache, bundle, cached } = builtAndCached("damaged", "exports.answer = () => 'ok';");
    writeFileSync(cached, "not code at all");
    expect(loadInProcess(bundle, cache)).toEqual({ cache: "rejected", answer: "ok" });
    expect(readFileSync(cached, "utf8")).not.toBe("not code at all");
    expect(loadInProcess(bundle, cache)).toEqual({ cache: "hit", answer: "ok" });
  });

  it("never runs a cache of another build, and drops it once the new one is written", () => {
    // The same length of code, which is all V8 itself would check.
    const { dir, cache, bundle } = builtAndCached("rebuilt", "exports.answer = () => 'one';");
    writeBundle(dir, "b2", "exports.answer = () => 'two';");
    expect(loadInProcess(bundle, cache)).toEqual({ cache: "miss", answer: "two" });
    expect(cacheFiles(cache)).toEqual([expect.stringMatching(/^tool-b2-/)]);
  });

  it("notices a bundle edited by hand, whose build line still names the old build", () => {
    const { dir, cache, bundle } = builtAndCached("edited", "exports.answer = () => 'before';");
    writeBundle(dir, "b1", "exports.answer = () => 'after!';");
    // An edit within the same millisecond as the build is not a case; make the times differ for sure.
    utimesSync(bundle, new Date(), new Date(Date.now() + 60_000));
    expect(loadInProcess(bundle, cache)).toEqual({ cache: "miss", answer: "after!" });
  });

  // Changing a file's owner takes root; CI runs as root.
  const isRoot = process.getuid?.() === 0;
  it.skipIf(!isRoot)("does not read a cache file another user owns (needs root to change the owner)", () => {
    const { cache, bundle, cached } = builtAndCached("foreign", "exports.answer = () => 'mine';");
    chownSync(cached, 4242, 4242);
    expect(loadInProcess(bundle, cache)).toEqual({ cache: "miss", answer: "mine" });
  });

  it("caches nothing when the cache is off or the bundle has no build line", () => {
    const dir = join(work, "off");
    const cache = join(dir, "cache");
    const built = writeBundle(join(dir, "a"), "b1", "exports.answer = () => 1;");
    expect(loadInProcess(built, undefined)).toEqual({ cache: "off", answer: 1 });
    const unbuilt = writeBundle(join(dir, "b"), undefined, "exports.answer = () => 2;");
    expect(loadInProcess(unbuilt, cache)).toEqual({ cache: "off", answer: 2 });
    expect(() => readdirSync(cache)).toThrow();
  });

  it("reads a bundle with characters past ASCII (one edited by hand) as UTF-8", () => {
    const dir = join(work, "utf8");
    const bundle = writeBundle(dir, "b1", "exports.answer = () => '− … 😀'; // ±");
    expect(loadInProcess(bundle, join(dir, "cache"))).toEqual({ cache: "miss", answer: "− … 😀" });
  });

  it("runs as usual when the cache cannot be written", () => {
    const dir = join(work, "unwritable");
    const bundle = writeBundle(dir, "b1", "exports.answer = () => 'fine';");
    const notADir = join(dir, "file");
    writeFileSync(notADir, "");
    expect(loadInProcess(bundle, join(notADir, "cache"))).toEqual({ cache: "miss", answer: "fine" });
  });
});

describe("the commands", () => {
  it("print the same with a fresh cache, a warm cache and no cache", () => {
    const cache = join(work, "commands");
    const input = join(work, "in.hcl");
    const spec = join(work, "spec.hcldec");
    writeFileSync(input, 'a = "x"\nb { c = [1, 2] }\n');
    writeFileSync(
      spec,
      'object {\n  attr "a" { type = string }\n  block "b" {\n    object {\n      attr "c" { type = list(number) }\n    }\n  }\n}\n',
    );
    const run = (cmd: string[], cacheSetting: string): string => {
      const r = spawnSync(process.execPath, cmd, {
        encoding: "utf8",
        env: { ...process.env, PLINTH_COMPILE_CACHE: cacheSetting },
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      return r.stdout;
    };
    const hcldec = [join(projectRoot, "bin", "hcldec"), `--spec=${spec}`, input];
    const validate = [join(projectRoot, "bin", "plinth.js"), "validate", input];
    for (const cmd of [hcldec, validate]) {
      const plain = run(cmd, "off");
      expect(plain).toMatch(/"c":\[1,2\]|valid/);
      expect(run(cmd, cache)).toBe(plain);
      expect(run(cmd, cache)).toBe(plain);
    }
    expect(plainNames(cacheFiles(cache))).toEqual(["hcldec", "main"]);
  });
});

describe("the built bundles", () => {
  const bundles = ["hcldec", "main"].map((name) => join(projectRoot, "dist", "cli", `${name}.cjs`));

  it("hold ASCII only, so V8 keeps their text at a byte a character", () => {
    for (const file of bundles) expect(isAscii(readFileSync(file))).toBe(true);
  });

  it("wrap their code in the module function after the build line", () => {
    for (const file of bundles) {
      const [first, second] = readFileSync(file, "latin1").split("\n", 2);
      expect(first).toMatch(/^\/\/ plinth bundle [0-9a-f]{32}$/);
      expect(second!.startsWith(MODULE_WRAPPER)).toBe(true);
    }
  });
});

describe("the engine settings", () => {
  const spec = join(work, "young.hcldec");
  /** `count` blocks of about 60 characters each. */
  const blocks = (name: string, count: number): string => {
    const file = join(work, name);
    const block = (i: number): string => `item "n${i}" {\n  name = "item-${i}"\n  tags = ["a", "b", "c${i}"]\n}\n`;
    writeFileSync(file, Array.from({ length: count }, (_, i) => block(i)).join(""));
    return file;
  };

  /** Runs hcldec in a new process on `input`, then returns its young generation's size in MB. */
  const youngGenerationAfterRun = (input: string, nodeArgs: string[] = [], cache = "off"): number => {
    writeFileSync(
      spec,
      'object {\n  block_map "item" {\n    labels = ["k"]\n    object {\n      attr "name" { type = string }\n      attr "tags" { type = list(string) }\n    }\n  }\n}\n',
    );
    const program = `
      const { runHcldec } = require(${JSON.stringify(startScript)});
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = () => true;
      const code = runHcldec([${JSON.stringify(`--spec=${spec}`)}, ${JSON.stringify(input)}]);
      const young = require("node:v8").getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
      write(JSON.stringify({ code, youngMB: young.space_size / 1048576 }));`;
    const r = spawnSync(process.execPath, [...nodeArgs, "-e", program], {
      encoding: "utf8",
      env: { ...process.env, PLINTH_COMPILE_CACHE: cache },
    });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { code: number; youngMB: number };
    expect(out.code).toBe(0);
    return out.youngMB;
  };

  it("keep the young generation at its first size, unless Node was told otherwise", () => {
    const input = blocks("young-1m.hcl", 20_000);
    expect(youngGenerationAfterRun(input)).toBeLessThanOrEqual(2);
    expect(youngGenerationAfterRun(input, ["--max-semi-space-size=16"])).toBeGreaterThan(2);
  });

  it("let it grow past 4 MB of input, and cache code under the flags a run starts with", () => {
    const cache = join(work, "young-cache");
    const large = blocks("young-5m.hcl", 80_000);
    expect(statSync(large).size).toBeGreaterThan(4 << 20);
    expect(youngGenerationAfterRun(large, [], cache)).toBeGreaterThan(2);
    // The run wrote the cache at its exit; a run refusing it would write it anew.
    const [file] = cacheFiles(cache);
    const written = statSync(join(cache, file!)).ino;
    expect(youngGenerationAfterRun(blocks("young-small.hcl", 100), [], cache)).toBeLessThanOrEqual(2);
    expect(cacheFiles(cache)).toEqual([file]);
    expect(statSync(join(cache, file!)).ino).toBe(written);
  });
});

function plainNames(files: string[]): string[] {
  return files.map((f) => f.slice(0, f.indexOf("-"))).sort();
}
