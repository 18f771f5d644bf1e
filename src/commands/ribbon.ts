/// <reference types="office-js" />
import { refreshWorkbook } from '../app/build';
import { buildOrRefresh } from '../app/quickBuild';
import { connectExcel } from '../app/connect';
import type { AppContext } from '../app/context';
import { describeFailure, type FailedKey } from '../app/failure';
import { writeTeamOneOnOnes } from '../app/oneOnOne';
import { writeReview } from '../app/review';
import { localToday } from '../app/today';
import { t, toLang, type Lang, type MessageKey, type MessageParams } from '../core/i18n';
import { countBySeverity } from '../core/rules';
import { dialogHash } from './dialogMessage';

/**
 * The ribbon's function commands (manifest: buildTree, runChecks, newWeeklyReview,
 * newOneOnOnes). They
 * call the same operations as the task pane and the CLI; the outcome, or what went wrong
 * and what to do, is shown in a small dialog, because a function command has no pane of
 * its own.
 */

export interface RibbonEnv extends AppContext {
  /** Shows a message to the user; resolves when it is shown. */
  readonly notify: (text: string, isError: boolean) => Promise<void>;
}

type Outcome = { key: MessageKey; params?: MessageParams };

/** Build tree: rebuild the tree in place, or, in a workbook without one, the new-business funnel for this month. */
export async function ribbonBuild(env: RibbonEnv): Promise<Outcome> {
  await buildOrRefresh(env);
  return { key: 'ribbon.done.build' };
}

/** Run checks: the generated parts refreshed and the findings written to the Checks sheet. */
export async function ribbonCheck(env: RibbonEnv): Promise<Outcome> {
  const written = await refreshWorkbook(env);
  const c = countBySeverity(written.findings);
  return { key: 'ribbon.done.check', params: { errors: c.error, warnings: c.warning, infos: c.info } };
}

/** New weekly review: this week's tab (or the plan week nearest today). */
export async function ribbonReview(env: RibbonEnv): Promise<Outcome> {
  const done = await writeReview(env);
  return { key: 'ribbon.done.review', params: { sheet: done.sheet } };
}

/** 1on1 sheets: this week's 1on1 tab for every member (a member's own is in the pane's Review view). */
export async function ribbonOneOnOnes(env: RibbonEnv): Promise<Outcome> {
  const done = await writeTeamOneOnOnes(env);
  const sheets = done.map((d) => d.sheet).join(env.lang === 'ja' ? '、' : ', ');
  return { key: 'ribbon.done.oneonone', params: { week: done[0]?.week ?? '', sheets } };
}

/** Runs one ribbon command and tells the user how it went; never leaves the failure unsaid. */
export async function runRibbon(
  env: RibbonEnv,
  failed: FailedKey,
  command: (env: RibbonEnv) => Promise<Outcome>,
): Promise<void> {
  try {
    const outcome = await command(env);
    await env.notify(t(env.lang, outcome.key, outcome.params), false);
  } catch (error) {
    await env.notify(failureMessage(env.lang, failed, error), true);
  }
}

/** A failure as the dialog shows it: what could not be done, why and what to do, each problem on a line. */
function failureMessage(lang: Lang, failed: FailedKey, error: unknown): string {
  const n = describeFailure(lang, failed, error);
  return [n.title, n.body, ...n.lines].filter(Boolean).join('\n');
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
  const associate = (name: string, failed: FailedKey, command: (env: RibbonEnv) => Promise<Outcome>) =>
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      const lang = toLang(Office.context.displayLanguage);
      void (async () => {
        try {
          await runRibbon(
            { host: await connectExcel(), lang, today: localToday, notify: officeNotify },
            failed,
            command,
          );
        } catch (error) {
          // Only loading the Excel adapter itself can fail here: runRibbon reports everything else.
          await officeNotify(failureMessage(lang, failed, error), true);
        } finally {
          event.completed();
        }
      })();
    });
  associate('buildTree', 'pane.failed.build', ribbonBuild);
  associate('runChecks', 'pane.failed.refresh', ribbonCheck);
  associate('newWeeklyReview', 'pane.failed.review', ribbonReview);
  associate('newOneOnOnes', 'pane.failed.oneonone', ribbonOneOnOnes);
}
