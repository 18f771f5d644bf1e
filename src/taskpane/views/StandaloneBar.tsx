import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { openWorkbookFile } from '../../app/openFile';
import type { CellSelection, StandaloneWorkbook } from '../../hosts/port';
import { useT } from '../i18n';
import { usePane } from '../state';
import { useDownload } from '../useDownload';
import { SelectionPreview } from './SelectionPreview';

const useStyles = makeStyles({
  body: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS },
  hidden: { display: 'none' },
});

/** Standalone mode (no Excel): the in-memory workbook, its download and upload, and where the selection is. */
export function StandaloneBar({ workbook }: { workbook: StandaloneWorkbook }) {
  const styles = useStyles();
  const { tr } = useT();
  const { run, setNotice, busy } = usePane();
  const download = useDownload();
  const [selection, setSelection] = useState<CellSelection | null>(workbook.selection());
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => workbook.onSelect(setSelection), [workbook]);

  const open = async (f: File) => {
    const done = await run('pane.failed.open', null, async () => {
      await openWorkbookFile(workbook, await f.arrayBuffer(), f.name);
      return true;
    });
    if (done) setNotice({ intent: 'success', body: tr('pane.standalone.opened', { file: f.name }) });
  };

  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{tr('pane.standalone.title')}</MessageBarTitle>
          {tr('pane.standalone.body')}
          <div className={styles.actions}>
            <Button size="small" disabled={busy !== null} onClick={() => void download(workbook)}>
              {tr('pane.standalone.download')}
            </Button>
            <Button size="small" disabled={busy !== null} onClick={() => file.current?.click()}>
              {tr('pane.standalone.open')}
            </Button>
            <input
              ref={file}
              className={styles.hidden}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={tr('pane.standalone.open')}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void open(f);
              }}
            />
          </div>
        </MessageBarBody>
      </MessageBar>
      {selection ? <SelectionPreview selection={selection} /> : null}
    </>
  );
}
