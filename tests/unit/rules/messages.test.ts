import * as fs from 'fs';
import * as path from 'path';
import { LANGS, render } from '../../../src/core/i18n';
import { rulesMessages } from '../../../src/core/i18n/messages/rules';
import { RULE_IDS, ruleName, ruleTitle } from '../../../src/core/rules';
import { FIXTURES, lintFile } from './support';

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('rules messages', () => {
  it.each(Object.entries(rulesMessages))('%s: prefixed rules., non-empty, same placeholders in ja and en', (key, m) => {
    expect(key.startsWith('rules.')).toBe(true);
    expect(m.en.trim()).not.toBe('');
    expect(m.ja.trim()).not.toBe('');
    expect(placeholders(m.ja)).toEqual(placeholders(m.en));
  });

  it('fill every placeholder of every finding the fixtures produce, in both languages', () => {
    const plans = fs.readdirSync(FIXTURES).filter((f) => /\.(yaml|json)$/.test(f) && !f.endsWith('.expect.json'));
    let rendered = 0;
    for (const file of plans) {
      for (const f of lintFile(path.join(FIXTURES, file)).findings) {
        for (const lang of LANGS) {
          const texts = [render(lang, f.message), ...(f.fix ? [render(lang, f.fix.description)] : [])];
          for (const text of texts) {
            expect({ file, rule: f.rule, text }).toEqual({ file, rule: f.rule, text: expect.not.stringMatching(/\{\w+\}|undefined|NaN/) });
            rendered++;
          }
        }
      }
    }
    expect(rendered).toBeGreaterThan(100);
  });

  it('name every check in both languages, the id kept for one the catalog does not know', () => {
    const missing = RULE_IDS.filter((id) => ruleTitle(id) === undefined);
    expect(missing).toEqual([]);
    for (const id of RULE_IDS) {
      expect(ruleName('ja', id)).not.toBe(id);
      expect(ruleName('en', id)).not.toBe(id);
      expect(ruleName('ja', id)).not.toBe(ruleName('en', id));
    }
    expect(ruleName('ja', 'uncontrollable-kpi')).toBe('外部要因に左右される KPI');
    expect(ruleName('en', 'kdi-needs-response')).toBe("KDI that needs the customer's response");
    expect(ruleName('ja', 'no-such-check')).toBe('no-such-check');
  });
});
