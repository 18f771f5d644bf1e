/**
 * A 1on1 tab's identity, kept in the workbook: a defined name that carries the ISO week
 * and the member's id and points into the tab, from its first row down to the end of its
 * actions (`ONEONONE_2026_W50_yamada` → `'山田 1on1 2026-W50'!$A$1:$A$40`). A tab renamed
 * by hand is still the member's week; a week and a member never get a second tab.
 */
export interface OneOnOneIdentity {
  /** The ISO week label, `2026-W50`. */
  readonly week: string;
  /** The member's id. */
  readonly member: string;
}

const PATTERN = /^ONEONONE_(\d{4})_W(\d{2})_([A-Za-z][A-Za-z0-9_]*)$/i;

/** `{ week: 2026-W50, member: yamada }` → `ONEONONE_2026_W50_yamada`. */
export function oneOnOneIdentityName(id: OneOnOneIdentity): string {
  const [year, week] = id.week.split('-W');
  return `ONEONONE_${year}_W${week}_${id.member}`;
}

/** The identity a defined name carries, or null when it is not a 1on1 tab's. */
export function parseOneOnOneIdentityName(name: string): OneOnOneIdentity | null {
  const m = PATTERN.exec(name);
  return m ? { week: `${m[1]}-W${m[2]}`, member: m[3] } : null;
}

/** The sheet key of a 1on1 tab: `oneOnOne:2026-W50:yamada`. */
export function oneOnOneSheetKey(id: OneOnOneIdentity): `oneOnOne:${string}` {
  return `oneOnOne:${id.week}:${id.member}`;
}

/** The identity a sheet key names, or null for another sheet's key. */
export function parseOneOnOneSheetKey(key: string): OneOnOneIdentity | null {
  const m = /^oneOnOne:(\d{4}-W\d{2}):(.+)$/.exec(key);
  return m ? { week: m[1], member: m[2] } : null;
}

/**
 * Where the 1on1 tab's parts stand. Rows are known by the key in column A (a node's id,
 * or `#` and what the row is), so a row inserted by hand moves nothing; columns are fixed.
 */
export const ONE_ON_ONE = {
  titleRow: 1,
  subtitleRow: 2,
  statusTitleRow: 4,
  statusHeaderRow: 5,
  firstRow: 6,
  col: {
    key: 1,
    name: 2,
    unit: 3,
    monthly: 4,
    weekly: 5,
    actual: 6,
    achievement: 7,
    mtdTarget: 8,
    mtdActual: 9,
    mtdAchievement: 10,
  },
  /** Columns of the member's month so far: the KPI, what is left of their target, their forecast, their hint. */
  pace: { label: 2, remaining: 3, forecast: 4, hint: 5 },
  /** Columns of the text parts: commitment and its outcome, actions, agenda answers. */
  text: { label: 2, body: 3, outcome: 8, due: 7, owner: 8, status: 8, fromWeek: 9 },
  lastColumn: 10,
  spareActions: 3,
} as const;

/** The row keys of the parts below the KPI table. */
export const ROW_KEY = {
  commitment: '#commitment:',
  open: '#open',
  completion: '#completion',
  agenda: '#agenda:',
  action: '#action',
  title: '#title',
  subtitle: '#subtitle',
  section: '#section:',
  header: '#header:',
  none: '#open:none',
  log: '#log',
  pace: '#pace:',
} as const;

/**
 * The columns the tool writes in a row, by the row's key: every other cell of a keyed row
 * is people's own, and so is every cell of a row without a key.
 */
export function toolColumnsOf(key: string): readonly number[] {
  const all = Array.from({ length: ONE_ON_ONE.lastColumn }, (_, i) => i + 1);
  const T = ONE_ON_ONE.text;
  if (!key.startsWith('#')) return all;
  const kind = key.startsWith(ROW_KEY.header) ? key.slice(ROW_KEY.header.length) : key.replace(/:.*$/, '');
  switch (kind) {
    case '#commitment':
    case 'commitment':
      return [1, T.label, T.body, T.outcome];
    case '#open':
    case 'open':
      return [1, T.label, T.body, T.due, T.status, T.fromWeek];
    case '#action':
    case 'actions':
      return [1, T.label, T.body, T.due, T.owner];
    case '#log':
    case 'log':
      return all;
    case '#pace':
    case 'pace':
      return [1, ...Object.values(ONE_ON_ONE.pace)];
    default:
      return [1, T.label, T.body];
  }
}

export const AGENDA_KEYS = ['reflection', 'issues', 'actions', 'feedback'] as const;
export type AgendaKey = (typeof AGENDA_KEYS)[number];
