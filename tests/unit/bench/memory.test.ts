import { freshPageUs, pageFaults, PROBE_BYTES } from '../../../bench/memory';

describe('fresh pages of memory', () => {
  it('counts the page faults of a first write to new memory, and not of a second', () => {
    const buffer = Buffer.alloc(PROBE_BYTES);
    const before = pageFaults();
    buffer.fill(1);
    const first = pageFaults() - before;
    buffer.fill(2);
    const second = pageFaults() - before - first;
    expect(first).toBeGreaterThan(0);
    expect(second).toBeLessThan(first);
  });

  it('prices a fresh page in microseconds: well under a millisecond', () => {
    const us = freshPageUs();
    expect(us).not.toBeNull();
    expect(us).toBeGreaterThanOrEqual(0);
    expect(us).toBeLessThan(1000);
  });
});
