/**
 * The derived JSON Schema accepts exactly what `prepare` accepts (issue 6's
 * acceptance): random plain configs for the four built-in provisioners and
 * for a test config that uses every feature must get the same verdict from
 * ajv and from `prepare`. The generator is driven by the spec itself and
 * stays near the valid space — zero values, nulls, wrong types, unknown
 * keys, bad durations, fractions for integers, enum misses, empty lists —
 * so that both verdicts come up often.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinConfigs } from "../../src/provisioners/builtin-configs.js";
import { envVarFormatSchema, envVarProblem } from "../../src/provisioners/shell-common.js";
import {
  attr,
  block,
  blockList,
  blockMap,
  configSpec,
  prepare,
  t,
  type AnyField,
  type ConfigSpec,
  type FieldType,
  type Fields,
  type GroupRule,
} from "../../src/spec/index.js";
import { compileSchema } from "../../src/spec/json-schema/compile.js";

const NUM_RUNS = 3000;

// ---------------------------------------------------------------- a config with every feature

const portRange = (p: number): string | undefined => (p < 1 || p > 65535 ? `port ${p} is out of range` : undefined);

const endpoint = configSpec({
  host: attr(t.string).required().doc("Host name or address."),
  port: attr(t.int).default(22).check(portRange, { minimum: 1, maximum: 65535 }),
  user: attr(t.string),
  key_file: attr(t.string),
  password: attr(t.string).sensitive(),
  timeout: attr(t.duration),
})
  .describe("endpoint", "A machine to connect to.")
  .atMostOneOf(["key_file", "password"]);

const step = configSpec({
  run: attr(t.string).required(),
  retries: attr(t.int),
  env: attr(t.map(t.string)),
});

/** Every type, presence, block kind, group-rule kind and a check with `jsonSchema`. */
const everything = configSpec({
  name: attr(t.string).required().doc("The name."),
  count: attr(t.int).default(1),
  ratio: attr(t.number),
  enabled: attr(t.bool).default(true),
  timeout: attr(t.duration).default(90_000),
  mode: attr(t.enum("fast", "safe")).default("safe").example("fast"),
  payload: attr(t.any),
  matrix: attr(t.list(t.map(t.int))),
  tags: attr(t.set(t.string)),
  labels: attr(t.map(t.string)),
  limits: attr(t.object({ cpu: t.int, memory: t.string, burst: t.duration, extra: t.any })),
  waits: attr(t.list(t.duration)).default([1000, 90_000]),
  old_name: attr(t.string).deprecated("name", "It was renamed."),
  inline: attr(t.list(t.string)),
  script: attr(t.string),
  scripts: attr(t.list(t.string)),
  keep: attr(t.bool),
  env: attr(t.list(t.string)).check(envVarProblem, envVarFormatSchema),
  greeting: attr(t.string).defaultFrom((c) => `hello ${String(c["name"])}`, "`hello <name>`"),
  bastion: block(endpoint),
  target: block(endpoint).required(),
  step: blockList(step).minItems(1).maxItems(3),
  server: blockMap(endpoint, "name"),
})
  .describe("everything", "A test config that uses every feature.")
  .exactlyOneOf(["inline", "script"])
  .atLeastOneOf(["ratio", "keep", "limits"])
  .atMostOneOf(["scripts", "matrix", "labels", "payload"])
  .conflictsWith("bastion", ["server", "keep"])
  .conflictsWith("mode", ["tags"]);

// ---------------------------------------------------------------- the generator

const ABSENT = Symbol("absent");

const keyArb = fc.constantFrom("a", "B", "key one", "", "a.b", "toString");
const unknownKeys = ["colour", "scirpt", "Inline", "name_", "x", "constructor", "valueOf"];

