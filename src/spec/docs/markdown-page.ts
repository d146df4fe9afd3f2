/**
 * The full reference page of a component (issue 6, "Markdown docs"): its
 * introduction, whole-config examples in HCL and in HCL's JSON syntax, the
 * required then the optional arguments (type in HCL's type syntax, default,
 * allowed values, deprecation, doc, examples), one section per nested block,
 * the rules between arguments, and a note on Packer's common fields.
 *
 * The output is CommonMark that passes markdownlint's default rules except
 * line length (doc strings are single long lines; wrapping them would
 * change code spans). Everything shown is derived from the declaration, and
 * the examples are decoded by the tests, so the page cannot drift from what
 * `prepare` accepts.
 */
import type { ConfigSpec, Fields, GroupRule } from "../config.js";
import { type FieldType, hclTypeText } from "../types.js";
import { hclAttributeText, hclBlockText } from "./hcl-writer.js";
import { jsonAttributeValue, jsonBlockValue, jsonInline, jsonText } from "./json-writer.js";
import { codeSpan, continueItem, headingSlug } from "./markdown-text.js";
import { wordList } from "../types.js";
import {
  type AttrModel,
  type BlockModel,
  docsModel,
  type FieldModel,
  PACKER_COMMON_GROUP,
  type SectionModel,
} from "./model.js";

export interface MarkdownPageOptions {
  /**
   * The block type the examples are written as, with the component's name
   * as its label: `provisioner "shell" { … }`.
   *
   * Default: `"provisioner"`
   */
  readonly blockType?: string;
}

/** The reference page of `spec` as Markdown, ending in one newline. */
export function renderMarkdownPage<F extends Fields>(spec: ConfigSpec<F>, options: MarkdownPageOptions = {}): string {
  const model = docsModel(spec);
  const blockType = options.blockType ?? "provisioner";
  const out: string[] = [`# ${model.name}`];
  if (model.doc !== undefined && model.doc.trim() !== "") out.push(model.doc.trim());

  if (model.examples.length > 0) {
    out.push("## Examples");
    out.push(
      `Each example is a ${codeSpan(blockType)} block, written in HCL and then in HCL's JSON syntax (as in a ` +
        `${codeSpan(".pkr.json")} file). In a Packer template it goes inside a ${codeSpan("build")} block.`,
    );
    const titles = new Set<string>();
    model.examples.forEach((ex, i) => {
      let title = ex.title ?? `Example ${i + 1}`;
      while (titles.has(title)) title += " (again)";
      titles.add(title);
      if (model.examples.length > 1 || ex.title !== undefined) out.push(`### ${title}`);
      out.push(fence("hcl", hclBlockText(blockType, [model.name], spec, ex.value)));
      out.push(fence("json", jsonText(jsonBlockValue(blockType, [model.name], spec, ex.value)) + "\n"));
    });
  }

  out.push("## Required");
  out.push(...fieldList(model.root.required, "No arguments are required."));
  out.push("## Optional");
  out.push(...fieldList(model.root.optional, "There are no optional arguments."));

  for (const b of model.blocks) out.push(...blockSection(b));

  const rules = rulesText(model.root);
  if (rules.length > 0) out.push("## Rules", ...rules);

  const common = model.hiddenGroups.get(PACKER_COMMON_GROUP);
  if (common !== undefined) {
    out.push("## Packer's common fields");
    out.push(
      `Like every Packer plugin's config, this one also takes Packer's common ${codeSpan("packer_*")} fields ` +
        `(the ${codeSpan(PACKER_COMMON_GROUP)} group): the build's name, the builder type, the core version, ` +
        `the ${codeSpan("-debug")}, ${codeSpan("-force")} and ${codeSpan("-on-error")} settings and the names ` +
        `of sensitive variables. Packer (or Plinth) sets them for each build; templates do not set them.`,
    );
  }
  return out.join("\n\n") + "\n";
}

function fence(lang: string, text: string): string {
  return "```" + lang + "\n" + text + "```";
}

function fieldList(fields: readonly FieldModel[], none: string): string[] {
  return fields.length === 0 ? [none] : fields.map(fieldItem);
}

/** One field as a list item: name, type, deprecation and doc, then default, sensitivity and examples. */
function fieldItem(f: FieldModel): string {
  const type = f.kind === "attr" ? typeDescription(f.type) : blockTypeDescription(f.block);
  let head = `- ${codeSpan(f.name)} (${type})`;
  const text: string[] = [];
  if (f.deprecated !== undefined) {
    let d = "**Deprecated:**";
    d += f.deprecated.replacement !== undefined ? ` use ${codeSpan(f.deprecated.replacement)} instead.` : " avoid it.";
    if (f.deprecated.note !== undefined) d += ` ${f.deprecated.note}`;
    text.push(d);
  }
  if (f.doc !== undefined && f.doc.trim() !== "") text.push(f.doc.trim());
  if (text.length > 0) head += ` - ${text.join(" ")}`;
  const paras = [head];
  if (f.kind === "attr") paras.push(...attrDetails(f));
  else paras.push(`Its settings are listed under [${blockHeading(f.block)}](#${headingSlug(blockHeading(f.block))}).`);
  return paras.map((p, i) => (i === 0 ? continueItem(p) : indentPara(p))).join("\n\n");
}

function indentPara(p: string): string {
  return p
    .split("\n")
    .map((line) => (line === "" ? "" : "  " + line))
    .join("\n");
}

