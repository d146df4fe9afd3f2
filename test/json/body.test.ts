// The JSON body and parser through their API: what hcldec's command line
// cannot show (partial content and the remain body, ranges of blocks and
// labels, start positions, nesting limits), and that no input makes them
// throw. Behaviour follows hcl `json/structure.go` and `json/parser.go`
// (JSON-01..05, JSON-11).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { BodySchema, HclBody } from "../../src/hcl/body.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { rangeString } from "../../src/hcl/pos.js";
import {
  isJSONBody,
  isJSONExpression,
  jsonContextString,
  MAX_JSON_NESTING,
  parseJSON,
  parseJSONExpression,
} from "../../src/json/index.js";
import { nativeBody } from "../../src/hcl/native-body.js";
import { parseConfig } from "../../grammar/index.js";

function body(text: string): HclBody {
  const r = parseJSON(text, "t.json");
  expect(r.diagnostics).toEqual([]);
  return r.file.body;
}

const summaries = (ds: { summary: string }[]): string[] => ds.map((d) => d.summary);

describe("partial content and the remain body (SYN-14 for JSON)", () => {
  const b = body('{"a": 1, "b": 2, "blk": {"x": 1}, "c": 3}');

  test("the remain body hides consumed attribute and block names", () => {
    const first = b.partialContent({ attributes: [{ name: "a" }], blocks: [{ type: "blk", labelNames: [] }] });
    expect([...first.content.attributes.keys()]).toEqual(["a"]);
    expect(first.content.blocks.map((x) => x.type)).toEqual(["blk"]);
    const rest = first.remain.content({ attributes: [{ name: "b" }], blocks: [] });
    expect([...rest.content.attributes.keys()]).toEqual(["b"]);
    // Only "c" is left over; "a" and "blk" were consumed by the first read.
    expect(rest.diagnostics.map((d) => d.detail)).toEqual(['No argument or block type is named "c".']);
  });

  test("a required name consumed earlier counts as missing (as in Go)", () => {
    const first = b.partialContent({ attributes: [{ name: "a" }], blocks: [] });
    const again = first.remain.partialContent({ attributes: [{ name: "a", required: true }], blocks: [] });
    expect(summaries(again.diagnostics)).toEqual(["Missing required argument"]);
  });

  test("justAttributes on a remain body skips consumed names and comments", () => {
    const withComment = body('{"//": "c", "a": 1, "b": 2}');
    const first = withComment.partialContent({ attributes: [{ name: "a" }], blocks: [] });
    expect([...first.remain.justAttributes().attributes.keys()]).toEqual(["b"]);
  });

  test('"//" is an ordinary name when a schema asks for it', () => {
    const r = body('{"//": 1}').content({ attributes: [{ name: "//" }], blocks: [] });
    expect(r.diagnostics).toEqual([]);
    expect(r.content.attributes.get("//")!.expr.value(undefined).value.asNumber()).toBe(1);
  });
});

describe("ranges (JSON-04, JSON-05)", () => {
  const text = '{\n  "res": {\n    "t": {\n      "n": [{"x": 1}, {"x": 2}]\n    }\n  },\n  "a": "v"\n}';
  const b = body(text);
  const schema: BodySchema = { attributes: [{ name: "a" }], blocks: [{ type: "res", labelNames: ["type", "name"] }] };
  const { content, diagnostics } = b.content(schema);

  test("blocks: type range is the property name, labels their property names, def range the value's opener", () => {
    expect(diagnostics).toEqual([]);
    expect(content.blocks).toHaveLength(2);
    const blk = content.blocks[1]!;
    expect(blk.labels).toEqual(["t", "n"]);
    expect(rangeString(blk.typeRange)).toBe("t.json:2,3-8");
    expect(blk.labelRanges.map(rangeString)).toEqual(["t.json:3,5-8", "t.json:4,7-10"]);
    expect(rangeString(blk.defRange)).toBe("t.json:4,12-13");
    expect(rangeString(blk.body.missingItemRange())).toBe("t.json:4,30-31");
  });

  test("attributes: name range and name-through-value range; missing item range is the closing brace", () => {
    const a = content.attributes.get("a")!;
    expect(rangeString(a.nameRange)).toBe("t.json:7,3-6");
    expect(rangeString(a.range)).toBe("t.json:7,3-11");
    expect(rangeString(a.expr.range)).toBe("t.json:7,8-11");
    expect(rangeString(content.missingItemRange)).toBe("t.json:8,1-2");
  });

  test("an array body's missing item range is its opening bracket", () => {
    expect(rangeString(body('\n [{"a": 1}]').missingItemRange())).toBe("t.json:2,2-3");
  });

  test("parsing from a start position (hcl ParseWithStartPos)", () => {
    const r = parseJSON('{"a": tru}', "t.json", { line: 10, column: 5, byte: 100 });
    expect(r.diagnostics.map((d) => rangeString(d.subject!))).toEqual(["t.json:10,11-14"]);
    expect(r.diagnostics[0]!.subject!.start.byte).toBe(106);
  });

  test("the renderer's context path through objects and arrays", () => {
    const { file } = parseJSON(text, "t.json");
    const at = text.indexOf('"x": 2');
    expect(jsonContextString(file.root, at)).toBe("res.t.n[1]");
    expect(jsonContextString(file.root, text.indexOf('"v"'))).toBe("");
  });
});

