/**
 * A typed recording fake of the Excel JavaScript API subset the Office.js host uses
 * (`src/hosts/excel/api.ts`). It behaves like Office.js where the host depends on it:
 *
 * - calls are queued and carried out at `context.sync()`; reading a property that was not
 *   loaded and synced throws, as Office.js does (PropertyNotLoaded), and a range loads only
 *   the properties named (an unknown name fails the sync, as a misspelt one would);
 * - a string entered through `formulas`/`values` is read the way Excel reads typing: `'`
 *   makes text (and is not kept), `=` `+` `-` `@` start a formula, numbers, booleans,
 *   percentages and dates are converted, a cell formatted `@` keeps text; `null` leaves a
 *   cell, `''` clears it; a 2-D array must match the range's shape;
 * - missing sheets and names fail at sync with ItemNotFound, duplicates with ItemAlreadyExists;
 * - notes (ExcelApi 1.18) live on cells: `workbook.notes` lists them, each note's
 *   `getLocation()` is its cell, `content` of a note that is gone (its cell was cleared)
 *   fails with ItemNotFound, and on an "Excel" below 1.18 any use of `workbook.notes` fails
 *   the sync with ApiNotFound;
 * - each sheet prints as a new sheet of Excel does (Letter, portrait, Excel's default
 *   margins, 100 %) until `pageLayout` changes it (ExcelApi 1.9); a load of a page layout
 *   property this fake does not know fails the sync; the print area and the repeated rows
 *   are read back sheet-qualified (`'Sheet'!$B$4:$U$10`);
 * - the first N runs can fail as if the user were editing a cell.
 *
 * It records every load, every write (target, property, payload) and every call, with the
 * sync it went out with, counts syncs and runs (and the syncs of each run), and estimates
 * the size of each sync's response (what the loads brought back).
 */
import { quoteSheetName } from '../../src/core/formula/sheetName';
import { a1, columnNumber } from '../../src/core/layout/a1';
import type {
  CellInput,
  CellOutput,
  ValueType,
  XlApplication,
  XlBorder,
  XlChangedArgs,
  XlConditionalFormat,
  XlDataBarFormat,
  XlConditionalFormats,
  XlContext,
  XlDataValidation,
  XlFreezePanes,
  XlHandlerResult,
  XlNamedItem,
  XlNamedItems,
  XlNote,
  XlNotes,
  XlHeaderFooter,
  XlHeadersFooters,
  XlPageLayout,
  XlPrintRange,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlWorkbook,
  XlWorksheet,
  XlWorksheets,
} from '../../src/hosts/excel/api';
import type { ExcelRuntime } from '../../src/hosts/excel/runtime';

// ---------------------------------------------------------------------------------------
// The model

export interface FakeCell {
  /** Formula text with its `=`, as Excel reports it through `formulas`. */
  readonly formula?: string;
  readonly value: CellOutput;
  readonly error?: boolean;
}

interface Rect {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly numberFormats = new Map<string, string>();
  /** Format properties set on each cell (`font.bold`, `fill.color`, …). */
  readonly formats = new Map<string, Record<string, unknown>>();
  readonly columnWidths = new Map<number, number>();
  readonly hyperlinks = new Map<string, Excel.RangeHyperlink>();
  readonly validations = new Map<string, Record<string, unknown>>();
  conditionalFormats: { range: string; formula?: string; fill?: string; color?: string; bold?: boolean }[] =
    [];
  /** Data bars added through `conditionalFormats.add('DataBar')`, with their bounds and colour. */
  dataBars: { range: string; min?: string; max?: string; color?: string; gradient?: boolean }[] = [];
  freeze: { rows: number; columns: number } | null = null;
  /** Areas merged by a person (Home > Merge & Center). */
  merges: Rect[] = [];
  tabColor = '';
  /** How the sheet prints: Excel's defaults for a new sheet until changed. */
  pageLayout: FakePageLayoutState = defaultPageLayout();
  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(address: string): FakeCell | undefined {
    const r = parseAddress(address);
    return this.cells.get(key(r.row1, r.col1));
  }

  numberFormat(address: string): string {
    const r = parseAddress(address);
    return this.numberFormats.get(key(r.row1, r.col1)) ?? 'General';
  }

  format(address: string): Record<string, unknown> {
    const r = parseAddress(address);
    return this.formats.get(key(r.row1, r.col1)) ?? {};
  }

  usedRect(): Rect | null {
    let rect: Rect | null = null;
    for (const k of this.cells.keys()) {
      const [row, col] = k.split(',').map(Number);
      rect = rect
        ? {
            row1: Math.min(rect.row1, row),
            col1: Math.min(rect.col1, col),
            row2: Math.max(rect.row2, row),
            col2: Math.max(rect.col2, col),
          }
        : { row1: row, col1: col, row2: row, col2: col };
    }
    return rect;
  }
}

export type HeaderFooterKey =
  | 'leftHeader'
  | 'centerHeader'
  | 'rightHeader'
  | 'leftFooter'
  | 'centerFooter'
  | 'rightFooter';

/** A sheet's page layout as the fake holds it; margins in points, as Office.js has them. */
export interface FakePageLayoutState {
  orientation: XlPageLayout['orientation'];
  paperSize: XlPageLayout['paperSize'];
  zoom: Excel.PageLayoutZoomOptions;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printGridlines: boolean;
  centerHorizontally: boolean;
  /** `B4:U10`, or null when the whole sheet prints. */
  printArea: string | null;
  /** `4:4`, or null. */
  titleRows: string | null;
  headersFootersState: XlHeadersFooters['state'];
  headerFooter: Record<HeaderFooterKey, string>;
}

/** What a new sheet of Excel (en-US) prints with. */
export function defaultPageLayout(): FakePageLayoutState {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printGridlines: false,
    centerHorizontally: false,
    printArea: null,
    titleRows: null,
    headersFootersState: 'Default',
    headerFooter: {
      leftHeader: '',
      centerHeader: '',
      rightHeader: '',
      leftFooter: '',
      centerFooter: '',
      rightFooter: '',
    },
  };
}

export type LogEntry =
  | {
      readonly kind: 'load';
      readonly target: string;
      readonly properties: readonly string[];
      readonly sync: number;
    }
  | {
      readonly kind: 'set';
      readonly target: string;
      readonly property: string;
      readonly value: unknown;
      readonly sync: number;
    }
  | {
      readonly kind: 'call';
      readonly target: string;
      readonly method: string;
      readonly args: readonly unknown[];
      readonly sync: number;
    };

/** What one load brought back: the properties asked for, as Excel would send them. */

