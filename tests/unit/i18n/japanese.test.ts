/**
 * The Japanese of every catalog reads as a Japanese business user writes it: full-width
 * punctuation inside Japanese sentences, no space before さん, no half-width katakana, no
 * sentences joined with ": ", and no English field names in the middle of a sentence.
 * Placeholders, codes, formulas, Excel header codes and numbers keep their ASCII.
 */
import { messages, type MessageKey } from '../../../src/core/i18n';

/** Kana, kanji and full-width punctuation: what makes a stretch of text Japanese. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff01-\uff0f\uff1a-\uff20\uff5e]/u;
const HALF_WIDTH_KATAKANA = /[\uff61-\uff9f]/u;

/**
 * Words that may stand in ASCII inside a Japanese sentence: the product's level names,
 * abbreviations people use as they are, and names of things outside the product.
 */
const ASCII_WORDS = new Set(
  [
    'KGI', 'KPI', 'KDI', 'KCI', 'KSF', 'ID', 'IDs', 'Excel', 'Office', 'CLI', 'ISO', 'A4', 'OK', 'PDF',
    'YAML', 'JSON', 'xlsx', 'yaml', 'json', 'csv', 'Ctrl', 'Shift', 'Enter', 'Esc', 'Tab', 'SMART',
    'kpi-tree', 'Undo', 'URL', 'Web', 'KPIs', 'PC', 'Mac', 'Windows', 'SaaS', 'MRR',
    // values people type into a setting cell, written as they must be typed
    'off', 'info', 'warning', 'error', 'default', 'jp', 'none', 'ja', 'en',
  ].map((w) => w.toLowerCase()),
);

/**
 * Stretches that are code, not prose: `{placeholders}`, quoted code in `…`, CLI options
 * and their values, cell addresses and formulas, Excel header codes (&P), ISO weeks and
 * dates, numbers with thousands separators or decimals.
 */
const CODE: readonly RegExp[] = [
  /`[^`]*`/g, // code in backquotes
  /「[\x20-\x7e]+」/g, // a literal quoted as it must be typed: 「lang: ja」
  /（(?:例：)?[\x20-\x7e]+）/g, // an English gloss or example in full-width brackets: 逆算式（backcast）
  /^\s+[a-z]+ [^\u3000-\u9fff\uff01-\uff5e]*/gm, // a command synopsis in a usage text
  /[\w-]*\.(?:xlsx|yaml|yml|json)\b/g, // file names and extensions
  /kpi-tree(?: [a-z]+)?(?: --[a-z]+)?/g, // a command as it is typed
  /KPI Tree|Excel on the web/g, // names of products
  /1on1/g, // the meeting, as Japanese teams write it
  /#[A-Z0-9/]+[!?]/g, // Excel error values: #DIV/0!
  /\+ - \* \/ \( \)/g, // the operators of an expression, listed
  /--[a-z][\w-]*(?:[ =][\w.-]+)?/g, // CLI options
  /[A-Za-z_][\w.]*\([^()\u3000-\u9fff]*\)/g, // function calls in formulas
  /&[A-Z]/g, // Excel header and footer codes
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?/g, // 1,000 and 2,526.5
  /\b\d{4}-W\d{2}\b/g, // ISO weeks
  /\b\d{4}-\d{2}(?:-\d{2})?\b/g, // dates and months
  /\b[a-z]+:\s*(?:ja|en|jp|none|true|false|\d+)\b/g, // plan fields as written in YAML
];

/** What is wrong with one Japanese message; empty when it reads naturally. */
export function japaneseProblems(text: string): string[] {
  const problems: string[] = [];
  if (!JAPANESE.test(text)) return problems;
  if (HALF_WIDTH_KATAKANA.test(text)) problems.push('half-width katakana');
  if (/[ \u3000]さん/u.test(text)) problems.push('space before さん');
  // A placeholder stands for a value: a name or number, never punctuation.
  let prose = text.replace(/\{\w+\}/g, (m) => '0'.repeat(m.length));
  for (const code of CODE) prose = prose.replace(code, (m) => ' '.repeat(m.length));
  for (const m of prose.matchAll(/[:(),!?]/g)) {
    const at = m.index ?? 0;
    const before = prose.slice(0, at).trimEnd().slice(-1);
    const after = prose.slice(at + 1).trimStart().slice(0, 1);
    const ch = m[0];
    let japanese = JAPANESE.test(before) || JAPANESE.test(after);
    if (ch === '(') {
      const close = prose.indexOf(')', at);
      if (close > at && JAPANESE.test(prose.slice(at + 1, close))) japanese = true;
    }
    if (ch === ')') {
      const open = prose.lastIndexOf('(', at);
      if (open >= 0 && JAPANESE.test(prose.slice(open + 1, at))) japanese = true;
    }
    if (ch === ':' && /^:\s/.test(prose.slice(at))) japanese = true; // sentences joined with ": "
    if (japanese) problems.push(`half-width "${ch}" in Japanese text at ${at}`);
  }
  if (/"[^"]*"/.test(prose)) problems.push('ASCII quotes "…" in Japanese text (use 「…」)');
  for (const m of prose.matchAll(/[A-Za-z][A-Za-z_-]*[A-Za-z]/g)) {
    const word = m[0];
    if (ASCII_WORDS.has(word.toLowerCase())) continue;
    // An English word that is all capitals is an abbreviation (KPI, NG); a lowercase or
    // snake_case word inside a Japanese sentence is a field name or untranslated text.
    if (/^[A-Z0-9-]+$/.test(word)) continue;
    problems.push(`English word "${word}" in Japanese text`);
  }
  return problems;
}

describe('the Japanese catalog lint', () => {
  it.each([
    ['田中 さんは成果だけを追っています。', 'space before さん'],
    ['{owner} さんの担当です。', 'space before さん'],
    ['「頑張」は曖昧です: 数えられる対象を名前にしてください。', 'half-width ":"'],
    ['目標を下げてください(例: 10 件)。', 'half-width "("'],
    ['本当に削除しますか?', 'half-width "?"'],
    ['完了しました!', 'half-width "!"'],
    ['架電数, 訪問数', 'half-width ","'],
    ['根拠を rationale に書いてください。', 'English word "rationale"'],
    ['ﾃｽﾄです', 'half-width katakana'],
    ['ID "{id}" が重複しています', 'ASCII quotes'],
  ])('finds the problem in %p', (text, problem) => {
    expect(japaneseProblems(text).join('\n')).toContain(problem);
  });

  it.each([
    '{name}さんは成果だけを追っています。',
    '目標 {target}（上限 1,000 件、達成率 20%）',
    'ヘッダー &P / &N ページ',
    '逆算式 =ROUNDUP(T_revenue/H_unit_price,0) を確認してください。',
    '--lang ja を付けて実行してください。',
    '2026-W50 の週次レビュー',
    'KPI「{name}」の ID が重複しています。',
    'Excel で開き直してください。',
  ])('accepts %p', (text) => {
    expect(japaneseProblems(text)).toEqual([]);
  });
});

describe('the Japanese of every catalog', () => {
  it('reads naturally', () => {
    const bad: string[] = [];
    for (const key of Object.keys(messages) as MessageKey[]) {
      // Excel number formats quote their literal text with "…": they are code, not prose.
      if (key.endsWith('Format')) continue;
      for (const problem of japaneseProblems(messages[key].ja)) bad.push(`${key}: ${problem}: ${messages[key].ja}`);
    }
    expect(bad).toEqual([]);
  });
});
