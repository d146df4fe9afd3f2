/**
 * A port of the parts of Go's compress/flate that gzip.NewWriter uses (the
 * default level, 6: lazy matching, hash chains of 128, Go's own Huffman
 * code construction and block-type choice), and the gzip framing around it,
 * so that the compressed bytes, and with them Packer's `base64gzip` text,
 * are the ones Go produces. Pure compression: no cty values here.
 */

const WINDOW_SIZE = 1 << 15;
const WINDOW_MASK = WINDOW_SIZE - 1;
const MIN_MATCH = 4;
const MAX_MATCH = 258;
const BASE_MATCH_LENGTH = 3;
const BASE_MATCH_OFFSET = 1;
const MAX_FLATE_BLOCK_TOKENS = 1 << 14;
const MAX_STORE_BLOCK_SIZE = 65535;
const HASH_BITS = 17;
const HASH_MASK = (1 << HASH_BITS) - 1;
const MAX_HASH_OFFSET = 1 << 24;
const LEVEL6 = { good: 8, lazy: 16, nice: 128, chain: 128 };
const MATCH_TYPE = 1 << 30;
const LENGTH_SHIFT = 22;
const OFFSET_MASK = (1 << LENGTH_SHIFT) - 1;
const END_BLOCK = 256;
const MAX_NUM_LIT = 286;
const OFFSET_CODE_COUNT = 30;
const CODEGEN_CODE_COUNT = 19;
const BAD_CODE = 255;

const LENGTH_EXTRA_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const LENGTH_BASE = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 255,
];
const OFFSET_EXTRA_BITS = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const OFFSET_BASE = [
  0x000000, 0x000001, 0x000002, 0x000003, 0x000004, 0x000006, 0x000008, 0x00000c, 0x000010, 0x000018, 0x000020,
  0x000030, 0x000040, 0x000060, 0x000080, 0x0000c0, 0x000100, 0x000180, 0x000200, 0x000300, 0x000400, 0x000600,
  0x000800, 0x000c00, 0x001000, 0x001800, 0x002000, 0x003000, 0x004000, 0x006000,
];
const CODEGEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Length code (0..28) of a match length minus 3. */
const LENGTH_CODES = (() => {
  const t = new Uint8Array(256);
  for (let code = 0; code < 29; code++) {
    const next = code === 28 ? 256 : LENGTH_BASE[code + 1]!;
    for (let l = LENGTH_BASE[code]!; l < next && l < 256; l++) t[l] = code;
  }
  t[255] = 28;
  return t;
})();

/** Go's offsetCodes table for offsets below 256. */
const OFFSET_CODES = (() => {
  const t = new Uint8Array(256);
  for (let code = 0; code < 16; code++) {
    const next = code === 15 ? 256 : OFFSET_BASE[code + 1]!;
    for (let o = OFFSET_BASE[code]!; o < next; o++) t[o] = code;
  }
  return t;
})();

function offsetCode(off: number): number {
  if (off < 256) return OFFSET_CODES[off]!;
  if (off >> 7 < 256) return OFFSET_CODES[off >> 7]! + 14;
  return OFFSET_CODES[off >> 14]! + 28;
}

function reverseBits(n: number, len: number): number {
  let r = 0;
  for (let i = 0; i < len; i++) {
    r = (r << 1) | (n & 1);
    n >>= 1;
  }
  return r;
}

interface HCode {
  code: number;
  len: number;
}

interface LiteralNode {
  literal: number;
  freq: number;
}

const MAX_INT32 = 2147483647;

class HuffmanEncoder {
  readonly codes: HCode[];
  constructor(size: number) {
    this.codes = Array.from({ length: size }, () => ({ code: 0, len: 0 }));
  }

