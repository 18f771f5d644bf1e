/**
 * The application context tests run operations with: a host, a language, and a fixed
 * "today" (by default a day of the example plans' month).
 */
import type { AppContext } from '../../src/app/context';
import type { IsoDate } from '../../src/core/brand';
import type { Lang } from '../../src/core/i18n';
import type { WorkbookHost } from '../../src/hosts/port';

export function appOn(host: WorkbookHost, lang: Lang, today: IsoDate = '2026-12-09' as IsoDate): AppContext {
  return { host, lang, today: () => today };
}
