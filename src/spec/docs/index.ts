/**
 * Docs derived from a config spec (DESIGN principle 5): the full Markdown
 * reference page, Packer's `struct-markdown` partials, and the writers that
 * turn plain configs into HCL native and JSON syntax for examples.
 */
export { renderMarkdownPage, typeDescription, type MarkdownPageOptions } from "./markdown-page.js";
export { renderPackerPartials, goType, type PackerPartialsOptions } from "./packer-partials.js";
export {
  docsModel,
  PACKER_COMMON_GROUP,
  type AttrModel,
  type BlockFieldModel,
  type BlockModel,
  type DefaultModel,
  type DocsModel,
  type FieldModel,
  type SectionModel,
} from "./model.js";
export {
  hclAttributeText,
  hclBlockText,
  hclBodyText,
  hclExpressionText,
  hclQuoted,
  type FieldsView,
} from "./hcl-writer.js";
export { jsonAttributeValue, jsonBlockValue, jsonBodyValue, jsonInline, jsonText } from "./json-writer.js";
