import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { applySpec } from '../../../src/hosts/xlsx/applySpec';
import { readWorkbookData } from '../../../src/hosts/xlsx/readData';
import { planArb } from '../../support/edits';
import { buildInMemory, reopen, syncInMemory } from '../../support/memorySync';
import { layoutWholeWorkbook } from '../../../src/core/workbook/layoutWorkbook';

/** What a workbook must give back of a model. */
function essence(m: Model): unknown {
  return {
    nodes: [...m.nodes]
      .map((n) => ({
        id: n.id,
        level: n.level,
        name: n.name,
        parent: n.parent,
        backcast: n.backcast?.source.replace(/\s+/g, '') ?? null,
        unit: n.unit ?? null,
        owner: n.owner ?? null,
        deadline: n.deadline ?? null,
        target: n.target ?? null,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    hypotheses: [...m.hypotheses]
      .map((h) => ({ id: h.id, value: h.value, unit: h.unit ?? null }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    month: m.month,
  };
}

describe('round trip: plan → spec → ExcelJS workbook → readWorkbook', () => {
  it('gives back the same model', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom('ja' as const, 'en' as const), (plan, lang) => {
        const loaded = loadPlanText(JSON.stringify(plan), 'json');
        expect(loaded.model).not.toBeNull();
        const model = loaded.model as Model;
        const planned = layoutWholeWorkbook(model, lang, loaded.problems);
        if (planned.spec === null) return; // a plan the rules reject (none expected, but not the subject here)
        const wb = new ExcelJS.Workbook();
        applySpec(wb, planned.spec);
        const read = readWorkbook(readWorkbookData(wb), lang === 'ja' ? 'en' : 'ja');
        expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(read.model).not.toBeNull();
        expect(read.lang).toBe(lang);
        expect(essence(read.model as Model)).toEqual(essence(model));
      }),
      { numRuns: 20 },
    );
  });

  it('plans from the generator load without errors (control)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const loaded = loadPlanText(JSON.stringify(plan), 'json');
        expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('build → sync on an unchanged workbook (random plans)', () => {
  it('changes no cell value, formula, comment or number format, and reports nothing', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, fc.constantFrom('ja' as const, 'en' as const), async (plan, lang) => {
        const loaded = loadPlanText(JSON.stringify(plan), 'json');
        const model = loaded.model as Model;
        if (layoutWholeWorkbook(model, lang, loaded.problems).spec === null) return;
        const built = await reopen(buildInMemory(model, lang));
        const before = cells(built);
        expect(syncInMemory(built).filter((p) => p.code === 'sheet')).toEqual([]);
        const after = cells(await reopen(built));
        expect(after).toEqual(before);
      }),
      { numRuns: 15 },
    );
  });
});

/** Every non-empty cell of every sheet: value or formula, comment, number format. */
function cells(wb: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        const shown =
          v !== null && typeof v === 'object' && 'formula' in v
            ? `=${String((v as { formula: unknown }).formula)}`
            : JSON.stringify(v);
        const note = typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note ?? null);
        out[`${ws.name}!${cell.address}`] = `${shown} | ${note} | ${cell.numFmt ?? ''}`;
      }),
    );
  }
  return out;
}
