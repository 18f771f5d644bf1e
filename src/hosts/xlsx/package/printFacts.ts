import { Package, Rels, workbookPartOf } from './opc';
import { attr, child, elements, unescapeXml } from './xml';

/**
 * The parts of a sheet's page setup ExcelJS reads wrongly from some files, read from the
 * sheet's own XML: LibreOffice writes booleans as `true`, which ExcelJS takes for false
 * (fit to pages, gridlines, centring), and ExcelJS takes a missing first page number for 1.
 */
export interface SheetPrintFacts {
  readonly fitToPage: boolean;
  readonly gridLines: boolean;
  readonly horizontalCentered: boolean;
  readonly verticalCentered: boolean;
  /** False when the sheet's pages are numbered on from the sheet before (no fixed start). */
  readonly useFirstPageNumber: boolean;
}

/** The start tag of the first element named `local` (any prefix) in `text`, or ''. */
function startTag(text: string, local: string): string {
  return new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`).exec(text)?.[0] ?? '';
}

function isTrue(tag: string, name: string): boolean {
  const m = new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag);
  const v = m ? unescapeXml(m[2]) : undefined;
  return v === '1' || v === 'true';
}

/**
 * Each worksheet's print facts, by sheet name. A sheet's XML is searched, not parsed: the
 * page setup stands before and after its cells, which may run to megabytes.
 */
export function printFactsOf(pkg: Package): Map<string, SheetPrintFacts> {
  const out = new Map<string, SheetPrintFacts>();
  const workbookPart = workbookPartOf(pkg);
  const workbook = pkg.xml(workbookPart);
  if (workbook === undefined) return out;
  const rels = Rels.of(pkg, workbookPart);
  for (const sheet of elements(child(workbook.root, 'sheets') ?? workbook.root, 'sheet')) {
    const part = rels.byId(attr(sheet, 'r:id') ?? '')?.part;
    const text = part ? pkg.text(part) : undefined;
    if (text === undefined) continue;
    const cells = text.search(/<(?:[\w.-]+:)?sheetData\b/);
    const end = text.lastIndexOf('sheetData');
    const before = cells < 0 ? text : text.slice(0, cells);
    const after = end < 0 ? text : text.slice(end);
    const options = startTag(after, 'printOptions');
    out.set(attr(sheet, 'name') ?? '', {
      fitToPage: isTrue(startTag(before, 'pageSetUpPr'), 'fitToPage'),
      gridLines: isTrue(options, 'gridLines'),
      horizontalCentered: isTrue(options, 'horizontalCentered'),
      verticalCentered: isTrue(options, 'verticalCentered'),
      useFirstPageNumber: isTrue(startTag(after, 'pageSetup'), 'useFirstPageNumber'),
    });
  }
  return out;
}
