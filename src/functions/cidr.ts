/**
 * IP network functions (FN-08), as hashicorp/go-cty-funcs `cidr` builds
 * them on Go's `net` package and apparentlymart/go-cidr: `cidrhost`,
 * `cidrnetmask`, `cidrsubnet`, `cidrsubnets`. Addresses are byte arrays (4
 * or 16 bytes, as Go's `net.IP`) and the arithmetic is BigInt, so IPv6 and
 * go-cidr's quirks with negative numbers come out as in Go.
 */
import { listOf, NumberType, StringType } from "../cty/types.js";
import { listVal, listValEmpty, stringVal } from "../cty/value.js";
import { ArgError, Function, FunctionError, staticReturnType } from "./function.js";
import { goInt } from "./crypto.js";

type IP = Uint8Array;

interface IPNet {
  ip: IP;
  mask: Uint8Array;
}

// ====================================================================== parsing (net.ParseCIDR)

/** netip's IPv4 parser: four decimal fields 0..255, no leading zeros. */
function parseIPv4(s: string): IP | undefined {
  const out = new Uint8Array(4);
  const parts = s.split(".");
  if (parts.length !== 4) return undefined;
  for (let i = 0; i < 4; i++) {
    const p = parts[i]!;
    if (p.length === 0 || p.length > 3 || !/^[0-9]+$/.test(p)) return undefined;
    if (p.length > 1 && p[0] === "0") return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    out[i] = v;
  }
  return out;
}

/** netip's IPv6 parser: hex groups, one `::`, an optional trailing IPv4 part; zones are rejected later. */
function parseIPv6(s: string): IP | undefined {
  const ip = new Uint8Array(16);
  let ellipsis = -1;
  if (s.length >= 2 && s[0] === ":" && s[1] === ":") {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return ip;
  }
  let i = 0;
  while (i < 16) {
    // A hex group of at most four digits.
    let off = 0;
    let acc = 0;
    while (off < s.length) {
      const c = s.charCodeAt(off);
      let d: number;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (c >= 97 && c <= 102) d = c - 87;
      else if (c >= 65 && c <= 70) d = c - 55;
      else break;
      if (off > 3) return undefined;
      acc = acc * 16 + d;
      off++;
    }
    if (off === 0) return undefined;
    // An embedded IPv4 address in the last 32 bits.
    if (off < s.length && s[off] === ".") {
      if (ellipsis < 0 && i !== 12) return undefined;
      if (i + 4 > 16) return undefined;
      const v4 = parseIPv4(s);
      if (v4 === undefined) return undefined;
      ip.set(v4, i);
      i += 4;
      s = "";
      break;
    }
    ip[i] = acc >> 8;
    ip[i + 1] = acc & 255;
    i += 2;
    s = s.slice(off);
    if (s.length === 0) break;
    if (s[0] !== ":") return undefined;
    if (s.length === 1) return undefined;
    s = s.slice(1);
    if (s[0] === ":") {
      if (ellipsis >= 0) return undefined;
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) return undefined;
  if (i < 16) {
    if (ellipsis < 0) return undefined;
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j]!;
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) ip[j] = 0;
  } else if (ellipsis >= 0) {
    // An ellipsis must stand for at least one group.
    return undefined;
  }
  return ip;
}

/** Go's `dtoi` on the prefix length: decimal digits, no sign. */
function dtoi(s: string): number | undefined {
  if (!/^[0-9]+$/.test(s)) return undefined;
  let n = 0;
  for (const c of s) {
    n = n * 10 + (c.charCodeAt(0) - 48);
    if (n >= 0xffffff) return undefined;
  }
  return n;
}

/** Go's `net.CIDRMask(ones, bits)`. */
function cidrMask(ones: number, bits: number): Uint8Array | undefined {
  if (bits !== 32 && bits !== 128) return undefined;
  if (ones < 0 || ones > bits) return undefined;
  const m = new Uint8Array(bits / 8);
  for (let i = 0; i < m.length; i++) {
    const n = Math.min(8, Math.max(0, ones - i * 8));
    m[i] = (0xff00 >> n) & 0xff;
  }
  return m;
}

