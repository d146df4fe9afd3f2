/** The package entry offers evaluation as the README shows it. */
import { expect, it } from "vitest";
import { cty, EvalContext, evaluate, packerFunctions, parseExpression } from "../../src/index.js";
import { nodeHost } from "../../src/node.js";

it("evaluates the README's example through the package entry", () => {
  const host = nodeHost();
  const ctx = new EvalContext({
    variables: { region: cty.stringVal("eu-west-1") },
    functions: packerFunctions({ fs: host, baseDir: process.cwd() }),
  });
  const { value, diagnostics } = evaluate(parseExpression('upper("${region}-a")', "expr").value, ctx);
  expect(diagnostics).toEqual([]);
  expect(cty.marshalValue(value)).toBe('"EU-WEST-1-A"');
});

it("file functions without a file system say why they fail", () => {
  const ctx = new EvalContext({ functions: packerFunctions() });
  const details = ['file("x.txt")', 'fileexists("x.txt")', 'fileset(".", "*")', 'templatefile("t.tpl", {})'].map(
    (src) => evaluate(parseExpression(src, "expr").value, ctx).diagnostics.map((d) => d.detail),
  );
  expect(details).toEqual([
    ['Call to function "file" failed: open /x.txt: file system access is not available here.'],
    ['Call to function "fileexists" failed: open /x.txt: file system access is not available here.'],
    ['Call to function "fileset" failed: open /: file system access is not available here.'],
    ['Call to function "templatefile" failed: open /t.tpl: file system access is not available here.'],
  ]);
});
