// The railroad diagrams in grammar/diagram/ are generated from the parser's
// own grammar model; this fails when the parser changed and `npm run diagram`
// was not run.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { getParser } from "../../grammar/index.js";
import { projectRoot } from "../support/paths.js";
// @ts-expect-error -- a plain JavaScript tool module without type declarations
import { railroad } from "../tools/railroad.mjs";

test("grammar/diagram matches the parser's grammar", () => {
  const { svgs, html } = railroad(getParser().getSerializedGastProductions()) as {
    svgs: Map<string, string>;
    html: string;
  };
  const dir = join(projectRoot, "grammar", "diagram");
  const onDisk = readdirSync(dir)
    .filter((f) => f.endsWith(".svg"))
    .sort();
  expect(onDisk).toEqual([...svgs.keys()].map((n) => `${n}.svg`).sort());
  for (const [name, svg] of svgs) expect(readFileSync(join(dir, `${name}.svg`), "utf8"), name).toBe(svg);
  expect(readFileSync(join(dir, "railroad.html"), "utf8")).toBe(html);
});
