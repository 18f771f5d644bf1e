import { refreshWorkbook, writeReview } from './operations';
import type { Lang } from '../core/i18n';
import { useT } from './i18n';
import type { Shortcut } from './shortcuts';
import { usePrintReview } from './printReview';
import { usePane } from './state';
import { useDownload } from './useDownload';

/** One entry of the command list: what the palette shows and runs. */
export interface PaneCommand {
  readonly id: string;
  readonly label: string;
  readonly enabled: boolean;
  /** Why it cannot run now, shown under it in the palette. */
  readonly disabledReason?: string;
  /** Runs it from the keyboard, wherever the focus is in the pane. */
  readonly shortcut?: Shortcut;
  readonly run: () => void | Promise<void>;
}

/** Every command of the pane, in palette order; the ribbon's commands are among them. */
export function usePaneCommands(): PaneCommand[] {
  const { tr, setLang, lang } = useT();
  const pane = usePane();
  const { app, analysis, standalone, run, setNotice, setView, busy } = pane;
  const model = analysis?.model ?? null;
  const idle = busy === null;
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const download = useDownload();
  /** The first reason that stops a command, or undefined when it may run. */
  const why = (...reasons: (string | false)[]): string | undefined => reasons.find((r): r is string => r !== false);
  const needsTree = model === null && tr('pane.command.why.noTree');
  const isBusy = !idle && tr('pane.command.why.busy');
  const refreshStop = why(isBusy, needsTree);
  const reviewStop = why(isBusy, needsTree, analysis?.backcast === null && tr('pane.command.why.noTargets'));
  const print = usePrintReview();

  const commands: PaneCommand[] = [
    { id: 'build', label: tr('pane.command.build'), enabled: true, run: () => setView('start') },
    {
      id: 'refresh',
      label: tr('pane.command.refresh'),
      enabled: refreshStop === undefined,
      disabledReason: refreshStop,
      run: async () => {
        const written = await run('pane.failed.refresh', tr('pane.problems.running'), (onProgress) =>
          refreshWorkbook(app, { onProgress }),
        );
        if (written) {
          setNotice({ intent: 'success', body: tr('pane.problems.ran', { count: written.findings.length }) });
          setView('problems');
        }
      },
    },
    {
      id: 'review',
      label: tr('pane.command.review'),
      enabled: reviewStop === undefined,
      disabledReason: reviewStop,
      run: async () => {
        setView('review');
        const done = await run('pane.failed.review', tr('pane.review.generating'), (onProgress) =>
          writeReview(app, { onProgress }),
        );
        if (done)
          setNotice({
            intent: 'success',
            body: tr(done.existed ? 'pane.review.refreshed' : 'pane.review.wrote', { sheet: done.sheet }),
          });
      },
    },
    {
      id: 'printReview',
      label: tr('pane.command.printReview'),
      enabled: reviewStop === undefined,
      disabledReason: reviewStop,
      run: async () => {
        setView('review');
        await print();
      },
    },
    {
      // Opens the Review view's Recalibrate section: the proposals are seen before they are applied, with Undo after.
      id: 'calibrate',
      label: tr('pane.command.calibrate'),
      enabled: reviewStop === undefined,
      disabledReason: reviewStop,
      run: () => setView('review'),
    },
    {
      id: 'showTree',
      label: tr('pane.command.showTree'),
      enabled: model !== null,
      disabledReason: why(needsTree),
      shortcut: { key: 'E' },
      run: () => setView('tree'),
    },
    {
      id: 'showProblems',
      label: tr('pane.command.showProblems'),
      enabled: true,
      shortcut: { key: 'M' },
      run: () => setView('problems'),
    },
    {
      id: 'language',
      label: tr('pane.command.language', { language: tr(`pane.language.${other}`) }),
      enabled: true,
      run: () => setLang(other),
    },
  ];
  if (standalone) {
    commands.push({
      id: 'download',
      label: tr('pane.command.download'),
      enabled: idle,
      disabledReason: why(isBusy),
      run: () => download(standalone),
    });
  }
  return commands;
}
