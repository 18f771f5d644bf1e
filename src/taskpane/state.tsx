import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { readAnalysis } from '../app/analysis';
import type { AppContext } from '../app/context';
import { watchWorkbook } from '../app/navigate';
import type { WorkbookAnalysis } from '../core/analyze';
import type { IsoDate } from '../core/brand';
import { toolSheets } from '../core/reader/toolSheets';
import type { ProgressListener, StandaloneWorkbook, WorkbookHost } from '../hosts/port';
import { useT } from './i18n';
import { errorNotice, type FailedKey, type Notice } from './notice';

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
  readonly setView: (v: View) => void;
  readonly busy: Busy | null;
  readonly notice: Notice | null;
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
  const [analysis, setAnalysis] = useState<WorkbookAnalysis | null>(null);
  const [loading, setLoading] = useState(true);
  const [view, setView] = useState<View>(initialView ?? 'start');
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const sequence = useRef(0);
  const latest = useRef<WorkbookAnalysis | null>(null);
  const chosenView = useRef(initialView !== undefined);
  const app = useMemo<AppContext>(() => ({ host: env.host, lang, today: env.today }), [env.host, env.today, lang]);

  const reload = useCallback(async () => {
    const mine = ++sequence.current;
    setLoading(true);
    try {
      const next = await readAnalysis(app);
      if (mine !== sequence.current) return;
      latest.current = next;
      setAnalysis(next);
      // The first reading picks the view: a workbook with a tree opens on it.
      if (!chosenView.current) {
        chosenView.current = true;
        setView(next.model !== null ? 'tree' : 'start');
      }
    } catch (error) {
      if (mine === sequence.current) setNotice(errorNotice(lang, 'pane.failed.read', error));
    } finally {
      if (mine === sequence.current) setLoading(false);
    }
  }, [app, lang]);

  // Read now, and again whenever a sheet changes (people typing, another command).
  useEffect(() => {
    void reload();
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    // Edits in people's own sheets change nothing the pane shows: only the tool's sheets
    // (or any sheet, while the workbook has no tree yet) are worth reading again.
    const matters = (sheets: readonly string[]): boolean => {
      const now = latest.current;
      return now === null || now.model === null || toolSheets(sheets, now.data.names).size > 0;
    };
    watchWorkbook(
      app,
      (sheets) => {
        if (matters(sheets)) void reload();
      },
      (error) => setNotice(errorNotice(lang, 'pane.failed.read', error)),
    ).then(
        (unsubscribe) => {
          if (cancelled) void unsubscribe();
          else stop = unsubscribe;
        },
        (error: unknown) => setNotice(errorNotice(lang, 'pane.failed.read', error)),
      );
    return () => {
      cancelled = true;
      if (stop) void stop();
    };
  }, [app, reload, lang]);

  const run = useCallback(
    async <T,>(failed: FailedKey, label: string | null, task: (progress: ProgressListener) => Promise<T>): Promise<T | undefined> => {
      setNotice(null);
      setBusy({ label: label ?? '', done: 0, total: 0 });
      try {
        const result = await task((done, total) => setBusy({ label: label ?? '', done, total }));
        return result;
      } catch (error) {
        setNotice(errorNotice(lang, failed, error));
        return undefined;
      } finally {
        setBusy(null);
        await reload();
      }
    },
    [lang, reload],
  );

  const state: PaneState = { ...env, app, analysis, loading, reload, view, setView, busy, notice, setNotice, run };
  return <PaneContext.Provider value={state}>{children}</PaneContext.Provider>;
}
