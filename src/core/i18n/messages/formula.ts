import { defineMessages } from '../define';

/**
 * Messages for backcast expression errors (`formula.error.<code>`) and evaluation
 * errors (`formula.eval.<code>`). `{position}` is 1-based, counted in characters.
 */
export const formulaMessages = defineMessages({
  'formula.error.empty': {
    en: 'The expression is empty.',
    ja: '式が空です。',
  },
  'formula.error.unexpected-char': {
    en: 'The character "{token}" cannot be used in an expression (character {position}).',
    ja: '式に使えない文字「{token}」があります（{position}文字目）。',
  },
  'formula.error.unexpected-token': {
    en: '"{token}" is not expected here (character {position}).',
    ja: 'ここに「{token}」は置けません（{position}文字目）。',
  },
  'formula.error.unexpected-end': {
    en: 'The expression ends too early (character {position}).',
    ja: '式が途中で終わっています（{position}文字目）。',
  },
  'formula.error.unbalanced-paren': {
    en: 'The parenthesis "{token}" has no partner (character {position}).',
    ja: '括弧「{token}」の対応が取れていません（{position}文字目）。',
  },
  'formula.error.invalid-number': {
    en: '"{token}" is not a valid number (character {position}).',
    ja: '「{token}」は数値として正しくありません（{position}文字目）。',
  },
  'formula.error.too-deep': {
    en: 'The expression is nested too deeply (character {position}).',
    ja: '式の入れ子が深すぎます（{position}文字目）。',
  },
  'formula.eval.unknown-name': {
    en: 'The name "{name}" is not defined.',
    ja: '名前「{name}」が定義されていません。',
  },
  'formula.eval.division-by-zero': {
    en: 'Division by zero (#DIV/0! in Excel).',
    ja: '0で割っています（Excelでは #DIV/0! になります）。',
  },
  'formula.eval.not-numeric': {
    en: '"{kind}" cannot be calculated as a number.',
    ja: '「{kind}」は数値として計算できません。',
  },
  'formula.eval.non-finite': {
    en: 'The result is too large or not a number (#NUM! in Excel).',
    ja: '計算結果が大きすぎるか、数値になりません（Excelでは #NUM! になります）。',
  },
  'formula.eval.wrong-arity': {
    en: '{fn} cannot take {count} arguments.',
    ja: '{fn} に {count} 個の引数は渡せません。',
  },
});
