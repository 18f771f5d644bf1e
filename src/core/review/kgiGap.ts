import { computeTargets } from '../backcast/targets';
import { sameIdentity } from '../layout/reviewIdentity';
import type { Model } from '../model/types';
import type { WorkbookData } from '../reader/workbookData';
import { bySize, gapChain, gapSplit, type NoSplit } from './gapDrivers';
import { reviewRows } from './rows';
import { readTabs, weekFigures } from './tabsRead';
import { isReviewWeek, jpHolidaysApply, resolveReviewWeek } from './week';

/** The KGI's to-date gap by driver, as the pane's Review view lists it and the tab's table shows it. */
export interface KgiGap {
  readonly name: string;
  /** The KGI's unit as the tree writes it (円, JPY), if any. */
  readonly unit: string | undefined;
  /** Excel number format of the KGI. */
  readonly numFmt: string;
  /** To-date actual − target; null until both are numbers. */
  readonly total: number | null;
  /** Largest first; empty when the KGI is not one chain or no split can be made yet. */
  readonly drivers: readonly { readonly key: string; readonly name: string; readonly contribution: number }[];
  /** Why there is no split: no chain of products and quotients, or this week's numbers. */
  readonly none: NoSplit | 'noChain' | null;
}

/**
 * The week's split of the KGI's gap from the tabs' actuals (what the tab's table shows
 * once recalculated); null without a usable plan, a week the plan reaches, or a KGI.
 */
export function kgiGap(model: Model, data: WorkbookData, week: string): KgiGap | null {
  const targets = computeTargets(model);
  if (targets.calendar === null || targets.backcast === null) return null;
  const w = resolveReviewWeek(week, targets.calendar, jpHolidaysApply(model));
  if (!isReviewWeek(w) || w.index < 0) return null;
  const all = readTabs(data);
  const tab = all.tabs.find((x) => sameIdentity(x, { week: w.label, month: w.month }));
  const rows = reviewRows(model, targets.backcast, w);
  const chain = gapChain(model, rows);
  const kgi = rows.find((r) => r.id === chain?.kgi);
  if (chain === null || kgi === undefined) return null;
  const split = gapSplit(
    chain,
    weekFigures(model, targets.calendar, w, rows, all, tab ? all.read(tab) : undefined),
  );
  const drivers = bySize(chain.drivers, split).flatMap((d) => {
    const contribution = split.contributions?.get(d.key);
    return contribution === undefined ? [] : [{ key: d.key, name: d.name, contribution }];
  });
  return {
    name: kgi.name,
    unit: model.nodes.find((n) => n.id === kgi.id)?.unit,
    numFmt: kgi.numFmt,
    total: split.total,
    drivers,
    none: chain.drivers.length === 0 ? 'noChain' : split.none,
  };
}
