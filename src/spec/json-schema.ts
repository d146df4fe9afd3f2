/**
 * The JSON Schema (draft 2020-12) of a config's JSON form — the plain object
 * `prepare` takes — derived from its declaration, for editors and for
 * validating configs without Plinth. It accepts exactly what `prepare`
 * accepts from one plain layer (test/spec/schema-agreement.test.ts checks
 * that on random configs), with two limits:
 *
 * - Opaque `validate(...)` validators are code; no schema can say what they
 *   check. A config that has them gets a schema that may accept more.
 * - A duration's range (Go rejects totals beyond int64 nanoseconds) is not
 *   a pattern's business: the `go-duration` format checks it, which
 *   `compileSchema` registers; other validators treat it as an annotation.
 *
 * The schema is about one layer as JSON gives it: an object (a `null` raw
 * is `prepare`'s "no layer", not a config), built of JSON values (ajv does
 * not see an `Object.create(null)` object as equal to `{}`, `prepare` does).
 *
 * How `prepare`'s rules map to keywords:
 * - An optional field (top level or in a block) also accepts `null`, which
 *   `prepare` reads as "not set"; a required one (and a block list with a
 *   minimum) is in `required` and rejects `null`.
 * - Group rules are `allOf` entries over "f is set" subschemas: `f` present
 *   and not one of the values `prepare` counts as unset for its kind — `null`,
 *   and `""`, `false`, `[]`, `{}` where the field's type has them (Go's zero
 *   values). A single block given as `{}` counts as set, as in `prepare`
 *   (Go's non-nil pointer).
 * - A field check's `jsonSchema` keywords are merged into the field's schema
 *   (`items` into `items`); keywords that clash go into an `allOf`.
 * - Nested block configs live in `$defs`, so a config used by several block
 *   fields is written once and a field reads as "this block, or null".
 */
import type { ConfigExample, ConfigSpec, Fields, GroupRule } from "./config.js";
import type { AnyField, AttrField, Presence } from "./fields.js";
import { plainFromDecoded } from "./plain-form.js";
import { DURATION_FORMAT, DURATION_PATTERN } from "./json-schema/duration.js";
import { type FieldType, type PlainValue, quotedList } from "./types.js";

export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

export type JSONTypeName = "string" | "number" | "integer" | "boolean" | "array" | "object" | "null";

/** A schema: an object of keywords, or `true`/`false` (anything/nothing). */
export type JSONSchema = JSONSchemaObject | boolean;

/**
 * The keywords this module writes, typed; a field check may bring others
 * (any draft 2020-12 keyword), which the index signature leaves open.
 */
export interface JSONSchemaObject {
  $schema?: string;
  $comment?: string;
  title?: string;
  description?: string;
  deprecated?: boolean;
  type?: JSONTypeName | JSONTypeName[];
  enum?: PlainValue[];
  const?: PlainValue;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  items?: JSONSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JSONSchema>;
  required?: string[];
  additionalProperties?: JSONSchema;
  allOf?: JSONSchema[];
  anyOf?: JSONSchema[];
  oneOf?: JSONSchema[];
  not?: JSONSchema;
  if?: JSONSchema;
  then?: JSONSchema;
  $ref?: string;
  default?: PlainValue;
  examples?: PlainValue[];
  $defs?: Record<string, JSONSchema>;
  [keyword: string]: unknown;
}

/**
 * Which JSON the schema describes.
 *
 * - `"plain"`: the plain object `prepare` takes, checked strictly (exactly
 *   what `prepare` accepts).
 * - `"hcl-json"`: a provisioner body in HCL's JSON syntax (`.pkr.json`),
 *   where any string may be a template (`"${var.codes}"` can stand for a
 *   list), numbers and bools may be written as strings, blocks may be arrays
 *   of objects, and `"//"` keys are comments. What a template yields is only
 *   known after evaluation, so this form is a superset of `"plain"` for
 *   editors: it flags what can never work, and `prepare` checks the rest.
 *   Field checks and value-level rules are left to `prepare` here.
 */
export type SchemaForm = "plain" | "hcl-json";

