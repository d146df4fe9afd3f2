/**
 * `plinth docs TYPE`: a built-in component's reference page as Markdown on
 * standard output, or, with `--format packer-partials --out DIR`, Packer's
 * `struct-markdown` partials written into DIR (issue 6). Exit codes: 0 done,
 * 1 unknown type or a file that cannot be written, 2 bad usage.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nameSuggestion } from "../hcl/didyoumean.js";
import { builtinConfigs } from "../provisioners/builtin-configs.js";
import type { ConfigSpec, Fields } from "../spec/config.js";
import { renderMarkdownPage } from "../spec/docs/markdown-page.js";
import { renderPackerPartials } from "../spec/docs/packer-partials.js";
import type { Streams } from "./main.js";

const USAGE = `Usage: plinth docs TYPE [--format markdown|packer-partials] [--out DIR]

Prints the reference documentation of a provisioner's configuration, derived
from its config spec.

  --format markdown         the full reference page, as Markdown (default)
  --format packer-partials  Packer's struct-markdown partials (Config.mdx,
                            Config-required.mdx, Config-not-required.mdx);
                            needs --out
  --out DIR                 write into DIR (created if missing) instead of
                            standard output, and print the paths written;
                            the page is written as DIR/TYPE.md
`;

type Format = "markdown" | "packer-partials";
const FORMATS: readonly Format[] = ["markdown", "packer-partials"];

interface Parsed {
  type: string;
  format: Format;
  out: string | undefined;
}

/** Runs `plinth docs`; `configs` is the registry of documented types (default: the built-in provisioners). */
export function docsCommand(
  args: string[],
  io: Streams,
  configs: ReadonlyMap<string, ConfigSpec<Fields>> = builtinConfigs,
): number {
  const parsed = parseArgs(args);
  if (parsed === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (typeof parsed === "string") {
    io.stderr(`Error: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  const spec = configs.get(parsed.type);
  if (spec === undefined) {
    const known = [...configs.keys()].sort();
    const s = nameSuggestion(parsed.type, known);
    io.stderr(
      `Error: unknown provisioner type ${JSON.stringify(parsed.type)}.` +
        (s !== "" ? ` Did you mean ${JSON.stringify(s)}?` : "") +
        `\n\nKnown types: ${known.join(", ")}\n`,
    );
    return 1;
  }
  const files =
    parsed.format === "markdown"
      ? new Map([[`${parsed.type}.md`, renderMarkdownPage(spec)]])
      : renderPackerPartials(spec, { sourcePath: `provisioner/${parsed.type}/config.go` });
  if (parsed.out === undefined) {
    // Only the page reaches here: partials need --out (checked with the arguments).
    for (const text of files.values()) io.stdout(text);
    return 0;
  }
  try {
    mkdirSync(parsed.out, { recursive: true });
    for (const [name, text] of files) {
      const path = join(parsed.out, name);
      writeFileSync(path, text);
      io.stdout(path + "\n");
    }
  } catch (e) {
    io.stderr(`Error: cannot write the docs: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

/** The arguments, "help", or what is wrong with them. */
function parseArgs(args: readonly string[]): Parsed | "help" | string {
  let format: Format = "markdown";
  let out: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--help" || a === "-h") return "help";
    const eq = a.indexOf("=");
    const flag = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    if (flag === "--format" || flag === "--out") {
      const v = flag !== a ? a.slice(eq + 1) : args[++i];
      if (v === undefined || v === "") return `${flag} needs a value`;
      if (flag === "--out") out = v;
      else if ((FORMATS as readonly string[]).includes(v)) format = v as Format;
      else return `unknown format ${JSON.stringify(v)}; use ${FORMATS.join(" or ")}`;
    } else if (a.startsWith("-") && a !== "-") {
      return `unknown option ${JSON.stringify(a)}`;
    } else positional.push(a);
  }
  if (positional.length === 0) return "no type given";
  if (positional.length > 1) return `one type at a time, got ${positional.map((p) => JSON.stringify(p)).join(", ")}`;
  if (format === "packer-partials" && out === undefined)
    return "--format packer-partials writes several files: give --out DIR";
  return { type: positional[0]!, format, out };
}
