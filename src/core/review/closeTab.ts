import type { IsoDate } from '../brand';
import { t, type Lang } from '../i18n';
import { grid } from '../layout/grid';
import {
  REVIEW_INPUT_KEYS,
  REVIEW_NODE_KEYS,
  REVIEW_TOP_LABELS,
  REVIEW_TOP_ROWS,
  type ReviewNodeKey,
  type ReviewTopKey,
} from '../layout/reviewColumns';
import { sameIdentity } from '../layout/reviewIdentity';
import type { CellValue, SheetSpec, WorkbookSpec } from '../layout/spec';
import { computeTargets } from '../backcast/targets';
import type { Model } from '../model/types';
import { cellAt, type RawCell, type SheetData, type WorkbookData } from '../reader/workbookData';
import type { ReviewTab } from './findTabs';
import { historySheet } from './historyOf';
import type { ClosedFigures } from '../layout/historySheet';
import type { ReadReviewTab } from './readTab';
import { identityName, NOTHING, stylesOf } from './reviewSpec';
import { readTabs, weekFigures, type TabsRead } from './tabsRead';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';
import { weekDays } from './figures';
import type { Shows } from './layoutNodes';
import { RATE_COLUMNS, type RateKey } from './layoutRates';
import { rateFigures, rateRows } from './rateLinks';
import { gapTableOf, type GapTable } from './layoutGap';
import { reviewRows } from './rows';
import { showsOf } from './shows';
import { memberFigures } from './memberWeek';
import { memberKeyOf } from './memberHeaders';

/** Columns whose cells the tool writes as the tab's figures (not the row's labels, not what people type). */
const FIGURE_KEYS: readonly ReviewNodeKey[] = REVIEW_NODE_KEYS.filter(
  (k) => !REVIEW_INPUT_KEYS.has(k) && !['id', 'name', 'level', 'owner'].includes(k),
);
/** Lines of the top block with a second value (in the level column). */
const TOP_EXTRA: ReadonlySet<ReviewTopKey> = new Set(['dates', 'state', 'kgiForecast']);

export interface ClosedTabs {
  readonly spec: WorkbookSpec;
  /** The tabs closed now. */
  readonly closed: readonly ReviewTab[];
  /** The tabs asked for that were closed already. */
  readonly already: readonly ReviewTab[];
}

/** What a tab of the plan's month shows, as the core computes it: its rows by id, and the top block's lines. */
interface LiveFigures {
  readonly nodes: ReadonlyMap<string, Shows>;
  /** The rate table's numbers by hypothesis id. */
  readonly rates: ReadonlyMap<string, Partial<Record<RateKey, number | string>>>;
  /** The gap table's split. */
  readonly gap: GapTable | null;
  readonly top: Partial<
    Record<ReviewTopKey, { readonly value?: number | string; readonly extra?: number | string }>
  >;
  /** A member column's figure by the name or id its header gives, then node id and column kind. */
  readonly member: (
    who: string,
    id: string,
    kind: 'target' | 'achievement' | 'status',
  ) => number | string | undefined;
}

/**
 * The figures of a tab whose month is the plan's, from the core (what its formulas give
 * once recalculated, whichever program last saved the file); null for another month's
 * tab, which keeps what it shows.
 */
function liveFigures(model: Model | null, tab: ReviewTab, all: TabsRead, lang: Lang): LiveFigures | null {
  if (model === null || tab.month !== model.month) return null;
  const targets = computeTargets(model);
  if (targets.calendar === null || targets.backcast === null || errorsIn(targets.problems)) return null;
  const week = resolveReviewWeek(tab.week, targets.calendar, jpHolidaysApply(model));
  if (!isReviewWeek(week) || week.index < 0) return null;
  const rows = reviewRows(model, targets.backcast, week);
  const figures = weekFigures(model, targets.calendar, week, rows, all, all.read(tab));
  const nodes = showsOf(figures, lang);
  const rateTable = rateRows(model, new Set(rows.map((r) => r.id)));
  const rateNumbers = rateFigures(rateTable, figures);
  const n = (x: number | null | undefined): number | string => (x === null || x === undefined ? '' : x);
  const rates = new Map(
    rateTable.map((r) => {
      const f = rateNumbers.get(r.id);
      return [r.id, { value: r.value, week: n(f?.week), toDate: n(f?.toDate), ratio: n(f?.ratio) }];
    }),
  );
  const days = weekDays(targets.calendar, week.index);
  const kgi = rows.find((r) => r.level === 'KGI');
  const kgiShows = kgi === undefined ? undefined : nodes.get(kgi.id);
  const members = memberFigures(model, all.read(tab), week, targets.backcast, lang);
  return {
    nodes,
    rates,
    member: members,
    gap: gapTableOf(model, rows, figures, lang),
    top: {
      elapsed: { value: days?.elapsed },
      left: { value: days?.left },
      nextWorkdays: { value: days?.next?.workdays },
      kgiForecast: { value: kgiShows?.forecast, extra: kgiShows?.outlook },
    },
  };
}

