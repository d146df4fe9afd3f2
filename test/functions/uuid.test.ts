// UUID functions of Packer 1.14 (FN-10), from hashicorp/go-cty-funcs uuid
// (google/uuid v1.6). Expected values: go-cty-funcs uuid/uuid_v5_test.go, and
// v5 UUIDs computed by a Go 1.19 program (SHA-1 of namespace and name, as
// uuid.NewSHA1 does). Parse errors follow google/uuid's Parse.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringType } from "../../src/cty/types.js";
import { stringVal, unknownVal, type Value } from "../../src/cty/value.js";
import { FunctionError, type Function } from "../../src/functions/function.js";
import { makeUUIDFunctions, parseUUID, uuidFunctions, UUIDV5Func } from "../../src/functions/uuid.js";

function call(f: Function, ...args: Value[]): string {
  try {
    return f.call(args).asString();
  } catch (e) {
    if (e instanceof FunctionError) return `ERR: ${e.message}`;
    throw e;
  }
}

describe("FN-10 uuidv5", () => {
  it.each([
    // uuid_v5_test.go
    ["dns", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8"],
    ["url", "tada", "2c1ff6b4-211f-577e-94de-d978b0caa16e"],
    ["oid", "tada", "61eeea26-5176-5288-87fc-232d6ed30d2f"],
    ["x500", "tada", "7e12415e-f7c9-57c3-9e43-52dc9950d264"],
    ["6ba7b810-9dad-11d1-80b4-00c04fd430c8", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8"],
    // Recorded from Go.
    ["dns", "", "4ebd0208-8328-5d69-8c44-ec50939c0967"],
    ["dns", "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2"],
    ["dns", "ünï", "b020b558-9864-57e2-b4dd-1a06dcddfdac"],
    // Other namespace spellings google/uuid accepts: urn prefix (any case), braces (unchecked), bare hex, upper case.
    ["urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8"],
    ["URN:UUID:6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8"],
    ["{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8"],
    ["x6ba7b810-9dad-11d1-80b4-00c04fd430c8x", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8"],
    ["6ba7b8109dad11d180b400c04fd430c8", "tada", "faa898db-9b9d-5b75-86a9-149e7bb8e3b8"],
  ])("uuidv5(%j, %j)", (ns, name, want) => {
    expect(call(UUIDV5Func, stringVal(ns), stringVal(name))).toBe(want);
  });
  it.each([
    ["tada", "uuidv5() doesn't support namespace tada (invalid UUID length: 4)"],
    ["DNS", "uuidv5() doesn't support namespace DNS (invalid UUID length: 3)"],
    [
      "6ba7b810x9dad-11d1-80b4-00c04fd430c8",
      "uuidv5() doesn't support namespace 6ba7b810x9dad-11d1-80b4-00c04fd430c8 (invalid UUID format)",
    ],
    [
      "6ba7b810-9dad-11d1-80b4-00c04fd430cg",
      "uuidv5() doesn't support namespace 6ba7b810-9dad-11d1-80b4-00c04fd430cg (invalid UUID format)",
    ],
    [
      "urn:uuix:6ba7b810-9dad-11d1-80b4-00c04fd430c8",
      'uuidv5() doesn\'t support namespace urn:uuix:6ba7b810-9dad-11d1-80b4-00c04fd430c8 (invalid urn prefix: "urn:uuix:")',
    ],
    // Lengths count UTF-8 bytes.
    ["ü".repeat(18), `uuidv5() doesn't support namespace ${"ü".repeat(18)} (invalid UUID format)`],
  ])("uuidv5(%j, _) fails", (ns, want) => {
    expect(call(UUIDV5Func, stringVal(ns), stringVal("x"))).toBe(`ERR: ${want}`);
  });
  it("unknown in, unknown out; marks kept", () => {
    expect(UUIDV5Func.call([stringVal("dns"), unknownVal(StringType)]).isKnown()).toBe(false);
    expect(UUIDV5Func.call([stringVal("dns"), stringVal("n").mark("sensitive")]).hasMark("sensitive")).toBe(true);
  });
  it("property: every result is a version 5, RFC 4122 variant UUID that parses back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (name) => {
        const u = UUIDV5Func.call([stringVal("url"), stringVal(name)]).asString();
        expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(typeof parseUUID(u)).not.toBe("string");
      }),
    );
  });
});

describe("FN-10 uuidv4 (random; the source is injectable)", () => {
  it("sets the version and variant bits on 16 random bytes", () => {
    const f = makeUUIDFunctions((n) => new Uint8Array(n).fill(0xff)).uuidv4!;
    expect(f.call([]).asString()).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    const z = makeUUIDFunctions((n) => new Uint8Array(n)).uuidv4!;
    expect(z.call([]).asString()).toBe("00000000-0000-4000-8000-000000000000");
  });
  it("differs between calls with the default source", () => {
    const a = uuidFunctions.uuidv4!.call([]).asString();
    const b = uuidFunctions.uuidv4!.call([]).asString();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it("takes no arguments", () => {
    expect(() => uuidFunctions.uuidv4!.call([stringVal("x")])).toThrow(
      "wrong number of arguments (0 required; 1 given)",
    );
  });
});

it("exports the Packer names", () => {
  expect(Object.keys(uuidFunctions).sort()).toEqual(["uuidv4", "uuidv5"]);
  for (const f of Object.values(uuidFunctions)) expect(f.description).not.toBe("");
});
