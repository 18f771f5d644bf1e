import { computeTargets } from '../backcast/targets';
import type { Direction } from '../model/direction';
import type { Model } from '../model/types';
import type { UnitKind } from '../model/units';
import { readNumber, readRawText, readText } from '../reader/cells';
import type { RawCell, WorkbookData } from '../reader/workbookData';
import { achievement, type Hint } from './diagnose';
import type { NodeFigures, Outlook } from './figures';
import { sameIdentity } from '../layout/reviewIdentity';
import { readTabs, weekFigures } from './tabsRead';
import { reviewRows } from './rows';
import type { ReviewRow } from './types';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';
import { LANGS, t } from '../i18n';

/** One node's re-plan, as the pane's Review view shows it. */
export interface SummaryRow {
  readonly id: string;
  readonly name: string;
  readonly better: Direction;
  /** How the node's numbers read: a count, an amount, a rate. */
  readonly unitKind: UnitKind;
  readonly remaining: number | null;
  readonly perDay: number | null;
  readonly nextWeek: number | null;
  readonly forecast: number | null;
  readonly outlook: Outlook | null;
  /** The diagnosis of the week with its numbers (`hintSentence` words it in the reader's language). */
  readonly hint: Hint | null;
  /** A closed week's hint as its tab keeps it (the words it was reviewed with); null while the week is open. */
  readonly keptHint: string | null;
}

export interface ReviewSummary {
  readonly kgi: SummaryRow | null;
  /** The nodes furthest behind their month (by the forecast's share of the target), at most three. */
  readonly behind: readonly SummaryRow[];
  /** The week's tab is closed: these are the numbers it keeps. */
  readonly closed: boolean;
}

const OUTLOOK_BY_WORD: ReadonlyMap<string, Outlook> = new Map<string, Outlook>(
  LANGS.flatMap((l) =>
    (['onTrack', 'atRisk', 'offTrack'] as const).map((o): [string, Outlook] => [
      t(l, `review.outlook.${o}`),
      o,
    ]),
  ),
);

/** The verdict a closed tab keeps, read back from its word in either language. */
export function keptOutlook(cell: RawCell | undefined): Outlook | null {
  return OUTLOOK_BY_WORD.get(readText(cell) ?? '') ?? null;
}

/**
 * The re-plan of a week for the KGI and the nodes furthest behind: from the core's
 * numbers over the tabs' actuals, or, for a closed week, the numbers its tab keeps. Null
 * when the workbook has no usable plan or the week is not one it reaches.
 */
export function reviewSummary(model: Model, data: WorkbookData, week: string): ReviewSummary | null {
  const targets = computeTargets(model);
  if (targets.calendar === null || targets.backcast === null) return null;
  const w = resolveReviewWeek(week, targets.calendar, jpHolidaysApply(model));
  if (!isReviewWeek(w)) return null;
  const all = readTabs(data);
  const tab = all.tabs.find((x) => sameIdentity(x, { week: w.label, month: w.month }));
  const own = tab ? all.read(tab) : undefined;
  const rows = reviewRows(model, targets.backcast, w);
  const figures = weekFigures(model, targets.calendar, w, rows, all, own);
  const summary = (row: ReviewRow): SummaryRow => {
    const kept = own?.closed ? own.shown.get(row.id)?.cells : undefined;
    const f: Partial<NodeFigures> = figures.get(row.id) ?? {};
    const number = (key: 'remaining' | 'perDay' | 'nextWeek' | 'forecast'): number | null => {
      if (kept === undefined) return f[key] ?? null;
      const n = readNumber(kept[key]);
      return typeof n === 'number' ? n : null;
    };
    const outlook =
      kept === undefined ? (f.outlook ?? null) : keptOutlook(kept.outlook);
    const unitKind = model.nodes.find((n) => n.id === row.id)?.unitKind ?? 'count';
    return {
      id: row.id,
      name: row.name,
      better: row.better,
      unitKind,
      remaining: number('remaining'),
      perDay: number('perDay'),
      nextWeek: number('nextWeek'),
      forecast: number('forecast'),
      outlook,
      hint: kept === undefined ? (f.hint ?? null) : null,
      keptHint: kept === undefined ? null : (readRawText(kept.hint) ?? null),
    };
  };
  const kgiRow = rows.find((r) => r.level === 'KGI');
  const behind = rows
    .filter((r) => r.level !== 'KGI')
    .map((r) => ({ row: summary(r), share: achievement(summary(r).forecast, r.monthlyTarget, r.better) }))
    .filter((x): x is { row: SummaryRow; share: number } => x.share !== null && x.share < 1)
    .sort((a, b) => a.share - b.share)
    .slice(0, 3)
    .map((x) => x.row);
  return {
    kgi: kgiRow ? summary(kgiRow) : null,
    behind,
    closed: own?.closed !== null && own?.closed !== undefined,
  };
}
