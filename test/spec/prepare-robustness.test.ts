/**
 * User input never throws (DESIGN principle 1): whatever a layer holds —
 * arbitrary JS values built in code, cyclic or sparse structures, random and
 * broken HCL text — `prepare` returns diagnostics, and every diagnostic
 * with a subject points inside the text it came from.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinConfigs } from "../../src/provisioners/builtin-configs.js";
import { attr, block, blockList, blockMap, configSpec, hclRaw, t } from "../../src/spec/index.js";
import { MAX_ANY_DEPTH } from "../../src/spec/normalize-plain.js";
import { parseConfigSource } from "../../src/spec/source.js";
import { anyInputArb } from "../support/hcl-gen.js";

const inner = configSpec({ x: attr(t.any), n: attr(t.list(t.list(t.int))) });
const spec = configSpec({
  a: attr(t.any),
  m: attr(t.map(t.string)),
  o: attr(t.object({ p: t.duration })),
  e: attr(t.enum("x", "y")),
  l: attr(t.list(t.int)),
  b: block(inner),
  bl: blockList(inner).maxItems(2),
  bm: blockMap(inner, "name"),
}).exactlyOneOf(["a", "m"]);
const specs = [spec, ...builtinConfigs.values()];

function errorsOf(raw: unknown): string[] {
  const r = spec.prepare(raw as Record<string, unknown>);
  return r.diagnostics.filter((d) => d.severity === "error").map((d) => d.detail);
}

describe("plain layers that are not JSON data", () => {
  it("a value that contains itself is an error, not a stack overflow", () => {
    const cyc: Record<string, unknown> = { q: 1 };
    cyc["self"] = cyc;
    expect(errorsOf({ a: cyc })).toEqual(['"a" must be a JSON value, not a value that contains itself.']);
    expect(errorsOf({ m: { k: "v" }, b: { x: [cyc] } })).toEqual([
      '"b.x" must be a JSON value, not a value that contains itself.',
    ]);
  });

  it("the same object twice (not a cycle) is fine", () => {
    const shared = { k: [1, 2] };
    expect(errorsOf({ a: [shared, shared] })).toEqual([]);
  });

  it("nesting deeper than the limit is an error", () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_ANY_DEPTH + 5; i++) deep = [deep];
    expect(errorsOf({ a: deep })).toEqual([
      `"a" must be a JSON value, not a value nested more than ${MAX_ANY_DEPTH} levels deep.`,
    ]);
  });

  it("holes in lists are missing values, not silently dropped", () => {
    expect(errorsOf({ a: 1, l: [1, , 3] })).toEqual([
      '"l[1]" must be a whole number, not undefined (a missing value).',
    ]);
    expect(errorsOf({ a: [1, , 3] })).toEqual(['"a" must be a JSON value, not a list with a hole at index 1.']);
  });

  it("class instances, Maps, dates, bigints and functions are named", () => {
    expect(errorsOf({ a: new Date(0) })).toEqual(['"a" must be a JSON value, not a Date object.']);
    expect(errorsOf({ m: new Map() })).toEqual(['"m" must be a map of string, not a Map object.']);
    expect(errorsOf({ a: 1n })).toEqual(['"a" must be a JSON value, not a JavaScript bigint.']);
  });

  it("arbitrary values never make prepare throw", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(fc.constantFrom("a", "m", "o", "e", "l", "b", "bl", "bm", "zz"), fc.anything()),
        ),
        (raw) => {
          for (const s of specs) s.prepare(raw as Record<string, unknown>);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("HCL layers", () => {
  it("random and broken HCL never makes prepare throw, and ranges stay inside the text", () => {
    fc.assert(
      fc.property(anyInputArb, fc.boolean(), (text, json) => {
        const name = json ? "in.pkr.json" : "in.pkr.hcl";
        const src = parseConfigSource(json ? JSON.stringify({ a: text }) : text, name);
        const size = new TextEncoder().encode(json ? JSON.stringify({ a: text }) : text).length;
        for (const s of specs) {
          const r = s.prepare(hclRaw(src.body), { m: { k: "v" } });
          for (const d of r.diagnostics) {
            if (d.subject === undefined) continue;
            expect(d.subject.filename).toBe(name);
            expect(d.subject.start.byte).toBeGreaterThanOrEqual(0);
            expect(d.subject.end.byte).toBeLessThanOrEqual(size);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
