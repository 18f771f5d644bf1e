import type { IsoDate } from '../core/brand';
import type { Lang } from '../core/i18n';
import { loadPlanText } from '../core/model/parsePlan';
import { kgiOf, type Model } from '../core/model/types';
import { fillTemplate } from '../core/templates/fill';
import routeSalesEn from '../../examples/route-sales.en.yaml';
import routeSalesJa from '../../examples/route-sales.yaml';
import saasEn from '../../examples/saas.en.yaml';
import saasJa from '../../examples/saas.yaml';
import salesFunnelEn from '../../examples/sales-funnel.en.yaml';
import salesFunnelJa from '../../examples/sales-funnel.yaml';

/** The templates the Start view offers: the bundled example plans, in each language. */
export const TEMPLATE_IDS = ['sales-funnel', 'saas', 'route-sales'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const TEXTS: Readonly<Record<TemplateId, Readonly<Record<Lang, string>>>> = {
  'sales-funnel': { ja: salesFunnelJa, en: salesFunnelEn },
  saas: { ja: saasJa, en: saasEn },
  'route-sales': { ja: routeSalesJa, en: routeSalesEn },
};

/** A template's model in the language asked for. The bundled plans are valid (a test holds them so). */
export function templateModel(id: TemplateId, lang: Lang): Model {
  const loaded = loadPlanText(TEXTS[id][lang], 'yaml');
  if (loaded.model === null) throw new Error(`The bundled template ${id} (${lang}) does not load.`);
  return { ...loaded.model, lang };
}

/**
 * A template filled in for the month `today` falls in, with its own goal and rates: what
 * the ribbon's *Build tree* makes in a workbook without a tree.
 */
export function thisMonthsTemplate(id: TemplateId, lang: Lang, today: IsoDate): Model {
  const template = templateModel(id, lang);
  const kgi = kgiOf(template);
  const filled = fillTemplate(template, {
    kgiName: kgi?.name ?? '',
    target: kgi?.target ?? 0,
    month: today.slice(0, 7),
  });
  if ('problems' in filled)
    throw new Error(`The bundled template ${id} does not fill for ${today.slice(0, 7)}.`);
  return filled.model;
}
