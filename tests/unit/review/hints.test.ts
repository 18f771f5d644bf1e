import { achievement, diagnose, type DiagnosisInput } from '../../../src/core/review/diagnose';
import { hintSentence } from '../../../src/core/review/hintText';
import type { RateRow } from '../../../src/core/review/rateLinks';
import type { ReviewRow } from '../../../src/core/review/types';

/** A hand-made review row: a count in 件 unless told otherwise. */
function row(id: string, name: string, over: Partial<ReviewRow> = {}): ReviewRow {
  return {
    id,
    name,
    level: 'KPI',
    owner: '',
    isRate: false,
    additive: true,
    numFmt: '#,##0',
    unit: '件',
    children: [],
    better: 'higher',
    roundUp: true,
    weeklyTarget: null,
    monthlyTarget: null,
    mtdTarget: null,
    ...over,
  };
}

const rate = (id: string, name: string, value: number, numerator: string, denominator: string): RateRow => ({
  id,
  name,
  value,
  numFmt: '0.0%',
  link: { numerator, denominator },
});

/** The diagnosis input from rows with this week's targets and actuals, and the hypotheses. */
function input(
  rows: readonly ReviewRow[],
  actuals: Record<string, number>,
  rates: readonly RateRow[] = [],
): DiagnosisInput {
  const numbers = new Map(
    rows.map((r) => [
      r.id,
      {
        actual: actuals[r.id] ?? null,
        target: r.weeklyTarget,
        achievement: achievement(actuals[r.id], r.weeklyTarget, r.better),
      },
    ]),
  );
  const weekRates = new Map(
    rates.map((h) => {
      const n = h.link ? actuals[h.link.numerator] : undefined;
      const d = h.link ? actuals[h.link.denominator] : undefined;
      return [h.id, n === undefined || d === undefined || d === 0 ? null : n / d];
    }),
  );
  return { rows: new Map(rows.map((r) => [r.id, r])), numbers, rates, weekRates };
}

// The December funnel's W50: contracts = revenue / unit_price, meetings = contracts / close_rate.
const contracts = row('contracts', '成約件数', { children: ['meetings'], weeklyTarget: 3 });
const meetings = row('meetings', '商談数', { weeklyTarget: 13 });
const closeRate = rate('close_rate', '成約率', 0.2, 'contracts', 'meetings');

