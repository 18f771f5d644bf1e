import { DEFAULT_SEVERITIES } from '../../../src/core/rules/registry';
import { ruleName } from '../../../src/core/rules';

describe('ruleName', () => {
  it('names every check, structural problem and the settings check in both languages, never by its id', () => {
    const ids = Object.keys(DEFAULT_SEVERITIES);
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids)
      for (const lang of ['ja', 'en'] as const) {
        const name = ruleName(lang, id);
        expect(name).not.toBe(id);
        expect(name).not.toMatch(/[a-z]+-[a-z]+/);
      }
  });

  it('reads as people say it, and falls back to the id for a check it does not know', () => {
    expect(ruleName('ja', 'smart-time-bound')).toBe('期限があるか');
    expect(ruleName('en', 'missing-owner')).toBe('No owner');
    expect(ruleName('ja', 'someone-elses-rule')).toBe('someone-elses-rule');
  });
});
