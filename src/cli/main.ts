/**
 * The `plinth` command. Each subcommand is a function from arguments and
 * standard streams to an exit code, so tests can run it in-process or as a
 * subprocess.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseConfig, parseExpression, parseTemplate } from "../../grammar/index.js";
import { marshalValue, typeJSONString } from "../cty/json.js";
import type { Value } from "../cty/value.js";
import { nodeHost } from "../functions/node-host.js";
import { EvalContext } from "../hcl/eval-context.js";
import { evaluate } from "../hcl/eval.js";
import { packerFunctions, variableDefaultFunctions } from "../hcl/functions.js";
import { dumpAST } from "../hcl/ast-dump.js";
import { type Diagnostic, hasErrors } from "../hcl/diagnostic.js";
import { nativeRenderSource } from "../hcl/navigation.js";
import { type RenderSource, renderDiagnosticsJSON, renderDiagnosticsText } from "../hcl/render.js";
import { docsCommand } from "./docs.js";
import { hcldecCommand } from "./hcldec.js";
import { schemaCommand } from "./schema.js";

export interface Streams {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
  columns: number;
}

const USAGE = `Usage: plinth <command> [arguments]

Commands:
  validate [--diags=json] FILE...   check files for syntax errors and report them
  ast FILE                          print the syntax tree of a native-syntax file
  eval [options] EXPRESSION         evaluate an expression with Packer's functions
  hcldec --spec=FILE [FILE...]      decode files with an hcldec spec, as Go's hcldec does
  docs TYPE [--format F] [--out D]  print a built-in provisioner's config reference (Markdown or Packer partials)
  schema TYPE                       print a built-in provisioner's config as JSON Schema
  version                           print the version

Run "plinth <command> --help" for details.
`;

export async function main(argv: string[], io: Streams = processStreams()): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "validate":
      return validate(rest, io);
    case "ast":
      return ast(rest, io);
    case "eval":
      return evalCommand(rest, io);
    case "hcldec":
      return hcldecCommand(rest, io);
    case "docs":
      return docsCommand(rest, io);
    case "schema":
      return schemaCommand(rest, io);
    case "version":
    case "--version":
      io.stdout(`plinth ${version()}\n`);
      return 0;
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout(USAGE);
      return 0;
    default:
      io.stderr(`plinth: unknown command ${JSON.stringify(cmd)}\n\n${USAGE}`);
      return 2;
  }
}

/** Our package.json's version, found upward from this module: it runs from dist/src/cli or, bundled, from dist/cli. */
function version(): string {
  for (let dir = new URL(".", import.meta.url); ; dir = new URL("..", dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "plinth" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // no package.json here; look further up
    }
    if (dir.pathname === "/") return "unknown";
  }
}

function processStreams(): Streams {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.isTTY === true ? process.stdout.columns : 80,
  };
}

function readSource(path: string, io: Streams): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    io.stderr(`Error: cannot read ${path}: ${(e as Error).message}\n\n`);
    return undefined;
  }
}

