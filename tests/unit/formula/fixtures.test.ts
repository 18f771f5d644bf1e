import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import {
  describeExpressionError,
  evaluate,
  mapNames,
  name,
  parseExpression,
  renderFormula,
} from '../../../src/core/formula';
import { t } from '../../../src/core/i18n';

/** File-per-case fixtures: adding a case is adding `ok.<name>.json` or `error.<name>.json`. */
const dir = path.join(__dirname, '../../fixtures/expressions');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

const OkCase = z.object({
  source: z.string(),
  render: z.string(),
  value: z.number(),
  env: z.record(z.string(), z.number()).default({}),
});
const ErrorCase = z.object({
  source: z.string(),
  code: z.string(),
  position: z.number().int(),
  /** The English message a user sees, when the case pins it. */
  message: z.string().optional(),
  message_ja: z.string().optional(),
});

function read(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
}

describe('expression fixtures', () => {
  it('has both kinds of case and nothing else', () => {
    expect(files.filter((f) => f.startsWith('ok.')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('error.')).length).toBeGreaterThan(0);
    expect(files.filter((f) => !/^(ok|error)\.[a-z0-9-]+\.json$/.test(f))).toEqual([]);
  });

  describe.each(files.filter((f) => f.startsWith('ok.')))('%s', (file) => {
    const c = OkCase.parse(read(file));
    const parsed = parseExpression(c.source);

    it('parses', () => {
      expect(parsed).toMatchObject({ ok: true });
    });

    it('renders', () => {
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.error)}`);
      expect(renderFormula(mapNames(parsed.expr, name))).toBe(c.render);
    });

    it('evaluates', () => {
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.error)}`);
      const env = new Map(Object.entries(c.env));
      expect(evaluate(parsed.expr, (n) => env.get(n))).toEqual({ ok: true, value: c.value });
    });

    it('renders text that parses back to the same tree', () => {
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.error)}`);
      expect(parseExpression(c.render)).toEqual(parsed);
    });
  });

  describe.each(files.filter((f) => f.startsWith('error.')))('%s', (file) => {
    const c = ErrorCase.parse(read(file));

    it(`fails with the expected code and position`, () => {
      const result = parseExpression(c.source);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect({ code: result.error.code, position: result.error.position }).toEqual({
        code: c.code,
        position: c.position,
      });
    });

    it('explains itself in both languages', () => {
      const result = parseExpression(c.source);
      if (result.ok) throw new Error(`${file} parsed`);
      const { key, params } = describeExpressionError(result.error);
      const en = t('en', key, params);
      const ja = t('ja', key, params);
      expect(en).not.toMatch(/[{}]/);
      expect(ja).not.toMatch(/[{}]/);
      if (c.message !== undefined) expect(en).toBe(c.message);
      if (c.message_ja !== undefined) expect(ja).toBe(c.message_ja);
    });
  });
});
