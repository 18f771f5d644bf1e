import type { HypothesisId, IsoDate, IsoMonth } from '../brand';
import { daysInMonth, lastOfMonth, monthOf, parseIsoMonth } from '../calendar/date';
import type { LocalizedText } from '../i18n';
import type { Hypothesis, KpiNode, Model } from '../model/types';
import { kgiOf } from '../model/types';
import { looksLikeRate } from '../model/units';

/** What the Start form asks: the goal, its month and owner, and the funnel's hypotheses. */
export interface TemplateForm {
  readonly title?: string;
  readonly kgiName: string;
  readonly target: number;
  readonly month: string;
  readonly owner?: string;
  /** Hypothesis id → value, as the model holds it (a rate as 0.2, not 20). */
  readonly hypotheses?: Readonly<Record<string, number>>;
}

export interface FormProblem {
  readonly field: 'kgiName' | 'target' | 'month' | `hypotheses.${string}`;
  readonly message: LocalizedText;
}

/**
 * What is wrong with a value typed for a hypothesis, or null when it may be used: a
 * number, and for a rate more than 0 and at most 1 (100 %). The Start form, the what-if
 * and the operation that writes hypotheses all ask this.
 */
export function hypothesisValueProblem(h: Pick<Hypothesis, 'id' | 'name' | 'unit'>, value: number): LocalizedText | null {
  if (!Number.isFinite(value)) return { key: 'pane.form.hypothesisNumber', params: { name: h.name } };
  if (looksLikeRate(h.id, h.unit, h.name) && !(value > 0 && value <= 1)) return { key: 'pane.form.rateRange', params: { name: h.name } };
  return null;
}

/**
 * A template's model with the Start form applied: the KGI's name, target and owner, the
 * month (deadlines move with it, day for day, clamped to the month's end; days off of
 * another month are dropped) and the hypothesis values. Problems name the form field.
 */
export function fillTemplate(template: Model, form: TemplateForm): { model: Model } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const month = parseIsoMonth(form.month.trim());
  if (form.kgiName.trim() === '') problems.push({ field: 'kgiName', message: { key: 'pane.form.kgiNameRequired' } });
  if (!Number.isFinite(form.target) || form.target <= 0) problems.push({ field: 'target', message: { key: 'pane.form.targetPositive' } });
  if (month === null) problems.push({ field: 'month', message: { key: 'pane.form.monthFormat', params: { value: form.month } } });
  const values = form.hypotheses ?? {};
  for (const h of template.hypotheses) {
    const v = values[h.id];
    const message = v === undefined ? null : hypothesisValueProblem(h, v);
    if (message !== null) problems.push({ field: `hypotheses.${h.id}`, message });
  }
  if (problems.length > 0 || month === null) return { problems };

  const moveDate = (d: IsoDate | undefined): IsoDate | undefined => {
    if (d === undefined || monthOf(d) !== template.month) return d;
    const day = Math.min(Number(d.slice(8, 10)), daysInMonth(month));
    return `${month}-${String(day).padStart(2, '0')}` as IsoDate;
  };
  const kgi = kgiOf(template);
  const owner = form.owner?.trim();
  const nodes = template.nodes.map((n): KpiNode => {
    const deadline = moveDate(n.deadline);
    const moved = { ...n, ...(deadline !== undefined ? { deadline } : {}) };
    if (n !== kgi) return moved;
    return {
      ...moved,
      name: form.kgiName.trim(),
      target: form.target,
      ...(owner ? { owner } : {}),
      deadline: moved.deadline ?? lastOfMonth(month),
      // A baseline of the template's own goal says nothing about the user's.
      baseline: undefined,
    };
  });
  const hypotheses = template.hypotheses.map((h): Hypothesis => {
    const v = values[h.id as HypothesisId & string];
    return v === undefined ? h : { ...h, value: v };
  });
  // Days off are dates, not offsets: those of another month do not follow the plan.
  const extra = template.calendar.extraHolidays.filter((d) => monthOf(d) === month);
  return {
    model: {
      ...template,
      title: form.title?.trim() || template.title,
      month: month as IsoMonth,
      nodes,
      hypotheses,
      calendar: { ...template.calendar, extraHolidays: extra, list: undefined },
    },
  };
}
