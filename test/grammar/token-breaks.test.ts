// Columns count grapheme clusters token by token, as hclsyntax does (LEX-04):
// the scanner notes every token boundary next to a non-ASCII character, and a
// cluster such a boundary splits counts once per side. The token stream
// skips the check for boundaries far from any non-ASCII character; this
// checks it notes exactly the boundaries a check at every token would.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scan, ScanMode } from "../../grammar/index.js";
import { SourceFile } from "../../src/hcl/source.js";

type Tokens = { starts: Int32Array; ends: Int32Array; count: number };

/** Columns of every offset, after noting each boundary of the tokens that touches a non-ASCII character. */
function columnsWithEveryBoundaryChecked(text: string, aroundWideOnly: boolean, ...streams: Tokens[]): number[] {
  const src = new SourceFile("ref.hcl", text);
  const wide = (i: number): boolean => i >= 0 && i < text.length && text.charCodeAt(i) >= 0x80;
  for (const tokens of streams) {
    for (let t = 0; t < tokens.count; t++) {
      for (const b of [tokens.starts[t]!, tokens.ends[t]!]) if (wide(b) || wide(b - 1)) src.addBreak(b);
    }
  }
  return columns(src, aroundWideOnly);
}

/** Columns at every offset, or only around non-ASCII characters and at the end (long texts: each column is counted from the line's start). */
function columns(src: SourceFile, aroundWideOnly = false): number[] {
  const out: number[] = [];
  const text = src.text;
  for (let i = 0; i <= text.length; i++) {
    const near = i === text.length || text.charCodeAt(i) >= 0x80 || (i > 0 && text.charCodeAt(i - 1) >= 0x80);
    if (!aroundWideOnly || near) out.push(src.pos(i).column);
  }
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

function sameColumns(text: string, mode: ScanMode, aroundWideOnly = false): void {
  const src = new SourceFile("t.hcl", text);
  const ts = scan(src, mode);
  expect(columns(src, aroundWideOnly), JSON.stringify(text)).toEqual(
    columnsWithEveryBoundaryChecked(text, aroundWideOnly, ts),
  );
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

  it("are noted past long ASCII stretches, where the search for the next one stops and resumes", () => {
    const long = "x".repeat(4200);
    for (const t of [`${long}☕`, `a = "${long}e\u0301"\n`, `${long}\n${long}👍🏽${long}\u0301`]) {
      sameColumns(t, ScanMode.Main, true);
      sameColumns(t, ScanMode.Bare, true);
    }
  });

  it("are all noted when parts of one text are scanned one by one, as JSON strings are", () => {
    const parts = fc.array(
      fc.array(piece, { maxLength: 12 }).map((ps) => ps.join("")),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(parts, (ps) => {
        const text = ps.join("");
        const src = new SourceFile("t.json", text);
        const streams: Tokens[] = [];
        let from = 0;
        for (const part of ps) {
          streams.push(scan(src, ScanMode.Bare, from, from + part.length));
          from += part.length;
        }
        expect(columns(src), JSON.stringify(ps)).toEqual(columnsWithEveryBoundaryChecked(text, false, ...streams));
      }),
      { numRuns: 800, seed: 4243 },
    );
  });
});
