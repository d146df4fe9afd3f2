// Native and JSON twins decode to the same values (issue 5: "`.pkr.json` and
// `.hcl.json` files decode to the same values as their native twins").
//
// 1. Hand-written Packer-style twins, decoded with one spec through the
//    native body and the JSON body.
// 2. Every file of the shared corpus (real Packer, Terraform and synthetic
//    configurations), converted to its JSON twin by HashiCorp's own
//    converter (@cdktf/hcl2json, Go HCL compiled to WebAssembly). A spec is
//    derived from the native file's structure (every attribute `any`, every
//    block type with its label count); both twins are decoded with it in a
//    context where every referenced variable is unknown and Packer's
//    functions exist, and must give the same value and the same diagnostics
//    (by summary). hcl2json groups blocks by type and label, so blocks are
//    compared as a multiset.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as hcl2json } from "@cdktf/hcl2json";
import { describe, expect, test } from "vitest";
import { parseConfig } from "../../grammar/index.js";
import { typeJSONString } from "../../src/cty/json.js";
import { numberText } from "../../src/cty/number.js";
import { DynamicVal, numberIntVal, stringVal, type Value } from "../../src/cty/value.js";
import type { Body } from "../../src/hcl/ast.js";
import type { HclBody } from "../../src/hcl/body.js";
import { type Diagnostic, hasErrors } from "../../src/hcl/diagnostic.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { packerFunctions } from "../../src/hcl/functions.js";
import { NativeBody } from "../../src/hcl/native-body.js";
import { variables } from "../../src/hcl/static.js";
import { parseJSON } from "../../src/json/index.js";
import { hasShared, sharedDir, sharedMissing } from "../support/paths.js";
import { decodeBody, readSpecFile } from "./mini-hcldec.js";

/** A value as plain data that compares structurally; unknowns and nulls keep their type. */
function canon(v: Value): unknown {
  if (!v.isKnown()) return { unknown: typeJSONString(v.type) };
  if (v.isNull()) return { null: typeJSONString(v.type) };
  const t = v.type;
  switch (t.kind) {
    case "number":
      return { n: numberText(v.asNumber(), v.prec) };
    case "bool":
      return v.asBool();
    case "string":
      return v.asString();
    case "list":
    case "tuple":
      return v.elements().map(canon);
    case "set":
      return v
        .elements()
        .map(canon)
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    case "map":
    case "object": {
      const o: Record<string, unknown> = {};
      for (const [k, x] of v.entries()) o[k] = canon(x);
      return { [t.kind]: o };
    }
    default:
      return { other: typeJSONString(t) };
  }
}

// ---------------------------------------------------------------- hand-written twins

const PACKER_SPEC = `object {
  attr "name" { type = string }
  attr "count" { type = number }
  attr "tags" { type = map(string) }
  block_map "source" {
    labels = ["type", "name"]
    object {
      attr "ami_name" { type = string }
      attr "ssh_username" { type = string }
      attr "regions" { type = list(string) }
    }
  }
  block_list "provisioner" {
    object {
      attr "type" { type = string }
      attr "inline" { type = list(string) }
      attr "pause" { type = number }
    }
  }
}
`;

const TWINS: { name: string; native: string; json: string }[] = [
  {
    name: "packer-build",
    native: `
name  = "build-\${n}"
count = 3
tags = {
  Name  = "x"
  "a-b" = "\${name}"
}
source "amazon-ebs" "ubuntu" {
  ami_name     = "ami-\${n + 1}"
  ssh_username = "ubuntu"
  regions      = ["us-east-1", "eu-west-1"]
}
source "amazon-ebs" "debian" {
  ami_name = upper("deb")
}
provisioner {
  type   = "shell"
  inline = ["echo \${n}", "echo $\${HOME}"]
}
provisioner {
  type  = "breakpoint"
  pause = 1.5e3
}
`,
    json: `{
  "//": "the same build in JSON",
  "name": "build-\${n}",
  "count": 3,
  "tags": {"Name": "x", "a-b": "\${name}"},
  "source": {
    "amazon-ebs": {
      "ubuntu": {"ami_name": "ami-\${n + 1}", "ssh_username": "ubuntu", "regions": ["us-east-1", "eu-west-1"]},
      "debian": {"ami_name": "\${upper(\\"deb\\")}"}
    }
  },
  "provisioner": [
    {"type": "shell", "inline": ["echo \${n}", "echo $\${HOME}"]},
    {"type": "breakpoint", "pause": 1500}
  ]
}`,
  },
  {
    name: "array-root-and-strings-as-numbers",
    native: `count = 2\nprovisioner {\n  type = "a"\n}\nprovisioner {\n  type = "b"\n}\n`,
    json: `[{"count": "2", "provisioner": {"type": "a"}}, {"provisioner": [{"type": "b"}]}]`,
  },
];

describe("hand-written native/JSON twins decode alike", () => {
  const { spec } = readSpecFile(PACKER_SPEC);
  const functions = packerFunctions();
  const known = new EvalContext({ variables: { n: numberIntVal(41), name: stringVal("nm") }, functions });
  const unknown = new EvalContext({ variables: { n: DynamicVal, name: DynamicVal }, functions });
  for (const c of TWINS) {
    test(`JSON-02..07 ${c.name}`, () => {
      const native = parseConfig(c.native, "twin.pkr.hcl");
      const json = parseJSON(c.json, "twin.pkr.json");
      expect(native.diagnostics).toEqual([]);
      expect(json.diagnostics).toEqual([]);
      for (const context of [known, unknown]) {
        const a = decodeBody(new NativeBody(native.file.body), spec, context);
        const b = decodeBody(json.file.body, spec, context);
        expect(b.diagnostics.map((d) => d.summary)).toEqual(a.diagnostics.map((d) => d.summary));
        expect(canon(b.value)).toEqual(canon(a.value));
      }
    });
  }
});

