import { promises as fs } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readWorkbook } from '../../src/core/reader/readWorkbook';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { buildExample, cli, openXlsx, sheetByKey, tempDir, treeLayout } from '../support/edits';

/** Formula-injection strings: each must stay text, character for character. */
export const INJECTION = [
  '=1+1',
  '+1',
  '-2',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  "@cmd|'/c calc'!_xlbgnm.A1",
  "+cmd|' /C notepad'!A0",
  "-2+3+cmd|' /C calc'!A0",
];

describe('formula injection: plan → xlsx → read back → sync → xlsx', () => {
  it('names, owners and notes stay text with the exact characters', async () => {
    const dir = await tempDir();
    // A plan's names and notes are kept exactly, leading tab, CR and spaces too (owners, a label,
    // are trimmed by the schema's `optionalText`); so is text typed in the workbook (owners are
    // trimmed by the reader's readText).
    const kpis: Record<string, unknown>[] = [
      { id: 'revenue', level: 'KGI', name: 'Revenue', unit: '円', target: 1000000, owner: 'Boss' },
    ];
    INJECTION.forEach((s, i) => {
      kpis.push({ id: `k${i}`, level: 'KCI', parent: 'revenue', name: s, owner: s.trim(), notes: s });
    });
    const plan = {
      version: 1,
      title: '=HYPERLINK("http://x","y")',
      month: '2026-12',
      lang: 'en',
      hypotheses: [],
      kpis,
    };
    await fs.writeFile(path.join(dir, 'plan.yaml'), stringify(plan));
    const built = await cli(dir, 'build', 'plan.yaml', '--out', 'x.xlsx');
    expect(built.err).not.toMatch(/error/i);
    expect(built.code).toBe(0);
    const file = path.join(dir, 'x.xlsx');

    const check = async (typedWithExcelJs: boolean): Promise<void> => {
      // ExcelJS writes a CR unescaped (not as _x000D_), and XML readers turn it into LF: text
      // typed into the file with ExcelJS (standing in for a person's program) loses its CR
      // before the tool reads it. What the tool writes itself keeps it (as &#13;).
      const name = (s: string): string => (typedWithExcelJs ? s.replace(/\r/g, '\n') : s);
      const wb = await openXlsx(file);
      const t = treeLayout(wb);
      INJECTION.forEach((s, i) => {
        const r = t.rowOf.get(`k${i}`) as number;
        for (const [col, want] of [
          [t.col.name, name(s)],
          [t.col.owner, s.trim()],
          [t.col.notes, name(s)],
        ] as const) {
          const v = t.ws.getCell(r, col as number).value;
          expect(typeof v).toBe('string');
          expect(v).toBe(want);
        }
      });
      // Read back through the reader: same strings in the model.
      const read = readWorkbook(readWorkbookData(wb), 'en');
      const byId = new Map(read.model?.nodes.map((n) => [n.id as string, n]));
      INJECTION.forEach((s, i) => {
        expect(byId.get(`k${i}`)?.name).toBe(name(s));
        expect(byId.get(`k${i}`)?.notes).toBe(name(s));
        expect(byId.get(`k${i}`)?.owner).toBe(s.trim());
      });
      // No cell anywhere holds a formula that came from user text.
      for (const ws of wb.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const f = (cell.value as { formula?: string } | null)?.formula;
            if (f) expect(f).not.toMatch(/HYPERLINK|cmd|DDE|calc/i);
          }),
        );
      }
    };
    await check(false);
    expect((await cli(dir, 'sync', 'x.xlsx')).code).toBe(0);
    await check(false);

    // Now people type the corpus into the workbook itself, exactly.
    const wb = await openXlsx(file);
    const t = treeLayout(wb);
    INJECTION.forEach((s, i) => {
      const r = t.rowOf.get(`k${i}`) as number;
      t.ws.getCell(r, t.col.name as number).value = s;
      t.ws.getCell(r, t.col.notes as number).value = s;
      t.ws.getCell(r, t.col.owner as number).value = s;
    });
    await wb.xlsx.writeFile(file);
    expect((await cli(dir, 'sync', 'x.xlsx')).code).toBe(0);
    await check(true);
    expect((await cli(dir, 'sync', 'x.xlsx')).code).toBe(0);
    await check(true);
  });
});

describe('formula injection typed into every kind of cell people own, through sync twice', () => {
  it('success factors, people’s columns and note rows, hypothesis names and rationales, the title stay text', async () => {
    const { dir, file } = await buildExample();
    const wb = await openXlsx(file);
    const t = treeLayout(wb);
    const ids = [...t.rowOf.keys()];
    const userCol = t.ws.columnCount + 2;
    t.ws.getCell(t.headerRow, userCol).value = '=HYPERLINK("http://x","col")';
    INJECTION.forEach((s, i) => {
      const id = ids[i % ids.length] as string;
      const r = t.rowOf.get(id) as number;
      if (i < ids.length) {
        t.ws.getCell(r, t.col.ksf as number).value = s;
        t.ws.getCell(r, userCol).value = s;
      }
      t.ws.getCell(t.nextRow + 1 + i, t.col.notes as number).value = s; // a note row of its own
    });
    const hyp = sheetByKey(wb, 'sheet.hypotheses');
    hyp.getCell('B4').value = INJECTION[6] as string;
    hyp.getCell('E4').value = INJECTION[7] as string;
    sheetByKey(wb, 'sheet.settings').getCell('B6').value = INJECTION[8] as string; // title
    await wb.xlsx.writeFile(file);
    for (let pass = 0; pass < 2; pass++) expect((await cli(dir, 'sync', path.basename(file))).code).toBe(0);

    const after = await openXlsx(file);
    const stored = (s: string): string => s.replace(/\r/g, '\n');
    const texts = new Set<string>();
    const formulas: string[] = [];
    for (const ws of after.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.add(cell.value);
          const f = (cell.value as { formula?: string } | null)?.formula;
          if (f) formulas.push(f);
        }),
      );
    }
    for (const s of INJECTION) expect([s, texts.has(stored(s))]).toEqual([s, true]);
    expect(texts.has('=HYPERLINK("http://x","col")')).toBe(true);
    expect(formulas.filter((f) => /HYPERLINK|cmd|DDE|calc|SUM\(A1\)/i.test(f))).toEqual([]);
    // The title is shown in the sheets' headings as text too.
    expect([...texts].some((x) => x.includes(INJECTION[8] as string) && x !== INJECTION[8])).toBe(true);
  });
});
