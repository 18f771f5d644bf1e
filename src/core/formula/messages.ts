import type { formulaMessages } from '../i18n/messages/formula';
import type { EvalError } from './evaluate';
import type { ExpressionError } from './parse';

/**
 * Errors → catalog keys and parameters, for `t()`. The key types are checked against
 * `formulaMessages`, so a new error code without a message does not compile.
 */

export type FormulaMessageKey = keyof typeof formulaMessages;
export type FormulaMessageParams = Readonly<Record<string, string | number>>;

export interface FormulaMessage<K extends FormulaMessageKey = FormulaMessageKey> {
  readonly key: K;
  readonly params: FormulaMessageParams;
}

type ExpressionErrorKey = `formula.error.${ExpressionError['code']}` & FormulaMessageKey;
type EvalErrorKey = `formula.eval.${EvalError['code']}` & FormulaMessageKey;

/** Fails to compile when some code in `Code` has no key under `Prefix` in the catalog. */
type EveryCodeHasMessage<Prefix extends string, Code extends string> = [
  Exclude<`${Prefix}${Code}`, FormulaMessageKey>,
] extends [never]
  ? true
  : never;
const _expressionMessagesComplete: EveryCodeHasMessage<'formula.error.', ExpressionError['code']> = true;
const _evalMessagesComplete: EveryCodeHasMessage<'formula.eval.', EvalError['code']> = true;

/** Positions are stored 0-based and shown 1-based. */
export function describeExpressionError(e: ExpressionError): FormulaMessage<ExpressionErrorKey> {
  const key: ExpressionErrorKey = `formula.error.${e.code}`;
  return { key, params: { position: e.position + 1, token: e.token ?? '' } };
}

export function describeEvalError(e: EvalError): FormulaMessage<EvalErrorKey> {
  const key: EvalErrorKey = `formula.eval.${e.code}`;
  switch (e.code) {
    case 'unknown-name':
      return { key, params: { name: e.name } };
    case 'not-numeric':
      return { key, params: { kind: e.kind } };
    case 'wrong-arity':
      return { key, params: { fn: e.fn, count: e.count } };
    case 'division-by-zero':
    case 'non-finite':
      return { key, params: {} };
    default: {
      const unknown: never = e;
      return unknown;
    }
  }
}
