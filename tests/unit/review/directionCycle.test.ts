import { parseExpression } from '../../../src/core/formula/parse';
import type { KpiId } from '../../../src/core/brand';
import { directions } from '../../../src/core/model/direction';
import type { KpiNode } from '../../../src/core/model/types';

function node(id: string, parent: string | null, backcast?: string, better?: 'higher' | 'lower'): KpiNode {
  const parsed = backcast === undefined ? undefined : parseExpression(backcast);
  if (parsed !== undefined && !parsed.ok) throw new Error(backcast);
  return {
    id: id as KpiId,
    level: parent === null ? 'KGI' : 'KPI',
    name: id,
    parent: parent as KpiId | null,
    unitKind: 'count',
    backcast: parsed === undefined || backcast === undefined ? undefined : { source: backcast, expr: parsed.expr },
    better,
    round: 'none',
    aggregate: 'sum',
    depth: 0,
    children: [],
  } as KpiNode;
}

describe('directions along long chains and damaged trees', () => {
  it('a cap at the top holds down a chain of 2,000 nodes, turning where a backcast falls with its parent', () => {
    const nodes = [node('n0', null, undefined, 'lower')];
    for (let i = 1; i < 2000; i++) nodes.push(node(`n${i}`, `n${i - 1}`, i === 1000 ? `100 - n${i - 1}` : `n${i - 1} * 2`));
    const better = directions({ nodes });
    expect(better.get('n999')).toBe('lower');
    expect(better.get('n1000')).toBe('higher');
    expect(better.get('n1999')).toBe('higher');
  });

  it('a cycle of parents (a workbook read back damaged) stops where it comes back on itself instead of looping', () => {
    // a → c → b → a: met again, a counts as higher for that walk; b follows it, c turns, a follows c.
    const nodes = [node('a', 'c', 'c * 2'), node('b', 'a', 'a * 2'), node('c', 'b', '100 - b')];
    const better = directions({ nodes });
    expect(better.get('b')).toBe('higher');
    expect(better.get('c')).toBe('lower');
    expect(better.get('a')).toBe('lower');
  });
});
