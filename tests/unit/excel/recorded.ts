/**
 * Readings of what the recording fake saw a command do: which cells its writes touched,
 * how many runs and syncs it took, and how large its requests and responses were.
 */
import { a1 } from '../../../src/core/layout/a1';
import { parseAddress, type FakeExcel } from '../../support/fakeExcel';
import { watchTraffic } from '../../support/traffic';

/** What each `formulas` write put into each cell (null entries leave a cell alone), by `Sheet!A1`. */
export function writtenCells(writes: ReturnType<FakeExcel['writes']>): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const w of writes) {
    const sheet = w.target.slice(0, w.target.lastIndexOf('!'));
    const r = parseAddress(w.target);
    (w.value as unknown[][]).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const k = `${sheet}!${a1(r.row1 + i, r.col1 + j)}`;
        out.set(k, [...(out.get(k) ?? []), v]);
      }),
    );
  }
  return out;
}

export interface Measured<T> {
  readonly result: T;
  /** Syncs of each `Excel.run` the command made, in order. */
  readonly runs: readonly number[];
  /** Estimated JSON of the largest request (everything queued before one sync). */
  readonly largestRequestBytes: number;
  /** JSON of the largest response (what the loads of one sync brought back). */
  readonly largestResponseBytes: number;
  /** Writes and calls the command queued (loads aside). */
  readonly changes: number;
}

/** Runs a command on a host over `excel` and measures it (sizes as `tests/support/traffic.ts` counts them). */
export async function measure<T>(excel: FakeExcel, command: () => Promise<T>): Promise<Measured<T>> {
  const runsBefore = excel.runSyncs.length;
  const traffic = watchTraffic(excel);
  const result = await command();
  const t = traffic();
  return {
    result,
    runs: excel.runSyncs.slice(runsBefore),
    largestRequestBytes: t.largestRequestBytes,
    largestResponseBytes: t.largestResponseBytes,
    changes: t.entries.filter((e) => e.kind !== 'load').length,
  };
}