/** Go's `net.ParseCIDR`: the network (address masked), or undefined where Go reports "invalid CIDR address". */
function parseCIDR(s: string): IPNet | undefined {
  const slash = s.indexOf("/");
  if (slash < 0) return undefined;
  const addr = s.slice(0, slash);
  const maskText = s.slice(slash + 1);
  // netip.ParseAddr picks the form by the first of '.', ':' or '%'.
  let ip: IP | undefined;
  let v4 = false;
  for (const c of addr) {
    if (c === ".") {
      ip = parseIPv4(addr);
      v4 = true;
      break;
    }
    if (c === ":") {
      ip = parseIPv6(addr);
      break;
    }
    if (c === "%") break;
  }
  if (ip === undefined) return undefined;
  const iplen = v4 ? 4 : 16;
  const n = dtoi(maskText);
  if (n === undefined || n > 8 * iplen) return undefined;
  const mask = cidrMask(n, 8 * iplen)!;
  const ip16 = v4 ? to16(ip) : ip;
  return { ip: ipMask(ip16, mask)!, mask };
}

// ====================================================================== net.IP helpers

function to16(ip: IP): IP {
  if (ip.length === 16) return ip;
  const out = new Uint8Array(16);
  out[10] = 0xff;
  out[11] = 0xff;
  out.set(ip, 12);
  return out;
}

/** Go's `IP.To4`: the 4-byte form of an IPv4 (or IPv4-mapped) address, else undefined. */
function to4(ip: IP): IP | undefined {
  if (ip.length === 4) return ip;
  if (ip.length === 16 && ip.subarray(0, 10).every((b) => b === 0) && ip[10] === 0xff && ip[11] === 0xff)
    return ip.slice(12);
  return undefined;
}

/** Go's `IP.Mask`. */
function ipMask(ip: IP, mask: Uint8Array): IP | undefined {
  if (mask.length === 16 && ip.length === 4 && mask.subarray(0, 12).every((b) => b === 0xff)) mask = mask.subarray(12);
  if (
    mask.length === 4 &&
    ip.length === 16 &&
    ip.subarray(0, 10).every((b) => b === 0) &&
    ip[10] === 0xff &&
    ip[11] === 0xff
  )
    ip = ip.subarray(12);
  if (ip.length !== mask.length) return undefined;
  return ip.map((b, i) => b & mask[i]!);
}

/** Go's `IPMask.Size`: leading ones and total bits, or [0, 0] for a non-canonical mask. */
function maskSize(m: Uint8Array): [number, number] {
  let ones = 0;
  let i = 0;
  for (; i < m.length && m[i] === 0xff; i++) ones += 8;
  if (i < m.length) {
    let b = m[i]!;
    while (b & 0x80) {
      ones++;
      b = (b << 1) & 0xff;
    }
    if (b !== 0) return [0, 0];
    for (i++; i < m.length; i++) if (m[i] !== 0) return [0, 0];
  }
  return [ones, m.length * 8];
}

/** Go's `IP.String`: dotted quad for IPv4 (and IPv4-mapped), RFC 5952 for IPv6. */
function ipString(ip: IP): string {
  if (ip.length === 0) return "<nil>";
  const v4 = to4(ip);
  if (v4 !== undefined) return Array.from(v4).join(".");
  if (ip.length !== 16) return "?" + Array.from(ip, (b) => b.toString(16).padStart(2, "0")).join("");
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((ip[i]! << 8) | ip[i + 1]!);
  // The first longest run of two or more zero groups becomes "::".
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i >= 2 && j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = "";
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += "::";
      i += bestLen - 1;
      continue;
    }
    if (i > 0 && !out.endsWith(":")) out += ":";
    out += groups[i]!.toString(16);
  }
  return out;
}

