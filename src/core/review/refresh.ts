import type { Level } from '../model/types';
import { LEVELS } from '../model/planSchema';
import type { AnchoredCell, ReadReviewTab } from './readTab';
import type { ReviewAction, ReviewRow } from './types';

const sameAction = (a: ReviewAction, b: ReviewAction): boolean =>
  a.issue === b.issue && a.action === b.action && a.fromWeek === b.fromWeek;

export interface RefreshedTab {
  /** The tree's rows, then rows of nodes that left the tree but hold what people typed. */
  readonly rows: readonly ReviewRow[];
  /** Newly carried actions first, then this tab's own action rows in their places. */
  readonly actions: readonly (ReviewAction | null)[];
  /** People's own cells, their action anchors counted in `actions`. */
  readonly own: readonly AnchoredCell[];
}

/**
 * A week's tab made again over what it held: nothing people typed is lost. Actions
 * carried from the previous tab that this tab already has are not carried twice; its own
 * action rows keep their order and blank rows, so cells beside them stay beside them. A
 * node that has left the tree keeps its row, actual and answers (its target is blank).
 */
export function refreshTab(
  rows: readonly ReviewRow[],
  carried: readonly ReviewAction[],
  week: string,
  own: ReadReviewTab | undefined,
): RefreshedTab {
  if (own === undefined) return { rows, actions: carried, own: [] };
  const slots = own.slots.map((a) => (a === null || a.fromWeek ? a : { ...a, fromWeek: week }));
  const fresh = carried.filter((c) => !slots.some((a) => a !== null && sameAction(a, c)));
  const inTree = new Set(rows.map((r) => r.id));
  const holds = (id: string): boolean => {
    const typed = own.typed.get(id);
    const anything =
      typed !== undefined &&
      (typed.actual !== undefined ||
        typed.actualFormula !== undefined ||
        typed.answers.some((a) => a !== undefined));
    return anything || own.cells.some((c) => c.anchor.kind === 'node' && c.anchor.id === id);
  };
  const gone = own.ids.filter((id, i) => !inTree.has(id) && own.ids.indexOf(id) === i && holds(id));
  const kept = gone.map((id): ReviewRow => {
    const shown = own.shown.get(id);
    const level = (LEVELS as readonly string[]).includes(shown?.level ?? '')
      ? (shown?.level as Level)
      : 'KPI';
    return {
      id,
      name: shown?.name ?? id,
      level,
      owner: shown?.owner ?? '',
      isRate: false,
      additive: true,
      better: 'higher',
      roundUp: false,
      monthlyTarget: null,
      numFmt: '#,##0.##',
      children: [],
      weeklyTarget: null,
      mtdTarget: null,
    };
  });
  const cells = own.cells.map((c): AnchoredCell =>
    c.anchor.kind === 'action' ? { ...c, anchor: { kind: 'action', slot: c.anchor.slot + fresh.length } } : c,
  );
  return { rows: [...rows, ...kept], actions: [...fresh, ...slots], own: cells };
}
