/**
 * Marks are never lost through any function (issue 4 acceptance): for every
 * function of Packer's table, a call that succeeds with plain arguments is
 * repeated with each argument marked sensitive in turn, and the result must
 * still carry the mark (at its top level or inside).
 */
import { constants, generateKeyPairSync, publicEncrypt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseExpression } from "../../grammar/index.js";
import { listVal, mapVal, numberIntVal, objectVal, stringVal, True, type Value } from "../../src/cty/value.js";
import { hasErrors } from "../../src/hcl/diagnostic.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { evaluate } from "../../src/hcl/eval.js";
import { packerFunctions } from "../../src/hcl/functions.js";
import { memoryHost } from "../../src/functions/host.js";
import { datetimeFunctions } from "../../src/functions/datetime.js";

// A key pair and a PKCS#1 v1.5 ciphertext for rsadecrypt, made fresh for the test.
const keys = generateKeyPairSync("rsa", {
  modulusLength: 1024,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const ciphertext = publicEncrypt(
  { key: keys.publicKey, padding: constants.RSA_PKCS1_PADDING },
  Buffer.from("secret"),
).toString("base64");

// Candidate arguments, as variables so each can also be passed marked.
const candidates: Record<string, Value> = {
  s: stringVal("a,b"),
  w: stringVal("Hello World"),
  n: numberIntVal(2),
  one: numberIntVal(1),
  b: True,
  l: listVal([stringVal("a"), stringVal("b")]),
  ln: listVal([numberIntVal(3), numberIntVal(1)]),
  lb: listVal([True, True]),
  ll: listVal([listVal([stringVal("x")]), listVal([stringVal("y")])]),
  m: mapVal({ k: stringVal("v") }),
  o: objectVal({ a: stringVal("x") }),
  fmt: stringVal("%s!"),
  re: stringVal("[a-z]+"),
  ts: stringVal("2026-11-26T10:00:00Z"),
  dur: stringVal("1h"),
  dfmt: stringVal("YYYY-MM-DD"),
  cidr: stringVal("10.0.0.0/16"),
  json: stringVal('{"a": [1, 2]}'),
  csv: stringVal("a,b\n1,2\n"),
  yaml: stringVal("a: 1\n"),
  b64: stringVal("aGVsbG8="),
  enc: stringVal("UTF-16LE"),
  path: stringVal("file.txt"),
  glob: stringVal("*.txt"),
  uuidns: stringVal("dns"),
  ty: stringVal("string"),
  hex: stringVal("ff"),
  base: numberIntVal(16),
  utf8: stringVal("UTF-8"),
  tvars: objectVal({ s: stringVal("x") }),
  rsa: stringVal(ciphertext),
  pem: stringVal(keys.privateKey),
};
const names = Object.keys(candidates);
const host = memoryHost({ cwd: "/work", home: "/home/u", files: { "/work/file.txt": "content ${s}" } });
const fixedClock = { now: () => new Date("2026-11-26T10:00:00Z"), start: () => new Date("2026-11-26T09:00:00Z") };
const functions = packerFunctions({
  fs: host,
  baseDir: "/work",
  clock: fixedClock,
  random: (n) => new Uint8Array(n).fill(7),
});
for (const [k, f] of Object.entries(datetimeFunctions(fixedClock))) functions.set(k, f);

function run(src: string, marked: string | undefined): Value | undefined {
  const variables = new Map<string, Value>();
  for (const [k, v] of Object.entries(candidates)) variables.set(k, k === marked ? v.mark("sensitive") : v);
  const p = parseExpression(src, "marks.hcl");
  const r = evaluate(p.value, new EvalContext({ variables, functions }));
  return hasErrors(r.diagnostics) ? undefined : r.value;
}

/** The first argument list (up to three arguments) with which `name` succeeds. */
function workingCall(name: string, arity: number, variadic: boolean): string[] | undefined {
  const counts = variadic ? [arity, arity + 1, arity + 2] : [arity];
  for (const count of counts) {
    const combos: string[][] = [[]];
    for (let i = 0; i < count; i++) {
      const next: string[][] = [];
      for (const c of combos) for (const a of names) next.push([...c, a]);
      combos.splice(0, combos.length, ...next);
    }
    for (const c of combos) {
      const v = run(`${name}(${c.join(", ")})`, undefined);
      if (v !== undefined) return c;
    }
  }
  return undefined;
}

// Functions with no argument to mark, and the network-backed ones, which fail by design without a resolver.
const NOT_APPLICABLE = new Set([
  "timestamp",
  "uuidv4",
  "vault",
  "consul_key",
  "aws_secretsmanager",
  "aws_secretsmanager_raw",
]);

describe("marks survive every function", () => {
  it("leaves out only the functions with no argument to mark and the network-backed ones", () => {
    const skipped = [...functions.keys()].filter((n) => NOT_APPLICABLE.has(n)).sort();
    expect(skipped).toEqual([...NOT_APPLICABLE].sort());
    for (const n of ["timestamp", "uuidv4"]) expect(functions.get(n)!.params.length).toBe(0);
  });

  for (const [name, f] of [...functions].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (name === "try" || name === "can" || name === "convert") continue; // covered in eval-marks.test.ts
    if (NOT_APPLICABLE.has(name)) continue;
    it(name, () => {
      const call = workingCall(name, f.params.length, f.varParam !== undefined);
      expect(call, `no working call found for ${name}`).toBeDefined();
      for (let i = 0; i < call!.length; i++) {
        const v = run(`${name}(${call!.join(", ")})`, call![i]);
        expect(v, `${name}(${call!.join(", ")}) with ${call![i]} marked failed`).toBeDefined();
        expect(v!.containsMarked(), `${name}(${call!.join(", ")}) lost the mark of ${call![i]}`).toBe(true);
      }
    });
  }
});
