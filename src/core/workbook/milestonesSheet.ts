import { targetName } from '../backcast/formulas';
import { bin, call, name, num, ref, str, type Formula } from '../formula/ast';
import type { MessageKey } from '../i18n';
import { a1, absA1 } from '../layout/a1';
import type { LayoutContext } from '../layout/context';
import type { Cell, SheetSpec, Validation } from '../layout/spec';
import { inputStyle, numStyle } from '../layout/styles';
import type { MilestoneDay, MilestoneInput } from '../model/milestones';
import { kgiOf } from '../model/types';
import { numberFormatFor } from '../model/units';
import {
  coverageOf,
  milestonesOf,
  milestoneStatus,
  requiredPipeline,
  type MilestoneStatus,
} from './milestones';
import { SETTINGS_ROWS } from './settingsSheet';

/** Where the Milestones sheet puts things (1-based). */
export const MILESTONES = {
  headerRow: 4,
  firstRow: 5,
  col: { id: 1, due: 2, check: 3, item: 4, value: 5, status: 6 },
} as const;

export type MilestoneColumnKey = keyof typeof MILESTONES.col;

export const MILESTONE_HEADER_KEYS: Readonly<Record<MilestoneColumnKey, MessageKey>> = {
  id: 'milestones.col.id',
  due: 'milestones.col.due',
  check: 'milestones.col.check',
  item: 'milestones.col.item',
  value: 'milestones.col.value',
  status: 'milestones.col.status',
};

/** A row of the sheet: an input people type, or a figure the tool works out. */
export type MilestoneRowId = MilestoneInput | 'coverage' | 'required';

/** The rows of each milestone, in order; its check and status stand on the first. */
export const MILESTONE_ROWS: Readonly<Record<MilestoneDay, readonly MilestoneRowId[]>> = {
  10: ['pipeline', 'wonToDate', 'coverage', 'required'],
  20: ['meetingsHeld', 'meetingsPlanned'],
  25: ['openDeals', 'agreementsKnown'],
};

export const STATUS_KEYS: Readonly<Record<MilestoneStatus, MessageKey>> = {
  met: 'milestones.status.met',
  notMet: 'milestones.status.notMet',
  notEntered: 'milestones.status.notEntered',
};

/** The sheet row of each milestone row id, as the tool lays the sheet out. */
export function milestoneRowOf(id: MilestoneRowId): number {
  let row = MILESTONES.firstRow;
  for (const ids of Object.values(MILESTONE_ROWS)) {
    const at = ids.indexOf(id);
    if (at >= 0) return row + at;
    row += ids.length;
  }
  throw new Error(`unknown milestone row ${id}`);
}

/**
 * The Milestones sheet: for the month's 10th, 20th and 25th (moved to the working day on
 * or before), the check, the inputs people type on the day (seeded with what the
 * workbook held, so a rebuild keeps them) and a live status formula. Day 10 holds the
 * pipeline against the coverage multiple (a Settings row) times the KGI left to win.
 */
export function layoutMilestonesSheet(ctx: LayoutContext): SheetSpec {
  const { model, tr } = ctx;
  const settings = model.milestones;
  const typed = settings?.inputs ?? {};
  const kgi = kgiOf(model);
  const kgiTarget =
    kgi === undefined ? null : (ctx.backcast.nodes.find((n) => n.id === kgi.id)?.monthly ?? null);
  const money = numberFormatFor(kgi?.unit);
  const C = MILESTONES.col;
  const at = (id: MilestoneRowId): Formula => ref(a1(milestoneRowOf(id), C.value));
  const blank = (id: MilestoneRowId): Formula => bin('=', at(id), str(''));
  const word = (s: MilestoneStatus): Formula => str(tr(STATUS_KEYS[s]));
  const judge = (entered: Formula, met: Formula): Formula =>
    call('IF', entered, word('notEntered'), call('IF', met, word('met'), word('notMet')));
  const statusFormula: Record<MilestoneDay, Formula> = {
    10: judge(blank('pipeline'), bin('>=', at('pipeline'), at('required'))),
    20: judge(
      call('OR', blank('meetingsHeld'), blank('meetingsPlanned')),
      bin('>=', at('meetingsHeld'), at('meetingsPlanned')),
    ),
    25: judge(
      call('OR', blank('openDeals'), blank('agreementsKnown')),
      bin('>=', at('agreementsKnown'), at('openDeals')),
    ),
  };
  const coverage = coverageOf(settings);
  const valueCell = (id: MilestoneRowId): Cell => {
    switch (id) {
      case 'coverage':
        return {
          f: ref(absA1(SETTINGS_ROWS.coverage, 2), ctx.sheetName('settings')),
          result: coverage,
          s: numStyle(tr('milestones.coverageFormat')),
        };
      case 'required':
        return {
          f: bin(
            '*',
            at('coverage'),
            call('MAX', num(0), bin('-', kgi ? name(targetName(kgi.id)) : num(0), at('wonToDate'))),
          ),
          result: requiredPipeline(kgiTarget ?? 0, typed.wonToDate, coverage),
          s: numStyle(money),
        };
      case 'pipeline':
      case 'wonToDate':
        return { v: typed[id] ?? null, s: inputStyle(money), input: true };
      default:
        return { v: typed[id] ?? null, s: inputStyle('#,##0'), input: true };
    }
  };
  const rows: (Cell | null)[][] = [
    [{ v: tr('milestones.title', { title: model.title }), s: 'title' }],
    [{ v: tr('milestones.subtitle'), s: 'subtitle' }],
    [],
    (Object.keys(C) as MilestoneColumnKey[]).map((k) => ({ v: tr(MILESTONE_HEADER_KEYS[k]), s: 'header' })),
  ];
  const validations: Validation[] = [];
  for (const milestone of milestonesOf(ctx.backcast.calendar)) {
    MILESTONE_ROWS[milestone.day].forEach((id, i) => {
      const row = rows.length + 1;
      const first = i === 0;
      const item = tr(`milestones.item.${id}` as MessageKey, { kgi: kgi?.name ?? '' });
      rows.push([
        { v: id, s: 'id' },
        first ? { v: { date: milestone.date }, s: 'date' } : null,
        first ? { v: tr(`milestones.check.${milestone.day}` as MessageKey), s: 'text' } : null,
        { v: item, s: 'label' },
        valueCell(id),
        first
          ? {
              f: statusFormula[milestone.day],
              result: tr(STATUS_KEYS[milestoneStatus(milestone.day, settings, kgiTarget)]),
              s: 'label',
            }
          : null,
      ]);
      if (id !== 'coverage' && id !== 'required')
        validations.push({ range: a1(row, C.value), type: 'decimal', min: 0 });
    });
  }
  return {
    key: 'milestones',
    name: ctx.sheetName('milestones'),
    rows,
    widths: [16, 12, 52, 34, 16, 12],
    freeze: { rows: MILESTONES.headerRow, columns: 0 },
    validations,
    conditionalFormats: [],
    tabColor: '70AD47',
  };
}
