/**
 * `plinth docs`, run in-process with fake streams: the page on stdout, the
 * partials into a directory, help, and the usage errors with their exit
 * codes (1 unknown type, 2 bad usage).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { docsCommand } from "../../src/cli/docs.js";
import { captureStreams } from "../support/streams.js";
import { builtinConfigs } from "../../src/provisioners/builtin-configs.js";
import { renderMarkdownPage, renderPackerPartials } from "../../src/spec/docs/index.js";

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const c = captureStreams();
  const code = docsCommand(args, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

const tmp = mkdtempSync(join(tmpdir(), "plinth-docs-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("plinth docs", () => {
  test("prints the Markdown page of a type", () => {
    for (const [type, spec] of builtinConfigs) {
      expect(run(type)).toEqual({ code: 0, stdout: renderMarkdownPage(spec), stderr: "" });
      expect(run(type, "--format", "markdown")).toEqual({ code: 0, stdout: renderMarkdownPage(spec), stderr: "" });
    }
  });

  test("writes the partials into a new directory and prints their paths", () => {
    const out = join(tmp, "a", "b");
    const r = run("shell", "--format", "packer-partials", "--out", out);
    const want = renderPackerPartials(builtinConfigs.get("shell")!);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe([...want.keys()].map((f) => join(out, f) + "\n").join(""));
    expect(readdirSync(out).sort()).toEqual([...want.keys()].sort());
    for (const [f, text] of want) expect(readFileSync(join(out, f), "utf8")).toBe(text);
  });

  test("--flag=value forms, and --out with the page", () => {
    const out = join(tmp, "page");
    const r = run("--out=" + out, "file", "--format=markdown");
    expect(r).toEqual({ code: 0, stdout: join(out, "file.md") + "\n", stderr: "" });
    expect(readFileSync(join(out, "file.md"), "utf8")).toBe(renderMarkdownPage(builtinConfigs.get("file")!));
  });

  test("--help", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: plinth docs TYPE/);
    expect(run("shell", "-h").code).toBe(0);
  });

  test("an unknown type names the known ones, with a suggestion when one is close", () => {
    expect(run("shel")).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'Error: unknown provisioner type "shel". Did you mean "shell"?\n\nKnown types: breakpoint, file, shell, shell-local\n',
    });
    expect(run("ansible").stderr).toBe(
      'Error: unknown provisioner type "ansible".\n\nKnown types: breakpoint, file, shell, shell-local\n',
    );
  });

  test.each([
    [[], "no type given"],
    [["shell", "file"], 'one type at a time, got "shell", "file"'],
    [["shell", "--format", "html"], 'unknown format "html"; use markdown or packer-partials'],
    [["shell", "--format"], "--format needs a value"],
    [["shell", "--out="], "--out needs a value"],
    [["shell", "--verbose"], 'unknown option "--verbose"'],
    [["shell", "--format", "packer-partials"], "--format packer-partials writes several files: give --out DIR"],
  ])("bad usage %j exits 2", (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      new RegExp(`^Error: ${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\n\nUsage: plinth docs`),
    );
  });

  test("a directory that cannot be made is an error, not a throw", () => {
    const file = join(tmp, "not-a-dir");
    writeFileSync(file, "x");
    const r = run("file", "--format", "packer-partials", "--out", join(file, "sub"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: cannot write the docs: /);
    expect(existsSync(join(file, "sub"))).toBe(false);
  });
});
