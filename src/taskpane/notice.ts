import { CommandError } from '../commands/errors';
import { render, t, type Lang, type MessageKey } from '../core/i18n';
import { ExcelHostError } from '../hosts/excel/errors';

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

/** What each command says when it fails. */
export type FailedKey = Extract<MessageKey, `pane.failed.${string}`>;

/**
 * A failure as the user should read it, in the pane's language: what could not be
 * done, why, and what to do. Problems from the workbook keep their cell.
 */
export function errorNotice(lang: Lang, failed: FailedKey, error: unknown): Notice {
  const title = t(lang, failed);
  if (error instanceof CommandError) {
    const lines = error.problems.map((p) => {
      const where = p.cell ?? p.field;
      return where ? `${where}: ${render(lang, p.message)}` : render(lang, p.message);
    });
    return { intent: 'error', title, body: lines[0] ?? '', lines: lines.slice(1) };
  }
  if (error instanceof ExcelHostError) {
    const detail = error.officeCode ?? (error.cause instanceof Error ? error.cause.message : error.message);
    return { intent: 'error', title, body: t(lang, `pane.error.${error.code}`, { detail }) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { intent: 'error', title, body: t(lang, 'pane.error.Unexpected', { detail }) };
}
