/**
 * The hcldec spec-file format (SPEC-01..15; Go's cmd/hcldec/spec.go): a
 * native HCL file with one root spec block, plus `variables {}` and
 * `function "name" {}` declarations, read into the `Spec` data model.
 *
 * Go's reading is reproduced, diagnostics included, with these
 * differences (README "plinth hcldec"):
 *  - `block_attrs` is accepted (HCL 2.14.1 documents it, has code for it,
 *    but leaves it out of the schema, so Go rejects it);
 *  - a `default` block with a single nested spec is a warning ("Useless
 *    default block", as Go's code intends) instead of a crash;
 *  - extensions Go does not have: `block_label` (a label of the enclosing
 *    block, so repeated labelled blocks can be read as an ordered list),
 *    `block_tuple`, `block_object` and `validate`;
 *  - spec expressions may call every Packer function, not only the fifteen
 *    Go offers (those fifteen keep Go's meaning).
 */
import { parseConfig } from "../../grammar/index.js";
import { ConversionError, convert } from "../cty/convert.js";
import { BoolType, DynamicPseudoType, StringType } from "../cty/types.js";
import { nullVal, type Value } from "../cty/value.js";
import type { Function } from "../functions/function.js";
import type { File } from "../hcl/ast.js";
import type { BlockHeaderSchema, BodySchema, HclBlock, HclBody, HclExpression } from "../hcl/body.js";
import { type Diagnostic, errorDiag, hasErrors, warningDiag } from "../hcl/diagnostic.js";
import { EvalContext } from "../hcl/eval-context.js";
import { nativeBody } from "../hcl/native-body.js";
import { impliedType } from "./decode.js";
import type { LiteralSpec, Spec } from "./spec.js";
import { decodeArgs } from "./specfile/args.js";
import { specFunctions } from "./specfile/spec-functions.js";
import { evalTypeExpr } from "./specfile/type-expr.js";
import { decodeUserFunctions } from "./specfile/userfunc.js";

export interface SpecFile {
  /** The root spec; a null literal where the spec could not be read (SPEC-15). */
  spec: Spec;
  /** Values of `variables {}` blocks, for the input's evaluation context. */
  variables: Map<string, Value>;
  /** `function "name" {}` blocks, callable from the input (not from the spec). */
  functions: Map<string, Function>;
  diagnostics: Diagnostic[];
}

export interface SpecFileOptions {
  /**
   * The functions spec expressions may call besides Go's fifteen, which
   * always take precedence. Default: Packer's functions without file
   * system access.
   */
  functions?: ReadonlyMap<string, Function>;
}

/** Parses and reads a spec file. */
export function parseSpecFile(
  text: string,
  filename: string,
  options: SpecFileOptions = {},
): SpecFile & { file: File } {
  const { file, diagnostics } = parseConfig(text, filename);
  if (hasErrors(diagnostics)) {
    return { spec: errSpec(), variables: new Map(), functions: new Map(), diagnostics, file };
  }
  const r = decodeSpecBody(nativeBody(file.body), options);
  return { ...r, diagnostics: [...diagnostics, ...r.diagnostics], file };
}

/** Reads the body of an already parsed spec file (Go's loadSpecFile after parsing). */
export function decodeSpecBody(body: HclBody, options: SpecFileOptions = {}): SpecFile {
  const reader = new SpecReader(new EvalContext({ functions: specFunctions(options.functions) }));
  const decls = reader.decls(body);
  const root = reader.root(decls.remain);
  return {
    spec: root.spec,
    variables: decls.variables,
    functions: decls.functions,
    diagnostics: [...decls.diagnostics, ...root.diagnostics],
  };
}

/** The spec block types Go knows, in its schema order (which "Did you mean" follows). */
const GO_SPEC_BLOCK_TYPES = [
  "object",
  "array",
  "literal",
  "attr",
  "block",
  "block_list",
  "block_map",
  "block_set",
  "default",
  "transform",
];

/** Ours: Go's, then the ones Go lacks, last so that Go's suggestions come first. */
const SPEC_BLOCK_TYPES = [
  ...GO_SPEC_BLOCK_TYPES,
  "block_attrs",
  "block_label",
  "block_tuple",
  "block_object",
  "validate",
];

