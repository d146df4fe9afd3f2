/**
 * Docs derived from config specs: the full reference pages of the four
 * built-ins and of the test-only sample, and the Packer partials of `shell`,
 * `file` and the sample, compared whole with the goldens in
 * spec-fixtures/spec-docs/ (UPDATE_GOLDEN=1 rewrites them; review the diff).
 * Every page must pass markdownlint; the writers and helpers have table
 * tests of their own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { lint } from "markdownlint/promise";
import { describe, expect, test } from "vitest";
import { parseDuration } from "../../src/functions/go-time.js";
import { builtinConfigs } from "../../src/provisioners/builtin-configs.js";
import type { ConfigSpec, Fields } from "../../src/spec/config.js";
import { durationText, goDurationText } from "../../src/spec/duration-text.js";
import {
  docsModel,
  goType,
  hclAttributeText,
  hclBlockText,
  hclExpressionText,
  hclQuoted,
  jsonText,
  renderMarkdownPage,
  renderPackerPartials,
  typeDescription,
} from "../../src/spec/docs/index.js";
import { codeSpan, headingSlug } from "../../src/spec/docs/markdown-text.js";
import { attr, block, blockList, blockMap, configSpec, parseConfigSource, t } from "../../src/spec/index.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { fixturesDir } from "../support/paths.js";
import { sampleConfig } from "./docs-sample-spec.js";

const update = process.env.UPDATE_GOLDEN === "1";
const goldenDir = join(fixturesDir, "spec-docs");

const pages: [string, ConfigSpec<Fields>][] = [
  ...builtinConfigs,
  ["sample", sampleConfig as unknown as ConfigSpec<Fields>],
];

function golden(path: string, got: string): void {
  if (update || !existsSync(path)) {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, got);
  }
  expect(got).toBe(readFileSync(path, "utf8"));
}

describe("reference pages match their goldens", () => {
  for (const [name, spec] of pages) {
    test(name, () => golden(join(goldenDir, "pages", `${name}.md`), renderMarkdownPage(spec)));
  }
});

describe("Packer partials match their goldens", () => {
  for (const name of ["shell", "file", "sample"]) {
    test(name, () => {
      const spec = name === "sample" ? (sampleConfig as unknown as ConfigSpec<Fields>) : builtinConfigs.get(name)!;
      const dir = join(goldenDir, "partials", name);
      const files = renderPackerPartials(spec);
      for (const [file, text] of files) golden(join(dir, file), text);
      // No golden left over from a struct or file that is no longer generated.
      expect(readdirSync(dir).sort()).toEqual([...files.keys()].sort());
    });
  }
});

/**
 * markdownlint's defaults, minus MD013 (line length): doc strings are one
 * line each, and wrapping them would mean re-flowing Markdown we do not
 * parse (code spans, links) — Packer's pages do not wrap either.
 */
const lintConfig = { default: true, MD013: false } as const;

test("every page passes markdownlint", async () => {
  const strings: Record<string, string> = {};
  for (const [name, spec] of pages) strings[name] = renderMarkdownPage(spec);
  const results = await lint({ strings, config: lintConfig });
  const found: string[] = [];
  for (const [name, errs] of Object.entries(results)) {
    for (const e of errs) found.push(`${name} ${e.ruleNames[0]} ${e.errorContext ?? `line ${e.lineNumber}`}`);
  }
  expect(found).toEqual([]);
});

test("a page made only of the renderer's own text passes markdownlint with no exception", async () => {
  const results = await lint({ strings: { sample: renderMarkdownPage(sampleConfig) }, config: lintConfig });
  expect(results["sample"]).toEqual([]);
});