/** What Office.js throws: an Error with the Excel error code. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, { name: string; formula: string }>();
  readonly notes = new Map<string, string>();
  readonly log: LogEntry[] = [];
  syncs = 0;
  runs = 0;
  /** The syncs of each run, in order. */
  readonly runSyncs: number[] = [];
  /** Bytes of JSON the loads of each sync brought back, by sync number. */
  readonly responseBytes = new Map<number, number>();
  suspendCalls = 0;
  readonly calculations: string[] = [];
  activeSheet = '';
  selection = '';
  /** Requirement-set version this "Excel" supports. */
  apiVersion = '1.18';
  private cellEditRunsLeft = 0;
  private nextSyncError: FakeOfficeError | null = null;
  private nextId = 1;
  readonly handlers = new Set<(args: XlChangedArgs) => Promise<void>>();

  /** The first sync of each of the next `n` runs fails with InvalidOperationInCellEditMode. */
  failRunsInCellEditMode(n: number): void {
    this.cellEditRunsLeft = n;
  }

  /** The next sync fails with this Office error. */
  failNextSync(code: string, message: string): void {
    this.nextSyncError = new FakeOfficeError(code, message);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A person typing into a cell: entered like Excel does, then onChanged fires. */
  async type(sheetName: string, address: string, text: CellInput): Promise<void> {
    const sheet = this.sheet(sheetName);
    const r = parseAddress(address);
    enter(sheet, r.row1, r.col1, text);
    for (const handler of this.handlers) await handler({ worksheetId: sheet.id, address });
  }

  /** Puts a cell as Excel would hold it after calculation (for read tests). */
  put(sheetName: string, address: string, cell: FakeCell): void {
    const r = parseAddress(address);
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    sheet.cells.set(key(r.row1, r.col1), cell);
  }

  /**
   * A person renaming a sheet: Excel moves its notes with it and re-points the defined
   * names that refer to it.
   */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    const [before, after] = [`${quoteSheetName(sheet.name)}!`, `${quoteSheetName(to)}!`];
    for (const [k, text] of [...this.notes]) {
      if (!k.startsWith(before)) continue;
      this.notes.delete(k);
      this.notes.set(after + k.slice(before.length), text);
    }
    for (const n of this.names.values()) n.formula = n.formula.split(before).join(after);
    sheet.name = to;
  }

  /** A person merging cells of an existing sheet (Home > Merge & Center). */
  merge(sheetName: string, address: string): void {
    this.sheet(sheetName).merges.push(parseAddress(address));
  }

  /** A person adding a note (right-click > New Note) to a cell of an existing sheet. */
  putNote(sheetName: string, address: string, text: string): void {
    const sheet = this.sheet(sheetName);
    const r = parseAddress(address);
    this.notes.set(noteKey(sheet.name, r.row1, r.col1), text);
  }

  /** Entries of one kind, for assertions. */
  writes(property?: string): Extract<LogEntry, { kind: 'set' }>[] {
    return this.log.filter(
      (e): e is Extract<LogEntry, { kind: 'set' }> =>
        e.kind === 'set' && (property === undefined || e.property === property),
    );
  }

  loads(): Extract<LogEntry, { kind: 'load' }>[] {
    return this.log.filter((e): e is Extract<LogEntry, { kind: 'load' }> => e.kind === 'load');
  }

  calls(method?: string): Extract<LogEntry, { kind: 'call' }>[] {
    return this.log.filter(
      (e): e is Extract<LogEntry, { kind: 'call' }> =>
        e.kind === 'call' && (method === undefined || e.method === method),
    );
  }

  runtime(): ExcelRuntime {
    return {
      run: async (batch) => {
        this.runs++;
        const context = new FakeContext(this, this.cellEditRunsLeft > 0, this.supports('1.18'));
        if (this.cellEditRunsLeft > 0) this.cellEditRunsLeft--;
        try {
          return await batch(context);
        } finally {
          this.runSyncs.push(context.syncCount);
        }
      },
      removeHandler: async (handler) => {
        handler.remove();
      },
      supportsExcelApi: (version) => this.supports(version),
    };
  }

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  /** @internal */
  takeSyncError(): FakeOfficeError | null {
    const e = this.nextSyncError;
    this.nextSyncError = null;
    return e;
  }
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

// ---------------------------------------------------------------------------------------
// Addresses and Excel's reading of typed text

const key = (row: number, col: number): string => `${row},${col}`;

/** Where the fake files a note: `'Sheet name'!B2`, the sheet quoted as in formulas. */
export function noteKey(sheetName: string, row: number, col: number): string {
  return `${quoteSheetName(sheetName)}!${a1(row, col)}`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row1 <= b.row2 && b.row1 <= a.row2 && a.col1 <= b.col2 && b.col1 <= a.col2;
}

/** `'Bob''s'!B2` → `{ sheet: "Bob's", local: 'B2' }`; no `!` → sheet null. */
function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  const raw = address.slice(0, bang);
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** `A1`, `$A$1:B2`, `A:C`, `3:5`; a `Sheet!` prefix is ignored. */
export function parseAddress(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [p, q = p] = local.replace(/\$/g, '').toUpperCase().split(':');
  const cols = /^([A-Z]+)$/;
  const rows = /^(\d+)$/;
  const cell = /^([A-Z]+)(\d+)$/;
  if (cols.test(p) && cols.test(q))
    return { row1: 1, col1: columnNumber(p), row2: MAX_ROW, col2: columnNumber(q) };
  if (rows.test(p) && rows.test(q)) return { row1: Number(p), col1: 1, row2: Number(q), col2: MAX_COL };
  const m = cell.exec(p);
  const n = cell.exec(q);
  if (!m || !n) throw new FakeOfficeError('InvalidArgument', `The argument is invalid: address ${address}`);
  const r = { row1: Number(m[2]), col1: columnNumber(m[1]), row2: Number(n[2]), col2: columnNumber(n[1]) };
  return {
    row1: Math.min(r.row1, r.row2),
    col1: Math.min(r.col1, r.col2),
    row2: Math.max(r.row1, r.row2),
    col2: Math.max(r.col1, r.col2),
  };
}

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** Excel's reading of an entry; the fake's judge of whether text survives. */
export function enter(sheet: FakeSheet, row: number, col: number, input: CellInput): void {
  if (input === null) return;
  const k = key(row, col);
  if (input === '') {
    sheet.cells.delete(k);
    return;
  }
  if (typeof input !== 'string') {
    sheet.cells.set(k, { value: input });
    return;
  }
  if (sheet.numberFormats.get(k) === '@') {
    sheet.cells.set(k, { value: input });
    return;
  }
  if (input.startsWith("'")) {
    sheet.cells.set(k, { value: input.slice(1) });
    return;
  }
  if (/^[=+\-@＝＋－＠]/.test(input) && input.length > 1) {
    const formula = /^[=＝]/.test(input) ? `=${input.slice(1)}` : `=${input}`;
    sheet.cells.set(k, { formula, value: '' });
    return;
  }
  const t = input.trim();
  if (ERRORS.has(t.toUpperCase())) sheet.cells.set(k, { value: t.toUpperCase(), error: true });
  else if (/^(true|false)$/i.test(t)) sheet.cells.set(k, { value: /^true$/i.test(t) });
  else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) sheet.cells.set(k, { value: Number(t) });
  else if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) sheet.cells.set(k, { value: Number(t.slice(0, -1)) / 100 });
  else if (
    /^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(t) ||
    /^\d{1,4}年\d{1,2}月(\d{1,2}日)?$/.test(t) ||
    /^\d{1,2}:\d{2}(:\d{2})?$/.test(t)
  ) {
    sheet.cells.set(k, { value: 46000 }); // a date or time: a serial number, whatever the text said
  } else sheet.cells.set(k, { value: input });
}

