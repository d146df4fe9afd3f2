/**
 * The character encodings of golang.org/x/text that Packer's
 * `textencodebase64`/`textdecodebase64` reach through x/text's IANA index:
 * the name and alias table, and a codec for each encoding. iconv-lite
 * supplies most tables, patched where x/text's data differs; EBCDIC,
 * UTF-16, ISO-2022-JP and HZ-GB-2312 are written out to follow x/text's
 * behaviour. Codecs work on strings and bytes only, with no cty values.
 */
import { fromUTF8, utf8 } from "./utf8.js";
import { DeferredModule, objectWith } from "./deferred.js";

type Iconv = typeof import("iconv-lite");
const iconvLib = new DeferredModule<Iconv>("iconv-lite", () => import("iconv-lite"), objectWith("encode"));

/*
 * golang.org/x/text's IANA index: the names and aliases it resolves to a
 * supported encoding (lower case; lookups trim spaces and lower-case the
 * name), keyed by the canonical IANA name that Go's error texts show.
 */
const IANA_SUPPORTED: readonly (readonly [string, string])[] = [
  ["Big5", "big5 csbig5"],
  ["EUC-KR", "cseuckr euc-kr"],
  [
    "Extended_UNIX_Code_Packed_Format_for_Japanese",
    "cseucpkdfmtjapanese euc-jp extended_unix_code_packed_format_for_japanese",
  ],
  ["GB18030", "csgb18030 gb18030"],
  ["GBK", "cp936 csgbk gbk ms936 windows-936"],
  ["HZ-GB-2312", "hz-gb-2312"],
  ["IBM00858", "ccsid00858 cp00858 csibm00858 ibm00858 pc-multilingual-850+euro"],
  ["IBM01140", "ccsid01140 cp01140 csibm01140 ebcdic-us-37+euro ibm01140"],
  ["IBM037", "cp037 csibm037 ebcdic-cp-ca ebcdic-cp-nl ebcdic-cp-us ebcdic-cp-wt ibm037"],
  ["IBM1047", "csibm1047 ibm-1047 ibm1047"],
  ["IBM437", "437 cp437 cspc8codepage437 ibm437"],
  ["IBM850", "850 cp850 cspc850multilingual ibm850"],
  ["IBM852", "852 cp852 cspcp852 ibm852"],
  ["IBM855", "855 cp855 csibm855 ibm855"],
  ["IBM860", "860 cp860 csibm860 ibm860"],
  ["IBM862", "862 cp862 cspc862latinhebrew ibm862"],
  ["IBM863", "863 cp863 csibm863 ibm863"],
  ["IBM865", "865 cp865 csibm865 ibm865"],
  ["IBM866", "866 cp866 csibm866 ibm866"],
  ["ISO-2022-JP", "csiso2022jp iso-2022-jp"],
  ["ISO-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso_8859-10:1992 l6 latin6"],
  ["ISO-8859-13", "csiso885913 iso-8859-13"],
  ["ISO-8859-14", "csiso885914 iso-8859-14 iso-celtic iso-ir-199 iso_8859-14 iso_8859-14:1998 l8 latin8"],
  ["ISO-8859-15", "csiso885915 iso-8859-15 iso_8859-15 latin-9"],
  ["ISO-8859-16", "csiso885916 iso-8859-16 iso-ir-226 iso_8859-16 iso_8859-16:2001 l10 latin10"],
  ["ISO_8859-1:1987", "cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso_8859-1 iso_8859-1:1987 l1 latin1"],
  ["ISO_8859-2:1987", "csisolatin2 iso-8859-2 iso-ir-101 iso_8859-2 iso_8859-2:1987 l2 latin2"],
  ["ISO_8859-3:1988", "csisolatin3 iso-8859-3 iso-ir-109 iso_8859-3 iso_8859-3:1988 l3 latin3"],
  ["ISO_8859-4:1988", "csisolatin4 iso-8859-4 iso-ir-110 iso_8859-4 iso_8859-4:1988 l4 latin4"],
  ["ISO_8859-5:1988", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso_8859-5 iso_8859-5:1988"],
  ["ISO_8859-6-E", "csiso88596e iso-8859-6-e iso_8859-6-e"],
  ["ISO_8859-6-I", "csiso88596i iso-8859-6-i iso_8859-6-i"],
  ["ISO_8859-6:1987", "arabic asmo-708 csisolatinarabic ecma-114 iso-8859-6 iso-ir-127 iso_8859-6 iso_8859-6:1987"],
  [
    "ISO_8859-7:1987",
    "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso_8859-7 iso_8859-7:1987",
  ],
  ["ISO_8859-8-E", "csiso88598e iso-8859-8-e iso_8859-8-e"],
  ["ISO_8859-8-I", "csiso88598i iso-8859-8-i iso_8859-8-i"],
  ["ISO_8859-8:1988", "csisolatinhebrew hebrew iso-8859-8 iso-ir-138 iso_8859-8 iso_8859-8:1988"],
  ["ISO_8859-9:1989", "csisolatin5 iso-8859-9 iso-ir-148 iso_8859-9 iso_8859-9:1989 l5 latin5"],
  ["KOI8-R", "cskoi8r koi8-r"],
  ["KOI8-U", "cskoi8u koi8-u"],
  ["Shift_JIS", "csshiftjis ms_kanji shift_jis"],
  ["US-ASCII", "ansi_x3.4-1968 ansi_x3.4-1986 cp367 csascii ibm367 iso-ir-6 iso646-us iso_646.irv:1991 us us-ascii"],
  ["UTF-16", "csutf16 utf-16"],
  ["UTF-16BE", "csutf16be utf-16be"],
  ["UTF-16LE", "csutf16le utf-16le"],
  ["UTF-8", "csutf8 utf-8"],
  ["macintosh", "csmacintosh mac macintosh"],
  ["windows-1250", "cswindows1250 windows-1250"],
  ["windows-1251", "cswindows1251 windows-1251"],
  ["windows-1252", "cswindows1252 windows-1252"],
  ["windows-1253", "cswindows1253 windows-1253"],
  ["windows-1254", "cswindows1254 windows-1254"],
  ["windows-1255", "cswindows1255 windows-1255"],
  ["windows-1256", "cswindows1256 windows-1256"],
  ["windows-1257", "cswindows1257 windows-1257"],
  ["windows-1258", "cswindows1258 windows-1258"],
  ["windows-874", "cswindows874 windows-874"],
];

const IANA_ALIAS = new Map<string, string>();
for (const [name, aliases] of IANA_SUPPORTED) for (const a of aliases.split(" ")) IANA_ALIAS.set(a, name);

/** Go's `strings.TrimSpace` (Unicode White_Space, not U+FEFF). */
function goTrimSpace(s: string): string {
  const space =
    /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
  return s.replace(space, "");
}

interface TextCodec {
  /** Bytes of the string, or undefined when a character has no encoding. */
  encode(s: string): Uint8Array | undefined;
  /** The decoded text; undefined bytes become U+FFFD. */
  decode(b: Uint8Array): string;
}

/** IBM037 as x/text defines it; IBM1047 and IBM01140 differ in a few positions. */
const EBCDIC_037 =
  "0000000100020003009c00090086007f0097008d008e000b000c000d000e000f0010001100120013009d008500080087001800190092008f001c001d001e001f00800081008200830084000a0017001b00880089008a008b008c0005000600070090009100160093009400950096000400980099009a009b00140015009e001a002000a000e200e400e000e100e300e500e700f100a2002e003c0028002b007c002600e900ea00eb00e800ed00ee00ef00ec00df00210024002a0029003b00ac002d002f00c200c400c000c100c300c500c700d100a6002c0025005f003e003f00f800c900ca00cb00c800cd00ce00cf00cc0060003a002300400027003d002200d800610062006300640065006600670068006900ab00bb00f000fd00fe00b100b0006a006b006c006d006e006f00700071007200aa00ba00e600b800c600a400b5007e0073007400750076007700780079007a00a100bf00d000dd00de00ae005e00a300a500b700a900a700b600bc00bd00be005b005d00af00a800b400d7007b00410042004300440045004600470048004900ad00f400f600f200f300f5007d004a004b004c004d004e004f00500051005200b900fb00fc00f900fa00ff005c00f70053005400550056005700580059005a00b200d400d600d200d300d5003000310032003300340035003600370038003900b300db00dc00d900da009f";

function ebcdicTable(patch: readonly [number, number][]): number[] {
  const t: number[] = [];
  for (let i = 0; i < 256; i++) t.push(parseInt(EBCDIC_037.slice(i * 4, i * 4 + 4), 16));
  for (const [i, c] of patch) t[i] = c;
  return t;
}

/** A single-byte charset from its 256-entry decode table (U+FFFD = undefined byte). */
function singleByte(table: readonly number[]): TextCodec {
  const rev = new Map<number, number>();
  table.forEach((c, b) => {
    if (c !== 0xfffd && !rev.has(c)) rev.set(c, b);
  });
  return {
    encode: (s) => {
      const out: number[] = [];
      for (const ch of s) {
        const b = rev.get(ch.codePointAt(0)!);
        if (b === undefined) return undefined;
        out.push(b);
      }
      return Uint8Array.from(out);
    },
    decode: (b) => Array.from(b, (x) => String.fromCodePoint(table[x]!)).join(""),
  };
}

/**
 * The decode table of an iconv-lite single-byte charset, patched where
 * x/text's data differs: x/text leaves the C1 range of most ISO 8859
 * charsets undefined, and has a few different code points in KOI8-U and
 * Mac Roman.
 */
function iconvTable(name: string, c1Undefined: boolean, patch: readonly [number, number][] = []): number[] {
  const iconv = iconvLib.get();
  const t: number[] = [];
  for (let b = 0; b < 256; b++) t.push(iconv.decode(Buffer.from([b]), name).codePointAt(0)!);
  if (c1Undefined) for (let b = 0x80; b < 0xa0; b++) t[b] = 0xfffd;
  for (const [b, c] of patch) t[b] = c;
  return t;
}

/** A multi-byte charset through iconv-lite; a character it cannot map (or maps lossily) has no encoding. */
function iconvCodec(name: string): TextCodec {
  return {
    encode: (s) => {
      const iconv = iconvLib.get();
      const b = iconv.encode(s, name);
      return iconv.decode(b, name) === s ? new Uint8Array(b) : undefined;
    },
    decode: (b) => iconvLib.get().decode(Buffer.from(b), name),
  };
}

function utf16(bigEndian: boolean, bom: boolean): TextCodec {
  return {
    encode: (s) => {
      const out: number[] = bom ? [0xfe, 0xff] : [];
      for (let i = 0; i < s.length; i++) {
        const u = s.charCodeAt(i);
        out.push(...(bigEndian ? [u >> 8, u & 255] : [u & 255, u >> 8]));
      }
      return Uint8Array.from(out);
    },
    decode: (b) => {
      let be = bigEndian;
      let start = 0;
      if (bom && b.length >= 2) {
        if (b[0] === 0xfe && b[1] === 0xff) [be, start] = [true, 2];
        else if (b[0] === 0xff && b[1] === 0xfe) [be, start] = [false, 2];
      }
      const units: number[] = [];
      for (let i = start; i + 1 < b.length; i += 2)
        units.push(be ? (b[i]! << 8) | b[i + 1]! : b[i]! | (b[i + 1]! << 8));
      let out = "";
      for (let i = 0; i < units.length; i++) {
        const u = units[i]!;
        if (u >= 0xd800 && u < 0xdc00 && i + 1 < units.length && units[i + 1]! >= 0xdc00 && units[i + 1]! < 0xe000) {
          out += String.fromCharCode(u, units[++i]!);
        } else if (u >= 0xd800 && u < 0xe000) out += "\ufffd";
        else out += String.fromCharCode(u);
      }
      // A trailing odd byte is an incomplete character.
      if ((b.length - start) % 2 === 1) out += "\ufffd";
      return out;
    },
  };
}

const utf8Codec: TextCodec = { encode: (s) => utf8(s), decode: (b) => fromUTF8(b) };

/** x/text ISO-2022-JP: ASCII, JIS X 0201 katakana (ESC ( I) and JIS X 0208 (ESC $ B), built on EUC-JP. */
const iso2022jp: TextCodec = {
  encode: (s) => {
    const out: number[] = [];
    let mode = "ascii";
    const esc = (m: string, seq: number[]): void => {
      if (mode !== m) out.push(0x1b, ...seq);
      mode = m;
    };
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) {
        esc("ascii", [0x28, 0x42]);
        out.push(c);
        continue;
      }
      const iconv = iconvLib.get();
      const e = iconv.encode(ch, "euc-jp");
      if (iconv.decode(e, "euc-jp") !== ch) return undefined;
      if (e.length === 2 && e[0] === 0x8e) {
        esc("kana", [0x28, 0x49]);
        out.push(e[1]! - 0x80);
      } else if (e.length === 2 && e[0]! >= 0xa1 && e[1]! >= 0xa1) {
        esc("jis", [0x24, 0x42]);
        out.push(e[0]! - 0x80, e[1]! - 0x80);
      } else return undefined;
    }
    esc("ascii", [0x28, 0x42]);
    return Uint8Array.from(out);
  },
  decode: (b) => {
    let out = "";
    let mode = "ascii";
    for (let i = 0; i < b.length;) {
      const c = b[i]!;
      if (c === 0x1b) {
        const seq = String.fromCharCode(...b.subarray(i + 1, i + 3));
        const m =
          seq === "(B" || seq === "(J"
            ? "ascii"
            : seq === "(I"
              ? "kana"
              : seq === "$@" || seq === "$B"
                ? "jis"
                : undefined;
        if (m === undefined) {
          out += "\ufffd";
          i++;
          continue;
        }
        mode = m;
        i += 3;
        continue;
      }
      if (c === 0x0a || c === 0x0d || mode === "ascii") {
        out += c < 0x80 ? String.fromCharCode(c) : "\ufffd";
        i++;
      } else if (mode === "kana") {
        out += c >= 0x21 && c <= 0x5f ? String.fromCharCode(0xff61 + c - 0x21) : "\ufffd";
        i++;
      } else {
        const d =
          i + 1 < b.length ? iconvLib.get().decode(Buffer.from([c + 0x80, b[i + 1]! + 0x80]), "euc-jp") : "\ufffd";
        out += d.length === 1 ? d : "\ufffd";
        i += 2;
      }
    }
    return out;
  },
};

