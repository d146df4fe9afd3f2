/**
 * The `plinth` command. Each subcommand is a function from arguments and
 * standard streams to an exit code, so tests can run it in-process or as a
 * subprocess.
 */
import { readFileSync } from "node:fs";
import { parseConfig } from "../../grammar/index.js";
import { dumpAST } from "../hcl/ast-dump.js";
import { type Diagnostic, hasErrors } from "../hcl/diagnostic.js";
import { nativeRenderSource } from "../hcl/navigation.js";
import { type RenderSource, renderDiagnosticsJSON, renderDiagnosticsText } from "../hcl/render.js";

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

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
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