  bitLength(freq: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < freq.length; i++) if (freq[i] !== 0) total += freq[i]! * this.codes[i]!.len;
    return total;
  }

  /** Go's length-limited code construction (package-merge over levels). */
  private bitCounts(list: LiteralNode[], maxBits: number): number[] {
    const n = list.length;
    list = [...list, { literal: 0xffff, freq: MAX_INT32 }];
    if (maxBits > n - 1) maxBits = n - 1;
    const levels = Array.from({ length: 16 }, () => ({
      level: 0,
      lastFreq: 0,
      nextCharFreq: 0,
      nextPairFreq: 0,
      needed: 0,
    }));
    const leafCounts = Array.from({ length: 16 }, () => new Array<number>(16).fill(0));
    for (let level = 1; level <= maxBits; level++) {
      levels[level] = {
        level,
        lastFreq: list[1]!.freq,
        nextCharFreq: list[2]!.freq,
        nextPairFreq: list[0]!.freq + list[1]!.freq,
        needed: 0,
      };
      leafCounts[level]![level] = 2;
      if (level === 1) levels[level]!.nextPairFreq = MAX_INT32;
    }
    levels[maxBits]!.needed = 2 * n - 4;
    let level = maxBits;
    for (;;) {
      const l = levels[level]!;
      if (l.nextPairFreq === MAX_INT32 && l.nextCharFreq === MAX_INT32) {
        l.needed = 0;
        levels[level + 1]!.nextPairFreq = MAX_INT32;
        level++;
        continue;
      }
      const prevFreq = l.lastFreq;
      if (l.nextCharFreq < l.nextPairFreq) {
        const c = leafCounts[level]![level]! + 1;
        l.lastFreq = l.nextCharFreq;
        leafCounts[level]![level] = c;
        l.nextCharFreq = list[c]!.freq;
      } else {
        l.lastFreq = l.nextPairFreq;
        for (let k = 0; k < level; k++) leafCounts[level]![k] = leafCounts[level - 1]![k]!;
        levels[l.level - 1]!.needed = 2;
      }
      l.needed--;
      if (l.needed === 0) {
        if (l.level === maxBits) break;
        levels[l.level + 1]!.nextPairFreq = prevFreq + l.lastFreq;
        level++;
      } else {
        while (levels[level - 1]!.needed > 0) level--;
      }
    }
    const bitCount = new Array<number>(maxBits + 1).fill(0);
    let bits = 1;
    const counts = leafCounts[maxBits]!;
    for (let lv = maxBits; lv > 0; lv--) {
      bitCount[bits] = counts[lv]! - counts[lv - 1]!;
      bits++;
    }
    return bitCount;
  }

  generate(freq: ArrayLike<number>, maxBits: number): void {
    let list: LiteralNode[] = [];
    for (let i = 0; i < freq.length; i++) {
      if (freq[i] !== 0) list.push({ literal: i, freq: freq[i]! });
      else this.codes[i]!.len = 0;
    }
    if (list.length <= 2) {
      list.forEach((node, i) => {
        this.codes[node.literal] = { code: i, len: 1 };
      });
      return;
    }
    list.sort((a, b) => (a.freq === b.freq ? a.literal - b.literal : a.freq - b.freq));
    const bitCount = this.bitCounts(list, maxBits);
    let code = 0;
    for (let n = 0; n < bitCount.length; n++) {
      const bits = bitCount[n]!;
      code <<= 1;
      if (n === 0 || bits === 0) continue;
      const chunk = list.slice(list.length - bits).sort((a, b) => a.literal - b.literal);
      for (const node of chunk) {
        this.codes[node.literal] = { code: reverseBits(code, n), len: n };
        code++;
      }
      list = list.slice(0, list.length - bits);
    }
  }
}

const FIXED_LITERAL = (() => {
  const h = new HuffmanEncoder(MAX_NUM_LIT);
  for (let ch = 0; ch < MAX_NUM_LIT; ch++) {
    let bits: number;
    let size: number;
    if (ch < 144) [bits, size] = [ch + 48, 8];
    else if (ch < 256) [bits, size] = [ch + 400 - 144, 9];
    else if (ch < 280) [bits, size] = [ch - 256, 7];
    else [bits, size] = [ch + 192 - 280, 8];
    h.codes[ch] = { code: reverseBits(bits, size), len: size };
  }
  return h;
})();

const FIXED_OFFSET = (() => {
  const h = new HuffmanEncoder(30);
  for (let ch = 0; ch < 30; ch++) h.codes[ch] = { code: reverseBits(ch, 5), len: 5 };
  return h;
})();