function specSchema(labelled: boolean): BodySchema {
  const blocks: BlockHeaderSchema[] = SPEC_BLOCK_TYPES.map((type) => ({ type, labelNames: labelled ? ["key"] : [] }));
  return { attributes: [], blocks };
}

const specSchemaUnlabelled = specSchema(false);
const specSchemaLabelled = specSchema(true);

function errSpec(): LiteralSpec {
  return { kind: "literal", value: nullVal(DynamicPseudoType) };
}

interface Decoded {
  spec: Spec;
  diagnostics: Diagnostic[];
}

/** Where a spec block sits: `block_label` is meaningful only in the nested spec of a block kind. */
interface Place {
  inBlock: boolean;
}

const BLOCK_TYPE_DETAIL =
  "The block_type attribute is required, to specify the block type name that is expected in an input HCL file.";
const NESTED_DETAIL = "A block spec must have exactly one child spec specifying how to decode block contents.";
const ROOT_DETAIL = "A spec file must have exactly one root block specifying how to map to a JSON value.";

class SpecReader {
  constructor(private readonly specCtx: EvalContext) {}

  decls(body: HclBody): {
    variables: Map<string, Value>;
    functions: Map<string, Function>;
    remain: HclBody;
    diagnostics: Diagnostic[];
  } {
    const fr = decodeUserFunctions(body, "function", () => this.specCtx);
    const diags = fr.diagnostics.slice();
    const vr = fr.remain.partialContent({ attributes: [], blocks: [{ type: "variables", labelNames: [] }] });
    diags.push(...vr.diagnostics);
    const variables = new Map<string, Value>();
    for (const block of vr.content.blocks) {
      const attrs = block.body.justAttributes();
      diags.push(...attrs.diagnostics);
      for (const [name, attr] of attrs.attributes) {
        const r = attr.expr.value(this.specCtx);
        diags.push(...r.diagnostics);
        variables.set(name, r.value);
      }
    }
    return { variables, functions: fr.functions, remain: vr.remain, diagnostics: diags };
  }

  root(body: HclBody): Decoded {
    const { content, diagnostics } = body.content(specSchemaUnlabelled);
    const diags = diagnostics.slice();
    if (content.blocks.length === 0) {
      // Errors so far probably explain the missing block.
      if (!hasErrors(diags)) diags.push(errorDiag("Missing spec block", ROOT_DETAIL, body.missingItemRange()));
      return { spec: errSpec(), diagnostics: diags };
    }
    if (content.blocks.length > 1) {
      diags.push(errorDiag("Extraneous spec block", ROOT_DETAIL, content.blocks[1]!.defRange));
      return { spec: errSpec(), diagnostics: diags };
    }
    return this.withDiags(diags, this.block(content.blocks[0]!, { inBlock: false }));
  }

  private withDiags(before: Diagnostic[], r: Decoded): Decoded {
    return { spec: r.spec, diagnostics: before.length === 0 ? r.diagnostics : [...before, ...r.diagnostics] };
  }

  private block(block: HclBlock, place: Place): Decoded {
    const implied = block.labels[0] ?? "";
    const body = block.body;
    switch (block.type) {
      case "object":
        return this.object(body, place);
      case "array":
        return this.array(body, place);
      case "attr":
        return this.attr(body, implied);
      case "block":
        return this.singleBlock(body, implied);
      case "block_list":
      case "block_set":
      case "block_tuple":
        return this.repeatedBlocks(block.type, body, implied);
      case "block_map":
      case "block_object":
        return this.labelledBlocks(block.type, body, implied);
      case "block_attrs":
        return this.blockAttrs(body, implied);
      case "block_label":
        return this.blockLabel(block, implied, place);
      case "default":
        return this.defaultSpec(body, place);
      case "transform":
        return this.transform(body, place);
      case "validate":
        return this.validate(body, place);
      case "literal":
        return this.literal(body);
      default:
        // Unreachable: the schema admits only the types above.
        return {
          spec: errSpec(),
          diagnostics: [
            errorDiag("Invalid spec block", `Blocks of type "${block.type}" are not expected here.`, block.typeRange),
          ],
        };
    }
  }

