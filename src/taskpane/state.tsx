import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppContext } from '../app/context';
import type { WorkbookAnalysis } from '../core/analyze';
import type { IsoDate } from '../core/brand';
import type { ProgressListener, StandaloneWorkbook, WorkbookHost } from '../hosts/port';
import { useT } from './i18n';
import { errorNotice, type FailedKey, type Notice } from './notice';
import { useFeedback } from './useFeedback';
import { useReading } from './useReading';

export type View = 'start' | 'tree' | 'problems' | 'review';
export const VIEWS: readonly View[] = ['start', 'tree', 'problems', 'review'];

export interface Busy {
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

export interface PaneEnv {
  readonly host: WorkbookHost;
  /** The workbook of standalone mode (in the page); null inside Excel. */
  readonly standalone: StandaloneWorkbook | null;
  readonly today: () => IsoDate;
}

export interface PaneState extends PaneEnv {
  /** What the operations run with: the host, the pane's language, today. */
  readonly app: AppContext;
  readonly analysis: WorkbookAnalysis | null;
  readonly loading: boolean;
  readonly reload: () => Promise<void>;
  readonly view: View;
  /** Shows a view; the message of the view left behind goes with it. */
  readonly setView: (v: View) => void;
  readonly busy: Busy | null;
  /** The error or warning shown beside the view's actions. */
  readonly notice: Notice | null;
  /** Confirmations (success, info) appear as toasts, with Undo; errors and warnings as `notice`. */
  readonly setNotice: (n: Notice | null) => void;
  /**
   * Runs a command: shows its progress, turns a failure into an error notice (never
   * swallowed), re-reads the workbook afterwards. Resolves to the task's result, or
   * undefined when it failed.
   */
  readonly run: <T>(failed: FailedKey, label: string | null, task: (progress: ProgressListener) => Promise<T>) => Promise<T | undefined>;
}

const PaneContext = createContext<PaneState | null>(null);

export function usePane(): PaneState {
  const state = useContext(PaneContext);
  if (state === null) throw new Error('usePane() outside <PaneProvider>');
  return state;
}

export function PaneProvider({ env, children, initialView }: { env: PaneEnv; children: ReactNode; initialView?: View }) {
  const { lang } = useT();
  const [view, setViewState] = useState<View>(initialView ?? 'start');
  const [busy, setBusy] = useState<Busy | null>(null);
  const app = useMemo<AppContext>(() => ({ host: env.host, lang, today: env.today }), [env.host, env.today, lang]);
  const runRef = useRef<PaneState['run'] | null>(null);
  const { notice, setNotice, leave } = useFeedback(lang, (undo) => {
    const undone = async () => {
      await undo.run();
      return true;
    };
    void runRef.current?.(undo.failed, null, undone).then((done) => {
      if (done) setNotice({ intent: 'success', body: undo.done });
    });
  });
  const shown = useRef(view);
  const setView = useCallback(
    (v: View) => {
      if (shown.current !== v) leave();
      shown.current = v;
      setViewState(v);
    },
    [leave],
  );
  // The first reading picks the view: a workbook with a tree opens on it.
  const { analysis, loading, reload } = useReading(
    app,
    (first) => {
      if (initialView === undefined) setView(first.model !== null ? 'tree' : 'start');
    },
    (error) => setNotice(errorNotice(lang, 'pane.failed.read', error)),
  );

  const run = useCallback(
    async <T,>(failed: FailedKey, label: string | null, task: (progress: ProgressListener) => Promise<T>): Promise<T | undefined> => {
      setNotice(null);
      setBusy({ label: label ?? '', done: 0, total: 0 });
      try {
        return await task((done, total) => setBusy({ label: label ?? '', done, total }));
      } catch (error) {
        setNotice(errorNotice(lang, failed, error));
        return undefined;
      } finally {
        setBusy(null);
        await reload();
      }
    },
    [lang, reload, setNotice],
  );
  runRef.current = run;

  const state: PaneState = { ...env, app, analysis, loading, reload, view, setView, busy, notice, setNotice, run };
  return <PaneContext.Provider value={state}>{children}</PaneContext.Provider>;
}