/** Go's huffmanBitWriter: LSB-first bits into a byte list. */
class BitWriter {
  readonly out: number[] = [];
  private bits = 0n;
  private nbits = 0;
  private readonly literalFreq = new Int32Array(MAX_NUM_LIT);
  private readonly offsetFreq = new Int32Array(OFFSET_CODE_COUNT);
  private readonly codegenFreq = new Int32Array(CODEGEN_CODE_COUNT);
  private codegen: number[] = [];
  private readonly literalEncoding = new HuffmanEncoder(MAX_NUM_LIT);
  private readonly offsetEncoding = new HuffmanEncoder(OFFSET_CODE_COUNT);
  private readonly codegenEncoding = new HuffmanEncoder(CODEGEN_CODE_COUNT);

  writeBits(b: number, nb: number): void {
    this.bits |= BigInt(b) << BigInt(this.nbits);
    this.nbits += nb;
    while (this.nbits >= 8) {
      this.out.push(Number(this.bits & 255n));
      this.bits >>= 8n;
      this.nbits -= 8;
    }
  }

  private writeCode(c: HCode): void {
    this.writeBits(c.code, c.len);
  }

  flush(): void {
    if (this.nbits > 0) this.out.push(Number(this.bits & 255n));
    this.bits = 0n;
    this.nbits = 0;
  }

  private writeBytes(b: Uint8Array): void {
    for (const x of b) this.out.push(x);
  }

  writeStoredHeader(length: number, eof: boolean): void {
    this.writeBits(eof ? 1 : 0, 3);
    this.flush();
    this.writeBits(length, 16);
    this.writeBits(~length & 0xffff, 16);
  }

  private generateCodegen(
    numLiterals: number,
    numOffsets: number,
    litEnc: HuffmanEncoder,
    offEnc: HuffmanEncoder,
  ): void {
    this.codegenFreq.fill(0);
    const codegen: number[] = [];
    for (let i = 0; i < numLiterals; i++) codegen.push(litEnc.codes[i]!.len);
    for (let i = 0; i < numOffsets; i++) codegen.push(offEnc.codes[i]!.len);
    codegen.push(BAD_CODE);
    let size = codegen[0]!;
    let count = 1;
    let outIndex = 0;
    for (let inIndex = 1; size !== BAD_CODE; inIndex++) {
      const nextSize = codegen[inIndex]!;
      if (nextSize === size) {
        count++;
        continue;
      }
      if (size !== 0) {
        codegen[outIndex++] = size;
        this.codegenFreq[size]!++;
        count--;
        while (count >= 3) {
          const n = Math.min(6, count);
          codegen[outIndex++] = 16;
          codegen[outIndex++] = n - 3;
          this.codegenFreq[16]!++;
          count -= n;
        }
      } else {
        while (count >= 11) {
          const n = Math.min(138, count);
          codegen[outIndex++] = 18;
          codegen[outIndex++] = n - 11;
          this.codegenFreq[18]!++;
          count -= n;
        }
        if (count >= 3) {
          codegen[outIndex++] = 17;
          codegen[outIndex++] = count - 3;
          this.codegenFreq[17]!++;
          count = 0;
        }
      }
      count--;
      for (; count >= 0; count--) {
        codegen[outIndex++] = size;
        this.codegenFreq[size]!++;
      }
      size = nextSize;
      count = 1;
    }
    codegen[outIndex] = BAD_CODE;
    this.codegen = codegen;
  }

  private dynamicSize(litEnc: HuffmanEncoder, offEnc: HuffmanEncoder, extraBits: number): [number, number] {
    let numCodegens = CODEGEN_CODE_COUNT;
    while (numCodegens > 4 && this.codegenFreq[CODEGEN_ORDER[numCodegens - 1]!] === 0) numCodegens--;
    const header =
      3 +
      5 +
      5 +
      4 +
      3 * numCodegens +
      this.codegenEncoding.bitLength(this.codegenFreq) +
      this.codegenFreq[16]! * 2 +
      this.codegenFreq[17]! * 3 +
      this.codegenFreq[18]! * 7;
    return [header + litEnc.bitLength(this.literalFreq) + offEnc.bitLength(this.offsetFreq) + extraBits, numCodegens];
  }

