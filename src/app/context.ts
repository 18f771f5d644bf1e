import type { IsoDate } from '../core/brand';
import type { Lang } from '../core/i18n';
import type { ProgressListener, WorkbookHost } from '../hosts/port';

/**
 * What every operation runs with, whichever door it came through (task pane, ribbon,
 * command line): the workbook behind the host port, the person's language and today's
 * date where the person is.
 */
export interface AppContext {
  readonly host: WorkbookHost;
  /**
   * The person's language: the pane's, the Office display language, or the CLI's
   * `--lang` / system locale. Messages use it; a new workbook's sheets too, unless the
   * plan says otherwise (see `sheetsLanguage`).
   */
  readonly lang: Lang;
  readonly today: () => IsoDate;
}

/** Options every writing operation takes. */
export interface WriteOptions {
  /** Finished round trips out of the planned ones, for a progress bar. */
  readonly onProgress?: ProgressListener;
}
