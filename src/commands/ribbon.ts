/// <reference types="office-js" />
import { analyzeWorkbook } from '../core/analyze';
import { t, type Lang, type MessageKey, type MessageParams } from '../core/i18n';
import { kgiOf } from '../core/model/types';
import { reviewWeekChoices } from '../core/review/status';
import { countBySeverity } from '../core/rules';
import { fillTemplate } from '../core/templates/fill';
import { officeExcelHost } from '../hosts/excel';
import type { WorkbookHost } from '../hosts/port';
import { localToday } from '../taskpane/boot';
import { errorNotice, type FailedKey } from '../taskpane/notice';
import { dialogHash } from './dialogMessage';
import { buildTree, newReview, refreshWorkbook } from './operations';
import { templateModel } from './templates';

/**
 * The ribbon's function commands (manifest: buildTree, runChecks, newWeeklyReview). They
 * call the same operations as the task pane; the outcome, or what went wrong and what
 * to do, is shown in a small dialog, because a function command has no pane of its own.
 */

export interface RibbonEnv {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  readonly today: () => ReturnType<typeof localToday>;
  /** Shows a message to the user; resolves when it is shown. */
  readonly notify: (text: string, isError: boolean) => Promise<void>;
}

type Outcome = { key: MessageKey; params?: MessageParams };

/** Build tree: rebuild the tree in place, or, in a workbook without one, the new-business funnel for this month. */
export async function ribbonBuild(env: RibbonEnv): Promise<Outcome> {
  const analysis = analyzeWorkbook(await env.host.read(), env.lang);
  if (analysis.model !== null) {
    await refreshWorkbook(env.host, env.lang);
    return { key: 'ribbon.done.build' };
  }
  const template = templateModel('sales-funnel', env.lang);
  const kgi = kgiOf(template);
  const filled = fillTemplate(template, { kgiName: kgi?.name ?? '', target: kgi?.target ?? 0, month: env.today().slice(0, 7) });
  if ('problems' in filled) throw new Error('The bundled template does not fill for this month.');
  await buildTree(env.host, filled.model, env.lang);
  return { key: 'ribbon.done.build' };
}

export async function ribbonCheck(env: RibbonEnv): Promise<Outcome> {
  const written = await refreshWorkbook(env.host, env.lang);
  const c = countBySeverity(written.findings);
  return { key: 'ribbon.done.check', params: { errors: c.error, warnings: c.warning, infos: c.info } };
}

/** New weekly review: this week's tab (or the plan week nearest today). */
export async function ribbonReview(env: RibbonEnv): Promise<Outcome> {
  const analysis = analyzeWorkbook(await env.host.read(), env.lang);
  const calendar = analysis.backcast?.calendar;
  const model = analysis.model;
  // Without a tree the command itself says what is missing.
  const week = model && calendar ? reviewWeekChoices(model, calendar, env.today()).chosen : '';
  const done = await newReview(env.host, week, env.lang, env.today());
  return { key: 'ribbon.done.review', params: { sheet: done.sheet } };
}

/** Runs one ribbon command and tells the user how it went; never leaves the failure unsaid. */
export async function runRibbon(env: RibbonEnv, failed: FailedKey, command: (env: RibbonEnv) => Promise<Outcome>): Promise<void> {
  try {
    const outcome = await command(env);
    await env.notify(t(env.lang, outcome.key, outcome.params), false);
  } catch (error) {
    const n = errorNotice(env.lang, failed, error);
    await env.notify([n.title, n.body, ...(n.lines ?? [])].filter(Boolean).join('\n'), true);
  }
}

/** A message in the add-in's dialog page (`dialog.html#…`); closes when the user closes it. */
function officeNotify(text: string, isError: boolean): Promise<void> {
  const url = `${window.location.origin}/dialog.html${dialogHash({ text, isError })}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        // The dialog is the only way to speak from a function command: keep the message in the log at least.
        console.error(`KPI Tree: ${text} (dialog failed: ${result.error.message})`);
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      resolve();
    });
  });
}

/**
 * Registers the function commands (commands.html), as soon as office.js has loaded, as
 * the official template does; Office calls them after initialising.
 */
export function registerRibbonCommands(): void {
  void Office.onReady();
  const env = (): RibbonEnv => ({
    host: officeExcelHost(),
    lang: Office.context.displayLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en',
    today: () => localToday(),
    notify: officeNotify,
  });
  const associate = (name: string, failed: FailedKey, command: (env: RibbonEnv) => Promise<Outcome>) =>
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      void runRibbon(env(), failed, command).finally(() => event.completed());
    });
  associate('buildTree', 'pane.failed.build', ribbonBuild);
  associate('runChecks', 'pane.failed.refresh', ribbonCheck);
  associate('newWeeklyReview', 'pane.failed.review', ribbonReview);
}
