// Hash and crypto functions of Packer 1.14 (FN-07), from hashicorp/go-cty-funcs
// crypto. Expected digests are the well-known ones (cross-checked with
// node:crypto); bcrypt hashes made here with a fixed salt were accepted by Go's
// bcrypt.CompareHashAndPassword (x/crypto); the RSA key and ciphertext were
// made by a Go 1.19 program (crypto/rsa EncryptPKCS1v15, x509
// MarshalPKCS1PrivateKey), and its error texts come from the same packages.
import { createHash } from "node:crypto";
import bcryptjs from "bcryptjs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumberType, StringType } from "../../src/cty/types.js";
import { numberFloatVal, numberIntVal, stringVal, unknownVal, type Value } from "../../src/cty/value.js";
import {
  cryptoFunctions,
  goInt,
  makeCryptoFunctions,
  Md5Func,
  RsaDecryptFunc,
  Sha1Func,
  Sha256Func,
  Sha512Func,
} from "../../src/functions/crypto.js";
import { ArgError, FunctionError, type Function } from "../../src/functions/function.js";

function call(f: Function, ...args: Value[]): string {
  try {
    return f.call(args).asString();
  } catch (e) {
    if (e instanceof ArgError) return `ERR[${e.index}]: ${e.message}`;
    if (e instanceof FunctionError) return `ERR: ${e.message}`;
    throw e;
  }
}

describe("FN-07 md5, sha1, sha256, sha512: hex of the UTF-8 bytes", () => {
  it.each([
    [Md5Func, "tada", "ce47d07243bb6eaf5e1322c81baf9bbf"],
    [Sha1Func, "test", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"],
    [Sha256Func, "test", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    [
      Sha512Func,
      "test",
      "ee26b0dd4af7e749aa1a8ee3c10ae9923f618980772e473f8819a5d4940e0db27ac185f8a0e1d5f84f88bc887fd67b143732c304cc5fa9ad8e6f57f50028a8ff",
    ],
  ] as const)("%#", (f, input, want) => {
    expect(call(f, stringVal(input))).toBe(want);
  });
  it("property: agrees with node:crypto on UTF-8 bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const v = stringVal(s);
        const bytes = Buffer.from(v.asString(), "utf8");
        expect(Md5Func.call([v]).asString()).toBe(createHash("md5").update(bytes).digest("hex"));
        expect(Sha1Func.call([v]).asString()).toBe(createHash("sha1").update(bytes).digest("hex"));
        expect(Sha256Func.call([v]).asString()).toBe(createHash("sha256").update(bytes).digest("hex"));
        expect(Sha512Func.call([v]).asString()).toBe(createHash("sha512").update(bytes).digest("hex"));
      }),
    );
  });
  it("unknown in, unknown out; marks kept", () => {
    expect(Sha256Func.call([unknownVal(StringType)]).isKnown()).toBe(false);
    expect(Md5Func.call([stringVal("x").mark("sensitive")]).hasMark("sensitive")).toBe(true);
  });
});

