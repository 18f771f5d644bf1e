/**
 * The tree sheet's aggregation column is a setting people make: picked from the dropdown it
 * changes the formulas at the next sync (an average's weeks are its month, T_ itself), it
 * stays there, and blanking it hands the choice back to the unit and the name. A workbook
 * built before the column existed gets it, with nothing typed lost.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { messages } from '../../src/core/i18n';
import { buildExample, cli, openXlsx, text, treeLayout } from '../support/edits';

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value as { formula?: string } | null;
  return typeof v === 'object' && v !== null ? v.formula : undefined;
}

async function setAndSync(
  file: string,
  change: (t: ReturnType<typeof treeLayout>) => void,
): Promise<ExcelJS.Workbook> {
  const wb = await openXlsx(file);
  change(treeLayout(wb));
  await wb.xlsx.writeFile(file);
  const r = await cli(path.dirname(file), 'sync', path.basename(file));
  expect(r.code).toBe(0);
  return openXlsx(file);
}

describe('sync and the aggregation column', () => {
  it('turns calls into an average when 平均 is chosen, keeps the choice, and infers again once it is blank', async () => {
    const { dir, file } = await buildExample();
    try {
      const weeks = (t: ReturnType<typeof treeLayout>, id: string): (string | undefined)[] => {
        const first = t.col.perWorkday as number;
        return [1, 2, 3, 4, 5].map((k) => formulaOf(t.ws.getCell(t.rowOf.get(id) as number, first + k)));
      };
      const built = treeLayout(await openXlsx(file));
      expect(weeks(built, 'calls').every((f) => f !== undefined && f.startsWith('ROUND('))).toBe(true);

      const averaged = treeLayout(
        await setAndSync(file, (t) => {
          t.ws.getCell(t.rowOf.get('calls') as number, t.col.aggregate as number).value = '平均';
          t.ws.getCell(t.rowOf.get('revenue') as number, t.col.rationale as number).value =
            '大型案件2件の見込み';
        }),
      );
      expect(weeks(averaged, 'calls')).toEqual(['T_calls', 'T_calls', 'T_calls', 'T_calls', 'T_calls']);
      expect(
        formulaOf(
          averaged.ws.getCell(averaged.rowOf.get('calls') as number, averaged.col.perWorkday as number),
        ),
      ).toBe('T_calls');
      expect(
        text(
          averaged.ws.getCell(averaged.rowOf.get('calls') as number, averaged.col.aggregate as number).value,
        ),
      ).toBe('平均');
      expect(
        text(
          averaged.ws.getCell(averaged.rowOf.get('revenue') as number, averaged.col.rationale as number)
            .value,
        ),
      ).toBe('大型案件2件の見込み');
      // The others are untouched: meetings still split, the interest score (a measured KCI) is an average by its unit.
      expect(weeks(averaged, 'meetings')[1]).toMatch(/^ROUND\(/);
      expect(weeks(averaged, 'interest_level')).toEqual(Array(5).fill('T_interest_level'));
      const json = JSON.parse((await cli(dir, 'backcast', path.basename(file), '--format', 'json')).out) as {
        nodes: { id: string; aggregate: string; monthly: number; weekly: number[] }[];
      };
      const calls = json.nodes.find((n) => n.id === 'calls');
      expect(calls?.aggregate).toBe('average');
      expect(calls?.weekly).toEqual(Array(5).fill(calls?.monthly));

      const inferred = treeLayout(
        await setAndSync(file, (t) => {
          t.ws.getCell(t.rowOf.get('calls') as number, t.col.aggregate as number).value = null;
        }),
      );
      expect(weeks(inferred, 'calls').every((f) => f !== undefined && f.startsWith('ROUND('))).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('adds the two columns to a workbook built before them, keeping what was typed', async () => {
    const { dir, file } = await buildExample();
    try {
      const older = await setAndSync(file, (t) => {
        // Newest first, so the first removal does not move the second.
        t.ws.spliceColumns(t.col.aggregate as number, 1);
        t.ws.spliceColumns(t.col.rationale as number, 1);
        t.ws.getCell(t.rowOf.get('calls') as number, t.col.notes as number).value = '午前中に集中';
      });
      const t = treeLayout(older);
      expect(text(t.ws.getCell(t.headerRow, t.col.aggregate as number).value)).toBe(
        messages['sheet.tree.col.aggregate'].ja,
      );
      expect(text(t.ws.getCell(t.headerRow, t.col.rationale as number).value)).toBe(
        messages['sheet.tree.col.rationale'].ja,
      );
      expect(text(t.ws.getCell(t.rowOf.get('calls') as number, t.col.notes as number).value)).toBe(
        '午前中に集中',
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
