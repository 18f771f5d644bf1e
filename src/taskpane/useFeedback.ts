import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../core/i18n';
import type { Notice } from './notice';
import { useConfirmations } from './toasts';

export interface Feedback {
  /** The message that needs the person (an error, a warning), shown beside the view's actions. */
  readonly notice: Notice | null;
  /**
   * Says how a command went: a confirmation (success, info) appears as a toast, with its
   * Undo; an error or a warning stays beside the view's actions until dismissed or its
   * context goes. Null clears it.
   */
  readonly setNotice: (notice: Notice | null) => void;
}

/**
 * The pane's feedback. A message belongs to where it was given: it goes when the view
 * changes (`leave`), and every message goes when the language changes.
 */
export function useFeedback(
  lang: Lang,
  undo: (u: NonNullable<Notice['undo']>) => void,
): Feedback & { leave: () => void } {
  const [notice, setNoticeState] = useState<Notice | null>(null);
  const { confirm, dismissAll } = useConfirmations();
  const undoing = useRef(undo);
  undoing.current = undo;

  const setNotice = useCallback(
    (next: Notice | null) => {
      if (next === null || next.intent === 'error' || next.intent === 'warning') {
        setNoticeState(next);
        return;
      }
      const u = next.undo;
      confirm(next, u ? () => undoing.current(u) : undefined);
    },
    [confirm],
  );

  const shownIn = useRef(lang);
  useEffect(() => {
    if (shownIn.current === lang) return;
    shownIn.current = lang;
    setNoticeState(null);
    dismissAll();
  }, [lang, dismissAll]);

  const leave = useCallback(() => setNoticeState(null), []);
  return { notice, setNotice, leave };
}
