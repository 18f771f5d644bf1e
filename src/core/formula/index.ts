/** The formula module: one AST, one renderer, a backcast parser and a numeric evaluator. */
export type { BinaryOp, ExcelFunction, Formula, FormulaKind, UnaryOp, VolatileFunction } from './ast';
export {
  bin,
  bool,
  call,
  isVolatileFormulaText,
  name,
  neg,
  num,
  ref,
  str,
  unary,
  VOLATILE_FUNCTIONS,
} from './ast';
export { quoteSheetName } from './sheetName';
export { FUNCTION_PREFIX, FormulaRenderError, renderFormula, renderNumber } from './render';
export type { ExpressionError, ExpressionErrorCode, ParseResult } from './parse';
export { MAX_EXPRESSION_DEPTH, parseExpression } from './parse';
export { collectNames, mapNames } from './names';
export { rewriteFormula, someNode, visitFormula } from './walk';
export type { EvalError, EvalResult } from './evaluate';
export { evaluate } from './evaluate';
export type { FormulaMessage, FormulaMessageKey, FormulaMessageParams } from './messages';
export { describeEvalError, describeExpressionError } from './messages';
