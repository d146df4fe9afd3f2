/**
 * The derived JSON Schema: its shape for each kind of field, the duration
 * pattern against Go's parser, the built-ins' schemas as goldens
 * (spec-fixtures/spec-schema/, rewritten with UPDATE_GOLDEN=1), and
 * `plinth schema`. That the schema accepts exactly what `prepare` accepts is
 * schema-agreement.test.ts's job; here a few cases per rule show it plainly.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { captureStreams } from "../support/streams.js";
import { describe, expect, it } from "vitest";
import { schemaCommand } from "../../src/cli/schema.js";
import { parseDuration } from "../../src/functions/go-time.js";
import { hasErrors } from "../../src/hcl/diagnostic.js";
import { builtinConfigs } from "../../src/provisioners/builtin-configs.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { listVal, numberIntVal, stringVal } from "../../src/cty/value.js";
import { parseConfigSource } from "../../src/spec/source.js";
import { hclRaw } from "../../src/spec/prepare.js";
import { sampleConfig } from "./docs-sample-spec.js";
import {
  attr,
  block,
  blockList,
  blockMap,
  configSpec,
  prepare,
  t,
  type ConfigSpec,
  type Fields,
} from "../../src/spec/index.js";
import { JSON_SCHEMA_DIALECT, mergeSchemas, toJSONSchema } from "../../src/spec/json-schema.js";
import { compileSchema, schemaAjv } from "../../src/spec/json-schema/compile.js";
import { durationText } from "../../src/spec/duration-text.js";
import { DURATION_PATTERN, isGoDuration } from "../../src/spec/json-schema/duration.js";
import { fixturesDir } from "../support/paths.js";

const update = process.env.UPDATE_GOLDEN === "1";

/** The verdicts of ajv and of prepare, which must be equal. */
function verdicts<F extends Fields>(spec: ConfigSpec<F>, x: unknown): { ajv: boolean; prepare: boolean } {
  return {
    ajv: compileSchema(spec)(x),
    prepare: !hasErrors(prepare(spec, x as Record<string, unknown>).diagnostics),
  };
}

function agree<F extends Fields>(spec: ConfigSpec<F>, x: unknown, valid: boolean): void {
  expect(verdicts(spec, x), JSON.stringify(x)).toEqual({ ajv: valid, prepare: valid });
}

// ---------------------------------------------------------------- durations

describe("durations", () => {
  it("formats milliseconds as compact Go durations", () => {
    const cases: [number, string][] = [
      [0, "0s"],
      [300_000, "5m"],
      [90_000, "1m30s"],
      [3_600_000, "1h"],
      [3_723_004, "1h2m3.004s"],
      [1.5, "1.5ms"],
      [0.000001, "1ns"],
      [-1500, "-1.5s"],
      [26 * 3_600_000, "26h"],
    ];
    for (const [ms, text] of cases) {
      expect(durationText(ms)).toBe(text);
      expect(Number(parseDuration(text)) / 1e6).toBeCloseTo(ms, 9);
    }
  });

  const re = new RegExp(DURATION_PATTERN, "u");
  const accepted = (s: string): boolean => typeof parseDuration(s) === "bigint";
  /** Rejected only for its size: the same string with every number made 1 parses. */
  const overflowOnly = (s: string): boolean => !accepted(s) && accepted(s.replace(/[0-9]+/g, "1"));
  const units = ["ns", "us", "\u00b5s", "\u03bcs", "ms", "s", "m", "h"];
  const chars = fc.constantFrom(..."0123456789.+- nsuµμmhx".split(""));
  const numbers = fc.constantFrom("0", "1", "12", "9999999999", ".", "5.", ".5", "1.25");
  const tokens = fc.oneof(
    { weight: 3, arbitrary: numbers },
    { weight: 3, arbitrary: fc.constantFrom(...units) },
    { weight: 1, arbitrary: fc.constantFrom("+", "-", " ", ".", "n", "x") },
  );
  // Number-unit pairs with, sometimes, one character put in somewhere.
  const nearValid = fc
    .tuple(
      fc.constantFrom("", "-", "+"),
      fc.array(fc.tuple(numbers, fc.constantFrom(...units)), { minLength: 1, maxLength: 3 }),
      fc.option(fc.tuple(fc.nat(), chars)),
    )
    .map(([sign, pairs, ins]) => {
      const s = sign + pairs.map(([n, u]) => n + u).join("");
      if (ins === null) return s;
      const at = ins[0] % (s.length + 1);
      return s.slice(0, at) + ins[1] + s.slice(at);
    });
  const samples = fc.oneof(
    fc.string({ unit: chars, maxLength: 10 }),
    fc.array(tokens, { maxLength: 6 }).map((a) => a.join("")),
    nearValid,
  );

  it("pattern: Go's syntax exactly; pattern and go-duration format: Go's answer exactly", () => {
    let yes = 0;
    let no = 0;
    let overflow = 0;
    fc.assert(
      fc.property(samples, (s) => {
        const ok = accepted(s);
        expect(re.test(s), JSON.stringify(s)).toBe(ok || overflowOnly(s));
        expect(re.test(s) && isGoDuration(s), JSON.stringify(s)).toBe(ok);
        if (ok) yes++;
        else if (overflowOnly(s)) overflow++;
        else no++;
      }),
      { numRuns: 20_000 },
    );
    console.log(`duration pattern: 20000 strings, ${yes} accepted by Go, ${no} rejected, ${overflow} out of range`);
    expect(yes).toBeGreaterThan(1000);
    expect(no).toBeGreaterThan(1000);
    expect(overflow).toBeGreaterThan(10);
  });

  it("is checked by the compiled schema, range included", () => {
    const spec = configSpec({ d: attr(t.duration).required() });
    for (const s of ["0", "-0", "1h5m", "1.5s", "-3ms", "300us", "2\u00b5s", "1.h", ".5m", "2562047h"])
      agree(spec, { d: s }, true);
    for (const s of ["", "5", "5 sec", "1.5", "1e3s", "h", ".s", "00", "2562048h", "-2562048h", 5])
      agree(spec, { d: s }, false);
  });
});

