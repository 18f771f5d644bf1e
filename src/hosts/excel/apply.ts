import { quoteSheetName } from '../../core/formula/sheetName';
import type { CellStyle, Validation, WorkbookSpec } from '../../core/layout/spec';
import { computeEdit } from '../edit/computeEdit';
import { rectAddress } from '../edit/rects';
import type { NameChange, SheetEdit, WorkbookEdit } from '../edit/workbookEdit';
import type { ApplyReport, ProgressListener } from '../port';
import type { XlContext, XlDataValidation, XlRangeFormat, XlWorksheet } from './api';
import { officeFormula } from './formulaText';
import { PAGE_LAYOUT_ACTIONS, writePageLayout } from './pageLayout';
import {
  ACTION_OVERHEAD_BYTES,
  REQUEST_BUDGET_BYTES,
  SLAB_BUDGET_BYTES,
  actionBytes,
  groupBySize,
  jsonBytes,
  utf8Bytes,
} from './payload';
import { probeWorkbook } from './probe';
import { seedBlock, sheetRequests, type SeedCell } from './requestBatches';
import type { OfficeWorkbookState } from './state';

/**
 * Applies a WorkbookSpec inside one `Excel.run`: the edit the rules decide from the
 * workbook as it stands (`computeEdit`, the same as the ExcelJS host's), translated into
 * Office.js calls and cut into requests.
 *
 * A command first learns what the edit depends on — which sheets and names exist, which
 * input cells hold something, where notes are (`OfficeWorkbookState`) — and then writes
 * everything:
 * - `update` has read the whole workbook already and passes it as `known` (two syncs for
 *   a workbook that fits in one response, more when it is read in slabs: `read.ts`);
 * - a plain `apply` probes (`probe.ts`: the sheet list, names and notes, then the input
 *   cells it would seed and the notes' cells — skipped for a fresh build): 1 or 2 syncs.
 * The write carries every generated cell, format, width, name, validation and conditional
 * format, the seeds of the input cells that read empty, the notes, and one full
 * recalculation, with calculation suspended for the request.
 *
 * A write request that would pass 4 MB is cut into several write syncs, so their count is
 * bounded by the payload, not by the number of nodes, sheets or styles: 10 and 1,000
 * nodes take one write request; a tree of tens of thousands of nodes takes more.
 */
export interface ApplyOptions {
  /** Cell notes need ExcelApi 1.18; without it notes are skipped and reported. */
  readonly notes: boolean;
  readonly onProgress?: ProgressListener;
  readonly requestBudget?: number;
  /** What the command has read already (`update`): no probe, the write goes out in the next sync. */
  readonly known?: OfficeWorkbookState;
  /** A cell to show once written (a new review tab), in the same request as the last write. */
  readonly select?: { readonly sheet: string; readonly address: string };
}

/** Room kept in every request below the budget (see the grouping of the writes). */
const REQUEST_HEADROOM_BYTES = 64 * 1024;

/** One queued Office.js operation and its estimated share of the request. */
interface Op {
  readonly bytes: number;
  queue(context: XlContext, sheet: (name: string) => XlWorksheet): void;
}

/** Rows in a worksheet: `6:1048576` is every row from 6 down. */
const MAX_ROWS = 1048576;

const op = (bytes: number, queue: Op['queue']): Op => ({ bytes: bytes + ACTION_OVERHEAD_BYTES, queue });

export async function applyWorkbookSpec(
  context: XlContext,
  spec: WorkbookSpec,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const state = options.known ?? (await probeWorkbook(context, spec, { notes: options.notes }));
  return writeEdit(context, computeEdit(spec, state), state, options);
}

