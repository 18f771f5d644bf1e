/**
 * LibreOffice recalculation time, through the test harness (`tests/support/libreoffice.ts`:
 * a fresh profile that recalculates every formula on load, convert to .xlsx). A run is
 * the wall time of one conversion: start, load, recalculate, save. Files are timed in
 * turn, run after run, so a slow patch of a shared machine touches each alike.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { recalculate } from '../../tests/support/libreoffice';
import { timedAsync } from '../timing';

const TIMEOUT_MS = 15 * 60_000;

/** Recalculates once and returns the recalculated copy (kept until the caller removes `tempRoot`). */
export function recalculatedCopy(file: string, tempRoot: string): Promise<string> {
  return recalculate(file, { tempRoot, timeoutMs: TIMEOUT_MS });
}

/** Milliseconds of each run, per file. */
export async function timeRecalculations<K extends string>(
  files: Readonly<Record<K, string>>,
  runs: number,
  tempRoot: string,
): Promise<Record<K, number[]>> {
  const keys = Object.keys(files) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let run = 0; run < runs; run++) {
    for (const key of keys) {
      const { ms, value: out } = await timedAsync(() =>
        recalculate(files[key], { tempRoot, timeoutMs: TIMEOUT_MS }),
      );
      samples[key].push(ms);
      // The copy sits in <tempRoot>/kpi-tree-lo-XXXXXX/out/.
      await rm(path.dirname(path.dirname(out)), { recursive: true, force: true });
    }
  }
  return samples;
}
