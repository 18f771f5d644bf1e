import { useCallback, useEffect, useRef, useState } from 'react';
import { readAnalysis } from '../app/analysis';
import type { AppContext } from '../app/context';
import { watchWorkbook } from '../app/navigate';
import type { WorkbookAnalysis } from '../core/analyze';
import { toolSheets } from '../core/reader/toolSheets';

export interface Reading {
  readonly analysis: WorkbookAnalysis | null;
  readonly loading: boolean;
  readonly reload: () => Promise<void>;
}

/**
 * The workbook as the pane last read it: read now, and again whenever one of the tool's
 * sheets changes (people typing, another command). `onFirst` hears the first reading;
 * `onError` a reading that failed.
 */
export function useReading(
  app: AppContext,
  onFirst: (analysis: WorkbookAnalysis) => void,
  onError: (error: unknown) => void,
): Reading {
  const [analysis, setAnalysis] = useState<WorkbookAnalysis | null>(null);
  const [loading, setLoading] = useState(true);
  const sequence = useRef(0);
  const latest = useRef<WorkbookAnalysis | null>(null);
  const first = useRef(onFirst);
  const failed = useRef(onError);
  first.current = onFirst;
  failed.current = onError;

  const reload = useCallback(async () => {
    const mine = ++sequence.current;
    setLoading(true);
    try {
      const next = await readAnalysis(app);
      if (mine !== sequence.current) return;
      if (latest.current === null) first.current(next);
      latest.current = next;
      setAnalysis(next);
    } catch (error) {
      if (mine === sequence.current) failed.current(error);
    } finally {
      if (mine === sequence.current) setLoading(false);
    }
  }, [app]);

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
      (error) => failed.current(error),
    ).then(
      (unsubscribe) => {
        if (cancelled) void unsubscribe();
        else stop = unsubscribe;
      },
      (error: unknown) => failed.current(error),
    );
    return () => {
      cancelled = true;
      if (stop) void stop();
    };
  }, [app, reload]);

  return { analysis, loading, reload };
}
