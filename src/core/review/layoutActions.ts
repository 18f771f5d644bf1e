import type { MessageKey } from '../i18n';
import type { Grid } from '../layout/grid';
import {
  REVIEW,
  REVIEW_ACTION_HEADERS,
  REVIEW_ACTION_KEYS,
  type ReviewActionKey,
} from '../layout/reviewColumns';
import type { ReviewAction } from './types';

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Where the action table stands: its title row, its header row, and its first and last rows. */
export interface ActionRows {
  readonly titleRow: number;
  readonly headerRow: number;
  readonly first: number;
  readonly last: number;
}

/**
 * The action table from `titleRow`: its title, headers, the actions given (null: a blank
 * row kept in its place), then spare rows to type into. Everything in it is people's.
 */
export function putActionTable(
  { put }: Grid,
  tr: Tr,
  cols: Readonly<Record<ReviewActionKey, number>>,
  actions: readonly (ReviewAction | null)[],
  titleRow: number,
): ActionRows {
  const headerRow = titleRow + 1;
  put(titleRow, cols.issue, { v: tr('review.actions'), s: 'subtitle' });
  for (const key of REVIEW_ACTION_KEYS)
    put(headerRow, cols[key], { v: tr(REVIEW_ACTION_HEADERS[key]), s: 'headerInput' });
  const count = actions.length + REVIEW.spareActions;
  for (let i = 0; i < count; i++) {
    const a: ReviewAction | null | undefined = actions[i];
    const r = headerRow + 1 + i;
    put(r, cols.issue, { v: a?.issue ?? null, input: true, s: 'inputText' });
    put(r, cols.action, { v: a?.action ?? null, input: true, s: 'inputText' });
    put(r, cols.owner, { v: a?.owner ?? null, input: true, s: 'inputText' });
    put(r, cols.due, { v: a?.due ? { date: a.due } : null, input: true, s: 'inputDate' });
    put(r, cols.status, { v: a?.status ?? null, input: true, s: 'inputText' });
    put(r, cols.fromWeek, { v: a?.fromWeek ?? null, input: true, s: 'inputText' });
  }
  return { titleRow, headerRow, first: headerRow + 1, last: headerRow + count };
}