const goodDurations = [
  "0",
  "-0",
  "+0",
  "0s",
  "1h5m",
  "1.5s",
  "-3ms",
  "300us",
  "2\u00b5s",
  "7\u03bcs",
  "1.h",
  ".5m",
  "1h1h",
  "2562047h",
  "9223372036854775807ns",
  "-9223372036854775808ns",
];
const badDurations = [
  "",
  "5",
  "5 sec",
  "1.5",
  "h",
  "1hx",
  ".s",
  " 1s",
  "1s ",
  "--1s",
  "+",
  "00",
  "1e3s",
  "2562048h",
  "9223372036854775808ns",
  "99999999999999999999s",
];

const durationArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...goodDurations),
  fc
    .tuple(
      fc.constantFrom("", "", "-", "+"),
      fc.array(
        fc.tuple(
          fc.oneof(fc.nat({ max: 5000 }).map(String), fc.constantFrom("1.5", ".25", "3.", "0")),
          fc.constantFrom("ns", "us", "\u00b5s", "ms", "s", "m", "h"),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(([sign, parts]) => sign + parts.map(([n, u]) => n + u).join("")),
);

/** Values of other JSON types, to put where a type does not fit. */
const strangers: unknown[] = [1, 0, 1.5, -2, "1", "true", "", true, false, [], {}, ["a"], { a: 1 }];

function fits(ft: FieldType<unknown>, v: unknown): boolean {
  switch (ft.kind) {
    case "string":
      return typeof v === "string";
    case "duration":
      return false; // the strangers hold no valid duration
    case "enum":
      return typeof v === "string" && ft.values.includes(v);
    case "number":
      return typeof v === "number";
    case "int":
      return typeof v === "number" && Number.isInteger(v);
    case "bool":
      return typeof v === "boolean";
    case "any":
      return true;
    case "list":
    case "set":
      return Array.isArray(v) && v.length === 0;
    case "map":
      return typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
    case "object":
      return false;
  }
}

function wrongType(ft: FieldType<unknown>): fc.Arbitrary<unknown> {
  return fc.constantFrom(...strangers.filter((v) => !fits(ft, v)));
}

function validValue(ft: FieldType<unknown>): fc.Arbitrary<unknown> {
  switch (ft.kind) {
    case "string":
      return fc.oneof(fc.constantFrom("", "a", "KEY=v", "x=", "safe", "hello world"), fc.string({ maxLength: 5 }));
    case "number":
      return fc.oneof(fc.constantFrom(0, -1, 1.5, 1e21), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case "int":
      return fc.oneof(fc.constantFrom(0, 1, 22, 65535, 65536, -7), fc.integer());
    case "bool":
      return fc.boolean();
    case "duration":
      return durationArb;
    case "enum":
      return fc.constantFrom(...ft.values);
    case "any":
      return fc.jsonValue({ maxDepth: 2 });
    case "list":
    case "set":
      return fc.array(validValue(ft.element), { maxLength: 3 });
    case "map":
      return fc.dictionary(keyArb, validValue(ft.element), { maxKeys: 3, noNullPrototype: true });
    case "object": {
      const rec: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, at] of Object.entries(ft.attributes)) rec[k] = validValue(at);
      return fc.record(rec);
    }
  }
}

/** A value `prepare` rejects, near a valid one. */
function invalidValue(ft: FieldType<unknown>): fc.Arbitrary<unknown> {
  switch (ft.kind) {
    case "string":
    case "number":
    case "bool":
      return wrongType(ft);
    case "int":
      return fc.oneof(fc.constantFrom(1.5, -0.25, 1e-7), wrongType(ft));
    case "duration":
      return fc.oneof(fc.constantFrom(...badDurations), wrongType(ft));
    case "enum":
      return fc.oneof(
        fc.constantFrom("", ...ft.values.map((v) => v.toUpperCase()), ft.values[0]! + "x"),
        wrongType(ft),
      );
    case "any":
      return validValue(ft); // nothing JSON can say is wrong here
    case "list":
    case "set":
      // Any JSON value, null too, is a fine element of list(any): only the list itself can be wrong.
      if (ft.element.kind === "any") return wrongType(ft);
      return fc.oneof(
        wrongType(ft),
        fc
          .tuple(
            fc.array(validValue(ft.element), { maxLength: 2 }),
            fc.oneof(fc.constant(null), invalidValue(ft.element)),
          )
          .map(([ok, bad]) => [...ok, bad]),
      );
    case "map":
      if (ft.element.kind === "any") return wrongType(ft);
      return fc.oneof(
        wrongType(ft),
        fc
          .tuple(validValue(ft), keyArb, fc.oneof(fc.constant(null), invalidValue(ft.element)))
          .map(([ok, k, bad]) => ({ ...(ok as object), [k]: bad })),
      );
    case "object": {
      const names = Object.keys(ft.attributes);
      return fc.oneof(
        wrongType(ft),
        // an attribute missing, null, of a wrong value, or one too many
        fc.tuple(validValue(ft), fc.constantFrom(...names)).map(([ok, k]) => {
          const o = { ...(ok as Record<string, unknown>) };
          delete o[k];
          return o;
        }),
        fc
          .tuple(validValue(ft), fc.constantFrom(...names.filter((n) => ft.attributes[n]!.kind !== "any")))
          .chain(([ok, k]) =>
            fc
              .oneof(fc.constant(null), invalidValue(ft.attributes[k]!))
              .map((bad) => ({ ...(ok as object), [k]: bad })),
          ),
        validValue(ft).map((ok) => ({ ...(ok as object), surplus: 1 })),
      );
    }
  }
}

/**
 * How a config is generated. `clean`: well-typed values that pass the field
 * checks, block lists within their bounds, required fields nearly always
 * there, and the group rules repaired (so most clean configs are valid);
 * `loose`: well-typed, but presence, zero values and rules left to chance;
 * `dirty`: like loose, plus wrong values and unknown keys.
 */
type Mode = "clean" | "loose" | "dirty";

function passesChecks(f: AnyField, v: unknown): boolean {
  if (f.kind !== "attr") return true;
  return f.options.checks.every((c) => c.fn(v) === undefined);
}

/** Duration fields are checked in milliseconds, not in their JSON form: no test config checks one. */
function validField(f: AnyField, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case "attr": {
      const v = validValue(f.type);
      return mode === "clean" && f.options.checks.length > 0 ? v.filter((x) => passesChecks(f, x)) : v;
    }
    case "block":
      return arbConfig(f.config, mode, depth + 1);
    case "blockList": {
      const { minItems, maxItems } = f.options;
      const bounds =
        mode === "clean"
          ? { minLength: minItems, maxLength: maxItems > 0 ? maxItems : minItems + 3 }
          : { maxLength: 4 };
      return fc.array(arbConfig(f.config, mode, depth + 1), bounds);
    }
    case "blockMap":
      return fc.dictionary(keyArb, arbConfig(f.config, mode, depth + 1), { maxKeys: 2, noNullPrototype: true });
  }
}