describe("page details", () => {
  test("the model is derived once and cached on the spec", () => {
    expect(docsModel(sampleConfig)).toBe(docsModel(sampleConfig));
    expect(sampleConfig.cache.has("docs:model")).toBe(true);
  });

  test("undocumented fields and the PackerConfig group stay out of the field lists", () => {
    const page = renderMarkdownPage(sampleConfig);
    expect(page).not.toMatch(/`packer_[a-z]|`internal_flag`|`serial`/);
    expect(page).toContain("## Packer's common fields");
    const bare = renderMarkdownPage(configSpec({ a: attr(t.string) }).describe("bare"));
    expect(bare).not.toContain("Packer's common fields");
    expect(bare).not.toContain("## Rules");
    expect(bare).not.toContain("## Examples");
  });

  test("types, defaults and limits as the page words them", () => {
    const cases: [Parameters<typeof typeDescription>[0], string][] = [
      [t.string, "`string`"],
      [t.int, "`number`, a whole number"],
      [t.duration, 'duration string, e.g. `"1h5m2s"`'],
      [t.enum("a", "b"), '`string`, one of `"a"` or `"b"`'],
      [t.list(t.int), "`list(number)`, each a whole number"],
      [t.list(t.duration), '`list(string)`, each a duration string such as `"30s"`'],
      [t.set(t.string), "`set(string)`, duplicates dropped"],
      [t.map(t.enum("x")), '`map(string)`, each value one of `"x"`'],
      [t.object({ a: t.string, n: t.number }), "`object({a=string, n=number})`"],
      [t.any, "`any`"],
    ];
    for (const [ft, want] of cases) expect(typeDescription(ft)).toBe(want);
    const sub = configSpec({ x: attr(t.string) });
    const page = renderMarkdownPage(
      configSpec({
        one: block(sub).required(),
        two: blockList(sub).minItems(2).maxItems(2),
        three: blockList(sub).minItems(1).maxItems(3),
        four: blockMap(sub, "id"),
        d: attr(t.duration).default(3_723_500),
      }).describe("limits"),
    );
    expect(page).toContain("- `one` (block)\n\n  Its settings are listed under [The `one` block](#the-one-block).");
    expect(page).toContain("- `two` (exactly 2 blocks)");
    expect(page).toContain("Written as `three { … }`, once per item, in order. It takes 1 to 3 of them.");
    expect(page).toContain('Written as `four "ID" { … }`, once per distinct `id` label.');
    expect(page).toContain('Default: `"1h2m3.5s"`.');
  });
});

describe("Packer partials", () => {
  const sub = configSpec({ size: attr(t.int).required() }, { doc: "A disk." });
  const spec = configSpec({
    name: attr(t.string).required().doc("The name.\nIt spans\n\ntwo paragraphs."),
    wait: attr(t.duration).default(5000),
    mode: attr(t.enum("a", "b")).default("a").doc("The mode."),
    old: attr(t.bool).deprecated("mode", "Gone in 2.0."),
    hidden: attr(t.string).undocumented(),
    disk: block(sub).doc("The disk."),
    disks: blockList(configSpec({ disk: block(sub) })),
  }).describe("demo", "The demo provisioner.");

  test("the exact layout of packer-sdc struct-markdown", () => {
    const files = renderPackerPartials(spec, { sourcePath: "provisioner/demo/provisioner.go" });
    expect([...files.keys()]).toEqual([
      "Config.mdx",
      "Config-required.mdx",
      "Config-not-required.mdx",
      "Disk.mdx",
      "Disk-required.mdx",
      "Disks-not-required.mdx",
      "DisksDisk.mdx",
      "DisksDisk-required.mdx",
    ]);
    const head = (s: string): string =>
      `<!-- Code generated from the comments of the ${s} struct in provisioner/demo/provisioner.go; DO NOT EDIT MANUALLY -->\n`;
    const foot = (s: string): string =>
      `<!-- End of code generated from the comments of the ${s} struct in provisioner/demo/provisioner.go; -->\n`;
    expect(files.get("Config.mdx")).toBe(`${head("Config")}\nThe demo provisioner.\n\n${foot("Config")}`);
    expect(files.get("Config-required.mdx")).toBe(
      `${head("Config")}\n- \`name\` (string) - The name.\n  It spans\n  \n  two paragraphs.\n\n${foot("Config")}`,
    );
    expect(files.get("Config-not-required.mdx")).toBe(
      head("Config") +
        '\n- `wait` (duration string | ex: "1h5m2s") - Wait. Defaults to `"5s"`.\n' +
        '\n- `mode` (string) - The mode. One of `"a"` or `"b"`. Defaults to `"a"`.\n' +
        "\n- `old` (bool) - Old. Deprecated: use `mode` instead. Gone in 2.0.\n" +
        "\n- `disk` (Disk) - The disk.\n" +
        "\n- `disks` ([]Disks) - Disks\n" +
        `\n${foot("Config")}`,
    );
    expect(files.get("DisksDisk-required.mdx")).toBe(
      `${head("DisksDisk")}\n- \`size\` (int) - Size\n\n${foot("DisksDisk")}`,
    );
  });

  test("the default source path and struct name", () => {
    const files = renderPackerPartials(spec, { structName: "DemoConfig" });
    expect([...files.keys()][0]).toBe("DemoConfig.mdx");
    expect(files.get("DemoConfig.mdx")).toContain("struct in provisioner/demo/config.go;");
  });

  test("Go type text", () => {
    const cases: [Parameters<typeof goType>[0], boolean, string][] = [
      [t.string, true, "string"],
      [t.enum("a"), true, "string"],
      [t.number, true, "float64"],
      [t.int, true, "int"],
      [t.bool, true, "bool"],
      [t.duration, true, 'duration string | ex: "1h5m2s"'],
      [t.list(t.duration), true, "[]time.Duration"],
      [t.list(t.string), true, "[]string"],
      [t.set(t.int), true, "[]int"],
      [t.map(t.string), true, "map[string]string"],
      [t.object({ name: t.string, value: t.number }), true, "{name string, value float64}"],
      [t.any, true, "interface{}"],
    ];
    for (const [ft, top, want] of cases) expect(goType(ft, top)).toBe(want);
  });
});