// ---------------------------------------------------------------- shape

describe("schema shape", () => {
  const sub = configSpec({ host: attr(t.string).required(), port: attr(t.int).default(22) }).describe(
    "endpoint",
    "A machine.",
  );
  const spec = configSpec({
    name: attr(t.string).required().doc("The name."),
    mode: attr(t.enum("fast", "safe")).default("safe").example("fast"),
    payload: attr(t.any),
    matrix: attr(t.list(t.map(t.int))),
    limits: attr(t.object({ cpu: t.int, burst: t.duration })),
    waits: attr(t.list(t.duration)).default([1000, 90_000]),
    old: attr(t.string).deprecated("name", "It was renamed."),
    greeting: attr(t.string).defaultFrom((c) => `hi ${String(c["name"])}`, "`hi <name>`"),
    port: attr(t.int).check((p) => (p > 0 ? undefined : "must be positive"), { minimum: 1 }),
    env: attr(t.list(t.string)).check(() => undefined, { items: { pattern: "=" }, maxItems: 9 }),
    code: attr(t.string).check(() => undefined, { not: { const: "x" } }),
    bastion: block(sub).doc("Jump host."),
    target: block(sub).required(),
    step: blockList(sub).minItems(1).maxItems(3),
    extra: blockList(sub),
    server: blockMap(sub, "name"),
  }).describe("demo", "A demo.");
  const schema = toJSONSchema(spec);
  const props = schema.properties!;

  it("has the root keywords, in order", () => {
    expect(Object.keys(schema)).toEqual([
      "$schema",
      "title",
      "description",
      "type",
      "properties",
      "required",
      "additionalProperties",
      "$defs",
    ]);
    expect(schema.$schema).toBe(JSON_SCHEMA_DIALECT);
    expect(schema.title).toBe("demo");
    expect(schema.required).toEqual(["name", "target", "step"]);
  });

  it("writes attributes: nullable unless required, defaults in JSON form, docs and examples", () => {
    expect(props["name"]).toEqual({ description: "The name.", type: "string" });
    expect(props["mode"]).toEqual({
      type: ["string", "null"],
      enum: ["fast", "safe", null],
      default: "safe",
      examples: ["fast"],
    });
    expect(props["payload"]).toEqual({});
    expect(props["matrix"]).toEqual({
      type: ["array", "null"],
      items: { type: "object", additionalProperties: { type: "integer" } },
    });
    expect(props["limits"]).toMatchObject({
      type: ["object", "null"],
      properties: { cpu: { type: "integer" }, burst: { type: "string", format: "go-duration" } },
      required: ["cpu", "burst"],
      additionalProperties: false,
    });
    expect(props["waits"]).toMatchObject({ default: ["1s", "1m30s"] });
    expect(props["old"]).toEqual({
      description: "Deprecated: use `name` instead. It was renamed.",
      deprecated: true,
      type: ["string", "null"],
    });
    expect(props["greeting"]).toEqual({ description: "Default: `hi <name>`.", type: ["string", "null"] });
  });

  it("merges check keywords into the field's schema", () => {
    expect(props["port"]).toEqual({ type: ["integer", "null"], minimum: 1 });
    expect(props["env"]).toEqual({ type: ["array", "null"], items: { type: "string", pattern: "=" }, maxItems: 9 });
    // `not` would reject null too, so null gets its own branch.
    expect(props["code"]).toEqual({ anyOf: [{ type: "string", not: { const: "x" } }, { type: "null" }] });
    expect(mergeSchemas({ type: "string", pattern: "a" }, { pattern: "b" })).toEqual({
      type: "string",
      pattern: "a",
      allOf: [{ pattern: "b" }],
    });
  });

  it("puts block configs in $defs, once each", () => {
    expect(Object.keys(schema.$defs!)).toEqual(["endpoint"]);
    expect(schema.$defs!["endpoint"]).toEqual({
      title: "endpoint",
      description: "A machine.",
      type: "object",
      properties: { host: { type: "string" }, port: { type: ["integer", "null"], default: 22 } },
      required: ["host"],
      additionalProperties: false,
    });
    const ref = { $ref: "#/$defs/endpoint" };
    expect(props["bastion"]).toEqual({ description: "Jump host.", anyOf: [ref, { type: "null" }] });
    expect(props["target"]).toEqual(ref);
    expect(props["step"]).toEqual({ type: "array", items: ref, minItems: 1, maxItems: 3 });
    expect(props["extra"]).toEqual({ type: ["array", "null"], items: ref });
    expect(props["server"]).toEqual({
      description: "Keyed by name.",
      type: ["object", "null"],
      additionalProperties: ref,
    });
  });

  it("names different block configs apart", () => {
    const a = configSpec({ x: attr(t.string) });
    const b = configSpec({ y: attr(t.string) });
    const s = toJSONSchema(configSpec({ one: block(a), two: block(b), "t w/o": block(configSpec({})) }));
    expect(Object.keys(s.$defs!)).toEqual(["one", "two", "t_w_o"]);
    const c = toJSONSchema(configSpec({ one: block(a.describe("n")), two: block(b.describe("n")) }));
    expect(Object.keys(c.$defs!)).toEqual(["n", "n_2"]);
  });

  it("is derived once per spec, and compiled once", () => {
    expect(toJSONSchema(spec)).toBe(schema);
    expect(compileSchema(spec)).toBe(compileSchema(spec));
  });

  it("compiles in ajv's strict mode, for the built-ins too", () => {
    expect(() => compileSchema(spec)).not.toThrow();
    for (const s of builtinConfigs.values()) expect(() => compileSchema(s)).not.toThrow();
  });
});

