/**
 * A team's review tab after people changed the team, in a real spreadsheet engine. A
 * member renamed on the member sheet (by a colleague in LibreOffice, who also inserted a
 * column into the tab) keeps their block: `sync` and a refresh relabel it with the new
 * name, what they typed stays, and the team's actual still adds it up. A member taken off
 * the team keeps their block, headed as a former member's, and what they typed still
 * counts in the team's actual and its status.
 */
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Lang } from '../../src/core/i18n';
import { t } from '../../src/core/i18n';
import { MEMBERS } from '../../src/core/layout/memberColumns';
import { memberHeader, type MemberColumnKind } from '../../src/core/review/memberHeaders';
import { openXlsx, TEAM_PLAN } from '../support/edits';
import { cliWorkspace, edit, value } from '../support/cliWorkbooks';
import { libreOfficeSuite, recalculate, type CellScalar } from '../support/libreoffice';
import { editInCalc } from '../support/libreofficeEdit';
import { tabOf, tabView } from '../support/reviewTabs';

const PLAN = TEAM_PLAN;
const NAMES: Record<Lang, { yamada: string; renamed: string; sato: string; suzuki: string; memo: string }> = {
  ja: { yamada: '山田', renamed: '山田 太郎（営業1課）', sato: '佐藤', suzuki: '鈴木', memo: '確認者' },
  en: { yamada: 'Yamada', renamed: 'T. Yamada-Ito', sato: 'Sato', suzuki: 'Suzuki', memo: 'Checked by' },
};
const WEEK = '2026-W50';
const TYPED = {
  yamada: { contracts: 2, calls: 150 },
  sato: { contracts: 1, calls: 40 },
  suzuki: { contracts: 1, calls: 30 },
} as const;
const SUM = { contracts: 4, calls: 220 } as const;

const work = cliWorkspace('kpi-review-member-rename-lo-');
const lo = libreOfficeSuite();

/** A header's text, also when LibreOffice saved it as rich text (a digit in another font). */
const textOf = (v: ExcelJS.CellValue): string =>
  v !== null && typeof v === 'object' && 'richText' in v
    ? v.richText.map((r) => r.text).join('')
    : String(v ?? '');

/** The column of a member's column of a kind, by its header; -1 when there is none. */
function memberCol(ws: ExcelJS.Worksheet, headerRow: number, want: string): number {
  let col = -1;
  ws.getRow(headerRow).eachCell((c, n) => {
    if (col < 0 && textOf(c.value).trim() === want) col = n;
  });
  return col;
}

const num = (v: CellScalar): number => {
  if (typeof v !== 'number') throw new Error(`not a number: ${JSON.stringify(v)}`);
  return v;
};

const run = async (lang: Lang, ...argv: string[]): Promise<void> => {
  const io = work.io();
  const code = await main([...argv, '--lang', lang], io);
  expect(io.stderr.join('\n')).toBe('');
  expect(code).toBe(0);
};

