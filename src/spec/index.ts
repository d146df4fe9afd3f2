/**
 * Config specs (DESIGN principle 5): declare a component's config once with
 * `configSpec`, and derive its hcldec ObjectSpec, TS type (`Infer`) and
 * layered `prepare` from that one declaration.
 */
export {
  ConfigSpec,
  configSpec,
  defineGroup,
  type ConfigExample,
  type ConfigOptions,
  type ConfigPath,
  type ConfigValidator,
  type Fields,
  type GroupRule,
  type GroupRuleKind,
  type Infer,
  type InferFields,
  type ValidationContext,
} from "./config.js";
export {
  attr,
  block,
  blockList,
  blockMap,
  AttrField,
  BlockField,
  BlockListField,
  BlockMapField,
  type AnyField,
  type AttrOptions,
  type BlockListOptions,
  type BlockMapOptions,
  type BlockOptions,
  type Deprecation,
  type FieldMeta,
  type FieldValue,
  type Presence,
} from "./fields.js";
export { t, hclTypeText, type FieldType, type PlainValue, type TypeOf } from "./types.js";
export {
  hclRaw,
  packerErrorText,
  plainRaw,
  prepare,
  type HclRaw,
  type LabelledRaw,
  type PlainRaw,
  type PrepareResult,
  type Raw,
} from "./prepare.js";
export { packerCommon } from "./packer-common.js";
export { parseConfigSource, type ConfigSource } from "./source.js";
export * from "./docs/index.js";
export {
  JSON_SCHEMA_DIALECT,
  mergeSchemas,
  toJSONSchema,
  type JSONSchema,
  type JSONSchemaObject,
  type JSONSchemaOptions,
  type SchemaForm,
  type JSONTypeName,
} from "./json-schema.js";
export { compileSchema, schemaAjv, type SchemaValidator } from "./json-schema/compile.js";
export { DURATION_FORMAT, DURATION_PATTERN, isGoDuration } from "./json-schema/duration.js";
export { durationText, goDurationText } from "./duration-text.js";
export { plainFromDecoded } from "./plain-form.js";
