import { t, type Lang } from '../i18n';
import type { NodeFigures, Outlook } from './figures';
import type { Shows } from './layoutNodes';
import { hintSentence } from './hintText';
import type { Status } from './types';

const STATUS_KEY = {
  achieved: 'review.status.achieved',
  close: 'review.status.close',
  missed: 'review.status.missed',
} as const satisfies Record<Status, string>;
const OUTLOOK_KEY = {
  onTrack: 'review.outlook.onTrack',
  atRisk: 'review.outlook.atRisk',
  offTrack: 'review.outlook.offTrack',
} as const satisfies Record<Outlook, string>;

/** The words a status and an outlook are shown with, in the tab's language. */
export function statusWord(lang: Lang, status: Status): string {
  return t(lang, STATUS_KEY[status]);
}
export function outlookWord(lang: Lang, outlook: Outlook): string {
  return t(lang, OUTLOOK_KEY[outlook]);
}

/**
 * What each row's formulas show, as the cells hold it: numbers, and the verdicts in the
 * tab's language; a blank is the empty text the formulas give.
 */
export function showsOf(figures: ReadonlyMap<string, NodeFigures>, lang: Lang): Map<string, Shows> {
  const out = new Map<string, Shows>();
  for (const [id, f] of figures) {
    const n = (x: number | null): number | string => (x === null ? '' : x);
    out.set(id, {
      target: n(f.target),
      achievement: n(f.achievement),
      status: f.status === null ? '' : statusWord(lang, f.status),
      mtdTarget: n(f.mtdTarget),
      mtdActual: n(f.mtdActual),
      remaining: n(f.remaining),
      perDay: n(f.perDay),
      nextWeek: n(f.nextWeek),
      forecast: n(f.forecast),
      outlook: f.outlook === null ? '' : outlookWord(lang, f.outlook),
      hint: f.hint === null ? '' : hintSentence(lang, f.hint),
    });
  }
  return out;
}
