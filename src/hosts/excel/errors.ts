/// <reference types="office-js" />
/**
 * Errors the Office.js host raises: one class, a code the UI can translate, and an
 * English message that says what to do. The Office.js error stays as `cause`.
 */

export type ExcelHostErrorCode =
  | 'CellEditMode'
  | 'NotFound'
  | 'Protected'
  | 'TooLarge'
  | 'Rejected'
  | 'Unsupported'
  | 'Excel'
  | 'Unexpected';

export class ExcelHostError extends Error {
  override readonly name = 'ExcelHostError';
  /** The Office.js error code (`Excel.ErrorCodes`), when Excel reported one. */
  readonly officeCode: string | undefined;
  constructor(
    readonly code: ExcelHostErrorCode,
    message: string,
    options: { cause?: unknown; officeCode?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.officeCode = options.officeCode;
  }
}

/** `Excel.ErrorCodes.invalidOperationInCellEditMode`, checked against the type's string value. */
export const CELL_EDIT_MODE: `${Excel.ErrorCodes.invalidOperationInCellEditMode}` =
  'InvalidOperationInCellEditMode';

/** The `code` of an Office.js error (`OfficeExtension.Error`), or undefined. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return undefined;
}

export function isCellEditModeError(error: unknown): boolean {
  return officeErrorCode(error) === CELL_EDIT_MODE;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Wraps what Excel threw into an ExcelHostError whose message names the action and the
 * way out. `what` completes "Could not …", e.g. "build the KPI tree".
 */
export function toHostError(error: unknown, what: string): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  const officeCode = officeErrorCode(error);
  const detail = messageOf(error);
  const options = { cause: error, officeCode };
  switch (officeCode) {
    case CELL_EDIT_MODE:
      return new ExcelHostError(
        'CellEditMode',
        `Could not ${what}: Excel is editing a cell. Press Enter or Esc to finish editing, then try again.`,
        options,
      );
    case 'ItemNotFound':
      return new ExcelHostError(
        'NotFound',
        `Could not ${what}: a sheet or name it needs is missing (${detail}). Rebuild the KPI tree, or check that the sheet was not renamed or deleted.`,
        options,
      );
    case 'AccessDenied':
      return new ExcelHostError(
        'Protected',
        `Could not ${what}: the workbook or a sheet is protected. Unprotect it (Review > Unprotect Sheet), then try again.`,
        options,
      );
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new ExcelHostError(
        'TooLarge',
        `Could not ${what}: the change is too large for Excel to take in one request (${detail}). Split the tree into smaller plans, or use the CLI on the .xlsx file.`,
        options,
      );
    case 'InvalidArgument':
    case 'InvalidReference':
    case 'InvalidOperation':
      return new ExcelHostError(
        'Rejected',
        `Could not ${what}: Excel rejected a change (${officeCode}: ${detail}). Nothing you typed was lost; report this with the workbook if it happens again.`,
        options,
      );
    case 'ApiNotFound':
    case 'UnsupportedOperation':
      return new ExcelHostError(
        'Unsupported',
        `Could not ${what}: this version of Excel lacks a feature the add-in needs (${detail}). Update Excel, or use Excel on the web.`,
        options,
      );
    case undefined:
      return new ExcelHostError('Unexpected', `Could not ${what}: ${detail}`, options);
    default:
      return new ExcelHostError(
        'Excel',
        `Could not ${what}: Excel reported ${officeCode} (${detail}). Try again; if it persists, reload the add-in.`,
        options,
      );
  }
}