const errorsIn = (problems: readonly { readonly severity: string }[]): boolean =>
  problems.some((p) => p.severity === 'error');

const shownValue = (cell: RawCell | undefined): CellValue =>
  cell === undefined || cell.error !== undefined || cell.value === '' ? null : cell.value;

/**
 * A week's tab closed where it stands: every formula of the tool's (targets, achievement,
 * status, to date, the re-plan, the forecast and its outlook, the hints, the working days
 * and the KGI's figures at the top) becomes the value it shows now, the tab says 確定 /
 * Closed with the day, and every cell people type in stays as it is, editable. Nothing is
 * laid out again: the tab keeps exactly what the team reviewed.
 */
function freezeTab(
  sheet: SheetData,
  tab: ReviewTab,
  read: ReadReviewTab,
  lang: Lang,
  on: IsoDate,
  live: LiveFigures | null,
): { spec: SheetSpec; end: number; kept: Map<string, ClosedFigures> } {
  const { shape } = read;
  const g = grid();
  const shows = (value: number | string | undefined, cell: RawCell | undefined): CellValue =>
    value === undefined ? shownValue(cell) : value === '' ? null : value;
  const kept = new Map<string, ClosedFigures>();
  for (let r = shape.firstRow; r <= shape.lastNodeRow; r++) {
    const id = read.ids[r - shape.firstRow];
    const row: Partial<Record<ReviewNodeKey, CellValue>> = {};
    for (const key of FIGURE_KEYS) {
      const col = shape.columns[key];
      const cell = col === undefined ? undefined : cellAt(sheet, r, col);
      row[key] = cell?.formula !== undefined ? shows(live?.nodes.get(id)?.[key], cell) : shownValue(cell);
      if (col !== undefined && cell?.formula !== undefined) g.put(r, col, { v: row[key] ?? null });
    }
    const actual = shape.columns.actual === undefined ? undefined : cellAt(sheet, r, shape.columns.actual);
    const cause = shape.columns.cause === undefined ? undefined : cellAt(sheet, r, shape.columns.cause);
    kept.set(id, {
      target: row.target ?? null,
      actual: shownValue(actual),
      achievement: row.achievement ?? null,
      cause: shownValue(cause),
    });
  }
  // A team's member columns: their targets, achievements and statuses keep what they show too.
  for (const m of shape.memberColumns) {
    if (m.kind === 'actual') continue;
    const kind = m.kind;
    for (let r = shape.firstRow; r <= shape.lastNodeRow; r++) {
      const cell = cellAt(sheet, r, m.col);
      if (cell?.formula === undefined) continue;
      g.put(r, m.col, { v: shows(live?.member(memberKeyOf(m), read.ids[r - shape.firstRow], kind), cell) });
    }
  }
  if (shape.rates !== null)
    shape.rates.ids.forEach((id, i) => {
      const r = (shape.rates?.titleRow ?? 0) + 2 + i;
      for (const key of ['value', 'week', 'ratio', 'toDate'] as const) {
        const col = shape.columns[RATE_COLUMNS[key]];
        const cell = col === undefined ? undefined : cellAt(sheet, r, col);
        if (col !== undefined && cell?.formula !== undefined)
          g.put(r, col, { v: shows(live?.rates.get(id)?.[key], cell) });
      }
    });
  if (shape.gap !== null) freezeGap(g, sheet, shape.gap, live?.gap ?? null, shows);
  const label = shape.topLabelColumn;
  const value = shape.columns.name ?? label + 1;
  const extra = shape.columns.level ?? value + 1;
  for (const [key, row] of Object.entries(shape.top) as [ReviewTopKey, number][]) {
    for (const [col, part] of (TOP_EXTRA.has(key)
      ? [
          [value, 'value'],
          [extra, 'extra'],
        ]
      : [[value, 'value']]) as [number, 'value' | 'extra'][]) {
      const cell = cellAt(sheet, row, col);
      if (cell?.formula !== undefined) g.put(row, col, { v: shows(live?.top[key]?.[part], cell) });
    }
  }
  const stateRow = shape.top.state ?? REVIEW_TOP_ROWS.state;
  if (shape.top.state === undefined)
    g.put(stateRow, label, { v: t(lang, REVIEW_TOP_LABELS.state ?? 'review.header.state'), s: 'label' });
  g.put(stateRow, value, { v: t(lang, 'review.state.closed'), s: 'label' });
  g.put(stateRow, extra, { v: { date: on }, s: 'date' });
  const end = tab.end ?? sheet.rows.length;
  return {
    kept,
    spec: {
      key: `review:${tab.week}`,
      name: tab.sheet,
      rows: g.rows,
      widths: [],
      validations: [],
      conditionalFormats: [],
      tabColor: 'A6A6A6',
    },
    end,
  };
}

