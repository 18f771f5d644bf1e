import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useT } from '../i18n';
import { usePane } from '../state';

const useStyles = makeStyles({
  bar: { maxHeight: '40vh', overflowY: 'auto', minWidth: 0 },
  body: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** The error or warning of the last command, beside the view's actions: what failed, why, what to do; each problem with its cell. */
export function NoticeBar() {
  const styles = useStyles();
  const { tr } = useT();
  const { notice, setNotice } = usePane();
  if (!notice) return null;
  return (
    <MessageBar
      className={styles.bar}
      intent={notice.intent}
      role={notice.intent === 'error' ? 'alert' : 'status'}
      layout="multiline"
    >
      <MessageBarBody className={styles.body}>
        {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
        {notice.title ? <br /> : null}
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
          <Button
            appearance="transparent"
            size="small"
            icon={<span aria-hidden="true">×</span>}
            aria-label={tr('pane.dismiss')}
            onClick={() => setNotice(null)}
          />
        }
      />
    </MessageBar>
  );
}
