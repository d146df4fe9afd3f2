/**
 * The native syntax seen through the syntax-independent interfaces
 * (hclsyntax `Body.Content`, `PartialContent`, `JustAttributes`; SYN-10..14).
 * A body hides what earlier partial reads consumed, so a later `content`
 * call reports only what nobody asked for.
 */
import type { Attribute, Block, Body, Expression } from "./ast.js";
import type {
  BodyContent,
  BlockHeaderSchema,
  BodySchema,
  HclAttribute,
  HclBlock,
  HclBody,
  HclExpression,
  StaticCallExpr,
  StaticExpression,
} from "./body.js";
import { type Diagnostic, errorDiag } from "./diagnostic.js";
import { nameSuggestion } from "./didyoumean.js";
import type { EvalContext } from "./eval-context.js";
import { evaluate } from "./eval.js";
import { type Range, rangeBetween } from "./pos.js";
import { goQuote } from "./quote.js";
import { absTraversalForExpr, exprAsKeyword, exprCall, exprList, exprMap, startRange, variables } from "./static.js";

const NO_DIAGS: Diagnostic[] = [];
const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

/** A native-syntax expression as an `HclExpression`. */
export class NativeExpression implements HclExpression, StaticExpression {
  constructor(readonly expr: Expression) {}

  value(ctx: EvalContext | undefined): { value: import("../cty/value.js").Value; diagnostics: Diagnostic[] } {
    return evaluate(this.expr, ctx);
  }
  variables(): ReturnType<typeof variables> {
    return variables(this.expr);
  }
  get range(): Range {
    return this.expr.range;
  }
  get startRange(): Range {
    return startRange(this.expr);
  }
  get static(): StaticExpression {
    return this;
  }
  list(): HclExpression[] | undefined {
    return exprList(this.expr).value?.map(nativeExpression);
  }
  map(): { key: HclExpression; value: HclExpression }[] | undefined {
    return exprMap(this.expr).value?.map((kv) => ({
      key: nativeExpression(kv.key),
      value: nativeExpression(kv.value),
    }));
  }
  call(): StaticCallExpr | undefined {
    const c = exprCall(this.expr).value;
    if (c === undefined) return undefined;
    return {
      name: c.name,
      nameRange: c.nameRange,
      arguments: c.arguments.map(nativeExpression),
      argsRange: c.argsRange,
    };
  }
  traversal(): ReturnType<typeof absTraversalForExpr>["value"] {
    return absTraversalForExpr(this.expr).value;
  }
  keyword(): string {
    return exprAsKeyword(this.expr);
  }
}

export function nativeExpression(e: Expression): NativeExpression {
  return new NativeExpression(e);
}

// Ranges are computed when asked for: a decoder that meets no error reads
// none of them, and each costs a line lookup.
class NativeAttribute implements HclAttribute {
  readonly expr: HclExpression;
  constructor(private readonly a: Attribute) {
    this.expr = nativeExpression(a.expr);
  }
  get name(): string {
    return this.a.name;
  }
  get range(): Range {
    return this.a.range;
  }
  get nameRange(): Range {
    return this.a.nameRange;
  }
}

class NativeBlock implements HclBlock {
  readonly body: HclBody;
  constructor(private readonly b: Block) {
    this.body = new NativeBody(b.body);
  }
  get type(): string {
    return this.b.type;
  }
  get labels(): readonly string[] {
    return this.b.labels;
  }
  get defRange(): Range {
    return this.b.defRange;
  }
  get typeRange(): Range {
    return this.b.typeRange;
  }
  get labelRanges(): readonly Range[] {
    return this.b.labelRanges;
  }
}

const blockSchemaMaps = new WeakMap<BodySchema, Map<string, BlockHeaderSchema>>();

/** The schema's block types by name, made once per schema: a decoder applies one schema to many bodies. */
function blockSchemas(schema: BodySchema): Map<string, BlockHeaderSchema> {
  let m = blockSchemaMaps.get(schema);
  if (m === undefined) blockSchemaMaps.set(schema, (m = new Map(schema.blocks.map((b) => [b.type, b]))));
  return m;
}

/** A native body's content; its missing-item range is found only if a diagnostic asks for it. */
class NativeContent implements BodyContent {
  constructor(
    readonly attributes: Map<string, HclAttribute>,
    readonly blocks: HclBlock[],
    private readonly body: Body,
  ) {}
  get missingItemRange(): Range {
    return this.body.missingItemRange;
  }
}

/** A native-syntax body as an `HclBody`. */
export class NativeBody implements HclBody {
  constructor(
    readonly body: Body,
    private readonly hiddenAttrs: ReadonlySet<string> = NOTHING_HIDDEN,
    private readonly hiddenBlocks: ReadonlySet<string> = NOTHING_HIDDEN,
  ) {}

