import {
  REVIEW,
  REVIEW_ACTION_KEYS,
  REVIEW_NODE_KEYS,
  type ReviewActionKey,
  type ReviewNodeKey,
} from '../layout/reviewColumns';

/** Where each column of a tab's node table and action table is written. */
export interface ReviewColumns {
  readonly node: Readonly<Record<ReviewNodeKey, number>>;
  readonly action: Readonly<Record<ReviewActionKey, number>>;
}

/** The columns of a tab laid out afresh. */
export const NEW_TAB_COLUMNS: ReviewColumns = { node: REVIEW.col, action: REVIEW.action };

/**
 * The columns of a tab written again: every column found stays where people left it; a
 * column the tab lacks (deleted, or new in this version) goes to its usual place when
 * nothing stands there, else after everything else. `taken` are the columns holding
 * people's own headers or cells, which are never written over.
 */
export function placeColumns<K extends string>(
  keys: readonly K[],
  usual: Readonly<Record<K, number>>,
  found: Partial<Record<K, number>>,
  taken: ReadonlySet<number>,
): Record<K, number> {
  const out = {} as Record<K, number>;
  const used = new Set<number>(taken);
  for (const k of keys) {
    const c = found[k];
    if (c !== undefined) {
      out[k] = c;
      used.add(c);
    }
  }
  for (const k of keys) {
    if (out[k] !== undefined) continue;
    const c = used.has(usual[k]) ? Math.max(0, ...used) + 1 : usual[k];
    out[k] = c;
    used.add(c);
  }
  return out;
}

/** The columns a tab is written with, from what its shape says of it. */
export function tabColumns(
  found: {
    readonly node: Partial<Record<ReviewNodeKey, number>>;
    readonly action: Partial<Record<ReviewActionKey, number>>;
  },
  taken: { readonly node: ReadonlySet<number>; readonly action: ReadonlySet<number> },
): ReviewColumns {
  return {
    node: placeColumns(REVIEW_NODE_KEYS, REVIEW.col, found.node, taken.node),
    action: placeColumns(REVIEW_ACTION_KEYS, REVIEW.action, found.action, taken.action),
  };
}
