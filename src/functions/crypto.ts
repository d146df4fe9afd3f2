/**
 * Hash and crypto functions (FN-07), as hashicorp/go-cty-funcs `crypto`
 * defines them: hex digests of the UTF-8 bytes (`md5`, `sha1`, `sha256`,
 * `sha512`), `bcrypt` (random salt, so impure) and `rsadecrypt`
 * (PKCS #1 v1.5 with a PEM-encoded PKCS #1 private key), with the error
 * texts of Go's `crypto/bcrypt`, `encoding/pem`, `crypto/x509` and
 * `crypto/rsa`.
 */
import { md5, sha1 } from "@noble/hashes/legacy.js";
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import { NumberType, StringType } from "../cty/types.js";
import { stringVal, type Value } from "../cty/value.js";
import * as num from "../cty/number.js";
import { goQuote } from "../cty/quote.js";
import { Function, FunctionError, staticReturnType } from "./function.js";
import { base64Decode, fromUTF8, utf8 } from "./encoding.js";
import { cryptoRandom, type RandomSource } from "./uuid.js";
import { DeferredModule, objectWith } from "./deferred.js";

const bcryptjs = new DeferredModule<typeof import("bcryptjs")>(
  "bcryptjs",
  () => import("bcryptjs"),
  objectWith("hashSync"),
);

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

function hashFunction(digest: (b: Uint8Array) => Uint8Array, what: string): Function {
  return new Function({
    description: `Computes the ${what} hash of the UTF-8 bytes of a string, as lower-case hexadecimal.`,
    params: [{ name: "str", type: StringType }],
    type: staticReturnType(StringType),
    impl: (args) => stringVal(hex(digest(utf8(args[0]!.asString())))),
  });
}

export const Md5Func = hashFunction(md5, "MD5");
export const Sha1Func = hashFunction(sha1, "SHA-1");
export const Sha256Func = hashFunction(sha256, "SHA-256");
export const Sha512Func = hashFunction(sha512, "SHA-512");

/**
 * gocty's conversion of a number into a Go `int` (64-bit): whole numbers in
 * range, else gocty's error text.
 */
export function goInt(v: Value): bigint | string {
  const n = v.asNumber();
  const msg = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
  if (num.isInfinite(n) || !num.isInteger(n)) return msg;
  const i = typeof n === "number" ? BigInt(n) : n.int()?.value;
  if (i === undefined || i < -(1n << 63n) || i >= 1n << 63n) return msg;
  return i;
}

// ====================================================================== bcrypt

/** bcrypt's own base64 alphabet, for the salt. */
const BCRYPT_B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function bcryptBase64(b: Uint8Array): string {
  let out = "";
  for (let i = 0; i < b.length; i += 3) {
    const c1 = b[i]!;
    const c2 = b[i + 1];
    const c3 = b[i + 2];
    out += BCRYPT_B64[c1 >> 2]!;
    out += BCRYPT_B64[((c1 & 3) << 4) | ((c2 ?? 0) >> 4)]!;
    if (c2 === undefined) break;
    out += BCRYPT_B64[((c2 & 15) << 2) | ((c3 ?? 0) >> 6)]!;
    if (c3 === undefined) break;
    out += BCRYPT_B64[c3 & 63]!;
  }
  return out;
}

/**
 * Go's `bcrypt.GenerateFromPassword`: version 2a, a cost below 4 means 10,
 * more than 31 is an error, passwords over 72 bytes are rejected (current
 * x/crypto). The 16 salt bytes come from `random`.
 */
export function goBcrypt(password: string, cost: number, random: RandomSource): string {
  if (utf8(password).length > 72)
    throw new FunctionError("error occured generating password bcrypt: password length exceeds 72 bytes");
  if (cost < 4) cost = 10;
  const salt = `$2a$${String(cost).padStart(2, "0")}$${bcryptBase64(random(16).slice(0, 16))}`;
  return bcryptjs.get().hashSync(password, salt);
}

/** The bcrypt function drawing its salt from `random`. */
export function makeBcryptFunc(random: RandomSource = cryptoRandom): Function {
  return new Function({
    description:
      "Computes a bcrypt hash (Modular Crypt Format, version 2a) of a string with a random salt and an optional cost (default 10).",
    params: [{ name: "str", type: StringType }],
    varParam: { name: "cost", type: NumberType },
    type: staticReturnType(StringType),
    impl: (args) => {
      let cost = 10n;
      if (args.length > 1) {
        const c = goInt(args[1]!);
        if (typeof c === "string") throw new FunctionError(c);
        cost = c;
      }
      if (args.length > 2) throw new FunctionError("bcrypt() takes no more than two arguments");
      if (utf8(args[0]!.asString()).length > 72) {
        throw new FunctionError("error occured generating password bcrypt: password length exceeds 72 bytes");
      }
      // Out-of-range costs are settled here so that huge ones never reach a JS number.
      if (cost > 31n)
        throw new FunctionError(
          `error occured generating password crypto/bcrypt: cost ${cost} is outside allowed range (4,31)`,
        );
      return stringVal(goBcrypt(args[0]!.asString(), cost < 4n ? 10 : Number(cost), random));
    },
  });
}

