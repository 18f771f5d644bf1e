import fc from 'fast-check';
import type { MemberId } from '../../../src/core/brand';
import { memberFinder } from '../../../src/core/model/members';
import type { Member } from '../../../src/core/model/types';

/** The plain way: every owner's key made and looked up among the members' ids and names. */
function plainFinder(members: readonly Member[]): (owner: string | undefined) => Member | undefined {
  const key = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return (owner) =>
    owner === undefined
      ? undefined
      : members.find((m) => key(m.id) === key(owner) || key(m.name) === key(owner));
}

const NAMES = ['山田', 'Yamada', 'ＹＡＭＡＤＡ', 'ya mada', 'm01', 'M01', '佐藤', ''];
const member = fc
  .record({ id: fc.constantFrom('m01', 'm02', 'M01'), name: fc.constantFrom(...NAMES) })
  .map(({ id, name }): Member => ({ id: id as MemberId, name, share: 0.5, hypotheses: {} }));

describe('memberFinder', () => {
  it('finds the member the plain way finds, with a team or without one', () => {
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(member, { maxLength: 3 }),
        fc.option(fc.oneof(fc.constantFrom(...NAMES), fc.string()), { nil: undefined }),
        (members, owner) => {
          const got = memberFinder(members)(owner);
          const want = plainFinder(members)(owner);
          expect(got).toBe(want);
          if (got !== undefined) found += 1;
        },
      ),
      { numRuns: 2000 },
    );
    expect(found).toBeGreaterThan(100);
  });
});