describe('量/質/設計 with its evidence', () => {
  it('quality: meetings 13/13 met, close rate 2 ÷ 13 under the 20 % hypothesis', () => {
    const hint = diagnose(contracts, input([contracts, meetings], { contracts: 2, meetings: 13 }, [closeRate]));
    expect(hint).toEqual({
      cause: 'quality',
      met: [{ id: 'meetings', name: '商談数', actual: 13, target: 13, numFmt: '#,##0', unit: '件' }],
      rate: { id: 'close_rate', name: '成約率', actual: 2 / 13, reference: 0.2, numFmt: '0.0%', own: false },
    });
    expect(hintSentence('ja', hint!)).toBe('商談数 13/13 件は達成、成約率 15%（仮説 20%）→ 質');
    expect(hintSentence('en', hint!)).toBe('商談数 13/13 met; 成約率 15% (hypothesis 20%) → quality');
  });

  it('quantity: a volume under the node below target is named, even before every child is entered', () => {
    const calls = row('calls', 'Calls', { level: 'KDI', weeklyTarget: 100, unit: 'calls' });
    const visits = row('visits', 'Visits', { level: 'KDI', weeklyTarget: 10 });
    const deals = row('deals', 'Deals', { children: ['calls', 'visits'], weeklyTarget: 4 });
    const hint = diagnose(deals, input([deals, calls, visits], { deals: 2, calls: 50 }));
    expect(hint?.cause).toBe('quantity');
    expect(hintSentence('en', hint!)).toBe('Calls 50/100 missed → quantity');
    expect(hintSentence('ja', hint!)).toBe('Calls 50/100 callsは未達 → 量');
    // An activity (KDI) short names itself.
    expect(hintSentence('en', diagnose(calls, input([calls], { calls: 80 }))!)).toBe(
      'Calls 80/100 missed → quantity',
    );
  });

  it('design: every child met and every rate as expected, or no hypothesis linking them', () => {
    const asExpected = diagnose(contracts, input([contracts, meetings], { contracts: 2, meetings: 13 }, [
      rate('close_rate', '成約率', 0.15, 'contracts', 'meetings'),
    ]));
    expect(asExpected).toEqual({
      cause: 'design',
      met: [{ id: 'meetings', name: '商談数', actual: 13, target: 13, numFmt: '#,##0', unit: '件' }],
    });
    expect(hintSentence('ja', asExpected!)).toBe('商談数 13/13 件は達成、それでも未達 → 設計（ツリーを見直す）');
    expect(hintSentence('en', asExpected!)).toBe('商談数 13/13 met, yet this missed → design (revisit the tree)');
    expect(diagnose(contracts, input([contracts, meetings], { contracts: 2, meetings: 14 }))?.cause).toBe('design');
  });

  it('a rate node over met activity is quality against its own target', () => {
    const winRate = row('win_rate', 'Win rate', {
      isRate: true,
      numFmt: '0.0%',
      unit: '%',
      children: ['meetings'],
      weeklyTarget: 0.2,
    });
    const hint = diagnose(winRate, input([winRate, meetings], { win_rate: 0.1, meetings: 13 }));
    expect(hintSentence('en', hint!)).toBe('商談数 13/13 met; Win rate 10% (target 20%) → quality');
    expect(hintSentence('ja', hint!)).toBe('商談数 13/13 件は達成、Win rate 10%（目標 20%）→ 質');
  });

  it('a cap: over its cap with volumes met and the churn rate above its hypothesis is quality', () => {
    // churned = customers × churn_rate: a cap missed when the rate runs high.
    const churned = row('churned', '解約数', { better: 'lower', children: ['customers'], weeklyTarget: 5 });
    const customers = row('customers', '契約顧客数', { weeklyTarget: 100 });
    const churnRate = rate('churn_rate', '解約率', 0.05, 'churned', 'customers');
    const over = diagnose(churned, input([churned, customers], { churned: 8, customers: 100 }, [churnRate]));
    expect(hintSentence('ja', over!)).toBe('契約顧客数 100/100 件は達成、解約率 8%（仮説 5%）→ 質');
    // Under its cap: no hint; a rate below its hypothesis is no fault of a cap.
    expect(diagnose(churned, input([churned, customers], { churned: 4, customers: 100 }, [churnRate]))).toBeNull();
    const lowRate = rate('churn_rate', '解約率', 0.1, 'churned', 'customers');
    expect(diagnose(churned, input([churned, customers], { churned: 8, customers: 100 }, [lowRate]))?.cause).toBe(
      'design',
    );
  });

  it('the KGI: contracts met and the unit price under its hypothesis is quality, in yen', () => {
    // contracts = revenue / unit_price: the unit price is revenue ÷ contracts.
    const revenue = row('revenue', '月間売上', {
      level: 'KGI',
      numFmt: '"¥"#,##0',
      unit: '円',
      children: ['contracts'],
      weeklyTarget: 300000,
    });
    const price = { ...rate('unit_price', '平均受注単価', 100000, 'revenue', 'contracts'), numFmt: '"¥"#,##0' };
    const hint = diagnose(
      revenue,
      input([revenue, { ...contracts, children: [] }], { revenue: 240000, contracts: 3 }, [price]),
    );
    expect(hintSentence('ja', hint!)).toBe('成約件数 3/3 件は達成、平均受注単価 ¥80,000（仮説 ¥100,000）→ 質');
  });

  it('no hint when on target, not entered, a rate under it missed, or a child not entered', () => {
    expect(diagnose(contracts, input([contracts, meetings], { contracts: 3, meetings: 13 }, [closeRate]))).toBeNull();
    expect(diagnose(contracts, input([contracts, meetings], { meetings: 13 }, [closeRate]))).toBeNull();
    expect(diagnose(contracts, input([contracts, meetings], { contracts: 2 }, [closeRate]))).toBeNull();
    const winRate = row('win_rate', 'Win rate', { isRate: true, numFmt: '0.0%', weeklyTarget: 0.2 });
    const parent = row('parent', 'Parent', { children: ['win_rate'], weeklyTarget: 3 });
    expect(diagnose(parent, input([parent, winRate], { parent: 2, win_rate: 0.1 }))).toBeNull();
    expect(diagnose(row('leaf', 'Leaf', { weeklyTarget: 3 }), input([row('leaf', 'Leaf', { weeklyTarget: 3 })], { leaf: 1 }))).toBeNull();
  });
});