// ====================================================================== PEM

interface PEMBlock {
  type: string;
  headers: Map<string, string>;
  bytes: Uint8Array;
}

/** Go's pem `getLine`: the line without trailing spaces/tabs and line break, and the rest. */
function getLine(data: string): [string, string] {
  let i = data.indexOf("\n");
  let j: number;
  if (i < 0) {
    i = data.length;
    j = i;
  } else {
    j = i + 1;
    if (i > 0 && data[i - 1] === "\r") i--;
  }
  return [data.slice(0, i).replace(/[ \t]+$/, ""), data.slice(j)];
}

/** Go's `pem.Decode` on a byte string (each char one byte): the first valid block. */
function pemDecode(data: string): PEMBlock | undefined {
  let rest = data;
  for (;;) {
    if (rest.startsWith("-----BEGIN ")) rest = rest.slice(11);
    else {
      const i = rest.indexOf("\n-----BEGIN ");
      if (i < 0) return undefined;
      rest = rest.slice(i + 12);
    }
    let typeLine: string;
    [typeLine, rest] = getLine(rest);
    if (!typeLine.endsWith("-----")) continue;
    typeLine = typeLine.slice(0, -5);
    const headers = new Map<string, string>();
    let truncated = false;
    for (;;) {
      if (rest.length === 0) {
        truncated = true;
        break;
      }
      const [line, next] = getLine(rest);
      const c = line.indexOf(":");
      if (c < 0) break;
      headers.set(line.slice(0, c).trim(), line.slice(c + 1).trim());
      rest = next;
    }
    if (truncated) return undefined;
    let endIndex: number;
    let endTrailerIndex: number;
    if (headers.size === 0 && rest.startsWith("-----END ")) {
      endIndex = 0;
      endTrailerIndex = 9;
    } else {
      endIndex = rest.indexOf("\n-----END ");
      endTrailerIndex = endIndex + 10;
    }
    if (endIndex < 0) continue;
    let endTrailer = rest.slice(endTrailerIndex);
    const endTrailerLen = typeLine.length + 5;
    if (endTrailer.length < endTrailerLen) continue;
    const restOfEndLine = endTrailer.slice(endTrailerLen);
    endTrailer = endTrailer.slice(0, endTrailerLen);
    if (!endTrailer.startsWith(typeLine) || !endTrailer.endsWith("-----")) continue;
    if (getLine(restOfEndLine)[0].length !== 0) continue;
    const b64 = rest.slice(0, endIndex).replace(/[ \t]/g, "");
    const decoded = base64Decode(Uint8Array.from(b64, (ch) => ch.charCodeAt(0)));
    if (!decoded.ok) continue;
    return { type: typeLine, headers, bytes: decoded.bytes };
  }
}

// ====================================================================== DER

class ASN1Error extends Error {}

interface TLV {
  tag: number;
  constructed: boolean;
  content: Uint8Array;
  end: number;
}

function readTLV(b: Uint8Array, at: number): TLV {
  if (at + 2 > b.length) throw new ASN1Error("asn1: syntax error: data truncated");
  const id = b[at]!;
  if ((id & 0x1f) === 0x1f) throw new ASN1Error("asn1: structure error: tags don't match");
  let len = b[at + 1]!;
  let p = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new ASN1Error("asn1: syntax error: indefinite length found (not DER)");
    len = 0;
    for (let k = 0; k < n; k++) {
      if (p >= b.length) throw new ASN1Error("asn1: syntax error: data truncated");
      len = len * 256 + b[p++]!;
    }
  }
  if (p + len > b.length) throw new ASN1Error("asn1: syntax error: data truncated");
  return { tag: id & 0x1f, constructed: (id & 0x20) !== 0, content: b.subarray(p, p + len), end: p + len };
}

function derInt(content: Uint8Array): bigint {
  if (content.length === 0) throw new ASN1Error("asn1: syntax error: empty integer");
  let v = 0n;
  for (const x of content) v = (v << 8n) | BigInt(x);
  if (content[0]! & 0x80) v -= 1n << BigInt(content.length * 8);
  return v;
}

/** The elements of a DER SEQUENCE, or an ASN1Error. */
function derSequence(b: Uint8Array): TLV[] {
  const top = readTLV(b, 0);
  if (top.tag !== 16 || !top.constructed) throw new ASN1Error("asn1: structure error: tags don't match");
  if (top.end !== b.length) throw new ASN1Error("asn1: syntax error: trailing data");
  const out: TLV[] = [];
  for (let at = 0; at < top.content.length;) {
    const e = readTLV(top.content, at);
    out.push(e);
    at = e.end;
  }
  return out;
}

interface RSAKey {
  n: bigint;
  e: bigint;
  d: bigint;
  p: bigint;
  q: bigint;
}

