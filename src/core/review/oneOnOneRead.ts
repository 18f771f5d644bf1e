import { LANGS, t } from '../i18n';
import type { IsoDate } from '../brand';
import { parseRange } from '../layout/a1';
import {
  AGENDA_KEYS,
  ONE_ON_ONE,
  parseOneOnOneIdentityName,
  ROW_KEY,
  type AgendaKey,
  type OneOnOneIdentity,
} from '../layout/oneOnOneIdentity';
import { readDate, readNumber, readRawText, readText } from '../reader/cells';
import { cellAt, type SheetData, type WorkbookData } from '../reader/workbookData';
import { readOwnCells, type OwnCell } from './oneOnOneOwnCells';
import type { ReviewAction } from './types';

/** A 1on1 tab of the workbook: its sheet as it is named now, and whose week it is. */
export interface OneOnOneTab extends OneOnOneIdentity {
  readonly sheet: string;
  /** The last row of the tab's region, from its identity. */
  readonly end: number;
}

/** What people typed into a 1on1 tab, by what each row is. */
export interface OneOnOneTyped {
  /** The member's own week actuals typed for nodes they do not own, by node id. */
  readonly actuals: ReadonlyMap<string, number | string>;
  /** What came of last week's commitment, by node id. */
  readonly outcomes: ReadonlyMap<string, string>;
  readonly agenda: Partial<Record<AgendaKey, string>>;
  /** The actions decided in the 1on1 that hold something, in order. */
  readonly actions: readonly ReviewAction[];
  /** Every other cell people wrote on the tab, anchored to the row it stands beside. */
  readonly own: readonly OwnCell[];
}

const ID_HEADERS = new Set(LANGS.map((l) => t(l, 'oneonone.header.id')));

export const NOTHING_TYPED: OneOnOneTyped = {
  actuals: new Map(),
  outcomes: new Map(),
  agenda: {},
  actions: [],
  own: [],
};

/** Every 1on1 tab, known by its identity whatever people renamed it to. */
export function findOneOnOneTabs(data: WorkbookData): OneOnOneTab[] {
  const tabs: OneOnOneTab[] = [];
  for (const n of data.names) {
    const id = parseOneOnOneIdentityName(n.name);
    const rect = parseRange(n.range);
    if (id === null || n.sheet === null || rect === null || !data.sheets.some((s) => s.name === n.sheet))
      continue;
    if (tabs.some((t) => t.sheet === n.sheet || (t.week === id.week && t.member === id.member))) continue;
    tabs.push({ ...id, sheet: n.sheet, end: rect.row2 });
  }
  return tabs;
}

/**
 * What people typed into a 1on1 tab: every row is read by its key in column A (a node's
 * id, `#commitment:<id>`, `#agenda:<part>`, `#action`), so a row inserted above moves
 * nothing. Untrusted: a cell that is not what its column holds is skipped. A cell the
 * tool writes as a formula (an actual linked to a review tab) is not people's.
 */
export function readOneOnOneTab(sheet: SheetData, end: number): OneOnOneTyped {
  const C = ONE_ON_ONE.col;
  const T = ONE_ON_ONE.text;
  const actuals = new Map<string, number | string>();
  const outcomes = new Map<string, string>();
  const agenda: Partial<Record<AgendaKey, string>> = {};
  const actions: ReviewAction[] = [];
  const last = Math.min(end, sheet.rows.length);
  // Node rows are the KPI table's: below its header (its ID header), above the next keyed part.
  let inStatus = false;
  for (let r = 1; r <= last; r++) {
    const key = readText(cellAt(sheet, r, C.key));
    if (key === undefined) continue;
    if (ID_HEADERS.has(key)) {
      inStatus = true;
      continue;
    }
    if (key.startsWith('#')) inStatus = false;
    const text = (col: number): string | undefined => readRawText(cellAt(sheet, r, col));
    if (key.startsWith(ROW_KEY.commitment)) {
      const outcome = text(T.outcome);
      if (outcome !== undefined) outcomes.set(key.slice(ROW_KEY.commitment.length), outcome);
    } else if (key.startsWith(ROW_KEY.agenda)) {
      const part = key.slice(ROW_KEY.agenda.length) as AgendaKey;
      const body = text(T.body);
      if (AGENDA_KEYS.includes(part) && body !== undefined) agenda[part] = body;
    } else if (key === ROW_KEY.action) {
      const issue = text(T.label);
      const action = text(T.body);
      const due = readDate(cellAt(sheet, r, T.due));
      if (issue === undefined && action === undefined) continue;
      actions.push({
        ...(issue === undefined ? {} : { issue }),
        ...(action === undefined ? {} : { action }),
        ...(typeof due === 'string' ? { due: due as IsoDate } : {}),
      });
    } else if (inStatus) {
      const cell = cellAt(sheet, r, C.actual);
      if (cell === undefined || cell.formula !== undefined) continue;
      const n = readNumber(cell);
      if (typeof n === 'number') actuals.set(key, n);
      else if (n !== undefined) {
        const raw = readRawText(cell);
        if (raw !== undefined) actuals.set(key, raw);
      }
    }
  }
  return { actuals, outcomes, agenda, actions, own: readOwnCells(sheet) };
}

/**
 * The actions decided in the week's 1on1s, owned by their members: what the week's review
 * tab adds to its action table, raised in that week.
 */
export function oneOnOneActions(
  data: WorkbookData,
  week: string,
  memberName: (id: string) => string,
): ReviewAction[] {
  const out: ReviewAction[] = [];
  for (const tab of findOneOnOneTabs(data)) {
    if (tab.week !== week) continue;
    const sheet = data.sheets.find((s) => s.name === tab.sheet);
    if (sheet === undefined) continue;
    for (const a of readOneOnOneTab(sheet, tab.end).actions)
      out.push({ ...a, owner: memberName(tab.member), fromWeek: week });
  }
  return out;
}
