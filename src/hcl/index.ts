export * from "./ast.js";
export * from "./diagnostic.js";
export * from "./didyoumean.js";
export * from "./pos.js";
export * from "./quote.js";
export { SourceFile, graphemeCount, graphemes, utf8Length } from "./source.js";
export * from "./render.js";
export * from "./navigation.js";
export * from "./unicode.js";
export * from "./ast-dump.js";
export * from "./walk.js";
export * from "./static.js";
export { EvalContext, type EvalContextInit } from "./eval-context.js";
export { evaluate, evaluateExpression, CustomExpressionDecoder, type CustomDecoder } from "./eval.js";
export type { ValueResult } from "./ops.js";
export { packerFunctions, variableDefaultFunctions, type FunctionTableOptions } from "./functions.js";
export {
  ConvertFunc,
  Defaults,
  typeConstraint,
  typeConstraintFromVal,
  typeConstraintVal,
  TypeConstraintType,
  typeConstraintWithDefaults,
  typeFromExpr,
  typeString,
  type TypeResult,
  type TypeWithDefaultsResult,
} from "./ext/typeexpr.js";
export { CanFunc, TryFunc, ExpressionClosureType, type ExpressionClosure } from "./ext/tryfunc.js";
export { makeTemplateFileFunc } from "./ext/templatefile.js";
export type {
  AttributeSchema,
  BlockHeaderSchema,
  BodyContent,
  BodySchema,
  HclAttribute,
  HclBlock,
  HclBody,
  HclExpression,
  StaticCallExpr,
  StaticExpression,
} from "./body.js";
export { NativeBody, NativeExpression, nativeBody, nativeExpression } from "./native-body.js";
export { mergeBodies } from "./merged.js";