// ---------------------------------------------------------------- rules, case by case

describe("group rules, as prepare counts set fields", () => {
  const sub = configSpec({ a: attr(t.string) });
  const base = {
    s: attr(t.string),
    n: attr(t.number),
    b: attr(t.bool),
    l: attr(t.list(t.string)),
    m: attr(t.map(t.string)),
    blk: block(sub),
    bl: blockList(sub),
    bm: blockMap(sub, "k"),
  };

  it("exactlyOneOf", () => {
    const spec = configSpec(base).exactlyOneOf(["s", "n"]);
    agree(spec, {}, false);
    agree(spec, { s: "", n: null }, false);
    agree(spec, { s: "x" }, true);
    agree(spec, { n: 0 }, true);
    agree(spec, { s: "", n: 0 }, true);
    agree(spec, { s: "x", n: 0 }, false);
  });

  it("atLeastOneOf", () => {
    const spec = configSpec(base).atLeastOneOf(["b", "l", "bl"]);
    agree(spec, {}, false);
    agree(spec, { b: false, l: [], bl: [] }, false);
    agree(spec, { b: true }, true);
    agree(spec, { l: [""] }, true);
    agree(spec, { bl: [{}] }, true);
    agree(spec, { b: true, l: ["x"], bl: [{}] }, true);
  });

  it("atMostOneOf", () => {
    const spec = configSpec(base).atMostOneOf(["m", "bm", "s"]);
    agree(spec, {}, true);
    agree(spec, { m: {}, bm: {}, s: "" }, true);
    agree(spec, { m: { k: "v" }, bm: {} }, true);
    agree(spec, { m: { k: "v" }, bm: { x: {} } }, false);
    agree(spec, { m: { k: "v" }, bm: { x: {} }, s: "s" }, false);
  });

  it("conflictsWith, a block given as {} counting as set", () => {
    const spec = configSpec(base).conflictsWith("blk", ["s", "n"]);
    agree(spec, { s: "x", n: 1 }, true);
    agree(spec, { blk: {} }, true);
    agree(spec, { blk: {}, s: "" }, true);
    agree(spec, { blk: {}, n: 0 }, false);
    agree(spec, { blk: { a: "" }, s: "x" }, false);
    agree(spec, { blk: null, s: "x" }, true);
  });

  it("rules inside an optional block apply only when it is there", () => {
    const inner = configSpec({ x: attr(t.string), y: attr(t.string) }).exactlyOneOf(["x", "y"]);
    const spec = configSpec({ blk: block(inner), list: blockList(inner) });
    agree(spec, {}, true);
    agree(spec, { blk: null }, true);
    agree(spec, { blk: {} }, false);
    agree(spec, { blk: { x: "1" }, list: [{ y: "2" }, { x: "1" }] }, true);
    agree(spec, { list: [{ y: "2" }, { x: "1", y: "2" }] }, false);
  });

  it("the top level is an object", () => {
    // (A null raw is prepare's "no layer here", not a config: left out.)
    for (const x of [[], "x", 1, true]) agree(spec0, x, false);
    agree(spec0, {}, true);
  });
  const spec0 = configSpec({});
});

