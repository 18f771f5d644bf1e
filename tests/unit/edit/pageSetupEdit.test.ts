/**
 * Whose page setup a sheet has, decided once for both hosts (`computeEdit`): the tool's
 * is written on a new sheet, on a sheet without the tool's mark, and on one that still
 * prints as the mark records; a sheet that prints otherwise has a person's page setup,
 * and keeps it. The mark is a defined name renewed with each page setup written.
 */
import type { PageSetup, SheetSpec, WorkbookSpec } from '../../../src/core/layout/spec';
import { computeEdit } from '../../../src/hosts/edit/computeEdit';
import {
  markersOf,
  printedAs,
  printFingerprint,
  printMarker,
  type PrintedSetup,
} from '../../../src/hosts/edit/pageSetup';
import { EMPTY_WORKBOOK, type WorkbookState } from '../../../src/hosts/edit/state';

const SETUP: PageSetup = {
  paper: 'A4',
  orientation: 'landscape',
  fit: { wide: 1, tall: 0 },
  margins: { left: 0.25, right: 0.25, top: 0.55, bottom: 0.55, header: 0.25, footer: 0.25 },
  area: 'B4:U10',
  titleRows: { first: 4, last: 4 },
  gridlines: true,
  header: { left: 'R&&D', center: '', right: 'KPI tree, 2026-12' },
  footer: { left: 'Generated 2026-12-09', center: '', right: 'Page &P / &N' },
};
/** The same, a week later: only the footer's day differs. */
const LATER: PageSetup = { ...SETUP, footer: { ...SETUP.footer, left: 'Generated 2026-12-16' } };

const sheet = (pageSetup: PageSetup | undefined): SheetSpec => ({
  key: 'tree',
  name: 'KPI Tree',
  rows: [[{ v: 'x' }]],
  widths: [],
  validations: [],
  conditionalFormats: [],
  ...(pageSetup ? { pageSetup } : {}),
});
const spec = (pageSetup: PageSetup | null = LATER): WorkbookSpec => ({
  sheets: [sheet(pageSetup ?? undefined)],
  names: [],
  styles: {},
});

function existing(names: string[], current: PrintedSetup | undefined): WorkbookState {
  return { ...EMPTY_WORKBOOK, sheets: ['KPI Tree'], names, holds: () => false, pageSetup: () => current };
}

const markOf = (setup: PageSetup) => printMarker('tree', 'KPI Tree', printFingerprint(printedAs(setup)));

test('a new sheet gets the page setup and its mark', () => {
  const edit = computeEdit(spec(), EMPTY_WORKBOOK);
  expect(edit.sheets[0].pageSetup).toEqual(LATER);
  expect(edit.names).toEqual([{ kind: 'add', target: markOf(LATER) }]);
  expect(markOf(LATER)).toEqual({
    name: expect.stringMatching(/^KPI_PRINT_tree_[0-9a-f]{8}$/),
    sheet: 'KPI Tree',
    range: '$A$1',
  });
  expect(edit.counts.names.added).toBe(1);
});

test('a sheet the tool has not marked (a workbook of an earlier version) gets it too', () => {
  const edit = computeEdit(spec(), existing([], printedAs({ ...SETUP, orientation: 'portrait' })));
  expect(edit.sheets[0].pageSetup).toEqual(LATER);
  expect(edit.names).toEqual([{ kind: 'add', target: markOf(LATER) }]);
});

test('a sheet that still prints as the tool left it follows the tool: the old mark goes, the new one comes', () => {
  const old = markOf(SETUP).name;
  const edit = computeEdit(spec(), existing(['Budget', old], printedAs(SETUP)));
  expect(edit.sheets[0].pageSetup).toEqual(LATER);
  expect(edit.names).toEqual([
    { kind: 'delete', name: old },
    { kind: 'add', target: markOf(LATER) },
  ]);
});

test('the same page setup again: written, and the mark left as it is', () => {
  const edit = computeEdit(spec(SETUP), existing([markOf(SETUP).name], printedAs(SETUP)));
  expect(edit.sheets[0].pageSetup).toEqual(SETUP);
  expect(edit.names).toEqual([]);
});

test.each([
  ['the orientation', { orientation: 'portrait' as const }],
  ['a margin', { margins: { ...SETUP.margins, left: 0.79 } }],
  ['the fit', { fit: null, scale: 85 }],
  ['the footer', { footer: { ...SETUP.footer, center: 'Confidential' } }],
  ['the print area', { area: 'A1:U10' }],
])('a person changed %s: their page setup is kept, and the mark too', (_what, change) => {
  const mark = markOf(SETUP).name;
  const edit = computeEdit(spec(), existing([mark], { ...printedAs(SETUP), ...change }));
  expect(edit.sheets[0].pageSetup).toBeUndefined();
  expect(edit.names).toEqual([]);
});

test('a sheet whose page setup the host could not read is left alone', () => {
  const edit = computeEdit(spec(), existing([markOf(SETUP).name], undefined));
  expect(edit.sheets[0].pageSetup).toBeUndefined();
});

test('gridlines and a print area written with `$` or its sheet do not tell a person’s change', () => {
  const read = { ...printedAs(SETUP), area: "'KPI Tree'!$B$4:$U$10", titleRows: "'KPI Tree'!$4:$4" };
  expect(printFingerprint(read)).toBe(printFingerprint(printedAs(SETUP)));
  expect(printFingerprint(printedAs({ ...SETUP, gridlines: false }))).toBe(
    printFingerprint(printedAs(SETUP)),
  );
});

test('marks are found by the sheet’s key, whatever case Excel gives the name', () => {
  const names = [
    'KPI_PRINT_tree_0a1b2c3d',
    'kpi_print_review_2026_W50_ffffffff',
    'KPI_PRINT_tree_xyz',
    'PRINT_tree_0a1b2c3d',
  ];
  expect(markersOf(names, 'tree')).toEqual([{ name: 'KPI_PRINT_tree_0a1b2c3d', fingerprint: '0a1b2c3d' }]);
  expect(markersOf(names, 'review:2026-W50')).toEqual([
    { name: 'kpi_print_review_2026_W50_ffffffff', fingerprint: 'ffffffff' },
  ]);
});

test('a sheet without a page setup in the spec keeps the sheet’s, mark or not', () => {
  const edit = computeEdit(spec(null), existing([markOf(SETUP).name], printedAs(SETUP)));
  expect(edit.sheets[0].pageSetup).toBeUndefined();
  expect(edit.names).toEqual([]);
});
