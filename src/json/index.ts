/**
 * HCL's JSON syntax (hcl `json` package, JSON-01..11): parse a `.json`
 * configuration into a body whose meaning the decoder's schema decides, or
 * one JSON value into an expression.
 */
import type { Diagnostic } from "../hcl/diagnostic.js";
import type { HclBody, HclExpression } from "../hcl/body.js";
import type { RenderSource } from "../hcl/render.js";
import { SourceFile } from "../hcl/source.js";
import { type JsonNode, JsonObject, Span } from "./ast.js";
import { JsonBody } from "./body.js";
import { JsonExpression } from "./expression.js";
import { jsonContextString } from "./navigation.js";
import { parseJsonValue } from "./parser.js";
import type { StartPos } from "./scanner.js";

export {
  JsonArray,
  JsonBool,
  JsonInvalid,
  type JsonNode,
  JsonNull,
  JsonNumber,
  JsonObject,
  JsonProperty,
  JsonString,
  Span,
} from "./ast.js";
export { JsonBody } from "./body.js";
export { JsonExpression } from "./expression.js";
export { jsonContextString } from "./navigation.js";
export { MAX_JSON_NESTING, parseJsonValue } from "./parser.js";
export type { StartPos } from "./scanner.js";

/** A parsed JSON configuration file. */
export interface JsonFile {
  /** The text, for renderers. */
  source: SourceFile;
  body: JsonBody;
  /** The root value (an empty object in place of a root that is not an object or array). */
  root: JsonNode;
}

/**
 * Parses a JSON configuration file (hcl `json.Parse`). The root must be an
 * object or an array of objects; otherwise the body is empty. The file is
 * returned even with errors, holding what could be parsed. Never throws.
 */
export function parseJSON(
  text: string,
  filename: string,
  start?: StartPos,
): { file: JsonFile; diagnostics: Diagnostic[] } {
  const r = parseJsonValue(text, filename, start);
  let root = r.node;
  const diagnostics = r.diagnostics;
  if (root.kind !== "object" && root.kind !== "array") {
    diagnostics.push({
      severity: "error",
      summary: "Root value must be object",
      detail: "The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.",
      subject: root.startSpan.range,
    });
    // An empty stand-in at the very start (Go's too), so reading the body
    // adds no second complaint about the same problem.
    const at = new Span(filename, 1, 1, 0, 1, 1, 0);
    root = new JsonObject([], at, at);
  }
  return { file: { source: new SourceFile(filename, text), body: new JsonBody(root), root }, diagnostics };
}

/** Parses one JSON value as an expression (hcl `json.ParseExpression`). Never throws. */
export function parseJSONExpression(
  text: string,
  filename: string,
  start?: StartPos,
): { value: JsonExpression; diagnostics: Diagnostic[] } {
  const r = parseJsonValue(text, filename, start);
  return { value: new JsonExpression(r.node), diagnostics: r.diagnostics };
}

/** A parsed JSON file as the text renderer wants it, with Go's JSON "in …" context paths. */
export function jsonRenderSource(file: JsonFile): RenderSource {
  return { source: file.source, contextString: (byte) => jsonContextString(file.root, byte) };
}

/** hcl `json.IsJSONBody`: true for a body that came from the JSON syntax. */
export function isJSONBody(body: HclBody): body is JsonBody {
  return body instanceof JsonBody;
}

/** hcl `json.IsJSONExpression`: true for an expression that came from the JSON syntax. */
export function isJSONExpression(expr: HclExpression): expr is JsonExpression {
  return expr instanceof JsonExpression;
}
