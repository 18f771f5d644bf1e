/**
 * The direction on the tree sheet: a column with a header in either language and a
 * dropdown, written from the plan and read back, so a cap said in the plan (or chosen in
 * the sheet) stays a cap through every rebuild.
 */
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { templateModel } from '../../../src/app/templates';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';
import type { Lang } from '../../../src/core/i18n';

const WORDS = {
  ja: { header: '良い方向', lower: '低いほど良い', higher: '高いほど良い', tree: 'KPIツリー' },
  en: { header: 'Better', lower: 'lower', higher: 'higher', tree: 'KPI Tree' },
} as const;

describe.each(['ja', 'en'] as const)('%s: the direction column', (lang: Lang) => {
  const w = WORDS[lang];

  it('is written with its header and a dropdown, and read back', async () => {
    const host = createMemoryHost();
    await buildTree(appOn(host, lang), { model: templateModel('saas', lang) });
    const ws = host.workbook().getWorksheet(w.tree)!;
    let col = 0;
    ws.getRow(4).eachCell((c, n) => {
      if (c.value === w.header) col = n;
    });
    expect(col).toBeGreaterThan(0);
    const rowOf = (id: string): number => {
      for (let r = 5; r < 40; r++) if (ws.getCell(r, 1).value === id) return r;
      throw new Error(id);
    };
    expect(ws.getCell(rowOf('churn_mrr'), col).value).toBe(w.lower);
    expect(ws.getCell(rowOf('new_mrr'), col).value).toBeNull();
    expect(ws.getCell(rowOf('new_mrr'), col).dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"${w.higher},${w.lower}"`],
    });

    const read = readWorkbook(await host.read(), 'en');
    expect(read.model?.nodes.find((n) => n.id === 'churn_mrr')?.better).toBe('lower');
    expect(read.model?.nodes.find((n) => n.id === 'new_mrr')?.better).toBeUndefined();
  });

  it('takes a direction chosen in the sheet, in either language, and names a cell it cannot read', async () => {
    const host = createMemoryHost();
    await buildTree(appOn(host, lang), { model: templateModel('saas', lang) });
    const ws = host.workbook().getWorksheet(w.tree)!;
    let col = 0;
    ws.getRow(4).eachCell((c, n) => {
      if (c.value === w.header) col = n;
    });
    const row = (id: string): number => {
      for (let r = 5; r < 40; r++) if (ws.getCell(r, 1).value === id) return r;
      throw new Error(id);
    };
    ws.getCell(row('new_mrr'), col).value = lang === 'ja' ? 'lower' : '低いほど良い';
    ws.getCell(row('demos'), col).value = 'sideways';
    const read = readWorkbook(await host.read(), 'en');
    expect(read.model?.nodes.find((n) => n.id === 'new_mrr')?.better).toBe('lower');
    const problem = read.problems.find((p) => p.message.key === 'reader.notDirection');
    expect(problem?.cell).toMatch(new RegExp(`!\\w+${row('demos')}$`));
    // A rebuild keeps what the sheet says.
    ws.getCell(row('demos'), col).value = null;
    await refreshWorkbook(appOn(host, lang));
    expect(readWorkbook(await host.read(), 'en').model?.nodes.find((n) => n.id === 'new_mrr')?.better).toBe(
      'lower',
    );
  });
});
