/**
 * Shared by the spec tests: reading a config layer from a named file (native
 * HCL, HCL's JSON syntax, or a plain JSON object handed to `prepare` as is),
 * and printing a prepare result the way the goldens store it.
 */
import type { Diagnostic } from "../../src/hcl/diagnostic.js";
import type { EvalContext } from "../../src/hcl/eval-context.js";
import { renderDiagnosticsText, type RenderSource } from "../../src/hcl/render.js";
import { hclRaw, packerErrorText, parseConfigSource, type PrepareResult, type Raw } from "../../src/spec/index.js";

export interface Layer {
  readonly raw: Raw;
  /** For rendering diagnostics, keyed by file name; absent for plain layers. */
  readonly render?: RenderSource;
  readonly syntaxErrors: Diagnostic[];
}

/** `*.plain.json` is a plain object; `*.json` HCL's JSON syntax; anything else native HCL. */
export function layerFromText(name: string, text: string, ctx?: EvalContext): Layer {
  if (name.endsWith(".plain.json")) return { raw: JSON.parse(text) as Raw, syntaxErrors: [] };
  const src = parseConfigSource(text, name);
  return { raw: hclRaw(src.body, ctx), render: src.render, syntaxErrors: src.diagnostics };
}

export function renderMap(layers: Record<string, Layer>): Record<string, RenderSource> {
  const out: Record<string, RenderSource> = {};
  for (const [name, l] of Object.entries(layers)) if (l.render !== undefined) out[name] = l.render;
  return out;
}

/** The diagnostics as a user sees them: HCL's text form with the subject underlined. */
export function renderDiags(diags: readonly Diagnostic[], layers: Record<string, Layer>): string {
  return renderDiagnosticsText([...diags], renderMap(layers), { underline: true });
}

/** What a valid golden stores: the config, the paths prepare reports, and warnings (without ranges). */
export function resultJSON(r: PrepareResult<unknown>): unknown {
  return {
    config: r.config,
    unknownPaths: r.unknownPaths,
    sensitivePaths: r.sensitivePaths,
    warnings: r.diagnostics.filter((d) => d.severity === "warning").map((d) => `${d.summary}: ${d.detail}`),
  };
}

/** Rendered diagnostics, then Packer's plain-text form. */
export function errorsText(r: PrepareResult<unknown>, layers: Record<string, Layer>, withPacker: boolean): string {
  let out = renderDiags(r.diagnostics, layers);
  if (withPacker) out += `--- packerErrorText\n${packerErrorText(r.diagnostics)}\n`;
  return out;
}
