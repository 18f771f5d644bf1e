/**
 * Text that looks like a coded character (`_x0041_`, which a spreadsheet reads as "A") is
 * saved so that every reader reads it back as it was typed: an id, a name, a note.
 */
import ExcelJS from 'exceljs';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { readWorkbookData } from '../../../src/hosts/xlsx/readData';
import { buildTree, refreshWorkbook } from '../../../src/app/build';
import { appOn } from '../../support/app';

const CODED = ['_x0041_', 'h_x0000_', '_x0041_x0042_', 'a_x00ab_b', '_x005F_', '__x0041__', '_x004_'];

const plan = `version: 1
title: T
month: 2026-12
lang: en
hypotheses:
  - { id: h_x0041_, name: "rate _x0041_", value: 0.5 }
kpis:
  - { id: revenue, level: KGI, name: Revenue, target: 1000000, unit: 円 }
${CODED.map((s, i) => `  - { id: k${i}_x0041_, level: KPI, parent: revenue, name: "${s}", notes: "${s}", backcast: revenue * h_x0041_ }`).join('\n')}
`;

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

describe('text that looks like a coded character', () => {
  it('reads back as typed after a build and a save, and after a refresh of the saved file', async () => {
    const loaded = loadPlanText(plan, 'yaml');
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const host = createMemoryHost();
    await buildTree(appOn(host, 'en'), {
      model: loaded.model!,
      problems: loaded.problems,
      locate: loaded.locateNode,
    });
    const expectSame = (wb: ExcelJS.Workbook): void => {
      const read = readWorkbook(readWorkbookData(wb), 'en');
      const nodes = read.model!.nodes.filter((n) => n.level === 'KPI');
      expect(nodes.map((n) => [n.id, n.name, n.notes])).toEqual(CODED.map((s, i) => [`k${i}_x0041_`, s, s]));
      expect(read.model!.hypotheses.map((h) => [h.id, h.name])).toEqual([['h_x0041_', 'rate _x0041_']]);
    };
    const first = await reread(await host.save());
    expectSame(first);

    const again = createMemoryHost();
    await again.open(await host.save());
    await refreshWorkbook(appOn(again, 'en'));
    expectSame(await reread(await again.save()));
  });
});
