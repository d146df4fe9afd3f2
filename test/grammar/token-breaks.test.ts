// Columns count grapheme clusters token by token, as hclsyntax does (LEX-04):
// the scanner notes every token boundary next to a non-ASCII character, and a
// cluster such a boundary splits counts once per side. The token stream
// skips the check for boundaries far from any non-ASCII character; this
// checks it notes exactly the boundaries a check at every token would.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scan, ScanMode } from "../../grammar/index.js";
import { SourceFile } from "../../src/hcl/source.js";

/** Columns of every offset, after noting each boundary of `tokens` that touches a non-ASCII character. */
function columnsWithEveryBoundaryChecked(
  text: string,
  tokens: { starts: Int32Array; ends: Int32Array; count: number },
): number[] {
  const src = new SourceFile("ref.hcl", text);
  const wide = (i: number): boolean => i >= 0 && i < text.length && text.charCodeAt(i) >= 0x80;
  for (let t = 0; t < tokens.count; t++) {
    for (const b of [tokens.starts[t]!, tokens.ends[t]!]) if (wide(b) || wide(b - 1)) src.addBreak(b);
  }
  return columns(src);
}

function columns(src: SourceFile): number[] {
  const out: number[] = [];
  for (let i = 0; i <= src.text.length; i++) out.push(src.pos(i).column);
  return out;
}

const piece = fc.constantFrom(
  "a",
  "x = ",
  '"',
  "${",
  "}",
  "\n",
  " ",
  "é",
  "e\u0301",
  "\u0301",
  "☕",
  "👍🏽",
  "👨‍👩‍👧",
  "#c\n",
  "<<EOT\n",
  "EOT\n",
  "[",
  "]",
  ".",
  "1",
);

function sameColumns(text: string, mode: ScanMode): void {
  const src = new SourceFile("t.hcl", text);
  const ts = scan(src, mode);
  expect(columns(src), JSON.stringify(text)).toEqual(columnsWithEveryBoundaryChecked(text, ts));
}

describe("token boundaries next to non-ASCII characters", () => {
  it("are all noted, in every scanner mode, on generated text", () => {
    const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(""));
    for (const mode of [ScanMode.Main, ScanMode.Bare]) {
      fc.assert(
        fc.property(text, (t) => sameColumns(t, mode)),
        { numRuns: 1500, seed: 4242 },
      );
    }
  });

  it("are noted at the start and at the end of the text", () => {
    for (const t of ["\u0301a", "a\u0301", "☕", '"\u0301"', "\u0301"]) sameColumns(t, ScanMode.Main);
  });
});
