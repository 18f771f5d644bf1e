/**
 * A member's month as the pane's member week shows it: what is left of their month's
 * target after their own actuals to date (their columns of this week's tab and of the
 * month's earlier tabs), their month-end forecast at their own pace, and the hint read
 * from their own numbers, in the workbook's language.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { IsoDate } from '../../../src/core/brand';
import { computeTargets } from '../../../src/core/backcast/targets';
import { targetsOfMember } from '../../../src/core/backcast/members';
import type { Lang } from '../../../src/core/i18n';
import type { SheetSpec } from '../../../src/core/layout/spec';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import type { NameData, SheetData } from '../../../src/core/reader/workbookData';
import { reviewSpec } from '../../../src/core/review';
import { memberHeader } from '../../../src/core/review/memberHeaders';
import { memberWeek } from '../../../src/core/review/memberWeek';
import { readBack } from '../../support/specReadBack';

const ROOT = join(__dirname, '../../../examples');
const PLAN: Record<Lang, string> = {
  ja: readFileSync(join(ROOT, 'team.yaml'), 'utf8'),
  en: readFileSync(join(ROOT, 'team.en.yaml'), 'utf8'),
};
const SATO: Record<Lang, string> = { ja: '佐藤', en: 'Sato' };

const modelOf = (lang: Lang): Model => {
  const loaded = loadPlanText(PLAN[lang], 'yaml');
  if (loaded.model === null) throw new Error('not a plan');
  return loaded.model;
};

/** A week's review tab written over the sheets so far, with Sato's actuals typed into her own column. */
function typedTab(
  lang: Lang,
  model: Model,
  week: string,
  before: { sheets: SheetData[]; names: readonly NameData[] },
  sato: Record<string, number>,
): { sheets: SheetData[]; names: readonly NameData[] } {
  const result = reviewSpec({ model, data: before, lang, week, generatedOn: '2026-12-11' as IsoDate });
  if ('key' in result) throw new Error(result.key);
  const tab = result.spec.sheets.find((s) => s.key.startsWith('review:')) as SheetSpec;
  const data = readBack(tab);
  const header = data.rows.findIndex((r) =>
    r.some((c) => c?.value === memberHeader(lang, 'actual', SATO[lang])),
  );
  const col = data.rows[header].findIndex((c) => c?.value === memberHeader(lang, 'actual', SATO[lang]));
  for (const [id, n] of Object.entries(sato)) {
    const r = data.rows.findIndex((row) => row[0]?.value === id);
    data.rows[r][col] = { value: n };
  }
  return { sheets: [...before.sheets, data], names: result.spec.names };
}

describe("a member's month in their week", () => {
  it.each(['ja', 'en'] as const)(
    "%s: remaining and forecast from the member's own targets and actuals to date; a hint from their own numbers",
    (lang) => {
      const model = modelOf(lang);
      const w49 = typedTab(lang, model, '2026-W49', { sheets: [], names: [] }, { calls: 20 });
      const data = typedTab(lang, model, '2026-W50', w49, { calls: 10 });
      const rows = memberWeek(model, data, '2026-W50', 'sato', lang);
      const calls = rows.find((r) => r.id === 'calls');
      const { backcast, calendar } = computeTargets(model);
      const own = backcast && targetsOfMember(backcast, 'sato').find((n) => n.id === 'calls');
      const monthly = own?.monthly as number;
      const weekly = own?.weekly as number[];
      expect(calls?.target).toBe(weekly[1]);
      expect(calls?.mtdActual).toBe(30);
      expect(calls?.mtdTarget).toBe(weekly[0] + weekly[1]);
      expect(calls?.remaining).toBe(monthly - 30);
      // December 2026: Dec 1–4 and 7–11 are the working days through W50 (9); the month has the calendar's.
      expect(calendar?.workdays).toBe(20);
      expect(calls?.forecast).toBeCloseTo((30 / 9) * 20, 9);
      expect(calls?.outlook).toBe(
        (30 / 9) * 20 >= monthly ? 'onTrack' : (30 / 9) * 20 >= 0.9 * monthly ? 'atRisk' : 'offTrack',
      );
      // 10 calls against her own weekly target: short, so quantity, with her numbers.
      expect(10 / weekly[1]).toBeLessThan(0.8);
      expect(calls?.hint).toBe(
        lang === 'ja'
          ? `架電数 10/${weekly[1]} 件は未達 → 量`
          : `Calls made 10/${weekly[1]} missed → quantity`,
      );
      // Nothing typed on contracts: no to date, no forecast, no hint.
      const contracts = rows.find((r) => r.id === 'contracts');
      expect([contracts?.mtdActual, contracts?.remaining, contracts?.forecast, contracts?.hint]).toEqual([
        null,
        null,
        null,
        null,
      ]);
      // Another member's week has none of Sato's numbers.
      expect(
        memberWeek(model, data, '2026-W50', 'yamada', lang).find((r) => r.id === 'calls')?.mtdActual,
      ).toBeNull();
    },
  );
});
