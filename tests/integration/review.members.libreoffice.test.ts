/**
 * Reviews by member, in a real spreadsheet engine: in a team's review tab each member
 * types actuals in their own column; after LibreOffice recalculates, the team's actual is
 * their sum and the team's status follows it, and each member's status follows their own
 * target from the member sheet. A refresh keeps what was typed; a member added to the
 * member sheet and picked up by `sync` gets a column of their own on the next refresh.
 * Both languages, on the example team (examples/team.yaml and its English twin).
 */
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Lang } from '../../src/core/i18n';
import { t } from '../../src/core/i18n';
import { MEMBERS } from '../../src/core/layout/memberColumns';
import { memberHeader, type MemberColumnKind } from '../../src/core/review/memberHeaders';
import { openXlsx, TEAM_PLAN } from '../support/edits';
import { cliWorkspace, edit, value } from '../support/cliWorkbooks';
import {
  libreOfficeSuite,
  readDefinedNameValues,
  recalculate,
  type CellScalar,
} from '../support/libreoffice';
import { tabOf, tabView } from '../support/reviewTabs';

const PLAN = TEAM_PLAN;
const NAMES: Record<Lang, { yamada: string; sato: string; suzuki: string; newcomer: string }> = {
  ja: { yamada: '山田', sato: '佐藤', suzuki: '鈴木', newcomer: '高橋' },
  en: { yamada: 'Yamada', sato: 'Sato', suzuki: 'Suzuki', newcomer: 'Takahashi' },
};
const WEEK = '2026-W50';

const work = cliWorkspace('kpi-review-members-lo-');
const lo = libreOfficeSuite();

/** The column of a member's column of a kind, by its header. */
function memberCol(
  ws: ExcelJS.Worksheet,
  headerRow: number,
  lang: Lang,
  kind: MemberColumnKind,
  who: string,
): number {
  const want = memberHeader(lang, kind, who);
  let col = -1;
  ws.getRow(headerRow).eachCell((c, n) => {
    if (col < 0 && String(c.value ?? '').trim() === want) col = n;
  });
  if (col < 0) throw new Error(`no column ${want} on ${ws.name}`);
  return col;
}

/** The status word the tab's rule gives for an actual against a target (a quantity: higher is better); none without a target above 0. */
function statusOf(lang: Lang, actual: number, target: number): string | null {
  if (!(target > 0)) return null;
  const rate = actual / target;
  return t(
    lang,
    rate >= 1 ? 'review.status.achieved' : rate >= 0.8 ? 'review.status.close' : 'review.status.missed',
  );
}

async function recalculated(file: string): Promise<{ wb: ExcelJS.Workbook; names: Map<string, unknown> }> {
  const out = await recalculate(file, { tempRoot: work.dir });
  return { wb: await openXlsx(out), names: await readDefinedNameValues(out) };
}

const num = (v: CellScalar): number => {
  if (typeof v !== 'number') throw new Error(`not a number: ${JSON.stringify(v)}`);
  return v;
};

