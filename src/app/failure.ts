import { render, t, type Lang, type MessageKey } from '../core/i18n';
import type { Problem } from '../core/model/problem';
import { ExcelHostError } from '../hosts/excel/errors';
import { ProtectedSheetError, ProtectedWorkbookError } from '../hosts/xlsx/package/errors';
import { OperationError } from './errors';

/** What each command of the pane and the ribbon says when it fails. */
export type FailedKey = Extract<MessageKey, `pane.failed.${string}`>;

/** A failure as a person reads it in the pane or the ribbon's dialog. */
export interface FailureText {
  /** What could not be done. */
  readonly title: string;
  /** Why, and what to do. */
  readonly body: string;
  /** Further problems, each with its cell. */
  readonly lines: readonly string[];
}

/**
 * A failure in the person's language: what could not be done, why, and what to do.
 * Problems from the workbook keep their cell; a workbook without a tree points to the
 * Start view (the CLI points to `kpi-tree build` instead). Nothing is swallowed: an
 * unexpected error is shown with its own message.
 */
export function describeFailure(lang: Lang, failed: FailedKey, error: unknown): FailureText {
  const title = t(lang, failed);
  if (error instanceof OperationError) {
    const lines = error.problems.map((p) => problemLine(lang, p));
    return { title, body: lines[0] ?? '', lines: lines.slice(1) };
  }
  if (error instanceof ExcelHostError) {
    const detail = error.officeCode ?? (error.cause instanceof Error ? error.cause.message : error.message);
    return { title, body: t(lang, `pane.error.${error.code}`, { detail }), lines: [] };
  }
  if (error instanceof ProtectedSheetError)
    return { title, body: t(lang, 'file.protectedSheet', { sheet: error.sheet }), lines: [] };
  if (error instanceof ProtectedWorkbookError)
    return { title, body: t(lang, 'file.protectedWorkbook'), lines: [] };
  const detail = error instanceof Error ? error.message : String(error);
  return { title, body: t(lang, 'pane.error.Unexpected', { detail }), lines: [] };
}

function problemLine(lang: Lang, p: Problem): string {
  if (p.message.key === 'reader.noTreeSheet') return t(lang, 'pane.error.noTree');
  const where = p.cell ?? p.field;
  return where ? `${where}: ${render(lang, p.message)}` : render(lang, p.message);
}
