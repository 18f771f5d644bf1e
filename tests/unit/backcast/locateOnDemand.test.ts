/**
 * Locating a node in the plan's text reads the text again (line numbers): the backcast
 * asks for a place only for a problem it reports, never for every node it checks.
 */
import { computeTargets } from '../../../src/core/backcast/targets';
import type { NodeLocator } from '../../../src/core/model/locate';
import { loadValidPlan } from '../../support/plans';

const plan = (unitPrice: number) =>
  loadValidPlan({
    version: 1,
    title: 'locate',
    month: '2026-12',
    hypotheses: [{ id: 'unit_price', name: '単価', value: unitPrice, unit: '円' }],
    kpis: [
      { id: 'revenue', level: 'KGI', name: '売上', unit: '円', target: 1_000_000 },
      {
        id: 'contracts',
        level: 'KPI',
        parent: 'revenue',
        name: '成約',
        unit: '件',
        backcast: 'revenue / unit_price',
      },
    ],
  });

function counting(locate: NodeLocator): { locate: NodeLocator; asked: string[] } {
  const asked: string[] = [];
  return { asked, locate: (id, field) => (asked.push(`${id}.${field}`), locate(id, field)) };
}

test('a plan without problems is never located', () => {
  const { model, locateNode } = plan(50_000);
  const spy = counting(locateNode);
  const { problems } = computeTargets(model, spy.locate);
  expect(problems).toEqual([]);
  expect(spy.asked).toEqual([]);
});

test('a negative target is located at its backcast', () => {
  const { model, locateNode } = plan(-50_000);
  const spy = counting(locateNode);
  const { problems } = computeTargets(model, spy.locate);
  expect(problems.map((p) => [p.code, p.node])).toContainEqual(['value-out-of-range', 'contracts']);
  expect(spy.asked).toContain('contracts.backcast');
});
