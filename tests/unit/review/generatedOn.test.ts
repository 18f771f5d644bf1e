import { localDate } from '../../../src/app/today';

describe('the review header\'s "generated on" date', () => {
  it('is the local date: 08:30 in Tokyo is the 7th, though it is still the 6th in UTC', () => {
    expect(localDate(new Date('2026-12-06T23:30:00Z'), -540)).toBe('2026-12-07');
    expect(localDate(new Date('2026-12-06T14:59:00Z'), -540)).toBe('2026-12-06');
  });

  it('follows the zone it runs in, west of UTC too', () => {
    expect(localDate(new Date('2026-12-07T03:00:00Z'), 300)).toBe('2026-12-06');
  });

  it("uses the machine's zone by default", () => {
    const d = new Date(2026, 11, 7, 0, 30);
    expect(localDate(d)).toBe('2026-12-07');
  });
});