describe("FN-07 bcrypt (x/crypto bcrypt.GenerateFromPassword, version 2a)", () => {
  const fixed = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
  const bcrypt = makeCryptoFunctions(fixed).bcrypt!;
  it("with a fixed salt gives the hashes Go's CompareHashAndPassword accepted", () => {
    expect(call(bcrypt, stringVal("password"))).toBe("$2a$10$Ax/Tcn9C4O2xUF0gv8uPLecht4/NrKoLK9uQ9Cz2vX2yYbEfMsz/u");
    expect(call(bcrypt, stringVal("ünï😀"), numberIntVal(5))).toBe(
      "$2a$05$Ax/Tcn9C4O2xUF0gv8uPLeJLC6arRtP0IQtXCBtaTo83O/6Vd0V16",
    );
  });
  it("uses a random salt by default (impure)", () => {
    const a = call(cryptoFunctions.bcrypt!, stringVal("pw"), numberIntVal(4));
    const b = call(cryptoFunctions.bcrypt!, stringVal("pw"), numberIntVal(4));
    expect(a).not.toBe(b);
    expect(a).toMatch(/^\$2a\$04\$[./A-Za-z0-9]{53}$/);
    expect(bcryptjs.compareSync("pw", a)).toBe(true);
  });
  it("a cost below 4 means the default 10", () => {
    expect(call(bcrypt, stringVal("x"), numberIntVal(3)).slice(0, 7)).toBe("$2a$10$");
    expect(call(bcrypt, stringVal("x"), numberIntVal(-100)).slice(0, 7)).toBe("$2a$10$");
  });
  it("reports Go's errors", () => {
    expect(call(bcrypt, stringVal("x"), numberIntVal(32))).toBe(
      "ERR: error occured generating password crypto/bcrypt: cost 32 is outside allowed range (4,31)",
    );
    expect(call(bcrypt, stringVal("x"), numberFloatVal(4.5))).toBe(
      "ERR: value must be a whole number, between -9223372036854775808 and 9223372036854775807",
    );
    expect(call(bcrypt, stringVal("x"), numberIntVal(4), numberIntVal(4))).toBe(
      "ERR: bcrypt() takes no more than two arguments",
    );
    expect(call(bcrypt, stringVal("x".repeat(73)))).toBe(
      "ERR: error occured generating password bcrypt: password length exceeds 72 bytes",
    );
    // The length check comes before the cost check, as in GenerateFromPassword.
    expect(call(bcrypt, stringVal("é".repeat(37)), numberIntVal(99))).toBe(
      "ERR: error occured generating password bcrypt: password length exceeds 72 bytes",
    );
  });
  it("converts cost like gocty does", () => {
    expect(goInt(numberIntVal(7))).toBe(7n);
    expect(typeof goInt(numberFloatVal(1e19))).toBe("string");
    expect(bcrypt.varParam!.type).toBe(NumberType);
  });
});

const KEY =
  "-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQCepn4gnyKEQ9gmaaZ+E2dihJXZ8Z4Y1PACzz1ubR+8H+apY4MJ\nFlvtq2RP5y2hChVAn+JTEUB9qbc5njT4OzepcT0HvW+QegHOkIAyYzEK6xdBRVo6\nyysWmec55SNhYANYk0jhrR/tP2Y6qW6NGoL9WbQJaxa2JIt8qYxLY6vI0wIDAQAB\nAoGAdwoJ3URKS9/0EW54hGTez+cX4T4QGCW+KP2C5JZwl2GAW1zVdz4VoBFX5TRa\n4liEdccBtL5fG2r6lfsFV7RnIEfaxAzoZDwFJL/e+vljiBDBl6K8EeWx59+DY1lK\nHhbYx6L4nFFQoG3LZvQEPJ1OsFTTfVjyQrINMni+zdzP9/ECQQDE++wHXU6S5ZaI\nUYa7N20bAm0YciadXNvsGw8OxSJVizxHZT8NCdT9s3v/B73wmoZwsKa/nQALmpFE\nKz0BBr5NAkEAzi59+JS2w9ZsVittkUOLZyP56tALbHSlhP8pLaefdiKdcsGE0O89\nDOuvJPSDazHppIN5GFMYVUTRFc3OcntznwJAYWcIYOPcdHqeIq3dZzmS86YRd+MK\nAQnnnSoMGguUXKRKnCsOME5KSWC00XhsjUp7a8GN0nW5jgNSDVksAxPoiQJBAI17\nwd3OzwvcHEOVUX6ZRxPj0B+d2/j0opB9OBioKfi7ECgrO6TURqSTJoDJeVUZzyah\nQXu7qbr5mjDIJZ7RsCkCQDtxHh4v1K4Jq4ZOP0pKrLEH5CABESpuMo6KH8sFC+x3\n377yKKE/XDwXcjU6JxhWwrlgyB3c+EPNoyeN523w5yw=\n-----END RSA PRIVATE KEY-----\n";
const CIPHERTEXT =
  "FZQO8+adHyWxaxglNd/vS2faNUXSdBHGGPhy3NJzHnJdwgDwtdmCuMbAXibbAqA8qrujTmi69utaIXxd64Jf+50G52WpTgSYEoGjJCUi94/c+DPZ7YG1ynm6FVkC08dJabnteSa1iy3IvHIbVyIAfz0bxkWvgQW5dVcTvmc6FdQ=";
