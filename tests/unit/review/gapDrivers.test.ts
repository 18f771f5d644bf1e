/**
 * The KGI's gap split into its drivers (LMDI), on hand-computed cases: the contributions
 * add up exactly to to-date actual − target, whatever the chain.
 */
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Model } from '../../../src/core/model/types';
import { bySize, gapChain, gapSplit, logMean, type ToDate } from '../../../src/core/review/gapDrivers';
import type { ReviewRow } from '../../../src/core/review/types';

function plan(kpis: object[], hypotheses: object[]): Model {
  const loaded = loadPlanText(
    JSON.stringify({ version: 1, title: 't', month: '2026-12', hypotheses, kpis }),
    'json',
  );
  if (loaded.model === null) throw new Error('not a plan');
  return loaded.model;
}

/** The review's rows as far as the chain needs them: ids, names, levels and reviewed children. */
function rows(m: Model): ReviewRow[] {
  const reviewed = new Set(m.nodes.filter((n) => n.level !== 'KCI').map((n) => n.id as string));
  return m.nodes
    .filter((n) => reviewed.has(n.id))
    .map(
      (n) =>
        ({
          id: n.id,
          name: n.name,
          level: n.level,
          numFmt: '#,##0',
          children: n.children.filter((c) => reviewed.has(c)),
        }) as unknown as ReviewRow,
    );
}

const figures = (x: Record<string, [number | null, number | null]>): ToDate =>
  new Map(Object.entries(x).map(([id, [mtdActual, mtdTarget]]) => [id, { mtdActual, mtdTarget }]));

const revenue = { id: 'revenue', level: 'KGI', name: '月間売上', unit: '円', target: 1000000 };
const contracts = {
  id: 'contracts',
  level: 'KPI',
  parent: 'revenue',
  name: '成約件数',
  unit: '件',
  backcast: 'revenue / unit_price',
};
const meetings = {
  id: 'meetings',
  level: 'KDI',
  parent: 'contracts',
  name: '商談数',
  unit: '件',
  backcast: 'contracts / close_rate',
};
const H = [
  { id: 'unit_price', name: '平均受注単価', value: 100000, unit: '円' },
  { id: 'close_rate', name: '成約率', value: 0.2 },
];

describe('the gap of revenue = contracts × unit price', () => {
  const m = plan([revenue, { ...contracts, level: 'KDI' }], H);
  const chain = gapChain(m, rows(m))!;

  it('has two drivers: the contracts, then the unit price (revenue ÷ contracts)', () => {
    expect(chain.nodes).toEqual(['revenue', 'contracts']);
    expect(chain.drivers).toEqual([
      { key: 'contracts', name: '成約件数', numerator: 'contracts', denominator: null },
      { key: 'unit_price', name: '平均受注単価', numerator: 'revenue', denominator: 'contracts' },
    ]);
  });

  it('2 contracts at 100,000 against 3 at 83,333: −90,853 from the contracts, +40,853 from the price, −50,000 in all', () => {
    // To date: revenue 200,000 of 250,000; contracts 2 of 3. L = −50,000 ÷ ln 0.8.
    const split = gapSplit(chain, figures({ revenue: [200000, 250000], contracts: [2, 3] }));
    const L = -50000 / Math.log(0.8);
    expect(L).toBeCloseTo(224071.0, 0);
    const byContracts = L * Math.log(2 / 3);
    const byPrice = L * Math.log(100000 / (250000 / 3));
    expect(split.none).toBeNull();
    expect(split.total).toBe(-50000);
    expect(split.contributions?.get('contracts')).toBeCloseTo(byContracts, 6);
    expect(split.contributions?.get('unit_price')).toBeCloseTo(byPrice, 6);
    expect(byContracts).toBeCloseTo(-90852.9, 0);
    expect(byPrice).toBeCloseTo(40852.9, 0);
    expect([...split.contributions!.values()].reduce((s, x) => s + x, 0)).toBeCloseTo(-50000, 8);
    expect(bySize(chain.drivers, split).map((d) => d.key)).toEqual(['contracts', 'unit_price']);
  });

  it('the KGI on target: the drivers offset each other exactly', () => {
    // 3 contracts at 80,000 against 2 at 120,000: 240,000 both.
    const split = gapSplit(chain, figures({ revenue: [240000, 240000], contracts: [3, 2] }));
    expect(logMean(240000, 240000)).toBe(240000);
    expect(split.total).toBe(0);
    expect(split.contributions?.get('contracts')).toBeCloseTo(240000 * Math.log(1.5), 6);
    expect(split.contributions?.get('unit_price')).toBeCloseTo(240000 * Math.log(80000 / 120000), 6);
    expect(split.contributions!.get('contracts')! + split.contributions!.get('unit_price')!).toBeCloseTo(
      0,
      8,
    );
  });
});

