import { readFileSync } from 'fs';
import { join } from 'path';
import { sheetsOfNewWorkbook } from '../../../src/app/build';
import { TEMPLATE_IDS, templateModel, thisMonthsTemplate, titleForMonth } from '../../../src/app/templates';
import type { IsoDate } from '../../../src/core/brand';
import { loadPlanText } from '../../../src/core/model/parsePlan';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack loader is a CommonJS script
const { planTemplateSource } = require('../../../scripts/planTemplate.cjs') as {
  planTemplateSource: (text: string, file?: string) => string;
};

describe('templateModel', () => {
  // The templates are bundled as data read from YAML at build time (scripts/planTemplate.cjs);
  // the plan files themselves are what the CLI and the README offer.
  it.each(TEMPLATE_IDS.flatMap((id) => (['ja', 'en'] as const).map((lang) => [id, lang] as const)))(
    '%s (%s) is the model its plan file reads as',
    (id, lang) => {
      const file = join(EXAMPLES, lang === 'ja' ? `${id}.yaml` : `${id}.${lang}.yaml`);
      const read = loadPlanText(readFileSync(file, 'utf8'), 'yaml');
      expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(read.model).not.toBeNull();
      expect(templateModel(id, lang)).toEqual({ ...read.model, lang });
    },
  );

  it('is bundled from YAML that reads cleanly: the build stops on a template that does not, naming it', () => {
    expect(planTemplateSource('version: 1\nmonth: 2026-12\n')).toBe(
      `module.exports = JSON.parse(${JSON.stringify('{"version":1,"month":"2026-12"}')});\n`,
    );
    expect(() => planTemplateSource('kpis: [1, 2\n', 'examples/broken.yaml')).toThrow(
      /examples\/broken\.yaml is not YAML/,
    );
    expect(() => planTemplateSource('id: a\nid: b\n', 'examples/twice.yaml')).toThrow(/twice\.yaml/);
  });
});

describe('titleForMonth', () => {
  it.each([
    ['営業1課 2026年12月', '2026-12', '2027-02', '営業1課 2027年2月'],
    ['SaaS事業部 2027年1月 MRR純増', '2027-01', '2027-11', 'SaaS事業部 2027年11月 MRR純増'],
    ['営業1課 2026年03月', '2026-03', '2026-04', '営業1課 2026年4月'],
    ['Sales Team 1 — December 2026', '2026-12', '2027-02', 'Sales Team 1 — February 2027'],
    ['Sales — Dec 2026 plan', '2026-12', '2027-01', 'Sales — Jan 2027 plan'],
    ['Plan 2026-12', '2026-12', '2027-05', 'Plan 2027-05'],
  ])('%s (%s → %s) becomes %s', (title, from, to, expected) => {
    expect(titleForMonth(title, from, to)).toBe(expected);
  });

  it('leaves a title alone when it names another month, no month, or the new month is not one', () => {
    expect(titleForMonth('営業1課 2026年11月', '2026-12', '2027-02')).toBe('営業1課 2026年11月');
    expect(titleForMonth('営業1課 2026年1月', '2026-12', '2027-02')).toBe('営業1課 2026年1月');
    expect(titleForMonth('Sales Team 1', '2026-12', '2027-02')).toBe('Sales Team 1');
    expect(titleForMonth('営業1課 2026年12月', '2026-12', '2027/02')).toBe('営業1課 2026年12月');
    expect(titleForMonth('営業1課 2026年12月', '2026-12', '')).toBe('営業1課 2026年12月');
  });

  it('gives the ribbon’s template of this month a title of this month', () => {
    expect(thisMonthsTemplate('sales-funnel', 'ja', '2027-03-15' as IsoDate).title).toBe('営業1課 2027年3月');
    expect(thisMonthsTemplate('route-sales', 'en', '2027-03-15' as IsoDate).title).toBe(
      'East Japan Route Sales — March 2027',
    );
  });
});

describe('sheetsOfNewWorkbook', () => {
  it('names the sheets a build writes, in tab order and in the plan’s language', () => {
    expect(sheetsOfNewWorkbook(templateModel('sales-funnel', 'ja'), 'ja')).toEqual([
      'KPIツリー',
      'チェック',
      '仮説',
      'カレンダー',
      '設定',
      'マイルストーン',
    ]);
    expect(sheetsOfNewWorkbook(templateModel('sales-funnel', 'en'), 'en')).toEqual([
      'KPI Tree',
      'Checks',
      'Hypotheses',
      'Calendar',
      'Settings',
      'Milestones',
    ]);
  });
});
