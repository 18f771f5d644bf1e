/**
 * The one message catalog: every key speaks Japanese and English, with the same
 * `{placeholders}` in both, and `t()` / `render()` fill them in either language.
 */
import { LANGS, messages, render, t, toLang, type MessageKey } from '../../src/core/i18n';
import { calendarMessages } from '../../src/core/i18n/messages/calendar';
import { cliMessages } from '../../src/core/i18n/messages/cli';
import { fileMessages } from '../../src/core/i18n/messages/file';
import { commonMessages } from '../../src/core/i18n/messages/common';
import { formulaMessages } from '../../src/core/i18n/messages/formula';
import { planMessages } from '../../src/core/i18n/messages/plan';
import { readerMessages } from '../../src/core/i18n/messages/reader';
import { ruleTitleMessages } from '../../src/core/i18n/messages/ruleTitles';
import { sheetMessages } from '../../src/core/i18n/messages/sheet';
import { syncMessages } from '../../src/core/i18n/messages/sync';
import { oneOnOneMessages } from '../../src/core/i18n/messages/oneOnOne';
import { paneMessages } from '../../src/core/i18n/messages/pane';
import { rulesMessages } from '../../src/core/i18n/messages/rules';
import { reviewMessages } from '../../src/core/i18n/messages/review';
import { printMessages } from '../../src/core/i18n/messages/print';
import { memberMessages } from '../../src/core/i18n/messages/members';
import { milestoneMessages } from '../../src/core/i18n/messages/milestones';
import { rateMessages } from '../../src/core/i18n/messages/rates';

const MODULE_CATALOGS: readonly Readonly<Record<string, { en: string; ja: string }>>[] = [
  commonMessages,
  formulaMessages,
  planMessages,
  calendarMessages,
  sheetMessages,
  cliMessages,
  fileMessages,
  readerMessages,
  syncMessages,
  ruleTitleMessages,
  oneOnOneMessages,
  paneMessages,
  rulesMessages,
  reviewMessages,
  printMessages,
  memberMessages,
  milestoneMessages,
  rateMessages,
];

const keys = Object.keys(messages) as MessageKey[];

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

describe('message catalog', () => {
  it('has keys', () => {
    expect(keys.length).toBeGreaterThan(50);
  });

  it('gives every key non-empty ja and en with the same {placeholders}', () => {
    const bad: string[] = [];
    for (const key of keys) {
      const message = messages[key];
      if (Object.keys(message).sort().join() !== [...LANGS].sort().join())
        bad.push(`${key}: languages ${Object.keys(message).join(', ')}`);
      for (const lang of LANGS) {
        if (typeof message[lang] !== 'string' || message[lang].trim() === '')
          bad.push(`${key}: empty ${lang}`);
      }
      const ja = placeholders(message.ja).join(', ');
      const en = placeholders(message.en).join(', ');
      if (ja !== en) bad.push(`${key}: ja has {${ja}}, en has {${en}}`);
    }
    expect(bad).toEqual([]);
  });

  it('loses no key of a module to another module with the same key', () => {
    // The catalog is a spread of the modules' catalogs: a shared key would silently keep the last one.
    for (const catalog of MODULE_CATALOGS) {
      for (const [key, message] of Object.entries(catalog))
        expect({ key, message: messages[key as MessageKey] }).toEqual({ key, message });
    }
    const total = MODULE_CATALOGS.reduce((n, c) => n + Object.keys(c).length, 0);
    expect(keys.length).toBeGreaterThanOrEqual(total);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(\.[A-Za-z0-9-]+)+$/);
  });
});

describe('t() and render()', () => {
  it('fills placeholders in either language', () => {
    expect(t('en', 'plan.duplicateId', { id: 'calls' })).toBe('id "calls" is used more than once');
    expect(t('ja', 'plan.duplicateId', { id: 'calls' })).toBe('ID「calls」が重複しています');
  });

  it('renders a nested message in the same language', () => {
    const text = {
      key: 'plan.expressionSyntax' as const,
      params: {
        id: 'meetings',
        expression: '(a',
        detail: { key: 'cli.problemLine' as const, params: { line: 3 } },
      },
    };
    expect(render('en', text)).toBe('"meetings": backcast "(a": line 3');
    expect(render('ja', text)).toBe('「meetings」の逆算式「(a」に誤りがあります（3行目）');
  });

  it('leaves a placeholder without a value visible, and ignores extra params', () => {
    expect(t('en', 'plan.duplicateId')).toBe('id "{id}" is used more than once');
    expect(t('en', 'cli.wrote', { file: 'a.xlsx', extra: 1 })).toBe('Wrote a.xlsx');
  });

  it('does not expand $ patterns in values', () => {
    expect(t('en', 'cli.wrote', { file: "$&$1$'x" })).toBe("Wrote $&$1$'x");
  });

  it.each([
    ['ja', 'ja'],
    ['ja_JP.UTF-8', 'ja'],
    ['JA', 'ja'],
    ['en_US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('toLang(%p) is %p', (value, lang) => {
    expect(toLang(value)).toBe(lang);
  });
});