/** Go's `networkNumberAndMask`: the address (4 bytes for IPv4) and a mask of the same length, or undefined. */
function networkNumberAndMask(n: IPNet): [IP, Uint8Array] | undefined {
  let ip = to4(n.ip);
  if (ip === undefined) {
    ip = n.ip;
    if (ip.length !== 16) return undefined;
  }
  let m = n.mask;
  if (m.length === 4) {
    if (ip.length !== 4) return undefined;
  } else if (m.length === 16) {
    if (ip.length === 4) m = m.subarray(12);
  } else return undefined;
  return [ip, m];
}

/** Go's `IPNet.String`: "ip/prefix", the mask in hex when it is not a prefix, "<nil>" when they do not fit. */
function ipNetString(n: IPNet): string {
  const nm = networkNumberAndMask(n);
  if (nm === undefined) return "<nil>";
  const [ip, m] = nm;
  const [ones] = maskSize(m);
  const canonical = ones !== 0 || m.every((b) => b === 0);
  if (!canonical) return ipString(ip) + "/" + Array.from(m, (b) => b.toString(16).padStart(2, "0")).join("");
  return ipString(ip) + "/" + ones;
}

/** Go's `IPNet.Contains`. */
function ipNetContains(n: IPNet, ip: IP): boolean {
  const nm = networkNumberAndMask(n);
  if (nm === undefined) return false;
  const [nn, m] = nm;
  const x = to4(ip) ?? ip;
  if (x.length !== nn.length) return false;
  for (let i = 0; i < nn.length; i++) if ((nn[i]! & m[i]!) !== (x[i]! & m[i]!)) return false;
  return true;
}

// ====================================================================== go-cidr

function ipToInt(ip: IP): [bigint, number] {
  let v = 0n;
  for (const b of ip) v = (v << 8n) | BigInt(b);
  return [v, ip.length * 8];
}

/** go-cidr `intToIP`: the magnitude's bytes packed at the end (big.Int.Bytes drops the sign). */
function intToIP(v: bigint, bits: number): IP {
  let mag = v < 0n ? -v : v;
  const ret = new Uint8Array(bits / 8);
  for (let i = ret.length - 1; i >= 0 && mag > 0n; i--) {
    ret[i] = Number(mag & 255n);
    mag >>= 8n;
  }
  return ret;
}

/** go-cidr `insertNumIntoIP`: OR the number, shifted into place, into the address. */
function insertNumIntoIP(ip: IP, num: bigint, prefixLen: number): IP {
  const [ipInt, totalBits] = ipToInt(ip);
  const shift = totalBits - prefixLen;
  // Go shifts a big.Int; a shift far beyond the address only arises from absurd negative
  // extensions, where Go would exhaust memory, so the bits are simply dropped here.
  const shifted = num === 0n || shift > 4096 ? 0n : shift >= 0 ? num << BigInt(shift) : num >> BigInt(-shift);
  return intToIP(ipInt | shifted, totalBits);
}

/** big.Int.Uint64: the low 64 bits of the magnitude. */
const low64 = (x: bigint): bigint => (x < 0n ? -x : x) & ((1n << 64n) - 1n);

function cidrSubnet(base: IPNet, newBits: number, num: bigint): IPNet {
  const [parentLen, addrLen] = maskSize(base.mask);
  const newPrefixLen = parentLen + newBits;
  if (newPrefixLen > addrLen)
    throw new FunctionError(`insufficient address space to extend prefix of ${parentLen} by ${newBits}`);
  // Go computes uint64(1<<uint64(newBits)) - 1, which wraps for negative newBits.
  const maxNetNum = newBits < 0 || newBits >= 64 ? (1n << 64n) - 1n : (1n << BigInt(newBits)) - 1n;
  if (low64(num) > maxNetNum)
    throw new FunctionError(`prefix extension of ${newBits} does not accommodate a subnet numbered ${num}`);
  return {
    ip: insertNumIntoIP(base.ip, num, newPrefixLen),
    mask: cidrMask(newPrefixLen, addrLen) ?? new Uint8Array(0),
  };
}