function cellsOf(r: Rect): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  if ((r.row2 - r.row1 + 1) * (r.col2 - r.col1 + 1) > 2_000_000) return out;
  for (let row = r.row1; row <= r.row2; row++)
    for (let col = r.col1; col <= r.col2; col++) out.push({ row, col });
  return out;
}

function assertShape(r: Rect, data: readonly (readonly unknown[])[], what: string): void {
  const height = r.row2 - r.row1 + 1;
  const width = r.col2 - r.col1 + 1;
  if (data.length !== height || data.some((row) => row.length !== width)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
}

/** `KPIツリー!B5:C9` → `B5:C9`. */
function localAddress(label: string): string {
  return label.slice(label.lastIndexOf('!') + 1);
}

/** The loaded properties of an object, as a response carries them. */
function pick(source: object, properties: readonly string[]): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  return Object.fromEntries(properties.filter((p) => p in record).map((p) => [p, record[p]]));
}

/** A collection's `items/x` properties, item by item. */
function pickItems(items: readonly object[], properties: readonly string[]): Record<string, unknown>[] {
  const own = properties.map((p) => p.replace(/^items\//, ''));
  return items.map((item) => pick(item, own));
}

class NotLoadedError extends Error {
  override readonly name = 'PropertyNotLoaded';
}

// ---------------------------------------------------------------------------------------
// Proxies: queue at call time, act at sync

class FakeContext implements XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  private pending: (() => void)[] = [];
  private syncsInRun = 0;
  constructor(
    readonly excel: FakeExcel,
    private readonly inCellEditMode: boolean,
    private readonly notesSupported: boolean,
  ) {
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      names: new FakeNames(this),
      notes: new FakeNotes(this),
    };
    this.application = {
      suspendApiCalculationUntilNextSync: (): void => {
        this.excel.suspendCalls++;
        this.record({
          kind: 'call',
          target: 'application',
          method: 'suspendApiCalculationUntilNextSync',
          args: [],
        });
      },
      calculate: (type: 'Recalculate' | 'Full'): void => {
        this.record({ kind: 'call', target: 'application', method: 'calculate', args: [type] });
        this.queue(() => this.excel.calculations.push(type));
      },
    };
  }

  get syncCount(): number {
    return this.syncsInRun;
  }

  queue(action: () => void): void {
    this.pending.push(action);
  }

  /** Counts what a load brings back toward the current sync's response. */
  respond(data: unknown): void {
    const bytes = JSON.stringify(data)?.length ?? 0;
    this.excel.responseBytes.set(
      this.excel.syncs,
      (this.excel.responseBytes.get(this.excel.syncs) ?? 0) + bytes,
    );
  }

  /** Inside a queued action: `workbook.notes` on an Excel without ExcelApi 1.18 fails the batch. */
  requireNotes(): void {
    if (!this.notesSupported)
      throw new FakeOfficeError(
        'ApiNotFound',
        'The API you are trying to use could not be found (notes need ExcelApi 1.18).',
      );
  }

  record(
    entry:
      | { kind: 'load'; target: string; properties: readonly string[] }
      | { kind: 'set'; target: string; property: string; value: unknown }
      | { kind: 'call'; target: string; method: string; args: readonly unknown[] },
  ): void {
    this.excel.log.push({ ...entry, sync: this.excel.syncs + 1 });
  }

  async sync(): Promise<void> {
    const actions = this.pending;
    this.pending = [];
    this.excel.syncs++;
    this.syncsInRun++;
    if (this.inCellEditMode && this.syncsInRun === 1) {
      throw new FakeOfficeError(
        'InvalidOperationInCellEditMode',
        'The operation is not available while Excel is in cell-edit mode.',
      );
    }
    const error = this.excel.takeSyncError();
    if (error) throw error;
    for (const action of actions) action();
  }
}

/** A lazily resolved sheet: proxies name their sheet, which must exist when the batch runs. */
type SheetRef = () => FakeSheet;

function sheetByName(ctx: FakeContext, name: string): SheetRef {
  return () => {
    const s = ctx.excel.findSheet(name);
    if (!s)
      throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${name}`);
    return s;
  };
}

class Loaded<T> {
  private value: T | undefined;
  private ready = false;
  constructor(private readonly what: string) {}
  set(v: T): void {
    this.value = v;
    this.ready = true;
  }
  get(): T {
    if (!this.ready)
      throw new NotLoadedError(`${this.what} was not loaded (call load() and context.sync() first)`);
    return this.value as T;
  }
}

class FakeWorksheets implements XlWorksheets {
  private readonly loadedItems = new Loaded<XlWorksheet[]>('worksheets.items');
  readonly onChanged: XlWorksheets['onChanged'];
  constructor(private readonly ctx: FakeContext) {
    this.onChanged = {
      add: (handler) => {
        ctx.record({ kind: 'call', target: 'worksheets.onChanged', method: 'add', args: [] });
        ctx.queue(() => ctx.excel.handlers.add(handler));
        const result: XlHandlerResult = { remove: () => ctx.excel.handlers.delete(handler), context: ctx };
        return result;
      },
    };
  }
  get items(): XlWorksheet[] {
    return this.loadedItems.get();
  }
  load(propertyNames: string[]): unknown {
    this.ctx.record({ kind: 'load', target: 'worksheets', properties: propertyNames });
    this.ctx.queue(() => {
      const sheets = [...this.ctx.excel.sheets];
      this.loadedItems.set(
        sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => s, s.name);
          ws.markLoaded();
          return ws;
        }),
      );
      this.ctx.respond(pickItems(sheets, propertyNames));
    });
    return this;
  }
  getItem(name: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, sheetByName(this.ctx, name), name);
  }
  add(name: string): XlWorksheet {
    this.ctx.record({ kind: 'call', target: 'worksheets', method: 'add', args: [name] });
    this.ctx.queue(() => {
      if (this.ctx.excel.findSheet(name))
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists`);
      this.ctx.excel.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, sheetByName(this.ctx, name), name);
  }
}

