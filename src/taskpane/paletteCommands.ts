import { refreshWorkbook } from '../app/build';
import { writeReview } from '../app/review';
import type { Lang } from '../core/i18n';
import { downloadWorkbook } from './download';
import { useT } from './i18n';
import { usePrintReview } from './printReview';
import { usePane } from './state';

/** One entry of the command list: what the palette shows and runs. */
export interface PaneCommand {
  readonly id: string;
  readonly label: string;
  readonly enabled: boolean;
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
  const print = usePrintReview();

  const commands: PaneCommand[] = [
    { id: 'build', label: tr('pane.command.build'), enabled: true, run: () => setView('start') },
    {
      id: 'refresh',
      label: tr('pane.command.refresh'),
      enabled: idle && model !== null,
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
      enabled: idle && model !== null && analysis?.backcast !== null,
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
      enabled: idle && model !== null && analysis?.backcast !== null,
      run: async () => {
        setView('review');
        await print();
      },
    },
    {
      id: 'showTree',
      label: tr('pane.command.showTree'),
      enabled: model !== null,
      run: () => setView('tree'),
    },
    {
      id: 'showProblems',
      label: tr('pane.command.showProblems'),
      enabled: true,
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
      run: async () => {
        await run('pane.failed.download', null, () => downloadWorkbook(standalone, model?.title));
      },
    });
  }
  return commands;
}