/** x/text HZ-GB-2312: ASCII ("~" doubled) and "~{" GB2312 "~}" (closed only when returning to ASCII). */
const hzgb2312: TextCodec = {
  encode: (s) => {
    const out: number[] = [];
    let gb = false;
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) {
        if (gb) out.push(0x7e, 0x7d);
        gb = false;
        out.push(...(c === 0x7e ? [0x7e, 0x7e] : [c]));
        continue;
      }
      // x/text's HZ encoder uses the GB 18030 two-byte codes (the euro sign is A2E3, not GBK's 80).
      const iconv = iconvLib.get();
      const e = iconv.encode(ch, "gb18030");
      if (
        e.length !== 2 ||
        e[0]! < 0xa1 ||
        e[0]! > 0xfe ||
        e[1]! < 0xa1 ||
        e[1]! > 0xfe ||
        iconv.decode(e, "gb18030") !== ch
      )
        return undefined;
      if (!gb) out.push(0x7e, 0x7b);
      gb = true;
      out.push(e[0]! - 0x80, e[1]! - 0x80);
    }
    return Uint8Array.from(out);
  },
  decode: (b) => {
    let out = "";
    let gb = false;
    for (let i = 0; i < b.length;) {
      const c = b[i]!;
      if (c === 0x7e) {
        const n = b[i + 1];
        if (n === 0x7e) out += "~";
        else if (n === 0x7b) gb = true;
        else if (n === 0x7d) gb = false;
        else if (n !== 0x0a) out += "\ufffd";
        i += 2;
        continue;
      }
      if (!gb || c < 0x21) {
        out += c < 0x80 ? String.fromCharCode(c) : "\ufffd";
        i++;
        continue;
      }
      const d =
        i + 1 < b.length ? iconvLib.get().decode(Buffer.from([c + 0x80, b[i + 1]! + 0x80]), "gb18030") : "\ufffd";
      out += d.length === 1 ? d : "\ufffd";
      i += 2;
    }
    return out;
  },
};