lo.describe('reviews by member in LibreOffice', () => {
  it.each(['ja', 'en'] as const)(
    '%s: members type their own actuals; the team is their sum; statuses follow their own targets; a refresh and a new member keep what was typed',
    async (lang) => {
      const who = NAMES[lang];
      const file = await work.build(`team-${lang}.xlsx`, lang, PLAN[lang]);
      expect(await main(['review', file, '--week', WEEK, '--lang', lang], work.io())).toBe(0);

      // Each member types into their own column only; the team's answer to question 1 is typed too.
      const typed = { yamada: { contracts: 2, calls: 150 }, sato: { contracts: 1, calls: 40 } } as const;
      await edit(file, (wb) => {
        const ws = tabOf(wb, WEEK);
        const v = tabView(ws);
        for (const [id, cells] of Object.entries(typed))
          for (const [node, n] of Object.entries(cells))
            ws.getCell(v.rowOf(node), memberCol(ws, v.headerRow, lang, 'actual', who[id as 'yamada'])).value =
              n;
        ws.getCell(v.rowOf('contracts'), v.col('q1')).value = '=not a formula';
      });

      const check = async (
        members: readonly ('yamada' | 'sato' | 'suzuki' | 'newcomer')[],
      ): Promise<void> => {
        const { wb, names } = await recalculated(file);
        const ws = tabOf(wb, WEEK);
        const v = tabView(ws);
        const weekIndex = (names.get('WEEKS') as CellScalar[]).indexOf(WEEK);
        // A one-column name reads as a list, a wider one as rows.
        const memberNodes = (names.get('MEMBER_NODES') as (CellScalar | CellScalar[])[]).map((r) =>
          Array.isArray(r) ? r[0] : r,
        );
        for (const node of ['contracts', 'calls'] as const) {
          const r = v.rowOf(node);
          const actuals = members.map((m) => {
            const c = ws.getCell(r, memberCol(ws, v.headerRow, lang, 'actual', who[m]));
            return typeof value(c) === 'number' ? (value(c) as number) : 0;
          });
          const expected = (typed.yamada[node] ?? 0) + (typed.sato[node] ?? 0);
          expect(actuals.reduce((a, b) => a + b, 0)).toBe(expected);
          // The team's actual is the members' sum, and its achievement and status follow it.
          expect(value(ws.getCell(r, v.col('actual')))).toBe(expected);
          const teamTarget = num(value(ws.getCell(r, v.col('target'))));
          expect(teamTarget).toBeCloseTo((names.get(`W_${node}`) as number[])[weekIndex], 9);
          expect(value(ws.getCell(r, v.col('achievement')))).toBeCloseTo(expected / teamTarget, 9);
          expect(value(ws.getCell(r, v.col('status')))).toBe(statusOf(lang, expected, teamTarget));
          expect(value(ws.getCell(r, v.col('mtdActual')))).toBe(expected);
          // Each member against their own weekly target from the member sheet.
          for (const m of ['yamada', 'sato'] as const) {
            const target = num(value(ws.getCell(r, memberCol(ws, v.headerRow, lang, 'target', who[m]))));
            const own = (names.get(`MW_${m}`) as CellScalar[][])[memberNodes.indexOf(node)][weekIndex];
            expect(target).toBeCloseTo(num(own), 9);
            const status = value(ws.getCell(r, memberCol(ws, v.headerRow, lang, 'status', who[m])));
            expect(status === '' ? null : status).toBe(statusOf(lang, typed[m][node], target));
            if (m === 'yamada') expect(typeof status === 'string' && status.length > 0).toBe(true);
          }
          // Nothing typed for Suzuki: no status.
          expect([null, '']).toContain(
            value(ws.getCell(r, memberCol(ws, v.headerRow, lang, 'status', who.suzuki))),
          );
        }
        expect(value(ws.getCell(v.rowOf('contracts'), v.col('q1')))).toBe('=not a formula');
      };

      await check(['yamada', 'sato', 'suzuki']);

      // Refreshed: what the members typed stays in their columns.
      expect(await main(['review', file, '--week', WEEK, '--lang', lang], work.io())).toBe(0);
      await check(['yamada', 'sato', 'suzuki']);

      // A new member typed into the member sheet (Yamada gives up a tenth), picked up by sync;
      // the next refresh gives them a column, and everything typed is still there.
      await edit(file, (wb) => {
        const ws = wb.getWorksheet(t(lang, 'sheet.members')) as ExcelJS.Worksheet;
        const row = MEMBERS.firstRow + 3;
        ws.getCell(MEMBERS.firstRow, MEMBERS.col.share).value = 0.4;
        ws.getCell(row, MEMBERS.col.id).value = 'takahashi';
        ws.getCell(row, MEMBERS.col.name).value = who.newcomer;
        ws.getCell(row, MEMBERS.col.share).value = 0.1;
      });
      expect(await main(['sync', file, '--lang', lang], work.io())).toBe(0);
      expect(await main(['review', file, '--week', WEEK, '--lang', lang], work.io())).toBe(0);
      await edit(file, (wb) => {
        const ws = tabOf(wb, WEEK);
        const v = tabView(ws);
        expect(
          ws.getCell(v.rowOf('calls'), memberCol(ws, v.headerRow, lang, 'actual', who.newcomer)).value,
        ).toBeNull();
      });
      await check(['yamada', 'sato', 'suzuki', 'newcomer']);
    },
  );
});
