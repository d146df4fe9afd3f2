/**
 * `plinth hcldec` (and `bin/hcldec`): a drop-in for Go's cmd/hcldec
 * (CLI-01..08). Same flags with pflag's parsing and messages, same inputs
 * (native or, by a `.json` suffix, JSON files, merged when several; stdin
 * when none), same output bytes (Go's encoding/json layout and escaping),
 * same diagnostics on stderr (text, or JSON with --diags=json) and the same
 * exit codes: 0 success, 1 operational error, 2 diagnostics or usage.
 */
import { closeSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { parseConfig } from "../../grammar/index.js";
import { goJSONString, type JSONNode, marshalValue, parseJSONText, typeJSONString } from "../cty/json.js";
import * as num from "../cty/number.js";
import { compareKeys, DynamicPseudoType } from "../cty/types.js";
import type { Value } from "../cty/value.js";
import { errnoText } from "../functions/host.js";
import type { Function } from "../functions/function.js";
import { nodeHost } from "../functions/node-host.js";
import type { Traversal } from "../hcl/ast.js";
import type { HclBody } from "../hcl/body.js";
import { type Diagnostic, errorDiag, hasErrors } from "../hcl/diagnostic.js";
import { EvalContext } from "../hcl/eval-context.js";
import { packerFunctions } from "../hcl/functions.js";
import { literalValue } from "../hcl/literal.js";
import { mergeBodies } from "../hcl/merged.js";
import { nativeBody } from "../hcl/native-body.js";
import { nativeRenderSource } from "../hcl/navigation.js";
import { traverseAbs } from "../hcl/ops.js";
import type { Range } from "../hcl/pos.js";
import { goQuote } from "../hcl/quote.js";
import {
  goIndent,
  rangeJSONText as rangeJSON,
  type RenderSource,
  renderDiagnosticsJSON,
  renderDiagnosticsText,
} from "../hcl/render.js";
import { decode, variables as specVariables } from "../hcldec/decode.js";
import { decodeSpecBody } from "../hcldec/spec-file.js";
import type { Spec } from "../hcldec/spec.js";
import { jsonRenderSource, parseJSON } from "../json/index.js";
import { LARGE_INPUT, letYoungGenerationGrow } from "./engine.cjs";

/** The standard streams the command talks to (main.ts's `Streams`, plus standard input). */
export interface HcldecStreams {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
  /** Width to wrap text diagnostics at: the terminal's when stdout is one, else 80 (as Go). */
  columns: number;
  /** All of standard input; default: read file descriptor 0. */
  readStdin?: () => string;
}

const VERSION = "0.0.1-dev";

const USAGE = `usage: hcldec --spec=<spec-file> [options] [hcl-file ...]
      --diags string        format any returned diagnostics in the given format; currently only "json" is accepted
      --keep-nulls          retain object properties that have null as their value (they are removed by default)
  -o, --out string          write to the given file, instead of stdout
  -s, --spec string         path to spec file (required)
      --var-refs            rather than decoding input, produce a JSON description of the variables referenced by it
  -V, --vars json-or-file   provide variables to the given configuration file(s)
  -v, --version             show the version number and immediately exit
      --with-type           include an additional object level at the top describing the HCL-oriented type of the result value
`;

/** Runs hcldec with Go hcldec's arguments; answers the exit status. */
export function hcldecCommand(args: readonly string[], io: HcldecStreams = processStreams()): number {
  const flags = parseFlags(args);
  if ("usage" in flags) {
    io.stderr(flags.message + USAGE);
    return 2;
  }
  if (flags.version) {
    io.stdout(VERSION + "\n");
    return 0;
  }
  if (flags.diags !== "" && flags.diags !== "json") {
    io.stderr(`Invalid diagnostics format ${goQuote(flags.diags)}: only "json" is supported.\n`);
    return 2;
  }
  try {
    return new Run(flags, io).main();
  } catch (e) {
    if (e instanceof OperationalError) {
      io.stderr(`Error: ${e.message}\n\n`);
      return 1;
    }
    throw e;
  }
}

function processStreams(): HcldecStreams {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.isTTY === true ? process.stdout.columns : 80,
  };
}

// ====================================================================== flags