class FakeWorksheet implements XlWorksheet {
  private readonly loaded = new Loaded<{ id: string; name: string }>('worksheet.name/id');
  readonly freezePanes: XlFreezePanes;
  readonly pageLayout: XlPageLayout;
  /** Log targets on this sheet are `Sheet!A1:B2`. */
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly sheetLabel: string,
  ) {
    const freeze = (
      method: string,
      arg: string | number,
      value: () => { rows: number; columns: number },
    ): void => {
      ctx.record({ kind: 'call', target: `${sheetLabel}!freezePanes`, method, args: [arg] });
      ctx.queue(() => (ref().freeze = value()));
    };
    this.pageLayout = new FakePageLayout(ctx, ref, `${sheetLabel}!pageLayout`);
    this.freezePanes = {
      freezeAt: (range) =>
        freeze('freezeAt', range, () => ({
          rows: parseAddress(range).row2,
          columns: parseAddress(range).col2,
        })),
      freezeRows: (count) => freeze('freezeRows', count, () => ({ rows: count, columns: 0 })),
      freezeColumns: (count) => freeze('freezeColumns', count, () => ({ rows: 0, columns: count })),
    };
  }
  markLoaded(): void {
    const s = this.ref();
    this.loaded.set({ id: s.id, name: s.name });
  }
  get id(): string {
    return this.loaded.get().id;
  }
  get name(): string {
    return this.loaded.get().name;
  }
  set position(i: number) {
    this.ctx.record({ kind: 'set', target: this.sheetLabel, property: 'position', value: i });
    this.ctx.queue(() => {
      const sheets = this.ctx.excel.sheets;
      const s = this.ref();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(i, 0, s);
    });
  }
  get position(): number {
    throw new NotLoadedError('worksheet.position is write-only in this fake');
  }
  set tabColor(color: string) {
    this.ctx.record({ kind: 'set', target: this.sheetLabel, property: 'tabColor', value: color });
    this.ctx.queue(() => (this.ref().tabColor = color));
  }
  get tabColor(): string {
    throw new NotLoadedError('worksheet.tabColor is write-only in this fake');
  }
  load(propertyNames: string[]): unknown {
    this.ctx.record({ kind: 'load', target: this.sheetLabel, properties: propertyNames });
    this.ctx.queue(() => {
      this.markLoaded();
      this.ctx.respond(pick(this.ref(), propertyNames));
    });
    return this;
  }
  getRange(address?: string): XlRange {
    return new FakeRange(
      this.ctx,
      this.ref,
      () =>
        address === undefined ? { row1: 1, col1: 1, row2: MAX_ROW, col2: MAX_COL } : parseAddress(address),
      `${this.sheetLabel}!${address ?? '(all)'}`,
    );
  }
  getRanges(address: string): XlRangeAreas {
    const rects = (): Rect[] => address.split(',').map(parseAddress);
    return { format: new FakeFormat(this.ctx, this.ref, rects, `${this.sheetLabel}!${address}`) };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): XlRange {
    return new FakeRange(this.ctx, this.ref, () => this.ref().usedRect(), `${this.sheetLabel}!(used range)`);
  }
  activate(): void {
    this.ctx.record({ kind: 'call', target: this.sheetLabel, method: 'activate', args: [] });
    this.ctx.queue(() => (this.ctx.excel.activeSheet = this.ref().name));
  }
}

interface RangeSnapshot {
  formulas: CellOutput[][];
  values: CellOutput[][];
  valueTypes: ValueType[][];
  rowIndex: number;
  columnIndex: number;
  address: string;
}

/** What a range loads in this fake; any other name fails the sync. */
const RANGE_PROPERTIES: readonly (keyof RangeSnapshot)[] = [
  'formulas',
  'values',
  'valueTypes',
  'rowIndex',
  'columnIndex',
  'address',
];

const isRangeProperty = (name: string): name is keyof RangeSnapshot =>
  (RANGE_PROPERTIES as readonly string[]).includes(name);

