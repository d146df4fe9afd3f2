/**
 * Layering as properties (issue 6): for random plain layers of a spec with
 * scalars, lists, a set, a map, an `any`, a nested block, a block list and a
 * block map, preparing the layers one by one is the same as preparing them
 * merged beforehand by a reference merge written here from the documented
 * semantics — so layering is associative — and preparing is pure:
 * idempotent, and it never changes its raws. HCL layers (generated text)
 * mix in with the same result as the plain object they spell.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../../src/hcl/diagnostic.js";
import {
  attr,
  block,
  blockList,
  blockMap,
  configSpec,
  hclRaw,
  parseConfigSource,
  t,
  type PrepareResult,
  type Raw,
} from "../../src/spec/index.js";

const disk = configSpec({
  size: attr(t.int).required(),
  kind: attr(t.enum("ssd", "hdd")),
  labels: attr(t.map(t.string)),
});
const spec = configSpec({
  name: attr(t.string),
  count: attr(t.int).default(1),
  enabled: attr(t.bool),
  tags: attr(t.list(t.string)),
  zones: attr(t.set(t.string)),
  env: attr(t.map(t.string)),
  meta: attr(t.any),
  disk: block(disk),
  step: blockList(disk),
  item: blockMap(disk, "name"),
}).atMostOneOf(["name", "meta"]);

type Plain = Record<string, unknown>;

// ---------------------------------------------------------------- generators

const word = fc.constantFrom("a", "b", "c", "web", "x y", 'q"uote', "back\\slash", "${not}", "%{no}", "");
const key = fc.constantFrom("A", "B", "HOME", "k-1", "x y");
const label = fc.constantFrom("a", "b", "c");
const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom(0.5, -2.25, 1e21),
    word,
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(key, tie("v"), { maxKeys: 3 }),
  ),
})).v;

/** A field that may be absent, null (unset) or a value. */
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: arb },
  );

function record(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Plain> {
  return fc.record(fields).map((r) => {
    const out: Plain = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
    return out;
  });
}

const diskArb = record({
  size: maybe(fc.integer({ min: 0, max: 100 })),
  kind: maybe(fc.constantFrom("ssd", "hdd")),
  labels: maybe(fc.dictionary(key, word, { maxKeys: 3 })),
});

const layerArb: fc.Arbitrary<Plain> = record({
  name: maybe(word),
  count: maybe(fc.integer({ min: -5, max: 5 })),
  enabled: maybe(fc.boolean()),
  tags: maybe(fc.array(word, { maxLength: 3 })),
  zones: maybe(fc.array(word, { maxLength: 4 })),
  env: maybe(fc.dictionary(key, word, { maxKeys: 3 })),
  meta: maybe(anyValue),
  disk: maybe(diskArb),
  step: maybe(fc.array(diskArb, { maxLength: 3 })),
  item: maybe(fc.dictionary(label, diskArb, { maxKeys: 3 })),
});

// ---------------------------------------------------------------- the reference merge

const isSet = (v: unknown): boolean => v !== null && v !== undefined;

/** Later wins; null and absent never overwrite; maps by key; a block field by field; a block map by label. */
function mergeDisk(a: Plain, b: Plain): Plain {
  const out: Plain = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (!isSet(v)) continue;
    out[k] = k === "labels" && isSet(a[k]) ? { ...(a[k] as Plain), ...(v as Plain) } : v;
  }
  return out;
}

function mergeLayers(a: Plain, b: Plain): Plain {
  const out: Plain = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (!isSet(v)) continue;
    const prev = a[k];
    if (!isSet(prev)) out[k] = v;
    else if (k === "env") out[k] = { ...(prev as Plain), ...(v as Plain) };
    else if (k === "disk") out[k] = mergeDisk(prev as Plain, v as Plain);
    else if (k === "item") {
      const m: Plain = { ...(prev as Plain) };
      for (const [l, d] of Object.entries(v as Plain)) m[l] = isSet(m[l]) ? mergeDisk(m[l] as Plain, d as Plain) : d;
      out[k] = m;
    } else out[k] = v; // scalars, lists, sets, `any` and block lists are replaced whole
  }
  return out;
}

// ---------------------------------------------------------------- HCL text for a layer