interface Flags {
  spec: string;
  out: string;
  diags: string;
  vars: string[];
  varRefs: boolean;
  withType: boolean;
  keepNulls: boolean;
  version: boolean;
  files: string[];
}

interface FlagDef {
  name: keyof Omit<Flags, "files">;
  long: string;
  short?: string;
  bool: boolean;
}

const FLAG_DEFS: readonly FlagDef[] = [
  { name: "spec", long: "spec", short: "s", bool: false },
  { name: "out", long: "out", short: "o", bool: false },
  { name: "diags", long: "diags", bool: false },
  { name: "varRefs", long: "var-refs", bool: true },
  { name: "withType", long: "with-type", bool: true },
  { name: "version", long: "version", short: "v", bool: true },
  { name: "keepNulls", long: "keep-nulls", bool: true },
  { name: "vars", long: "vars", short: "V", bool: false },
];

class FlagError extends Error {}

/** pflag's parsing of the command line (interspersed flags, `--` ends them, GNU long and short forms). */
function parseFlags(args: readonly string[]): Flags | { usage: true; message: string } {
  const flags: Flags = {
    spec: "",
    out: "",
    diags: "",
    vars: [],
    varRefs: false,
    withType: false,
    keepNulls: false,
    version: false,
    files: [],
  };
  const set = (def: FlagDef, value: string): void => {
    if (def.bool) {
      const b = parseGoBool(value);
      if (b === undefined) {
        const name = def.short !== undefined ? `-${def.short}, --${def.long}` : `--${def.long}`;
        throw new FlagError(
          `invalid argument ${goQuote(value)} for ${goQuote(name)} flag: strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`,
        );
      }
      (flags[def.name] as boolean) = b;
    } else if (def.name === "vars") flags.vars.push(value);
    else (flags[def.name] as string) = value;
  };
  try {
    const rest = args.slice();
    while (rest.length > 0) {
      const s = rest.shift()!;
      if (s.length < 2 || s[0] !== "-") {
        flags.files.push(s);
        continue;
      }
      if (s[1] === "-") {
        if (s.length === 2) {
          flags.files.push(...rest);
          break;
        }
        let name = s.slice(2);
        if (name[0] === "-" || name[0] === "=") throw new FlagError(`bad flag syntax: ${s}`);
        const eq = name.indexOf("=");
        const inline = eq >= 0 ? name.slice(eq + 1) : undefined;
        if (eq >= 0) name = name.slice(0, eq);
        const def = FLAG_DEFS.find((d) => d.long === name);
        if (def === undefined) {
          if (name === "help") return { usage: true, message: "" };
          throw new FlagError(`unknown flag: --${name}`);
        }
        let value: string;
        if (inline !== undefined) value = inline;
        else if (def.bool) value = "true";
        else if (rest.length > 0) value = rest.shift()!;
        else throw new FlagError(`flag needs an argument: ${s}`);
        set(def, value);
        continue;
      }
      // A run of shorthand letters, such as -vs FILE or -sFILE.
      let shorts = s.slice(1);
      while (shorts.length > 0) {
        const c = shorts[0]!;
        const def = FLAG_DEFS.find((d) => d.short === c);
        if (def === undefined) {
          if (c === "h") return { usage: true, message: "" };
          throw new FlagError(`unknown shorthand flag: ${goRuneQuote(c)} in -${shorts}`);
        }
        let value: string;
        let next = shorts.slice(1);
        if (shorts.length > 2 && shorts[1] === "=") {
          value = shorts.slice(2);
          next = "";
        } else if (def.bool) value = "true";
        else if (shorts.length > 1) {
          value = shorts.slice(1);
          next = "";
        } else if (rest.length > 0) value = rest.shift()!;
        else throw new FlagError(`flag needs an argument: ${goRuneQuote(c)} in -${shorts}`);
        set(def, value);
        shorts = next;
      }
    }
  } catch (e) {
    if (e instanceof FlagError) return { usage: true, message: e.message + "\n" };
    throw e;
  }
  return flags;
}

function parseGoBool(s: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(s)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(s)) return false;
  return undefined;
}

/** Go's %q of a byte: a character literal. */
function goRuneQuote(c: string): string {
  if (c === "'") return "'\\''";
  const q = goQuote(c);
  return `'${q.slice(1, -1).replace(/\\"/g, '"')}'`;
}