describe("durations", () => {
  const cases: [number, string][] = [
    [0, "0s"],
    [300_000, "5m"],
    [90_000, "1m30s"],
    [3_600_000, "1h"],
    [3_605_000, "1h5s"],
    [3_723_500, "1h2m3.5s"],
    [60_500, "1m0.5s"],
    [1_500, "1.5s"],
    [300, "300ms"],
    [1.5, "1.5ms"],
    [0.3, "300us"],
    [0.0005, "500ns"],
    [-3, "-3ms"],
    [-90_000, "-1m30s"],
    [100 * 3_600_000, "100h"],
  ];
  for (const [ms, want] of cases) test(`${ms}ms is ${want}`, () => expect(durationText(ms)).toBe(want));

  test("property: every duration's text parses back to the same nanoseconds", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n) + 1n, max: 2n ** 63n - 1n }), (ns) => {
        expect(parseDuration(goDurationText(ns))).toBe(ns);
      }),
      { numRuns: 500 },
    );
  });
});

describe("HCL writer", () => {
  test("strings keep every character and stay literal", () => {
    expect(hclQuoted('a"b\\c\n\r\t\u0001')).toBe('"a\\"b\\\\c\\n\\r\\t\\u0001"');
    expect(hclQuoted("${x} %{if} $${y}")).toBe('"$${x} %%{if} $$${y}"');
    // …and read back as the same string (a lone CR included, which HCL's JSON syntax cannot hold in a template).
    const s = "x\ry\u0000 ${a} $${b} %%{c} \\${d}";
    const { body } = parseConfigSource(hclAttributeText("a", s), "q.hcl");
    const v = body.justAttributes().attributes.get("a")!.expr.value(new EvalContext({})).value;
    expect(v.asString()).toBe(s);
  });

  test("lists and maps break over lines when long or several", () => {
    expect(hclExpressionText(["a", "b"])).toBe('["a", "b"]');
    const long = Array.from({ length: 8 }, (_, i) => `item-number-${i}`);
    expect(hclExpressionText(long)).toBe(`[\n${long.map((s) => `  "${s}",`).join("\n")}\n]`);
    expect(hclExpressionText({ A: "1" })).toBe('{ A = "1" }');
    expect(hclExpressionText({ A: "1", "b.c": 2, for: null, "": true })).toBe(
      '{\n  A     = "1"\n  "b.c" = 2\n  "for" = null\n  ""    = true\n}',
    );
  });

  test("the spec decides blocks, and runs of attributes are aligned", () => {
    const text = hclBlockText("provisioner", ["sample"], sampleConfig, {
      name: "n",
      source_url: "u",
      disk: { device: "/dev/sdb", partition: [{ label: "a" }] },
      step: [{ command: "x" }, { command: "y" }],
      mirror: { 'e"u': { url: "e" } },
      labels: { team: "infra" },
    });
    expect(text).toBe(
      [
        'provisioner "sample" {',
        '  name       = "n"',
        '  source_url = "u"',
        "",
        "  disk {",
        '    device = "/dev/sdb"',
        "",
        "    partition {",
        '      label = "a"',
        "    }",
        "  }",
        "",
        "  step {",
        '    command = "x"',
        "  }",
        "",
        "  step {",
        '    command = "y"',
        "  }",
        "",
        '  mirror "e\\"u" {',
        '    url = "e"',
        "  }",
        "",
        '  labels = { team = "infra" }',
        "}",
        "",
      ].join("\n"),
    );
  });
});

describe("JSON writer and Markdown helpers", () => {
  test("JSON layout: scalar arrays inline when they fit, objects one property per line", () => {
    expect(jsonText({ a: [1, 2], b: {}, c: [], d: [{ x: "${y}" }] })).toBe(
      '{\n  "a": [1, 2],\n  "b": {},\n  "c": [],\n  "d": [\n    {\n      "x": "${y}"\n    }\n  ]\n}',
    );
  });

  test("code spans show backticks and edge spaces exactly", () => {
    expect(codeSpan("a")).toBe("`a`");
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`a")).toBe("`` `a ``");
    expect(codeSpan("a ")).toBe("` a  `");
  });

  test("heading slugs as GitHub makes them", () => {
    expect(headingSlug("The `disk.partition` block")).toBe("the-diskpartition-block");
    expect(headingSlug("Packer's common fields")).toBe("packers-common-fields");
  });
});
