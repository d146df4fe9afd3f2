/**
 * `plinth eval`: one expression evaluated with Packer's functions, printed as
 * `{"value", "type"}` JSON; diagnostics in HCL's text layout on stderr.
 */
import { describe, expect, it } from "vitest";
import { main, type Streams } from "../../src/cli/main.js";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Streams = { stdout: (s) => (out += s), stderr: (s) => (err += s), stderrIsTTY: false, columns: 80 };
  const code = await main(["eval", ...args], io);
  return { code, out, err };
}

describe("plinth eval", () => {
  it("prints the value and type of an expression using Packer functions", async () => {
    const r = await run(['[for i in range(3): upper("x${i}")]']);
    expect(r).toEqual({
      code: 0,
      out: '{"value":["X0","X1","X2"],"type":["tuple",["string","string","string"]]}\n',
      err: "",
    });
  });

  it("keeps numbers exact", async () => {
    const r = await run(["--var", "n=12345678901234567890", "n + 1"]);
    expect(r.out).toBe('{"value":12345678901234567891,"type":"number"}\n');
  });

  it("evaluates templates", async () => {
    const r = await run(["--template", 'Hello ${upper("w")}!']);
    expect(r.out).toBe('{"value":"Hello W!","type":"string"}\n');
  });

  it("reports errors in HCL's layout and exits 1", async () => {
    const r = await run(["upper(nope)"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      'Error: Unknown variable\n\n  on <expression> line 1:\n   1: upper(nope)\n\nThere is no variable named "nope".\n\n',
    );
  });
});