export interface JSONSchemaOptions {
  /**
   * Default: `"plain"`
   */
  form?: SchemaForm;
}

/** The config's JSON Schema; derived once per spec and form and cached on it (treat it as read-only). */
export function toJSONSchema<F extends Fields>(spec: ConfigSpec<F>, options: JSONSchemaOptions = {}): JSONSchemaObject {
  const form = options.form ?? "plain";
  const CACHE_KEY = `jsonSchema:${form}`;
  const cached = spec.cache.get(CACHE_KEY) as JSONSchemaObject | undefined;
  if (cached !== undefined) return cached;
  const b = new SchemaBuilder(form);
  const body = b.config(spec);
  const schema: JSONSchemaObject = { $schema: JSON_SCHEMA_DIALECT };
  if (spec.name !== undefined) schema.title = spec.name;
  if (spec.doc !== undefined) schema.description = spec.doc;
  if (b.usesRules) schema.$comment = SET_COMMENT;
  Object.assign(schema, body);
  if (spec.examples.length > 0) schema.examples = spec.examples.map((e) => structuredClone(e.value) as PlainValue);
  if (b.defs.size > 0) {
    schema.$defs = {};
    for (const d of b.defs.values()) schema.$defs[d.name] = d.schema;
  }
  spec.cache.set(CACHE_KEY, schema);
  return schema;
}

const SET_COMMENT =
  'In the allOf rules a field counts as set when it is present and not null, "", false, [] or {} ' +
  "(Go's zero values; a block given as {} does count).";

/** What the derivation reads of a spec, without its inferred type (validators are contravariant in it). */
interface SpecView {
  readonly fields: Fields;
  readonly rules: readonly GroupRule[];
  readonly name: string | undefined;
  readonly doc: string | undefined;
  readonly examples: readonly ConfigExample[];
}

interface Def {
  readonly name: string;
  readonly schema: JSONSchemaObject;
}

class SchemaBuilder {
  /** Nested block configs by spec, in the order first met. */
  readonly defs = new Map<SpecView, Def>();
  usesRules = false;
  constructor(private readonly form: SchemaForm) {}
  private get hclJSON(): boolean {
    return this.form === "hcl-json";
  }

  /** A config's object schema (without the root's `$schema`, title and description). */
  config(spec: SpecView): JSONSchemaObject {
    const properties: Record<string, JSONSchema> = {};
    const required: string[] = [];
    for (const [name, f] of Object.entries(spec.fields)) {
      properties[name] = this.field(name, f);
      if (isRequired(f)) required.push(name);
    }
    // HCL's JSON syntax ignores "//" properties of a body: they are comments.
    if (this.hclJSON) properties["//"] = { description: "A comment, ignored." };
    const out: JSONSchemaObject = { type: "object", properties };
    if (required.length > 0) out.required = required;
    out.additionalProperties = false;
    if (spec.rules.length > 0) {
      this.usesRules = true;
      out.allOf = spec.rules.map((r) => ruleSchema(r, spec.fields, this.form));
    }
    return out;
  }

  private field(name: string, f: AnyField): JSONSchemaObject {
    const head: JSONSchemaObject = {};
    const description = describeField(f);
    if (description !== undefined) head.description = description;
    if (f.options.deprecated !== undefined) head.deprecated = true;
    switch (f.kind) {
      case "attr":
        return { ...head, ...this.attr(f) };
      case "block": {
        const ref = this.oneBlock(this.def(name, f.config));
        return { ...head, ...(f.options.presence === "required" ? ref : orNull(ref)) };
      }
      case "blockList": {
        const { minItems, maxItems } = f.options;
        const item: JSONSchemaObject = { $ref: this.def(name, f.config) };
        let list: JSONSchemaObject = { type: "array", items: item };
        if (minItems > 0) list.minItems = minItems;
        if (maxItems > 0) list.maxItems = maxItems;
        // In HCL's JSON syntax one block may also be written as a bare object.
        if (this.hclJSON && minItems <= 1) list = { anyOf: [list, item] };
        return { ...head, ...(minItems > 0 ? list : orNull(list)) };
      }
      case "blockMap":
        return {
          ...head,
          ...orNull({ type: "object", additionalProperties: this.oneBlock(this.def(name, f.config)) }),
        };
    }
  }