/** The write: the edit's operations, queued and cut into requests under the budget. */
async function writeEdit(
  context: XlContext,
  edit: WorkbookEdit,
  state: OfficeWorkbookState,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
  const warnings: string[] = [];
  const worksheets = context.workbook.worksheets;
  const proxies = new Map<string, XlWorksheet>();
  const sheet = (name: string): XlWorksheet => {
    let ws = proxies.get(name);
    if (!ws) {
      ws = worksheets.getItem(name);
      proxies.set(name, ws);
    }
    return ws;
  };

  const ops: Op[] = [];
  for (const s of edit.sheets)
    if (s.isNew) ops.push(op(jsonBytes(s.name), () => proxies.set(s.name, worksheets.add(s.name))));
  // Setting each position in turn puts a whole-workbook spec's sheets first, in order.
  edit.sheets.forEach((s) => {
    const i = edit.leadingSheets?.indexOf(s.name) ?? -1;
    if (i >= 0) ops.push(op(actionBytes(s.name, 'position', i), () => (sheet(s.name).position = i)));
    const tab = s.tabColor;
    if (tab)
      ops.push(op(actionBytes(s.name, 'tabColor', `#${tab}`), () => (sheet(s.name).tabColor = `#${tab}`)));
  });
  ops.push(...edit.names.map(nameOp));
  const slabBudget = Math.min(SLAB_BUDGET_BYTES, budget / 4);
  for (const s of edit.sheets) {
    ops.push(...sheetOps(s, edit, slabBudget));
    if (s.notesSkipped) warnings.push(`notes skipped on ${s.name}: Excel lacks ExcelApi 1.18`);
    ops.push(...noteOps(s, state));
  }

  // Room is kept in each request for what the estimates leave out: the suspension of
  // calculation (and, last, the recalculation and the cell to show), and the few bytes a
  // width, a validation or a conditional format sends beyond its estimate.
  const groups = groupBySize(ops, (o) => o.bytes, budget - Math.min(REQUEST_HEADROOM_BYTES, budget / 16));
  if (groups.length === 0) groups.push([]);
  const total = state.syncs + groups.length;
  let syncs = state.syncs;
  options.onProgress?.(syncs, total);
  for (const [i, group] of groups.entries()) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const o of group) o.queue(context, sheet);
    // Suspended calculation leaves recalculation to the caller: once, with the last request.
    if (i === groups.length - 1) {
      context.application.calculate('Full');
      if (options.select) {
        const ws = sheet(options.select.sheet);
        ws.activate();
        ws.getRange(options.select.address).select();
      }
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB request: bounded by payload size, not by the number of nodes (10 and 1,000 nodes: one request)
    await context.sync();
    syncs++;
    options.onProgress?.(syncs, total);
  }

  return { ...edit.counts, syncs, requests: groups.length, warnings };
}

