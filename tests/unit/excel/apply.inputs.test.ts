/**
 * Regeneration never destroys input, and user text is data (DESIGN.md §3): input cells
 * receive their seed only when empty, and text that looks like a formula, number, date
 * or boolean is stored as the same text.
 */
import { createExcelHost } from '../../../src/hosts/excel/host';
import { needsTextGuard, textInput } from '../../../src/hosts/excel/textSafety';
import { FakeExcel, FakeSheet, enter } from '../../support/fakeExcel';
import { writtenCells } from './recorded';
import { TRICKY_NAMES, nodePlan, specFor } from './specs';

const TREE = 'KPIツリー';
const HYPOTHESES = '仮説';

async function built(n = 10): Promise<{ excel: FakeExcel; host: ReturnType<typeof createExcelHost> }> {
  const excel = new FakeExcel();
  const host = createExcelHost(excel.runtime());
  await host.apply(specFor(nodePlan(n)));
  return { excel, host };
}

describe('input cells', () => {
  test('a fresh build writes every seed (the hypothesis values, the KGI target, owners)', async () => {
    const { excel } = await built();
    expect(excel.sheet(HYPOTHESES).cell('C4')?.value).toBe(100000);
    expect(excel.sheet(TREE).cell('G5')?.value).toBe(120000000);
    expect(excel.sheet(TREE).cell('N5')?.value).toBe('山田');
  });

  test('a rebuild keeps what people typed and seeds only the cells they left empty', async () => {
    const { excel, host } = await built();
    await excel.type(HYPOTHESES, 'C4', 250000); // unit price changed by a manager
    await excel.type(TREE, 'N6', '田中'); // owner reassigned
    const seeded = excel.sheet(TREE).cell('N7')?.value;
    await excel.type(TREE, 'N7', ''); // owner cleared: an empty input gets its seed back
    const report = await host.apply(specFor(nodePlan(10)));
    expect(excel.sheet(HYPOTHESES).cell('C4')?.value).toBe(250000);
    expect(excel.sheet(TREE).cell('N6')?.value).toBe('田中');
    expect(seeded).toEqual(expect.any(String));
    expect(excel.sheet(TREE).cell('N7')?.value).toBe(seeded);
    expect(report.seedsWritten).toBe(1);
    // Of the input cells, the write touches only that one: typed ones get null in every payload.
    const written = writtenCells(excel.writes('formulas').filter((w) => w.sync === excel.syncs));
    expect(written.get(`${TREE}!N7`)).toEqual([seeded]);
    expect(written.get(`${TREE}!N6`)).toBeUndefined();
    expect(written.get(`${HYPOTHESES}!C4`)).toBeUndefined();
  });

  test('generated cells are written with null over input cells, so a write never touches them', async () => {
    const { excel } = await built();
    const hypotheses = excel
      .writes('formulas')
      .find((w) => w.sync === 2 && w.target.startsWith(`${HYPOTHESES}!A1:`));
    expect(hypotheses).toBeDefined();
    // Row 4 of the hypotheses sheet: id, name, [value is input → null], unit, [rationale is input → null],
    // then the previous value and the day a recalibration replaced it (generated: none yet).
    expect((hypotheses!.value as unknown[][])[3]).toEqual(['unit_price', '平均受注単価', null, '円', null, '', '']);
  });

  test('a formula a person put into an input cell survives a rebuild', async () => {
    const { excel, host } = await built();
    await excel.type(HYPOTHESES, 'C5', '=0.3+0.04');
    await host.apply(specFor(nodePlan(10)));
    expect(excel.sheet(HYPOTHESES).cell('C5')).toEqual({ formula: '=0.3+0.04', value: '' });
  });
});

describe('text safety', () => {
  test.each(TRICKY_NAMES)('%j as a node name is stored as that exact text', async (name) => {
    const { excel } = await built(TRICKY_NAMES.length + 1);
    const names = [...excel.sheet(TREE).cells.entries()].filter(([k]) => k.endsWith(',3')).map(([, c]) => c);
    const cell = names.find((c) => c.value === name);
    expect(cell).toEqual({ value: name });
  });

  test('owner and rationale text starting with = (a CSV-injection classic) stays text', async () => {
    const { excel } = await built();
    const values = [...excel.sheet(TREE).cells.values(), ...excel.sheet(HYPOTHESES).cells.values()];
    expect(
      values.filter((c) => c.value === '=cmd|/c calc' && c.formula === undefined).length,
    ).toBeGreaterThan(0);
    expect(values.some((c) => c.formula?.includes('cmd'))).toBe(false);
    expect(excel.sheet(HYPOTHESES).cell('E6')).toEqual({ value: '=過去実績' });
  });

  test.each([
    ['=1+1'],
    ['+1'],
    ['-1'],
    ['@x'],
    ['\tx'],
    ['\rx'],
    ["'already quoted"],
    ['00123'],
    ['2026-12'],
    ['2026年12月'],
    ['1:30'],
    ['10%'],
    ['true'],
    ['#REF!'],
    ['１２３'],
    ['＝SUM(A1)'],
  ])('%j is guarded and Excel stores it verbatim', (text) => {
    expect(needsTextGuard(text)).toBe(true);
    const sheet = new FakeSheet('s', '1');
    enter(sheet, 1, 1, textInput(text));
    expect(sheet.cell('A1')).toEqual({ value: text });
  });

  test.each([['売上'], ['Revenue'], ['KGI'], ['はい'], ['']])(
    '%j needs no quote (the formula bar shows it plain)',
    (text) => {
      expect(needsTextGuard(text)).toBe(false);
      expect(textInput(text)).toBe(text);
    },
  );

  test('the fake reads unguarded text the way Excel does (so the tests above mean something)', () => {
    const sheet = new FakeSheet('s', '1');
    enter(sheet, 1, 1, '=1+1');
    enter(sheet, 1, 2, '00123');
    enter(sheet, 1, 3, 'TRUE');
    expect(sheet.cell('A1')?.formula).toBe('=1+1');
    expect(sheet.cell('B1')?.value).toBe(123);
    expect(sheet.cell('C1')?.value).toBe(true);
  });
});
