import type ExcelJS from 'exceljs';
import { render } from '../../../src/core/i18n';
import type { WorkbookSpec } from '../../../src/core/layout/spec';
import { placeSheets } from '../../../src/core/sync/placeSheets';
import { sheetByKey, snapshot, treeLayout } from '../../support/edits';
import { buildInMemory, modelOfPlan, reopen, syncInMemory } from '../../support/memorySync';

/** A sheet of people's own with a few cells, under a name the tool also wants. */
function ownSheet(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = 'company calendar';
  ws.getCell('A4').value = 'Holiday';
  ws.getCell('B5').value = 42;
}

describe('a generated sheet never writes over a sheet of people’s own', () => {
  it.each([
    ['Calendar', 'sheet.calendar'],
    ['Hypotheses', 'sheet.hypotheses'],
    ['Checks', 'sheet.checks'],
  ] as const)('the tool’s %s was deleted and people have their own sheet of that name', async (name, key) => {
    const wb = buildInMemory();
    wb.removeWorksheet(sheetByKey(wb, key as 'sheet.calendar').id);
    ownSheet(wb, name);
    const theirs = snapshot(wb)[name];
    // Without its Hypotheses the workbook cannot be synced on its own: the plan is built into it.
    const plan = name === 'Hypotheses' ? modelOfPlan() : undefined;
    const problems = syncInMemory(wb, plan);
    const after = await reopen(wb);
    expect(snapshot(after)[name]).toEqual(theirs);
    expect(after.getWorksheet(`${name} (2)`)).toBeDefined();
    const warning = problems.find((p) => p.message.key === 'sync.sheetTaken');
    expect(warning?.severity).toBe('warning');
    expect(render('en', warning!.message)).toBe(
      `A sheet of yours is called "${name}": KPI Tree writes its sheet to "${name} (2)" instead`,
    );
    expect(render('ja', warning!.message)).toContain(`「${name} (2)」`);
    // Formulas and names point at the tool's copy, and the next sync is a fixed point.
    if (name === 'Calendar') {
      const t = treeLayout(after);
      const weekly = t.ws.getCell(t.rowOf.get('meetings') as number, (t.col.perWorkday as number) + 1)
        .value as { formula: string };
      expect(weekly.formula).toContain("'Calendar (2)'!");
    }
    const once = snapshot(after);
    expect(syncInMemory(after).filter((p) => p.message.key === 'sync.sheetTaken')).toEqual([]);
    expect(snapshot(await reopen(after))).toEqual(once);
  });
});

describe('placeSheets on names Excel refuses', () => {
  it('renames, points formulas and names at the new name, and reports the mapping', () => {
    const spec: WorkbookSpec = {
      sheets: [
        {
          key: 'review:x',
          name: 'Review: 2026/W49?',
          rows: [[{ v: 'x' }]],
          widths: [],
          validations: [],
          conditionalFormats: [],
        },
        {
          key: 'review:y',
          name: 'Summary',
          rows: [[{ f: { kind: 'ref', sheet: 'Review: 2026/W49?', address: 'A1' } }]],
          widths: [],
          validations: [],
          conditionalFormats: [],
        },
      ],
      names: [{ name: 'X', sheet: 'Review: 2026/W49?', range: '$A$1' }],
      styles: {},
    };
    const { spec: placed, problems } = placeSheets(spec);
    expect(placed.sheets.map((s) => s.name)).toEqual(['Review_ 2026_W49_', 'Summary']);
    expect(placed.sheets[1].rows[0][0]?.f).toEqual({
      kind: 'ref',
      sheet: 'Review_ 2026_W49_',
      address: 'A1',
    });
    expect(placed.names[0].sheet).toBe('Review_ 2026_W49_');
    expect(problems.map((p) => render('en', p.message))).toEqual([
      'Excel cannot name a sheet "Review: 2026/W49?" (at most 31 characters, none of [ ] : * ? / \\): it is written as "Review_ 2026_W49_"',
    ]);
  });

  it('makes two sheets that differ only in case unique', () => {
    const sheet = (name: string) => ({
      key: 'review:x' as const,
      name,
      rows: [],
      widths: [],
      validations: [],
      conditionalFormats: [],
    });
    const { spec } = placeSheets({ sheets: [sheet('Notes'), sheet('NOTES')], names: [], styles: {} });
    expect(spec.sheets.map((s) => s.name)).toEqual(['Notes', 'NOTES (2)']);
  });
});