// ---------------------------------------------------------------- built-ins

describe("built-in provisioner schemas", () => {
  const dir = join(fixturesDir, "spec-schema");
  for (const [type, spec] of builtinConfigs) {
    it(`${type}: golden`, () => {
      const got = JSON.stringify(toJSONSchema(spec), null, 2) + "\n";
      const path = join(dir, `${type}.schema.json`);
      if (update || !existsSync(path)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, got);
      }
      expect(got).toBe(readFileSync(path, "utf8"));
    });

    it(`${type}: its examples are valid`, () => {
      const validate = compileSchema(spec);
      expect(spec.examples.length).toBeGreaterThan(0);
      for (const ex of spec.examples) {
        expect(validate(ex.value), JSON.stringify(validate.errors)).toBe(true);
        expect(hasErrors(prepare(spec, ex.value).diagnostics)).toBe(false);
      }
    });
  }

  it("the schemas are valid draft 2020-12 schemas", () => {
    const ajv = schemaAjv();
    for (const spec of builtinConfigs.values()) {
      expect(ajv.validateSchema(toJSONSchema(spec)), JSON.stringify(ajv.errors)).toBe(true);
    }
  });
});

// ---------------------------------------------------------------- plinth schema

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  const c = captureStreams();
  const code = schemaCommand(args, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe("plinth schema", () => {
  it("prints a built-in's schema", () => {
    for (const type of builtinConfigs.keys()) {
      const r = run([type]);
      expect(r).toEqual({
        code: 0,
        stdout: readFileSync(join(fixturesDir, "spec-schema", `${type}.schema.json`), "utf8"),
        stderr: "",
      });
    }
  });

  it("--help prints the usage", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: plinth schema \[--form plain\|hcl-json\] TYPE\n/);
    expect(r.stdout).toContain("Types: breakpoint, file, shell, shell-local\n");
    expect(r.stderr).toBe("");
  });

  it("an unknown type is an error, with a suggestion when one is close", () => {
    expect(run(["x"])).toEqual({
      code: 1,
      stdout: "",
      stderr: 'plinth schema: unknown provisioner type "x"; known types: breakpoint, file, shell, shell-local\n',
    });
    expect(run(["shel"]).stderr).toBe(
      'plinth schema: unknown provisioner type "shel"; known types: breakpoint, file, shell, shell-local. Did you mean "shell"?\n',
    );
  });

  it("a missing TYPE, an extra argument or an unknown option is a usage error", () => {
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toMatch(/^Usage: plinth schema \[--form plain\|hcl-json\] TYPE\n/);
    expect(run(["shell", "file"])).toMatchObject({ code: 2, stdout: "" });
    expect(run(["--format=x", "shell"])).toMatchObject({ code: 2, stdout: "" });
    expect(run(["--format=x"]).stderr).toMatch(/^plinth schema: unknown option "--format=x"\n\nUsage:/);
  });
});

