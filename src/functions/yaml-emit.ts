/**
 * go-yaml's port of libyaml's emitter, through which go-cty-yaml marshals.
 * Only the events go-cty-yaml produces occur here (implicit document, block
 * collections that fall back to flow style when empty, plain scalars for
 * numbers, booleans and null, double-quoted or literal strings), and the
 * emitter's decisions (indentation, simple keys, style fallbacks, folding
 * at column 80, the "..." document end after an open-ended root scalar)
 * follow libyaml's state machine. It takes events, not cty values, so the
 * state machine stays readable next to libyaml's C.
 */
import { utf8 } from "./utf8.js";

type ScalarStyle = "plain" | "double" | "literal" | "single" | "folded";

export type YEvent =
  | { kind: "scalar"; value: string; style: ScalarStyle }
  | { kind: "seq-start" }
  | { kind: "seq-end" }
  | { kind: "map-start" }
  | { kind: "map-end" }
  | { kind: "doc-end" };

type EmitState =
  | "doc-content"
  | "doc-end"
  | "flow-seq-first"
  | "flow-seq"
  | "flow-map-first"
  | "flow-map-key"
  | "flow-map-simple-value"
  | "flow-map-value"
  | "block-seq-first"
  | "block-seq"
  | "block-map-first"
  | "block-map-key"
  | "block-map-simple-value"
  | "block-map-value"
  | "end";

const isBreakCP = (c: number): boolean => c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
/** libyaml's is_printable, on code points: 4-byte UTF-8 characters count as unprintable. */
const isPrintableCP = (c: number): boolean =>
  c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);