/** One sheet's cells, formats, widths, panes, validations, conditional formats, data bars and page setup. */
function sheetOps(s: SheetEdit, edit: WorkbookEdit, slabBudget: number): Op[] {
  const ops: Op[] = [];
  const requests = sheetRequests(s, edit.styles, slabBudget);
  const clearFrom = s.clearFrom;
  if (clearFrom !== undefined) {
    ops.push(
      op(64, (_ctx, sheet) => {
        const below = sheet(s.name).getRange(`${clearFrom}:${MAX_ROWS}`);
        below.unmerge();
        below.clear('All');
      }),
    );
  }
  for (const link of requests.links) {
    const hyperlink = { documentReference: link.link };
    ops.push(
      op(
        actionBytes(`${s.name}!${link.address}`, 'hyperlink', hyperlink),
        (_ctx, sheet) => (sheet(s.name).getRange(link.address).hyperlink = hyperlink),
      ),
    );
  }
  for (const b of requests.blocks) {
    // What the block sends exactly: its formulas and number formats, each a set of its own.
    const label = `${s.name}!${rectAddress(b.rect)}`;
    const bytes =
      actionBytes(label, 'formulas', b.formulas) +
      (b.numberFormat ? actionBytes(label, 'numberFormat', b.numberFormat) + ACTION_OVERHEAD_BYTES : 0) +
      (s.isNew || s.keepsMerges ? 0 : actionBytes(label, 'unmerge', []) + ACTION_OVERHEAD_BYTES);
    ops.push({
      bytes: bytes + ACTION_OVERHEAD_BYTES,
      queue: (_ctx, sheet) => {
        const range = sheet(s.name).getRange(rectAddress(b.rect));
        // The edit's `unmergeOver` areas lie inside the blocks (a block is the rectangle of
        // a slab of written cells): splitting each block's merges before writing it splits
        // them all, without reading where merged areas are.
        if (!s.isNew && !s.keepsMerges) range.unmerge();
        range.formulas = b.formulas;
        if (b.numberFormat) range.numberFormat = b.numberFormat;
      },
    });
  }
  ops.push(...seedOps(s.name, requests.seeds, !s.isNew));
  for (const st of requests.styles) {
    for (const address of st.addresses)
      ops.push(
        // Every property set is an action of its own, each carrying the (long) areas address.
        op(styleActions(st.style) * (utf8Bytes(address) + ACTION_OVERHEAD_BYTES), (_ctx, sheet) =>
          applyStyle(sheet(s.name).getRanges(address).format, st.style),
        ),
      );
  }
  for (const w of requests.widths)
    ops.push(op(64, (_ctx, sheet) => (sheet(s.name).getRange(w.address).format.columnWidth = w.points)));
  const freeze = s.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0))
    ops.push(op(64, (_ctx, sheet) => freezePanes(sheet(s.name), freeze)));
  for (const v of s.validations)
    ops.push(
      op(jsonBytes(v) + 400, (_ctx, sheet) =>
        applyValidation(sheet(s.name).getRange(v.range).dataValidation, v),
      ),
    );
  if (s.clearsConditionalFormats)
    ops.push(op(64, (_ctx, sheet) => sheet(s.name).getRange().conditionalFormats.clearAll()));
  for (const cf of s.conditionalFormats) {
    const formula = officeFormula(cf.formula);
    ops.push(
      op(jsonBytes(formula) + 300, (_ctx, sheet) => {
        const custom = sheet(s.name).getRange(cf.range).conditionalFormats.add('Custom').custom;
        custom.rule.formula = formula;
        if (cf.style.fill) custom.format.fill.color = `#${cf.style.fill}`;
        if (cf.style.color) custom.format.font.color = `#${cf.style.color}`;
        if (cf.style.bold !== undefined) custom.format.font.bold = cf.style.bold;
      }),
    );
  }
  for (const bar of s.dataBars) {
    ops.push(
      op(jsonBytes(bar) + 300, (_ctx, sheet) => {
        const dataBar = sheet(s.name).getRange(bar.range).conditionalFormats.add('DataBar').dataBar;
        dataBar.lowerBoundRule = { type: 'Number', formula: String(bar.min) };
        dataBar.upperBoundRule = { type: 'Number', formula: String(bar.max) };
        dataBar.positiveFormat.fillColor = `#${bar.color}`;
        dataBar.positiveFormat.gradientFill = true;
      }),
    );
  }
  const pageSetup = s.pageSetup;
  if (pageSetup)
    ops.push(
      op(
        // Every action names the sheet's page layout and a member; the texts and the area ride along.
        PAGE_LAYOUT_ACTIONS * (ACTION_OVERHEAD_BYTES + jsonBytes(`${s.name}!pageLayout.headersFooters`) + 32) +
          jsonBytes(pageSetup),
        (_ctx, sheet) => writePageLayout(sheet(s.name).pageLayout, pageSetup),
      ),
    );
  return ops;
}

/** Notes the edit adds (`workbook.notes.add`) or changes (through the existing note's proxy). */
function noteOps(s: SheetEdit, state: OfficeWorkbookState): Op[] {
  return s.notes.map((n) => {
    const existing = n.replaces ? state.notes?.at(s.name, n.row, n.col) : undefined;
    if (n.replaces && existing === undefined)
      throw new Error(
        `The note on ${s.name} row ${n.row}, column ${n.col} to change was not read before the write`,
      );
    if (existing) return op(jsonBytes(n.text), () => (existing.note.content = n.text));
    const key = `${quoteSheetName(s.name)}!${rectAddress({ row1: n.row, col1: n.col, row2: n.row, col2: n.col })}`;
    return op(jsonBytes(n.text) + key.length, (ctx) => ctx.workbook.notes.add(key, n.text));
  });
}

/**
 * The seeds, as one array over their rectangle (null elsewhere). On an existing sheet the
 * rectangle's merged areas are split first, as for the blocks: a seed may stand outside them.
 */
