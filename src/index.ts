/**
 * Plinth: an HCL2 configuration and decoding engine.
 *
 * The package entry re-exports each layer's public surface.
 */
import { parseConfig } from "../grammar/index.js";
import type { File } from "./hcl/ast.js";
import type { Diagnostic } from "./hcl/diagnostic.js";

export { parseConfig, parseExpression, parseTemplate, tokenize } from "../grammar/index.js";
export * from "./hcl/index.js";
export * as cty from "./cty/index.js";
export * as functions from "./functions/index.js";
export { preloadDependencies } from "./functions/deferred.js";
export * as hcldec from "./hcldec/index.js";
export { parseJSON, parseJSONExpression, jsonRenderSource, type JsonFile } from "./json/index.js";
export * as spec from "./spec/index.js";
// The authoring API is what most users import, so its main names are also top-level.
export {
  attr,
  block,
  blockList,
  blockMap,
  configSpec,
  defineGroup,
  hclRaw,
  packerCommon,
  packerErrorText,
  parseConfigSource,
  t,
  type ConfigSpec,
  type Infer,
  type PrepareResult,
} from "./spec/index.js";

/**
 * Parses HCL native syntax. Never throws on user input: syntax errors come
 * back as diagnostics, with a partial tree that keeps every well-formed item.
 */
export function parseHCL(text: string, filename: string): { file: File; diagnostics: Diagnostic[] } {
  return parseConfig(text, filename);
}
