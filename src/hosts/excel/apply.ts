import { quoteSheetName } from '../../core/formula/sheetName';
import type { CellStyle, Validation, WorkbookSpec } from '../../core/layout/spec';
import { isGeneratedName } from '../../core/reader/toolSheets';
import type { ApplyReport, ProgressListener } from '../port';
import type { XlContext, XlDataValidation, XlRangeFormat, XlWorksheet } from './api';
import { rectAddress } from './areas';
import { officeFormula } from './formulaText';
import { ACTION_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, SLAB_BUDGET_BYTES, actionBytes, groupBySize, jsonBytes, utf8Bytes } from './payload';
import { probeWorkbook } from './probe';
import type { WorkbookState } from './state';
import { isCleared, planSheetWrite, seedBlock, type SeedCell, type SheetWrite } from './writePlan';

/**
 * Applies a WorkbookSpec inside one `Excel.run`, with the same outcome as the ExcelJS
 * host (`hosts/xlsx/applySpec.ts`): generated cells written over, input cells seeded
 * only when empty, notes set or added, generated names replaced, sheets ordered.
 *
 * A command first learns what the write depends on — which sheets and names exist,
 * which input cells hold something, where notes are (`WorkbookState`) — and then writes
 * everything in one request:
 * - `update` has read the whole workbook already and passes it as `known`: the write is
 *   its third sync;
 * - a plain `apply` probes (`probe.ts`: the sheet list, names and notes, then the input
 *   cells it would seed and the notes' cells — skipped for a fresh build) and then writes:
 *   2 or 3 syncs.
 * The write sync carries every generated cell, format, width, name, validation and
 * conditional format, the seeds of the input cells that read empty, the notes, and one
 * full recalculation, with calculation suspended for the request.
 *
 * A write request that would pass 4 MB is cut into several write syncs, so the count is
 * bounded by the payload, not by the number of nodes, sheets or styles: 10 and 1,000
 * nodes take one write request; a tree of tens of thousands of nodes takes more.
 */
export interface ApplyOptions {
  /** Cell notes need ExcelApi 1.18; without it notes are skipped and reported. */
  readonly notes: boolean;
  readonly onProgress?: ProgressListener;
  readonly requestBudget?: number;
  /** What the command has read already (`update`): no probe, the write goes out in the next sync. */
  readonly known?: WorkbookState;
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
  const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
  const plans = spec.sheets.map((s) => planSheetWrite(s, spec, Math.min(SLAB_BUDGET_BYTES, budget / 4)));
  const state = options.known ?? (await probeWorkbook(context, plans, { notes: options.notes }));
  return writeWorkbookSpec(context, spec, plans, state, options);
}

