import { readFileSync } from 'fs';
import { join } from 'path';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import { rateFigures, rateRows } from '../../../src/core/review/rateLinks';

const model = (file: string): Model => {
  const loaded = loadPlanText(readFileSync(join(__dirname, '../../../examples', file), 'utf8'), 'yaml');
  if (loaded.model === null) throw new Error('not a plan');
  return loaded.model;
};
const reviewed = (m: Model): Set<string> =>
  new Set(m.nodes.filter((n) => n.level !== 'KCI').map((n) => n.id as string));

describe('the rate each hypothesis is read from', () => {
  it('child = parent ÷ h reads h as parent ÷ child; child = parent × h as child ÷ parent', () => {
    const funnel = model('sales-funnel.yaml');
    const rows = rateRows(funnel, reviewed(funnel));
    expect(rows.find((r) => r.id === 'close_rate')).toMatchObject({
      link: { numerator: 'contracts', denominator: 'meetings' },
      numFmt: '0.0%',
    });
    expect(rows.find((r) => r.id === 'unit_price')).toMatchObject({
      link: { numerator: 'revenue', denominator: 'contracts' },
      numFmt: '"¥"#,##0',
    });
    const route = model('route-sales.yaml');
    const share = rateRows(route, reviewed(route)).find((r) => r.id === 'cross_sell_share');
    expect(share?.link).toEqual({ numerator: 'cross_sell_revenue', denominator: 'revenue' });
  });

  it('a hypothesis in no expression of that form, or linking a node the tab does not show, has no rate', () => {
    const saas = model('saas.yaml');
    const rows = rateRows(saas, reviewed(saas));
    // net × won ÷ (won − 1) × share: not parent ÷ or × a hypothesis alone.
    expect(rows.find((r) => r.id === 'new_share')?.link).toBeNull();
    expect(rows.find((r) => r.id === 'won_per_lost')?.link).toBeNull();
    expect(rows.find((r) => r.id === 'demo_close_rate')?.link).toEqual({
      numerator: 'new_customers',
      denominator: 'demos',
    });
    const funnel = model('sales-funnel.yaml');
    const withoutMeetings = new Set([...reviewed(funnel)].filter((id) => id !== 'meetings'));
    expect(rateRows(funnel, withoutMeetings).find((r) => r.id === 'close_rate')?.link).toBeNull();
  });

  it('gives this week, to date and to date ÷ hypothesis; nothing while a number is missing or zero', () => {
    const funnel = model('sales-funnel.yaml');
    const rows = rateRows(funnel, reviewed(funnel));
    const figures = rateFigures(
      rows,
      new Map([
        ['contracts', { actual: 2, mtdActual: 4 }],
        ['meetings', { actual: 13, mtdActual: 20 }],
        ['revenue', { actual: 200000, mtdActual: null }],
        ['appointments', { actual: 0, mtdActual: 0 }],
      ]),
    );
    expect(figures.get('close_rate')).toEqual({ week: 2 / 13, toDate: 0.2, ratio: 1 });
    expect(figures.get('unit_price')).toEqual({ week: 100000, toDate: null, ratio: null });
    expect(figures.get('meeting_rate')).toEqual({ week: null, toDate: null, ratio: null });
  });
});