class FakeRange implements XlRange {
  /** Null until a load has been synced; then the properties loaded so far. */
  private loaded: { isNullObject: boolean; properties: Partial<RangeSnapshot> } | null = null;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormats;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly rect: () => Rect | null,
    private readonly label: string,
  ) {
    const rects = (): Rect[] => {
      const r = rect();
      return r ? [r] : [];
    };
    this.format = new FakeFormat(ctx, ref, rects, label);
    this.dataValidation = new FakeValidation(ctx, ref, label);
    this.conditionalFormats = new FakeConditionalFormats(ctx, ref, label);
  }

  private target(): Rect {
    const r = this.rect();
    if (!r) throw new FakeOfficeError('InvalidOperation', 'The range is a null object');
    return r;
  }

  /** A loaded property; unloaded (or not yet synced) throws PropertyNotLoaded. */
  private property<K extends keyof RangeSnapshot>(name: K): RangeSnapshot[K] {
    const value = this.loaded?.properties[name];
    if (value === undefined)
      throw new NotLoadedError(
        `range ${this.label}: ${name} was not loaded (call load() and context.sync() first)`,
      );
    return value as RangeSnapshot[K];
  }

  private write(property: 'formulas' | 'values', data: CellInput[][]): void {
    this.ctx.record({ kind: 'set', target: this.label, property, value: data });
    this.ctx.queue(() => {
      const r = this.target();
      assertShape(r, data, `${property} of ${this.label}`);
      const sheet = this.ref();
      // As Excel: "We can't do that to a merged cell" — a write may not cover part of a merged area.
      const cut = sheet.merges.find((m) => overlaps(m, r) && !(m.row1 >= r.row1 && m.row2 <= r.row2 && m.col1 >= r.col1 && m.col2 <= r.col2));
      if (cut) throw new FakeOfficeError('InvalidOperation', `${this.label} covers part of a merged area`);
      data.forEach((row, i) => row.forEach((v, j) => enter(sheet, r.row1 + i, r.col1 + j, v)));
    });
  }

  set formulas(data: CellInput[][]) {
    this.write('formulas', data);
  }
  get formulas(): CellInput[][] {
    return this.property('formulas');
  }
  set values(data: CellInput[][]) {
    this.write('values', data);
  }
  get values(): CellInput[][] {
    return this.property('values');
  }
  set numberFormat(data: (string | null)[][]) {
    this.ctx.record({ kind: 'set', target: this.label, property: 'numberFormat', value: data });
    this.ctx.queue(() => {
      const r = this.target();
      assertShape(r, data, `numberFormat of ${this.label}`);
      const sheet = this.ref();
      data.forEach((row, i) =>
        row.forEach((f, j) => f !== null && sheet.numberFormats.set(key(r.row1 + i, r.col1 + j), f)),
      );
    });
  }
  get numberFormat(): (string | null)[][] {
    throw new NotLoadedError('numberFormat is not loadable in this fake');
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.ctx.record({ kind: 'set', target: this.label, property: 'hyperlink', value: link });
    this.ctx.queue(() => {
      const r = this.target();
      this.ref().hyperlinks.set(a1(r.row1, r.col1), link);
    });
  }
  get hyperlink(): Excel.RangeHyperlink {
    throw new NotLoadedError('hyperlink is not loadable in this fake');
  }
  get valueTypes(): ValueType[][] {
    return this.property('valueTypes');
  }
  get address(): string {
    return this.property('address');
  }
  get rowIndex(): number {
    return this.property('rowIndex');
  }
  get columnIndex(): number {
    return this.property('columnIndex');
  }
  /** Known once any property has been loaded and synced, as in Office.js. */
  get isNullObject(): boolean {
    if (this.loaded === null)
      throw new NotLoadedError(`range ${this.label}: isNullObject is known only after a load and a sync`);
    return this.loaded.isNullObject;
  }

  load(propertyNames: string[]): unknown {
    this.ctx.record({ kind: 'load', target: this.label, properties: propertyNames });
    this.ctx.queue(() => {
      const unknown = propertyNames.filter((n) => !isRangeProperty(n));
      if (unknown.length > 0)
        throw new FakeOfficeError(
          'InvalidArgument',
          `range.load: ${unknown.join(', ')} is not a property this fake loads`,
        );
      const r = this.rect();
      if (!r) {
        this.loaded = { isNullObject: true, properties: {} };
        return;
      }
      const snapshot = this.read(r);
      const properties: Partial<RangeSnapshot> = { ...this.loaded?.properties };
      for (const name of propertyNames.filter(isRangeProperty)) {
        Object.assign(properties, { [name]: snapshot[name] });
        this.ctx.respond(snapshot[name]);
      }
      this.loaded = { isNullObject: false, properties };
    });
    return this;
  }

  /** The range as it stands at this point of the sync. */
  private read(r: Rect): RangeSnapshot {
    const sheet = this.ref();
    const formulas: CellOutput[][] = [];
    const values: CellOutput[][] = [];
    const types: ValueType[][] = [];
    for (let row = r.row1; row <= r.row2; row++) {
      const f: CellOutput[] = [];
      const v: CellOutput[] = [];
      const t: ValueType[] = [];
      for (let col = r.col1; col <= r.col2; col++) {
        const c = sheet.cells.get(key(row, col));
        // Excel reports a quote-prefixed text through `formulas` without its quote.
        f.push(c ? (c.formula ?? c.value) : '');
        v.push(c ? c.value : '');
        t.push(
          !c
            ? 'Empty'
            : c.error
              ? 'Error'
              : typeof c.value === 'number'
                ? 'Double'
                : typeof c.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        );
      }
      formulas.push(f);
      values.push(v);
      types.push(t);
    }
    const cells =
      r.row1 === r.row2 && r.col1 === r.col2
        ? a1(r.row1, r.col1)
        : `${a1(r.row1, r.col1)}:${a1(r.row2, r.col2)}`;
    return {
      formulas,
      values,
      valueTypes: types,
      rowIndex: r.row1 - 1,
      columnIndex: r.col1 - 1,
      address: `${quoteSheetName(sheet.name)}!${cells}`,
    };
  }

  unmerge(): void {
    this.ctx.record({ kind: 'call', target: this.label, method: 'unmerge', args: [] });
    this.ctx.queue(() => {
      const r = this.target();
      const sheet = this.ref();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, r));
    });
  }

  clear(applyTo: 'All'): void {
    this.ctx.record({ kind: 'call', target: this.label, method: 'clear', args: [applyTo] });
    this.ctx.queue(() => {
      const r = this.target();
      const sheet = this.ref();
      const inside = (k: string): boolean => {
        const [row, col] = k.split(',').map(Number);
        return row >= r.row1 && row <= r.row2 && col >= r.col1 && col <= r.col2;
      };
      for (const map of [sheet.cells, sheet.numberFormats, sheet.formats])
        for (const k of [...map.keys()]) if (inside(k)) map.delete(k);
      for (const address of [...sheet.hyperlinks.keys()]) {
        const c = parseAddress(address);
        if (inside(key(c.row1, c.col1))) sheet.hyperlinks.delete(address);
      }
      for (const noteKey of [...this.ctx.excel.notes.keys()]) {
        const c = parseAddress(noteKey);
        if (noteKey.startsWith(`${quoteSheetName(sheet.name)}!`) && inside(key(c.row1, c.col1)))
          this.ctx.excel.notes.delete(noteKey);
      }
    });
  }

  select(): void {
    this.ctx.record({ kind: 'call', target: this.label, method: 'select', args: [] });
    this.ctx.queue(() => {
      const r = this.target();
      void r;
      this.ctx.excel.selection = this.label;
    });
  }
}

/** Format properties recorded per cell of every area (`font.bold`, `borders.EdgeBottom.style`, …). */
class FakeFormat implements XlRangeFormat {
  readonly font: XlRangeFormat['font'];
  readonly fill: XlRangeFormat['fill'];
  readonly borders: XlRangeFormat['borders'];
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly rects: () => Rect[],
    private readonly label: string,
  ) {
    const setter = (path: string) => (value: unknown) => this.set(path, value);
    this.font = writeOnly(['bold', 'italic', 'size', 'color'], 'font', setter);
    this.fill = writeOnly(['color'], 'fill', setter);
    this.borders = {
      getItem: (index): XlBorder => writeOnly(['style', 'color'], `borders.${index}`, setter),
    };
  }

  private set(path: string, value: unknown): void {
    this.ctx.record({ kind: 'set', target: this.label, property: `format.${path}`, value });
    this.ctx.queue(() => {
      const sheet = this.ref();
      for (const r of this.rects()) {
        if (path === 'columnWidth') {
          for (let col = r.col1; col <= r.col2; col++) sheet.columnWidths.set(col, value as number);
          continue;
        }
        for (const { row, col } of cellsOf(r)) {
          const k = key(row, col);
          sheet.formats.set(k, { ...(sheet.formats.get(k) ?? {}), [path]: value });
        }
      }
    });
  }

  set columnWidth(v: number) {
    this.set('columnWidth', v);
  }
  get columnWidth(): number {
    throw new NotLoadedError('format is write-only in this fake');
  }
  set wrapText(v: boolean) {
    this.set('wrapText', v);
  }
  get wrapText(): boolean {
    throw new NotLoadedError('format is write-only in this fake');
  }
  set horizontalAlignment(v: XlRangeFormat['horizontalAlignment']) {
    this.set('horizontalAlignment', v);
  }
  get horizontalAlignment(): XlRangeFormat['horizontalAlignment'] {
    throw new NotLoadedError('format is write-only in this fake');
  }
  set verticalAlignment(v: XlRangeFormat['verticalAlignment']) {
    this.set('verticalAlignment', v);
  }
  get verticalAlignment(): XlRangeFormat['verticalAlignment'] {
    throw new NotLoadedError('format is write-only in this fake');
  }
  set indentLevel(v: number) {
    this.set('indentLevel', v);
  }
  get indentLevel(): number {
    throw new NotLoadedError('format is write-only in this fake');
  }
}

/** An object whose listed properties record a write under `prefix.name` and cannot be read. */
function writeOnly<T extends object>(
  props: readonly string[],
  prefix: string,
  setter: (path: string) => (value: unknown) => void,
): T {
  const target = {};
  for (const p of props) {
    Object.defineProperty(target, p, {
      set: setter(`${prefix}.${p}`),
      get: () => {
        throw new NotLoadedError(`${prefix}.${p} is write-only in this fake`);
      },
      enumerable: true,
    });
  }
  return target as T;
}