  /** One block: its config's object (HCL's JSON syntax also takes it as a one-element array). */
  private oneBlock(ref: string): JSONSchemaObject {
    if (!this.hclJSON) return { $ref: ref };
    return { anyOf: [{ $ref: ref }, { type: "array", items: { $ref: ref }, maxItems: 1 }] };
  }

  private attr(f: AttrField<unknown, Presence>): JSONSchemaObject {
    const ft = f.type;
    if (this.hclJSON) {
      const out = f.options.presence === "required" ? hclJSONValueSchema(ft) : orNull(hclJSONValueSchema(ft));
      if (f.options.default !== undefined) out.default = plainFromDecoded(ft, f.options.default);
      return out;
    }
    let value = valueSchema(ft);
    for (const c of f.options.checks) {
      if (c.jsonSchema !== undefined) value = mergeSchemas(value, structuredClone(c.jsonSchema) as JSONSchemaObject);
    }
    const out = f.options.presence === "required" ? value : orNull(value);
    if (f.options.default !== undefined) out.default = plainFromDecoded(ft, f.options.default);
    if (f.options.examples.length > 0) out.examples = f.options.examples.map((e) => plainFromDecoded(ft, e));
    return out;
  }

  /** The `$ref` of a block config's schema, adding it to `$defs` when first met. */
  private def(fieldName: string, spec: SpecView): string {
    let d = this.defs.get(spec);
    if (d === undefined) {
      const base = (spec.name ?? fieldName).replace(/[^A-Za-z0-9_.-]/g, "_");
      const taken = new Set([...this.defs.values()].map((x) => x.name));
      let name = base;
      for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
      // Reserve the name before descending, so nested configs do not take it.
      const schema: JSONSchemaObject = {};
      d = { name, schema };
      this.defs.set(spec, d);
      if (spec.name !== undefined) schema.title = spec.name;
      if (spec.doc !== undefined) schema.description = spec.doc;
      Object.assign(schema, this.config(spec));
    }
    return `#/$defs/${d.name}`;
  }
}

function isRequired(f: AnyField): boolean {
  switch (f.kind) {
    case "attr":
    case "block":
      return f.options.presence === "required";
    case "blockList":
      return f.options.minItems > 0;
    case "blockMap":
      return false;
  }
}

/** The field's doc, plus what the schema's keywords cannot carry: a derived default, a replacement, a label. */
function describeField(f: AnyField): string | undefined {
  const parts: string[] = [];
  if (f.options.doc !== undefined) parts.push(f.options.doc);
  if (f.kind === "attr" && f.options.derivedDefault !== undefined) {
    parts.push(`Default: ${f.options.derivedDefault.text}.`);
  }
  if (f.kind === "blockMap") parts.push(`Keyed by ${f.options.labelName}.`);
  const dep = f.options.deprecated;
  if (dep !== undefined) {
    let s = "Deprecated";
    s += dep.replacement !== undefined ? `: use \`${dep.replacement}\` instead.` : ".";
    if (dep.note !== undefined) s += ` ${dep.note}`;
    parts.push(s);
  }
  return parts.length > 0 ? parts.join("\n\n") : undefined;
}

/** The schema of a value of the type (never null: lists, maps and objects hold no nulls). */
function valueSchema(ft: FieldType<unknown>): JSONSchemaObject {
  switch (ft.kind) {
    case "string":
      return { type: "string" };
    case "number":
      return { type: "number" };
    case "int":
      return { type: "integer" };
    case "bool":
      return { type: "boolean" };
    case "duration":
      return { type: "string", pattern: DURATION_PATTERN, format: DURATION_FORMAT };
    case "enum":
      return { type: "string", enum: [...ft.values] };
    case "any":
      return {};
    case "list":
    case "set":
      return { type: "array", items: valueSchema(ft.element) };
    case "map":
      return { type: "object", additionalProperties: valueSchema(ft.element) };
    case "object": {
      const properties: Record<string, JSONSchema> = {};
      for (const [k, at] of Object.entries(ft.attributes)) properties[k] = valueSchema(at);
      const keys = Object.keys(properties);
      return {
        type: "object",
        properties,
        ...(keys.length > 0 ? { required: keys } : {}),
        additionalProperties: false,
      };
    }
  }
}