function cidrHost(base: IPNet, num: bigint): IP {
  const [parentLen, addrLen] = maskSize(base.mask);
  const hostLen = addrLen - parentLen;
  const maxHostNum = (1n << BigInt(hostLen)) - 1n;
  let numUint64 = low64(num);
  if (num < 0n) {
    numUint64 = -num - 1n;
    num = maxHostNum - numUint64;
  }
  if (numUint64 > maxHostNum)
    throw new FunctionError(`prefix of ${parentLen} does not accommodate a host numbered ${num}`);
  const bitlength = to4(base.ip) !== undefined ? 32 : 128;
  return insertNumIntoIP(base.ip, num, bitlength);
}

function addressRangeLast(n: IPNet): IP {
  const [prefixLen, bits] = maskSize(n.mask);
  if (prefixLen === bits) return n.ip.slice();
  const [first, b] = ipToInt(n.ip);
  const last = ((1n << BigInt(b - prefixLen)) - 1n) | first;
  return intToIP(last, b);
}

function ipInc(ip: IP): IP {
  const out = (to4(ip) ?? ip).slice();
  for (let j = out.length - 1; j >= 0; j--) {
    out[j] = (out[j]! + 1) & 255;
    if (out[j]! > 0) break;
  }
  return out;
}

function ipDec(ip: IP): IP {
  const out = (to4(ip) ?? ip).slice();
  for (let j = out.length - 1; j >= 0; j--) {
    out[j] = (out[j]! - 1) & 255;
    if (out[j]! < 255) break;
  }
  return out;
}

function isZeroIP(ip: IP): boolean {
  return ip.every((b) => b === 0);
}

/** go-cidr `PreviousSubnet`. */
function previousSubnet(n: IPNet, prefixLen: number): IPNet {
  const start = to4(n.ip) ?? n.ip;
  const cMask = cidrMask(prefixLen, 8 * start.length) ?? new Uint8Array(0);
  const prev = ipDec(start);
  return { ip: ipMask(prev, cMask) ?? new Uint8Array(0), mask: cMask };
}

/** go-cidr `NextSubnet`: the subnet after `n` with the given prefix, and whether the space rolled over. */
function nextSubnet(n: IPNet, prefixLen: number): [IPNet, boolean] {
  const currentLast = addressRangeLast(n);
  const mask = cidrMask(prefixLen, 8 * currentLast.length) ?? new Uint8Array(0);
  const current: IPNet = { ip: ipMask(currentLast, mask) ?? new Uint8Array(0), mask };
  let last = addressRangeLast(current);
  last = ipInc(last);
  const next: IPNet = { ip: ipMask(last, mask) ?? new Uint8Array(0), mask };
  return [next, isZeroIP(last) && (last.length === 4 || last.length === 16)];
}

// ====================================================================== functions

const invalidCIDR = (s: string): string => `invalid CIDR expression: invalid CIDR address: ${s}`;