// ---------------------------------------------------------------- the hcl-json form

describe("the hcl-json form describes a .pkr.json provisioner body", () => {
  const shell = builtinConfigs.get("shell")!;
  const validate = compileSchema(shell, { form: "hcl-json" });
  const ctx = new EvalContext({
    variables: {
      codes: listVal([numberIntVal(0), numberIntVal(3010)]),
      pause: stringVal("10s"),
      clean: stringVal("true"),
      env: stringVal("A=1"),
    },
  });

  function prepared(body: Record<string, unknown>): string[] {
    const src = parseConfigSource(JSON.stringify(body), "p.pkr.json");
    return shell.prepare(hclRaw(src.body, ctx)).diagnostics.map((d) => d.detail);
  }

  it("accepts templates for any value, numbers and bools as text, and comments", () => {
    const body = {
      "//": "runs after the base image",
      inline: ["echo ${var.x}"],
      valid_exit_codes: "${codes}",
      pause_after: "${pause}",
      skip_clean: "${clean}",
      binary: "false",
      environment_vars: ["${env}"],
      start_retry_timeout: "1m",
      remote_folder: 5,
    };
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(compileSchema(shell)(body)).toBe(false); // the plain form takes none of that
    const r = shell.prepare(
      hclRaw(parseConfigSource(JSON.stringify({ ...body, inline: ["echo hi"] }), "p.pkr.json").body, ctx),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.config?.valid_exit_codes).toEqual([0, 3010]);
    expect(r.config?.pause_after).toBe(10_000);
    expect(r.config?.skip_clean).toBe(true);
    expect(r.config?.remote_folder).toBe("5");
  });

  it("rejects what can never work, as prepare does", () => {
    for (const bad of [
      { inline: ["x"], valid_exit_codes: "abc" },
      { inline: ["x"], pause_after: 5 },
      { inline: ["x"], binary: "yes" },
      { inline: ["x"], inlin: ["y"] },
      { inline: ["x"], script: "a.sh" },
      {},
    ]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
      expect(prepared(bad).length, JSON.stringify(bad)).toBeGreaterThan(0);
    }
  });

  it("blocks may be objects or arrays of objects, as HCL's JSON syntax allows", () => {
    const spec = sampleConfig as unknown as ConfigSpec<Fields>;
    const sample = compileSchema(spec, { form: "hcl-json" });
    const base = { name: "n", source_url: "u", tags: ["t"] };
    const disk = { device: "/dev/sdb", partition: { label: "root" } };
    const cases: [Record<string, unknown>, boolean][] = [
      [{ ...base, disk, step: { command: "make" }, mirror: { eu: [{ url: "https://eu" }] } }, true],
      [{ ...base, disk: [disk], step: [{ command: "a" }, { command: "b" }] }, true],
      [{ ...base, disk: [disk, disk] }, false], // a second block of a single-block type
      [{ ...base, step: [{ command: "a" }, { command: "b" }, { command: "c" }, { command: "d" }] }, false],
      [{ ...base, disk: { "//": "the data disk", ...disk } }, true],
    ];
    for (const [body, ok] of cases) {
      expect(sample(body), JSON.stringify(body)).toBe(ok);
      const src = parseConfigSource(JSON.stringify(body), "s.pkr.json");
      const errors = spec
        .prepare(hclRaw(src.body, new EvalContext()))
        .diagnostics.filter((d) => d.severity === "error");
      expect(errors.length === 0, `${JSON.stringify(body)}: ${errors.map((d) => d.detail).join("; ")}`).toBe(ok);
    }
  });

  it("plinth schema --form hcl-json prints it; a bad form is a usage error", () => {
    const ok = run(["--form", "hcl-json", "shell"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(toJSONSchema(shell, { form: "hcl-json" }));
    expect(run(["--form=xml", "shell"]).code).toBe(2);
  });
});
