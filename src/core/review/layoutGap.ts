import { bin, call, num, ref, str, type Formula } from '../formula/ast';
import { t, type Lang, type MessageKey } from '../i18n';
import type { Model } from '../model/types';
import { a1 } from '../layout/a1';
import type { Grid } from '../layout/grid';
import type { ReviewNodeKey } from '../layout/reviewColumns';
import type { Cell } from '../layout/spec';
import {
  bySize,
  gapChain,
  gapSplit,
  type GapChain,
  type GapDriver,
  type GapSplit,
  type ToDate,
} from './gapDrivers';
import type { ReviewRow } from './types';

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The node table's columns the gap table takes, beside the rate table: drivers under the first question, contributions under the third. */
export const GAP_COLUMNS = { driver: 'q1', contribution: 'q3' } as const satisfies Record<
  string,
  ReviewNodeKey
>;

/** What the table's formulas show, as the core computes them (cached for readers, kept when closed). */
export interface GapShows {
  readonly split: GapSplit;
  /** The note beside the title: '' when the split stands. */
  readonly note: string;
}

export interface GapTable {
  readonly chain: GapChain;
  /** The drivers in the order shown (largest first, as the split stood when the tab was written). */
  readonly order: readonly GapDriver[];
  /** Excel number format of the KGI. */
  readonly numFmt: string;
  readonly shows?: GapShows;
}

/**
 * The table from `titleRow`, to the right of the rate table on the same rows: a title
 * (with a note when no split can be made), a header, one row per driver with its
 * contribution as a live formula of the node table's to-date cells, and a total that is
 * the KGI's to-date actual − target. Returns its last row.
 */
export function putGapTable(
  { put }: Grid,
  tr: Tr,
  cols: Readonly<Record<ReviewNodeKey, number>>,
  table: GapTable,
  rowOf: ReadonlyMap<string, number>,
  titleRow: number,
): number {
  const driverCol = cols[GAP_COLUMNS.driver];
  const valueCol = cols[GAP_COLUMNS.contribution];
  const fmt = `num:${table.numFmt}` as Cell['s'];
  const { chain, shows } = table;
  const cell = (id: string, key: 'mtdActual' | 'mtdTarget'): Formula =>
    ref(a1(rowOf.get(id) as number, cols[key]));
  const a = chain.nodes.map((id) => cell(id, 'mtdActual'));
  const t = chain.nodes.map((id) => cell(id, 'mtdTarget'));
  const result = (x: number | null | undefined): Partial<Cell> =>
    shows === undefined ? {} : { result: x === null || x === undefined ? '' : x };
  put(titleRow, driverCol, { v: tr('review.gap'), s: 'subtitle' });
  put(titleRow + 1, driverCol, { v: tr('review.gap.driver'), s: 'header' });
  put(titleRow + 1, valueCol, { v: tr('review.gap.contribution'), s: 'header' });
  let r = titleRow + 2;
  if (chain.drivers.length === 0) {
    put(titleRow, driverCol + 1, { v: tr('review.gap.noChain'), s: 'muted' });
  } else {
    const numbers = call('AND', ...[...a, ...t].map((x) => call('ISNUMBER', x)));
    const usable = call(
      'AND',
      numbers,
      ...t.map((x) => bin('>', x, num(0))),
      ...a.map((x) => bin('>=', x, num(0))),
      ...a.slice(1).map((x, i) => call('OR', bin('=', a[i], num(0)), bin('>', x, num(0)))),
    );
    put(titleRow, driverCol + 1, {
      f: call(
        'IF',
        numbers,
        call('IF', usable, str(''), str(tr('review.gap.unusable'))),
        str(tr('review.gap.missing')),
      ),
      ...(shows === undefined ? {} : { result: shows.note }),
      s: 'muted',
    });
    const index = new Map(chain.nodes.map((id, i) => [id, i]));
    const gap = bin('-', a[0], t[0]);
    const mean = call('IF', bin('=', a[0], t[0]), a[0], bin('/', gap, call('LN', bin('/', a[0], t[0]))));
    const g = (i: number): Formula => call('LN', bin('/', a[i], t[i]));
    for (const d of table.order) {
      const i = index.get(d.numerator) as number;
      const j = d.denominator === null ? null : (index.get(d.denominator) as number);
      const log = j === null ? g(i) : bin('-', g(i), g(j));
      const zero =
        j === null ? bin('=', a[i], num(0)) : call('AND', bin('=', a[i], num(0)), bin('>', a[j], num(0)));
      put(r, driverCol, { v: d.name, s: 'text' });
      put(r, valueCol, {
        f: call(
          'IF',
          usable,
          call('IF', bin('>', a[0], num(0)), bin('*', mean, log), call('IF', zero, gap, num(0))),
          str(''),
        ),
        ...result(shows?.split.contributions?.get(d.key)),
        s: fmt,
      });
      r++;
    }
  }
  put(r, driverCol, { v: tr('review.gap.total'), s: 'label' });
  put(r, valueCol, {
    f: call('IF', call('AND', call('ISNUMBER', a[0]), call('ISNUMBER', t[0])), bin('-', a[0], t[0]), str('')),
    ...result(shows?.split.total),
    s: fmt,
  });
  return r;
}

const NOTE: Readonly<Record<NonNullable<GapSplit['none']>, MessageKey>> = {
  missing: 'review.gap.missing',
  unusable: 'review.gap.unusable',
};

/** What a tab's gap table holds for these rows and figures; null without a KGI among the rows. */
export function gapTableOf(
  model: Model,
  rows: readonly ReviewRow[],
  figures: ToDate,
  lang: Lang,
): GapTable | null {
  const chain = gapChain(model, rows);
  if (chain === null) return null;
  const split = gapSplit(chain, figures);
  const kgi = rows.find((r) => r.id === chain.kgi) as ReviewRow;
  return {
    chain,
    order: bySize(chain.drivers, split),
    numFmt: kgi.numFmt,
    shows: { split, note: split.none === null ? '' : t(lang, NOTE[split.none]) },
  };
}