describe("JSON and native bodies side by side", () => {
  test("isJSONBody and isJSONExpression tell the syntaxes apart", () => {
    const j = body('{"a": 1}');
    const n = nativeBody(parseConfig("a = 1\n", "t.hcl").file.body);
    expect(isJSONBody(j)).toBe(true);
    expect(isJSONBody(n)).toBe(false);
    const ja = j.justAttributes().attributes.get("a")!;
    const na = n.justAttributes().attributes.get("a")!;
    expect(isJSONExpression(ja.expr)).toBe(true);
    expect(isJSONExpression(na.expr)).toBe(false);
  });

  test("an empty context turns strings into templates; no context keeps them verbatim (JSON-07)", () => {
    const { value } = parseJSONExpression('"${1 + 1}"', "t.json");
    expect(value.value(undefined).value.asString()).toBe("${1 + 1}");
    expect(value.value(new EvalContext()).value.asNumber()).toBe(2);
  });
});

describe("nesting and robustness", () => {
  test(`nesting deeper than ${MAX_JSON_NESTING} levels is reported, not a crash`, () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const r = parseJSON(`{"a": ${deep}, "b": 1}`, "t.json");
    expect(summaries(r.diagnostics)).toEqual(["JSON value too deeply nested"]);
    // The rest of the document is still read.
    const c = r.file.body.content({ attributes: [{ name: "a" }, { name: "b" }], blocks: [] });
    expect(c.content.attributes.get("b")!.expr.value(undefined).value.asNumber()).toBe(1);
  });

  test(`${MAX_JSON_NESTING} levels are fine`, () => {
    const n = MAX_JSON_NESTING - 1;
    const r = parseJSONExpression("[".repeat(n) + "]".repeat(n), "t.json");
    expect(r.diagnostics).toEqual([]);
    expect(r.value.value(new EvalContext()).diagnostics).toEqual([]);
  });

  const jsonish = fc.stringMatching(/^[{}[\]",:=\\ \t\r\nabtrueflsn0-9.eE+\-$%${}/é😀\u0600\u0301]{0,60}$/);
  const schema: BodySchema = {
    attributes: [{ name: "a", required: true }, { name: "b" }],
    blocks: [
      { type: "c", labelNames: [] },
      { type: "d", labelNames: ["x", "y"] },
    ],
  };

  test("no input makes parsing, reading or evaluating throw", () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json(), fc.string()), (text) => {
        const { file } = parseJSON(text, "t.json");
        const walk = (b: HclBody, depth: number): void => {
          b.justAttributes();
          const { content } = b.content(schema);
          b.partialContent(schema).remain.content(schema);
          for (const a of content.attributes.values()) {
            a.expr.value(undefined);
            a.expr.value(new EvalContext());
            a.expr.variables();
            a.expr.static?.list?.();
            a.expr.static?.map?.();
            a.expr.static?.call?.();
            a.expr.static?.keyword?.();
          }
          if (depth < 3) for (const blk of content.blocks) walk(blk.body, depth + 1);
        };
        walk(file.body, 0);
        parseJSONExpression(text, "t.json").value.value(new EvalContext());
      }),
      { numRuns: 3000 },
    );
  });
});
