/**
 * The README's config-spec example, run as written: the snippet is cut out
 * of README.md, pointed at the source entry instead of the package name, and
 * imported — so the README cannot drift from the API.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";

const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");

function snippetAfter(heading: string): string {
  const at = readme.indexOf(heading);
  expect(at, `README has a "${heading}" section`).toBeGreaterThanOrEqual(0);
  const m = /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  expect(m, "the section has a ts code block").not.toBeNull();
  return m![1]!;
}

it("runs the README's config-spec example and gets the errors it promises", async () => {
  const entry = pathToFileURL(resolve(import.meta.dirname, "../../src/index.ts")).href;
  const code = snippetAfter("### Config specs")
    .replace(/from "plinth"/g, `from ${JSON.stringify(entry)}`)
    .replace("process.stderr.write(", "report.push(");
  const text = 'content = "hi"\nsource = "a.txt"\n';
  const module =
    `export const report: string[] = [];\nconst text = ${JSON.stringify(text)};\n` +
    code +
    "\nexport { config, diagnostics };\n";
  const dir = mkdtempSync(join(tmpdir(), "plinth-readme-"));
  const file = join(dir, "example.ts");
  writeFileSync(file, module);
  const m = (await import(pathToFileURL(file).href)) as {
    report: string[];
    config: unknown;
    diagnostics: { summary: string }[];
  };
  expect(m.config).toBeUndefined();
  expect(m.diagnostics.map((d) => d.summary)).toEqual(["Missing required argument", "Conflicting arguments"]);
  expect(m.report.join("")).toContain('   1: content = "hi"\n' + " ".repeat(16) + "^^^^\n");
});
