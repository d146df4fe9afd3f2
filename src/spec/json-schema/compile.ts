/**
 * The derived schema compiled with ajv (draft 2020-12, strict), once per
 * spec: `compileSchema(spec)(value)` says whether `prepare(spec, value)`
 * would accept the plain object `value` (opaque validators aside).
 */
import type { Ajv2020, ErrorObject } from "ajv/dist/2020.js";
import { DeferredModule } from "../../functions/deferred.js";
import type { ConfigSpec, Fields } from "../config.js";
import { type JSONSchemaOptions, toJSONSchema } from "../json-schema.js";
import { DURATION_FORMAT, isGoDuration } from "./duration.js";

export type { ErrorObject } from "ajv/dist/2020.js";

/** A compiled schema: true when the value is valid; `errors` then holds why not (every error). */
export interface SchemaValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

// Loaded on first use: importing ajv costs about 50 ms, which `plinth validate` never needs.
const ajvLib = new DeferredModule<typeof Ajv2020>(
  "ajv/dist/2020.js",
  () => import("ajv/dist/2020.js"),
  (m) => (m as { Ajv2020: typeof Ajv2020 }).Ajv2020,
);

let shared: Ajv2020 | undefined;

/**
 * An ajv instance that knows the `go-duration` format. Strict mode makes a
 * keyword the derivation gets wrong an exception here, not a silent no-op.
 */
export function schemaAjv(): Ajv2020 {
  if (shared === undefined) {
    const Ajv = ajvLib.get();
    shared = new Ajv({ strict: true, allErrors: true });
    shared.addFormat(DURATION_FORMAT, { type: "string", validate: isGoDuration });
  }
  return shared;
}

/** The spec's schema compiled with `schemaAjv()`; compiled once per form and cached on the spec. */
export function compileSchema<F extends Fields>(spec: ConfigSpec<F>, options: JSONSchemaOptions = {}): SchemaValidator {
  const key = `jsonSchema.validate:${options.form ?? "plain"}`;
  let v = spec.cache.get(key) as SchemaValidator | undefined;
  if (v === undefined) {
    v = schemaAjv().compile(toJSONSchema(spec, options));
    spec.cache.set(key, v);
  }
  return v;
}
