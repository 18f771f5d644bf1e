import type { IsoDate } from '../core/brand';
import type { NodeLocator } from '../core/model/locate';
import type { Problem } from '../core/model/problem';
import type { Model } from '../core/model/types';
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

/** A plan as loaded from a file or filled in from a template: the model and what loading it found. */
export interface PlanInput {
  readonly model: Model;
  /** Warnings (and errors) found while loading; an error stops the build. */
  readonly problems?: readonly Problem[];
  /** Locates the model's fields in the plan file, so problems name their line. */
  readonly locate?: NodeLocator;
}