class FakeValidation implements XlDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly label: string,
  ) {}
  private set(property: string, value: unknown): void {
    this.ctx.record({ kind: 'set', target: this.label, property: `dataValidation.${property}`, value });
    this.ctx.queue(() => {
      const v = this.ref().validations;
      v.set(localAddress(this.label), { ...(v.get(localAddress(this.label)) ?? {}), [property]: value });
    });
  }
  clear(): void {
    this.ctx.record({ kind: 'call', target: this.label, method: 'dataValidation.clear', args: [] });
    this.ctx.queue(() => this.ref().validations.delete(localAddress(this.label)));
  }
  set rule(v: Excel.DataValidationRule) {
    this.set('rule', v);
  }
  get rule(): Excel.DataValidationRule {
    throw new NotLoadedError('dataValidation is write-only in this fake');
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.set('prompt', v);
  }
  get prompt(): Excel.DataValidationPrompt {
    throw new NotLoadedError('dataValidation is write-only in this fake');
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.set('errorAlert', v);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    throw new NotLoadedError('dataValidation is write-only in this fake');
  }
  set ignoreBlanks(v: boolean) {
    this.set('ignoreBlanks', v);
  }
  get ignoreBlanks(): boolean {
    throw new NotLoadedError('dataValidation is write-only in this fake');
  }
}

class FakeConditionalFormats implements XlConditionalFormats {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly label: string,
  ) {}
  add(type: 'Custom'): XlConditionalFormat;
  add(type: 'DataBar'): XlDataBarFormat;
  add(type: 'Custom' | 'DataBar'): XlConditionalFormat | XlDataBarFormat {
    this.ctx.record({ kind: 'call', target: this.label, method: 'conditionalFormats.add', args: [type] });
    if (type === 'DataBar') return this.dataBar();
    const entry: { range: string; formula?: string; fill?: string; color?: string; bold?: boolean } = {
      range: localAddress(this.label),
    };
    this.ctx.queue(() => this.ref().conditionalFormats.push(entry));
    const setter = (path: string) => (value: unknown) => {
      this.ctx.record({ kind: 'set', target: this.label, property: `conditionalFormat.${path}`, value });
      this.ctx.queue(() => {
        if (path === 'rule.formula') entry.formula = String(value);
        if (path === 'fill.color') entry.fill = String(value);
        if (path === 'font.color') entry.color = String(value);
        if (path === 'font.bold') entry.bold = Boolean(value);
      });
    };
    return {
      custom: {
        rule: writeOnly(['formula'], 'rule', setter),
        format: {
          fill: writeOnly(['color'], 'fill', setter),
          font: writeOnly(['color', 'bold'], 'font', setter),
        },
      },
    };
  }
  private dataBar(): XlDataBarFormat {
    const entry: { range: string; min?: string; max?: string; color?: string; gradient?: boolean } = {
      range: localAddress(this.label),
    };
    this.ctx.queue(() => this.ref().dataBars.push(entry));
    const setter = (path: string) => (value: unknown) => {
      this.ctx.record({ kind: 'set', target: this.label, property: `conditionalFormat.${path}`, value });
      this.ctx.queue(() => {
        const rule = value as Excel.ConditionalDataBarRule;
        if (path === 'dataBar.lowerBoundRule') entry.min = rule.type === 'Number' ? rule.formula : undefined;
        if (path === 'dataBar.upperBoundRule') entry.max = rule.type === 'Number' ? rule.formula : undefined;
        if (path === 'positiveFormat.fillColor') entry.color = String(value);
        if (path === 'positiveFormat.gradientFill') entry.gradient = Boolean(value);
      });
    };
    const bar = writeOnly<XlDataBarFormat['dataBar']>(['lowerBoundRule', 'upperBoundRule'], 'dataBar', setter);
    Object.defineProperty(bar, 'positiveFormat', {
      value: writeOnly(['fillColor', 'gradientFill'], 'positiveFormat', setter),
      enumerable: true,
    });
    return { dataBar: bar };
  }
  clearAll(): void {
    this.ctx.record({ kind: 'call', target: this.label, method: 'conditionalFormats.clearAll', args: [] });
    this.ctx.queue(() => {
      this.ref().conditionalFormats = [];
      this.ref().dataBars = [];
    });
  }
}

class FakeNamedItem implements XlNamedItem {
  private readonly loaded: Loaded<{ name: string; type: XlNamedItem['type']; formula: string }>;
  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
  ) {
    this.loaded = new Loaded(`name ${key}`);
  }
  markLoaded(): void {
    const n = this.ctx.excel.names.get(this.key.toLowerCase());
    if (!n) throw new FakeOfficeError('ItemNotFound', `name ${this.key}`);
    this.loaded.set({
      name: n.name,
      type: n.formula.includes('#REF!') ? 'Error' : 'Range',
      formula: n.formula,
    });
  }
  get name(): string {
    return this.loaded.get().name;
  }
  get type(): XlNamedItem['type'] {
    return this.loaded.get().type;
  }
  get formula(): string {
    return this.loaded.get().formula;
  }
  set formula(reference: string) {
    this.ctx.record({ kind: 'set', target: `names/${this.key}`, property: 'formula', value: reference });
    this.ctx.queue(() => {
      const n = this.ctx.excel.names.get(this.key.toLowerCase());
      if (!n)
        throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: name ${this.key}`);
      n.formula = reference;
    });
  }
  delete(): void {
    this.ctx.record({ kind: 'call', target: `names/${this.key}`, method: 'delete', args: [] });
    this.ctx.queue(() => {
      if (!this.ctx.excel.names.delete(this.key.toLowerCase()))
        throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: name ${this.key}`);
    });
  }
}