// ====================================================================== files

/** An error that ends the command with `Error: …` and status 1, as Go's realmain returning an error. */
class OperationalError extends Error {}

interface ParsedFile {
  body: HclBody;
  render: RenderSource;
}

/**
 * hclparse.Parser: files by name, each parsed once. A name seen before
 * gives the same file again without its diagnostics, whatever parser is
 * asked (Go's cache does not record which one parsed it).
 */
class Parser {
  readonly files = new Map<string, ParsedFile>();
  private inputChars = 0;

  /** Counts input toward LARGE_INPUT, past which V8's young generation may grow again (engine.cts). */
  private sizeUp(text: string): void {
    const before = this.inputChars;
    this.inputChars += text.length;
    if (before <= LARGE_INPUT && this.inputChars > LARGE_INPUT) letYoungGenerationGrow();
  }

  parseHCL(text: string, filename: string): { file: ParsedFile; diagnostics: Diagnostic[] } {
    const existing = this.files.get(filename);
    if (existing !== undefined) return { file: existing, diagnostics: [] };
    this.sizeUp(text);
    const { file, diagnostics } = parseConfig(text, filename);
    const parsed = { body: nativeBody(file.body), render: nativeRenderSource(file.source, file.body) };
    this.files.set(filename, parsed);
    return { file: parsed, diagnostics };
  }

  parseHCLFile(filename: string): { file?: ParsedFile; diagnostics: Diagnostic[] } {
    const existing = this.files.get(filename);
    if (existing !== undefined) return { file: existing, diagnostics: [] };
    const r = readText(filename);
    if ("failed" in r) {
      return {
        diagnostics: [
          errorDiag("Failed to read file", `The configuration file ${goQuote(filename)} could not be read.`),
        ],
      };
    }
    return this.parseHCL(r.text, filename);
  }

  parseJSON(text: string, filename: string): { file: ParsedFile; diagnostics: Diagnostic[] } {
    const existing = this.files.get(filename);
    if (existing !== undefined) return { file: existing, diagnostics: [] };
    this.sizeUp(text);
    const { file, diagnostics } = parseJSON(text, filename);
    const parsed = { body: file.body, render: jsonRenderSource(file) };
    this.files.set(filename, parsed);
    return { file: parsed, diagnostics };
  }

  parseJSONFile(filename: string): { file?: ParsedFile; diagnostics: Diagnostic[] } {
    const existing = this.files.get(filename);
    if (existing !== undefined) return { file: existing, diagnostics: [] };
    const r = readText(filename);
    if ("failed" in r) {
      const d =
        r.failed === "open"
          ? errorDiag("Failed to open file", `The file ${goQuote(filename)} could not be opened.`)
          : errorDiag(
              "Failed to read file",
              `The file ${goQuote(filename)} was opened, but an error occured while reading it.`,
            );
      return { diagnostics: [d] };
    }
    return this.parseJSON(r.text, filename);
  }
}

/** A file's text, or why it could not be had: Go opens a directory without complaint but cannot read it. */
function readText(filename: string): { text: string } | { failed: "open" | "read" } {
  try {
    return { text: readFileSync(filename, "utf8") };
  } catch (e) {
    return { failed: (e as NodeJS.ErrnoException).code === "EISDIR" ? "read" : "open" };
  }
}

// ====================================================================== the run

class Run {
  private readonly parser = new Parser();
  private readonly diags: Diagnostic[] = [];

  constructor(
    private readonly flags: Flags,
    private readonly io: HcldecStreams,
  ) {}

  main(): number {
    const flags = this.flags;
    if (flags.spec === "") throw new OperationalError("the --spec=... argument is required");

    const spec = this.loadSpec(flags.spec);
    if (spec === undefined) return this.fail();

    const ctx = this.evalContext(spec.variables, spec.functions);

    const bodies: HclBody[] = [];
    if (flags.files.length === 0) {
      let text: string;
      try {
        text = this.io.readStdin !== undefined ? this.io.readStdin() : readStdin();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === undefined) throw e;
        throw new OperationalError(`failed to read stdin: ${goErrorText(e, "read", "/dev/stdin")}`);
      }
      const r = this.parser.parseHCL(text, "<stdin>");
      this.diags.push(...r.diagnostics);
      if (!hasErrors(r.diagnostics)) bodies.push(r.file.body);
    } else {
      for (const filename of flags.files) {
        const r = filename.endsWith(".json") ? this.parser.parseJSONFile(filename) : this.parser.parseHCLFile(filename);
        this.diags.push(...r.diagnostics);
        if (!hasErrors(r.diagnostics) && r.file !== undefined) bodies.push(r.file.body);
      }
    }
    if (hasErrors(this.diags)) return this.fail();