interface ScalarAnalysis {
  multiline: boolean;
  flowPlain: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

function analyzeScalar(value: number[]): ScalarAnalysis {
  if (value.length === 0)
    return { multiline: false, flowPlain: false, blockPlain: true, singleQuoted: true, block: false };
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  const s = String.fromCodePoint(...value.slice(0, 3));
  if (s === "---" || s === "...") {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  const isBlank = (c: number | undefined): boolean => c === 0x20 || c === 0x09;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const ch = String.fromCodePoint(c);
    const followedByWhitespace = i + 1 >= value.length || isBlank(value[i + 1]);
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (ch === "?" || ch === ":") {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (ch === "-" && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (",?[]{}".includes(ch)) flowIndicators = true;
    else if (ch === ":") {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (ch === "#" && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }
    if (!isPrintableCP(c)) specialCharacters = true;
    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i + 1 === value.length) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreakCP(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i + 1 === value.length) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreakCP(c) || c === 0;
  }
  const a: ScalarAnalysis = {
    multiline: lineBreaks,
    flowPlain: true,
    blockPlain: true,
    singleQuoted: true,
    block: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.flowPlain = a.blockPlain = false;
  if (trailingSpace) a.block = false;
  if (breakSpace) a.flowPlain = a.blockPlain = a.singleQuoted = false;
  if (spaceBreak || specialCharacters) a.flowPlain = a.blockPlain = a.singleQuoted = a.block = false;
  if (lineBreaks) a.flowPlain = a.blockPlain = false;
  if (flowIndicators) a.flowPlain = false;
  if (blockIndicators) a.blockPlain = false;
  return a;
}

export class Emitter {
  private out = "";
  private readonly events: YEvent[];
  private head = 0;
  private state: EmitState = "doc-content";
  private readonly states: EmitState[] = [];
  private indent = -1;
  private readonly indents: number[] = [];
  private flowLevel = 0;
  private rootContext = false;
  private sequenceContext = false;
  private mappingContext = false;
  private simpleKeyContext = false;
  private column = 0;
  private whitespace = true;
  private indention = true;
  private openEnded = false;
  private scalar: (ScalarAnalysis & { value: number[]; style: ScalarStyle }) | undefined;
  private static readonly bestIndent = 2;
  private static readonly bestWidth = 80;

  constructor(events: YEvent[]) {
    this.events = events;
  }

  run(): string {
    while (this.head < this.events.length) {
      const ev = this.events[this.head]!;
      this.scalar =
        ev.kind === "scalar"
          ? {
              ...analyzeScalar(Array.from(ev.value, (c) => c.codePointAt(0)!)),
              value: Array.from(ev.value, (c) => c.codePointAt(0)!),
              style: ev.style,
            }
          : undefined;
      this.dispatch(ev);
      this.head++;
    }
    // STREAM-END: an open-ended document gets an explicit end marker.
    if (this.openEnded) {
      this.writeIndicator("...", true, false, false);
      this.writeIndent();
    }
    return this.out;
  }

  private put(s: string): void {
    this.out += s;
    this.column += Array.from(s).length;
  }

  private putBreak(): void {
    this.out += "\n";
    this.column = 0;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? Emitter.bestIndent : 0;
    else if (!indentless) this.indent += Emitter.bestIndent;
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  private popState(): void {
    this.state = this.states.pop()!;
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(" ");
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(" ");
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }

  private dispatch(ev: YEvent): void {
    switch (this.state) {
      case "doc-content":
        this.states.push("doc-end");
        this.emitNode(ev, true, false, false, false);
        return;
      case "doc-end":
        // DOCUMENT-END (implicit): end the last line.
        this.writeIndent();
        this.state = "end";
        return;
      case "flow-seq-first":
      case "flow-seq":
        return this.flowSequenceItem(ev, this.state === "flow-seq-first");
      case "flow-map-first":
      case "flow-map-key":
        return this.flowMappingKey(ev, this.state === "flow-map-first");
      case "flow-map-simple-value":
      case "flow-map-value":
        return this.flowMappingValue(ev, this.state === "flow-map-simple-value");
      case "block-seq-first":
      case "block-seq":
        return this.blockSequenceItem(ev, this.state === "block-seq-first");
      case "block-map-first":
      case "block-map-key":
        return this.blockMappingKey(ev, this.state === "block-map-first");
      case "block-map-simple-value":
      case "block-map-value":
        return this.blockMappingValue(ev, this.state === "block-map-simple-value");
      case "end":
        throw new Error("yaml emitter: expected nothing after the document");
    }
  }

  private flowSequenceItem(ev: YEvent, first: boolean): void {
    if (first) {
      this.writeIndicator("[", true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (ev.kind === "seq-end") {
      this.flowLevel--;
      this.popIndent();
      this.writeIndicator("]", false, false, false);
      this.popState();
      return;
    }
    if (!first) this.writeIndicator(",", false, false, false);
    if (this.column > Emitter.bestWidth) this.writeIndent();
    this.states.push("flow-seq");
    this.emitNode(ev, false, true, false, false);
  }

  private flowMappingKey(ev: YEvent, first: boolean): void {
    if (first) {
      this.writeIndicator("{", true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (ev.kind === "map-end") {
      this.flowLevel--;
      this.popIndent();
      this.writeIndicator("}", false, false, false);
      this.popState();
      return;
    }
    if (!first) this.writeIndicator(",", false, false, false);
    if (this.column > Emitter.bestWidth) this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push("flow-map-simple-value");
      this.emitNode(ev, false, false, true, true);
      return;
    }
    this.writeIndicator("?", true, false, false);
    this.states.push("flow-map-value");
    this.emitNode(ev, false, false, true, false);
  }

  private flowMappingValue(ev: YEvent, simple: boolean): void {
    if (simple) this.writeIndicator(":", false, false, false);
    else {
      if (this.column > Emitter.bestWidth) this.writeIndent();
      this.writeIndicator(":", true, false, false);
    }
    this.states.push("flow-map-key");
    this.emitNode(ev, false, false, true, false);
  }

  private blockSequenceItem(ev: YEvent, first: boolean): void {
    if (first) this.increaseIndent(false, this.mappingContext && !this.indention);
    if (ev.kind === "seq-end") {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    this.writeIndicator("-", true, false, true);
    this.states.push("block-seq");
    this.emitNode(ev, false, true, false, false);
  }

  private blockMappingKey(ev: YEvent, first: boolean): void {
    if (first) this.increaseIndent(false, false);
    if (ev.kind === "map-end") {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push("block-map-simple-value");
      this.emitNode(ev, false, false, true, true);
      return;
    }
    this.writeIndicator("?", true, false, true);
    this.states.push("block-map-value");
    this.emitNode(ev, false, false, true, false);
  }

  private blockMappingValue(ev: YEvent, simple: boolean): void {
    if (simple) this.writeIndicator(":", false, false, false);
    else {
      this.writeIndent();
      this.writeIndicator(":", true, false, true);
    }
    this.states.push("block-map-key");
    this.emitNode(ev, false, false, true, false);
  }

  private emitNode(ev: YEvent, root: boolean, sequence: boolean, mapping: boolean, simpleKey: boolean): void {
    this.rootContext = root;
    this.sequenceContext = sequence;
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    switch (ev.kind) {
      case "scalar":
        this.emitScalar();
        return;
      case "seq-start":
        this.state = this.flowLevel > 0 || this.checkEmpty("seq-end") ? "flow-seq-first" : "block-seq-first";
        return;
      case "map-start":
        this.state = this.flowLevel > 0 || this.checkEmpty("map-end") ? "flow-map-first" : "block-map-first";
        return;
      default:
        throw new Error(`yaml emitter: expected SCALAR, SEQUENCE-START or MAPPING-START, but got ${ev.kind}`);
    }
  }

  private checkEmpty(end: "seq-end" | "map-end"): boolean {
    return this.events[this.head + 1]?.kind === end;
  }

  private checkSimpleKey(): boolean {
    const ev = this.events[this.head]!;
    switch (ev.kind) {
      case "scalar":
        if (this.scalar!.multiline) return false;
        return utf8(ev.value).length <= 128;
      case "seq-start":
        return this.checkEmpty("seq-end");
      case "map-start":
        return this.checkEmpty("map-end");
      default:
        return false;
    }
  }

  private emitScalar(): void {
    const sc = this.scalar!;
    let style = sc.style;
    if (this.simpleKeyContext && sc.multiline) style = "double";
    if (style === "plain") {
      if ((this.flowLevel > 0 && !sc.flowPlain) || (this.flowLevel === 0 && !sc.blockPlain)) style = "single";
      if (sc.value.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = "single";
    }
    if (style === "single" && !sc.singleQuoted) style = "double";
    if ((style === "literal" || style === "folded") && (!sc.block || this.flowLevel > 0 || this.simpleKeyContext))
      style = "double";
    this.increaseIndent(true, false);
    switch (style) {
      case "plain":
        this.writePlain(sc.value, !this.simpleKeyContext);
        break;
      case "single":
        this.writeSingleQuoted(sc.value, !this.simpleKeyContext);
        break;
      case "double":
        this.writeDoubleQuoted(sc.value, !this.simpleKeyContext);
        break;
      case "literal":
        this.writeLiteral(sc.value);
        break;
      case "folded":
        throw new Error("yaml emitter: folded scalars are not produced");
    }
    this.popIndent();
    this.popState();
  }

  private writeChar(c: number): void {
    this.put(String.fromCodePoint(c));
  }

  private writeBreakChar(c: number): void {
    if (c === 0x0a) this.putBreak();
    else {
      this.writeChar(c);
      this.column = 0;
    }
  }

  private writePlain(value: number[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(" ");
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > Emitter.bestWidth && value[i + 1] !== 0x20) this.writeIndent();
        else this.writeChar(c);
        spaces = true;
      } else if (isBreakCP(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.writeChar(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
    if (this.rootContext) this.openEnded = true;
  }

  private writeSingleQuoted(value: number[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      if (c === 0x20) {
        if (
          allowBreaks &&
          !spaces &&
          this.column > Emitter.bestWidth &&
          i > 0 &&
          i < value.length - 1 &&
          value[i + 1] !== 0x20
        )
          this.writeIndent();
        else this.writeChar(c);
        spaces = true;
      } else if (isBreakCP(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === 0x27) this.put("'");
        this.writeChar(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuoted(value: number[], allowBreaks: boolean): void {
    let spaces = false;
    this.writeIndicator('"', true, false, false);
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      if (!isPrintableCP(c) || c === 0xfeff || isBreakCP(c) || c === 0x22 || c === 0x5c) {
        this.put("\\");
        const simple: Record<number, string> = {
          0x00: "0",
          0x07: "a",
          0x08: "b",
          0x09: "t",
          0x0a: "n",
          0x0b: "v",
          0x0c: "f",
          0x0d: "r",
          0x1b: "e",
          0x22: '"',
          0x5c: "\\",
          0x85: "N",
          0xa0: "_",
          0x2028: "L",
          0x2029: "P",
        };
        if (simple[c] !== undefined) this.put(simple[c]!);
        else if (c <= 0xff) this.put("x" + c.toString(16).toUpperCase().padStart(2, "0"));
        else if (c <= 0xffff) this.put("u" + c.toString(16).toUpperCase().padStart(4, "0"));
        else this.put("U" + c.toString(16).toUpperCase().padStart(8, "0"));
        spaces = false;
      } else if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > Emitter.bestWidth && i > 0 && i < value.length - 1) {
          this.writeIndent();
          if (value[i + 1] === 0x20) this.put("\\");
        } else this.writeChar(c);
        spaces = true;
      } else {
        this.writeChar(c);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(value: number[]): void {
    this.writeIndicator("|", true, false, false);
    // Block scalar hints: an indentation indicator for leading space or break, then chomping.
    if (value[0] === 0x20 || isBreakCP(value[0] ?? -1))
      this.writeIndicator(String(Emitter.bestIndent), false, false, false);
    this.openEnded = false;
    let chomp = "";
    if (value.length === 0) chomp = "-";
    else if (!isBreakCP(value[value.length - 1]!)) chomp = "-";
    else if (value.length === 1) {
      chomp = "+";
      this.openEnded = true;
    } else if (isBreakCP(value[value.length - 2]!)) {
      chomp = "+";
      this.openEnded = true;
    }
    if (chomp !== "") this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of value) {
      if (isBreakCP(c)) {
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.writeChar(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}
