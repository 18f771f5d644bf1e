/**
 * The 1on1 operation (`app/oneOnOne`) through both hosts: in Excel (Office.js, on the fake
 * workbook) the member's tab is written with its page setup and shown, and a refresh keeps
 * what was typed in it; on the memory host a workbook without members, an unknown member
 * and a week outside the plan are refused with the field named and nothing written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTree } from '../../../src/app/build';
import { OperationError } from '../../../src/app/errors';
import { writeOneOnOne } from '../../../src/app/oneOnOne';
import { writeReview } from '../../../src/app/review';
import { a1 } from '../../../src/core/layout/a1';
import { ONE_ON_ONE } from '../../../src/core/layout/oneOnOneIdentity';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { WorkbookData } from '../../../src/core/reader/workbookData';
import { createExcelHost } from '../../../src/hosts/excel/host';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';
import { FakeExcel } from '../../support/fakeExcel';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const team = loadPlanText(readFileSync(path.join(EXAMPLES, 'team.yaml'), 'utf8'), 'yaml').model!;
const solo = loadPlanText(readFileSync(path.join(EXAMPLES, 'sales-funnel.yaml'), 'utf8'), 'yaml').model!;

/** The row of a 1on1 tab whose key (column A) is `key`. */
function rowKeyed(data: WorkbookData, sheet: string, key: string): number {
  const rows = data.sheets.find((s) => s.name === sheet)?.rows ?? [];
  const i = rows.findIndex((r) => r[ONE_ON_ONE.col.key - 1]?.value === key);
  if (i < 0) throw new Error(`no row ${key} on ${sheet}`);
  return i + 1;
}

test('in Excel: the tab is written with its page setup and shown, and a refresh keeps what was typed', async () => {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  const ctx = appOn(host, 'ja');
  await buildTree(ctx, { model: team });
  await writeReview(ctx, { week: '2026-W50' });
  const written = await writeOneOnOne(ctx, { member: 'sato', week: '2026-W50' });
  expect(written).toMatchObject({
    sheet: '佐藤 1on1 2026-W50',
    week: '2026-W50',
    member: { id: 'sato', name: '佐藤' },
    existed: false,
    lang: 'ja',
  });
  expect(excel.activeSheet).toBe('佐藤 1on1 2026-W50');
  expect(excel.sheet(written.sheet).pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });

  const data = await host.read();
  const agenda = rowKeyed(data, written.sheet, '#agenda:issues');
  const calls = rowKeyed(data, written.sheet, 'calls');
  await excel.type(written.sheet, a1(agenda, ONE_ON_ONE.text.body), '夕方の架電がつながらない');
  await excel.type(written.sheet, a1(calls, ONE_ON_ONE.col.actual), 150);

  const again = await writeOneOnOne(ctx, { member: '佐藤', week: '2026-W50' });
  expect(again.existed).toBe(true);
  const after = await host.read();
  const sheet = after.sheets.find((s) => s.name === written.sheet)!;
  expect(
    sheet.rows[rowKeyed(after, written.sheet, '#agenda:issues') - 1][ONE_ON_ONE.text.body - 1]?.value,
  ).toBe('夕方の架電がつながらない');
  expect(sheet.rows[rowKeyed(after, written.sheet, 'calls') - 1][ONE_ON_ONE.col.actual - 1]?.value).toBe(150);
});

async function refused(model: typeof team, member: string, week: string): Promise<OperationError> {
  const host = createMemoryHost();
  const ctx = appOn(host, 'en');
  await buildTree(ctx, { model });
  const before = (await host.read()).sheets.map((s) => s.name);
  const error = await writeOneOnOne(ctx, { member, week }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OperationError);
  expect((await host.read()).sheets.map((s) => s.name)).toEqual(before);
  return error as OperationError;
}

test('refused: a workbook without members, an unknown member, a week outside the plan', async () => {
  expect((await refused(solo, 'yamada', '2026-W50')).problems[0].message.key).toBe('oneonone.noMembers');
  const unknown = (await refused(team, 'tanaka', '2026-W50')).problems[0];
  expect(unknown.message.key).toBe('oneonone.unknownMember');
  expect(unknown.field).toBe('member');
  expect((await refused(team, 'yamada', '2027-W02')).problems[0].message.key).not.toBe(
    'oneonone.unknownMember',
  );
});
