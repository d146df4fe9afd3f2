/**
 * One golden case per feature of the authoring API (spec-fixtures/spec/<feature>/),
 * with the spec declared here, in `features`:
 *
 * - `valid.hcl`, `valid.pkr.json` (HCL's JSON syntax) and `valid.plain.json`
 *   (a plain object handed to `prepare`) must all prepare to `expected.json`
 *   — the config, the unknown and sensitive paths, and the warnings;
 * - `bad.hcl` (and `bad.plain.json` where a plain object can be wrong in its
 *   own way) render, underlined, to `expected-errors.txt`, plain inputs
 *   followed by Packer's `N error(s) occurred:` text.
 *
 * Layering cases (`layering-*`) hold numbered layers (`1-base.hcl`,
 * `2-override.plain.json` …) prepared in order, and `expected.json` or
 * `expected-errors.txt`. UPDATE_GOLDEN=1 rewrites the expected files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import * as cty from "../../src/cty/index.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import {
  attr,
  block,
  blockList,
  blockMap,
  configSpec,
  defineGroup,
  packerCommon,
  t,
  type ConfigSpec,
  type Fields,
} from "../../src/spec/index.js";
import { fixturesDir } from "../support/paths.js";
import { errorsText, layerFromText, resultJSON, type Layer } from "./prepare-io.js";

const update = process.env.UPDATE_GOLDEN === "1";
const base = join(fixturesDir, "spec");

interface Feature {
  readonly spec: ConfigSpec<Fields>;
  /** Variables the HCL inputs may use (`var.*`). */
  readonly vars?: Record<string, cty.Value>;
  /** Why this case has no `valid.plain.json`: what a plain object cannot express. */
  readonly noPlain?: string;
}

const spec = <F extends Fields>(c: ConfigSpec<F>): ConfigSpec<Fields> => c as unknown as ConfigSpec<Fields>;

const envVarProblem = (entries: readonly string[]): string | undefined => {
  const bad = entries.find((e) => !/^[^=]+=/.test(e));
  return bad === undefined ? undefined : `Environment variable not in format 'key=value': ${bad}`;
};

const connection = defineGroup("Connection", {
  host: attr(t.string).required().doc("The machine to connect to."),
  port: attr(t.int).default(22).doc("The SSH port."),
});

