import type { IsoDate } from '../core/brand';
import type { Lang } from '../core/i18n';
import { loadPlanData, unlocated } from '../core/model/planData';
import { kgiOf, type Model } from '../core/model/types';
import { parseIsoMonth } from '../core/calendar/date';
import { fillTemplate } from '../core/templates/fill';
import routeSalesEn from '../../examples/route-sales.en.yaml';
import routeSalesJa from '../../examples/route-sales.yaml';
import saasEn from '../../examples/saas.en.yaml';
import saasJa from '../../examples/saas.yaml';
import salesFunnelEn from '../../examples/sales-funnel.en.yaml';
import salesFunnelJa from '../../examples/sales-funnel.yaml';

/**
 * The templates the Start view offers: the bundled example plans, in each language, as their
 * data (read from YAML when the add-in is built: `scripts/planTemplate.cjs`).
 */
export const TEMPLATE_IDS = ['sales-funnel', 'saas', 'route-sales'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const PLANS: Readonly<Record<TemplateId, Readonly<Record<Lang, unknown>>>> = {
  'sales-funnel': { ja: salesFunnelJa, en: salesFunnelEn },
  saas: { ja: saasJa, en: saasEn },
  'route-sales': { ja: routeSalesJa, en: routeSalesEn },
};

/** A template's model in the language asked for. The bundled plans are valid (a test holds them so). */
export function templateModel(id: TemplateId, lang: Lang): Model {
  const loaded = loadPlanData(PLANS[id][lang], unlocated);
  if (loaded.model === null) throw new Error(`The bundled template ${id} (${lang}) does not load.`);
  return { ...loaded.model, lang };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A plan title that names month `from` (「営業1課 2026年12月」, "Sales Team 1 — December
 * 2026", "… 2026-12") renamed for month `to`, in the way it was written; unchanged when
 * it names no month or `to` is not a month. The Start form's title follows its month.
 */
export function titleForMonth(title: string, from: string, to: string): string {
  const a = parseIsoMonth(from);
  const b = parseIsoMonth(to.trim());
  if (a === null || b === null) return title;
  const [ay, am] = [Number(a.slice(0, 4)), Number(a.slice(5, 7))];
  const [by, bm] = [Number(b.slice(0, 4)), Number(b.slice(5, 7))];
  const written: readonly [RegExp, string][] = [
    [new RegExp(`${ay}年0?${am}月`, 'g'), `${by}年${bm}月`],
    [new RegExp(`${MONTH_NAMES[am - 1]} ${ay}`, 'g'), `${MONTH_NAMES[bm - 1]} ${by}`],
    [new RegExp(`${MONTH_NAMES[am - 1].slice(0, 3)} ${ay}`, 'g'), `${MONTH_NAMES[bm - 1].slice(0, 3)} ${by}`],
    [new RegExp(a, 'g'), b],
  ];
  for (const [pattern, replacement] of written) if (pattern.test(title)) return title.replace(pattern, replacement);
  return title;
}

/**
 * A template filled in for the month `today` falls in, with its own goal and rates: what
 * the ribbon's *Build tree* makes in a workbook without a tree.
 */
export function thisMonthsTemplate(id: TemplateId, lang: Lang, today: IsoDate): Model {
  const template = templateModel(id, lang);
  const kgi = kgiOf(template);
  const filled = fillTemplate(template, {
    title: titleForMonth(template.title, template.month, today.slice(0, 7)),
    kgiName: kgi?.name ?? '',
    target: kgi?.target ?? 0,
    month: today.slice(0, 7),
  });
  if ('problems' in filled)
    throw new Error(`The bundled template ${id} does not fill for ${today.slice(0, 7)}.`);
  return filled.model;
}
