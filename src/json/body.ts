/**
 * A JSON object (or array of objects) as an HCL body (hcl `json/structure.go`
 * `body`, JSON-02..05, JSON-11). JSON cannot tell an attribute from a block,
 * so the schema decides: a property the schema names as an attribute is an
 * attribute, one it names as a block type holds blocks, label levels and
 * all. `"//"` properties of a body are comments.
 *
 * Go's quirks are kept on purpose, since decoders' diagnostics must match:
 * `content` reads the body's shape twice (so a badly shaped body is reported
 * twice), names consumed by an earlier partial read count as missing when
 * required again, and the remain body hides attribute and block names alike.
 */
import type { BodyContent, BodySchema, BlockHeaderSchema, HclAttribute, HclBlock, HclBody } from "../hcl/body.js";
import { type Diagnostic, errorDiag } from "../hcl/diagnostic.js";
import { nameSuggestion } from "../hcl/didyoumean.js";
import { type Range, rangeString } from "../hcl/pos.js";
import { goQuote } from "../hcl/quote.js";
import type { JsonNode, JsonProperty, Span } from "./ast.js";
import { JsonExpression } from "./expression.js";

const NO_HIDDEN: ReadonlySet<string> = new Set();

/** A property read as an attribute. */
class JsonAttribute implements HclAttribute {
  readonly expr: JsonExpression;
  constructor(private readonly prop: JsonProperty) {
    this.expr = new JsonExpression(prop.value);
  }
  get name(): string {
    return this.prop.name;
  }
  /** Name through value. */
  get range(): Range {
    return this.prop.nameSpan.to(this.prop.value.span).range;
  }
  get nameRange(): Range {
    return this.prop.nameSpan.range;
  }
}

/** One block found under a block-type property. */
class JsonBlock implements HclBlock {
  constructor(
    readonly type: string,
    readonly labels: readonly string[],
    readonly body: JsonBody,
    private readonly def: Span,
    private readonly typeSpan: Span,
    private readonly labelSpans: readonly Span[],
  ) {}
  /** The opening brace (or bracket) of the block's value. */
  get defRange(): Range {
    return this.def.range;
  }
  get typeRange(): Range {
    return this.typeSpan.range;
  }
  get labelRanges(): Range[] {
    return this.labelSpans.map((s) => s.range);
  }
}

export class JsonBody implements HclBody {
  constructor(
    readonly node: JsonNode,
    /** Names an earlier partial read consumed (Go's `hiddenAttrs`). */
    private readonly hidden: ReadonlySet<string> = NO_HIDDEN,
  ) {}

  /** JSON-04: an object's closing brace, an array's opening bracket. */
  missingItemRange(): Range {
    const n = this.node;
    if (n.kind === "object") return n.close.range;
    if (n.kind === "array") return n.open.range;
    return n.startSpan.range;
  }

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, remain, diagnostics } = this.partialContent(schema);
    const used = (remain as JsonBody).hidden;
    const diags = diagnostics;
    const candidates: string[] = [];
    for (const a of schema.attributes) if (!used.has(a.name)) candidates.push(a.name);
    // Blocks may repeat, so their types are suggested even when already used.
    for (const b of schema.blocks) candidates.push(b.type);
    const props = collectDeepAttrs(this.node, undefined, diags);
    for (const p of props) {
      if (p.name === "//" || used.has(p.name)) continue;
      const suggestion = nameSuggestion(p.name, candidates);
      diags.push(
        errorDiag(
          "Extraneous JSON object property",
          `No argument or block type is named ${goQuote(p.name)}.${suggestion === "" ? "" : ` Did you mean ${goQuote(suggestion)}?`}`,
          p.nameSpan.range,
          p.nameSpan.range,
        ),
      );
    }
    return { content, diagnostics: diags };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: HclBody; diagnostics: Diagnostic[] } {
    const diags: Diagnostic[] = [];
    const props = collectDeepAttrs(this.node, undefined, diags);
    const used = new Set(this.hidden);
    const attributes = new Map<string, HclAttribute>();
    const blocks: HclBlock[] = [];
    const attrNames = new Set(schema.attributes.map((a) => a.name));
    const blockSchemas = new Map<string, BlockHeaderSchema>();
    for (const b of schema.blocks) blockSchemas.set(b.type, b);

    for (const p of props) {
      const name = p.name;
      if (this.hidden.has(name)) continue;
      if (attrNames.has(name)) {
        const existing = attributes.get(name);
        if (existing !== undefined) {
          diags.push(
            errorDiag(
              "Duplicate argument",
              `The argument ${goQuote(name)} was already set at ${rangeString(existing.range)}.`,
              p.nameSpan.range,
              p.nameSpan.range,
            ),
          );
          continue;
        }
        attributes.set(name, new JsonAttribute(p));
        used.add(name);
      } else {
        const bs = blockSchemas.get(name);
        if (bs === undefined) continue; // left for content() to report
        unpackBlock(p.value, bs.type, p.nameSpan, bs.labelNames, [], [], blocks, diags);
        used.add(name);
      }
    }

    for (const a of schema.attributes) {
      if (a.required === true && !attributes.has(a.name)) {
        diags.push(
          errorDiag(
            "Missing required argument",
            `The argument ${goQuote(a.name)} is required, but no definition was found.`,
            this.missingItemRange(),
          ),
        );
      }
    }

    return {
      content: { attributes, blocks, missingItemRange: this.missingItemRange() },
      remain: new JsonBody(this.node, used),
      diagnostics: diags,
    };
  }

  justAttributes(): { attributes: Map<string, HclAttribute>; diagnostics: Diagnostic[] } {
    const diags: Diagnostic[] = [];
    const attributes = new Map<string, HclAttribute>();
    const n = this.node;
    if (n.kind !== "object") {
      diags.push(
        errorDiag(
          "Incorrect JSON value type",
          "A JSON object is required here, setting the arguments for this block.",
          n.startSpan.range,
        ),
      );
      return { attributes, diagnostics: diags };
    }
    for (const p of n.properties) {
      const name = p.name;
      if (name === "//" || this.hidden.has(name)) continue;
      const existing = attributes.get(name);
      if (existing !== undefined) {
        diags.push(
          errorDiag(
            "Duplicate attribute definition",
            `The argument ${goQuote(name)} was already set at ${rangeString(existing.range)}.`,
            p.nameSpan.range,
          ),
        );
        continue;
      }
      attributes.set(name, new JsonAttribute(p));
    }
    return { attributes, diagnostics: diags };
  }
}

