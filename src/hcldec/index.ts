/** hcldec: decoding bodies of either syntax into cty values by spec (DEC-*). */
export {
  childBlockTypes,
  decode,
  impliedSchema,
  impliedType,
  partialDecode,
  sourceRange,
  variables,
} from "./decode.js";
export type * from "./spec.js";
export { decodeSpecBody, parseSpecFile, type SpecFile, type SpecFileOptions } from "./spec-file.js";
