import type { Lang } from '../core/i18n';
import { loadPlanText } from '../core/model/parsePlan';
import type { Model } from '../core/model/types';
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