/** go-cty-funcs `cidrhost`. */
export const CidrHostFunc = new Function({
  description: "Calculates a full host IP address for a given host number within a given IP network address prefix.",
  params: [
    { name: "prefix", type: StringType },
    { name: "hostnum", type: NumberType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const hostNum = goInt(args[1]!);
    if (typeof hostNum === "string") throw new FunctionError(hostNum);
    const net = parseCIDR(args[0]!.asString());
    if (net === undefined) throw new FunctionError(invalidCIDR(args[0]!.asString()));
    return stringVal(ipString(cidrHost(net, hostNum)));
  },
});

/** go-cty-funcs `cidrnetmask`: the mask as an address (IPv6 masks print in IPv6 form). */
export const CidrNetmaskFunc = new Function({
  description: "Converts an IPv4 address prefix given in CIDR notation into a subnet mask address.",
  params: [{ name: "prefix", type: StringType }],
  type: staticReturnType(StringType),
  impl: (args) => {
    const net = parseCIDR(args[0]!.asString());
    if (net === undefined) throw new FunctionError(invalidCIDR(args[0]!.asString()));
    return stringVal(ipString(net.mask));
  },
});

/** go-cty-funcs `cidrsubnet`. */
export const CidrSubnetFunc = new Function({
  description: "Calculates a subnet address within a given IP network address prefix.",
  params: [
    { name: "prefix", type: StringType },
    { name: "newbits", type: NumberType },
    { name: "netnum", type: NumberType },
  ],
  type: staticReturnType(StringType),
  impl: (args) => {
    const newbits = goInt(args[1]!);
    if (typeof newbits === "string") throw new FunctionError(newbits);
    const netnum = goInt(args[2]!);
    if (typeof netnum === "string") throw new FunctionError(netnum);
    const net = parseCIDR(args[0]!.asString());
    if (net === undefined) throw new FunctionError(invalidCIDR(args[0]!.asString()));
    // go-cty-funcs caps the extension at 32 bits, for 32-bit platforms.
    if (newbits > 32n) throw new FunctionError("may not extend prefix by more than 32 bits");
    return stringVal(ipNetString(cidrSubnet(net, Number(newbits), netnum)));
  },
});

/** go-cty-funcs `cidrsubnets`: consecutive subnets of the given extra prefix lengths. */
export const CidrSubnetsFunc = new Function({
  description: "Calculates a sequence of consecutive IP address ranges within a particular CIDR prefix.",
  params: [{ name: "prefix", type: StringType }],
  varParam: { name: "newbits", type: NumberType },
  type: staticReturnType(listOf(StringType)),
  impl: (args) => {
    const net = parseCIDR(args[0]!.asString());
    if (net === undefined) throw new ArgError(0, invalidCIDR(args[0]!.asString()));
    const [startPrefixLen] = maskSize(net.mask);
    const lengths = args.slice(1);
    if (lengths.length === 0) return listValEmpty(StringType);
    const first = goInt(lengths[0]!);
    if (typeof first === "string") throw new ArgError(1, first);
    const firstLength = Number(first) + startPrefixLen;
    let current = previousSubnet(net, firstLength);
    const out = [];
    for (let i = 0; i < lengths.length; i++) {
      const l = goInt(lengths[i]!);
      if (typeof l === "string") throw new ArgError(i + 1, l);
      if (l < 1n) throw new ArgError(i + 1, "must extend prefix by at least one bit");
      if (l > 32n) throw new ArgError(i + 1, "may not extend prefix by more than 32 bits");
      const length = Number(l) + startPrefixLen;
      const bits = net.ip.length * 8;
      if (length > bits) {
        const protocol = bits === 32 ? "IPv4" : bits === 128 ? "IPv6" : "IP";
        throw new ArgError(
          i + 1,
          `would extend prefix to ${length} bits, which is too long for an ${protocol} address`,
        );
      }
      const [next, rollover] = nextSubnet(current, length);
      if (rollover || !ipNetContains(net, next.ip)) {
        throw new ArgError(
          i + 1,
          `not enough remaining address space for a subnet with a prefix of ${length} bits after ${ipNetString(current)}`,
        );
      }
      current = next;
      out.push(stringVal(ipNetString(current)));
    }
    return listVal(out);
  },
});

export const cidrFunctions: Readonly<Record<string, Function>> = {
  cidrhost: CidrHostFunc,
  cidrnetmask: CidrNetmaskFunc,
  cidrsubnet: CidrSubnetFunc,
  cidrsubnets: CidrSubnetsFunc,
};
