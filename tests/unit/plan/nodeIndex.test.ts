import fc from 'fast-check';
import type { KpiNode } from '../../../src/core/model/types';
import { nodeById, nodePlace } from '../../../src/core/model/types';

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