  private writeDynamicHeader(numLiterals: number, numOffsets: number, numCodegens: number, eof: boolean): void {
    this.writeBits(eof ? 5 : 4, 3);
    this.writeBits(numLiterals - 257, 5);
    this.writeBits(numOffsets - 1, 5);
    this.writeBits(numCodegens - 4, 4);
    for (let i = 0; i < numCodegens; i++) this.writeBits(this.codegenEncoding.codes[CODEGEN_ORDER[i]!]!.len, 3);
    for (let i = 0; ;) {
      const codeWord = this.codegen[i++]!;
      if (codeWord === BAD_CODE) break;
      this.writeCode(this.codegenEncoding.codes[codeWord]!);
      if (codeWord === 16) this.writeBits(this.codegen[i++]!, 2);
      else if (codeWord === 17) this.writeBits(this.codegen[i++]!, 3);
      else if (codeWord === 18) this.writeBits(this.codegen[i++]!, 7);
    }
  }

  private indexTokens(tokens: number[]): [number, number] {
    this.literalFreq.fill(0);
    this.offsetFreq.fill(0);
    for (const t of tokens) {
      if (t < MATCH_TYPE) {
        this.literalFreq[t]!++;
        continue;
      }
      this.literalFreq[257 + LENGTH_CODES[(t - MATCH_TYPE) >>> LENGTH_SHIFT]!]!++;
      this.offsetFreq[offsetCode(t & OFFSET_MASK)]!++;
    }
    let numLiterals = MAX_NUM_LIT;
    while (this.literalFreq[numLiterals - 1] === 0) numLiterals--;
    let numOffsets = OFFSET_CODE_COUNT;
    while (numOffsets > 0 && this.offsetFreq[numOffsets - 1] === 0) numOffsets--;
    if (numOffsets === 0) {
      this.offsetFreq[0] = 1;
      numOffsets = 1;
    }
    this.literalEncoding.generate(this.literalFreq, 15);
    this.offsetEncoding.generate(this.offsetFreq, 15);
    return [numLiterals, numOffsets];
  }

  private writeTokens(tokens: number[], le: HCode[], oe: HCode[]): void {
    for (const t of tokens) {
      if (t < MATCH_TYPE) {
        this.writeCode(le[t]!);
        continue;
      }
      const length = (t - MATCH_TYPE) >>> LENGTH_SHIFT;
      const lc = LENGTH_CODES[length]!;
      this.writeCode(le[lc + 257]!);
      if (LENGTH_EXTRA_BITS[lc]! > 0) this.writeBits(length - LENGTH_BASE[lc]!, LENGTH_EXTRA_BITS[lc]!);
      const offset = t & OFFSET_MASK;
      const oc = offsetCode(offset);
      this.writeCode(oe[oc]!);
      if (OFFSET_EXTRA_BITS[oc]! > 0) this.writeBits(offset - OFFSET_BASE[oc]!, OFFSET_EXTRA_BITS[oc]!);
    }
  }

  /** Go's `writeBlock`: the smallest of fixed, dynamic and stored encodings. */
  writeBlock(tokens: number[], eof: boolean, input: Uint8Array | undefined): void {
    tokens = [...tokens, END_BLOCK];
    const [numLiterals, numOffsets] = this.indexTokens(tokens);
    let extraBits = 0;
    const storable = input !== undefined && input.length <= MAX_STORE_BLOCK_SIZE;
    const storedSize = storable ? (input.length + 5) * 8 : 0;
    if (storable) {
      for (let lc = 257 + 8; lc < numLiterals; lc++) extraBits += this.literalFreq[lc]! * LENGTH_EXTRA_BITS[lc - 257]!;
      for (let oc = 4; oc < numOffsets; oc++) extraBits += this.offsetFreq[oc]! * OFFSET_EXTRA_BITS[oc]!;
    }
    let litEnc = FIXED_LITERAL;
    let offEnc = FIXED_OFFSET;
    let size = 3 + FIXED_LITERAL.bitLength(this.literalFreq) + FIXED_OFFSET.bitLength(this.offsetFreq) + extraBits;
    this.generateCodegen(numLiterals, numOffsets, this.literalEncoding, this.offsetEncoding);
    this.codegenEncoding.generate(this.codegenFreq, 7);
    const [dynamicSize, numCodegens] = this.dynamicSize(this.literalEncoding, this.offsetEncoding, extraBits);
    if (dynamicSize < size) {
      size = dynamicSize;
      litEnc = this.literalEncoding;
      offEnc = this.offsetEncoding;
    }
    if (storable && storedSize < size) {
      this.writeStoredHeader(input.length, eof);
      this.writeBytes(input);
      return;
    }
    if (litEnc === FIXED_LITERAL) this.writeBits(eof ? 3 : 2, 3);
    else this.writeDynamicHeader(numLiterals, numOffsets, numCodegens, eof);
    this.writeTokens(tokens, litEnc.codes, offEnc.codes);
  }
}