lo.describe('a team review tab after a member is renamed or leaves, in LibreOffice', () => {
  it.each(['ja', 'en'] as const)(
    '%s: a renamed member keeps their block and their count; a former member still counts',
    async (lang) => {
      const who = NAMES[lang];
      const file = await work.build(`team-${lang}.xlsx`, lang, PLAN[lang]);
      await run(lang, 'review', file, '--week', WEEK);
      await edit(file, (wb) => {
        const ws = tabOf(wb, WEEK);
        const v = tabView(ws);
        for (const [id, cells] of Object.entries(TYPED))
          for (const [node, n] of Object.entries(cells))
            ws.getCell(
              v.rowOf(node),
              memberCol(ws, v.headerRow, memberHeader(lang, 'actual', who[id as keyof typeof TYPED])),
            ).value = n;
      });

      // A colleague, in LibreOffice: a column of their own before Yamada's block, and Yamada renamed on the member sheet.
      const before = await openXlsx(file);
      const tabName = tabOf(before, WEEK).name;
      const at = memberCol(
        tabOf(before, WEEK),
        tabView(tabOf(before, WEEK)).headerRow,
        memberHeader(lang, 'target', who.yamada),
      );
      expect(at).toBeGreaterThan(0);
      await editInCalc(file, [
        { sheet: tabName, op: 'insertColumn', at },
        { sheet: tabName, op: 'set', row: tabView(tabOf(before, WEEK)).headerRow, col: at, value: who.memo },
        {
          sheet: t(lang, 'sheet.members'),
          op: 'set',
          row: MEMBERS.firstRow,
          col: MEMBERS.col.name,
          value: who.renamed,
        },
      ]);
      await run(lang, 'sync', file);
      await run(lang, 'review', file, '--week', WEEK);

      {
        const wb = await openXlsx(await recalculate(file, { tempRoot: work.dir }));
        const ws = tabOf(wb, WEEK);
        const v = tabView(ws);
        const col = (name: string, kind: MemberColumnKind, former = false): number =>
          memberCol(ws, v.headerRow, memberHeader(lang, kind, name, former));
        // Relabelled where it stood (after the colleague's column), no block left under the old name.
        expect(col(who.renamed, 'actual')).toBe(at + 2);
        expect(col(who.yamada, 'actual')).toBe(-1);
        expect(col(who.yamada, 'actual', true)).toBe(-1);
        expect(value(ws.getCell(v.headerRow, at))).toBe(who.memo);
        for (const node of ['contracts', 'calls'] as const) {
          const r = v.rowOf(node);
          expect(value(ws.getCell(r, col(who.renamed, 'actual')))).toBe(TYPED.yamada[node]);
          // Their target is still their own, live from the member sheet.
          expect(num(value(ws.getCell(r, col(who.renamed, 'target'))))).toBeGreaterThan(0);
          expect(value(ws.getCell(r, v.col('actual')))).toBe(SUM[node]);
          expect(value(ws.getCell(r, v.col('mtdActual')))).toBe(SUM[node]);
        }
      }

      // Suzuki leaves the team: his row is cleared on the member sheet.
      await edit(file, (wb) => {
        const ws = wb.getWorksheet(t(lang, 'sheet.members')) as ExcelJS.Worksheet;
        const row = MEMBERS.firstRow + 2;
        expect(ws.getCell(row, MEMBERS.col.id).value).toBe('suzuki');
        for (const c of [MEMBERS.col.id, MEMBERS.col.name, MEMBERS.col.share, MEMBERS.col.target])
          ws.getCell(row, c).value = null;
      });
      await run(lang, 'sync', file);
      await run(lang, 'review', file, '--week', WEEK);
      const wb = await openXlsx(await recalculate(file, { tempRoot: work.dir }));
      const ws = tabOf(wb, WEEK);
      const v = tabView(ws);
      const former = memberCol(ws, v.headerRow, memberHeader(lang, 'actual', who.suzuki, true));
      expect(textOf(ws.getCell(v.headerRow, former).value)).toBe(
        lang === 'ja' ? '鈴木（退任）：実績' : 'Suzuki (former): actual',
      );
      expect(memberCol(ws, v.headerRow, memberHeader(lang, 'actual', who.suzuki))).toBe(-1);
      for (const node of ['contracts', 'calls'] as const) {
        const r = v.rowOf(node);
        expect(value(ws.getCell(r, former))).toBe(TYPED.suzuki[node]);
        expect(
          value(ws.getCell(r, memberCol(ws, v.headerRow, memberHeader(lang, 'actual', who.renamed)))),
        ).toBe(TYPED.yamada[node]);
        // The month's work was the team's: the former member's actuals are in its sum, its achievement and status.
        expect(value(ws.getCell(r, v.col('actual')))).toBe(SUM[node]);
        const target = num(value(ws.getCell(r, v.col('target'))));
        expect(value(ws.getCell(r, v.col('achievement')))).toBeCloseTo(SUM[node] / target, 9);
        expect(value(ws.getCell(r, v.col('mtdActual')))).toBe(SUM[node]);
      }
    },
  );
});