class FakeNames implements XlNamedItems {
  private readonly loadedItems = new Loaded<XlNamedItem[]>('names.items');
  constructor(private readonly ctx: FakeContext) {}
  get items(): XlNamedItem[] {
    return this.loadedItems.get();
  }
  load(propertyNames: string[]): unknown {
    this.ctx.record({ kind: 'load', target: 'names', properties: propertyNames });
    this.ctx.queue(() => {
      this.loadedItems.set(
        [...this.ctx.excel.names.values()].map((n) => {
          const item = new FakeNamedItem(this.ctx, n.name);
          item.markLoaded();
          return item;
        }),
      );
      this.ctx.respond(pickItems([...this.ctx.excel.names.values()], propertyNames));
    });
    return this;
  }
  getItem(name: string): XlNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
  add(name: string, reference: string): unknown {
    this.ctx.record({ kind: 'call', target: 'names', method: 'add', args: [name, reference] });
    this.ctx.queue(() => {
      if (this.ctx.excel.names.has(name.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists`);
      if (!reference.startsWith('=')) throw new FakeOfficeError('InvalidArgument', `reference ${reference}`);
      const sheet = /^=(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(reference);
      const sheetName = sheet ? (sheet[1]?.replace(/''/g, "'") ?? sheet[2]) : undefined;
      if (!sheetName || !this.ctx.excel.findSheet(sheetName))
        throw new FakeOfficeError('InvalidArgument', `The reference ${reference} points to no sheet`);
      this.ctx.excel.names.set(name.toLowerCase(), { name, formula: reference });
    });
    return undefined;
  }
}

/** One note of the workbook, named by the cell it was on when it was listed. */
class FakeNote implements XlNote {
  private readonly loaded: Loaded<string>;
  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
  ) {
    this.loaded = new Loaded(`note ${key}: content`);
  }
  /** The note must still exist when the batch runs (clearing its cell deletes it). */
  private exists(): void {
    this.ctx.requireNotes();
    if (!this.ctx.excel.notes.has(this.key))
      throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: note ${this.key}`);
  }
  markLoaded(content: string): void {
    this.loaded.set(content);
  }
  get content(): string {
    return this.loaded.get();
  }
  set content(text: string) {
    this.ctx.record({ kind: 'set', target: `notes/${this.key}`, property: 'content', value: text });
    this.ctx.queue(() => {
      this.exists();
      this.ctx.excel.notes.set(this.key, text);
    });
  }
  load(propertyNames: string[]): unknown {
    this.ctx.record({ kind: 'load', target: `notes/${this.key}`, properties: propertyNames });
    this.ctx.queue(() => {
      this.exists();
      if (propertyNames.some((n) => n !== 'content'))
        throw new FakeOfficeError(
          'InvalidArgument',
          `note.load: this fake loads only content, not ${propertyNames.join(', ')}`,
        );
      const content = this.ctx.excel.notes.get(this.key) ?? '';
      this.markLoaded(content);
      this.ctx.respond(content);
    });
    return this;
  }
  getLocation(): XlRange {
    const { sheet, local } = splitSheet(this.key);
    const rect = parseAddress(local);
    const cell = sheetByName(this.ctx, sheet ?? '');
    return new FakeRange(
      this.ctx,
      () => {
        this.exists();
        return cell();
      },
      () => rect,
      `notes/${this.key}/location`,
    );
  }
}

class FakeNotes implements XlNotes {
  private readonly loadedItems = new Loaded<XlNote[]>('notes.items');
  constructor(private readonly ctx: FakeContext) {}
  get items(): XlNote[] {
    return this.loadedItems.get();
  }
  load(propertyNames: string[]): unknown {
    this.ctx.record({ kind: 'load', target: 'notes', properties: propertyNames });
    this.ctx.queue(() => {
      this.ctx.requireNotes();
      const other = propertyNames.filter((n) => n !== 'items' && n !== 'items/content');
      if (other.length > 0)
        throw new FakeOfficeError(
          'InvalidArgument',
          `notes.load: this fake loads only items/content, not ${other.join(', ')}`,
        );
      const withContent = propertyNames.includes('items/content');
      const notes = [...this.ctx.excel.notes];
      this.loadedItems.set(
        notes.map(([key, content]) => {
          const note = new FakeNote(this.ctx, key);
          if (withContent) note.markLoaded(content);
          return note;
        }),
      );
      this.ctx.respond(withContent ? notes.map(([, content]) => ({ content })) : notes.map(() => ({})));
    });
    return this;
  }
  /** `'Sheet'!B2`: the sheet must exist, the address be one cell with no note yet. */
  add(cellAddress: string, content: string): unknown {
    this.ctx.record({ kind: 'call', target: 'notes', method: 'add', args: [cellAddress, content] });
    this.ctx.queue(() => {
      this.ctx.requireNotes();
      const { sheet, local } = splitSheet(cellAddress);
      const r = parseAddress(local);
      if (sheet === null || r.row1 !== r.row2 || r.col1 !== r.col2)
        throw new FakeOfficeError(
          'InvalidArgument',
          `InvalidCellAddress: ${cellAddress} is not one sheet-qualified cell`,
        );
      const target = sheetByName(this.ctx, sheet)();
      const k = noteKey(target.name, r.row1, r.col1);
      if (this.ctx.excel.notes.has(k))
        throw new FakeOfficeError('InvalidArgument', `A note exists at ${cellAddress}`);
      this.ctx.excel.notes.set(k, content);
    });
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------
// Page layout (ExcelApi 1.9)

const LAYOUT_PROPERTIES = [
  'orientation',
  'paperSize',
  'zoom',
  'leftMargin',
  'rightMargin',
  'topMargin',
  'bottomMargin',
  'headerMargin',
  'footerMargin',
  'printGridlines',
  'centerHorizontally',
] as const;
type LayoutProperty = (typeof LAYOUT_PROPERTIES)[number];
const HEADER_FOOTER_KEYS: readonly HeaderFooterKey[] = [
  'leftHeader',
  'centerHeader',
  'rightHeader',
  'leftFooter',
  'centerFooter',
  'rightFooter',
];

/** Fails the sync, as Office.js does, on a property it would not load. */
function knownProperties(what: string, names: readonly string[], known: readonly string[]): void {
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0)
    throw new FakeOfficeError('InvalidArgument', `${what}.load: ${unknown.join(', ')} is not a property this fake loads`);
}

class FakePageLayout implements XlPageLayout {
  private snapshot: Partial<Pick<FakePageLayoutState, LayoutProperty>> | null = null;
  readonly headersFooters: XlHeadersFooters;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly label: string,
  ) {
    this.headersFooters = new FakeHeadersFooters(ctx, ref, `${label}.headersFooters`);
  }

  private get<K extends LayoutProperty>(name: K): FakePageLayoutState[K] {
    const value = this.snapshot?.[name];
    if (value === undefined) throw new NotLoadedError(`${this.label}: ${name} was not loaded (call load() and context.sync() first)`);
    return value as FakePageLayoutState[K];
  }

  private set<K extends LayoutProperty>(name: K, value: FakePageLayoutState[K], check?: () => void): void {
    this.ctx.record({ kind: 'set', target: this.label, property: name, value });
    this.ctx.queue(() => {
      check?.();
      this.ref().pageLayout[name] = value;
    });
  }

  get orientation(): XlPageLayout['orientation'] {
    return this.get('orientation');
  }
  set orientation(v: XlPageLayout['orientation']) {
    this.set('orientation', v);
  }
  get paperSize(): XlPageLayout['paperSize'] {
    return this.get('paperSize');
  }
  set paperSize(v: XlPageLayout['paperSize']) {
    this.set('paperSize', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.get('zoom');
  }
  /** Set as a whole object, as Office.js requires; counts are whole numbers, a scale 10–400. */
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set('zoom', { ...v }, () => {
      const counts = [v.horizontalFitToPages, v.verticalFitToPages].filter((n) => n !== undefined);
      if (counts.some((n) => !Number.isInteger(n) || (n as number) < 0) || (v.scale !== undefined && (v.scale < 10 || v.scale > 400)))
        throw new FakeOfficeError('InvalidArgument', `The argument is invalid: zoom ${JSON.stringify(v)}`);
    });
  }
  get leftMargin(): number {
    return this.get('leftMargin');
  }
  set leftMargin(v: number) {
    this.set('leftMargin', v);
  }
  get rightMargin(): number {
    return this.get('rightMargin');
  }
  set rightMargin(v: number) {
    this.set('rightMargin', v);
  }
  get topMargin(): number {
    return this.get('topMargin');
  }
  set topMargin(v: number) {
    this.set('topMargin', v);
  }
  get bottomMargin(): number {
    return this.get('bottomMargin');
  }
  set bottomMargin(v: number) {
    this.set('bottomMargin', v);
  }
  get headerMargin(): number {
    return this.get('headerMargin');
  }
  set headerMargin(v: number) {
    this.set('headerMargin', v);
  }
  get footerMargin(): number {
    return this.get('footerMargin');
  }
  set footerMargin(v: number) {
    this.set('footerMargin', v);
  }
  get printGridlines(): boolean {
    return this.get('printGridlines');
  }
  set printGridlines(v: boolean) {
    this.set('printGridlines', v);
  }
  get centerHorizontally(): boolean {
    return this.get('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this.set('centerHorizontally', v);
  }

  load(propertyNames: string[]): unknown {
    this.ctx.record({ kind: 'load', target: this.label, properties: propertyNames });
    this.ctx.queue(() => {
      knownProperties(this.label, propertyNames, LAYOUT_PROPERTIES);
      const state = this.ref().pageLayout;
      const picked = Object.fromEntries(propertyNames.map((n) => [n, structuredClone(state[n as LayoutProperty])]));
      this.snapshot = { ...this.snapshot, ...picked };
      this.ctx.respond(picked);
    });
    return this;
  }

  setPrintArea(printArea: string): void {
    this.ctx.record({ kind: 'call', target: this.label, method: 'setPrintArea', args: [printArea] });
    this.ctx.queue(() => {
      const r = parseAddress(printArea);
      this.ref().pageLayout.printArea = `${a1(r.row1, r.col1)}:${a1(r.row2, r.col2)}`;
    });
  }

  /** Whole rows only (`$4:$4`), as Excel requires. */
  setPrintTitleRows(printTitleRows: string): void {
    this.ctx.record({ kind: 'call', target: this.label, method: 'setPrintTitleRows', args: [printTitleRows] });
    this.ctx.queue(() => {
      const r = parseAddress(printTitleRows);
      if (r.col1 !== 1 || r.col2 !== MAX_COL)
        throw new FakeOfficeError('InvalidArgument', `The range must span the entire row: ${printTitleRows}`);
      this.ref().pageLayout.titleRows = `${r.row1}:${r.row2}`;
    });
  }

  getPrintAreaOrNullObject(): XlPrintRange {
    return new FakePrintRange(this.ctx, this.ref, `${this.label}.printArea`, (state) =>
      state.printArea === null ? null : state.printArea.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'),
    );
  }

  getPrintTitleRowsOrNullObject(): XlPrintRange {
    return new FakePrintRange(this.ctx, this.ref, `${this.label}.printTitleRows`, (state) =>
      state.titleRows === null ? null : state.titleRows.replace(/(\d+)/g, '$$$1'),
    );
  }
}

class FakeHeadersFooters implements XlHeadersFooters {
  readonly defaultForAllPages: XlHeaderFooter;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly label: string,
  ) {
    this.defaultForAllPages = new FakeHeaderFooter(ctx, ref, `${label}.defaultForAllPages`);
  }
  get state(): XlHeadersFooters['state'] {
    throw new NotLoadedError('headersFooters.state is write-only in this fake');
  }
  set state(value: XlHeadersFooters['state']) {
    this.ctx.record({ kind: 'set', target: this.label, property: 'state', value });
    this.ctx.queue(() => (this.ref().pageLayout.headersFootersState = value));
  }
}

/** The print area or repeated rows, read back sheet-qualified with `$`, as Excel reports them. */
class FakePrintRange implements XlPrintRange {
  private loaded: { address: string | null } | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly label: string,
    private readonly local: (state: FakePageLayoutState) => string | null,
  ) {}
  get address(): string {
    const address = this.loaded?.address;
    if (address === undefined || address === null) throw new NotLoadedError(`${this.label}: address was not loaded, or the range is a null object`);
    return address;
  }
  get isNullObject(): boolean {
    if (this.loaded === null) throw new NotLoadedError(`${this.label}: isNullObject is known only after a load and a sync`);
    return this.loaded.address === null;
  }
  load(propertyNames: string[]): unknown {
    this.ctx.record({ kind: 'load', target: this.label, properties: propertyNames });
    this.ctx.queue(() => {
      knownProperties(this.label, propertyNames, ['address']);
      const sheet = this.ref();
      const local = this.local(sheet.pageLayout);
      const address = local === null ? null : `${quoteSheetName(sheet.name)}!${local}`;
      this.loaded = { address };
      this.ctx.respond({ address });
    });
    return this;
  }
}

class FakeHeaderFooter implements XlHeaderFooter {
  private snapshot: Partial<Record<HeaderFooterKey, string>> | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: SheetRef,
    private readonly label: string,
  ) {}
  private get(name: HeaderFooterKey): string {
    const value = this.snapshot?.[name];
    if (value === undefined) throw new NotLoadedError(`${this.label}: ${name} was not loaded (call load() and context.sync() first)`);
    return value;
  }
  private set(name: HeaderFooterKey, value: string): void {
    this.ctx.record({ kind: 'set', target: this.label, property: name, value });
    this.ctx.queue(() => (this.ref().pageLayout.headerFooter[name] = value));
  }
  get leftHeader(): string {
    return this.get('leftHeader');
  }
  set leftHeader(v: string) {
    this.set('leftHeader', v);
  }
  get centerHeader(): string {
    return this.get('centerHeader');
  }
  set centerHeader(v: string) {
    this.set('centerHeader', v);
  }
  get rightHeader(): string {
    return this.get('rightHeader');
  }
  set rightHeader(v: string) {
    this.set('rightHeader', v);
  }
  get leftFooter(): string {
    return this.get('leftFooter');
  }
  set leftFooter(v: string) {
    this.set('leftFooter', v);
  }
  get centerFooter(): string {
    return this.get('centerFooter');
  }
  set centerFooter(v: string) {
    this.set('centerFooter', v);
  }
  get rightFooter(): string {
    return this.get('rightFooter');
  }
  set rightFooter(v: string) {
    this.set('rightFooter', v);
  }
  load(propertyNames: string[]): unknown {
    this.ctx.record({ kind: 'load', target: this.label, properties: propertyNames });
    this.ctx.queue(() => {
      knownProperties(this.label, propertyNames, HEADER_FOOTER_KEYS);
      const state = this.ref().pageLayout.headerFooter;
      const picked = Object.fromEntries(propertyNames.map((n) => [n, state[n as HeaderFooterKey]]));
      this.snapshot = { ...this.snapshot, ...picked };
      this.ctx.respond(picked);
    });
    return this;
  }
}
