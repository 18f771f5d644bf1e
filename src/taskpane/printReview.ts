import { printReview } from './operations';
import { downloadWorkbook } from './download';
import { useT } from './i18n';
import { usePane } from './state';

/**
 * The pane's door onto "Print this week's review" (`app/print`): the tab shown, then
 * inside Excel the person is asked for Ctrl+P (no API opens Excel's print dialog); in
 * standalone mode the workbook is downloaded, opening on the tab.
 */
export function usePrintReview(): (week?: string) => Promise<void> {
  const { tr } = useT();
  const { app, run, setNotice, standalone, analysis } = usePane();
  const title = analysis?.model?.title;
  return async (week) => {
    const ready = await run('pane.failed.print', tr('pane.print.preparing'), async (onProgress) => {
      const done = await printReview(app, { week, onProgress });
      if (standalone) await downloadWorkbook(standalone, title, { activeSheet: done.sheet });
      return done;
    });
    if (ready)
      setNotice({
        intent: 'success',
        body: tr(standalone ? 'pane.print.downloaded' : 'pane.print.pressCtrlP', { sheet: ready.sheet }),
      });
  };
}
