/**
 * The native syntax through the syntax-independent interface (SYN-10..14,
 * MRG-01): schema application, leftovers with suggestions, label checks,
 * partial reads hiding what they consumed, attributes-only bodies, and
 * merged bodies.
 */
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../grammar/index.js";
import type { BodySchema, HclBody } from "../../src/hcl/body.js";
import type { Diagnostic } from "../../src/hcl/diagnostic.js";
import { mergeBodies } from "../../src/hcl/merged.js";
import { nativeBody } from "../../src/hcl/native-body.js";
import { rangeString } from "../../src/hcl/pos.js";

function body(text: string, filename = "in.hcl"): HclBody {
  const { file, diagnostics } = parseConfig(text, filename);
  expect(diagnostics).toEqual([]);
  return nativeBody(file.body);
}

function show(diags: readonly Diagnostic[]): string[] {
  return diags.map((d) => `${d.summary} | ${d.detail} | ${d.subject === undefined ? "-" : rangeString(d.subject)}`);
}

const schema: BodySchema = {
  attributes: [{ name: "name", required: true }, { name: "count" }],
  blocks: [
    { type: "provisioner", labelNames: ["type"] },
    { type: "tags", labelNames: [] },
  ],
};

describe("content (SYN-12)", () => {
  it("returns the attributes and blocks the schema names, in source order", () => {
    const { content, diagnostics } = body(
      'name = "a"\nprovisioner "shell" {}\ntags {}\nprovisioner "file" {}\n',
    ).content(schema);
    expect(diagnostics).toEqual([]);
    expect([...content.attributes.keys()]).toEqual(["name"]);
    expect(content.blocks.map((b) => [b.type, ...b.labels])).toEqual([
      ["provisioner", "shell"],
      ["tags"],
      ["provisioner", "file"],
    ]);
  });

  it("reports leftovers with Go's suggestions", () => {
    const { diagnostics } = body('name = "a"\ncuont = 1\ntags = {}\nprovisoner "x" {}\ncount {}\n').content(schema);
    expect(show(diagnostics)).toEqual([
      'Unsupported argument | An argument named "cuont" is not expected here. Did you mean "count"? | in.hcl:2,1-6',
      'Unsupported argument | An argument named "tags" is not expected here. Did you mean to define a block of type "tags"? | in.hcl:3,1-5',
      'Unsupported block type | Blocks of type "provisoner" are not expected here. Did you mean "provisioner"? | in.hcl:4,1-11',
      'Unsupported block type | Blocks of type "count" are not expected here. Did you mean to define argument "count"? If so, use the equals sign to assign it a value. | in.hcl:5,1-6',
    ]);
  });

  it("reports a missing required argument at the body's start (SYN-10)", () => {
    const { diagnostics } = body("count = 1\n").content(schema);
    expect(show(diagnostics)).toEqual([
      'Missing required argument | The argument "name" is required, but no definition was found. | in.hcl:1,1-1',
    ]);
  });

  it("checks block labels", () => {
    const { content, diagnostics } = body('name = "a"\nprovisioner {}\ntags "x" {}\nprovisioner "a" "b" {}\n').content(
      schema,
    );
    expect(content.blocks).toEqual([]);
    expect(show(diagnostics)).toEqual([
      "Missing type for provisioner | All provisioner blocks must have 1 labels (type). | in.hcl:2,13-14",
      "Extraneous label for tags | No labels are expected for tags blocks. | in.hcl:3,6-9",
      "Extraneous label for provisioner | Only 1 labels (type) are expected for provisioner blocks. | in.hcl:4,17-20",
    ]);
  });
});

describe("partialContent (SYN-14)", () => {
  it("hides what it read, so the remainder reports only what nobody asked for", () => {
    const b = body('name = "a"\nextra = 1\ntags {}\n');
    const first = b.partialContent({ attributes: [{ name: "name" }], blocks: [{ type: "tags", labelNames: [] }] });
    expect(first.diagnostics).toEqual([]);
    const rest = first.remain.content({ attributes: [{ name: "name", required: true }], blocks: [] });
    expect(show(rest.diagnostics)).toEqual([
      'Missing required argument | The argument "name" is required, but no definition was found. | in.hcl:1,1-1',
      'Unsupported argument | An argument named "extra" is not expected here. | in.hcl:2,1-6',
    ]);
  });
});

describe("justAttributes (SYN-13)", () => {
  it("returns every attribute and reports only the first block", () => {
    const { attributes, diagnostics } = body("a = 1\nx {}\nb = 2\ny {}\n").justAttributes();
    expect([...attributes.keys()]).toEqual(["a", "b"]);
    expect(show(diagnostics)).toEqual(['Unexpected "x" block | Blocks are not allowed here. | in.hcl:2,1-2']);
  });
});

describe("merged bodies (MRG-01)", () => {
  it("takes attributes from any file once and concatenates blocks in file order", () => {
    const merged = mergeBodies([
      body('name = "a"\ntags {}\n', "a.hcl"),
      body('count = 2\nname = "b"\ntags {}\n', "b.hcl"),
    ]);
    const { content, diagnostics } = merged.content(schema);
    expect([...content.attributes.keys()]).toEqual(["name", "count"]);
    expect(content.blocks.map((b) => b.defRange.filename)).toEqual(["a.hcl", "b.hcl"]);
    expect(show(diagnostics)).toEqual([
      'Duplicate argument | Argument "name" was already set at a.hcl:1,1-5 | b.hcl:2,1-5',
    ]);
  });

  it("reports a missing required argument without a range, as Go does", () => {
    const merged = mergeBodies([body("count = 1\n", "a.hcl"), body("", "b.hcl")]);
    expect(show(merged.content(schema).diagnostics)).toEqual([
      'Missing required argument | The argument "name" is required, but was not set. | -',
    ]);
  });
});