    const body = mergeBodies(bodies);

    if (flags.varRefs) {
      this.write(varRefsJSON(specVariables(body, spec.spec), ctx));
      return 0;
    }

    const r = decode(body, spec.spec, ctx);
    this.diags.push(...r.diagnostics);
    if (hasErrors(this.diags)) return this.fail();

    this.output((emit) => {
      emitOutputJSON(r.value, flags.withType, flags.keepNulls, emit);
      emit("\n");
    });
    return 0;
  }

  private loadSpec(
    filename: string,
  ): { spec: Spec; variables: Map<string, Value>; functions: Map<string, Function> } | undefined {
    const r = this.parser.parseHCLFile(filename);
    this.diags.push(...r.diagnostics);
    if (r.file === undefined || hasErrors(r.diagnostics)) return undefined;
    const host = nodeHost();
    const s = decodeSpecBody(r.file.body, { functions: packerFunctions({ fs: host, baseDir: host.cwd() }) });
    this.diags.push(...s.diagnostics);
    if (hasErrors(s.diagnostics)) return undefined;
    return s;
  }

  /** CLI-03, CLI-04: spec variables, then each --vars in order; nil when there is nothing at all. */
  private evalContext(specVars: Map<string, Value>, functions: Map<string, Function>): EvalContext | undefined {
    const vars = new Map(specVars);
    this.flags.vars.forEach((arg, i) => {
      let file: ParsedFile | undefined;
      if (goTrimSpace(arg).startsWith("{")) {
        const r = this.parser.parseJSON(arg, `<vars argument ${i}>`);
        this.diags.push(...r.diagnostics);
        file = r.file;
      } else {
        const r = arg.endsWith(".json") ? this.parser.parseJSONFile(arg) : this.parser.parseHCLFile(arg);
        this.diags.push(...r.diagnostics);
        file = r.file;
      }
      if (file === undefined) return;
      const attrs = file.body.justAttributes();
      this.diags.push(...attrs.diagnostics);
      for (const [name, attr] of attrs.attributes) {
        const v = attr.expr.value(undefined);
        this.diags.push(...v.diagnostics);
        vars.set(name, v.value);
      }
    });
    if (vars.size === 0 && functions.size === 0) return undefined;
    return new EvalContext({
      ...(vars.size > 0 ? { variables: vars } : {}),
      ...(functions.size > 0 ? { functions } : {}),
    });
  }

  /** Prints every diagnostic collected so far and answers status 2. */
  private fail(): number {
    const diags = this.diags;
    if (this.flags.diags === "json") {
      if (diags.length > 0) this.io.stderr(renderDiagnosticsJSON(diags));
    } else {
      const sources = new Map<string, RenderSource>();
      for (const [name, f] of this.parser.files) sources.set(name, f.render);
      this.io.stderr(renderDiagnosticsText(diags, sources, { color: this.io.stderrIsTTY, width: this.io.columns }));
    }
    return 2;
  }

  private write(text: string): void {
    this.output((emit) => emit(text));
  }

  /** Hands what `produce` emits to stdout, or to the --out file, opened at the first piece. */
  private output(produce: (emit: (piece: string) => void) => void): void {
    const out = this.flags.out;
    if (out === "") {
      produce(this.io.stdout);
      return;
    }
    let fd: number | undefined;
    try {
      produce((piece) => {
        if (fd === undefined) {
          try {
            // Go opens with O_TRUNC|O_CREATE|O_WRONLY and os.ModePerm.
            fd = openSync(out, "w", 0o777);
          } catch (e) {
            throw new OperationalError(`can't open ${out} for writing: ${goErrorText(e, "open", out)}`);
          }
        }
        writeSync(fd, piece);
      });
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

/** All of standard input, waiting for it as Go's blocking read does (a terminal or pipe may be non-blocking here). */
function readStdin(): string {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** An fs error as Go's *PathError prints: `open PATH: no such file or directory`. */
function goErrorText(e: unknown, op: string, path: string): string {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  return `${op} ${path}: ${errnoText(code) ?? (e as Error).message}`;
}

/** Go's strings.TrimSpace. */
function goTrimSpace(s: string): string {
  return s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, "");
}

// ====================================================================== JSON output

/** The `--var-refs` document (CLI-06): each traversal, its steps, and its value where the context has one. */
function varRefsJSON(traversals: readonly Traversal[], ctx: EvalContext | undefined): string {
  const items = traversals.map((t) => {
    const steps = t.map((step) => {
      let s: string;
      if (step.kind === "index") {
        s = `{"kind":"index"`;
        const key = tryMarshal(literalValue(step.key));
        if (key !== undefined) s += `,"key":${key}`;
      } else {
        s = `{"kind":"${step.kind}"`;
        if (step.name !== "") s += `,"name":${goJSONString(step.name)}`;
      }
      return `${s},"range":${rangeJSON(step.range)}}`;
    });
    const root = t[0];
    let s = `{"root_name":${goJSONString(root !== undefined && root.kind === "root" ? root.name : "")}`;
    if (root !== undefined && root.kind === "root") {
      const r = traverseAbs(t, ctx);
      if (!hasErrors(r.diagnostics)) {
        const v = tryMarshal(r.value);
        if (v !== undefined) s += `,"value":${v}`;
      }
    }
    const first = t[0]!.range;
    const last = t[t.length - 1]!.range;
    const whole: Range = { filename: first.filename, start: first.start, end: last.end };
    return `${s},"steps":[${steps.join(",")}],"range":${rangeJSON(whole)}}`;
  });
  return goIndent(`[${items.join(",")}]`) + "\n";
}

function tryMarshal(v: Value): string | undefined {
  try {
    return marshalValue(v, v.type);
  } catch {
    return undefined;
  }
}

/**
 * The result as hcldec prints it (CLI-05): cty's JSON, with `--with-type`
 * the `{"value", "type"}` wrapper, and without `--keep-nulls` the null
 * object properties stripped. A value that cannot be written (unknown,
 * marked, infinite) is an operational error with cty's message.
 */
export function outputJSON(v: Value, withType: boolean, keepNulls: boolean): string {
  let out = "";
  emitOutputJSON(v, withType, keepNulls, (piece) => (out += piece));
  return out;
}

/** Pieces of output are handed on once they add up to this many characters. */
const OUTPUT_CHUNK = 1 << 16;

/**
 * outputJSON, handed to `emit` in pieces of about 64 KB. The common result
 * (wholly known, unmarked, finite: nothing can fail while writing it) is
 * written as it is walked, so a large one never exists as one string: for
 * the 2 MB decode benchmark, whose result is 1.4 MB of JSON, that cost 6 MB
 * of peak memory. Any other result is made whole first, so an error leaves
 * nothing emitted.
 */
export function emitOutputJSON(v: Value, withType: boolean, keepNulls: boolean, emit: (piece: string) => void): void {
  if (!keepNulls && isPlain(v)) {
    // Written directly, as Go's round trip through encoding/json would leave it.
    const out = new ChunkedOutput(emit);
    if (!withType || v.type.kind === "dynamic") {
      writePlain(v, out);
    } else {
      out.add(`{"type":${stripJSONNullProperties(typeJSONString(v.type))}`);
      if (!v.isNull()) {
        out.add(',"value":');
        writePlain(v, out);
      }
      out.add("}");
    }
    out.end();
    return;
  }
  let out: string;
  try {
    out = marshalValue(v, withType ? DynamicPseudoType : v.type);
  } catch (e) {
    throw new OperationalError((e as Error).message);
  }
  emit(keepNulls ? out : stripJSONNullProperties(out));
}

/** Gathers pieces and hands them on in chunks of about OUTPUT_CHUNK characters. */
class ChunkedOutput {
  // Pieces joined once per chunk: a string grown piece by piece made an
  // object for each join, about 9 MB of garbage for a 1.4 MB result.
  private readonly pieces: string[] = [];
  private length = 0;
  /** `"name":` for each object attribute name written so far: objects of one shape repeat them all. */
  private readonly names = new Map<string, string>();
  constructor(private readonly emit: (piece: string) => void) {}
  /** The JSON of an object attribute's name and its colon. */
  attributeName(name: string): string {
    let text = this.names.get(name);
    if (text === undefined) this.names.set(name, (text = `${goJSONString(name)}:`));
    return text;
  }
  add(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
    if (this.length >= OUTPUT_CHUNK) this.flush();
  }
  end(): void {
    if (this.length > 0) this.flush();
  }
  private flush(): void {
    this.emit(this.pieces.join(""));
    this.pieces.length = 0;
    this.length = 0;
  }
}

/**
 * Whether writePlain can write `v`: wholly known, unmarked, of JSON's kinds,
 * with no infinite number, and every map and object with its keys in Go's
 * order (values keep them so; the general path sorts any that are not).
 */
function isPlain(v: Value): boolean {
  if (v.isMarked() || !v.isKnown()) return false;
  if (v.isNull()) return true;
  switch (v.type.kind) {
    case "string":
    case "bool":
      return true;
    case "number":
      return !num.isInfinite(v.asNumber());
    case "list":
    case "set":
    case "tuple":
      return v.elements().every(isPlain);
    case "map":
    case "object": {
      let plain = true;
      let prev: string | undefined;
      v.forEachEntry((k, e) => {
        if (!plain) return;
        plain = (prev === undefined || compareKeys(prev, k) < 0) && isPlain(e);
        prev = k;
      });
      return plain;
    }
    default:
      return false;
  }
}

/** A value isPlain accepts, as JSON with null object properties left out and keys in Go's order. */
function writePlain(v: Value, out: ChunkedOutput): void {
  if (v.isNull()) {
    out.add("null");
    return;
  }
  switch (v.type.kind) {
    case "string":
      out.add(goJSONString(v.asString()));
      return;
    case "bool":
      out.add(v.asBool() ? "true" : "false");
      return;
    case "number":
      out.add(num.numberText(v.asNumber(), v.prec));
      return;
    case "list":
    case "set":
    case "tuple": {
      out.add("[");
      let first = true;
      for (const e of v.elements()) {
        if (!first) out.add(",");
        first = false;
        writePlain(e, out);
      }
      out.add("]");
      return;
    }
    default: {
      out.add("{");
      let first = true;
      const object = v.type.kind === "object";
      v.forEachEntry((k, e) => {
        if (e.isNull()) return;
        if (!first) out.add(",");
        first = false;
        // Map keys are mostly each written once; attribute names repeat.
        out.add(object ? out.attributeName(k) : `${goJSONString(k)}:`);
        writePlain(e, out);
      });
      out.add("}");
    }
  }
}

/**
 * hcldec's null stripping: the output re-read as plain JSON, object
 * properties that are null removed at every level (array elements kept),
 * and written again as Go's json.Marshal does: keys sorted, numbers as
 * they were, strings with HTML characters escaped.
 */
export function stripJSONNullProperties(json: string): string {
  return writeStripped(parseJSONText(json));
}

function writeStripped(n: JSONNode): string {
  switch (n.kind) {
    case "object": {
      const m = new Map<string, JSONNode>();
      for (const [k, v] of n.entries) {
        // A later duplicate replaces an earlier one, as in a Go map.
        m.delete(k);
        if (v.kind !== "null") m.set(k, v);
      }
      const keys = [...m.keys()].sort(compareCodePoints);
      return `{${keys.map((k) => `${goJSONString(k)}:${writeStripped(m.get(k)!)}`).join(",")}}`;
    }
    case "array":
      return `[${n.items.map(writeStripped).join(",")}]`;
    case "string":
      return goJSONString(n.value);
    case "number":
      return n.text;
    case "bool":
      return n.value ? "true" : "false";
    case "null":
      return "null";
  }
}

/** Go's string order (UTF-8 bytes, which is code point order). */
function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done === true) return y.done === true ? 0 : -1;
    if (y.done === true) return 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** Kept for callers that used these names here; they live in src/hcl/render.ts. */
export { goIndent, renderDiagnosticsJSON as diagnosticsJSON };
