import type { Body } from "./ast.js";
import type { RenderSource } from "./render.js";
import { goQuote } from "./quote.js";
import type { SourceFile } from "./source.js";

/**
 * The header of the top-level block containing `byte`, for the renderer's
 * "in block" note (hclsyntax navigation `ContextString`): the block type
 * followed by each label quoted, or "" outside any block.
 */
export function contextString(body: Body, byte: number): string {
  const offset = body.src.offsetOfByte(byte);
  for (const b of body.blocks) {
    if (offset >= b.start && offset < b.end) {
      let s = b.type;
      for (const l of b.labels) s += " " + goQuote(l);
      return s;
    }
  }
  return "";
}

/** A native-syntax file as the text renderer wants it. */
export function nativeRenderSource(source: SourceFile, body: Body): RenderSource {
  return { source, contextString: (byte) => contextString(body, byte) };
}