  private object(body: HclBody, place: Place): Decoded {
    const { content, diagnostics } = body.content(specSchemaLabelled);
    const diags = diagnostics.slice();
    // A null prototype, so that a property named like an Object method is just a property.
    const attributes = Object.create(null) as Record<string, Spec>;
    for (const block of content.blocks) {
      const r = this.block(block, place);
      diags.push(...r.diagnostics);
      // As in Go's map, a second spec for the same key replaces the first.
      attributes[block.labels[0]!] = r.spec;
    }
    return { spec: { kind: "object", attributes }, diagnostics: diags };
  }

  private array(body: HclBody, place: Place): Decoded {
    const { content, diagnostics } = body.content(specSchemaUnlabelled);
    const diags = diagnostics.slice();
    const elements: Spec[] = [];
    for (const block of content.blocks) {
      const r = this.block(block, place);
      diags.push(...r.diagnostics);
      elements.push(r.spec);
    }
    return { spec: { kind: "tuple", elements }, diagnostics: diags };
  }

  private attr(body: HclBody, implied: string): Decoded {
    const { args, diagnostics } = decodeArgs(
      body,
      undefined,
      { name: "string", type: "expr", required: "bool" },
      false,
    );
    if (hasErrors(diagnostics)) return { spec: errSpec(), diagnostics };
    const diags = diagnostics.slice();
    const t = evalTypeExpr(args.type!);
    diags.push(...t.diagnostics);
    const name = args.name ?? implied;
    if (name === "") {
      diags.push(
        errorDiag(
          "Missing name in attribute spec",
          "The name attribute is required, to specify the attribute name that is expected in an input HCL file.",
          body.missingItemRange(),
        ),
      );
      return { spec: errSpec(), diagnostics: diags };
    }
    return { spec: { kind: "attr", name, type: t.type, required: args.required ?? false }, diagnostics: diags };
  }

  /** The one nested spec of a block kind, read from what its own arguments left. */
  private nested(body: HclBody): Decoded {
    const { content, diagnostics } = body.content(specSchemaUnlabelled);
    const diags = diagnostics.slice();
    if (content.blocks.length === 0) {
      if (!hasErrors(diags)) diags.push(errorDiag("Missing spec block", NESTED_DETAIL, body.missingItemRange()));
      return { spec: errSpec(), diagnostics: diags };
    }
    if (content.blocks.length > 1) {
      diags.push(errorDiag("Extraneous spec block", NESTED_DETAIL, content.blocks[1]!.defRange));
      return { spec: errSpec(), diagnostics: diags };
    }
    return this.withDiags(diags, this.block(content.blocks[0]!, { inBlock: true }));
  }

  private singleBlock(body: HclBody, implied: string): Decoded {
    const r = decodeArgs(body, undefined, { block_type: "string", required: "bool" }, true);
    if (hasErrors(r.diagnostics)) return { spec: errSpec(), diagnostics: r.diagnostics };
    const nested = this.nested(r.remain);
    // Go does not check for an empty block type here, unlike the other block kinds.
    return {
      spec: {
        kind: "block",
        typeName: r.args.block_type ?? implied,
        nested: nested.spec,
        required: r.args.required ?? false,
      },
      diagnostics: [...r.diagnostics, ...nested.diagnostics],
    };
  }

  private repeatedBlocks(kind: "block_list" | "block_set" | "block_tuple", body: HclBody, implied: string): Decoded {
    const r = decodeArgs(body, undefined, { block_type: "string", min_items: "int", max_items: "int" }, true);
    if (hasErrors(r.diagnostics)) return { spec: errSpec(), diagnostics: r.diagnostics };
    const nested = this.nested(r.remain);
    const diags = [...r.diagnostics, ...nested.diagnostics];
    const typeName = r.args.block_type ?? implied;
    if (typeName === "") {
      diags.push(errorDiag(`Missing block_type in ${kind} spec`, BLOCK_TYPE_DETAIL, body.missingItemRange()));
      return { spec: errSpec(), diagnostics: diags };
    }
    return {
      spec: { kind, typeName, nested: nested.spec, minItems: r.args.min_items ?? 0, maxItems: r.args.max_items ?? 0 },
      diagnostics: diags,
    };
  }

