/**
 * Diagnostic renderers: HCL's text layout (hcl `diagnostic_text.go`,
 * DIAG-10) and the JSON shape `hcldec --diags=json` prints (CLI-07).
 */
import { goJSONString } from "../cty/json.js";
import type { Diagnostic } from "./diagnostic.js";
import type { Range } from "./pos.js";
import type { SourceFile } from "./source.js";
import { isGoSpace } from "./unicode.js";

/** A file the renderer can quote from. */
export interface RenderSource {
  readonly source: SourceFile;
  /**
   * The header of the top-level block containing the byte offset, as
   * `type "label" …` (hclsyntax's navigation `ContextString`), or "".
   */
  contextString?(byte: number): string;
}

export interface TextRenderOptions {
  /**
   * Wrap details at this many columns, breaking only at spaces (0 = no wrap).
   *
   * Default: `0`
   */
  width?: number;
  /**
   * Colour the severity and underline the subject with ANSI escapes.
   *
   * Default: `false`
   */
  color?: boolean;
  /**
   * Without colour, mark the subject with a line of `^` under each source
   * line (HCL's own writer marks it only with colour). For logs and plain
   * terminals; Go-identical output needs this off.
   *
   * Default: `false`
   */
  underline?: boolean;
}

/** Renders diagnostics exactly as HCL's text writer does. */
export function renderDiagnosticsText(
  diags: readonly Diagnostic[],
  files: ReadonlyMap<string, RenderSource> | Record<string, RenderSource>,
  options: TextRenderOptions = {},
): string {
  const lookup = (name: string): RenderSource | undefined =>
    files instanceof Map ? files.get(name) : (files as Record<string, RenderSource>)[name];
  let out = "";
  for (const d of diags) out += renderOne(d, lookup, options);
  return out;
}

function renderOne(d: Diagnostic, lookup: (name: string) => RenderSource | undefined, opts: TextRenderOptions): string {
  const color = opts.color === true;
  const colorCode = color ? (d.severity === "error" ? "\x1b[31m" : "\x1b[33m") : "";
  const reset = color ? "\x1b[0m" : "";
  const highlightCode = color ? "\x1b[1;4m" : "";
  let out = `${colorCode}${d.severity === "error" ? "Error" : "Warning"}${reset}: ${d.summary}\n\n`;

  if (d.subject !== undefined) {
    const subject = d.subject;
    let snip = { start: subject.start.byte, end: subject.end.byte };
    let hl = { start: subject.start.byte, end: subject.end.byte };
    if (d.context !== undefined) snip = over(snip, { start: d.context.start.byte, end: d.context.end.byte });
    if (snip.start === snip.end) snip = { start: snip.start, end: snip.end + 1 };
    if (hl.start === hl.end) hl = { start: hl.start, end: hl.end + 1 };

    const file = lookup(subject.filename);
    if (file === undefined) {
      out += `  on ${subject.filename} line ${subject.start.line}:\n  (source code not available)\n\n`;
    } else {
      let ctx = file.contextString?.(subject.start.byte) ?? "";
      if (ctx !== "") ctx = ", in " + ctx;
      out += `  on ${subject.filename} line ${subject.start.line}${ctx}:\n`;
      const src = file.source;
      for (let line = 1; line <= src.lineCount; line++) {
        const text = src.lineText(line);
        const startOff = src.lineStart(line);
        const startByte = src.pos(startOff).byte;
        const endByte = src.pos(startOff + text.length).byte;
        const lr = { start: startByte, end: endByte };
        if (startByte > snip.end) break;
        if (!overlaps(lr, snip)) continue;
        const o = overlap(lr, hl);
        const num = String(line).padStart(4, " ");
        if (o === undefined) {
          out += `${num}: ${text}\n`;
        } else {
          const a = src.offsetOfByte(o.start) - startOff;
          const b = src.offsetOfByte(o.end) - startOff;
          out += `${num}: ${text.slice(0, a)}${highlightCode}${text.slice(a, b)}${reset}${text.slice(b)}\n`;
          if (opts.underline === true && !color) out += `      ${caretLine(text.slice(0, a), text.slice(a, b))}\n`;
        }
      }
      out += "\n";
    }

    if (d.values !== undefined && d.values.length > 0) {
      const stmts = [...new Set(d.values.map((v) => `${v.traversal}${v.statement}`))].sort(compareBytes);
      stmts.forEach((s, i) => {
        out += (i === 0 ? "with " : "     ") + s + (i === stmts.length - 1 ? ".\n\n" : ",\n");
      });
    }
  }

  if (d.detail !== "") {
    const width = opts.width ?? 0;
    out += `${width > 0 ? wrapString(d.detail, width) : d.detail}\n\n`;
  }
  return out;
}

/** Spaces under the prefix (tabs kept, so the carets line up), then one `^` per character of the subject. */
function caretLine(prefix: string, subject: string): string {
  const pad = Array.from(prefix, (c) => (c === "\t" ? "\t" : " ")).join("");
  return pad + "^".repeat(Math.max(1, Array.from(subject).length));
}

