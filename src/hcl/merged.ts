/**
 * Several bodies read as one (hcl `MergeBodies`, MRG-01): attributes may come
 * from any of them but only once, blocks are concatenated in order. Used when
 * a configuration is split over files, as hcldec does with several inputs.
 */
import type { BodyContent, BodySchema, HclAttribute, HclBody } from "./body.js";
import { type Diagnostic, errorDiag } from "./diagnostic.js";
import { type Range, rangeString } from "./pos.js";
import { goQuote } from "./quote.js";

export function mergeBodies(bodies: readonly HclBody[]): HclBody {
  return bodies.length === 1 ? bodies[0]! : new MergedBodies(bodies);
}

function duplicate(name: string, existing: HclAttribute, attr: HclAttribute): Diagnostic {
  // Go's wording has no final period here.
  return errorDiag(
    "Duplicate argument",
    `Argument ${goQuote(name)} was already set at ${rangeString(existing.nameRange)}`,
    attr.nameRange,
  );
}

class MergedBodies implements HclBody {
  constructor(private readonly bodies: readonly HclBody[]) {}

  missingItemRange(): Range {
    // Nothing better is known: Go uses the first body's, or a placeholder when there is none.
    const first = this.bodies[0];
    if (first !== undefined) return first.missingItemRange();
    const p = { line: 0, column: 0, byte: 0 };
    return { filename: "<empty>", start: p, end: p };
  }

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const r = this.merged(schema, false);
    return { content: r.content, diagnostics: r.diagnostics };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: HclBody; diagnostics: Diagnostic[] } {
    return this.merged(schema, true);
  }

  justAttributes(): { attributes: Map<string, HclAttribute>; diagnostics: Diagnostic[] } {
    const attributes = new Map<string, HclAttribute>();
    const diags: Diagnostic[] = [];
    for (const body of this.bodies) {
      const r = body.justAttributes();
      diags.push(...r.diagnostics);
      for (const [name, attr] of r.attributes) {
        const existing = attributes.get(name);
        if (existing !== undefined) diags.push(duplicate(name, existing, attr));
        else attributes.set(name, attr);
      }
    }
    return { attributes, diagnostics: diags };
  }

  private merged(
    schema: BodySchema,
    partial: boolean,
  ): { content: BodyContent; remain: HclBody; diagnostics: Diagnostic[] } {
    // Any one body may supply a required attribute, so each is read without "required"; checked at the end.
    const relaxed: BodySchema = {
      attributes: schema.attributes.map((a) => ({ name: a.name, required: false })),
      blocks: schema.blocks,
    };
    const content: BodyContent = { attributes: new Map(), blocks: [], missingItemRange: this.missingItemRange() };
    const leftovers: HclBody[] = [];
    const diags: Diagnostic[] = [];
    for (const body of this.bodies) {
      let part: BodyContent;
      if (partial) {
        const r = body.partialContent(relaxed);
        part = r.content;
        leftovers.push(r.remain);
        diags.push(...r.diagnostics);
      } else {
        const r = body.content(relaxed);
        part = r.content;
        diags.push(...r.diagnostics);
      }
      for (const [name, attr] of part.attributes) {
        const existing = content.attributes.get(name);
        if (existing !== undefined) diags.push(duplicate(name, existing, attr));
        else content.attributes.set(name, attr);
      }
      content.blocks.push(...part.blocks);
    }
    for (const a of schema.attributes) {
      if (a.required === true && !content.attributes.has(a.name)) {
        // Go has no range to offer here (there is no single body to point at).
        diags.push(
          errorDiag("Missing required argument", `The argument ${goQuote(a.name)} is required, but was not set.`),
        );
      }
    }
    return { content, remain: mergeBodies(leftovers.length > 0 ? leftovers : []), diagnostics: diags };
  }
}
