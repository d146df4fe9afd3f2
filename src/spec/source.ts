/**
 * Reading a config layer from text: native HCL, or HCL's JSON syntax when the
 * file name ends in `.json` (`.pkr.json`, `.hcl.json`), as Packer picks.
 */
import { parseConfig } from "../../grammar/index.js";
import type { HclBody } from "../hcl/body.js";
import type { Diagnostic } from "../hcl/diagnostic.js";
import { nativeRenderSource } from "../hcl/navigation.js";
import { nativeBody } from "../hcl/native-body.js";
import type { RenderSource } from "../hcl/render.js";
import { jsonRenderSource, parseJSON } from "../json/index.js";

export interface ConfigSource {
  readonly body: HclBody;
  /** For `renderDiagnosticsText`, keyed by the file name. */
  readonly render: RenderSource;
  /** Syntax errors; the body still holds what could be read. */
  readonly diagnostics: Diagnostic[];
}

/** Parses `text` as a config body in the syntax `filename` implies. Never throws. */
export function parseConfigSource(text: string, filename: string): ConfigSource {
  if (filename.endsWith(".json")) {
    const { file, diagnostics } = parseJSON(text, filename);
    return { body: file.body, render: jsonRenderSource(file), diagnostics };
  }
  const { file, diagnostics } = parseConfig(text, filename);
  return { body: nativeBody(file.body), render: nativeRenderSource(file.source, file.body), diagnostics };
}
