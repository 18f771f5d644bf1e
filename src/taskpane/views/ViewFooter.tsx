import { Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { usePane } from '../state';
import { NoticeBar } from './NoticeBar';

const useStyles = makeStyles({
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: `auto calc(-1 * ${tokens.spacingHorizontalM}) calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * The bottom of a view, always in sight however far the view scrolls: the running
 * command's progress, the last error (beside the action that caused it) and the view's
 * primary action (`showActions` false: only while there is progress or an error to show).
 */
export function ViewFooter({
  children,
  hint,
  showActions = true,
}: {
  children: ReactNode;
  hint?: string;
  showActions?: boolean;
}) {
  const styles = useStyles();
  const { tr } = useT();
  const { busy, notice } = usePane();
  if (!showActions && !busy && !notice) return null;
  return (
    <div className={styles.footer} data-footer="">
      {busy ? (
        <Field
          validationState="none"
          validationMessage={
            busy.total > 0
              ? tr('pane.progress', { what: busy.label, done: busy.done, total: busy.total })
              : busy.label
          }
        >
          <ProgressBar
            value={busy.total > 0 ? busy.done / busy.total : undefined}
            aria-label={busy.label || tr('pane.loading')}
          />
        </Field>
      ) : null}
      <NoticeBar />
      {showActions && hint ? <span className={styles.hint}>{hint}</span> : null}
      {showActions ? <div className={styles.actions}>{children}</div> : null}
    </div>
  );
}
