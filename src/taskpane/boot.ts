/// <reference types="office-js" />
import { connectExcel, connectStandalone } from '../app/connect';
import { localToday } from '../app/today';
import type { Lang } from '../core/i18n';
import { initialLang } from './i18n';
import type { PaneEnv } from './state';

/** How long to wait for Office.onReady before starting in standalone mode. */
const OFFICE_READY_TIMEOUT_MS = 5000;

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
 * a workbook in the page (office.js missing, blocked, or a plain browser tab).
 */
export async function boot(): Promise<{ env: PaneEnv; lang: Lang }> {
  const excel = await excelInfo();
  if (excel)
    return {
      env: { host: await connectExcel(), standalone: null, today: localToday },
      lang: initialLang(excel.displayLanguage, navigator.language),
    };
  const standalone = connectStandalone();
  return {
    env: { host: standalone, standalone, today: localToday },
    lang: initialLang(undefined, navigator.language),
  };
}
