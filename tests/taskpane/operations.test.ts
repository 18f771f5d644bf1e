/**
 * The pane's writing operations load on first use: a load that fails (the network, a new
 * version deployed meanwhile) is reported by the call that needed it and tried again by the
 * next one, rather than failing every button until the pane is reloaded.
 */
let mockOffline = true;
jest.mock('../../src/taskpane/writeOperations', () => {
  if (mockOffline) throw new Error('offline');
  return { writeReview: async () => ({ sheet: 'Review 2026-W50' }) };
});

import type { AppContext } from '../../src/app/context';
import { preloadOperations, writeReview } from '../../src/taskpane/operations';

test('a failed load is reported, then tried again', async () => {
  await preloadOperations(); // fails quietly: nothing has asked for an operation yet
  const ctx = {} as AppContext;
  await expect(writeReview(ctx)).rejects.toThrow('offline');
  mockOffline = false;
  await expect(writeReview(ctx)).resolves.toEqual({ sheet: 'Review 2026-W50' });
});