const WRONG_KEY =
  "-----BEGIN RSA PRIVATE KEY-----\nMIICWwIBAAKBgQDTm8bDjsXrEklZ6ZHakfPWIKXidj2kDVUIM/2T8Br6x0fuaT+g\nBGiQ9/tF9rW1xcsGt8PQ0eK+BjucGpmJ2wtTwOIQTbA/R95sf+nWawe2stZuXBiX\ngeZY4YIWpFYOuVq3M0qHqPiKVZItM9EbUAkWP8Du7VQpRbf4Fc4X5Y9uGwIDAQAB\nAoGAWL6i7E7LSFvB8XhYV/8P8QR+LWyDS3Lf73HGbi2rUvMSgrUXHufaZrnpYp0l\n9da+39FfyQrM+f6pLz2kmMEJjVIzE7CM9BY0jCrkumatmFiQiLE0lpLkI3ea+SS7\n0q+pGdIDNo1MSM0gtB+fm8vENzMz8FoJWqso3N9kHTaICpkCQQDimWGsGtkbet+8\nvYQQms5jTDkF+NH/Mhe1eYbcGv5xfrWPhHKTtKpJbeNQZ5Icu3hs4c/RqJEcENm3\n33MVe06FAkEA7xB4343ZRGK1RmIBfj0KrbKtEC5vIGCJFG1fCzfy4XO60rLADJq/\nXpYKTocYX9WJ3AtzqZCrfB2TcZXRd978HwJAE0lOwOFAHVCl/mB6/xbN/jGcoN9+\nsCPJVM7VJaK+iVZpiZ+SSPQVkk5iDJPkIcHrDAlkMMoSH7tnbHj+SJPIKQJAe18X\n0d6lOjpqbGkVdi1QPnWQBGLCLIZFF8qdmu+Doz+TMTrYC2ksy0ZJCV+Ef6h2nZ03\nUlF7ffDRb3OuhtsHZwJAGqYI3WCHoRV2EM4QXSu+74l592fGxntTb8iDW0i9oQxG\ns5Y/Og+bgXeJh6wb9KlaEjCV7Fu0rELLSSrEpvMXMg==\n-----END RSA PRIVATE KEY-----\n";
const PKCS8_KEY =
  "-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAJ6mfiCfIoRD2CZp\npn4TZ2KEldnxnhjU8ALPPW5tH7wf5qljgwkWW+2rZE/nLaEKFUCf4lMRQH2ptzme\nNPg7N6lxPQe9b5B6Ac6QgDJjMQrrF0FFWjrLKxaZ5znlI2FgA1iTSOGtH+0/Zjqp\nbo0agv1ZtAlrFrYki3ypjEtjq8jTAgMBAAECgYB3CgndREpL3/QRbniEZN7P5xfh\nPhAYJb4o/YLklnCXYYBbXNV3PhWgEVflNFriWIR1xwG0vl8bavqV+wVXtGcgR9rE\nDOhkPAUkv976+WOIEMGXorwR5bHn34NjWUoeFtjHovicUVCgbctm9AQ8nU6wVNN9\nWPJCsg0yeL7N3M/38QJBAMT77AddTpLllohRhrs3bRsCbRhyJp1c2+wbDw7FIlWL\nPEdlPw0J1P2ze/8HvfCahnCwpr+dAAuakUQrPQEGvk0CQQDOLn34lLbD1mxWK22R\nQ4tnI/nq0AtsdKWE/yktp592Ip1ywYTQ7z0M668k9INrMemkg3kYUxhVRNEVzc5y\ne3OfAkBhZwhg49x0ep4ird1nOZLzphF34woBCeedKgwaC5RcpEqcKw4wTkpJYLTR\neGyNSntrwY3SdbmOA1INWSwDE+iJAkEAjXvB3c7PC9wcQ5VRfplHE+PQH53b+PSi\nkH04GKgp+LsQKCs7pNRGpJMmgMl5VRnPJqFBe7upuvmaMMglntGwKQJAO3EeHi/U\nrgmrhk4/SkqssQfkIAERKm4yjoofywUL7HffvvIooT9cPBdyNTonGFbCuWDIHdz4\nQ82jJ43nbfDnLA==\n-----END PRIVATE KEY-----\n";
