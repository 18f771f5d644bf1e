/**
 * The tool would have to write into a sheet its owner protected. Nothing is written: the
 * protection (and its password) is the owner's to lift, not the tool's to drop.
 */
export class ProtectedSheetError extends Error {
  override readonly name = 'ProtectedSheetError';
  constructor(readonly sheet: string) {
    super(
      `The sheet "${sheet}" is protected; unprotect it to let KPI Tree write to it. Nothing was written.`,
    );
  }
}

/** The workbook's structure is protected, and the operation adds, removes or moves sheets. */
export class ProtectedWorkbookError extends Error {
  override readonly name = 'ProtectedWorkbookError';
  constructor() {
    super(
      "The workbook's structure is protected; unprotect it to let KPI Tree add or move sheets. Nothing was written.",
    );
  }
}