/** A string holding an interpolation: after evaluation it may be a value of any type. */
const TEMPLATE: JSONSchemaObject = { type: "string", pattern: "\\$\\{" };
/** What cty's string-to-number conversion reads, or a template. */
const NUMBER_TEXT = "^[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?$|\\$\\{";
const INT_TEXT = "^[-+]?[0-9]+$|\\$\\{";

/** A value in HCL's JSON syntax: a template string may stand for any type, and HCL converts strings. */
function hclJSONValueSchema(ft: FieldType<unknown>): JSONSchemaObject {
  switch (ft.kind) {
    case "string":
      // Numbers and bools convert to strings.
      return { anyOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }] };
    case "number":
      return { anyOf: [{ type: "number" }, { type: "string", pattern: NUMBER_TEXT }] };
    case "int":
      return { anyOf: [{ type: "integer" }, { type: "string", pattern: INT_TEXT }] };
    case "bool":
      return { anyOf: [{ type: "boolean" }, { type: "string", pattern: "^(?:true|false)$|\\$\\{" }] };
    case "duration":
      return { anyOf: [{ type: "string", pattern: DURATION_PATTERN, format: DURATION_FORMAT }, TEMPLATE] };
    case "enum":
      return { anyOf: [{ type: "string", enum: [...ft.values] }, TEMPLATE] };
    case "any":
      return {};
    case "list":
    case "set":
      return { anyOf: [{ type: "array", items: hclJSONValueSchema(ft.element) }, TEMPLATE] };
    case "map":
      return { anyOf: [{ type: "object", additionalProperties: hclJSONValueSchema(ft.element) }, TEMPLATE] };
    case "object": {
      const properties: Record<string, JSONSchema> = {};
      for (const [k, at] of Object.entries(ft.attributes)) properties[k] = hclJSONValueSchema(at);
      const keys = Object.keys(properties);
      const obj: JSONSchemaObject = { type: "object", properties, additionalProperties: false };
      if (keys.length > 0) obj.required = keys;
      return { anyOf: [obj, TEMPLATE] };
    }
  }
}

/** Keywords that only constrain one type of value, so adding "null" to `type` leaves them right. */
const TYPE_SPECIFIC = new Set([
  "type",
  "enum",
  "pattern",
  "format",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "items",
  "prefixItems",
  "contains",
  "minContains",
  "maxContains",
  "minItems",
  "maxItems",
  "uniqueItems",
  "properties",
  "patternProperties",
  "additionalProperties",
  "propertyNames",
  "required",
  "minProperties",
  "maxProperties",
  "dependentRequired",
  "dependentSchemas",
]);

/** The schema, or null: `type: ["string", "null"]` where that says it, else `anyOf`. */
function orNull(s: JSONSchemaObject): JSONSchemaObject {
  const keys = Object.keys(s);
  if (keys.length === 0) return s; // accepts anything, null included
  if (typeof s.type === "string" && keys.every((k) => TYPE_SPECIFIC.has(k))) {
    const out: JSONSchemaObject = { ...s, type: [s.type, "null"] };
    if (s.enum !== undefined) out.enum = [...s.enum, null];
    return out;
  }
  return { anyOf: [s, { type: "null" }] };
}

