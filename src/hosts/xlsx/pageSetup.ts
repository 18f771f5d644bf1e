import type ExcelJS from 'exceljs';
import type { HeaderFooterParts, PageSetup } from '../../core/layout/spec';
import type { PrintedSetup } from '../edit/pageSetup';
import type { SheetPrintFacts } from './package/printFacts';

/** ExcelJS's (and the file format's) code for A4 paper. */
const A4: ExcelJS.PaperSize = 9;
const PAPER_NAMES: Readonly<Record<number, string>> = {
  1: 'Letter',
  5: 'Legal',
  8: 'A3',
  9: 'A4',
  11: 'A5',
  12: 'B4',
  13: 'B5',
};

/**
 * A print area as ExcelJS must be given it: it writes `'Sheet'!$` + the text before the
 * colon + `:$` + the text after, so `B4:U10` would come out as `$B4:$U10`, a reference
 * LibreOffice does not take as a print range. `B$4:U$10` comes out as `$B$4:$U$10`.
 */
function printAreaText(area: string): string {
  return area
    .split(/&&|,/)
    .map((part) =>
      part
        .replace(/\$/g, '')
        .replace(
          /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i,
          (_m, c1: string, r1: string, c2?: string, r2?: string) =>
            c2 === undefined || r2 === undefined ? `${c1}$${r1}:${c1}$${r1}` : `${c1}$${r1}:${c2}$${r2}`,
        ),
    )
    .join('&&');
}

/** Header or footer parts in the file's one string: `&L…&C…&R…`, empty parts left out. */
export function headerFooterText(parts: HeaderFooterParts): string {
  return [
    ['&L', parts.left],
    ['&C', parts.center],
    ['&R', parts.right],
  ]
    .filter(([, text]) => text !== '')
    .map(([code, text]) => code + text)
    .join('');
}

/**
 * The file's header or footer string split into its parts. `&&` is a literal `&`, so
 * `&&L` is text; text before any section code is the centre part, as Excel shows it.
 */
export function headerFooterParts(text: string | null | undefined): HeaderFooterParts {
  const parts = { left: '', center: '', right: '' };
  let section: keyof typeof parts = 'center';
  const source = text ?? '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === '&' && (next === 'L' || next === 'C' || next === 'R')) {
      section = next === 'L' ? 'left' : next === 'C' ? 'center' : 'right';
      i++;
    } else if (ch === '&' && next === '&') {
      parts[section] += '&&';
      i++;
    } else {
      parts[section] += ch;
    }
  }
  return parts;
}

/** The tool's page setup on a worksheet, replacing the sheet's: ExcelJS's public `pageSetup` and `headerFooter`. */
export function writePageSetup(ws: ExcelJS.Worksheet, setup: PageSetup): void {
  ws.pageSetup = {
    paperSize: A4,
    orientation: setup.orientation,
    margins: { ...setup.margins },
    fitToPage: true,
    fitToWidth: setup.fit.wide,
    fitToHeight: setup.fit.tall,
    scale: 100,
    // ExcelJS writes the sheet's name in quotes without doubling a quote in it: such a name
    // would break the file, so that sheet prints whole, without repeated rows.
    ...(ws.name.includes("'")
      ? {}
      : {
          printArea: printAreaText(setup.area),
          printTitlesRow: `${setup.titleRows.first}:${setup.titleRows.last}`,
        }),
    showGridLines: setup.gridlines,
    showRowColHeaders: false,
    horizontalCentered: false,
    verticalCentered: false,
    pageOrder: 'downThenOver',
    blackAndWhite: false,
    draft: false,
    cellComments: 'None',
    errors: 'displayed',
    // Pages are numbered on from the sheet before, as printing the workbook numbers them.
    firstPageNumber: undefined,
    horizontalDpi: 4294967295,
    verticalDpi: 4294967295,
  };
  ws.headerFooter = {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: headerFooterText(setup.header),
    oddFooter: headerFooterText(setup.footer),
  };
}

/** How a worksheet prints, as ExcelJS read it (from any program's file) or holds it. */
export function readPageSetup(ws: ExcelJS.Worksheet): PrintedSetup {
  const p = ws.pageSetup;
  const m = p.margins;
  const paper = p.paperSize === undefined ? 'default' : (PAPER_NAMES[p.paperSize] ?? `paper ${p.paperSize}`);
  return {
    paper,
    orientation: p.orientation === 'landscape' ? 'landscape' : 'portrait',
    fit: p.fitToPage ? { wide: p.fitToWidth ?? 1, tall: p.fitToHeight ?? 1 } : null,
    scale: p.fitToPage ? null : (p.scale ?? 100),
    margins: {
      left: m?.left ?? 0.7,
      right: m?.right ?? 0.7,
      top: m?.top ?? 0.75,
      bottom: m?.bottom ?? 0.75,
      header: m?.header ?? 0.3,
      footer: m?.footer ?? 0.3,
    },
    area: p.printArea ? p.printArea.split('&&').join(',') : null,
    titleRows: p.printTitlesRow ?? null,
    header: headerFooterParts(ws.headerFooter.oddHeader),
    footer: headerFooterParts(ws.headerFooter.oddFooter),
  };
}

/**
 * Puts right what ExcelJS gets wrong on reading a file's page setup, from what the
 * sheets' own XML says (`facts`), so that a sheet the tool rewrites — with a person's
 * page setup kept — prints as it did, and the tool reads how it prints as it is:
 * - LibreOffice's `true` for fit to pages, gridlines and centring, which ExcelJS reads as false;
 * - a missing first page number, which ExcelJS reads as 1 and would write as a fixed start;
 * - a print area, which ExcelJS gives as `B4:U10` and would write as `$B4:$U10`.
 */
export function repairPrintSetup(
  workbook: ExcelJS.Workbook,
  facts: ReadonlyMap<string, SheetPrintFacts>,
): void {
  for (const ws of workbook.worksheets) {
    const p = ws.pageSetup;
    const f = facts.get(ws.name);
    if (f !== undefined) {
      p.fitToPage = f.fitToPage;
      p.showGridLines = f.gridLines;
      p.horizontalCentered = f.horizontalCentered;
      p.verticalCentered = f.verticalCentered;
      if (!f.useFirstPageNumber) p.firstPageNumber = undefined;
    }
    if (p.printArea) p.printArea = printAreaText(p.printArea);
  }
}