/** Go's flate compressor state at level 6. */
class Deflater {
  readonly w = new BitWriter();
  private readonly window = new Uint8Array(2 * WINDOW_SIZE);
  private readonly hashHead = new Uint32Array(1 << HASH_BITS);
  private readonly hashPrev = new Uint32Array(WINDOW_SIZE);
  private hashOffset = 1;
  private chainHead = -1;
  private index = 0;
  private windowEnd = 0;
  private blockStart = 0;
  private byteAvailable = false;
  private tokens: number[] = [];
  private length = MIN_MATCH - 1;
  private offset = 0;
  private maxInsertIndex = 0;
  private sync = false;

  private static hash4(b: Uint8Array, i: number): number {
    const v = (b[i + 3]! | (b[i + 2]! << 8) | (b[i + 1]! << 16) | (b[i]! << 24)) >>> 0;
    return Math.imul(v, 0x1e35a7bd) >>> (32 - HASH_BITS);
  }

  private fill(b: Uint8Array): number {
    if (this.index >= 2 * WINDOW_SIZE - (MIN_MATCH + MAX_MATCH)) {
      this.window.copyWithin(0, WINDOW_SIZE, 2 * WINDOW_SIZE);
      this.index -= WINDOW_SIZE;
      this.windowEnd -= WINDOW_SIZE;
      this.blockStart = this.blockStart >= WINDOW_SIZE ? this.blockStart - WINDOW_SIZE : MAX_INT32;
      this.hashOffset += WINDOW_SIZE;
      if (this.hashOffset > MAX_HASH_OFFSET) {
        const delta = this.hashOffset - 1;
        this.hashOffset -= delta;
        this.chainHead -= delta;
        for (let i = 0; i < this.hashPrev.length; i++)
          this.hashPrev[i] = this.hashPrev[i]! > delta ? this.hashPrev[i]! - delta : 0;
        for (let i = 0; i < this.hashHead.length; i++)
          this.hashHead[i] = this.hashHead[i]! > delta ? this.hashHead[i]! - delta : 0;
      }
    }
    const n = Math.min(b.length, this.window.length - this.windowEnd);
    this.window.set(b.subarray(0, n), this.windowEnd);
    this.windowEnd += n;
    return n;
  }

  private writeBlock(index: number): void {
    if (index > 0) {
      const window = this.blockStart <= index ? this.window.subarray(this.blockStart, index) : undefined;
      this.blockStart = index;
      this.w.writeBlock(this.tokens, false, window);
    }
  }

  private findMatch(pos: number, prevHead: number, prevLength: number, lookahead: number): [number, number, boolean] {
    const minMatchLook = Math.min(MAX_MATCH, lookahead);
    const win = this.window;
    const winLen = pos + minMatchLook;
    const nice = Math.min(LEVEL6.nice, winLen - pos);
    let tries = LEVEL6.chain;
    let length = prevLength;
    let offset = 0;
    let ok = false;
    if (length >= LEVEL6.good) tries >>= 2;
    let wEnd = win[pos + length]!;
    const minIndex = pos - WINDOW_SIZE;
    for (let i = prevHead; tries > 0; tries--) {
      if (wEnd === win[i + length]) {
        let n = 0;
        while (n < minMatchLook && win[i + n] === win[pos + n]) n++;
        if (n > length && (n > MIN_MATCH || pos - i <= 4096)) {
          length = n;
          offset = pos - i;
          ok = true;
          if (n >= nice) break;
          wEnd = win[pos + n]!;
        }
      }
      if (i === minIndex) break;
      i = this.hashPrev[i & WINDOW_MASK]! - this.hashOffset;
      if (i < minIndex || i < 0) break;
    }
    return [length, offset, ok];
  }