function invalidField(f: AnyField): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case "attr": {
      const wrong = invalidValue(f.type);
      if (f.options.checks.length === 0) return wrong;
      return fc.oneof(
        wrong,
        validValue(f.type).filter((x) => !passesChecks(f, x)),
      );
    }
    case "block":
      return fc.constantFrom("x", [], 1, [{}]);
    case "blockList":
      return fc.constantFrom({}, [null], ["x"], "x");
    case "blockMap":
      return fc.constantFrom([], { a: null }, { a: "x" }, { a: [] });
  }
}

function isRequiredField(f: AnyField): boolean {
  if (f.kind === "attr" || f.kind === "block") return f.options.presence === "required";
  return f.kind === "blockList" && f.options.minItems > 0;
}

/** Go's zero values, which group rules count as unset. */
function isZero(v: unknown): boolean {
  if (v === null || v === "" || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === "object" && Object.keys(v as object).length === 0;
}

/**
 * A change that makes the config satisfy one group rule: keep one field
 * (given a set value) and drop the others, or for conflictsWith drop one
 * side. Later repairs can undo earlier ones when rules share fields.
 */
function ruleRepair(
  spec: ConfigSpec<Fields>,
  rule: GroupRule,
  depth: number,
): fc.Arbitrary<(c: Record<string, unknown>) => void> {
  const names = rule.fields;
  const setValue = (n: string): fc.Arbitrary<unknown> =>
    validField(spec.fields[n]!, "clean", depth).filter((v) => spec.fields[n]!.kind === "block" || !isZero(v));
  switch (rule.kind) {
    case "exactlyOneOf":
    case "atLeastOneOf":
    case "atMostOneOf":
      return fc.nat(names.length - 1).chain((i) =>
        setValue(names[i]!).map((v) => (c: Record<string, unknown>) => {
          for (const n of names) delete c[n];
          c[names[i]!] = v;
        }),
      );
    case "conflictsWith":
      return fc.boolean().map((dropField) => (c: Record<string, unknown>) => {
        for (const n of dropField ? names.slice(0, 1) : names.slice(1)) delete c[n];
      });
  }
}

/** A plain config for the spec, generated as `mode` says. */
function arbConfig(spec: ConfigSpec<Fields>, mode: Mode, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const rec: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, f] of Object.entries(spec.fields)) {
    const req = isRequiredField(f);
    const arms: fc.WeightedArbitrary<unknown>[] = [
      { weight: req ? 1 : 6, arbitrary: fc.constant(ABSENT) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: req ? (mode === "clean" ? 40 : 12) : 4, arbitrary: validField(f, mode, depth) },
    ];
    if (mode === "dirty") arms.push({ weight: 1, arbitrary: invalidField(f) });
    rec[name] = depth > 2 ? fc.constant(ABSENT) : fc.oneof(...arms);
  }
  const extra =
    mode === "dirty"
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constant([]) },
          { weight: 1, arbitrary: fc.subarray(unknownKeys, { maxLength: 2 }) },
        )
      : fc.constant([]);
  const repairs = mode === "clean" ? fc.tuple(...spec.rules.map((r) => ruleRepair(spec, r, depth))) : fc.constant([]);
  return fc.tuple(fc.record(rec), extra, fc.constantFrom(null, 1, "x"), repairs).map(([r, keys, v, fixes]) => {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(r)) if (val !== ABSENT) out[k] = val;
    for (const fix of fixes) fix(out);
    for (const k of keys) out[k] = v;
    return out;
  });
}

