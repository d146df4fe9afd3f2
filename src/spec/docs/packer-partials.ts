/**
 * Packer's `struct-markdown` docs partials (packer-provisioners.md §3.4), for
 * people who publish Packer-style plugin docs: per struct, `S.mdx` (its doc),
 * `S-required.mdx` and `S-not-required.mdx`, byte for byte in the layout of
 * packer-sdc's template (header comment, one ``- `name` (type) - doc``
 * bullet per field with continuation lines indented two spaces, blank lines
 * between, footer comment). The top level is struct `Config`; each nested
 * block is a struct named after its block type in PascalCase (`disk_config`
 * → `DiskConfig`), prefixed with its parent's name if that is taken.
 *
 * Types are shown as Packer prints the Go type of the field:
 *
 * | ours | shown |
 * |---|---|
 * | string, enum | `string` |
 * | number / int / bool | `float64` / `int` / `bool` |
 * | duration (a field's own type) | `duration string \| ex: "1h5m2s"` (packer-sdc's special case) |
 * | duration inside a list or map | `time.Duration` (`[]time.Duration`) |
 * | list(T), set(T) | `[]T` |
 * | map(T) | `map[string]T` |
 * | object({a=string, n=number}) | `{a string, n float64}` (as packer-sdc shows `config.NameValues`) |
 * | any | `interface{}` |
 * | block / block list / block map | `S` / `[]S` / `map[string]S` |
 *
 * Go comments carry defaults and allowed values in prose; ours are declared,
 * so each bullet's text is the doc followed by "One of …", "Defaults to …"
 * and "Deprecated: …" sentences. A field without a doc gets its name's words
 * capitalised, as packer-sdc uses the Go field name's.
 */
import type { ConfigSpec, Fields } from "../config.js";
import type { FieldType } from "../types.js";
import { jsonInline } from "./json-writer.js";
import { codeSpan } from "./markdown-text.js";
import { wordList } from "../types.js";
import { type BlockModel, docsModel, type FieldModel, type SectionModel } from "./model.js";

export interface PackerPartialsOptions {
  /**
   * The Go source path the header and footer comments name.
   *
   * Default: `provisioner/<name>/config.go`
   */
  readonly sourcePath?: string;
  /**
   * The struct name of the top-level config (the file name prefix).
   *
   * Default: `"Config"`
   */
  readonly structName?: string;
}

/**
 * The partials of `spec`, file name → text, in the order packer-sdc writes
 * them per struct (`S.mdx`, `S-required.mdx`, `S-not-required.mdx`); files
 * with nothing to say are left out, as packer-sdc leaves them out.
 */
export function renderPackerPartials<F extends Fields>(
  spec: ConfigSpec<F>,
  options: PackerPartialsOptions = {},
): Map<string, string> {
  const model = docsModel(spec);
  const path = options.sourcePath ?? `provisioner/${model.name}/config.go`;
  const top = options.structName ?? "Config";
  const names = structNames(top, model.blocks);
  const out = new Map<string, string>();
  const emit = (struct: string, header: string | undefined, section: SectionModel): void => {
    const h = header?.trim() ?? "";
    if (h !== "") out.set(`${struct}.mdx`, partial(struct, path, h, []));
    const bullets = (fields: readonly FieldModel[]): string[] => fields.map((f) => bullet(f, names));
    if (section.required.length > 0)
      out.set(`${struct}-required.mdx`, partial(struct, path, "", bullets(section.required)));
    if (section.optional.length > 0) {
      out.set(`${struct}-not-required.mdx`, partial(struct, path, "", bullets(section.optional)));
    }
  };
  emit(top, model.doc, model.root);
  for (const b of model.blocks) emit(names.get(b.path)!, b.doc, b.section);
  return out;
}

/** packer-sdc's `structDocsTemplate`, expanded. */
function partial(struct: string, path: string, header: string, bullets: readonly string[]): string {
  let s = `<!-- Code generated from the comments of the ${struct} struct in ${path}; DO NOT EDIT MANUALLY -->\n`;
  if (header !== "") s += `\n${header}\n`;
  for (const b of bullets) s += `\n${b}\n`;
  s += `\n<!-- End of code generated from the comments of the ${struct} struct in ${path}; -->\n`;
  return s;
}

