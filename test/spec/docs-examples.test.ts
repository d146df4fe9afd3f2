/**
 * Docs examples cannot rot: every whole-config example and every field
 * example of every built-in config (and of the test-only sample that uses
 * every feature) is written out in HCL and in HCL's JSON syntax by the same
 * writers the docs use, parsed back, prepared, and must give exactly the
 * config that preparing the plain example gives. A property test does the
 * same for random valid configs of the sample.
 *
 * Bodies are prepared with an empty evaluation context, as Packer always
 * evaluates them: in HCL's JSON syntax strings are templates only when
 * there is a context (JSON-07), so that is when the writers' `$${` escapes
 * matter.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EvalContext } from "../../src/hcl/eval-context.js";
import type { HclBody } from "../../src/hcl/body.js";
import { builtinConfigs } from "../../src/provisioners/builtin-configs.js";
import type { ConfigSpec, Fields } from "../../src/spec/config.js";
import { plainFromDecoded } from "../../src/spec/plain-form.js";
import { durationText } from "../../src/spec/duration-text.js";
import {
  hclAttributeText,
  hclBlockText,
  jsonAttributeValue,
  jsonBlockValue,
  jsonText,
} from "../../src/spec/docs/index.js";
import type { FieldType } from "../../src/spec/types.js";
import { hclRaw, parseConfigSource, type PrepareResult } from "../../src/spec/index.js";
import { sampleConfig } from "./docs-sample-spec.js";

const configs: [string, ConfigSpec<Fields>][] = [
  ...builtinConfigs,
  ["sample", sampleConfig as unknown as ConfigSpec<Fields>],
];

const ctx = (): EvalContext => new EvalContext({});

/** The body of the one `provisioner "<name>"` block in `text`, failing the test on any syntax error. */
function provisionerBody(text: string, filename: string, name: string): HclBody {
  const src = parseConfigSource(text, filename);
  expect(src.diagnostics, text).toEqual([]);
  const { content, diagnostics } = src.body.content({
    attributes: [],
    blocks: [{ type: "provisioner", labelNames: ["type"] }],
  });
  expect(diagnostics, text).toEqual([]);
  expect(
    content.blocks.map((b) => b.labels),
    text,
  ).toEqual([[name]]);
  return content.blocks[0]!.body;
}