  missingItemRange(): Range {
    return this.body.missingItemRange;
  }

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, diagnostics } = this.collect(schema);
    const diags = diagnostics === NO_DIAGS ? [] : diagnostics;
    // What partialContent's remainder would hide: what was hidden already, and what the schema took.
    for (const attr of this.body.attributes) {
      if (this.hiddenAttrs.has(attr.name) || content.attributes.has(attr.name)) continue;
      const candidates = schema.attributes.map((a) => a.name).filter((n) => !content.attributes.has(n));
      let suggestion = nameSuggestion(attr.name, candidates);
      if (suggestion !== "") suggestion = ` Did you mean ${goQuote(suggestion)}?`;
      else if (schema.blocks.some((b) => b.type === attr.name)) {
        suggestion = ` Did you mean to define a block of type ${goQuote(attr.name)}?`;
      }
      diags.push(
        errorDiag(
          "Unsupported argument",
          `An argument named ${goQuote(attr.name)} is not expected here.${suggestion}`,
          attr.nameRange,
        ),
      );
    }
    const wanted = blockSchemas(schema);
    for (const block of this.body.blocks) {
      if (this.hiddenBlocks.has(block.type) || wanted.has(block.type)) continue;
      let suggestion = nameSuggestion(
        block.type,
        schema.blocks.map((b) => b.type),
      );
      if (suggestion !== "") suggestion = ` Did you mean ${goQuote(suggestion)}?`;
      else if (schema.attributes.some((a) => a.name === block.type)) {
        suggestion = ` Did you mean to define argument ${goQuote(block.type)}? If so, use the equals sign to assign it a value.`;
      }
      diags.push(
        errorDiag(
          "Unsupported block type",
          `Blocks of type ${goQuote(block.type)} are not expected here.${suggestion}`,
          block.typeRange,
        ),
      );
    }
    return { content, diagnostics: diags };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: HclBody; diagnostics: Diagnostic[] } {
    const { content, diagnostics } = this.collect(schema);
    const hiddenAttrs = new Set(this.hiddenAttrs);
    for (const name of content.attributes.keys()) hiddenAttrs.add(name);
    // Blocks are hidden only now, so that several blocks of one type are all read.
    const hiddenBlocks = new Set(this.hiddenBlocks);
    for (const s of schema.blocks) hiddenBlocks.add(s.type);
    return { content, remain: new NativeBody(this.body, hiddenAttrs, hiddenBlocks), diagnostics };
  }

  /**
   * The attributes and blocks `schema` asks for and were not hidden, with
   * the diagnostics of reading them (hclsyntax Body.PartialContent, without
   * making the remainder: `content` needs only to know what it would hide).
   * An attribute the schema names twice is taken once, as Go hides it after
   * the first.
   */
  private collect(schema: BodySchema): { content: NativeContent; diagnostics: Diagnostic[] } {
    const attributes = new Map<string, HclAttribute>();
    const blocks: HclBlock[] = [];
    let diags = NO_DIAGS;

    for (const s of schema.attributes) {
      const attr = this.body.attribute(s.name);
      if (attr === undefined || this.hiddenAttrs.has(s.name) || attributes.has(s.name)) {
        if (s.required === true) {
          if (diags === NO_DIAGS) diags = [];
          diags.push(
            errorDiag(
              "Missing required argument",
              `The argument ${goQuote(s.name)} is required, but no definition was found.`,
              this.missingItemRange(),
            ),
          );
        }
        continue;
      }
      attributes.set(s.name, new NativeAttribute(attr));
    }

    const wanted = blockSchemas(schema);
    for (const block of this.body.blocks) {
      if (this.hiddenBlocks.has(block.type)) continue;
      const s = wanted.get(block.type);
      if (s === undefined) continue;
      const names = s.labelNames;
      if (block.labels.length > names.length) {
        if (diags === NO_DIAGS) diags = [];
        diags.push(
          errorDiag(
            `Extraneous label for ${block.type}`,
            names.length === 0
              ? `No labels are expected for ${block.type} blocks.`
              : `Only ${names.length} labels (${names.join(", ")}) are expected for ${block.type} blocks.`,
            block.labelRanges[names.length]!,
            rangeBetween(block.typeRange, block.openBraceRange),
          ),
        );
        continue;
      }
      if (block.labels.length < names.length) {
        if (diags === NO_DIAGS) diags = [];
        diags.push(
          errorDiag(
            `Missing ${names[block.labels.length]!} for ${block.type}`,
            `All ${block.type} blocks must have ${names.length} labels (${names.join(", ")}).`,
            block.openBraceRange,
            rangeBetween(block.typeRange, block.openBraceRange),
          ),
        );
        continue;
      }
      blocks.push(new NativeBlock(block));
    }
    return { content: new NativeContent(attributes, blocks, this.body), diagnostics: diags };
  }

  justAttributes(): { attributes: Map<string, HclAttribute>; diagnostics: Diagnostic[] } {
    const diags: Diagnostic[] = [];
    const first = this.body.blocks[0];
    if (first !== undefined) {
      // Only the first block is reported; the attributes are still returned for analysis.
      diags.push(errorDiag(`Unexpected ${goQuote(first.type)} block`, "Blocks are not allowed here.", first.typeRange));
    }
    const attributes = new Map<string, HclAttribute>();
    for (const a of this.body.attributes) {
      if (!this.hiddenAttrs.has(a.name)) attributes.set(a.name, new NativeAttribute(a));
    }
    return { attributes, diagnostics: diags };
  }
}

/** The body of a parsed native file, ready for a decoder. */
export function nativeBody(body: Body): NativeBody {
  return new NativeBody(body);
}