function validate(args: string[], io: Streams): number {
  let json = false;
  const files: string[] = [];
  for (const a of args) {
    if (a === "--diags=json") json = true;
    else if (a === "--help" || a === "-h") {
      io.stdout("Usage: plinth validate [--diags=json] FILE...\n\nReports syntax errors in HCL files.\n");
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.stderr("Error: no files given\n\nUsage: plinth validate [--diags=json] FILE...\n");
    return 2;
  }
  const diags: Diagnostic[] = [];
  const sources = new Map<string, RenderSource>();
  for (const f of files) {
    const text = readSource(f, io);
    if (text === undefined) return 1;
    const { file, diagnostics } = parseConfig(text, f);
    sources.set(f, nativeRenderSource(file.source, file.body));
    diags.push(...diagnostics);
  }
  if (json) {
    io.stdout(renderDiagnosticsJSON(diags));
  } else if (diags.length > 0) {
    io.stderr(renderDiagnosticsText(diags, sources, { color: io.stderrIsTTY, width: io.columns }));
  }
  if (hasErrors(diags)) return 1;
  if (!json) io.stdout("The configuration is valid.\n");
  return 0;
}

function ast(args: string[], io: Streams): number {
  if (args.length !== 1 || args[0]!.startsWith("-")) {
    io.stderr("Usage: plinth ast FILE\n");
    return 2;
  }
  const path = args[0]!;
  const text = readSource(path, io);
  if (text === undefined) return 1;
  const { file, diagnostics } = parseConfig(text, path);
  io.stdout(dumpAST(file.body));
  if (diagnostics.length > 0) {
    io.stderr(renderDiagnosticsText(diagnostics, new Map([[path, nativeRenderSource(file.source, file.body)]]), {}));
  }
  return hasErrors(diagnostics) ? 1 : 0;
}

const EVAL_USAGE = `Usage: plinth eval [--template] [--vars-file FILE]... [--var NAME=EXPR]... EXPRESSION

Evaluates one HCL expression (or, with --template, a bare template) with the
functions a Packer 1.14 template can call, and prints its value and type as
JSON ({"value": …, "type": …}, the form hcldec --with-type uses).

  --vars-file FILE   define variables from a file's attributes (HCL syntax)
  --var NAME=EXPR    define one variable (EXPR is an HCL expression)
  --template         treat the argument as a template, like a heredoc body
  --env              also offer env(), as Packer does in variable defaults

Relative paths in file functions resolve against the current directory.
`;

function evalCommand(args: string[], io: Streams): number {
  let template = false;
  let withEnv = false;
  const varSources: { text: string; filename: string }[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--help" || a === "-h") {
      io.stdout(EVAL_USAGE);
      return 0;
    } else if (a === "--template") template = true;
    else if (a === "--env") withEnv = true;
    else if (a === "--var" || a === "--vars-file") {
      const v = args[++i];
      if (v === undefined) {
        io.stderr(`Error: ${a} needs a value\n\n${EVAL_USAGE}`);
        return 2;
      }
      if (a === "--var") {
        const eq = v.indexOf("=");
        if (eq <= 0) {
          io.stderr(`Error: --var wants NAME=EXPR, got ${JSON.stringify(v)}\n`);
          return 2;
        }
        varSources.push({ text: `${v.slice(0, eq)} = ${v.slice(eq + 1)}\n`, filename: `<--var ${v.slice(0, eq)}>` });
      } else {
        const text = readSource(v, io);
        if (text === undefined) return 1;
        varSources.push({ text, filename: v });
      }
    } else rest.push(a);
  }
  if (rest.length !== 1) {
    io.stderr(EVAL_USAGE);
    return 2;
  }
  const host = nodeHost();
  const baseDir = resolve(".");
  const functions = withEnv
    ? variableDefaultFunctions(host, { fs: host, baseDir })
    : packerFunctions({ fs: host, baseDir });
  const sources = new Map<string, RenderSource>();
  const diags: Diagnostic[] = [];
  const variables = new Map<string, Value>();
  for (const src of varSources) {
    const { file, diagnostics } = parseConfig(src.text, src.filename);
    sources.set(src.filename, nativeRenderSource(file.source, file.body));
    diags.push(...diagnostics);
    if (hasErrors(diagnostics)) continue;
    // Variables are constants: they may call functions but not refer to each other.
    const vctx = new EvalContext({ functions });
    for (const attr of file.body.attributes) {
      const r = evaluate(attr.expr, vctx);
      diags.push(...r.diagnostics);
      variables.set(attr.name, r.value);
    }
  }
  const text = rest[0]!;
  const name = "<expression>";
  const parsed = template ? parseTemplate(text, name) : parseExpression(text, name);
  sources.set(name, { source: parsed.value.src });
  diags.push(...parsed.diagnostics);
  let value: Value | undefined;
  if (!hasErrors(diags)) {
    const r = evaluate(parsed.value, new EvalContext({ variables, functions }));
    diags.push(...r.diagnostics);
    value = r.value;
  }
  if (diags.length > 0) io.stderr(renderDiagnosticsText(diags, sources, { color: io.stderrIsTTY, width: io.columns }));
  if (hasErrors(diags) || value === undefined) return 1;
  if (!value.isWhollyKnown()) {
    io.stdout(`{"value":null,"type":${typeJSONString(value.type)},"unknown":true}\n`);
    return 0;
  }
  if (value.containsMarked()) {
    // Never print what was marked sensitive, as Packer and Terraform do not.
    io.stdout(`{"value":null,"type":${typeJSONString(value.type)},"sensitive":true}\n`);
    return 0;
  }
  try {
    io.stdout(`{"value":${marshalValue(value)},"type":${typeJSONString(value.type)}}\n`);
  } catch (e) {
    io.stderr(`Error: the result cannot be shown as JSON: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}
