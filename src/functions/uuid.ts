/**
 * UUID functions (FN-10), as hashicorp/go-cty-funcs `uuid` builds them on
 * google/uuid: `uuidv4()` (random, impure) and `uuidv5(namespace, name)`
 * (SHA-1 name-based, deterministic).
 */
import { sha1 } from "@noble/hashes/legacy.js";
import { StringType } from "../cty/types.js";
import { stringVal } from "../cty/value.js";
import { Function, FunctionError, staticReturnType } from "./function.js";
import { goQuoteBytes, utf8 } from "./encoding.js";

/** Fills a buffer with random bytes (globalThis.crypto by default). */
export type RandomSource = (n: number) => Uint8Array;

export const cryptoRandom: RandomSource = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

const NAMESPACES: Record<string, string> = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
};

/** google/uuid `String`: lower-case hex in 8-4-4-4-12 groups. */
export function uuidString(b: Uint8Array): string {
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function xtob(a: number, b: number): number {
  const x = hexVal(a);
  const y = hexVal(b);
  return x < 0 || y < 0 ? -1 : (x << 4) | y;
}

/**
 * google/uuid `Parse` (v1.6): the plain form, `urn:uuid:` prefixed,
 * `{…}` (only the middle is checked) and 32 bare hex digits. Lengths count
 * UTF-8 bytes. Returns the bytes or Go's error text.
 */
export function parseUUID(s: string): Uint8Array | string {
  let b = utf8(s);
  const out = new Uint8Array(16);
  switch (b.length) {
    case 36:
      break;
    case 45: {
      const prefix = b.subarray(0, 9);
      // strings.EqualFold against an ASCII prefix: only ASCII letters can match.
      if (String.fromCharCode(...prefix).toLowerCase() !== "urn:uuid:")
        return `invalid urn prefix: ${goQuoteBytes(prefix)}`;
      b = b.subarray(9);
      break;
    }
    case 38:
      b = b.subarray(1);
      break;
    case 32:
      for (let i = 0; i < 16; i++) {
        const v = xtob(b[i * 2]!, b[i * 2 + 1]!);
        if (v < 0) return "invalid UUID format";
        out[i] = v;
      }
      return out;
    default:
      return `invalid UUID length: ${b.length}`;
  }
  const dash = 45;
  if (b[8] !== dash || b[13] !== dash || b[18] !== dash || b[23] !== dash) return "invalid UUID format";
  const offsets = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
  for (let i = 0; i < 16; i++) {
    const v = xtob(b[offsets[i]!]!, b[offsets[i]! + 1]!);
    if (v < 0) return "invalid UUID format";
    out[i] = v;
  }
  return out;
}

/** google/uuid `NewSHA1`: a version-5 UUID of `name` in `namespace`. */
export function uuidV5Bytes(namespace: Uint8Array, name: Uint8Array): Uint8Array {
  const data = new Uint8Array(namespace.length + name.length);
  data.set(namespace);
  data.set(name, namespace.length);
  const u = sha1(data).slice(0, 16);
  u[6] = (u[6]! & 0x0f) | 0x50;
  u[8] = (u[8]! & 0x3f) | 0x80;
  return u;
}

/** The UUID functions, drawing random bytes for `uuidv4` from `random`. */
export function makeUUIDFunctions(random: RandomSource = cryptoRandom): Readonly<Record<string, Function>> {
  const uuidv4 = new Function({
    description: "Generates a random version 4 UUID string; the result differs on every call.",
    params: [],
    type: staticReturnType(StringType),
    impl: () => {
      const u = random(16).slice(0, 16);
      u[6] = (u[6]! & 0x0f) | 0x40;
      u[8] = (u[8]! & 0x3f) | 0x80;
      return stringVal(uuidString(u));
    },
  });
  return { uuidv4, uuidv5: UUIDV5Func };
}

/** `uuidv5(namespace, name)`: namespace `dns`, `url`, `oid`, `x500` or a UUID string. */
export const UUIDV5Func = new Function({
  description: "Generates a name-based version 5 UUID from a namespace (dns, url, oid, x500 or a UUID) and a name.",
  params: [
    { name: "namespace", type: StringType },
    { name: "name", type: StringType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const ns = args[0]!.asString();
    const parsed = parseUUID(NAMESPACES[ns] ?? ns);
    if (typeof parsed === "string") throw new FunctionError(`uuidv5() doesn't support namespace ${ns} (${parsed})`);
    return stringVal(uuidString(uuidV5Bytes(parsed, utf8(args[1]!.asString()))));
  },
});

export const uuidFunctions: Readonly<Record<string, Function>> = makeUUIDFunctions();
