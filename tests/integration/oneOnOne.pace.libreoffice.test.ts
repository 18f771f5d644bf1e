/**
 * A member's month so far on their 1on1 tab, in LibreOffice: from their own columns of
 * the month's review tabs, what is left of their month's target (the By member sheet's
 * `MT_`) and the month-end at their pace (to date ÷ working days elapsed × the month's
 * `WORKDAYS`), blank until they typed this week's; and a hint read from their own numbers.
 * Both languages, on the example team.
 */
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Lang } from '../../src/core/i18n';
import { ONE_ON_ONE } from '../../src/core/layout/oneOnOneIdentity';
import { memberHeader } from '../../src/core/review/memberHeaders';
import { cliWorkspace, edit, value } from '../support/cliWorkbooks';
import { openXlsx, TEAM_PLAN } from '../support/edits';
import {
  libreOfficeSuite,
  readDefinedNameValues,
  recalculate,
  type CellScalar,
} from '../support/libreoffice';
import { oneOnOneOf, rowOfKey } from '../support/oneOnOneTabs';
import { tabOf, tabView } from '../support/reviewTabs';

const PLAN = TEAM_PLAN;
const SATO: Record<Lang, string> = { ja: '佐藤', en: 'Sato' };
const P = ONE_ON_ONE.pace;

const work = cliWorkspace('kpi-oneonone-pace-lo-');
const lo = libreOfficeSuite();

const run = async (lang: Lang, ...argv: string[]): Promise<void> => {
  const io = work.io();
  const code = await main([...argv, '--lang', lang], io);
  expect(io.stderr.join('\n')).toBe('');
  expect(code).toBe(0);
};

/** Types a member's actual of a node into their own column of a week's tab. */
async function typeOwn(file: string, lang: Lang, week: string, id: string, n: number): Promise<void> {
  await edit(file, (wb) => {
    const ws = tabOf(wb, week);
    const v = tabView(ws);
    let col = -1;
    ws.getRow(v.headerRow).eachCell((c, k) => {
      if (c.value === memberHeader(lang, 'actual', SATO[lang])) col = k;
    });
    expect(col).toBeGreaterThan(0);
    ws.getCell(v.rowOf(id), col).value = n;
  });
}

/** A cell's text, also when LibreOffice saved it as rich text (digits in another font). */
const textOf = (v: ExcelJS.CellValue): string =>
  v !== null && typeof v === 'object' && 'richText' in v
    ? v.richText.map((r) => r.text).join('')
    : String(v ?? '');

const num = (v: CellScalar): number => {
  if (typeof v !== 'number') throw new Error(`not a number: ${JSON.stringify(v)}`);
  return v;
};

lo.describe("a member's month so far on their 1on1 tab, in LibreOffice", () => {
  it.each(['ja', 'en'] as const)(
    '%s: what is left and the forecast from their own columns, blank until typed; a hint from their numbers',
    async (lang) => {
      const file = await work.build(`pace-${lang}.xlsx`, lang, PLAN[lang]);
      await run(lang, 'review', file, '--week', '2026-W49');
      await typeOwn(file, lang, '2026-W49', 'calls', 20);
      await run(lang, 'review', file, '--week', '2026-W50');
      await typeOwn(file, lang, '2026-W50', 'calls', 10);
      await run(lang, 'oneonone', file, '--member', 'sato', '--week', '2026-W50');

      const out = await recalculate(file, { tempRoot: work.dir });
      const names = await readDefinedNameValues(out);
      const nodes = (names.get('MEMBER_NODES') as (CellScalar | CellScalar[])[]).map((r) =>
        Array.isArray(r) ? r[0] : r,
      );
      const monthly = num((names.get('MT_sato') as CellScalar[])[nodes.indexOf('calls')]);
      const weekly = (names.get('MW_sato') as CellScalar[][])[nodes.indexOf('calls')].map(num);
      const workdays = num(names.get('WORKDAYS') as CellScalar);
      const ws: ExcelJS.Worksheet = oneOnOneOf(await openXlsx(out), '2026-W50', 'sato');
      const calls = rowOfKey(ws, '#pace:calls');
      expect(value(ws.getCell(calls, P.remaining))).toBe(monthly - 30);
      // December 2026 through W50: Dec 1–4 and 7–11 are working days.
      expect(num(value(ws.getCell(calls, P.forecast)))).toBeCloseTo((30 / 9) * workdays, 9);
      expect(textOf(ws.getCell(calls, P.hint).value)).toBe(
        lang === 'ja'
          ? `架電数 10/${weekly[1]} 件は未達 → 量`
          : `Calls made 10/${weekly[1]} missed → quantity`,
      );
      // Nothing typed for her contracts this week: nothing left to say yet.
      const contracts = rowOfKey(ws, '#pace:contracts');
      expect([null, '']).toContain(value(ws.getCell(contracts, P.remaining)));
      expect([null, '']).toContain(value(ws.getCell(contracts, P.forecast)));

      // A number she adds in her column moves her 1on1's figures once recalculated, without a refresh.
      await typeOwn(file, lang, '2026-W50', 'calls', 40);
      const again = oneOnOneOf(
        await openXlsx(await recalculate(file, { tempRoot: work.dir })),
        '2026-W50',
        'sato',
      );
      expect(value(again.getCell(calls, P.remaining))).toBe(monthly - 60);
      expect(num(value(again.getCell(calls, P.forecast)))).toBeCloseTo((60 / 9) * workdays, 9);
    },
  );
});
