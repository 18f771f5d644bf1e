import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { useT } from '../i18n';
import { usePane } from '../state';

const useStyles = makeStyles({
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Progress of the running command, and the last command's outcome (with Undo where it can be undone). */
export function StatusArea() {
  const styles = useStyles();
  const { tr } = useT();
  const { busy, notice, setNotice, run, loading } = usePane();
  return (
    <>
      {busy ? (
        <Field
          validationState="none"
          validationMessage={busy.total > 0 ? tr('pane.progress', { what: busy.label, done: busy.done, total: busy.total }) : busy.label}
        >
          <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} aria-label={busy.label || tr('pane.loading')} />
        </Field>
      ) : loading ? (
        <ProgressBar aria-label={tr('pane.loading')} thickness="medium" />
      ) : null}
      {notice ? (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'} layout="multiline">
          <MessageBarBody>
            {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
            {notice.body}
            {notice.lines && notice.lines.length > 0 ? (
              <ul className={styles.lines}>
                {notice.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={tr('pane.dismiss')} onClick={() => setNotice(null)}>
                ×
              </Button>
            }
          >
            {notice.undo ? (
              <Button
                onClick={async () => {
                  const undo = notice.undo;
                  if (!undo) return;
                  const ok = await run(undo.failed, null, async () => {
                    await undo.run();
                    return true;
                  });
                  if (ok) setNotice({ intent: 'success', body: undo.done });
                }}
              >
                {tr('pane.undo')}
              </Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </>
  );
}
