// env (Packer hcl2template/function/env.go): os.Getenv, "" when unset; the
// parameter is named "key".
import { describe, expect, test } from "vitest";
import { parseExpression } from "../../src/index.js";
import { StringType } from "../../src/cty/types.js";
import { nullVal, stringVal, unknownVal } from "../../src/cty/value.js";
import { envFunctions, makeEnvFunc } from "../../src/functions/env.js";
import { ArgError } from "../../src/functions/function.js";
import { memoryHost } from "../../src/functions/host.js";
import { nodeHost } from "../../src/functions/node-host.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { evaluate } from "../../src/hcl/eval.js";

describe("env (Packer env.go)", () => {
  const env = makeEnvFunc(memoryHost({ env: { HOME: "/home/jo", EMPTY: "", NFD: "e\u0301" } }));
  test("a set variable's value", () => {
    expect(env.call([stringVal("HOME")]).asString()).toBe("/home/jo");
  });
  test('an unset variable and an empty one are both ""', () => {
    expect(env.call([stringVal("NOPE")]).asString()).toBe("");
    expect(env.call([stringVal("EMPTY")]).asString()).toBe("");
  });
  test("values become cty strings (NFC)", () => {
    expect(env.call([stringVal("NFD")]).asString()).toBe("\u00e9");
  });
  test("parameter key: null refused, unknown gives unknown, marks carry over", () => {
    expect(env.params.map((p) => p.name)).toEqual(["key"]);
    expect(() => env.call([nullVal(StringType)])).toThrow(new ArgError(0, "argument must not be null"));
    expect(env.call([unknownVal(StringType)]).isKnown()).toBe(false);
    expect(env.call([stringVal("HOME").mark("sensitive")]).hasMark("sensitive")).toBe(true);
  });
  test("the Node host reads process.env", () => {
    process.env["PLINTH_ENV_TEST"] = "from-node";
    try {
      expect(
        makeEnvFunc(nodeHost())
          .call([stringVal("PLINTH_ENV_TEST")])
          .asString(),
      ).toBe("from-node");
    } finally {
      delete process.env["PLINTH_ENV_TEST"];
    }
  });
  test("in a variable-default context, env(123) converts its argument like any string parameter", () => {
    const ctx = new EvalContext({ functions: envFunctions(memoryHost({ env: { "123": "n" } })) });
    const r = evaluate(parseExpression("env(123)", "variables.pkr.hcl").value, ctx);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.asString()).toBe("n");
  });
});