  private labelledBlocks(kind: "block_map" | "block_object", body: HclBody, implied: string): Decoded {
    const r = decodeArgs(body, undefined, { block_type: "string", labels: "strings" }, true);
    if (hasErrors(r.diagnostics)) return { spec: errSpec(), diagnostics: r.diagnostics };
    const nested = this.nested(r.remain);
    const diags = [...r.diagnostics, ...nested.diagnostics];
    const typeName = r.args.block_type ?? implied;
    const labelNames = r.args.labels ?? [];
    if (typeName === "") {
      diags.push(errorDiag(`Missing block_type in ${kind} spec`, BLOCK_TYPE_DETAIL, body.missingItemRange()));
      return { spec: errSpec(), diagnostics: diags };
    }
    if (labelNames.length < 1) {
      diags.push(
        errorDiag(
          "Invalid block label name list",
          `A ${kind} must have at least one label specified.`,
          body.missingItemRange(),
        ),
      );
      return { spec: errSpec(), diagnostics: diags };
    }
    const spec: Spec = { kind, typeName, labelNames, nested: nested.spec };
    // A map's elements must share one type, which `any` cannot promise (Go's decoder would panic).
    if (kind === "block_map" && impliedType(nested.spec).hasDynamicTypes()) {
      diags.push(
        errorDiag(
          "Invalid block_map spec",
          "A block_map spec may not contain attributes with type 'any'.",
          body.missingItemRange(),
        ),
      );
    }
    return { spec, diagnostics: diags };
  }

  private blockAttrs(body: HclBody, implied: string): Decoded {
    const r = decodeArgs(body, undefined, { block_type: "string", element_type: "expr", required: "bool" }, false);
    if (hasErrors(r.diagnostics)) return { spec: errSpec(), diagnostics: r.diagnostics };
    const diags = r.diagnostics.slice();
    const t = evalTypeExpr(r.args.element_type!);
    diags.push(...t.diagnostics);
    const typeName = r.args.block_type ?? implied;
    if (typeName === "") {
      diags.push(errorDiag("Missing block_type in block_attrs spec", BLOCK_TYPE_DETAIL, body.missingItemRange()));
      return { spec: errSpec(), diagnostics: diags };
    }
    return {
      spec: { kind: "block_attrs", typeName, elementType: t.type, required: r.args.required ?? false },
      diagnostics: diags,
    };
  }

  private blockLabel(block: HclBlock, implied: string, place: Place): Decoded {
    const body = block.body;
    const r = decodeArgs(body, undefined, { name: "string", index: "int" }, false);
    if (hasErrors(r.diagnostics)) return { spec: errSpec(), diagnostics: r.diagnostics };
    const diags = r.diagnostics.slice();
    const name = r.args.name ?? implied;
    const index = r.args.index ?? 0;
    if (!place.inBlock) {
      diags.push(
        errorDiag(
          "Invalid block_label spec",
          "A block_label spec can only be used in the nested spec of a block, block_list, block_set, block_tuple, block_map or block_object spec.",
          block.defRange,
        ),
      );
      return { spec: errSpec(), diagnostics: diags };
    }
    if (name === "") {
      diags.push(
        errorDiag(
          "Missing name in block_label spec",
          "The name attribute is required, to name the label in messages about the input.",
          body.missingItemRange(),
        ),
      );
      return { spec: errSpec(), diagnostics: diags };
    }
    if (index < 0) {
      diags.push(
        errorDiag("Invalid block_label index", "The index of a label must be zero or more.", body.missingItemRange()),
      );
      return { spec: errSpec(), diagnostics: diags };
    }
    return { spec: { kind: "block_label", index, name }, diagnostics: diags };
  }

  private literal(body: HclBody): Decoded {
    const r = decodeArgs(body, this.specCtx, { value: "value" }, false);
    if (hasErrors(r.diagnostics)) return { spec: errSpec(), diagnostics: r.diagnostics };
    return { spec: { kind: "literal", value: r.args.value! }, diagnostics: r.diagnostics };
  }

