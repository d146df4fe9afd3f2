/** How plain layers are told apart and named in errors (issue 6, prepare). */
import { expect, it } from "vitest";
import { attr, configSpec, hclRaw, plainRaw, t } from "../../src/spec/index.js";
import { parseConfigSource } from "../../src/spec/source.js";

const spec = configSpec({ kind: attr(t.string), body: attr(t.string), port: attr(t.int) });

it("a plain object with fields named kind and body is a plain layer, not an HCL one", () => {
  const r = spec.prepare({ kind: "hcl", body: "text" });
  expect(r.diagnostics).toEqual([]);
  expect(r.config).toEqual({ kind: "hcl", body: "text", port: null });
});

it("errors about a labelled plain layer name it, since there is no source line to show", () => {
  const src = parseConfigSource('kind = "a"\n', "base.pkr.hcl");
  const r = spec.prepare(hclRaw(src.body), plainRaw({ port: "80" }, "the override for docker.ubuntu"));
  expect(r.diagnostics.map((d) => [d.summary, d.detail, d.subject])).toEqual([
    [
      "Incorrect value type",
      '"port" must be a whole number, not a string ("80"). It was set in the override for docker.ubuntu.',
      undefined,
    ],
  ]);
});

it("a single plain layer needs no name", () => {
  const r = spec.prepare({ port: "80" });
  expect(r.diagnostics.map((d) => d.detail)).toEqual(['"port" must be a whole number, not a string ("80").']);
});