  private deflate(): void {
    if (this.windowEnd - this.index < MIN_MATCH + MAX_MATCH && !this.sync) return;
    this.maxInsertIndex = this.windowEnd - (MIN_MATCH - 1);
    for (;;) {
      const lookahead = this.windowEnd - this.index;
      if (lookahead < MIN_MATCH + MAX_MATCH) {
        if (!this.sync) break;
        if (lookahead === 0) {
          if (this.byteAvailable) {
            this.tokens.push(this.window[this.index - 1]!);
            this.byteAvailable = false;
          }
          if (this.tokens.length > 0) {
            this.writeBlock(this.index);
            this.tokens = [];
          }
          break;
        }
      }
      if (this.index < this.maxInsertIndex) {
        const h = Deflater.hash4(this.window, this.index) & HASH_MASK;
        this.chainHead = this.hashHead[h]!;
        this.hashPrev[this.index & WINDOW_MASK] = this.chainHead;
        this.hashHead[h] = this.index + this.hashOffset;
      }
      const prevLength = this.length;
      const prevOffset = this.offset;
      this.length = MIN_MATCH - 1;
      this.offset = 0;
      const minIndex = Math.max(this.index - WINDOW_SIZE, 0);
      if (this.chainHead - this.hashOffset >= minIndex && lookahead > prevLength && prevLength < LEVEL6.lazy) {
        const [newLength, newOffset, ok] = this.findMatch(
          this.index,
          this.chainHead - this.hashOffset,
          MIN_MATCH - 1,
          lookahead,
        );
        if (ok) {
          this.length = newLength;
          this.offset = newOffset;
        }
      }
      if (prevLength >= MIN_MATCH && this.length <= prevLength) {
        this.tokens.push(
          MATCH_TYPE + ((prevLength - BASE_MATCH_LENGTH) << LENGTH_SHIFT) + (prevOffset - BASE_MATCH_OFFSET),
        );
        // Level 6 never skips hashing: insert every position the match covers.
        const newIndex = this.index + prevLength - 1;
        let index = this.index;
        for (index++; index < newIndex; index++) {
          if (index < this.maxInsertIndex) {
            const h = Deflater.hash4(this.window, index) & HASH_MASK;
            this.hashPrev[index & WINDOW_MASK] = this.hashHead[h]!;
            this.hashHead[h] = index + this.hashOffset;
          }
        }
        this.index = index;
        this.byteAvailable = false;
        this.length = MIN_MATCH - 1;
        if (this.tokens.length === MAX_FLATE_BLOCK_TOKENS) {
          this.writeBlock(this.index);
          this.tokens = [];
        }
      } else {
        if (this.byteAvailable) {
          const i = this.index - 1;
          this.tokens.push(this.window[i]!);
          if (this.tokens.length === MAX_FLATE_BLOCK_TOKENS) {
            this.writeBlock(i + 1);
            this.tokens = [];
          }
        }
        this.index++;
        this.byteAvailable = true;
      }
    }
  }

  write(b: Uint8Array): void {
    while (b.length > 0) {
      this.deflate();
      b = b.subarray(this.fill(b));
    }
  }

  syncFlush(): void {
    this.sync = true;
    this.deflate();
    this.w.writeStoredHeader(0, false);
    this.w.flush();
    this.sync = false;
  }

  close(): void {
    this.sync = true;
    this.deflate();
    this.w.writeStoredHeader(0, true);
    this.w.flush();
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * What Packer's `base64gzip` writes: a gzip stream (no name, no mtime, OS
 * "unknown") from Go's gzip.Writer after Write, Flush and Close.
 */
export function goGzip(data: Uint8Array): Uint8Array {
  const d = new Deflater();
  d.write(data);
  d.syncFlush();
  d.close();
  const header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
  const crc = crc32(data);
  const size = data.length >>> 0;
  const trailer = [
    crc & 255,
    (crc >>> 8) & 255,
    (crc >>> 16) & 255,
    crc >>> 24,
    size & 255,
    (size >>> 8) & 255,
    (size >>> 16) & 255,
    size >>> 24,
  ];
  return Uint8Array.from([...header, ...d.w.out, ...trailer]);
}