// ---------------------------------------------------------------- corpus twins

interface Shape {
  attrs: Set<string>;
  blocks: Map<string, { labels: number; shape: Shape }>;
}

/** The structure of a native body, merged over all blocks of each type; undefined when no spec can describe it. */
function shapeOf(bodies: Body[]): Shape | undefined {
  const shape: Shape = { attrs: new Set(), blocks: new Map() };
  const nested = new Map<string, Body[]>();
  for (const body of bodies) {
    for (const a of body.attributes) shape.attrs.add(a.name);
    for (const b of body.blocks) {
      const prev = shape.blocks.get(b.type);
      if (prev !== undefined && prev.labels !== b.labels.length) return undefined;
      shape.blocks.set(b.type, {
        labels: b.labels.length,
        shape: prev?.shape ?? { attrs: new Set(), blocks: new Map() },
      });
      nested.set(b.type, [...(nested.get(b.type) ?? []), b.body]);
    }
  }
  for (const [type, bs] of nested) {
    if (shape.attrs.has(type)) return undefined;
    const inner = shapeOf(bs);
    if (inner === undefined) return undefined;
    shape.blocks.get(type)!.shape = inner;
  }
  return shape;
}

function decodeShape(body: HclBody, shape: Shape, ctx: EvalContext, diags: Diagnostic[]): unknown {
  const schema = {
    attributes: [...shape.attrs].map((name) => ({ name })),
    blocks: [...shape.blocks].map(([type, s]) => ({
      type,
      labelNames: Array.from({ length: s.labels }, (_, i) => `l${i}`),
    })),
  };
  const { content, diagnostics } = body.content(schema);
  diags.push(...diagnostics);
  const out: Record<string, unknown> = {};
  for (const [name, a] of [...content.attributes].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const r = a.expr.value(ctx);
    diags.push(...r.diagnostics);
    out[name] = canon(r.value);
  }
  for (const [type, s] of shape.blocks) {
    out[`block:${type}`] = content.blocks
      .filter((b) => b.type === type)
      .map((b) => [b.labels, decodeShape(b.body, s.shape, ctx, diags)])
      .map((x) => JSON.stringify(x))
      .sort();
  }
  return out;
}

function rootNames(body: Body, out: Set<string>): void {
  for (const a of body.attributes) for (const t of variables(a.expr)) out.add((t[0] as { name: string }).name);
  for (const b of body.blocks) rootNames(b.body, out);
}

function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p));
    else if (/\.(hcl|tf)$/.test(name) && statSync(p).size < 2_000_000) out.push(p);
  }
  return out;
}

describe.skipIf(!hasShared)("corpus files and their hcl2json twins decode alike", () => {
  if (!hasShared) test.skip(sharedMissing, () => {});
  test("JSON-02..10 every corpus file", async () => {
    // Functions whose results differ from call to call would make the twins differ.
    const functions = packerFunctions();
    for (const impure of ["uuid", "uuidv4", "timestamp", "bcrypt"]) functions.delete(impure);
    const failures: string[] = [];
    let compared = 0;
    let skipped = 0;
    for (const path of corpusFiles(join(sharedDir, "corpus"))) {
      const text = readFileSync(path, "utf8");
      const name = relative(sharedDir, path);
      const native = parseConfig(text, name);
      if (hasErrors(native.diagnostics)) {
        skipped++;
        continue;
      }
      const shape = shapeOf([native.file.body]);
      let jsonText: string;
      try {
        jsonText = JSON.stringify(await hcl2json(name, text));
      } catch {
        skipped++; // no JSON form (e.g. one block type both with and without labels)
        continue;
      }
      if (shape === undefined) {
        skipped++;
        continue;
      }
      const roots = new Set<string>();
      rootNames(native.file.body, roots);
      const ctx = new EvalContext({ variables: new Map([...roots].map((r) => [r, DynamicVal])), functions });
      const json = parseJSON(jsonText, name + ".json");
      if (json.diagnostics.length > 0) {
        failures.push(`${name}: JSON twin does not parse: ${json.diagnostics[0]!.summary}`);
        continue;
      }
      const nd: Diagnostic[] = [];
      const jd: Diagnostic[] = [];
      const a = JSON.stringify(decodeShape(new NativeBody(native.file.body), shape, ctx, nd));
      const b = JSON.stringify(decodeShape(json.file.body, shape, ctx, jd));
      const sa = nd.map((d) => d.summary).sort();
      const sb = jd.map((d) => d.summary).sort();
      compared++;
      if (a !== b || JSON.stringify(sa) !== JSON.stringify(sb)) {
        let at = 0;
        while (at < a.length && a[at] === b[at]) at++;
        const from = Math.max(0, at - 150);
        failures.push(
          `${name}:\n  native …${a.slice(from, at + 250)} ${JSON.stringify(sa)}\n  json   …${b.slice(from, at + 250)} ${JSON.stringify(sb)}`,
        );
      }
    }
    console.log(`corpus twins: ${compared - failures.length}/${compared} agree, ${skipped} skipped`);
    expect(failures.slice(0, Number(process.env.TWIN_SHOW ?? 5)).join("\n")).toBe("");
    expect(compared).toBeGreaterThan(200);
  });
});
