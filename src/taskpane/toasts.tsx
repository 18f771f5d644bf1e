import {
  Button,
  makeStyles,
  Toast,
  ToastTitle,
  Toaster,
  ToastTrigger,
  useToastController,
} from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { useT } from './i18n';
import type { Notice } from './notice';

const TOASTER_ID = 'kpi-tree-confirmations';
/** How long a confirmation stays; one that can be undone stays longer. */
const SHOWN_MS = 5000;
const UNDOABLE_MS = 12000;

const useStyles = makeStyles({
  // Fluent's toaster is 292 px wide: in a narrow pane it takes the pane's width instead.
  toaster: { width: 'min(420px, calc(100vw - 16px))' },
  title: { overflowWrap: 'anywhere' },
  undo: { flexShrink: 0 },
});

/**
 * Where confirmations appear: at the bottom of the pane, just above the view's own
 * actions, wherever the person has scrolled to.
 */
export function PaneToaster() {
  const styles = useStyles();
  return (
    <Toaster
      toasterId={TOASTER_ID}
      className={styles.toaster}
      position="bottom"
      offset={{ vertical: 88 }}
      pauseOnHover
      pauseOnWindowBlur
    />
  );
}

/** One confirmation, with its Undo when the change can be taken back. */
function Confirmation({ notice, onUndo }: { notice: Notice; onUndo?: () => void }) {
  const styles = useStyles();
  const { tr } = useT();
  return (
    <Toast data-confirmation="">
      <ToastTitle
        className={styles.title}
        action={
          onUndo ? (
            <ToastTrigger>
              <Button size="small" appearance="outline" className={styles.undo} onClick={onUndo}>
                {tr('pane.undo')}
              </Button>
            </ToastTrigger>
          ) : undefined
        }
      >
        {notice.body}
      </ToastTitle>
    </Toast>
  );
}

export interface Confirmations {
  /** Shows a confirmation; `onUndo` is offered as its Undo button. */
  readonly confirm: (notice: Notice, onUndo?: () => void) => void;
  /** Takes every confirmation away (their language or context is gone). */
  readonly dismissAll: () => void;
}

export function useConfirmations(): Confirmations {
  const { dispatchToast, dismissAllToasts } = useToastController(TOASTER_ID);
  const confirm = useCallback(
    (notice: Notice, onUndo?: () => void) =>
      dispatchToast(<Confirmation notice={notice} onUndo={onUndo} />, {
        intent: notice.intent,
        timeout: onUndo ? UNDOABLE_MS : SHOWN_MS,
        politeness: 'polite',
      }),
    [dispatchToast],
  );
  return useMemo(() => ({ confirm, dismissAll: dismissAllToasts }), [confirm, dismissAllToasts]);
}
