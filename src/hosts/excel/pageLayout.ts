import type { PageSetup } from '../../core/layout/spec';
import type { PrintedSetup } from '../edit/pageSetup';
import type { XlHeaderFooter, XlPageLayout, XlPrintRange, XlWorksheet } from './api';

const POINTS_PER_INCH = 72;

/** The property sets and calls `writePageLayout` queues: each an action of its own. */
export const PAGE_LAYOUT_ACTIONS = 22;

/**
 * The tool's page setup through `worksheet.pageLayout` (ExcelApi 1.9), replacing the
 * sheet's: paper, orientation, margins, fit to pages (0 tall: as many as needed, as the
 * file format's `fitToHeight="0"`), print area, repeated rows, gridlines, and one header
 * and footer for every page.
 */
export function writePageLayout(layout: XlPageLayout, setup: PageSetup): void {
  const m = setup.margins;
  layout.paperSize = 'A4';
  layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.leftMargin = m.left * POINTS_PER_INCH;
  layout.rightMargin = m.right * POINTS_PER_INCH;
  layout.topMargin = m.top * POINTS_PER_INCH;
  layout.bottomMargin = m.bottom * POINTS_PER_INCH;
  layout.headerMargin = m.header * POINTS_PER_INCH;
  layout.footerMargin = m.footer * POINTS_PER_INCH;
  layout.zoom = { horizontalFitToPages: setup.fit.wide, verticalFitToPages: setup.fit.tall };
  layout.printGridlines = setup.gridlines;
  layout.centerHorizontally = false;
  layout.setPrintArea(setup.area);
  layout.setPrintTitleRows(`$${setup.titleRows.first}:$${setup.titleRows.last}`);
  layout.headersFooters.state = 'Default';
  const all = layout.headersFooters.defaultForAllPages;
  all.leftHeader = setup.header.left;
  all.centerHeader = setup.header.center;
  all.rightHeader = setup.header.right;
  all.leftFooter = setup.footer.left;
  all.centerFooter = setup.footer.center;
  all.rightFooter = setup.footer.right;
}

/** What a page setup is read from, loaded by `loadPageLayout`; read it after the sync. */
export interface PageLayoutRead {
  readonly layout: XlPageLayout;
  readonly headerFooter: XlHeaderFooter;
  readonly area: XlPrintRange;
  readonly titleRows: XlPrintRange;
}

/** Queues the loads of a sheet's page setup: part of the reading sync it goes out with. */
export function loadPageLayout(ws: XlWorksheet): PageLayoutRead {
  const layout = ws.pageLayout;
  layout.load([
    'orientation',
    'paperSize',
    'zoom',
    'leftMargin',
    'rightMargin',
    'topMargin',
    'bottomMargin',
    'headerMargin',
    'footerMargin',
  ]);
  const headerFooter = layout.headersFooters.defaultForAllPages;
  headerFooter.load([
    'leftHeader',
    'centerHeader',
    'rightHeader',
    'leftFooter',
    'centerFooter',
    'rightFooter',
  ]);
  const area = layout.getPrintAreaOrNullObject();
  area.load(['address']);
  const titleRows = layout.getPrintTitleRowsOrNullObject();
  titleRows.load(['address']);
  return { layout, headerFooter, area, titleRows };
}

const inches = (points: number): number => Math.round((points / POINTS_PER_INCH) * 100) / 100;

/** A page setup read back, in the terms both hosts share (`PrintedSetup`). */
export function printedOf(read: PageLayoutRead): PrintedSetup {
  const { layout, headerFooter: hf } = read;
  const zoom = layout.zoom;
  // Fit to pages when either count is given; a count of 0 (or none) tall means as many as needed.
  const fits = typeof zoom.horizontalFitToPages === 'number' || typeof zoom.verticalFitToPages === 'number';
  return {
    paper: layout.paperSize,
    orientation: layout.orientation === 'Landscape' ? 'landscape' : 'portrait',
    fit: fits ? { wide: zoom.horizontalFitToPages ?? 0, tall: zoom.verticalFitToPages ?? 0 } : null,
    scale: fits ? null : (zoom.scale ?? 100),
    margins: {
      left: inches(layout.leftMargin),
      right: inches(layout.rightMargin),
      top: inches(layout.topMargin),
      bottom: inches(layout.bottomMargin),
      header: inches(layout.headerMargin),
      footer: inches(layout.footerMargin),
    },
    area: read.area.isNullObject ? null : read.area.address,
    titleRows: read.titleRows.isNullObject ? null : read.titleRows.address,
    header: { left: hf.leftHeader, center: hf.centerHeader, right: hf.rightHeader },
    footer: { left: hf.leftFooter, center: hf.centerFooter, right: hf.rightFooter },
  };
}
