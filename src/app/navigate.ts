import { parseSheetAddress } from '../core/rules';
import type { ChangeListener, Unsubscribe } from '../hosts/port';
import type { AppContext } from './context';

/** Shows a cell (`'KPI Tree'!C7`): the cell of a finding, a review tab. Does nothing for text that is not a cell. */
export async function goToCell(ctx: AppContext, cell: string): Promise<void> {
  const at = parseSheetAddress(cell);
  if (at) await ctx.host.select(at.sheet, at.address);
}

/**
 * Calls `listener` with the sheets whose cells changed (people typing, another command),
 * at most once per quiet period; the returned function stops it. Failures go to `onError`.
 */
export function watchWorkbook(
  ctx: AppContext,
  listener: ChangeListener,
  onError: (error: Error) => void,
): Promise<Unsubscribe> {
  return ctx.host.onChange(listener, onError);
}