/** Go's `x509.ParsePKCS1PrivateKey`, with its error texts for the common cases. */
function parsePKCS1PrivateKey(der: Uint8Array): RSAKey {
  let els: TLV[];
  try {
    els = derSequence(der);
    if (els.length < 6 || els.slice(0, 6).some((e) => e.tag !== 2 || e.constructed))
      throw new ASN1Error("asn1: structure error: tags don't match");
  } catch (e) {
    if (!(e instanceof ASN1Error)) throw e;
    if (e.message.endsWith("trailing data")) throw new FunctionError(e.message);
    // Go tries the other private key formats to give a hint.
    try {
      const s = derSequence(der);
      if (s.length >= 2 && s[0]!.tag === 2 && s[1]!.tag === 4) {
        throw new FunctionError(
          "x509: failed to parse private key (use ParseECPrivateKey instead for this key format)",
        );
      }
      if (s.length >= 3 && s[0]!.tag === 2 && s[1]!.tag === 16 && s[2]!.tag === 4) {
        throw new FunctionError(
          "x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)",
        );
      }
    } catch (inner) {
      if (!(inner instanceof ASN1Error)) throw inner;
    }
    throw new FunctionError(e.message);
  }
  const [version, n, e, d, p, q] = els.slice(0, 6).map((x) => derInt(x.content)) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  if (version > 1n) throw new FunctionError("x509: unsupported private key version");
  if (n <= 0n || d <= 0n || p <= 0n || q <= 0n)
    throw new FunctionError("x509: private key contains zero or negative value");
  // rsa.PrivateKey.Validate
  if (e < 2n) throw new FunctionError("crypto/rsa: public exponent too small");
  if (e > 2147483647n) throw new FunctionError("crypto/rsa: public exponent too large");
  if (p <= 1n || q <= 1n) throw new FunctionError("crypto/rsa: invalid prime value");
  if (p * q !== n) throw new FunctionError("crypto/rsa: invalid modulus");
  if ((d * e) % (p - 1n) !== 1n || (d * e) % (q - 1n) !== 1n) throw new FunctionError("crypto/rsa: invalid exponents");
  return { n, e, d, p, q };
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const qq = r0 / r1;
    [r0, r1] = [r1, r0 - qq * r1];
    [s0, s1] = [s1, s0 - qq * s1];
  }
  return ((s0 % m) + m) % m;
}

const DECRYPTION_ERROR = "crypto/rsa: decryption error";

/** Go's `rsa.DecryptPKCS1v15`: the message, or "crypto/rsa: decryption error". */
function decryptPKCS1v15(key: RSAKey, ciphertext: Uint8Array): Uint8Array {
  const k = Math.ceil(key.n.toString(16).length / 2);
  if (k < 11 || ciphertext.length > k) throw new FunctionError(DECRYPTION_ERROR);
  let c = 0n;
  for (const x of ciphertext) c = (c << 8n) | BigInt(x);
  if (c >= key.n) throw new FunctionError(DECRYPTION_ERROR);
  // CRT: m = m2 + q * ((m1 - m2) * qinv mod p)
  const m1 = modPow(c, key.d % (key.p - 1n), key.p);
  const m2 = modPow(c, key.d % (key.q - 1n), key.q);
  const h = (((m1 - m2) % key.p) + key.p) % key.p;
  const m = m2 + key.q * ((h * modInverse(key.q, key.p)) % key.p);
  const em = new Uint8Array(k);
  let v = m;
  for (let i = k - 1; i >= 0; i--) {
    em[i] = Number(v & 255n);
    v >>= 8n;
  }
  if (em[0] !== 0 || em[1] !== 2) throw new FunctionError(DECRYPTION_ERROR);
  const zero = em.indexOf(0, 2);
  if (zero < 10) throw new FunctionError(DECRYPTION_ERROR);
  return em.slice(zero + 1);
}

/** go-cty-funcs `rsadecrypt`. */
export const RsaDecryptFunc = new Function({
  description: "Decrypts a base64-encoded RSA ciphertext (PKCS #1 v1.5) with a PEM-encoded PKCS #1 private key.",
  params: [
    { name: "ciphertext", type: StringType },
    { name: "privatekey", type: StringType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const s = args[0]!.asString();
    const b = base64Decode(s);
    if (!b.ok) throw new FunctionError(`failed to decode input ${goQuote(s)}: cipher text must be base64-encoded`);
    const keyBytes = utf8(args[1]!.asString());
    const block = pemDecode(String.fromCharCode(...keyBytes));
    if (block === undefined) throw new FunctionError("failed to parse key: no key found");
    if (block.headers.get("Proc-Type") === "4,ENCRYPTED") {
      throw new FunctionError(
        "failed to parse key: password protected keys are not supported. Please decrypt the key prior to use",
      );
    }
    const key = parsePKCS1PrivateKey(block.bytes);
    return stringVal(fromUTF8(decryptPKCS1v15(key, b.bytes)));
  },
});

/** The crypto functions; `bcrypt` draws its salt from `random`. */
export function makeCryptoFunctions(random: RandomSource = cryptoRandom): Readonly<Record<string, Function>> {
  return {
    bcrypt: makeBcryptFunc(random),
    md5: Md5Func,
    rsadecrypt: RsaDecryptFunc,
    sha1: Sha1Func,
    sha256: Sha256Func,
    sha512: Sha512Func,
  };
}

export const cryptoFunctions: Readonly<Record<string, Function>> = makeCryptoFunctions();
