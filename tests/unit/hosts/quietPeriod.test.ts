/** The change announcements both hosts make: once per quiet period, each change once. */
import { quietPeriod } from '../../../src/hosts/quietPeriod';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('changes are handed over once no more came for the quiet period, each once', () => {
  const handed: string[][] = [];
  const changes = quietPeriod<string>(400, (items) => handed.push(items));
  changes.add(['A']);
  jest.advanceTimersByTime(300);
  changes.add(['B', 'A']);
  jest.advanceTimersByTime(300);
  expect(handed).toEqual([]); // each change starts the quiet period again
  jest.advanceTimersByTime(100);
  expect(handed).toEqual([['A', 'B']]);
  changes.add(['C']);
  jest.advanceTimersByTime(400);
  expect(handed).toEqual([['A', 'B'], ['C']]);
});

test('cancel forgets what was collected', () => {
  const handed: string[][] = [];
  const changes = quietPeriod<string>(400, (items) => handed.push(items));
  changes.add(['A']);
  changes.cancel();
  jest.advanceTimersByTime(1000);
  expect(handed).toEqual([]);
  changes.add(['B']);
  jest.advanceTimersByTime(400);
  expect(handed).toEqual([['B']]);
});
