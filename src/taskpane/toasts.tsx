import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useT } from './i18n';
import type { Notice } from './notice';

/** How long a confirmation stays; one that can be undone stays longer. */
const SHOWN_MS = 5000;
const UNDOABLE_MS = 12000;
/** The newest confirmations shown at once. */
const AT_MOST = 3;

const useStyles = makeStyles({
  // Above the view's footer (its action and progress), wherever the person has scrolled to.
  stack: {
    position: 'fixed',
    left: tokens.spacingHorizontalS,
    right: tokens.spacingHorizontalS,
    bottom: '88px',
    zIndex: 10,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    pointerEvents: 'none',
  },
  toast: { width: '100%', maxWidth: '420px', pointerEvents: 'auto', boxShadow: tokens.shadow16 },
  body: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
});

interface Shown {
  readonly id: number;
  readonly notice: Notice;
  readonly onUndo?: () => void;
}

export interface Confirmations {
  /** Shows a confirmation; `onUndo` is offered as its Undo button. */
  readonly confirm: (notice: Notice, onUndo?: () => void) => void;
  /** Takes every confirmation away (their language or context is gone). */
  readonly dismissAll: () => void;
}

const ConfirmationsContext = createContext<Confirmations | null>(null);

export function useConfirmations(): Confirmations {
  const c = useContext(ConfirmationsContext);
  if (!c) throw new Error('useConfirmations outside ConfirmationsProvider');
  return c;
}

/**
 * Where confirmations appear: at the bottom of the pane, just above the view's own
 * actions, read out politely by screen readers. Each goes by itself after a while,
 * not while the pointer or the focus is on it.
 */
export function ConfirmationsProvider({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const { tr } = useT();
  const [shown, setShown] = useState<readonly Shown[]>([]);
  const next = useRef(0);
  const dismiss = useCallback((id: number) => setShown((list) => list.filter((s) => s.id !== id)), []);
  const confirm = useCallback((notice: Notice, onUndo?: () => void) => {
    const id = ++next.current;
    setShown((list) => [...list, { id, notice, onUndo }].slice(-AT_MOST));
  }, []);
  const dismissAll = useCallback(() => setShown([]), []);
  const value = useMemo(() => ({ confirm, dismissAll }), [confirm, dismissAll]);
  return (
    <ConfirmationsContext.Provider value={value}>
      {children}
      <div className={styles.stack} role="status" aria-label={tr('pane.confirmations')}>
        {shown.map((s) => (
          <Confirmation
            key={s.id}
            shown={s}
            onDismiss={dismiss}
            className={styles.toast}
            bodyClassName={styles.body}
          />
        ))}
      </div>
    </ConfirmationsContext.Provider>
  );
}

/** One confirmation, with its Undo when the change can be taken back. */
function Confirmation({
  shown: { id, notice, onUndo },
  onDismiss,
  className,
  bodyClassName,
}: {
  shown: Shown;
  onDismiss: (id: number) => void;
  className: string;
  bodyClassName: string;
}) {
  const { tr } = useT();
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => onDismiss(id), onUndo ? UNDOABLE_MS : SHOWN_MS);
    return () => clearTimeout(timer);
  }, [held, id, onUndo, onDismiss]);
  const hold = () => setHeld(true);
  const release = () => setHeld(false);
  return (
    <MessageBar
      className={className}
      intent={notice.intent}
      layout="multiline"
      data-confirmation=""
      onMouseEnter={hold}
      onMouseLeave={release}
      onFocus={hold}
      onBlur={release}
    >
      <MessageBarBody className={bodyClassName}>{notice.body}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            icon={<span aria-hidden="true">×</span>}
            aria-label={tr('pane.dismiss')}
            onClick={() => onDismiss(id)}
          />
        }
      >
        {onUndo ? (
          <Button
            size="small"
            onClick={() => {
              onDismiss(id);
              onUndo();
            }}
          >
            {tr('pane.undo')}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
