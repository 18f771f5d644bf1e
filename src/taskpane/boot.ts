/// <reference types="office-js" />
import type { IsoDate } from '../core/brand';
import type { Lang } from '../core/i18n';
import { createLazyMemoryHost } from '../hosts/xlsx/lazyMemoryHost';
import { initialLang } from './i18n';
import type { PaneEnv } from './state';

/** How long to wait for Office.onReady before starting in standalone mode. */
const OFFICE_READY_TIMEOUT_MS = 5000;

/** Today's date where the pane runs, as the reviews' "generated on". */
export function localToday(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as IsoDate;
}

/** Office's info when office.js loaded and runs inside Excel; null in a plain browser. */
async function excelInfo(): Promise<{ displayLanguage: string } | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const info = await Promise.race([Office.onReady(), timeout]);
  if (info === null || info.host !== Office.HostType.Excel) return null;
  return { displayLanguage: Office.context.displayLanguage };
}

/**
 * Starts the pane against Excel when it runs in Excel, else in standalone mode against
 * an in-memory workbook (office.js missing, blocked, or a plain browser tab).
 */
export async function boot(): Promise<{ env: PaneEnv; lang: Lang }> {
  const today = () => localToday();
  const excel = await excelInfo();
  if (excel) {
    const { officeExcelHost } = await import('../hosts/excel');
    return { env: { host: officeExcelHost(), memory: null, today }, lang: initialLang(excel.displayLanguage, navigator.language) };
  }
  const memory = createLazyMemoryHost(async () => (await import('../hosts/xlsx/memoryHost')).createMemoryHost());
  return { env: { host: memory, memory, today }, lang: initialLang(undefined, navigator.language) };
}
