import { readFileSync } from 'fs';
import { join } from 'path';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { computeTargets } from '../../../src/core/backcast/targets';
import { renderFormula } from '../../../src/core/formula/render';
import { layoutReviewSheet } from '../../../src/core/review/layoutTab';
import { reviewRows } from '../../../src/core/review/rows';
import { isReviewWeek, resolveReviewWeek } from '../../../src/core/review/week';
import type { IsoDate } from '../../../src/core/brand';
import { REVIEW } from '../../../src/core/layout/reviewColumns';

const loaded = loadPlanText(readFileSync(join(__dirname, '../../../examples/sales-funnel.yaml'), 'utf8'), 'yaml');
const model = loaded.model!;
const planned = computeTargets(model);

describe('review layout', () => {
  const week = resolveReviewWeek('2026-W50', planned.calendar!, true);
  if (!isReviewWeek(week)) throw new Error('week');
  const rows = reviewRows(model, planned.backcast!, week);

  it('rows: KGI/KPI/KDI only, grouped by owner in tree order', () => {
    expect(rows.map((r) => r.id)).toEqual(['revenue', 'contracts', 'meetings', 'appointments', 'calls']);
    expect(rows.map((r) => r.owner)).toEqual(['山田', '山田', '山田', '佐藤', '佐藤']);
  });

  it('weekly target is a live INDEX/MATCH into W_, actual an empty input, no TODAY()', () => {
    const sheet = layoutReviewSheet({ lang: 'ja', sheetName: '週次レビュー 2026-W50', week, rows, generatedOn: '2026-12-07' as IsoDate, typed: new Map(), actions: [], previousCompletion: null, earlierTabs: [] });
    const r = REVIEW.firstRow + 4;
    expect(renderFormula(sheet.rows[r - 1][REVIEW.col.target - 1]!.f!)).toBe('IFERROR(INDEX(W_calls,MATCH("2026-W50",WEEKS,0)),"")');
    expect(sheet.rows[r - 1][REVIEW.col.actual - 1]).toMatchObject({ v: null, input: true });
    expect(sheet.rows[REVIEW.headerRow - 1][REVIEW.col.q1 - 1]!.v).toBe('なぜ達成／未達だったのか？（何が要因か）');
    expect(sheet.validations.some((v) => v.type === 'list' && v.values.join() === '量,質,設計')).toBe(true);
    expect(JSON.stringify(sheet.rows)).not.toContain('TODAY');
  });

  it.each([
    ['ja', ['達成', 'あと一歩', '未達'], ['量', '質', '設計'], ['時間', 'スキル', '環境'], ['未着手', '進行中', '完了']],
    ['en', ['achieved', 'close', 'missed'], ['quantity', 'quality', 'design'], ['Time', 'Skill', 'Environment'], ['Not started', 'In progress', 'Done']],
  ] as const)('%s: the status column is colored by conditional formats, both causes and the action status are dropdowns', (lang, statuses, causes, missCauses, actionStates) => {
    const sheet = layoutReviewSheet({ lang, sheetName: 'x 2026-W50', week, rows, generatedOn: '2026-12-07' as IsoDate, typed: new Map(), actions: [], previousCompletion: null, earlierTabs: [] });
    const last = REVIEW.firstRow + rows.length - 1;
    const status = `H${REVIEW.firstRow}:H${last}`;
    expect(sheet.conditionalFormats.map((cf) => [cf.range, renderFormula(cf.formula), cf.style.fill])).toEqual([
      [status, `H${REVIEW.firstRow}="${statuses[0]}"`, 'C6EFCE'],
      [status, `H${REVIEW.firstRow}="${statuses[1]}"`, 'FFEB9C'],
      [status, `H${REVIEW.firstRow}="${statuses[2]}"`, 'FFC7CE'],
    ]);
    const lists = sheet.validations.filter((v) => v.type === 'list').map((v) => (v.type === 'list' ? v.values : []));
    expect(lists).toEqual([[...causes], [...missCauses], [...actionStates]]);
    const causeColumn = sheet.validations.find((v) => v.type === 'list' && v.values[0] === missCauses[0])!.range;
    const letter = String.fromCharCode(64 + REVIEW.col.cause);
    expect(causeColumn).toBe(`${letter}${REVIEW.firstRow}:${letter}${last}`);
    expect(REVIEW.col.cause).toBe(REVIEW.col.q2 + 1);
    const statusFormula = renderFormula(sheet.rows[REVIEW.firstRow - 1][REVIEW.col.status - 1]!.f!);
    expect(statusFormula).toBe(`IF(ISNUMBER(G${REVIEW.firstRow}),IF(G${REVIEW.firstRow}>=1,"${statuses[0]}",IF(G${REVIEW.firstRow}>=0.8,"${statuses[1]}","${statuses[2]}")),"")`);
  });

  it('weeks outside the plan month and its neighbours are refused', () => {
    expect(isReviewWeek(resolveReviewWeek('2026-W20', planned.calendar!, true))).toBe(false);
    expect(isReviewWeek(resolveReviewWeek('2026-W47', planned.calendar!, true))).toBe(true);
  });
});