function errorsOf(r: PrepareResult<unknown>): string[] {
  return r.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.summary}: ${d.detail}`);
}

/** Sets decode in HCL's set order but keep a plain array's order: compare them as sorted lists. */
function canonical(fields: Fields, config: unknown): unknown {
  if (config === null || typeof config !== "object") return config;
  const c = config as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) {
    const f = fields[k];
    if (f === undefined) out[k] = v;
    else if (f.kind === "attr") out[k] = canonicalValue(f.type, v);
    else if (f.kind === "block") out[k] = v === null ? null : canonical(f.config.fields, v);
    else if (f.kind === "blockList") out[k] = (v as unknown[]).map((it) => canonical(f.config.fields, it));
    else {
      const m: Record<string, unknown> = {};
      for (const [label, it] of Object.entries(v as Record<string, unknown>)) m[label] = canonical(f.config.fields, it);
      out[k] = m;
    }
  }
  return out;
}

function canonicalValue(ft: FieldType<unknown>, v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  switch (ft.kind) {
    case "set":
      return (v as unknown[])
        .map((e) => canonicalValue(ft.element, e))
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    case "list":
      return (v as unknown[]).map((e) => canonicalValue(ft.element, e));
    default:
      return v;
  }
}

/** Prepares `plain` directly, from its HCL text and from its JSON text; all three must agree. */
function roundTrip(
  spec: ConfigSpec<Fields>,
  name: string,
  plain: Record<string, unknown>,
  base?: Record<string, unknown>,
): void {
  const want = spec.prepare(base, plain);
  expect(errorsOf(want), "the plain config itself must be valid").toEqual([]);
  const hcl = hclBlockText("provisioner", [name], spec, plain);
  const json = jsonText(jsonBlockValue("provisioner", [name], spec, plain)) + "\n";
  for (const [text, file] of [
    [hcl, "example.pkr.hcl"],
    [json, "example.pkr.json"],
  ] as const) {
    const got = spec.prepare(base, hclRaw(provisionerBody(text, file, name), ctx()));
    expect(errorsOf(got), text).toEqual([]);
    expect(canonical(spec.fields, got.config), text).toEqual(canonical(spec.fields, want.config));
  }
}

describe("whole-config examples decode to what the plain example prepares to", () => {
  for (const [name, spec] of configs) {
    test(`${name}: has examples`, () => expect(spec.examples.length).toBeGreaterThan(0));
    spec.examples.forEach((ex, i) => {
      test(`${name}: ${ex.title ?? `example ${i + 1}`}`, () => roundTrip(spec, name, { ...ex.value }));
    });
  }
});

/**
 * A field example `name = value` is checked on top of the config's first
 * example (in a nested block: the first block of that type in any example),
 * which supplies the required fields around it.
 */
describe("field examples decode to what the plain value prepares to", () => {
  function visit(spec: ConfigSpec<Fields>, label: string, bases: Record<string, unknown>[]): void {
    const base = bases[0] ?? {};
    for (const [fname, f] of Object.entries(spec.fields)) {
      if (f.kind === "attr") {
        f.options.examples.forEach((ex: unknown, i: number) => {
          test(`${label}.${fname} example ${i + 1}`, () => {
            const plain = plainFromDecoded(f.type, ex);
            const want = spec.prepare(base, { [fname]: plain });
            expect(errorsOf(want)).toEqual([]);
            const hcl = parseConfigSource(hclAttributeText(fname, plain), "field.hcl");
            const jsonSrc = `{${JSON.stringify(fname)}: ${jsonText(jsonAttributeValue(plain))}}`;
            const json = parseConfigSource(jsonSrc, "field.json");
            for (const src of [hcl, json]) {
              expect(src.diagnostics).toEqual([]);
              const got = spec.prepare(base, hclRaw(src.body, ctx()));
              expect(errorsOf(got)).toEqual([]);
              expect(got.config).toEqual(want.config);
            }
          });
        });
        continue;
      }
      const nested = bases.flatMap((b): unknown[] => {
        const v = b[fname];
        if (v === null || typeof v !== "object") return [];
        if (f.kind === "block") return [v];
        return f.kind === "blockList" ? (v as unknown[]) : Object.values(v);
      });
      visit(f.config, `${label}.${fname}`, nested as Record<string, unknown>[]);
    }
  }
  for (const [name, spec] of configs)
    visit(
      spec,
      name,
      spec.examples.map((ex) => ({ ...ex.value })),
    );
});

test("values that need escaping survive both syntaxes", () => {
  roundTrip(sampleConfig as unknown as ConfigSpec<Fields>, "sample", {
    name: 'a "quoted" \\ back${slash} %{if x}\n\ttab\u0001 $${already} 😀',
    source_url: "$",
    labels: { "${k}": "%{v}", for: "in", "": "", null: "true", "a.b": "c d" },
    extra: { "${x}": ["%{y}", null, -1.5e-7, 1e21, true], nested: { "": {} } },
    mirror: { "${label}": { url: "u" }, 'q"uote\\': { url: "v" }, "": { url: "w" } },
    step: [{ command: "echo $HOME ${HOME} $$ %%", env: { "A=B": "=" } }],
  });
});

// ---------------------------------------------------------------- random configs of the sample

const tricky = [
  "$",
  "{",
  "}",
  "%",
  "\\",
  '"',
  "\n",
  "\r\n",
  "\t",
  "\u0001",
  " ",
  "a",
  "Z",
  "0",
  "é",
  "ß",
  "😀",
  "=",
  "#",
  "/",
  "*",
];
const text = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...tricky), maxLength });
const doubles = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const durations = fc.oneof(
  fc.constantFrom("0", "0s", "1h5m", "1.5s", "300us", "2h45m30.5s", "1µs", "5m0s", "0.5ms"),
  fc.integer({ min: 0, max: 10 ** 9 }).map(durationText),
  fc.double({ min: 0, max: 1e7, noNaN: true }).map(durationText),
);

const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    doubles,
    text(6),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(text(4), tie("v"), { maxKeys: 3 }),
  ),
})).v;

function valueArb(ft: FieldType<unknown>): fc.Arbitrary<unknown> {
  switch (ft.kind) {
    case "string":
      return text(10);
    case "number":
      return doubles;
    case "int":
      return fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
    case "bool":
      return fc.boolean();
    case "duration":
      return durations;
    case "enum":
      return fc.constantFrom(...ft.values);
    case "any":
      return anyJson;
    case "list":
    case "set":
      return fc.array(valueArb(ft.element), { maxLength: 4 });
    case "map":
      return fc.dictionary(text(5), valueArb(ft.element), { maxKeys: 3 });
    case "object": {
      const rec: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, at] of Object.entries(ft.attributes)) rec[k] = valueArb(at);
      return fc.record(rec);
    }
  }
}

/** Field-specific values where the generic ones would mostly fail a check. */
const overrides: Record<string, fc.Arbitrary<unknown>> = {
  ports: fc.array(fc.integer({ min: 1, max: 65535 }), { maxLength: 4 }),
  wait: fc.oneof(durations, fc.constant("-1s")),
};

function configArb(fields: Fields, prefix: string): fc.Arbitrary<Record<string, unknown>> {
  const rec: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [name, f] of Object.entries(fields)) {
    if (name.startsWith("packer_") || name === "legacy_mode") continue; // set by core / deprecated: warnings only
    const path = prefix + name;
    let arb: fc.Arbitrary<unknown>;
    switch (f.kind) {
      case "attr":
        arb = overrides[path] ?? valueArb(f.type);
        if (f.options.presence === "required") required.push(name);
        else arb = fc.option(arb, { nil: null, freq: 4 });
        break;
      case "block":
        arb = configArb(f.config.fields, `${path}.`);
        if (f.options.presence === "required") required.push(name);
        break;
      case "blockList": {
        const { minItems, maxItems } = f.options;
        arb = fc.array(configArb(f.config.fields, `${path}.`), { minLength: minItems, maxLength: maxItems || 3 });
        if (minItems > 0) required.push(name);
        break;
      }
      case "blockMap":
        arb = fc.dictionary(text(5), configArb(f.config.fields, `${path}.`), { maxKeys: 3 });
        break;
    }
    rec[name] = arb;
  }
  return fc.record(rec, { requiredKeys: required as never[] }) as fc.Arbitrary<Record<string, unknown>>;
}

const sample = sampleConfig as unknown as ConfigSpec<Fields>;

test("property: random valid sample configs survive HCL and JSON text unchanged", () => {
  fc.assert(
    fc.property(configArb(sample.fields, ""), (plain) => {
      fc.pre(errorsOf(sample.prepare(plain)).length === 0);
      roundTrip(sample, "sample", plain);
    }),
    { numRuns: 300 },
  );
});
