import { describeEvalError, describeExpressionError } from '../../../src/core/formula';
import type { EvalError, ExpressionErrorCode } from '../../../src/core/formula';
import { LANGS, t } from '../../../src/core/i18n';
import { formulaMessages } from '../../../src/core/i18n/messages/formula';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('formula messages', () => {
  it.each(Object.entries(formulaMessages))('%s has the same placeholders in ja and en', (_key, message) => {
    expect(placeholders(message.ja)).toEqual(placeholders(message.en));
  });

  const codes: ExpressionErrorCode[] = [
    'empty',
    'unexpected-char',
    'unexpected-token',
    'unexpected-end',
    'unbalanced-paren',
    'invalid-number',
    'too-deep',
  ];

  it.each(codes)('describes the expression error %s with a 1-based position', (code) => {
    const { key, params } = describeExpressionError({ code, position: 4, token: '$' });
    expect(key).toBe(`formula.error.${code}`);
    expect(params).toMatchObject({ position: 5 });
    for (const lang of LANGS) expect(t(lang, key, params)).not.toMatch(/[{}]/);
  });

  it('speaks natural Japanese', () => {
    const { key, params } = describeExpressionError({ code: 'unexpected-end', position: 3 });
    expect(t('ja', key, params)).toBe('式が途中で終わっています（4文字目）。');
  });

  const evalErrors: EvalError[] = [
    { code: 'unknown-name', name: 'close_rate' },
    { code: 'division-by-zero' },
    { code: 'not-numeric', kind: 'IF' },
    { code: 'non-finite' },
    { code: 'wrong-arity', fn: 'ROUND', count: 1 },
  ];

  it.each(evalErrors)('describes the evaluation error %p', (error) => {
    const { key, params } = describeEvalError(error);
    expect(key).toBe(`formula.eval.${error.code}`);
    for (const lang of LANGS) expect(t(lang, key, params)).not.toMatch(/[{}]/);
  });

  it('names the unknown name', () => {
    const { key, params } = describeEvalError({ code: 'unknown-name', name: 'close_rate' });
    expect(t('ja', key, params)).toBe('名前「close_rate」が定義されていません。');
    expect(t('en', key, params)).toBe('The name "close_rate" is not defined.');
  });
});
