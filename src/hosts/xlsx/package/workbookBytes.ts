import ExcelJS from 'exceljs';
import { needsTextGuard } from '../../excel/textSafety';
import { nameChanges, namesOf, sheetFingerprint } from './fingerprint';
import { activateSheet, flagTexts, mergePackages } from './merge';
import type { SaveOptions } from '../../port';
import { Package } from './opc';
import { repairPrintSetup } from '../pageSetup';
import { printFactsOf } from './printFacts';

/**
 * The file a workbook was opened from, kept whole: what lets a save write only what the
 * operation changed into it, and leave everything else (charts, pivot tables, images,
 * protection, people's names, parts no library understands) exactly as it was.
 */
export interface KeptFile {
  readonly bytes: Uint8Array;
  readonly package: Package;
  /** Each sheet's fingerprint when the file was opened. */
  readonly sheets: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}

/** Opens .xlsx bytes as an ExcelJS workbook, keeping the file for the save. */
export async function readWorkbookBytes(
  bytes: Uint8Array | ArrayBuffer,
): Promise<{ workbook: ExcelJS.Workbook; kept: KeptFile }> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares a Node Buffer; in the browser it takes any ArrayBuffer view.
  await workbook.xlsx.load(view as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const pkg = await Package.read(view);
  // Before the fingerprints: putting ExcelJS's reading right is no change to the sheet.
  repairPrintSetup(workbook, printFactsOf(pkg));
  return {
    workbook,
    kept: {
      bytes: view,
      package: pkg,
      sheets: new Map(workbook.worksheets.map((ws) => [ws.name, sheetFingerprint(ws)])),
      names: namesOf(workbook),
    },
  };
}

/**
 * The workbook as .xlsx bytes. Opened from a file, it is that file with the sheets and
 * names the operation changed written into it (the very same bytes when nothing
 * changed); new, it is what ExcelJS writes. Either way every text cell a spreadsheet
 * would read as something else on editing carries the text flag (quote prefix).
 * Throws ProtectedSheetError / ProtectedWorkbookError where the owner's protection forbids
 * the change.
 */
export async function writeWorkbookBytes(
  workbook: ExcelJS.Workbook,
  kept: KeptFile | null,
  options: SaveOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (options.activeSheet !== undefined && !workbook.worksheets.some((ws) => ws.name === options.activeSheet))
    throw new Error(`The sheet "${options.activeSheet}" does not exist in this workbook.`);
  // Fingerprints first: writing marks ExcelJS's models.
  const changed = new Set(
    (kept?.sheets === undefined ? [] : workbook.worksheets)
      .filter((ws) => kept?.sheets.get(ws.name) !== sheetFingerprint(ws))
      .map((ws) => ws.name),
  );
  // Stored, not compressed: it is unpacked at once, and the file is compressed once, at the end.
  const written = await Package.read(
    (await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as ArrayBuffer,
  );
  if (kept === null) {
    const flagged = flagTexts(written, needsTextGuard);
    if (options.activeSheet !== undefined) activateSheet(flagged, options.activeSheet);
    return flagged.write();
  }
  const merged = mergePackages({
    original: kept.package,
    written,
    changed,
    loaded: new Set(kept.sheets.keys()),
    names: nameChanges(kept.names, workbook),
    guard: needsTextGuard,
  });
  if (options.activeSheet !== undefined) {
    const pkg = merged ?? kept.package.clone();
    if (activateSheet(pkg, options.activeSheet) || merged !== null) return pkg.write();
  }
  if (merged === null) return new Uint8Array(kept.bytes);
  return merged.write();
}