function attrDetails(f: AttrModel): string[] {
  const out: string[] = [];
  if (f.default !== undefined) {
    out.push(
      f.default.kind === "value"
        ? `Default: ${codeSpan(jsonInline(f.default.value))}.`
        : `Default: ${f.default.text.trim().replace(/\.$/, "")}.`,
    );
  }
  if (f.sensitive) out.push("Sensitive: its value is masked in output.");
  for (const ex of f.examples) {
    const hcl = hclAttributeText(f.name, ex).trimEnd();
    const json = `${JSON.stringify(f.name)}: ${jsonText(jsonAttributeValue(ex), 0, f.name.length + 4)}`;
    if (!hcl.includes("\n") && !json.includes("\n")) {
      out.push(`Example: ${codeSpan(hcl)}, in JSON ${codeSpan(json)}.`);
    } else {
      out.push(
        "Example:",
        fence("hcl", hcl + "\n"),
        fence("json", jsonText({ [f.name]: jsonAttributeValue(ex) }) + "\n"),
      );
    }
  }
  return out;
}

/** The type as the page shows it: HCL's type syntax, plus what HCL's types cannot say. */
export function typeDescription(ft: FieldType<unknown>): string {
  switch (ft.kind) {
    case "duration":
      return `duration string, e.g. ${codeSpan('"1h5m2s"')}`;
    case "enum":
      return `${codeSpan("string")}, one of ${enumValues(ft.values)}`;
    case "int":
      return `${codeSpan("number")}, a whole number`;
    case "list":
      return codeSpan(hclTypeText(ft)) + elementNote(ft.element, "each");
    case "set":
      return codeSpan(hclTypeText(ft)) + elementNote(ft.element, "each") + ", duplicates dropped";
    case "map":
      return codeSpan(hclTypeText(ft)) + elementNote(ft.element, "each value");
    default:
      return codeSpan(hclTypeText(ft));
  }
}

function enumValues(values: readonly string[]): string {
  return wordList(values.map((v) => codeSpan(JSON.stringify(v))));
}

function elementNote(ft: FieldType<unknown>, each: string): string {
  switch (ft.kind) {
    case "duration":
      return `, ${each} a duration string such as ${codeSpan('"30s"')}`;
    case "enum":
      return `, ${each} one of ${enumValues(ft.values)}`;
    case "int":
      return `, ${each} a whole number`;
    default:
      return "";
  }
}

function blockTypeDescription(b: BlockModel): string {
  switch (b.kind) {
    case "block":
      return "block";
    case "blockList": {
      const { minItems: min, maxItems: max } = b;
      if (min > 0 && max > 0) return min === max ? `exactly ${min} blocks` : `${min} to ${max} blocks`;
      if (min > 0) return `repeatable block, at least ${min}`;
      if (max > 0) return `repeatable block, at most ${max}`;
      return "repeatable block";
    }
    case "blockMap":
      return `repeatable block with a ${codeSpan(b.labelName ?? "name")} label`;
  }
}

function blockHeading(b: BlockModel): string {
  return `The ${codeSpan(b.path)} block`;
}

function blockSection(b: BlockModel): string[] {
  const out = [`## ${blockHeading(b)}`];
  const label = b.labelName ?? "name";
  switch (b.kind) {
    case "block":
      out.push(
        `Written as ${codeSpan(`${b.typeName} { … }`)}; ${b.required ? "exactly one is required" : "at most one"}.`,
      );
      break;
    case "blockList": {
      const { minItems: min, maxItems: max } = b;
      let s = `Written as ${codeSpan(`${b.typeName} { … }`)}, once per item, in order.`;
      if (min > 0 && max > 0)
        s += min === max ? ` Exactly ${min} must be given.` : ` It takes ${min} to ${max} of them.`;
      else if (min > 0) s += ` At least ${min} ${min === 1 ? "is" : "are"} required.`;
      else if (max > 0) s += ` At most ${max} ${max === 1 ? "is" : "are"} allowed.`;
      out.push(s);
      break;
    }
    case "blockMap":
      out.push(
        `Written as ${codeSpan(`${b.typeName} "${label.toUpperCase()}" { … }`)}, once per distinct ` +
          `${codeSpan(label)} label.`,
      );
      break;
  }
  if (b.doc !== undefined && b.doc.trim() !== "") out.push(b.doc.trim());
  const s = b.section;
  const where = codeSpan(b.path);
  if (s.required.length > 0) out.push(`### Required in ${where}`, ...fieldList(s.required, ""));
  if (s.optional.length > 0) out.push(`### Optional in ${where}`, ...fieldList(s.optional, ""));
  if (s.required.length + s.optional.length === 0) out.push("It has no documented arguments.");
  const rules = rulesText(s);
  if (rules.length > 0) out.push(`### Rules in ${where}`, ...rules);
  return out;
}

function ruleText(r: GroupRule): string {
  const names = r.fields.map((f) => codeSpan(f));
  switch (r.kind) {
    case "exactlyOneOf":
      return `Exactly one of ${wordList(names)} must be set.`;
    case "atLeastOneOf":
      return `At least one of ${wordList(names)} must be set.`;
    case "atMostOneOf":
      return `At most one of ${wordList(names)} may be set.`;
    case "conflictsWith":
      return `${names[0]} cannot be set together with ${wordList(names.slice(1))}.`;
  }
}

/** The rules of a body in words, and what "set" means for them. */
function rulesText(s: SectionModel): string[] {
  const out: string[] = [];
  if (s.rules.length > 0) {
    out.push(s.rules.map((r) => `- ${ruleText(r)}`).join("\n"));
    out.push(
      `For these rules an argument counts as set when its value is not empty: ${codeSpan('""')}, ` +
        `${codeSpan("false")}, ${codeSpan("[]")} and ${codeSpan("{}")} count as not set, as in Packer ` +
        `(${codeSpan("0")} counts as set).`,
    );
  }
  if (s.validatorCount > 0) {
    out.push(
      "Further checks of the whole configuration run in code when it is prepared; their messages say what to change.",
    );
  }
  return out;
}