// ---------------------------------------------------------------- the property

interface Verdict {
  ok: boolean;
  /** The errors' summaries, paths blanked, to tally which kinds of problem came up. */
  kinds: string[];
  text: string;
}

function prepareVerdict(spec: ConfigSpec<Fields>, x: Record<string, unknown>): Verdict {
  const r = prepare(spec, x);
  const errors = r.diagnostics.filter((d) => d.severity === "error");
  return {
    ok: errors.length === 0,
    kinds: errors.map((d) =>
      d.summary
        .replace(/^Invalid value for .*/, "Invalid value for …")
        .replace(/^(Missing|Insufficient|Too many) \S+ blocks?$/, "$1 … block"),
    ),
    text: r.diagnostics.map((d) => `${d.severity}: ${d.summary}: ${d.detail}`).join("\n"),
  };
}

const configs: [string, ConfigSpec<Fields>][] = [
  ...builtinConfigs,
  ["everything (test-only)", everything as unknown as ConfigSpec<Fields>],
];

describe("the JSON Schema accepts exactly what prepare accepts", () => {
  for (const [name, spec] of configs) {
    it(name, () => {
      const validate = compileSchema(spec);
      let accepted = 0;
      let rejected = 0;
      const kinds = new Map<string, number>();
      const modes = fc.oneof(
        { weight: 2, arbitrary: fc.constant<Mode>("clean") },
        { weight: 1, arbitrary: fc.constant<Mode>("loose") },
        { weight: 1, arbitrary: fc.constant<Mode>("dirty") },
      );
      const arb = modes.chain((mode) => arbConfig(spec, mode));
      fc.assert(
        fc.property(arb, (x) => {
          const ajv = validate(x);
          const prep = prepareVerdict(spec, x);
          if (ajv !== prep.ok) {
            throw new Error(
              `ajv says ${ajv ? "valid" : "invalid"}, prepare says ${prep.ok ? "valid" : "invalid"}\n` +
                `config: ${JSON.stringify(x)}\n` +
                `ajv errors: ${JSON.stringify(validate.errors ?? [], null, 1)}\n` +
                `prepare diagnostics:\n${prep.text}`,
            );
          }
          if (ajv) accepted++;
          else rejected++;
          for (const k of new Set(prep.kinds)) kinds.set(k, (kinds.get(k) ?? 0) + 1);
        }),
        { numRuns: NUM_RUNS },
      );
      const tally = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`);
      console.log(
        `${name}: ${accepted + rejected} runs, ${accepted} accepted, ${rejected} rejected; configs with: ${tally.join(", ")}`,
      );
      // Both verdicts must come up often, or the property proves little.
      expect(accepted).toBeGreaterThan(NUM_RUNS / 10);
      expect(rejected).toBeGreaterThan(NUM_RUNS / 10);
    });
  }
});

describe("the hcl-json form is a superset of the plain form", () => {
  for (const [name, spec] of configs) {
    it(name, () => {
      const plain = compileSchema(spec);
      const hclJSON = compileSchema(spec, { form: "hcl-json" });
      const arb = fc.constantFrom<Mode>("clean", "loose", "dirty").chain((mode) => arbConfig(spec, mode));
      fc.assert(
        fc.property(arb, (x) => {
          if (plain(x) && !hclJSON(x)) {
            throw new Error(`hcl-json rejects ${JSON.stringify(x)}: ${JSON.stringify(hclJSON.errors, null, 1)}`);
          }
        }),
        { numRuns: NUM_RUNS / 3 },
      );
    });
  }
});

// ---------------------------------------------------------------- edge cases

/**
 * Cases that once disagreed, kept as plain examples: keys named like
 * Object.prototype members (prepare took them for fields), an `any` value
 * holding [] or {} (prepare counted it as set) or an own `toString` key
 * (ajv's deep equality called it, when the rules used `enum: [[], {}]`).
 */
describe("edge cases", () => {
  const spec = configSpec({
    s: attr(t.string),
    o: attr(t.object({ x: t.int })),
    a: attr(t.any),
    blk: block(configSpec({ y: attr(t.string) })),
  }).atMostOneOf(["a", "s"]) as unknown as ConfigSpec<Fields>;
  const agree = (x: Record<string, unknown>, valid: boolean): void => {
    expect({ ajv: compileSchema(spec)(x), prepare: prepareVerdict(spec, x).ok }, JSON.stringify(x)).toEqual({
      ajv: valid,
      prepare: valid,
    });
  };

  it("keys named like Object.prototype members are unknown", () => {
    for (const k of ["constructor", "toString", "hasOwnProperty", "__proto__"]) {
      agree(JSON.parse(`{${JSON.stringify(k)}: 1}`) as Record<string, unknown>, false);
    }
    agree({ blk: { valueOf: "x" } }, false);
    agree({ o: { x: 1, toString: 2 } }, false);
  });

  it('an `any` field holding [], {}, "" or false is unset for rules', () => {
    for (const a of [[], {}, "", false, null]) agree({ a, s: "x" }, true);
    for (const a of [[null], { k: null }, 0, true, "x"]) agree({ a, s: "x" }, false);
  });

  it("data with its own toString or valueOf key is data", () => {
    agree({ a: { toString: 0 }, s: "x" }, false);
    agree({ a: { valueOf: 0, toString: 1 } }, true);
  });
});
