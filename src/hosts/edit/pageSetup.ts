import type { DefinedName, HeaderFooterParts, PageSetup, SheetKey } from '../../core/layout/spec';

/**
 * A sheet's page setup as a host reads it back — from a file written by Excel, by
 * LibreOffice or by the tool — in the terms both hosts can read reliably. It is what
 * tells a page setup the tool wrote from one a person changed.
 */
export interface PrintedSetup {
  /** `A4`, `Letter`, …; the host's own code when it has no name here. */
  readonly paper: string;
  readonly orientation: 'portrait' | 'landscape';
  /** Pages wide and tall (0: as many as needed); null when the sheet prints at a scale. */
  readonly fit: { readonly wide: number; readonly tall: number } | null;
  /** The scale in percent, when the sheet does not fit to pages. */
  readonly scale: number | null;
  /** In inches. */
  readonly margins: PageSetup['margins'];
  /** `B4:U10` (several areas joined by `,`); null when the whole sheet prints. */
  readonly area: string | null;
  /** `4:4`; null when no rows repeat. */
  readonly titleRows: string | null;
  readonly header: HeaderFooterParts;
  readonly footer: HeaderFooterParts;
}

/** The tool's page setup as a host reads it back once written. */
export function printedAs(setup: PageSetup): PrintedSetup {
  return {
    paper: setup.paper,
    orientation: setup.orientation,
    fit: setup.fit,
    scale: null,
    margins: setup.margins,
    area: setup.area,
    titleRows: `${setup.titleRows.first}:${setup.titleRows.last}`,
    header: setup.header,
    footer: setup.footer,
  };
}

/** `'KPI Tree'!$B$4:$U$10` → `B4:U10`: no sheet, no `$`, upper case. */
export function localAddress(address: string): string {
  return address
    .split(',')
    .map((part) =>
      part
        .slice(part.lastIndexOf('!') + 1)
        .replace(/\$/g, '')
        .toUpperCase(),
    )
    .join(',');
}

const inch = (n: number): string => (Math.round(n * 100) / 100).toFixed(2);

/**
 * A short digest of how a sheet prints. Only what every host reads back as it was
 * written takes part: paper, orientation, fit or scale, margins (to 1/100 inch, as
 * LibreOffice keeps them), print area, repeated rows, header and footer. Gridlines do not:
 * ExcelJS reads LibreOffice's `gridLines="true"` as false.
 */
export function printFingerprint(p: PrintedSetup): string {
  const m = p.margins;
  const text = JSON.stringify([
    p.paper,
    p.orientation,
    p.fit === null ? ['scale', p.scale] : ['fit', p.fit.wide, p.fit.tall],
    [m.left, m.right, m.top, m.bottom, m.header, m.footer].map(inch),
    p.area === null ? null : localAddress(p.area),
    p.titleRows === null ? null : localAddress(p.titleRows),
    [p.header.left, p.header.center, p.header.right],
    [p.footer.left, p.footer.center, p.footer.right],
  ]);
  // FNV-1a, 32 bits, over the UTF-16 code units.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The mark of what the tool last wrote into a sheet's page setup: a defined name, kept in
 * the workbook (the only state there is) and pointing at the sheet, so it follows the
 * sheet when people rename it. `KPI_PRINT_tree_1a2b3c4d`, `KPI_PRINT_review_2026_W50_…`.
 */
const MARKER_PREFIX = 'KPI_PRINT_';
const MARKER = /^KPI_PRINT_(\w+)_([0-9a-f]{8})$/i;

function markerKey(key: SheetKey): string {
  return key.replace(/[^A-Za-z0-9]+/g, '_');
}

export function printMarker(key: SheetKey, sheet: string, fingerprint: string): DefinedName {
  return { name: `${MARKER_PREFIX}${markerKey(key)}_${fingerprint}`, sheet, range: '$A$1' };
}

/** Whether a defined name is a page setup mark of the tool's. */
export function isPrintMarker(name: string): boolean {
  return MARKER.test(name);
}

/** The markers of a sheet among the workbook's names, with the fingerprint each records. */
export function markersOf(names: readonly string[], key: SheetKey): { name: string; fingerprint: string }[] {
  const wanted = markerKey(key).toLowerCase();
  return names.flatMap((name) => {
    const m = MARKER.exec(name);
    return m && m[1].toLowerCase() === wanted ? [{ name, fingerprint: m[2].toLowerCase() }] : [];
  });
}