const features: Record<string, Feature> = {
  string: { spec: spec(configSpec({ name: attr(t.string), label: attr(t.string) })) },
  number: { spec: spec(configSpec({ ratio: attr(t.number), scale: attr(t.number) })) },
  int: { spec: spec(configSpec({ count: attr(t.int), offset: attr(t.int) })) },
  bool: { spec: spec(configSpec({ enabled: attr(t.bool), verbose: attr(t.bool) })) },
  duration: {
    spec: spec(configSpec({ timeout: attr(t.duration), pause: attr(t.duration), tick: attr(t.duration) })),
  },
  enum: {
    spec: spec(configSpec({ direction: attr(t.enum("upload", "download")), mode: attr(t.enum("fast", "safe")) })),
  },
  list: { spec: spec(configSpec({ tags: attr(t.list(t.string)), ports: attr(t.list(t.int)) })) },
  set: { spec: spec(configSpec({ zones: attr(t.set(t.string)), ids: attr(t.set(t.int)) })) },
  map: { spec: spec(configSpec({ env: attr(t.map(t.string)), limits: attr(t.map(t.int)) })) },
  object: {
    spec: spec(
      configSpec({
        owner: attr(t.object({ name: t.string, uid: t.int })),
        group: attr(t.object({ name: t.string, gid: t.int })),
      }),
    ),
  },
  any: { spec: spec(configSpec({ metadata: attr(t.any), extra: attr(t.any) })) },
  required: { spec: spec(configSpec({ source: attr(t.string), destination: attr(t.string).required() })) },
  default: {
    spec: spec(
      configSpec({
        direction: attr(t.enum("upload", "download")).default("upload"),
        retries: attr(t.int).default(3),
        valid_exit_codes: attr(t.list(t.int)).default([0]),
        timeout: attr(t.duration).default(5 * 60_000),
      }),
    ),
  },
  "derived-default": {
    spec: spec(
      configSpec({
        remote_folder: attr(t.string).default("/tmp"),
        remote_file: attr(t.string).default("script.sh"),
        remote_path: attr(t.string).defaultFrom(
          (c) => `${String(c["remote_folder"])}/${String(c["remote_file"])}`,
          "`<remote_folder>/<remote_file>`",
        ),
      }),
    ),
  },
  deprecated: {
    spec: spec(
      configSpec({
        command: attr(t.string).deprecated("inline", "It runs as `inline = [command]`."),
        inline: attr(t.list(t.string)),
      }),
    ),
  },
  "nested-block": {
    spec: spec(
      configSpec({
        name: attr(t.string),
        disk: block(configSpec({ size: attr(t.int).required(), type: attr(t.enum("ssd", "hdd")).default("ssd") })),
      }),
    ),
  },
  "required-block": {
    spec: spec(
      configSpec({
        name: attr(t.string),
        network: block(configSpec({ cidr: attr(t.string).required() })).required(),
      }),
    ),
  },
  "block-list": {
    spec: spec(
      configSpec({
        name: attr(t.string),
        step: blockList(configSpec({ run: attr(t.string).required(), retries: attr(t.int).default(0) }))
          .minItems(1)
          .maxItems(2),
      }),
    ),
  },
  "block-map": {
    spec: spec(
      configSpec({
        item: blockMap(configSpec({ path: attr(t.string).required(), size: attr(t.int).default(1) }), "name"),
      }),
    ),
  },
  "exactly-one-of": {
    spec: spec(
      configSpec({
        inline: attr(t.list(t.string)),
        script: attr(t.string),
        scripts: attr(t.list(t.string)),
      }).exactlyOneOf(["inline", "script", "scripts"]),
    ),
  },
  "at-least-one-of": {
    spec: spec(configSpec({ source: attr(t.string), content: attr(t.string) }).atLeastOneOf(["source", "content"])),
  },
  "at-most-one-of": {
    spec: spec(
      configSpec({ password: attr(t.string), private_key_file: attr(t.string), agent_auth: attr(t.bool) }).atMostOneOf([
        "password",
        "private_key_file",
        "agent_auth",
      ]),
    ),
  },
  "conflicts-with": {
    spec: spec(
      configSpec({ content: attr(t.string), source: attr(t.string), sources: attr(t.list(t.string)) }).conflictsWith(
        "content",
        ["source", "sources"],
      ),
    ),
  },
  "field-check": {
    spec: spec(
      configSpec({
        port: attr(t.int).check((p) => (p < 1 || p > 65535 ? "A port must be between 1 and 65535." : undefined)),
        environment_vars: attr(t.list(t.string)).check(envVarProblem),
      }),
    ),
  },
  validator: {
    spec: spec(
      configSpec({ min_size: attr(t.int).default(1), max_size: attr(t.int).default(1), name: attr(t.string) }).validate(
        (c, ctx) => {
          if (c.min_size > c.max_size) {
            ctx.error(`"min_size" (${c.min_size}) must not be greater than "max_size" (${c.max_size}).`, ["max_size"]);
          }
          if (c.name === null) ctx.warn("Without a name the pool is called after its size.", undefined, "No name");
        },
      ),
    ),
  },
  group: { spec: spec(configSpec({ ...packerCommon, ...connection, user: attr(t.string).default("root") })) },
  "unknown-key": {
    spec: spec(
      configSpec({
        script: attr(t.string),
        inline: attr(t.list(t.string)),
        options: block(configSpec({ verbose: attr(t.bool) })),
      }),
    ),
  },
  "unknown-values": {
    spec: spec(
      configSpec({
        region: attr(t.string).required(),
        environment_vars: attr(t.list(t.string)).check(envVarProblem),
        count: attr(t.int).check((n) => (n < 1 ? "The count must be at least 1." : undefined)),
        timeout: attr(t.duration),
        mode: attr(t.enum("fast", "safe")),
        tags: attr(t.map(t.string)),
        disk: block(configSpec({ size: attr(t.int).required() })),
      })
        .atLeastOneOf(["region", "tags"])
        .validate((c, ctx) => {
          if (ctx.isKnown(["count"]) && c.count !== null && c.count > 10) ctx.error("At most 10.", ["count"]);
        }),
    ),
    vars: {
      x: cty.unknownVal(cty.StringType),
      n: cty.unknownVal(cty.NumberType),
      m: cty.unknownVal(cty.mapOf(cty.StringType)),
    },
    noPlain: "a plain object cannot hold a value that is not known yet",
  },
  sensitive: { spec: spec(configSpec({ user: attr(t.string), password: attr(t.string).sensitive() })) },
  "sensitive-values": {
    spec: spec(
      configSpec({
        token: attr(t.string),
        env: attr(t.map(t.string)),
        tags: attr(t.list(t.string)),
        mode: attr(t.enum("fast", "safe")),
        retries: attr(t.int),
      }),
    ),
    vars: { token: cty.stringVal("hunter2").mark("sensitive"), half: cty.numberFloatVal(2.5).mark("sensitive") },
    noPlain: "only HCL values carry the sensitive mark of the variable they came from",
  },
};

/** Layered cases: the layers are the folder's `N-*` files, in order; `*-errors` cases fail. */
const layering: Record<string, ConfigSpec<Fields>> = {
  layering: spec(
    configSpec({
      name: attr(t.string).required(),
      tags: attr(t.list(t.string)),
      env: attr(t.map(t.string)),
      disk: block(configSpec({ size: attr(t.int).required(), type: attr(t.enum("ssd", "hdd")).default("ssd") })),
      step: blockList(configSpec({ run: attr(t.string).required() })),
      item: blockMap(configSpec({ path: attr(t.string).required(), mode: attr(t.string) }), "name"),
    }),
  ),
  "layering-errors": spec(
    configSpec({
      name: attr(t.string).required(),
      direction: attr(t.enum("upload", "download")).default("upload"),
      port: attr(t.int).check((p) => (p < 1 || p > 65535 ? "A port must be between 1 and 65535." : undefined)),
      inline: attr(t.list(t.string)),
      script: attr(t.string),
      disk: block(configSpec({ size: attr(t.int).required(), type: attr(t.enum("ssd", "hdd")).default("ssd") })),
    }).exactlyOneOf(["inline", "script"]),
  ),
};