/** packer-sdc's `indent 2`: every newline gets two spaces after it, then the whole is trimmed. */
function indent2(text: string): string {
  return text.replace(/\n/g, "\n  ").trim();
}

function bullet(f: FieldModel, names: ReadonlyMap<string, string>): string {
  const type = f.kind === "attr" ? goType(f.type, true) : blockGoType(f.kind, names.get(f.block.path)!);
  const words: string[] = [f.doc?.trim() || nameWords(f.name)];
  if (f.kind === "attr") {
    const allowed = allowedValues(f.type);
    if (allowed !== undefined) words.push(allowed);
    if (f.default?.kind === "value") words.push(`Defaults to ${codeSpan(jsonInline(f.default.value))}.`);
    else if (f.default?.kind === "derived") words.push(`Defaults to ${f.default.text.trim().replace(/\.$/, "")}.`);
  }
  if (f.deprecated !== undefined) {
    let d = "Deprecated:";
    d += f.deprecated.replacement !== undefined ? ` use ${codeSpan(f.deprecated.replacement)} instead.` : " avoid it.";
    if (f.deprecated.note !== undefined) d += ` ${f.deprecated.note}`;
    words.push(d);
  }
  // The sentences added after the doc need it to end as a sentence.
  if (words.length > 1 && !/[.!?:]$/.test(words[0]!)) words[0] += ".";
  // Go escapes `*` in the type text so Markdown does not read it as emphasis.
  return `- \`${f.name}\` (${type.replace(/\*/g, "\\*")}) - ${indent2(words.join(" "))}`;
}

/** What the Go field's type would print as (see the table above). */
export function goType(ft: FieldType<unknown>, fieldLevel = false): string {
  switch (ft.kind) {
    case "string":
    case "enum":
      return "string";
    case "number":
      return "float64";
    case "int":
      return "int";
    case "bool":
      return "bool";
    case "duration":
      return fieldLevel ? 'duration string | ex: "1h5m2s"' : "time.Duration";
    case "any":
      return "interface{}";
    case "list":
    case "set":
      return `[]${goType(ft.element)}`;
    case "map":
      return `map[string]${goType(ft.element)}`;
    case "object":
      return `{${Object.entries(ft.attributes)
        .map(([k, v]) => `${k} ${goType(v)}`)
        .join(", ")}}`;
  }
}

function blockGoType(kind: "block" | "blockList" | "blockMap", struct: string): string {
  return kind === "block" ? struct : kind === "blockList" ? `[]${struct}` : `map[string]${struct}`;
}

function allowedValues(ft: FieldType<unknown>): string | undefined {
  const values = (vs: readonly string[]): string => wordList(vs.map((v) => codeSpan(JSON.stringify(v))));
  if (ft.kind === "enum") return `One of ${values(ft.values)}.`;
  if ((ft.kind === "list" || ft.kind === "set") && ft.element.kind === "enum")
    return `Each one of ${values(ft.element.values)}.`;
  if (ft.kind === "map" && ft.element.kind === "enum") return `Each value one of ${values(ft.element.values)}.`;
  return undefined;
}

/** `remote_path` → "Remote Path", as packer-sdc splits `RemotePath` when a field has no doc. */
function nameWords(name: string): string {
  return name
    .split(/[_-]+/)
    .filter((w) => w !== "")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ");
}

function pascal(name: string): string {
  return nameWords(name).replace(/ /g, "");
}

/** Struct names by block path: PascalCase of the type name, the parent's prefixed when two blocks share it. */
function structNames(top: string, blocks: readonly BlockModel[]): Map<string, string> {
  const byPath = new Map<string, string>([["", top]]);
  const taken = new Set<string>([top]);
  for (const b of blocks) {
    const parent = byPath.get(b.path.slice(0, Math.max(0, b.path.lastIndexOf(".")))) ?? top;
    let name = pascal(b.typeName) || "Block";
    if (taken.has(name)) name = parent + name;
    while (taken.has(name)) name += "_";
    taken.add(name);
    byPath.set(b.path, name);
  }
  return byPath;
}
