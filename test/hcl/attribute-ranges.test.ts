// An attribute's name and equals-sign ranges (hclsyntax Attribute.NameRange
// and EqualsRange), worked out from the text when asked for, wherever the
// parser built the attribute: fast paths, the rules, single-line blocks.
import { describe, expect, it } from "vitest";
import { HclParser, parseConfig, scan } from "../../grammar/index.js";
import type { Attribute } from "../../src/hcl/ast.js";
import type { Range } from "../../src/hcl/pos.js";
import { SourceFile } from "../../src/hcl/source.js";

/** A range as `line:column-line:column @byte-byte`. */
const span = (r: Range): string =>
  `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column} @${r.start.byte}-${r.end.byte}`;

function attributes(text: string, fastPaths: boolean): Attribute[] {
  if (fastPaths) {
    const body = parseConfig(text, "t.hcl").file.body;
    return [...body.attributes, ...body.blocks.flatMap((b) => b.body.attributes)];
  }
  const p = new HclParser({ fastPaths: false });
  p.load(scan(new SourceFile("t.hcl", text)));
  const body = p.readConfigFile()!;
  p.release();
  return [...body.attributes, ...body.blocks.flatMap((b) => b.body.attributes)];
}

describe("attribute ranges", () => {
  const text = 'a = 1\nlonger_name   =   "x"\nc /* = no */ = [1]\nb { d = 2 }\né = 3 + 4\n';
  for (const fastPaths of [true, false]) {
    it(`cover the name and the = sign (${fastPaths ? "fast paths" : "rules only"})`, () => {
      const attrs = attributes(text, fastPaths);
      expect(attrs.map((a) => a.name)).toEqual(["a", "longer_name", "c", "é", "d"]);
      expect(attrs.map((a) => span(a.nameRange))).toEqual([
        "1:1-1:2 @0-1",
        "2:1-2:12 @6-17",
        "3:1-3:2 @28-29",
        "5:1-5:2 @59-61",
        "4:5-4:6 @51-52",
      ]);
      expect(attrs.map((a) => span(a.equalsRange))).toEqual([
        "1:3-1:4 @2-3",
        "2:15-2:16 @20-21",
        "3:14-3:15 @41-42",
        "5:3-5:4 @62-63",
        "4:7-4:8 @53-54",
      ]);
    });
  }
});
