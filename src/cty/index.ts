/** The cty type and value system's public surface. */
export * from "./types.js";
export * from "./value.js";
export {
  ConversionError,
  canConvert,
  convert,
  getConversionFn,
  mismatchMessage,
  tryConvert,
  unify,
  type PathStep,
  type Unified,
} from "./convert.js";
export {
  decodeJSONValue,
  impliedType,
  JSONSyntaxError,
  marshalValue,
  parseJSONText,
  typeFromJSON,
  typeJSONString,
  typeToJSON,
  unmarshalValue,
} from "./json.js";
export { BigFloat, BigFloatNaNError } from "./bigfloat.js";
export { numberText, PARSE_PREC, type NumberRep } from "./number.js";
export * as operations from "./operations.js";