const ISO_C1_UNDEFINED = ["2", "3", "4", "5", "6", "7", "8", "10", "13", "14", "15", "16"];

function makeCodec(name: string): TextCodec {
  switch (name) {
    case "US-ASCII":
      return singleByte(Array.from({ length: 256 }, (_, b) => (b < 0x80 ? b : 0xfffd)));
    case "UTF-8":
      return utf8Codec;
    case "UTF-16":
      return utf16(true, true);
    case "UTF-16BE":
      return utf16(true, false);
    case "UTF-16LE":
      return utf16(false, false);
    case "IBM037":
      return singleByte(ebcdicTable([]));
    case "IBM1047":
      return singleByte(
        ebcdicTable([
          [95, 94],
          [173, 91],
          [176, 172],
          [186, 221],
          [187, 168],
          [189, 93],
        ]),
      );
    case "IBM01140":
      return singleByte(ebcdicTable([[159, 8364]]));
    case "KOI8-R":
      return singleByte(iconvTable("koi8-r", false));
    case "KOI8-U":
      return singleByte(
        iconvTable("koi8-u", false, [
          [0xae, 0x45e],
          [0xbe, 0x40e],
        ]),
      );
    case "macintosh":
      return singleByte(
        iconvTable("macintosh", false, [
          [0xbd, 0x3a9],
          [0xdb, 0x20ac],
          [0xf0, 0xf8ff],
        ]),
      );
    case "ISO-2022-JP":
      return iso2022jp;
    case "HZ-GB-2312":
      return hzgb2312;
    case "Extended_UNIX_Code_Packed_Format_for_Japanese":
      return iconvCodec("euc-jp");
    case "Shift_JIS":
    case "EUC-KR":
    case "GB18030":
    case "GBK":
    case "Big5":
      return iconvCodec(name.toLowerCase());
  }
  const ibm = /^IBM0*(\d+)$/.exec(name);
  if (ibm !== null) return singleByte(iconvTable("cp" + ibm[1]!.padStart(3, "0"), false));
  const iso = /^ISO[-_]8859-(\d+)/.exec(name);
  if (iso !== null) return singleByte(iconvTable("iso-8859-" + iso[1]!, ISO_C1_UNDEFINED.includes(iso[1]!)));
  return singleByte(iconvTable(name, false));
}

const codecs = new Map<string, TextCodec>();

/** The codec and canonical name for an IANA name or alias, as x/text's IANA index resolves it. */
export function ianaEncoding(label: string): { name: string; codec: TextCodec } | undefined {
  const name = IANA_ALIAS.get(goTrimSpace(label).toLowerCase());
  if (name === undefined) return undefined;
  let codec = codecs.get(name);
  if (codec === undefined) codecs.set(name, (codec = makeCodec(name)));
  return { name, codec };
}
