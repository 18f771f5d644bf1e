/**
 * Cycles of parents in any shape of plan: each cycle is reported once, its nodes lose
 * their parent, and every other node keeps its own.
 */
import fc from 'fast-check';
import { loadPlanText } from '../../../src/core/model/parsePlan';

/** The nodes whose chain of parents comes back to themselves. */
function onCycles(parents: readonly (number | null)[]): Set<number> {
  const out = new Set<number>();
  parents.forEach((_p, start) => {
    let cur = parents[start];
    for (let steps = 0; cur !== null && steps <= parents.length; steps++) {
      if (cur === start) {
        out.add(start);
        break;
      }
      cur = parents[cur];
    }
  });
  return out;
}

describe('cycles of parents', () => {
  it('reports each cycle once and cuts only the nodes on it', () => {
    const shape = fc
      .integer({ min: 1, max: 12 })
      .chain((n) =>
        fc.array(fc.option(fc.nat({ max: n - 1 }), { nil: null, freq: 4 }), { minLength: n, maxLength: n }),
      );
    fc.assert(
      fc.property(shape, (parents) => {
        const kpis = [
          { id: 'kgi', level: 'KGI', name: '売上', target: 100 },
          ...parents.map((p, i) => ({
            id: `n${i}`,
            level: 'KPI',
            name: `指標${i}`,
            parent: p === null ? 'kgi' : `n${p}`,
            backcast: p === null ? 'kgi' : `n${p}`,
          })),
        ];
        const loaded = loadPlanText(
          JSON.stringify({ version: 1, title: 'T', month: '2026-12', kpis }),
          'json',
        );
        const cycles = onCycles(parents);
        const reported = loaded.problems.filter((p) => p.code === 'tree-cycle');
        // One report per cycle: count the cycles by their smallest member.
        const heads = new Set(
          [...cycles].map((start) => {
            let min = start;
            for (let cur = parents[start] as number; cur !== start; cur = parents[cur] as number)
              min = Math.min(min, cur);
            return min;
          }),
        );
        expect(reported).toHaveLength(heads.size);
        const parentOf = new Map<string, string | null>(loaded.model?.nodes.map((n) => [n.id, n.parent]));
        parents.forEach((p, i) => {
          expect(parentOf.get(`n${i}`)).toBe(cycles.has(i) ? null : p === null ? 'kgi' : `n${p}`);
        });
      }),
      { numRuns: 500 },
    );
  });
});