/** The gap table's note, contributions (by the driver each row names) and total as values. */
function freezeGap(
  g: ReturnType<typeof grid>,
  sheet: SheetData,
  gap: NonNullable<ReadReviewTab['shape']['gap']>,
  live: GapTable | null,
  shows: (value: number | string | undefined, cell: RawCell | undefined) => CellValue,
): void {
  const split = live?.shows?.split;
  const n = (x: number | null | undefined): number | string | undefined =>
    live === null ? undefined : x === null || x === undefined ? '' : x;
  const keep = (row: number, col: number, value: number | string | undefined): void => {
    const cell = cellAt(sheet, row, col);
    if (cell?.formula !== undefined) g.put(row, col, { v: shows(value, cell) });
  };
  keep(gap.titleRow, gap.driverColumn + 1, live === null ? undefined : (live.shows?.note ?? ''));
  for (const { row, name } of gap.drivers) {
    const driver = live?.chain.drivers.find((d) => d.name === name);
    keep(
      row,
      gap.contributionColumn,
      driver === undefined ? undefined : n(split?.contributions?.get(driver.key)),
    );
  }
  if (gap.last === gap.titleRow + 2 + gap.drivers.length)
    keep(gap.last, gap.contributionColumn, n(split?.total));
}

/**
 * Closes review tabs (`kpi-tree review --close`, the pane's Close): each keeps the numbers
 * it shows — for a week of the plan's month the core's numbers, which its formulas give —
 * and the history sheet reads them from their values from now on.
 */
export function closeTabsSpec(
  data: WorkbookData,
  lang: Lang,
  tabsToClose: readonly ReviewTab[],
  on: IsoDate,
  model: Model | null,
  all: TabsRead = readTabs(data),
): ClosedTabs {
  const sheetOf = (name: string): SheetData => data.sheets.find((s) => s.name === name) ?? { name, rows: [] };
  const closing = tabsToClose.filter((tab) => !all.read(tab).closed);
  const already = tabsToClose.filter((tab) => all.read(tab).closed);
  if (closing.length === 0) return { spec: NOTHING, closed: [], already };
  const frozen = closing.map((tab) => ({
    tab,
    ...freezeTab(sheetOf(tab.sheet), tab, all.read(tab), lang, on, liveFigures(model, tab, all, lang)),
  }));
  const history = historySheet(
    lang,
    data,
    all.tabs.map((tab) => {
      const read = all.read(tab);
      const now = frozen.find((f) => sameIdentity(f.tab, tab));
      return now ? { tab, read: { ...read, closed: { on } }, kept: now.kept } : { tab, read };
    }),
  );
  const sheets = [...frozen.map((f) => f.spec), history];
  const names = frozen.map((f) =>
    identityName(f.tab, f.tab.sheet, all.read(f.tab).shape.columns.id ?? 1, f.end),
  );
  return { spec: { sheets, names, styles: stylesOf(sheets) }, closed: closing, already };
}
