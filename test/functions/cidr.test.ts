// IP network functions of Packer 1.14 (FN-08), from hashicorp/go-cty-funcs
// cidr over Go's net package and apparentlymart/go-cidr v1.1. Expected values
// were recorded from a Go 1.19 program running net.ParseCIDR and go-cidr's
// Host/Subnet/PreviousSubnet/NextSubnet logic with go-cty-funcs' checks and
// messages; the first cases of each table are go-cty-funcs' own tests
// (cidr/*_test.go).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumberType, StringType } from "../../src/cty/types.js";
import { numberFloatVal, numberIntVal, stringVal, unknownVal, type Value } from "../../src/cty/value.js";
import {
  cidrFunctions,
  CidrHostFunc,
  CidrNetmaskFunc,
  CidrSubnetFunc,
  CidrSubnetsFunc,
} from "../../src/functions/cidr.js";
import { ArgError, FunctionError, type Function } from "../../src/functions/function.js";

function call(f: Function, ...args: Value[]): string {
  try {
    const v = f.call(args);
    return v.type.kind === "list" ? JSON.stringify(v.elements().map((e) => e.asString())) : v.asString();
  } catch (e) {
    if (e instanceof ArgError) return `ERR[${e.index}]: ${e.message}`;
    if (e instanceof FunctionError) return `ERR: ${e.message}`;
    throw e;
  }
}