const ENCRYPTED_KEY =
  "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00000000000000000000000000000000\n\nMIICXAIBAAKBgQCepn4gnyKEQ9gmaaZ+E2dihJXZ8Z4Y1PACzz1ubR+8H+apY4MJ\nFlvtq2RP5y2hChVAn+JTEUB9qbc5njT4OzepcT0HvW+QegHOkIAyYzEK6xdBRVo6\nyysWmec55SNhYANYk0jhrR/tP2Y6qW6NGoL9WbQJaxa2JIt8qYxLY6vI0wIDAQAB\nAoGAdwoJ3URKS9/0EW54hGTez+cX4T4QGCW+KP2C5JZwl2GAW1zVdz4VoBFX5TRa\n4liEdccBtL5fG2r6lfsFV7RnIEfaxAzoZDwFJL/e+vljiBDBl6K8EeWx59+DY1lK\nHhbYx6L4nFFQoG3LZvQEPJ1OsFTTfVjyQrINMni+zdzP9/ECQQDE++wHXU6S5ZaI\nUYa7N20bAm0YciadXNvsGw8OxSJVizxHZT8NCdT9s3v/B73wmoZwsKa/nQALmpFE\nKz0BBr5NAkEAzi59+JS2w9ZsVittkUOLZyP56tALbHSlhP8pLaefdiKdcsGE0O89\nDOuvJPSDazHppIN5GFMYVUTRFc3OcntznwJAYWcIYOPcdHqeIq3dZzmS86YRd+MK\nAQnnnSoMGguUXKRKnCsOME5KSWC00XhsjUp7a8GN0nW5jgNSDVksAxPoiQJBAI17\nwd3OzwvcHEOVUX6ZRxPj0B+d2/j0opB9OBioKfi7ECgrO6TURqSTJoDJeVUZzyah\nQXu7qbr5mjDIJZ7RsCkCQDtxHh4v1K4Jq4ZOP0pKrLEH5CABESpuMo6KH8sFC+x3\n377yKKE/XDwXcjU6JxhWwrlgyB3c+EPNoyeN523w5yw=\n-----END RSA PRIVATE KEY-----\n";

describe("FN-07 rsadecrypt (go-cty-funcs crypto/rsa.go; PKCS #1 v1.5)", () => {
  it("decrypts Go's ciphertext", () => {
    expect(call(RsaDecryptFunc, stringVal(CIPHERTEXT), stringVal(KEY))).toBe("message ünï");
  });
  it.each([
    ["wrong key", CIPHERTEXT, WRONG_KEY, "ERR: crypto/rsa: decryption error"],
    [
      "PKCS #8 key",
      CIPHERTEXT,
      PKCS8_KEY,
      "ERR: x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)",
    ],
    [
      "encrypted key",
      CIPHERTEXT,
      ENCRYPTED_KEY,
      "ERR: failed to parse key: password protected keys are not supported. Please decrypt the key prior to use",
    ],
    ["bad key", CIPHERTEXT, "bad key", "ERR: failed to parse key: no key found"],
    ["empty key", CIPHERTEXT, "", "ERR: failed to parse key: no key found"],
    ["bad cipher", "bad cipher", KEY, 'ERR: failed to decode input "bad cipher": cipher text must be base64-encoded'],
    ["empty cipher", "", KEY, "ERR: crypto/rsa: decryption error"],
    ["too long cipher", "A".repeat(400), KEY, "ERR: crypto/rsa: decryption error"],
  ])("%s", (_name, ct, key, want) => {
    expect(call(RsaDecryptFunc, stringVal(ct), stringVal(key))).toBe(want);
  });
  it("finds the PEM block after leading text, with CRLF line ends", () => {
    expect(call(RsaDecryptFunc, stringVal(CIPHERTEXT), stringVal("junk before\n" + KEY.replace(/\n/g, "\r\n")))).toBe(
      "message ünï",
    );
  });
});

it("exports the Packer names", () => {
  expect(Object.keys(cryptoFunctions).sort()).toEqual(["bcrypt", "md5", "rsadecrypt", "sha1", "sha256", "sha512"]);
  for (const f of Object.values(cryptoFunctions)) expect(f.description).not.toBe("");
});
