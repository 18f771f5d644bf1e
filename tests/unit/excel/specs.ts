/**
 * Workbook specs for the Office.js host tests, built the way the add-in builds them:
 * plan text → `loadPlanText` → `layoutWholeWorkbook`. `nodePlan(n)` is a plan of exactly n
 * nodes (a ternary tree under a revenue KGI) whose names include text that Excel would
 * otherwise read as a formula, number, date, boolean or error.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../../../src/core/i18n';
import type { WorkbookSpec } from '../../../src/core/layout/spec';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import { applySpec } from '../../../src/hosts/xlsx/applySpec';
import { layoutWholeWorkbook } from '../../../src/core/workbook/layoutWorkbook';

/** Names people could give a node, each one Excel would change if it were typed. */
export const TRICKY_NAMES = [
  '=HYPERLINK("http://example.com","click")',
  '+1',
  '-2',
  '@SUM(A1)',
  '00123',
  '2026-12-01',
  'TRUE',
  "'quoted",
  '#N/A',
  '10%',
  '＝全角',
  '12/1',
] as const;

export function nodePlan(n: number, options: { title?: string } = {}): string {
  const kpis: Record<string, unknown>[] = [
    {
      id: 'revenue',
      level: 'KGI',
      name: '月間売上',
      unit: '円',
      target: 120_000_000,
      owner: '山田',
      deadline: '2026-12-31',
      baseline: 90_000_000,
    },
  ];
  for (let i = 1; i < n; i++) {
    const parent = i <= 3 ? 'revenue' : `n${Math.floor((i - 1) / 3)}`;
    const leaf = 3 * i + 1 >= n;
    kpis.push({
      id: `n${i}`,
      level: leaf ? 'KDI' : 'KPI',
      parent,
      name: TRICKY_NAMES[i - 1] ?? `ノード ${i}`,
      unit: '件',
      backcast: i <= 3 ? `revenue / unit_price * share` : `${parent} / conversion`,
      owner: ['佐藤', '鈴木', '=cmd|/c calc', 'Ann'][i % 4],
      ...(leaf ? { controllable: true } : {}),
      ...(i % 5 === 0
        ? { deadline: '2026-12-25', ksf: `KSF ${i}`, notes: i % 10 === 0 ? '-see notes' : 'メモ' }
        : {}),
    });
  }
  return JSON.stringify({
    version: 1,
    title: options.title ?? `営業部 2026年12月 (${n})`,
    month: '2026-12',
    calendar: { holidays: 'jp', extra_holidays: ['2026-12-29', '2026-12-30', '2026-12-31'] },
    hypotheses: [
      { id: 'unit_price', name: '平均受注単価', value: 100_000, unit: '円', rationale: '直近6か月' },
      { id: 'share', name: '構成比', value: 0.34 },
      { id: 'conversion', name: '転換率', value: 0.5, rationale: '=過去実績' },
    ],
    kpis,
  });
}

export function specFor(planText: string, lang: Lang = 'ja'): WorkbookSpec {
  const loaded = loadPlanText(planText, 'json');
  if (!loaded.model) throw new Error(`plan did not load: ${JSON.stringify(loaded.problems)}`);
  const { spec, problems } = layoutWholeWorkbook(loaded.model, lang, loaded.problems, loaded.locateNode);
  if (!spec)
    throw new Error(`plan has errors: ${JSON.stringify(problems.filter((p) => p.severity === 'error'))}`);
  return spec;
}

/** What the ExcelJS host writes for the same spec (optionally over an existing workbook). */
export function excelJsWorkbook(
  spec: WorkbookSpec,
  workbook: ExcelJS.Workbook = new ExcelJS.Workbook(),
): ExcelJS.Workbook {
  applySpec(workbook, spec);
  return workbook;
}

/** The model the Start form would hand to Build: a plan loaded through the real parser. */
export function modelFor(planText: string): Model {
  const loaded = loadPlanText(planText, 'json');
  if (!loaded.model) throw new Error(`plan did not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.model;
}