const HOST: readonly (readonly [string, number, string])[] = [
  ["192.168.1.0/24", 5, "192.168.1.5"],
  ["192.168.1.0/24", -5, "192.168.1.251"],
  ["192.168.1.0/24", 256, "ERR: prefix of 24 does not accommodate a host numbered 256"],
  ["192.168.1.0/24", -256, "192.168.1.0"],
  ["192.168.1.0/24", -257, "ERR: prefix of 24 does not accommodate a host numbered -1"],
  ["192.168.1.0/30", 4, "ERR: prefix of 30 does not accommodate a host numbered 4"],
  ["1::/64", 5, "1::5"],
  ["fd00:fd12:3456:7890::/56", 16, "fd00:fd12:3456:7800::10"],
  ["fd00:fd12:3456:7890::/56", -1, "fd00:fd12:3456:78ff:ffff:ffff:ffff:ffff"],
  ["10.0.0.0/8", 16777215, "10.255.255.255"],
  ["not-a-cidr", 1, "ERR: invalid CIDR expression: invalid CIDR address: not-a-cidr"],
  ["192.168.1.0", 1, "ERR: invalid CIDR expression: invalid CIDR address: 192.168.1.0"],
  ["10.256.0.0/8", 1, "ERR: invalid CIDR expression: invalid CIDR address: 10.256.0.0/8"],
  ["010.0.0.0/8", 1, "ERR: invalid CIDR expression: invalid CIDR address: 010.0.0.0/8"],
  ["10.0.0.0/33", 1, "ERR: invalid CIDR expression: invalid CIDR address: 10.0.0.0/33"],
  ["10.0.0.0/024", 3, "10.0.0.3"],
  ["::ffff:10.0.0.0/104", 3, "0:3::ffff:a00:0"],
  ["::ffff:10.0.0.0/120", -1, "0:ff::ffff:a00:0"],
  ["fe80::1%eth0/64", 1, "ERR: invalid CIDR expression: invalid CIDR address: fe80::1%eth0/64"],
  ["1:2:3:4:5:6:7:8/64", 1, "1:2:3:4::1"],
  ["1::2::3/64", 1, "ERR: invalid CIDR expression: invalid CIDR address: 1::2::3/64"],
  ["::/0", 1, "::1"],
  ["0.0.0.0/0", -1, "255.255.255.255"],
  ["1.2.3.4/32", 0, "1.2.3.4"],
  ["1.2.3.4/32", 1, "ERR: prefix of 32 does not accommodate a host numbered 1"],
  ["::1.2.3.4/120", 7, "::102:307"],
  ["12345::/16", 1, "ERR: invalid CIDR expression: invalid CIDR address: 12345::/16"],
  ["1:2:3:4:5:6:7::/64", 1, "1:2:3:4::1"],
  ["10.0.0.0/8 ", 1, "ERR: invalid CIDR expression: invalid CIDR address: 10.0.0.0/8 "],
  ["10.0.0.0/+8", 1, "ERR: invalid CIDR expression: invalid CIDR address: 10.0.0.0/+8"],
];
const NETMASK: readonly (readonly [string, string])[] = [
  ["192.168.1.0/24", "255.255.255.0"],
  ["10.0.0.0/8", "255.0.0.0"],
  ["0.0.0.0/0", "0.0.0.0"],
  ["1.2.3.4/32", "255.255.255.255"],
  ["1::/64", "ffff:ffff:ffff:ffff::"],
  ["::/0", "::"],
  ["fd00::/120", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00"],
  ["::ffff:1.2.3.0/120", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00"],
  ["10.0.0.0/12", "255.240.0.0"],
  ["bad", "ERR: invalid CIDR expression: invalid CIDR address: bad"],
];
const SUBNET: readonly (readonly [string, number, number, string])[] = [
  ["192.168.2.0/20", 4, 6, "192.168.6.0/24"],
  ["10.0.0.0/8", 8, 255, "10.255.0.0/16"],
  ["10.0.0.0/8", 8, 256, "ERR: prefix extension of 8 does not accommodate a subnet numbered 256"],
  ["10.0.0.0/8", 8, -1, "0.1.0.0/16"],
  ["10.0.0.0/8", 8, -256, "ERR: prefix extension of 8 does not accommodate a subnet numbered -256"],
  ["fe80::/48", 16, 6, "fe80:0:0:6::/64"],
  ["fe80::/48", 33, 6, "ERR: may not extend prefix by more than 32 bits"],
  ["fe80::/48", 32, 6, "fe80::6:0:0:0/80"],
  ["10.0.0.0/30", 3, 0, "ERR: insufficient address space to extend prefix of 30 by 3"],
  ["10.0.0.0/16", 0, 0, "10.0.0.0/16"],
  ["10.0.0.0/16", -8, 0, "10.0.0.0/8"],
  ["10.0.0.0/16", -8, 3, "11.0.0.0/8"],
  ["10.0.0.0/4", -8, 0, "<nil>"],
  ["::ffff:10.0.0.0/104", 8, 3, "10.3.0.0/16"],
  ["10.1.2.3/8", 8, 5, "10.5.0.0/16"],
  ["2001:db8::/32", 32, 4294967295, "2001:db8:ffff:ffff::/64"],
  ["2001:db8::/32", 16, 65535, "2001:db8:ffff::/48"],
  ["1.2.3.4/32", 0, 0, "1.2.3.4/32"],
  ["1.2.3.4/32", 1, 0, "ERR: insufficient address space to extend prefix of 32 by 1"],
];
const SUBNETS: readonly (readonly [string, number[], string])[] = [
  ["10.0.0.0/8", [8, 8, 8], '["10.0.0.0/16","10.1.0.0/16","10.2.0.0/16"]'],
  ["10.1.0.0/16", [4, 4, 8, 4], '["10.1.0.0/20","10.1.16.0/20","10.1.32.0/24","10.1.48.0/20"]'],
  [
    "fd00:fd12:3456:7890::/56",
    [16, 16, 16, 32],
    '["fd00:fd12:3456:7800::/72","fd00:fd12:3456:7800:100::/72","fd00:fd12:3456:7800:200::/72","fd00:fd12:3456:7800:300::/88"]',
  ],
  ["10.0.0.0/8", [], "[]"],
  [
    "10.0.0.0/8",
    [1, 1, 1],
    "ERR[3]: not enough remaining address space for a subnet with a prefix of 9 bits after 10.128.0.0/9",
  ],
  ["10.0.0.0/30", [1, 1], '["10.0.0.0/31","10.0.0.2/31"]'],
  [
    "10.0.0.0/30",
    [1, 1, 1],
    "ERR[3]: not enough remaining address space for a subnet with a prefix of 31 bits after 10.0.0.2/31",
  ],
  ["10.0.0.0/8", [0], "ERR[1]: must extend prefix by at least one bit"],
  ["10.0.0.0/8", [33], "ERR[1]: may not extend prefix by more than 32 bits"],
  ["10.0.0.0/30", [3], "ERR[1]: would extend prefix to 33 bits, which is too long for an IPv4 address"],
  [
    "0.0.0.0/0",
    [1, 1],
    "ERR[1]: not enough remaining address space for a subnet with a prefix of 1 bits after 128.0.0.0/1",
  ],
  ["255.255.255.0/24", [1, 1], '["255.255.255.0/25","255.255.255.128/25"]'],
  ["10.0.0.0/8", [24, 2], '["10.0.0.0/32","10.64.0.0/10"]'],
  ["10.0.0.0/8", [8, 4, 8], '["10.0.0.0/16","10.16.0.0/12","10.32.0.0/16"]'],
  [
    "::/0",
    [1, 32, 1],
    "ERR[1]: not enough remaining address space for a subnet with a prefix of 1 bits after 8000::/1",
  ],
  ["bad", [1], "ERR[0]: invalid CIDR expression: invalid CIDR address: bad"],
];

describe("FN-08 cidrhost", () => {
  it.each(HOST)("cidrhost(%j, %d)", (prefix, n, want) => {
    expect(call(CidrHostFunc, stringVal(prefix), numberIntVal(n))).toBe(want);
  });
  it("needs a whole number (gocty's message)", () => {
    expect(call(CidrHostFunc, stringVal("10.0.0.0/8"), numberFloatVal(1.5))).toBe(
      "ERR: value must be a whole number, between -9223372036854775808 and 9223372036854775807",
    );
  });
});

describe("FN-08 cidrnetmask", () => {
  it.each(NETMASK)("cidrnetmask(%j)", (prefix, want) => {
    expect(call(CidrNetmaskFunc, stringVal(prefix))).toBe(want);
  });
});

describe("FN-08 cidrsubnet", () => {
  it.each(SUBNET)("cidrsubnet(%j, %d, %d)", (prefix, newbits, netnum, want) => {
    expect(call(CidrSubnetFunc, stringVal(prefix), numberIntVal(newbits), numberIntVal(netnum))).toBe(want);
  });
});

describe("FN-08 cidrsubnets", () => {
  it.each(SUBNETS)("cidrsubnets(%j, %j)", (prefix, newbits, want) => {
    // Go's messages name the argument index; ArgError carries it.
    const got = call(CidrSubnetsFunc, stringVal(prefix), ...newbits.map((n) => numberIntVal(n)));
    expect(got).toBe(want);
  });
});

describe("FN-08 unknowns, marks and types", () => {
  it("unknown arguments give unknown results of the return type", () => {
    expect(CidrSubnetsFunc.call([unknownVal(StringType), numberIntVal(4)]).type.kind).toBe("list");
    expect(CidrHostFunc.call([stringVal("10.0.0.0/8"), unknownVal(NumberType)]).isKnown()).toBe(false);
  });
  it("marks move to the result", () => {
    expect(CidrNetmaskFunc.call([stringVal("10.0.0.0/8").mark("sensitive")]).hasMark("sensitive")).toBe(true);
  });
  it("property: cidrsubnet(p, n, k) contains cidrhost(p', 0) and consecutive subnets do not overlap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 24 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 255 }),
        (len, bits, k) => {
          const netnum = k % (1 << bits);
          const sub = call(CidrSubnetFunc, stringVal(`10.0.0.0/${len}`), numberIntVal(bits), numberIntVal(netnum));
          const first = call(CidrHostFunc, stringVal(sub), numberIntVal(0));
          expect(sub).toBe(`${first}/${len + bits}`);
          const list = JSON.parse(
            call(CidrSubnetsFunc, stringVal(`10.0.0.0/${len}`), numberIntVal(bits), numberIntVal(bits)),
          ) as string[];
          expect(list[1]).toBe(call(CidrSubnetFunc, stringVal(`10.0.0.0/${len}`), numberIntVal(bits), numberIntVal(1)));
        },
      ),
    );
  });
});

it("exports the Packer names", () => {
  expect(Object.keys(cidrFunctions).sort()).toEqual(["cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets"]);
  for (const f of Object.values(cidrFunctions)) expect(f.description).not.toBe("");
});
