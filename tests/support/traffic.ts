/**
 * What a command costs in round trips, measured on the recording fake of Excel: syncs,
 * runs, and the size of each request (what was queued before one `context.sync()`) and
 * of each response (what the loads of that sync brought back). Used by the host's budget
 * test and by the benchmarks (`bench/office`).
 *
 * Sizes are estimates of the JSON Office.js exchanges: each queued entry counts the UTF-8
 * bytes of the JSON of what it sends (the object path as its target, the property or
 * method, the payload) plus the fixed envelope the host itself budgets per action
 * (`ACTION_OVERHEAD_BYTES`); a response counts the UTF-8 bytes of the loaded properties'
 * JSON.
 */
import { ACTION_OVERHEAD_BYTES, actionBytes } from '../../src/hosts/excel/payload';
import type { FakeExcel, LogEntry } from './fakeExcel';

export interface Traffic {
  readonly syncs: number;
  readonly runs: number;
  /** Everything queued, in order. */
  readonly entries: readonly LogEntry[];
  /** Estimated bytes of each request, by sync number. */
  readonly requestBytes: ReadonlyMap<number, number>;
  /** Bytes of each response, by sync number. */
  readonly responseBytes: ReadonlyMap<number, number>;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
}

function add(sizes: Map<number, number>, sync: number, bytes: number): void {
  sizes.set(sync, (sizes.get(sync) ?? 0) + bytes);
}

/** The estimated request bytes of one queued entry. */
export function entryBytes(e: LogEntry): number {
  const [member, payload] = e.kind === 'set' ? [e.property, e.value] : e.kind === 'call' ? [e.method, e.args] : ['load', e.properties];
  return actionBytes(e.target, member, payload) + ACTION_OVERHEAD_BYTES;
}

const largest = (sizes: ReadonlyMap<number, number>): number => Math.max(0, ...sizes.values());

/** Starts watching `excel`; the returned function reports the traffic since. */
export function watchTraffic(excel: FakeExcel): () => Traffic {
  const start = { syncs: excel.syncs, runs: excel.runs, log: excel.log.length };
  return () => {
    const entries = excel.log.slice(start.log);
    const requestBytes = new Map<number, number>();
    for (const e of entries) add(requestBytes, e.sync, entryBytes(e));
    const responseBytes = new Map<number, number>();
    for (const [sync, bytes] of excel.responseBytes) if (sync > start.syncs) add(responseBytes, sync, bytes);
    return {
      syncs: excel.syncs - start.syncs,
      runs: excel.runs - start.runs,
      entries,
      requestBytes,
      responseBytes,
      largestRequestBytes: largest(requestBytes),
      largestResponseBytes: largest(responseBytes),
    };
  };
}
