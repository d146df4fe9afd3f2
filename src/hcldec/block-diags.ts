/** Diagnostics that several block kinds share, worded as Go's hcldec words them (DEC-09..15). */
import type { HclBlock } from "../hcl/body.js";
import { type Diagnostic, errorDiag } from "../hcl/diagnostic.js";
import { type Range, rangeString } from "../hcl/pos.js";
import { goQuote } from "../hcl/quote.js";

/** A second block where only one is allowed (subject: the second one). */
export function duplicateBlock(typeName: string, first: HclBlock, again: HclBlock): Diagnostic {
  return errorDiag(
    `Duplicate ${typeName} block`,
    `Only one block of type ${goQuote(typeName)} is allowed. Previous definition was at ${rangeString(first.defRange)}.`,
    again.defRange,
  );
}

export function missingBlock(typeName: string, where: Range): Diagnostic {
  return errorDiag(`Missing ${typeName} block`, `A block of type ${goQuote(typeName)} is required here.`, where);
}

/** Two blocks with the same label path where the labels key a map or object (DEC-13). */
export function duplicateLabelledBlock(typeName: string, block: HclBlock): Diagnostic {
  const labels = block.labels.map((l) => ` ${goQuote(l)}`).join("");
  return errorDiag(
    `Duplicate ${typeName} block`,
    `A block for ${typeName}${labels} was already defined. The ${typeName} labels must be unique.`,
    block.defRange,
  );
}
