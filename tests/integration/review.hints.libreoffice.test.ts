/**
 * The diagnosis hint's sentence, recalculated in LibreOffice on the December funnel's W50
 * (meetings 13 of 13, contracts 2 of 3, close rate hypothesis 20 %): the contracts row
 * says quality and names 13/13 and 15 % against 20 %; the revenue row names the contracts
 * short (quantity); deals missed over met visits that no hypothesis links says design. The recalculated
 * text equals the one the core cached, in both languages.
 */
import { writeFile } from 'fs/promises';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { openXlsx } from '../support/edits';
import { cliWorkspace, edit, rowOf, sheet, value } from '../support/cliWorkbooks';
import { libreOfficeSuite, recalculate } from '../support/libreoffice';
import { REVIEW } from '../../src/core/layout/reviewColumns';

const C = REVIEW.col;
const TAB = { ja: (w: string) => `週次レビュー ${w}`, en: (w: string) => `Review ${w}` } as const;

/** A cell's text, rich text (as LibreOffice saves mixed scripts) joined; a formula's cached result. */
function text(cell: ExcelJS.Cell): string {
  const v = value(cell) as unknown;
  if (v !== null && typeof v === 'object' && 'richText' in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('');
  return v === null || v === undefined ? '' : String(v);
}

/** Deals from visits by a fixed multiple: no hypothesis links them, so a miss over met visits is design. */
const DESIGN_PLAN = `version: 1
title: 訪問営業
month: 2026-12
hypotheses:
  - { id: unit_price, name: 平均受注単価, value: 100000, unit: 円 }
kpis:
  - { id: revenue, level: KGI, name: 月間売上, unit: 円, target: 1000000, owner: 山田, deadline: 2026-12-31 }
  - { id: deals, level: KPI, parent: revenue, name: 受注件数, unit: 件, backcast: revenue / unit_price, owner: 山田 }
  - { id: visits, level: KDI, parent: deals, name: 訪問数, unit: 件, backcast: deals * 3, owner: 山田, controllable: true }
`;

const work = cliWorkspace('kpi-review-hints-lo-', {
  setup: (dir) => writeFile(join(dir, 'design.yaml'), DESIGN_PLAN),
});

async function typeInto(file: string, tab: string, cells: Record<string, number>): Promise<void> {
  await edit(file, (wb) => {
    const ws = sheet(wb, tab);
    for (const [id, actual] of Object.entries(cells)) ws.getCell(rowOf(ws, id), C.actual).value = actual;
  });
}

const HINTS = {
  ja: {
    contracts: '商談数 13/13 件は達成、成約率 15%（仮説 20%）→ 質',
    revenue: '成約件数 2/3 件は未達 → 量',
    design: '商談数 13/13 件は達成、それでも未達 → 設計（ツリーを見直す）',
  },
  en: {
    contracts: '商談数 13/13 met; 成約率 15% (hypothesis 20%) → quality',
    revenue: '成約件数 2/3 missed → quantity',
    design: '商談数 13/13 met, yet this missed → design (revisit the tree)',
  },
} as const;

const lo = libreOfficeSuite();
lo.describe('the 量/質/設計 hint names its numbers, in LibreOffice', () => {
  it.each(['ja', 'en'] as const)('%s: W50 with meetings 13/13 and contracts 2/3 is quality, 15%% vs 20%%', async (lang) => {
    const file = await work.build(`hints-${lang}.xlsx`, lang);
    expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], work.io())).toBe(0);
    const tab = TAB[lang]('2026-W50');
    const before = sheet(await openXlsx(file), tab);
    expect(value(before.getCell(rowOf(before, 'meetings'), C.target))).toBe(13);
    expect(value(before.getCell(rowOf(before, 'contracts'), C.target))).toBe(3);
    await typeInto(file, tab, { revenue: 200000, contracts: 2, meetings: 13, appointments: 26, calls: 80 });
    // The core's sentence, cached in the tab by a refresh with the actuals in it.
    expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], work.io())).toBe(0);
    const cached = sheet(await openXlsx(file), tab);

    const s = sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), tab);
    const hint = (id: string, ws: ExcelJS.Worksheet = s): string => text(ws.getCell(rowOf(ws, id), C.hint));
    expect(hint('contracts')).toBe(HINTS[lang].contracts);
    expect(hint('revenue')).toBe(HINTS[lang].revenue);
    for (const id of ['revenue', 'contracts', 'meetings', 'appointments', 'calls'])
      expect(hint(id, cached)).toBe(hint(id));

    // Close the week: the hint is kept as the value it showed.
    expect(await main(['review', file, '--week', '2026-W50', '--close', '--lang', lang], work.io())).toBe(0);
    await typeInto(file, tab, { contracts: 5 });
    const closed = sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), tab);
    expect(closed.getCell(rowOf(closed, 'contracts'), C.hint).type).not.toBe(6 /* Formula */);
    expect(hint('contracts', closed)).toBe(HINTS[lang].contracts);
  });

  it.each(['ja', 'en'] as const)('%s: visits met, no rate between them, deals missed: design', async (lang) => {
    const file = await work.build(`design-${lang}.xlsx`, lang, join(work.dir, 'design.yaml'));
    expect(await main(['review', file, '--week', '2026-W50', '--lang', lang], work.io())).toBe(0);
    const tab = TAB[lang]('2026-W50');
    const before = sheet(await openXlsx(file), tab);
    const visitsTarget = value(before.getCell(rowOf(before, 'visits'), C.target)) as number;
    const dealsTarget = value(before.getCell(rowOf(before, 'deals'), C.target)) as number;
    expect(dealsTarget).toBeGreaterThan(1);
    await typeInto(file, tab, { visits: visitsTarget, deals: dealsTarget - 1 });
    const s = sheet(await openXlsx(await recalculate(file, { tempRoot: work.dir })), tab);
    const expected = {
      ja: `訪問数 ${visitsTarget}/${visitsTarget} 件は達成、それでも未達 → 設計（ツリーを見直す）`,
      en: `訪問数 ${visitsTarget}/${visitsTarget} met, yet this missed → design (revisit the tree)`,
    }[lang];
    expect(text(s.getCell(rowOf(s, 'deals'), C.hint))).toBe(expected);
    expect(text(s.getCell(rowOf(s, 'visits'), C.hint))).toBe('');
  });
});