/** An HCL quoted string: escapes, and `${`/`%{` doubled so they stay literal. */
function hclString(s: string): string {
  return `"${s
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/([$%])\{/g, (_, c: string) => `${c}${c}{`)}"`;
}

function hclExpr(v: unknown): string {
  if (v === null) return "null";
  if (typeof v === "string") return hclString(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(hclExpr).join(", ")}]`;
  return `{ ${Object.entries(v as Plain)
    .map(([k, e]) => `${hclString(k)} = ${hclExpr(e)}`)
    .join(", ")} }`;
}

function hclBody(o: Plain, indent: string): string {
  let out = "";
  for (const [k, v] of Object.entries(o)) {
    if (k === "disk") {
      if (isSet(v)) out += `${indent}disk {\n${hclBody(v as Plain, indent + "  ")}${indent}}\n`;
    } else if (k === "step") {
      for (const d of (v ?? []) as Plain[]) out += `${indent}step {\n${hclBody(d, indent + "  ")}${indent}}\n`;
    } else if (k === "item") {
      for (const [l, d] of Object.entries((v ?? {}) as Plain)) {
        out += `${indent}item ${hclString(l)} {\n${hclBody(d as Plain, indent + "  ")}${indent}}\n`;
      }
    } else if (v !== undefined) out += `${indent}${k} = ${hclExpr(v)}\n`;
  }
  return out;
}

/** What an HCL layer can say of a plain one: no blocks is "not set", so an empty block list is unset. */
function hclEquivalent(o: Plain): Plain {
  const out = { ...o };
  if (Array.isArray(out["step"]) && out["step"].length === 0) delete out["step"];
  return out;
}

function hclLayer(o: Plain): Raw {
  const text = hclBody(o, "");
  const src = parseConfigSource(text, "layer.hcl");
  expect(src.diagnostics, text).toEqual([]);
  return hclRaw(src.body);
}

// ---------------------------------------------------------------- comparing results

const message = (d: Diagnostic): string => `${d.severity}: ${d.summary}: ${d.detail}`;

/** A result without source ranges, which differ between HCL and plain layers by design. */
function outcome(r: PrepareResult<unknown>): unknown {
  return { config: r.config, diagnostics: r.diagnostics.map(message), unknownPaths: r.unknownPaths };
}

function deepFreeze<T>(v: T): T {
  if (typeof v === "object" && v !== null) {
    for (const e of Object.values(v)) deepFreeze(e);
    Object.freeze(v);
  }
  return v;
}

/** Changes every array and object inside `v` (throws if one is frozen). */
function scribble(v: unknown): void {
  if (Array.isArray(v)) {
    v.forEach(scribble);
    v.push("scribbled");
  } else if (typeof v === "object" && v !== null) {
    Object.values(v).forEach(scribble);
    (v as Plain)["scribbled"] = true;
  }
}

// ---------------------------------------------------------------- properties

describe("layering properties", () => {
  test("generated layers are valid on their own often enough to be interesting", () => {
    const sample = fc.sample(layerArb, 200);
    const ok = sample.filter((l) => spec.prepare(l).config !== undefined).length;
    expect(ok).toBeGreaterThan(50);
  });

  test("associativity: prepare(a, b, c) = prepare(merge(a, b), c) = prepare(a, merge(b, c)) = prepare(merge(a, b, c))", () => {
    fc.assert(
      fc.property(layerArb, layerArb, layerArb, (a, b, c) => {
        const direct = outcome(spec.prepare(a, b, c));
        expect(outcome(spec.prepare(mergeLayers(a, b), c))).toEqual(direct);
        expect(outcome(spec.prepare(a, mergeLayers(b, c)))).toEqual(direct);
        expect(outcome(spec.prepare(mergeLayers(mergeLayers(a, b), c)))).toEqual(direct);
      }),
      { numRuns: 400 },
    );
  });

  test("idempotence and purity: preparing twice gives equal results and leaves the (frozen) raws as they were", () => {
    fc.assert(
      fc.property(fc.array(layerArb, { minLength: 1, maxLength: 4 }), (layers) => {
        const before = structuredClone(layers);
        const raws = deepFreeze(structuredClone(layers));
        const first = spec.prepare(...raws);
        const second = spec.prepare(...raws);
        expect(second).toEqual(first);
        expect(raws).toEqual(before);
        // The config shares no object with the (frozen) raws, so changing it throws nothing and
        // changes no later result.
        scribble(first.config);
        expect(spec.prepare(...raws)).toEqual(second);
      }),
      { numRuns: 300 },
    );
  });

  test("null never overwrites: a layer of nulls changes nothing", () => {
    const nulls: Plain = {};
    for (const k of Object.keys(spec.fields)) nulls[k] = null;
    fc.assert(
      fc.property(layerArb, (a) => {
        expect(outcome(spec.prepare(a, nulls))).toEqual(outcome(spec.prepare(a)));
        expect(outcome(spec.prepare(nulls, a))).toEqual(outcome(spec.prepare(a)));
      }),
      { numRuns: 200 },
    );
  });

  test("later scalars win, lists and block lists are replaced whole, maps merge by key", () => {
    fc.assert(
      fc.property(layerArb, layerArb, (a, b) => {
        const r = spec.prepare(a, b);
        if (r.config === undefined) return;
        const c = r.config;
        const pick = (k: string): unknown => (isSet(b[k]) ? b[k] : isSet(a[k]) ? a[k] : null);
        expect(c.name).toEqual(pick("name"));
        expect(c.enabled).toEqual(pick("enabled"));
        expect(c.meta).toEqual(pick("meta"));
        expect(c.tags).toEqual(pick("tags"));
        expect(c.step.length).toBe(((pick("step") ?? []) as unknown[]).length);
        expect(c.env).toEqual(
          isSet(a["env"]) || isSet(b["env"]) ? { ...(a["env"] as Plain), ...(b["env"] as Plain) } : null,
        );
        const labels = new Set([
          ...Object.keys((a["item"] ?? {}) as Plain),
          ...Object.keys((b["item"] ?? {}) as Plain),
        ]);
        expect(new Set(Object.keys(c.item))).toEqual(labels);
      }),
      { numRuns: 300 },
    );
  });

  test("a set decodes to sorted, de-duplicated elements whichever layer supplies it", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (zones) => {
        const plain = spec.prepare({ zones }).config!.zones;
        expect(plain).toEqual(spec.prepare(hclLayer({ zones })).config!.zones);
        expect(new Set(plain)).toEqual(new Set(zones));
        expect(plain!.length).toBe(new Set(zones).size);
      }),
      { numRuns: 200 },
    );
  });

  test("an HCL layer in the mix acts as the plain object it spells", () => {
    fc.assert(
      fc.property(layerArb, layerArb, layerArb, (a, b, c) => {
        const plain = outcome(spec.prepare(a, hclEquivalent(b), c));
        expect(outcome(spec.prepare(a, hclLayer(b), c))).toEqual(plain);
        expect(outcome(spec.prepare(hclLayer(a), b, hclLayer(c)))).toEqual(
          outcome(spec.prepare(hclEquivalent(a), b, hclEquivalent(c))),
        );
      }),
      { numRuns: 200 },
    );
  });
});
