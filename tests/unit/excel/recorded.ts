/**
 * Readings of what the recording fake saw a command do: which cells its writes touched,
 * how many runs and syncs it took, and how large its requests and responses were.
 */
import { a1 } from '../../../src/core/layout/a1';
import { parseAddress, type FakeExcel } from '../../support/fakeExcel';

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

/** Runs a command on a host over `excel` and measures it. */
export async function measure<T>(excel: FakeExcel, command: () => Promise<T>): Promise<Measured<T>> {
  const before = { runs: excel.runSyncs.length, syncs: excel.syncs, log: excel.log.length };
  const result = await command();
  const entries = excel.log.slice(before.log);
  const requests = new Map<number, number>();
  for (const e of entries) requests.set(e.sync, (requests.get(e.sync) ?? 0) + JSON.stringify(e).length);
  const responses = [...excel.responseBytes]
    .filter(([sync]) => sync > before.syncs)
    .map(([, bytes]) => bytes);
  return {
    result,
    runs: excel.runSyncs.slice(before.runs),
    largestRequestBytes: Math.max(0, ...requests.values()),
    largestResponseBytes: Math.max(0, ...responses),
    changes: entries.filter((e) => e.kind !== 'load').length,
  };
}
