import { TEMPLATE_IDS, templateModel } from '../../../src/app/templates';
import { render } from '../../../src/core/i18n';
import { kgiOf } from '../../../src/core/model/types';
import { computeTargets } from '../../../src/core/backcast/targets';
import { fillTemplate, type FormProblem } from '../../../src/core/templates/fill';

const problemsOf = (r: ReturnType<typeof fillTemplate>): readonly FormProblem[] => ('problems' in r ? r.problems : []);
const modelOf = (r: ReturnType<typeof fillTemplate>) => {
  if ('problems' in r) throw new Error(r.problems.map((p) => `${p.field}: ${render('en', p.message)}`).join('\n'));
  return r.model;
};

describe('bundled templates', () => {
  it.each(TEMPLATE_IDS.flatMap((id) => (['ja', 'en'] as const).map((lang) => [id, lang] as const)))('%s (%s) loads and every target computes', (id, lang) => {
    const model = templateModel(id, lang);
    expect(model.lang).toBe(lang);
    const planned = computeTargets(model);
    expect(planned.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const computed = planned.backcast!.nodes.filter((n) => n.level !== 'KCI');
    expect(computed.length).toBeGreaterThan(3);
    for (const n of computed) expect(n.monthly).not.toBeNull();
  });
});

describe('fillTemplate', () => {
  const template = templateModel('sales-funnel', 'ja');

  it('puts the goal, month, owner and hypotheses of the form into the model', () => {
    const model = modelOf(
      fillTemplate(template, { kgiName: '月間粗利', target: 2_000_000, month: '2027-02', owner: '高橋', hypotheses: { close_rate: 0.25 } }),
    );
    const kgi = kgiOf(model)!;
    expect(kgi).toMatchObject({ name: '月間粗利', target: 2_000_000, owner: '高橋', deadline: '2027-02-28' });
    expect(kgi.baseline).toBeUndefined();
    expect(model.month).toBe('2027-02');
    expect(model.hypotheses.find((h) => h.id === 'close_rate')!.value).toBe(0.25);
    // Deadlines of the template's month move with it, clamped to February's end.
    expect(model.nodes.filter((n) => n.deadline !== undefined).every((n) => n.deadline === '2027-02-28')).toBe(true);
    // Year-end days off of December do not follow the plan into February.
    expect(model.calendar.extraHolidays).toEqual([]);
    // 2,000,000 ÷ 100,000 = 20 contracts; ÷ 0.25 = 80 meetings.
    const targets = new Map(computeTargets(model).backcast!.nodes.map((n) => [n.id, n.monthly]));
    expect(targets.get('contracts')).toBe(20);
    expect(targets.get('meetings')).toBe(80);
  });

  it('keeps the template’s days off in its own month', () => {
    const model = modelOf(fillTemplate(template, { kgiName: '売上', target: 1, month: '2026-12' }));
    expect(model.calendar.extraHolidays).toEqual(template.calendar.extraHolidays);
  });

  it('names each bad field, in both languages', () => {
    const problems = problemsOf(fillTemplate(template, { kgiName: ' ', target: 0, month: '2026/12', hypotheses: { close_rate: 20, unit_price: Number.NaN } }));
    expect(problems.map((p) => p.field).sort()).toEqual(['hypotheses.close_rate', 'hypotheses.unit_price', 'kgiName', 'month', 'target']);
    const month = problems.find((p) => p.field === 'month')!;
    expect(render('ja', month.message)).toContain('2026/12');
    expect(render('en', month.message)).toContain('YYYY-MM');
    expect(render('ja', problems.find((p) => p.field === 'hypotheses.close_rate')!.message)).toContain('成約率');
  });
});
