/**
 * Part 1: Office.js round trips and payload per command, through the recording fake of
 * Excel (`tests/support/fakeExcel.ts`) behind the real Office.js host. Each size gets a
 * fresh workbook: build, then check, then review of a week of the plan month.
 */
import type { IsoDate } from '../../src/core/brand';
import { createExcelHost } from '../../src/hosts/excel/host';
import { REQUEST_BUDGET_BYTES } from '../../src/hosts/excel/payload';
import { FakeExcel } from '../../tests/support/fakeExcel';
import { watchTraffic } from '../../tests/support/traffic';
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

interface Row extends OfficeFigure {
  readonly hostCalls: number;
  readonly maxResponseBytes: number;
  /** Every request of the command together. */
  readonly requestBytes: number;
}

const verdict = (r: Row): string => {
  const misses = [
    r.syncs > TARGET_SYNCS ? `syncs +${r.syncs - TARGET_SYNCS}` : '',
    r.maxPayloadBytes >= PAYLOAD_LIMIT_BYTES ? 'request ≥ 4 MB' : '',
    r.maxResponseBytes >= PAYLOAD_LIMIT_BYTES ? 'response ≥ 4 MB' : '',
  ].filter((m) => m !== '');
  return misses.length === 0 ? 'met' : `MISSED: ${misses.join(', ')}`;
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
        rows.push({
          command,
          nodes,
          syncs: t.syncs,
          maxPayloadBytes: t.largestRequestBytes,
          hostCalls: t.runs,
          maxResponseBytes: t.largestResponseBytes,
          requestBytes: [...t.requestBytes.values()].reduce((a, b) => a + b, 0),
        });
      }
    }
    return {
      figures: rows.map(({ command, nodes, syncs, maxPayloadBytes }) => ({
        command,
        nodes,
        syncs,
        maxPayloadBytes,
      })),
      tables: [
        {
          title:
            'Office.js round trips (recording fake of Excel; bytes are estimated JSON, 1 MB = 1024² bytes)',
          header: [
            'command',
            'nodes',
            'Excel.run',
            'syncs',
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