function ctxFor(vars: Record<string, cty.Value> | undefined): EvalContext | undefined {
  return vars === undefined ? undefined : new EvalContext({ variables: { var: cty.objectVal(vars) } });
}

function read(dir: string, name: string): string {
  return readFileSync(join(dir, name), "utf8");
}

/** Compares with (or, updating, rewrites) a golden file. */
function golden(path: string, got: string): void {
  if (update || !existsSync(path)) writeFileSync(path, got);
  expect(got).toBe(readFileSync(path, "utf8"));
}

function prepareFiles(s: ConfigSpec<Fields>, dir: string, names: readonly string[], ctx?: EvalContext) {
  const layers: Record<string, Layer> = {};
  for (const n of names) {
    layers[n] = layerFromText(n, read(dir, n), ctx);
    expect(layers[n].syntaxErrors, `${n} parses`).toEqual([]);
  }
  return { layers, result: s.prepare(...Object.values(layers).map((l) => l.raw)) };
}

const json = (v: unknown): string => JSON.stringify(v, null, 2) + "\n";

describe("feature goldens", () => {
  test("every feature has a case folder and every folder a feature", () => {
    const folders = readdirSync(base).filter((n) => !n.includes("."));
    expect(folders.sort()).toEqual([...Object.keys(features), ...Object.keys(layering)].sort());
  });

  for (const [name, f] of Object.entries(features)) {
    const dir = join(base, name);
    const ctx = ctxFor(f.vars);
    const valid = ["valid.hcl", "valid.pkr.json", ...(f.noPlain === undefined ? ["valid.plain.json"] : [])];

    test(`${name}: ${valid.join(", ")} prepare to expected.json`, () => {
      const expectedPath = join(dir, "expected.json");
      const results = valid.map((v) => {
        const { result } = prepareFiles(f.spec, dir, [v], ctx);
        expect(
          result.diagnostics.filter((d) => d.severity === "error"),
          v,
        ).toEqual([]);
        return resultJSON(result);
      });
      golden(expectedPath, json(results[0]));
      for (const [i, r] of results.entries()) expect(r, valid[i]).toEqual(results[0]);
      expect(existsSync(join(dir, "valid.plain.json"))).toBe(f.noPlain === undefined);
    });

    test(`${name}: bad inputs render to expected-errors.txt`, () => {
      const bad = ["bad.hcl", ...(existsSync(join(dir, "bad.plain.json")) ? ["bad.plain.json"] : [])];
      let out = "";
      for (const b of bad) {
        const { layers, result } = prepareFiles(f.spec, dir, [b], ctx);
        expect(result.diagnostics.length, `${b} has diagnostics`).toBeGreaterThan(0);
        out += `=== ${b}\n${errorsText(result, layers, b.endsWith(".plain.json"))}`;
      }
      golden(join(dir, "expected-errors.txt"), out);
    });
  }

  for (const [name, s] of Object.entries(layering)) {
    const dir = join(base, name);
    test(`${name}: layers prepared in order`, () => {
      const names = readdirSync(dir)
        .filter((n) => /^\d+-/.test(n))
        .sort();
      expect(names.length).toBeGreaterThan(1);
      const { layers, result } = prepareFiles(s, dir, names);
      if (!name.endsWith("-errors")) {
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        golden(join(dir, "expected.json"), json(resultJSON(result)));
      } else {
        golden(join(dir, "expected-errors.txt"), errorsText(result, layers, true));
      }
      // Preparing again gives the same result (Packer prepares twice).
      expect(s.prepare(...Object.values(layers).map((l) => l.raw))).toEqual(result);
    });
  }
});

describe("feature declarations", () => {
  test("an embedded group tags its fields and keeps their options", () => {
    const s = features["group"]!.spec;
    expect(s.fields["host"]!.options.group).toBe("Connection");
    expect(s.fields["packer_build_name"]!.options.group).toBe("PackerConfig");
    expect(s.fields["user"]!.options.group).toBeUndefined();
    expect(connection.port.options).toMatchObject({ presence: "defaulted", default: 22, group: "Connection" });
  });

  test("field modifiers return new fields, leaving the shared one untouched", () => {
    const base = attr(t.string);
    const req = base.required().doc("x");
    expect(base.options.presence).toBe("optional");
    expect(base.options.doc).toBeUndefined();
    expect(req.options).toMatchObject({ presence: "required", doc: "x" });
  });

  test("a rule naming a field the config does not have is a programmer error", () => {
    expect(() => configSpec({ a: attr(t.string) }).exactlyOneOf(["a", "b" as "a"])).toThrow(
      'config rule exactlyOneOf names unknown field "b"',
    );
  });
});
