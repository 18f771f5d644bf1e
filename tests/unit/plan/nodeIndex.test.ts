import fc from 'fast-check';
import type { Hypothesis, KpiNode } from '../../../src/core/model/types';
import { hypothesisById, hypothesisPlace, nodeById, nodePlace } from '../../../src/core/model/types';

/** Nodes with only what the indexes read; ids drawn from a few, so a damaged list repeats some. */
const nodeList = fc
  .array(fc.constantFrom('a', 'b', 'c', 'd', 'calls', '架電'), { maxLength: 12 })
  .map((ids) => ids.map((id, i) => ({ id, name: `${id}-${i}` }) as unknown as KpiNode));

describe('the node indexes of a tree', () => {
  it('find a node by id as a map of the list would, the last of a repeated id', () => {
    fc.assert(
      fc.property(nodeList, fc.constantFrom('a', 'b', 'c', 'd', 'calls', '架電', 'none'), (nodes, id) => {
        const model = { nodes };
        const map = new Map(nodes.map((n) => [n.id as string, n]));
        expect(nodeById(model).get(id)).toBe(map.get(id));
        expect(nodeById(model).has(id)).toBe(map.has(id));
        const at = nodePlace(model).get(id);
        expect(at === undefined ? undefined : nodes[at]).toBe(map.get(id));
      }),
    );
  });

  it('are made once for a list of nodes', () => {
    const model = { nodes: [{ id: 'a' } as unknown as KpiNode] };
    expect(nodeById(model)).toBe(nodeById(model));
    expect(nodeById({ nodes: [...model.nodes] })).not.toBe(nodeById(model));
  });
});

describe('the hypothesis index of a plan', () => {
  const hypothesisList = fc
    .array(fc.constantFrom('rate', 'price', 'days', '単価'), { maxLength: 10 })
    .map((ids) => ids.map((id, i) => ({ id, name: `${id}-${i}`, value: i }) as unknown as Hypothesis));

  it('finds a hypothesis by id, the first of a repeated id', () => {
    fc.assert(
      fc.property(
        hypothesisList,
        fc.constantFrom('rate', 'price', 'days', '単価', 'none'),
        (hypotheses, id) => {
          const first = hypotheses.findIndex((h) => h.id === id);
          expect(hypothesisPlace({ hypotheses }).get(id)).toBe(first === -1 ? undefined : first);
          expect(hypothesisById({ hypotheses })(id)).toBe(first === -1 ? undefined : hypotheses[first]);
        },
      ),
    );
  });

  it('is made once for a list of hypotheses', () => {
    const model = { hypotheses: [{ id: 'rate', name: 'rate', value: 0.5 } as unknown as Hypothesis] };
    expect(hypothesisPlace(model)).toBe(hypothesisPlace(model));
    expect(hypothesisPlace({ hypotheses: [...model.hypotheses] })).not.toBe(hypothesisPlace(model));
  });
});
