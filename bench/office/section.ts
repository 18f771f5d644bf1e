/**
 * Part 1: Office.js round trips and payload per command, through the recording fake of
 * Excel (`tests/support/fakeExcel.ts`) behind the real Office.js host. Each size gets a
 * fresh workbook: build, then check, then review of a week of the plan month. Every figure
 * is an estimate on the fake, not a measurement in Excel; each command's syncs are set
 * against the floor it could reach (`syncFloor`).
 */
import type { IsoDate } from '../../src/core/brand';
import { createExcelHost } from '../../src/hosts/excel/host';
import { REQUEST_BUDGET_BYTES } from '../../src/hosts/excel/payload';
import { FakeExcel } from '../../tests/support/fakeExcel';
import { entryBytes, watchTraffic, type Traffic } from '../../tests/support/traffic';
import { planText } from '../plans';
import { COMMANDS, type OfficeFigure } from '../results';
import type { Section } from '../section';
import { grouped, kib } from '../table';
import { runCommand, type CommandInput } from './commands';

export const TARGET_SYNCS = 3;
/** Excel on the web rejects 5 MB; the host budgets 4 MB, and so does the target. */
export const PAYLOAD_LIMIT_BYTES = REQUEST_BUDGET_BYTES;
/** A week of the plan month (2026-12) and the day its review is written. */
const REVIEW_WEEK = { week: '2026-W50', generatedOn: '2026-12-11' as IsoDate };

/**
 * The fewest requests a command could make under the 4 MB budget: its reads (what it
 * loads, at least one request, more when the responses pass 4 MB together) and its writes
 * (every other queued action, in as few 4 MB requests as they fill).
 */
export function syncFloor(t: Traffic): { floor: number; writeBytes: number; readBytes: number } {
  const writeBytes = t.entries.filter((e) => e.kind !== 'load').reduce((n, e) => n + entryBytes(e), 0);
  const readBytes = [...t.responseBytes.values()].reduce((a, b) => a + b, 0);
  const loads = t.entries.some((e) => e.kind === 'load');
  const reads = loads ? Math.max(1, Math.ceil(readBytes / PAYLOAD_LIMIT_BYTES)) : 0;
  return { floor: reads + Math.ceil(writeBytes / PAYLOAD_LIMIT_BYTES), writeBytes, readBytes };
}

interface Row extends OfficeFigure {
  readonly hostCalls: number;
  readonly maxResponseBytes: number;
  /** Every request of the command together. */
  readonly requestBytes: number;
  readonly writeBytes: number;
  readonly readBytes: number;
}

const verdict = (r: Row): string => {
  const misses = [
    r.syncs > TARGET_SYNCS ? `${r.syncs} over a floor of ${r.floorSyncs}` : '',
    r.maxPayloadBytes >= PAYLOAD_LIMIT_BYTES ? 'request ≥ 4 MB' : '',
    r.maxResponseBytes >= PAYLOAD_LIMIT_BYTES ? 'response ≥ 4 MB' : '',
  ].filter((m) => m !== '');
  return misses.length === 0 ? 'met (estimate)' : `${misses.join(', ')} (estimate)`;
};

export const officeSection: Section<'office'> = {
  key: 'office',
  async measure(options) {
    const rows: Row[] = [];
    for (const nodes of options.sizes) {
      options.log(`office: ${nodes} nodes`);
      const excel = new FakeExcel();
      const host = createExcelHost(excel.runtime());
      const input: CommandInput = { planText: planText(nodes), lang: 'ja', ...REVIEW_WEEK };
      for (const command of COMMANDS) {
        const traffic = watchTraffic(excel);
        await runCommand(command, host, input);
        const t = traffic();
        const { floor, writeBytes, readBytes } = syncFloor(t);
        rows.push({
          command,
          nodes,
          syncs: t.syncs,
          floorSyncs: floor,
          syncRatio: Math.round((100 * t.syncs) / floor) / 100,
          maxPayloadBytes: t.largestRequestBytes,
          hostCalls: t.runs,
          maxResponseBytes: t.largestResponseBytes,
          requestBytes: [...t.requestBytes.values()].reduce((a, b) => a + b, 0),
          writeBytes,
          readBytes,
        });
      }
    }
    return {
      figures: rows.map(({ command, nodes, syncs, floorSyncs, syncRatio, maxPayloadBytes }) => ({
        command,
        nodes,
        syncs,
        floorSyncs,
        syncRatio,
        maxPayloadBytes,
      })),
      tables: [
        {
          title:
            'Office.js round trips — ESTIMATES on the recording fake of Excel, not measured in Excel (bytes are estimated JSON, 1 MB = 1024² bytes; floor = reads + ceil(write bytes ÷ 4 MB))',
          header: [
            'command',
            'nodes',
            'Excel.run',
            'syncs',
            'floor',
            'syncs ÷ floor',
            'writes',
            'reads',
            'largest request',
            'largest response',
            'all requests',
            `target ≤ ${TARGET_SYNCS} syncs, < 4 MB`,
          ],
          rows: rows.map((r) => [
            r.command,
            grouped(r.nodes),
            String(r.hostCalls),
            String(r.syncs),
            String(r.floorSyncs),
            `${r.syncRatio}×`,
            kib(r.writeBytes),
            kib(r.readBytes),
            kib(r.maxPayloadBytes),
            kib(r.maxResponseBytes),
            kib(r.requestBytes),
            verdict(r),
          ]),
        },
      ],
    };
  },
};
