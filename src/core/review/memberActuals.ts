import { readNumber, readRawText } from '../reader/cells';
import { cellAt, type SheetData } from '../reader/workbookData';
import { memberKeyOf } from './memberHeaders';
import type { ReviewTabShape } from './tabShape';

/** One member's actual cell as typed: a number (or text, kept as typed), or a formula of their own. */
export interface MemberTypedActual {
  readonly actual?: number | string;
  readonly formula?: string;
}

/** What the members typed, by their block's key (the id its formulas name, else its header's name), then by node id. */
export type MemberActuals = ReadonlyMap<string, ReadonlyMap<string, MemberTypedActual>>;

/** The actuals typed in each member's own column of a review tab, by node id. */
export function readMemberActuals(
  sheet: SheetData,
  shape: ReviewTabShape,
  ids: readonly string[],
): MemberActuals {
  const out = new Map<string, Map<string, MemberTypedActual>>();
  for (const m of shape.memberColumns) {
    const key = memberKeyOf(m);
    if (m.kind !== 'actual' || out.has(key)) continue;
    const byNode = new Map<string, MemberTypedActual>();
    ids.forEach((id, i) => {
      const cell = cellAt(sheet, shape.firstRow + i, m.col);
      if (cell?.formula) {
        byNode.set(id, { formula: cell.formula });
        return;
      }
      const n = readNumber(cell);
      if (n === undefined) return;
      const actual = typeof n === 'number' ? n : readRawText(cell);
      if (actual !== undefined && !byNode.has(id)) byNode.set(id, { actual });
    });
    out.set(key, byNode);
  }
  return out;
}
