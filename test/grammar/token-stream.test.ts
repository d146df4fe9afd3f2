// The token stream starts with room for a token every three characters and
// grows by what the text scanned so far suggests. Texts denser than that,
// evenly or only towards their end, must still come out whole.
import { describe, expect, it } from "vitest";
import { scan } from "../../grammar/index.js";
import { kindNames } from "../../grammar/token-kinds.js";
import { SourceFile } from "../../src/hcl/source.js";

function tokens(text: string): string[] {
  const s = scan(new SourceFile("t.hcl", text));
  const out: string[] = [];
  for (let i = 0; i < s.count; i++) out.push(`${kindNames[s.kinds[i]!]} ${s.starts[i]}-${s.ends[i]}`);
  return out;
}

/** The tokens of `a,a,a,…` (n pairs) from offset `at`: an identifier and a comma per two characters. */
function pairs(n: number, at: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(`Ident ${at + 2 * i}-${at + 2 * i + 1}`, `Comma ${at + 2 * i + 1}-${at + 2 * i + 2}`);
  return out;
}

describe("token stream room", () => {
  it("keeps every token of a text with a token per character", () => {
    const n = 50_000;
    expect(tokens("a,".repeat(n))).toEqual([...pairs(n, 0), `EOF ${2 * n}-${2 * n}`]);
  });

  it("keeps every token when the text turns dense after a sparse start", () => {
    // Long comment lines first make the density so far a poor guess for the rest.
    const line = `#${"x".repeat(98)}\n`;
    const head = line.repeat(200);
    const n = 40_000;
    const expected: string[] = [];
    for (let i = 0; i < 200; i++) expected.push(`Comment ${i * 100}-${(i + 1) * 100}`);
    expected.push(...pairs(n, head.length), `EOF ${head.length + 2 * n}-${head.length + 2 * n}`);
    expect(tokens(head + "a,".repeat(n))).toEqual(expected);
  });
});