function seedOps(sheetName: string, seeds: readonly SeedCell[], unmerge: boolean): Op[] {
  const block = seedBlock(seeds);
  if (!block) return [];
  const address = rectAddress(block.rect);
  const unmergeBytes = unmerge
    ? actionBytes(`${sheetName}!${address}`, 'unmerge', []) + ACTION_OVERHEAD_BYTES
    : 0;
  return [
    op(jsonBytes(block.formulas) + unmergeBytes, (_ctx, sheet) => {
      const range = sheet(sheetName).getRange(address);
      if (unmerge) range.unmerge();
      range.formulas = block.formulas;
    }),
  ];
}

/** A name change as Office.js makes it: `names.add`, a new `formula`, or `delete` (Office.js has no bulk call). */
function nameOp(change: NameChange): Op {
  switch (change.kind) {
    case 'repoint': {
      const reference = `=${quoteSheetName(change.target.sheet)}!${change.target.range}`;
      return op(
        actionBytes(`names/${change.name}`, 'formula', reference),
        (ctx) => (ctx.workbook.names.getItem(change.name).formula = reference),
      );
    }
    case 'delete':
      return op(actionBytes(`names/${change.name}`, 'delete', []), (ctx) =>
        ctx.workbook.names.getItem(change.name).delete(),
      );
    case 'add': {
      const { name } = change.target;
      const reference = `=${quoteSheetName(change.target.sheet)}!${change.target.range}`;
      return op(actionBytes('names', 'add', [name, reference]), (ctx) =>
        ctx.workbook.names.add(name, reference),
      );
    }
  }
}

/** How many property sets `applyStyle` queues for a style. */
export function styleActions(s: CellStyle): number {
  const font = s.bold || s.italic || s.size || s.color ? 2 + (s.size ? 1 : 0) + (s.color ? 1 : 0) : 0;
  const alignment = s.indent || s.wrap || s.align ? 4 : 0;
  return font + (s.fill ? 1 : 0) + alignment + (s.borderBottom ? 4 : 0);
}

const BORDER_COLOR = '#8EA9DB';
const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/**
 * The style's properties on a set of areas, mirroring the ExcelJS host: font, fill,
 * alignment and border are each set as a whole when the style names any part of them.
 * (The number format travels with the cell block.)
 */
export function applyStyle(format: XlRangeFormat, s: CellStyle): void {
  if (s.bold || s.italic || s.size || s.color) {
    format.font.bold = s.bold ?? false;
    format.font.italic = s.italic ?? false;
    if (s.size) format.font.size = s.size;
    if (s.color) format.font.color = `#${s.color}`;
  }
  if (s.fill) format.fill.color = `#${s.fill}`;
  if (s.indent || s.wrap || s.align) {
    // Excel indents only left- (or right-) aligned text.
    format.horizontalAlignment = s.align ? ALIGN[s.align] : s.indent ? 'Left' : 'General';
    format.indentLevel = s.indent ?? 0;
    format.wrapText = s.wrap ?? false;
    format.verticalAlignment = s.wrap ? 'Top' : 'Bottom';
  }
  if (s.borderBottom) {
    for (const edge of ['EdgeBottom', 'InsideHorizontal'] as const) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = BORDER_COLOR;
    }
  }
}

export function applyValidation(dv: XlDataValidation, v: Validation): void {
  dv.clear();
  switch (v.type) {
    case 'list':
      dv.rule = { list: { inCellDropDown: true, source: v.values.join(',') } };
      break;
    case 'date':
      dv.rule = { date: { formula1: '1900-01-01', operator: 'GreaterThan' } };
      break;
    case 'decimal':
      dv.rule = { decimal: { formula1: v.min ?? -1e15, formula2: v.max ?? 1e15, operator: 'Between' } };
      break;
  }
  dv.ignoreBlanks = true;
  dv.errorAlert = { showAlert: true, style: 'Stop', title: '', message: '' };
  if (v.prompt) dv.prompt = { showPrompt: true, title: '', message: v.prompt };
}

function freezePanes(ws: XlWorksheet, freeze: { rows: number; columns: number }): void {
  if (freeze.rows > 0 && freeze.columns > 0)
    ws.freezePanes.freezeAt(rectAddress({ row1: 1, col1: 1, row2: freeze.rows, col2: freeze.columns }));
  else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else ws.freezePanes.freezeColumns(freeze.columns);
}