/**
 * The blocks a block-type property holds (JSON-05): one object level per
 * label, each property name a label, then an object (one block), an array
 * (one block per element) or null (none).
 */
function unpackBlock(
  v: JsonNode,
  type: string,
  typeSpan: Span,
  labelsLeft: readonly string[],
  labels: string[],
  labelSpans: Span[],
  out: HclBlock[],
  diags: Diagnostic[],
): void {
  if (labelsLeft.length > 0) {
    const labelName = labelsLeft[0]!;
    const props = collectDeepAttrs(v, labelName, diags);
    if (props.length === 0) {
      diags.push(
        errorDiag(
          "Missing block label",
          `At least one object property is required, whose name represents the ${type} block's ${labelName}.`,
          v.startSpan.range,
        ),
      );
      return;
    }
    const rest = labelsLeft.slice(1);
    for (const p of props) {
      unpackBlock(p.value, type, typeSpan, rest, [...labels, p.name], [...labelSpans, p.nameSpan], out, diags);
    }
    return;
  }
  switch (v.kind) {
    case "null":
      return;
    case "object":
      out.push(new JsonBlock(type, labels, new JsonBody(v), v.open, typeSpan, labelSpans));
      return;
    case "array":
      // Elements that are not objects are reported when their content is read.
      for (const el of v.values) out.push(new JsonBlock(type, labels, new JsonBody(el), v.open, typeSpan, labelSpans));
      return;
    default:
      diags.push(
        errorDiag(
          "Incorrect JSON value type",
          `Either a JSON object or a JSON array is required, representing the contents of one or more ${goQuote(type)} blocks.`,
          v.startSpan.range,
        ),
      );
  }
}

/**
 * The properties of a body or label level: an object's, or those of every
 * object in an array, in order; none for null. Other shapes are reported
 * (with wording for labels when `labelName` is given).
 */
function collectDeepAttrs(v: JsonNode, labelName: string | undefined, diags: Diagnostic[]): readonly JsonProperty[] {
  switch (v.kind) {
    case "null":
      return [];
    case "object":
      return v.properties;
    case "array": {
      const out: JsonProperty[] = [];
      for (const el of v.values) {
        if (el.kind === "object") {
          out.push(...el.properties);
          continue;
        }
        diags.push(
          errorDiag(
            "Incorrect JSON value type",
            labelName !== undefined
              ? `A JSON object is required here, to specify ${labelName} labels for this block.`
              : "A JSON object is required here, to define arguments and child blocks.",
            el.startSpan.range,
          ),
        );
      }
      return out;
    }
    default:
      diags.push(
        errorDiag(
          "Incorrect JSON value type",
          labelName !== undefined
            ? `Either a JSON object or JSON array of objects is required here, to specify ${labelName} labels for this block.`
            : "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.",
          v.startSpan.range,
        ),
      );
      return [];
  }
}
