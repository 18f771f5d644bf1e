import type { StandaloneWorkbook } from '../hosts/port';
import { downloadWorkbook, workbookFileName } from './download';
import { useT } from './i18n';
import { usePane } from './state';

/** Standalone mode's download: the workbook as a file named after the plan, confirmed with the file's name. */
export function useDownload(): (workbook: StandaloneWorkbook) => Promise<void> {
  const { tr } = useT();
  const { analysis, run, setNotice } = usePane();
  const title = analysis?.model?.title;
  return async (workbook) => {
    const done = await run('pane.failed.download', null, async () => {
      await downloadWorkbook(workbook, title);
      return true;
    });
    if (done)
      setNotice({
        intent: 'success',
        body: tr('pane.standalone.downloaded', { file: workbookFileName(title) }),
      });
  };
}
