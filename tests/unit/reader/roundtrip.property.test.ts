import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import { planWorkbook } from '../../../src/core/plan';
import { readWorkbook } from '../../../src/core/reader/readWorkbook';
import { applySpec } from '../../../src/hosts/xlsx/applySpec';
import { readWorkbookData } from '../../../src/hosts/xlsx/readData';
import { planArb } from '../../support/edits';

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
    hypotheses: [...m.hypotheses].map((h) => ({ id: h.id, value: h.value, unit: h.unit ?? null })).sort((a, b) => a.id.localeCompare(b.id)),
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
        const planned = planWorkbook(model, lang, loaded.problems);
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
