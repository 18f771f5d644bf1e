import { describeFailure, type FailedKey } from '../app/failure';
import type { Lang } from '../core/i18n';

export type { FailedKey } from '../app/failure';

/** A message the pane shows in its MessageBar. */
export interface Notice {
  readonly intent: 'success' | 'error' | 'warning' | 'info';
  readonly title?: string;
  readonly body: string;
  /** Further lines: each problem with its cell. */
  readonly lines?: readonly string[];
  /** Offered as an Undo button: a write that puts the previous values back. */
  readonly undo?: {
    readonly run: () => Promise<void>;
    readonly failed: FailedKey;
    /** What the pane says once it is undone. */
    readonly done: string;
  };
}

/** A failure as the pane shows it, in the pane's language: what could not be done, why, and what to do. */
export function errorNotice(lang: Lang, failed: FailedKey, error: unknown): Notice {
  const text = describeFailure(lang, failed, error);
  return { intent: 'error', title: text.title, body: text.body, lines: text.lines };
}