  private defaultSpec(body: HclBody, place: Place): Decoded {
    const { content, diagnostics } = body.content(specSchemaUnlabelled);
    const diags = diagnostics.slice();
    if (content.blocks.length === 0) {
      if (!hasErrors(diags)) {
        diags.push(
          errorDiag(
            "Missing spec block",
            "A default block must have at least one nested spec, each specifying a possible outcome.",
            body.missingItemRange(),
          ),
        );
      }
      return { spec: errSpec(), diagnostics: diags };
    }
    if (content.blocks.length === 1 && !hasErrors(diags)) {
      // Go's code means to warn here but indexes a second block that does not exist, and crashes.
      diags.push(
        warningDiag(
          "Useless default block",
          "A default block with only one spec is equivalent to using that spec alone.",
          content.blocks[0]!.defRange,
        ),
      );
    }
    let spec: Spec | undefined;
    for (const block of content.blocks) {
      const r = this.block(block, place);
      diags.push(...r.diagnostics);
      if (hasErrors(r.diagnostics)) continue;
      spec = spec === undefined ? r.spec : { kind: "default", primary: spec, default: r.spec };
    }
    return { spec: spec ?? errSpec(), diagnostics: diags };
  }

  /** The single nested spec of a transform or validate block. */
  private wrappedSpec(
    body: HclBody,
    remain: HclBody,
    place: Place,
    summary: string,
    detail: string,
  ): Decoded | { failed: Diagnostic[] } {
    const { content, diagnostics } = remain.content(specSchemaUnlabelled);
    const diags = diagnostics.slice();
    if (content.blocks.length !== 1) {
      if (!hasErrors(diags)) diags.push(errorDiag(summary, detail, body.missingItemRange()));
      return { failed: diags };
    }
    return this.withDiags(diags, this.block(content.blocks[0]!, place));
  }

  private transform(body: HclBody, place: Place): Decoded {
    const r = decodeArgs(body, undefined, { result: "expr" }, true);
    if (hasErrors(r.diagnostics)) return { spec: errSpec(), diagnostics: r.diagnostics };
    const w = this.wrappedSpec(
      body,
      r.remain,
      place,
      "Invalid transform spec",
      "A transform spec block must have exactly one nested spec block.",
    );
    if ("failed" in w) return { spec: errSpec(), diagnostics: [...r.diagnostics, ...w.failed] };
    return {
      spec: { kind: "transform", wrapped: w.spec, expr: r.args.result!, transformCtx: this.specCtx, varName: "nested" },
      diagnostics: [...r.diagnostics, ...w.diagnostics],
    };
  }

  private validate(body: HclBody, place: Place): Decoded {
    const r = decodeArgs(body, undefined, { condition: "requiredExpr", error_message: "expr" }, true);
    if (hasErrors(r.diagnostics)) return { spec: errSpec(), diagnostics: r.diagnostics };
    const diags = r.diagnostics.slice();
    const w = this.wrappedSpec(
      body,
      r.remain,
      place,
      "Invalid validate spec",
      "A validate spec block must have exactly one nested spec block.",
    );
    if ("failed" in w) return { spec: errSpec(), diagnostics: [...diags, ...w.failed] };
    const check = validationCheck(this.specCtx, r.args.condition!, r.args.error_message!);
    return { spec: { kind: "validate", wrapped: w.spec, func: check }, diagnostics: [...diags, ...w.diagnostics] };
  }
}

/**
 * The check of a `validate` block: `condition` evaluated with `nested` bound
 * to the value; false gives "Invalid value" with the `error_message`. The
 * decoder points a diagnostic without a subject at the validated input.
 */
function validationCheck(
  specCtx: EvalContext,
  condition: HclExpression,
  message: HclExpression,
): (value: Value) => Diagnostic[] {
  return (value) => {
    const ctx = specCtx.newChild();
    ctx.variables = new Map([["nested", value]]);
    const r = condition.value(ctx);
    if (hasErrors(r.diagnostics)) return r.diagnostics;
    let ok: Value;
    try {
      ok = convert(r.value, BoolType).unmarkDeep()[0];
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      return [
        errorDiag("Invalid validation condition", `Invalid condition result value: ${e.message}.`, condition.range),
      ];
    }
    if (!ok.isKnown()) return r.diagnostics;
    if (ok.isNull()) {
      return [
        errorDiag(
          "Invalid validation condition",
          "The condition expression must return either true or false, not null.",
          condition.range,
        ),
      ];
    }
    if (ok.asBool()) return r.diagnostics;
    const m = message.value(ctx);
    if (hasErrors(m.diagnostics)) return m.diagnostics;
    let text = "The value does not satisfy the validation condition.";
    try {
      const s = convert(m.value, StringType).unmarkDeep()[0];
      if (s.isKnown() && !s.isNull()) text = s.asString();
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
    }
    return [errorDiag("Invalid value", text)];
  };
}