function isSchemaObject(v: unknown): v is JSONSchemaObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Both schemas at once, keyword by keyword where they do not clash; the rest goes into `allOf`. */
export function mergeSchemas(a: JSONSchemaObject, b: JSONSchemaObject): JSONSchemaObject {
  const out: JSONSchemaObject = { ...a };
  const clash: JSONSchemaObject = {};
  for (const [k, v] of Object.entries(b)) {
    const mine = out[k];
    if (mine === undefined) out[k] = v;
    else if (JSON.stringify(mine) === JSON.stringify(v)) continue;
    else if (k === "allOf" && Array.isArray(mine) && Array.isArray(v))
      out.allOf = [...(mine as JSONSchema[]), ...(v as JSONSchema[])];
    else if ((k === "items" || k === "additionalProperties") && isSchemaObject(mine) && isSchemaObject(v)) {
      out[k] = mergeSchemas(mine, v);
    } else clash[k] = v;
  }
  if (Object.keys(clash).length > 0) out.allOf = [...(out.allOf ?? []), clash];
  return out;
}

// ---------------------------------------------------------------- group rules

const nonEmptyString: JSONSchemaObject = { type: "string", minLength: 1 };
const nonEmptyArray: JSONSchemaObject = { type: "array", minItems: 1 };
const nonEmptyObject: JSONSchemaObject = { type: "object", minProperties: 1 };

/**
 * A value that counts as set for group rules, by field kind (`prepare`'s
 * `isSetForRules`): not null, and not `""`, `false`, `[]` or `{}` where the
 * kind has them. Said with types and sizes rather than `enum: [[], {}]`,
 * because ajv's deep equality calls a data object's own `toString` key
 * (`{"toString": 0}` in an `any` field threw).
 */
function setValueSchema(f: AnyField, form: SchemaForm): JSONSchemaObject {
  switch (f.kind) {
    case "block":
      return form === "hcl-json" ? { anyOf: [{ type: "object" }, nonEmptyArray] } : { type: "object" };
    case "blockList":
      return form === "hcl-json" ? { anyOf: [nonEmptyArray, { type: "object" }] } : nonEmptyArray;
    case "blockMap":
      return nonEmptyObject;
    case "attr":
      break;
  }
  const ft = f.type as FieldType<unknown>;
  if (form === "hcl-json") {
    // Strings may be templates or converted text; only what can never be set is ruled out.
    if (ft.kind === "bool") return { anyOf: [{ const: true }, { type: "string", pattern: "^true$|\\$\\{" }] };
    return { anyOf: [{ type: "number" }, nonEmptyString, { const: true }, nonEmptyArray, nonEmptyObject] };
  }
  switch (ft.kind) {
    case "string":
    case "duration":
    case "enum":
      return nonEmptyString;
    case "bool":
      return { const: true };
    case "number":
    case "int":
      return { type: "number" };
    case "list":
    case "set":
      return nonEmptyArray;
    case "map":
    case "object":
      return nonEmptyObject;
    case "any":
      return { anyOf: [{ type: "number" }, nonEmptyString, { const: true }, nonEmptyArray, nonEmptyObject] };
  }
}

/** "`name` is set": present, with a value that counts as set. */
function isSetSchema(name: string, f: AnyField, form: SchemaForm): JSONSchemaObject {
  return { required: [name], properties: { [name]: structuredClone(setValueSchema(f, form)) } };
}

function ruleSchema(rule: GroupRule, fields: Fields, form: SchemaForm): JSONSchemaObject {
  const set = (name: string): JSONSchemaObject => isSetSchema(name, fields[name]!, form);
  const names = rule.fields;
  switch (rule.kind) {
    case "exactlyOneOf":
      return { description: `Exactly one of ${quotedList(names)} must be set.`, oneOf: names.map(set) };
    case "atLeastOneOf":
      return { description: `At least one of ${quotedList(names)} must be set.`, anyOf: names.map(set) };
    case "atMostOneOf":
      // Exactly one branch holds: none set, or exactly one of them.
      return {
        description: `At most one of ${quotedList(names)} may be set.`,
        oneOf: [{ not: { anyOf: names.map(set) } }, ...names.map(set)],
      };
    case "conflictsWith": {
      const [field, ...others] = names as [string, ...string[]];
      const any: JSONSchemaObject = others.length === 1 ? set(others[0]!) : { anyOf: others.map(set) };
      return {
        description: `"${field}" cannot be set together with ${quotedList(others)}.`,
        if: set(field),
        then: { not: any },
      };
    }
  }
}