describe('a three-driver chain through quotients: revenue ÷ unit price ÷ close rate', () => {
  const m = plan([revenue, contracts, meetings], H);
  const chain = gapChain(m, rows(m))!;

  it('drivers from the leaf up: meetings, close rate, unit price', () => {
    expect(chain.drivers.map((d) => [d.key, d.name])).toEqual([
      ['meetings', '商談数'],
      ['close_rate', '成約率'],
      ['unit_price', '平均受注単価'],
    ]);
  });

  it('W50 of the December funnel: 13 meetings of 13, 2 contracts of 3, 200,000 of 300,000', () => {
    const split = gapSplit(
      chain,
      figures({ revenue: [200000, 300000], contracts: [2, 3], meetings: [13, 13] }),
    );
    const L = (200000 - 300000) / Math.log(200000 / 300000);
    const c = split.contributions!;
    expect(c.get('meetings')).toBeCloseTo(0, 9);
    expect(c.get('close_rate')).toBeCloseTo(L * Math.log(2 / 13 / (3 / 13)), 6);
    expect(c.get('unit_price')).toBeCloseTo(L * Math.log(100000 / 100000), 6);
    expect(c.get('close_rate')! + c.get('unit_price')! + c.get('meetings')!).toBeCloseTo(-100000, 8);
    expect(bySize(chain.drivers, split).map((d) => d.key)).toEqual(['close_rate', 'meetings', 'unit_price']);
  });

  it('every driver off its target: the three still add up to the gap', () => {
    const f = figures({ revenue: [180000, 300000], contracts: [2, 3], meetings: [10, 15] });
    const c = gapSplit(chain, f).contributions!;
    const L = -120000 / Math.log(0.6);
    expect(c.get('meetings')).toBeCloseTo(L * Math.log(10 / 15), 6);
    expect(c.get('close_rate')).toBeCloseTo(L * Math.log(2 / 10 / (3 / 15)), 6);
    expect(c.get('unit_price')).toBeCloseTo(L * Math.log(90000 / 100000), 6);
    expect([...c.values()].reduce((s, x) => s + x, 0)).toBeCloseTo(-120000, 8);
  });

  it('nothing won yet: the stage where the chain falls to zero takes the whole gap', () => {
    const c = gapSplit(
      chain,
      figures({ revenue: [0, 300000], contracts: [0, 3], meetings: [13, 13] }),
    ).contributions!;
    expect(c.get('close_rate')).toBe(-300000);
    expect(c.get('unit_price')).toBe(0);
    expect(c.get('meetings')).toBe(0);
    const none = gapSplit(chain, figures({ revenue: [0, 300000], contracts: [0, 3], meetings: [0, 13] }));
    expect(none.contributions?.get('meetings')).toBe(-300000);
  });

  it('no split while an actual is missing, or a lower stage is zero under a number above it', () => {
    expect(
      gapSplit(chain, figures({ revenue: [200000, 300000], contracts: [2, 3], meetings: [null, 13] })),
    ).toEqual({ total: -100000, contributions: null, none: 'missing' });
    expect(
      gapSplit(chain, figures({ revenue: [200000, 300000], contracts: [2, 3], meetings: [0, 13] })).none,
    ).toBe('unusable');
    expect(
      gapSplit(chain, figures({ revenue: [200000, 0], contracts: [2, 3], meetings: [5, 13] })).none,
    ).toBe('unusable');
  });
});

describe('which backcasts make a chain', () => {
  it('a product of hypotheses is named by its two nodes; child = parent × h by the hypothesis', () => {
    const m = plan(
      [
        revenue,
        { ...contracts, backcast: 'revenue * share / unit_price' },
        {
          id: 'calls',
          level: 'KDI',
          parent: 'contracts',
          name: '架電数',
          unit: '件',
          backcast: 'contracts * calls_per_deal',
        },
      ],
      [
        ...H,
        { id: 'share', name: '構成比', value: 0.5 },
        { id: 'calls_per_deal', name: '成約あたり架電', value: 30 },
      ],
    );
    const chain = gapChain(m, rows(m))!;
    expect(chain.drivers.map((d) => [d.key, d.name])).toEqual([
      ['calls', '架電数'],
      ['calls_per_deal', '成約あたり架電'],
      ['revenue/contracts', '月間売上 ÷ 成約件数'],
    ]);
    const split = gapSplit(chain, figures({ revenue: [150000, 200000], contracts: [1, 1], calls: [40, 30] }));
    expect([...split.contributions!.values()].reduce((s, x) => s + x, 0)).toBeCloseTo(-50000, 8);
  });

  it('a KGI split into two branches, or through a sum, has no drivers; the total is still its gap', () => {
    const branches = plan([revenue, contracts, { ...contracts, id: 'renewals', name: '更新件数' }], H);
    const chain = gapChain(branches, rows(branches))!;
    expect(chain.drivers).toEqual([]);
    expect(gapSplit(chain, figures({ revenue: [1, 3] }))).toEqual({
      total: -2,
      contributions: null,
      none: null,
    });
    const sum = plan([revenue, { ...contracts, backcast: 'revenue * (1 - close_rate)' }], H);
    expect(gapChain(sum, rows(sum))!.drivers).toEqual([]);
  });
});
