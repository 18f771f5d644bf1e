import { templateModel } from '../../../src/app/templates';
import { computeTargets } from '../../../src/core/backcast/targets';
import { sensitivities, whatIf, withHypotheses } from '../../../src/core/whatIf/whatIf';

const model = templateModel('sales-funnel', 'en');

describe('whatIf', () => {
  it('shows each target before and after, as the workbook would compute it with the new values', () => {
    const preview = whatIf(model, { close_rate: 0.25 });
    expect(preview.computable).toBe(true);
    const after = computeTargets(withHypotheses(model, { close_rate: 0.25 })).backcast!;
    const meetings = preview.rows.find((r) => r.id === 'meetings')!;
    expect(meetings.before.monthly).toBe(50); // 10 contracts ÷ 20 %
    expect(meetings.after.monthly).toBe(40); // ÷ 25 %
    expect(meetings.after).toEqual(after.nodes.find((n) => n.id === 'meetings'));
    expect(preview.weeks).toEqual(after.calendar.weeks.map((w) => w.label));
    // The weekly split still adds up to the month.
    const calls = preview.rows.find((r) => r.id === 'calls')!;
    expect(calls.after.weekly!.reduce((a, b) => a + b, 0)).toBe(calls.after.monthly);
    expect(calls.after.monthly).toBeLessThan(calls.before.monthly!);
  });

  it('says when the values make a target incomputable', () => {
    expect(whatIf(model, { unit_price: 0 }).computable).toBe(false);
  });
});

describe('sensitivities', () => {
  it('ranks the hypotheses by how much a 10 % rise moves the required activity', () => {
    const ranked = sensitivities(model);
    expect(ranked.length).toBeGreaterThan(0);
    for (let i = 1; i < ranked.length; i++) expect(Math.abs(ranked[i - 1].change)).toBeGreaterThanOrEqual(Math.abs(ranked[i].change));
    // Better rates mean fewer calls.
    for (const s of ranked) expect(s.change).toBeLessThan(0);
    // Each figure is what the core computes for the moved hypothesis.
    const top = ranked[0];
    const h = model.hypotheses.find((x) => x.id === top.id)!;
    const calls = (m: typeof model) => computeTargets(m).backcast!.nodes.find((n) => n.id === 'calls')!.monthly!;
    expect(top.change).toBeCloseTo((calls(withHypotheses(model, { [h.id]: h.value * 1.1 })) - calls(model)) / calls(model), 10);
  });
});
