// Network-backed functions (FN-11): Packer's aws_secretsmanager,
// aws_secretsmanager_raw, consul_key and vault, with Packer's parameter
// names and flags (hcl2template/function/aws_secretetkey.go, Consul.go,
// vault.go). Without a resolver they fail with an actionable error.
import { describe, expect, test } from "vitest";
import { parseExpression } from "../../src/index.js";
import { StringType } from "../../src/cty/types.js";
import { nullVal, stringVal, unknownVal, type Value } from "../../src/cty/value.js";
import { externalFunctions } from "../../src/functions/external.js";
import { ArgError, type Function, FunctionError } from "../../src/functions/function.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { evaluate } from "../../src/hcl/eval.js";

function callError(f: Function, ...args: Value[]): string {
  try {
    f.call(args);
  } catch (e) {
    if (e instanceof FunctionError) return e.message;
    throw e;
  }
  throw new Error("call succeeded; want an error");
}

describe("FN-11 external functions without network access", () => {
  const fns = externalFunctions();
  test("Packer 1.14's names, parameter names and null flags", () => {
    const sig = Object.fromEntries(
      Object.entries(fns).map(([n, f]) => [n, f.params.map((p) => `${p.name}${p.allowNull === true ? "?" : ""}`)]),
    );
    expect(sig).toEqual({
      aws_secretsmanager: ["name", "key?"],
      aws_secretsmanager_raw: ["name"],
      consul_key: ["key"],
      vault: ["path", "key"],
    });
  });
  test.each([
    ["aws_secretsmanager", [stringVal("s"), nullVal(StringType)], "AWS Secrets Manager"],
    ["aws_secretsmanager_raw", [stringVal("s")], "AWS Secrets Manager"],
    ["consul_key", [stringVal("k")], "Consul"],
    ["vault", [stringVal("secret/data/x"), stringVal("k")], "HashiCorp Vault"],
  ] as [string, Value[], string][])("%s fails saying why and what to do", (name, args, service) => {
    expect(callError(fns[name]!, ...args)).toBe(
      `the ${name} function needs network access to ${service}, which Plinth does not provide; pass the value in as a variable instead`,
    );
  });
  test("unknown arguments give unknown strings without trying the network", () => {
    expect(fns["vault"]!.call([unknownVal(StringType), stringVal("k")]).isKnown()).toBe(false);
    expect(fns["aws_secretsmanager"]!.call([stringVal("n"), unknownVal(StringType)]).isKnown()).toBe(false);
  });
  test("a null name is refused before anything else", () => {
    expect(() => fns["consul_key"]!.call([nullVal(StringType)])).toThrow(new ArgError(0, "argument must not be null"));
  });
  test("through the evaluator the error reads as an HCL call failure", () => {
    const ctx = new EvalContext({ functions: fns });
    const r = evaluate(parseExpression('vault("secret/data/app", "password")', "main.pkr.hcl").value, ctx);
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      [
        "Error in function call",
        'Call to function "vault" failed: the vault function needs network access to HashiCorp Vault, which Plinth does not provide; pass the value in as a variable instead.',
      ],
    ]);
  });
});

describe("FN-11 external functions with a resolver", () => {
  const seen: string[] = [];
  const fns = externalFunctions({
    awsSecretsManager: (name, key) => {
      seen.push(`aws:${name}:${key}`);
      return `aws-${name}-${key}`;
    },
    vault: (path, key) => {
      if (path === "bad") throw new Error("permission denied");
      return `${path}#${key}`;
    },
  });
  test("answers come from the resolver; a null key is passed as the empty string (Packer: first key)", () => {
    expect(fns["aws_secretsmanager"]!.call([stringVal("db"), nullVal(StringType)]).asString()).toBe("aws-db-");
    expect(fns["aws_secretsmanager"]!.call([stringVal("db"), stringVal("user")]).asString()).toBe("aws-db-user");
    expect(seen).toEqual(["aws:db:", "aws:db:user"]);
    expect(fns["vault"]!.call([stringVal("kv/app"), stringVal("pw")]).asString()).toBe("kv/app#pw");
  });
  test("a resolver's error becomes the function's error", () => {
    expect(callError(fns["vault"]!, stringVal("bad"), stringVal("k"))).toBe("permission denied");
  });
  test("functions the resolver does not supply still refuse", () => {
    expect(callError(fns["consul_key"]!, stringVal("k"))).toMatch(
      /^the consul_key function needs network access to Consul/,
    );
  });
  test("results are marked like their arguments", () => {
    const r = fns["vault"]!.call([stringVal("kv/app").mark("sensitive"), stringVal("pw")]);
    expect(r.hasMark("sensitive")).toBe(true);
  });
});