/** The write: everything queued from what `state` says, cut into requests under the budget. */
async function writeWorkbookSpec(
  context: XlContext,
  spec: WorkbookSpec,
  plans: readonly SheetWrite[],
  state: WorkbookState,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
  const warnings: string[] = [];
  const worksheets = context.workbook.worksheets;
  const existing = new Set(state.sheets.map((name) => name.toLowerCase()));
  const isNew = (name: string): boolean => !existing.has(name.toLowerCase());
  const sheetsAdded = plans.filter((p) => isNew(p.name)).map((p) => p.name);

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
  for (const name of sheetsAdded)
    ops.push(op(jsonBytes(name), () => proxies.set(name, worksheets.add(name))));
  // A spec of the whole workbook (it has the tree) puts its sheets first, in order, and owns
  // every generated name; a partial spec (a review tab) appends its sheets and replaces only
  // the names it brings — as the ExcelJS host does.
  const whole = spec.sheets.some((s) => s.key === 'tree');
  spec.sheets.forEach((s, i) => {
    if (whole) ops.push(op(actionBytes(s.name, 'position', i), () => (sheet(s.name).position = i)));
    const tab = s.tabColor;
    if (tab) ops.push(op(actionBytes(s.name, 'tabColor', `#${tab}`), () => (sheet(s.name).tabColor = `#${tab}`)));
  });
  const nameCounts = queueNames(ops, spec, state.names, whole);

  let cellsWritten = 0;
  let seedsWritten = 0;
  let inputsKept = 0;
  for (const plan of plans) {
    const fresh = isNew(plan.name);
    const clearBelow = plan.clearBelow;
    if (!fresh && clearBelow !== undefined) {
      ops.push(
        op(64, () => {
          const below = sheet(plan.name).getRange(`${clearBelow + 1}:${MAX_ROWS}`);
          below.unmerge();
          below.clear('All');
        }),
      );
    }
    for (const link of plan.links) {
      const hyperlink = { documentReference: link.link };
      ops.push(
        op(actionBytes(`${plan.name}!${link.address}`, 'hyperlink', hyperlink), () => (sheet(plan.name).getRange(link.address).hyperlink = hyperlink)),
      );
    }
    for (const b of plan.blocks) {
      cellsWritten += b.cells;
      // What the block sends exactly: its formulas and number formats, each a set of its own.
      const label = `${plan.name}!${rectAddress(b.rect)}`;
      const bytes =
        actionBytes(label, 'formulas', b.formulas) +
        (b.numberFormat ? actionBytes(label, 'numberFormat', b.numberFormat) + ACTION_OVERHEAD_BYTES : 0) +
        (fresh ? 0 : actionBytes(label, 'unmerge', []) + ACTION_OVERHEAD_BYTES);
      ops.push({
        bytes: bytes + ACTION_OVERHEAD_BYTES,
        queue: () => {
          const range = sheet(plan.name).getRange(rectAddress(b.rect));
          // Cells people merged by hand over what the tool writes are split first, as the
          // ExcelJS host does: a write must not land on a merged area's top-left cell.
          if (!fresh) range.unmerge();
          range.formulas = b.formulas;
          if (b.numberFormat) range.numberFormat = b.numberFormat;
        },
      });
    }
    // An input cell gets its seed only where it is known to be empty: a new sheet, a row
    // cleared first, or a cell the command read empty.
    const seeds = plan.seeds.filter(
      (s) => fresh || isCleared(plan, s.row) || !state.holds(plan.name, s.row, s.col),
    );
    seedsWritten += seeds.length;
    inputsKept += plan.seeds.length - seeds.length;
    ops.push(...seedOps(plan.name, seeds));
    for (const s of plan.styles) {
      for (const address of s.addresses)
        ops.push(
          // Every property set is an action of its own, each carrying the (long) areas address.
          op(styleActions(s.style) * (utf8Bytes(address) + ACTION_OVERHEAD_BYTES), () => applyStyle(sheet(plan.name).getRanges(address).format, s.style)),
        );
    }
    for (const w of plan.widths)
      ops.push(op(64, () => (sheet(plan.name).getRange(w.address).format.columnWidth = w.points)));
    const freeze = plan.freeze;
    if (freeze && (freeze.rows > 0 || freeze.columns > 0))
      ops.push(op(64, () => freezePanes(sheet(plan.name), freeze)));
    for (const v of plan.validations)
      ops.push(
        op(jsonBytes(v) + 400, () => applyValidation(sheet(plan.name).getRange(v.range).dataValidation, v)),
      );
    // Conditional formats are the tool's: replace rather than pile up on rebuild.
    if (plan.conditionalFormats.length > 0)
      ops.push(op(64, () => sheet(plan.name).getRange().conditionalFormats.clearAll()));
    for (const cf of plan.conditionalFormats) {
      const formula = officeFormula(cf.formula);
      ops.push(
        op(jsonBytes(formula) + 300, () => {
          const custom = sheet(plan.name).getRange(cf.range).conditionalFormats.add('Custom').custom;
          custom.rule.formula = formula;
          if (cf.style.fill) custom.format.fill.color = `#${cf.style.fill}`;
          if (cf.style.color) custom.format.font.color = `#${cf.style.color}`;
          if (cf.style.bold !== undefined) custom.format.font.bold = cf.style.bold;
        }),
      );
    }
    const notes = state.notes;
    if (notes === null) {
      if (plan.notes.length > 0) warnings.push(`notes skipped on ${plan.name}: Excel lacks ExcelApi 1.18`);
      continue;
    }
    for (const n of plan.notes) {
      // A note on a cell that is cleared first is gone by the time the note is written.
      const current = fresh || isCleared(plan, n.row) ? undefined : notes.at(plan.name, n.row, n.col);
      if (current === undefined) {
        const key = `${quoteSheetName(plan.name)}!${n.address}`;
        ops.push(op(jsonBytes(n.text) + key.length, (ctx) => ctx.workbook.notes.add(key, n.text)));
      } else if (current.content !== n.text) {
        ops.push(op(jsonBytes(n.text), () => (current.note.content = n.text)));
      }
    }
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

  return {
    syncs,
    requests: groups.length,
    sheetsAdded,
    cellsWritten,
    seedsWritten,
    inputsKept,
    names: nameCounts,
    warnings,
  };
}

function seedOps(sheetName: string, seeds: readonly SeedCell[]): Op[] {
  const block = seedBlock(seeds);
  if (!block) return [];
  return [
    op(
      jsonBytes(block.formulas),
      (_ctx, sheet) => (sheet(sheetName).getRange(rectAddress(block.rect)).formulas = block.formulas),
    ),
  ];
}

/**
 * Generated names (DESIGN.md §4) are the tool's: one in the spec is re-pointed if it
 * exists (which keeps formulas that use it linked) or added; with a whole-workbook spec a
 * generated name the spec no longer has is deleted. Names people defined are left alone.
 */
function queueNames(
  ops: Op[],
  spec: WorkbookSpec,
  existing: readonly string[],
  whole: boolean,
): ApplyReport['names'] {
  const wanted = new Map(spec.names.map((n) => [n.name.toLowerCase(), n]));
  const present = new Set<string>();
  const counts = { added: 0, updated: 0, deleted: 0 };
  for (const name of existing) {
    const target = wanted.get(name.toLowerCase());
    if (target) {
      present.add(name.toLowerCase());
      const reference = `=${quoteSheetName(target.sheet)}!${target.range}`;
      ops.push(op(actionBytes(`names/${name}`, 'formula', reference), (ctx) => (ctx.workbook.names.getItem(name).formula = reference)));
      counts.updated++;
    } else if (whole && isGeneratedName(name)) {
      ops.push(op(actionBytes(`names/${name}`, 'delete', []), (ctx) => ctx.workbook.names.getItem(name).delete()));
      counts.deleted++;
    }
  }
  for (const n of spec.names) {
    if (present.has(n.name.toLowerCase())) continue;
    const reference = `=${quoteSheetName(n.sheet)}!${n.range}`;
    ops.push(op(actionBytes('names', 'add', [n.name, reference]), (ctx) => ctx.workbook.names.add(n.name, reference)));
    counts.added++;
  }
  return counts;
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
