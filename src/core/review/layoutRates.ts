import { hypothesisName } from '../backcast/formulas';
import { bin, call, name, ref, str, type Formula } from '../formula/ast';
import type { MessageKey } from '../i18n';
import { a1 } from '../layout/a1';
import type { Grid } from '../layout/grid';
import type { ReviewNodeKey } from '../layout/reviewColumns';
import type { Cell } from '../layout/spec';
import type { RateFigures, RateRow } from './rateLinks';

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The node table's columns the rate table shares: a hypothesis's value under the target, its actuals under the actual. */
export const RATE_COLUMNS = {
  id: 'id',
  name: 'name',
  value: 'target',
  week: 'actual',
  ratio: 'achievement',
  toDate: 'mtdActual',
  link: 'hint',
} as const satisfies Record<string, ReviewNodeKey>;
export type RateKey = keyof typeof RATE_COLUMNS;

export const RATE_HEADERS: Readonly<Record<RateKey, MessageKey>> = {
  id: 'review.rates.id',
  name: 'review.rates.name',
  value: 'review.rates.value',
  week: 'review.rates.week',
  ratio: 'review.rates.ratio',
  toDate: 'review.rates.toDate',
  link: 'review.rates.link',
};

/** Where the rate table stands: its title row and its last row. */
export interface RateTableRows {
  readonly titleRow: number;
  readonly last: number;
}

/** `a ÷ b` once both are numbers; blank while either is not, or b is 0. */
const quotient = (a: Formula, b: Formula): Formula =>
  call(
    'IF',
    call('AND', call('ISNUMBER', a), call('ISNUMBER', b)),
    call('IFERROR', bin('/', a, b), str('')),
    str(''),
  );

/**
 * The table of hypotheses from `titleRow`: each hypothesis's value live from the
 * Hypotheses sheet, and the rate its two nodes' actual cells give this week and to date
 * (`numerator ÷ denominator`), with to date ÷ hypothesis; a hypothesis linking no two
 * nodes says no rate can be derived. `rowOf` gives the node rows of this tab.
 */
export function putRateTable(
  { put }: Grid,
  tr: Tr,
  cols: Readonly<Record<ReviewNodeKey, number>>,
  rows: readonly RateRow[],
  names: ReadonlyMap<string, string>,
  rowOf: ReadonlyMap<string, number>,
  shows: ReadonlyMap<string, RateFigures> | undefined,
  titleRow: number,
): RateTableRows {
  const col = (key: RateKey): number => cols[RATE_COLUMNS[key]];
  put(titleRow, col('id'), { v: tr('review.rates'), s: 'subtitle' });
  for (const key of Object.keys(RATE_COLUMNS) as RateKey[])
    put(titleRow + 1, col(key), { v: tr(RATE_HEADERS[key]), s: 'header' });
  rows.forEach((row, i) => {
    const r = titleRow + 2 + i;
    const fmt = `num:${row.numFmt}` as Cell['s'];
    const at = (key: RateKey): Formula => ref(a1(r, col(key)));
    const result = (key: 'week' | 'toDate' | 'ratio'): Partial<Cell> => {
      if (shows === undefined) return {};
      const x = shows.get(row.id)?.[key];
      return { result: x === null || x === undefined ? '' : x };
    };
    put(r, col('id'), { v: row.id, s: 'id' });
    put(r, col('name'), { v: row.name, s: 'text' });
    put(r, col('value'), {
      f: call('IFERROR', name(hypothesisName(row.id)), str('')),
      ...(shows === undefined ? {} : { result: row.value }),
      s: fmt,
    });
    const numerator = row.link === null ? undefined : rowOf.get(row.link.numerator);
    const denominator = row.link === null ? undefined : rowOf.get(row.link.denominator);
    if (row.link === null || numerator === undefined || denominator === undefined) {
      for (const key of ['week', 'ratio', 'toDate'] as const) put(r, col(key), { v: null, s: 'muted' });
      put(r, col('link'), { v: tr('review.rates.none'), s: 'muted' });
      return;
    }
    const node = (nodeRow: number, key: ReviewNodeKey): Formula => ref(a1(nodeRow, cols[key]));
    put(r, col('week'), {
      f: quotient(node(numerator, 'actual'), node(denominator, 'actual')),
      ...result('week'),
      s: fmt,
    });
    put(r, col('toDate'), {
      f: quotient(node(numerator, 'mtdActual'), node(denominator, 'mtdActual')),
      ...result('toDate'),
      s: fmt,
    });
    put(r, col('ratio'), { f: quotient(at('toDate'), at('value')), ...result('ratio'), s: 'num:0%' });
    put(r, col('link'), {
      v: tr('review.rates.formula', {
        numerator: names.get(row.link.numerator) ?? row.link.numerator,
        denominator: names.get(row.link.denominator) ?? row.link.denominator,
      }),
      s: 'text',
    });
  });
  return { titleRow, last: titleRow + 1 + rows.length };
}
