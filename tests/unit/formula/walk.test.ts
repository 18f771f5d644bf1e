import { bin, bool, call, name, neg, num, ref, str, type Formula } from '../../../src/core/formula';
import { rewriteFormula, someNode, visitFormula } from '../../../src/core/formula/walk';

/** One node of every kind, each operand kind under each operator kind. */
const every: Formula = call(
  'IF',
  bin('>', neg(ref('A1', 'Plan')), num(0)),
  bin('&', str('x'), name('T_calls')),
  call('AND', bool(true), ref('$B$2:$C$3', 'Calendar')),
);

describe('visitFormula', () => {
  it('visits every node, each before its operands, left to right', () => {
    const kinds: string[] = [];
    visitFormula(every, (node) => kinds.push(node.kind));
    expect(kinds).toEqual([
      'call',
      'binary',
      'unary',
      'ref',
      'num',
      'binary',
      'str',
      'name',
      'call',
      'bool',
      'ref',
    ]);
  });
});

describe('rewriteFormula', () => {
  it('rewrites the nodes it is given at any depth and keeps the others', () => {
    const renamed = rewriteFormula(every, (node) =>
      node.kind === 'ref' && node.sheet === 'Plan' ? { ...node, sheet: 'Tree' } : undefined,
    );
    expect(renamed).toEqual(
      call(
        'IF',
        bin('>', neg(ref('A1', 'Tree')), num(0)),
        bin('&', str('x'), name('T_calls')),
        call('AND', bool(true), ref('$B$2:$C$3', 'Calendar')),
      ),
    );
  });

  it('does not walk into a replacement', () => {
    const seen: Formula[] = [];
    const out = rewriteFormula(bin('+', name('a'), num(1)), (node) => {
      seen.push(node);
      return node.kind === 'name' ? bin('*', name('a'), num(2)) : undefined;
    });
    expect(out).toEqual(bin('+', bin('*', name('a'), num(2)), num(1)));
    expect(seen.map((n) => n.kind)).toEqual(['binary', 'name', 'num']);
  });
});

describe('someNode', () => {
  it('finds a node anywhere and nothing that is not there', () => {
    expect(someNode(every, (n) => n.kind === 'ref' && n.sheet === 'Calendar')).toBe(true);
    expect(someNode(every, (n) => n.kind === 'ref' && n.sheet === 'Settings')).toBe(false);
  });
});