interface ByteSpan {
  start: number;
  end: number;
}

function over(a: ByteSpan, b: ByteSpan): ByteSpan {
  if (a.start === a.end) return b;
  if (b.start === b.end) return a;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function contains(r: ByteSpan, off: number): boolean {
  return off >= r.start && off < r.end;
}

/** hcl `Range.Overlaps`, including its treatment of the end offset. */
function overlaps(r: ByteSpan, o: ByteSpan): boolean {
  if (r.start === r.end || o.start === o.end) return false;
  return contains(r, o.start) || contains(r, o.end) || contains(o, r.start) || contains(o, r.end);
}

function overlap(r: ByteSpan, o: ByteSpan): ByteSpan | undefined {
  if (!overlaps(r, o)) return undefined;
  const s = Math.max(r.start, o.start);
  const e = Math.min(r.end, o.end);
  return s === e ? undefined : { start: s, end: e };
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * go-wordwrap's `WrapString`: breaks at white space so lines stay within
 * `lim` characters where possible; longer words overflow; existing newlines
 * are kept.
 */
export function wrapString(s: string, lim: number): string {
  let buf = "";
  let current = 0;
  let word = "";
  let wordLen = 0;
  let space = "";
  let spaceLen = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\n") {
      if (word.length === 0) {
        if (current + spaceLen > lim) current = 0;
        else {
          current += spaceLen;
          buf += space;
        }
        space = "";
        spaceLen = 0;
      } else {
        current += spaceLen + wordLen;
        buf += space + word;
        space = "";
        spaceLen = 0;
        word = "";
        wordLen = 0;
      }
      buf += ch;
      current = 0;
    } else if (isGoSpace(c) && c !== 0xa0) {
      if (space.length === 0 || word.length > 0) {
        current += spaceLen + wordLen;
        buf += space + word;
        space = "";
        spaceLen = 0;
        word = "";
        wordLen = 0;
      }
      space += ch;
      spaceLen++;
    } else {
      word += ch;
      wordLen++;
      if (current + wordLen + spaceLen > lim && wordLen < lim) {
        buf += "\n";
        current = 0;
        space = "";
        spaceLen = 0;
      }
    }
  }
  if (word.length === 0) {
    if (current + spaceLen <= lim) buf += space;
  } else {
    buf += space + word;
  }
  return buf;
}

/** A range as `hcldec --diags=json` prints it. */
export interface JSONRange {
  filename: string;
  start: { line: number; column: number; byte: number };
  end: { line: number; column: number; byte: number };
}

/** One diagnostic as `hcldec --diags=json` prints it (CLI-07). */
export interface JSONDiagnostic {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  subject?: JSONRange;
}

/**
 * encoding/json's Indent with two spaces over compact JSON text: string
 * contents untouched, empty objects and arrays kept as `{}` and `[]`.
 */
export function goIndent(compact: string): string {
  let out = "";
  let depth = 0;
  let needIndent = false;
  let inString = false;
  const newline = (): string => "\n" + "  ".repeat(depth);
  for (let i = 0; i < compact.length; i++) {
    const c = compact[i]!;
    if (inString) {
      out += c;
      if (c === "\\") out += compact[++i]!;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\t" || c === "\n" || c === "\r") continue;
    if (needIndent && c !== "}" && c !== "]") {
      needIndent = false;
      depth++;
      out += newline();
    }
    switch (c) {
      case '"':
        inString = true;
        out += c;
        break;
      case "{":
      case "[":
        needIndent = true;
        out += c;
        break;
      case ",":
        out += c + newline();
        break;
      case ":":
        out += ": ";
        break;
      case "}":
      case "]":
        if (needIndent) needIndent = false;
        else {
          depth--;
          out += newline();
        }
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

export function rangeJSONText(r: Range): string {
  const pos = (p: Range["start"]): string => `{"line":${p.line},"column":${p.column},"byte":${p.byte}}`;
  return `{"filename":${goJSONString(r.filename)},"start":${pos(r.start)},"end":${pos(r.end)}}`;
}

/** The `{"diagnostics": [...]}` document hcldec prints with `--diags=json` (CLI-07), byte for byte as Go writes it. */
export function renderDiagnosticsJSON(diags: readonly Diagnostic[]): string {
  const items = diags.map((d) => {
    let s = `{"severity":"${d.severity}","summary":${goJSONString(d.summary)}`;
    if (d.detail !== "") s += `,"detail":${goJSONString(d.detail)}`;
    if (d.subject !== undefined) s += `,"subject":${rangeJSONText(d.subject)}`;
    return s + "}";
  });
  return goIndent(`{"diagnostics":[${items.join(",")}]}`) + "\n";
}

/**
 * `json.MarshalIndent(v, "", "  ")` as Go writes it: HTML-sensitive
 * characters and U+2028/U+2029 escaped, empty arrays as `[]`.
 */
export function goJSONIndent(v: unknown, indent = "  "): string {
  return goEscape(JSON.stringify(v, null, indent));
}

/** Go's encoding/json escapes `<`, `>`, `&`, U+2028 and U+2029 inside strings. */
export function goEscape(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
