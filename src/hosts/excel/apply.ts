import { quoteSheetName } from '../../core/formula/sheetName';
import type { CellStyle, Validation, WorkbookSpec } from '../../core/layout/spec';
import { isGeneratedName } from '../xlsx/applySpec';
import type { ApplyReport, ProgressListener } from '../port';
import type { XlContext, XlDataValidation, XlNote, XlRange, XlRangeFormat, XlWorksheet } from './api';
import { rectAddress } from './areas';
import { officeFormula } from './formulaText';
import { ACTION_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, groupBySize, jsonBytes } from './payload';
import { planSheetWrite, seedBlock, type SeedCell } from './writePlan';

/**
 * Applies a WorkbookSpec inside one `Excel.run`, with the same outcome as the ExcelJS
 * host (`hosts/xlsx/applySpec.ts`): generated cells written over, input cells seeded
 * only when empty, generated names replaced, sheets ordered.
 *
 * Syncs, whatever the tree's size while the request stays under the payload budget:
 * 1. probe — which sheets and names exist;
 * 2. write — every generated cell, format, width, name, validation and conditional
 *    format, seeds where the cell is known to be empty (new sheets, cleared rows), and a
 *    read of the other input cells (calculation suspended);
 * 3. finish — seeds into the input cells that read empty, notes, one recalculation.
 * A request that would pass 4 MB is cut into several write syncs (a tree of tens of
 * thousands of nodes); 10 and 1,000 nodes take 3.
 */
export interface ApplyOptions {
  /** Cell notes need ExcelApi 1.18; without it notes are skipped and reported. */
  readonly notes: boolean;
  readonly onProgress?: ProgressListener;
  readonly requestBudget?: number;
}

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
  const warnings: string[] = [];
  let syncs = 0;

  // Sync 1: what exists.
  const worksheets = context.workbook.worksheets;
  worksheets.load(['items/name']);
  const names = context.workbook.names;
  names.load(['items/name']);
  await context.sync();
  syncs++;

  const existing = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
  const isNew = (name: string): boolean => !existing.has(name.toLowerCase());
  const plans = spec.sheets.map((s) => planSheetWrite(s, spec));
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

  // Sync 2 (or more for huge specs): everything that needs no answer from Excel.
  const ops: Op[] = [];
  const inputReads: {
    name: string;
    seeds: readonly SeedCell[];
    range: XlRange;
    origin: { row: number; col: number };
  }[] = [];
  const noteReads: { address: string; text: string; note: XlNote }[] = [];
  for (const name of sheetsAdded)
    ops.push(op(jsonBytes(name), () => proxies.set(name, worksheets.add(name))));
  // A spec of the whole workbook (it has the tree) puts its sheets first, in order, and owns
  // every generated name; a partial spec (a review tab) appends its sheets and replaces only
  // the names it brings — as the ExcelJS host does.
  const whole = spec.sheets.some((s) => s.key === 'tree');
  spec.sheets.forEach((s, i) => {
    if (whole) ops.push(op(16, () => (sheet(s.name).position = i)));
    const tab = s.tabColor;
    if (tab) ops.push(op(16, () => (sheet(s.name).tabColor = `#${tab}`)));
  });
  const nameCounts = queueNames(
    ops,
    spec,
    names.items.map((n) => n.name),
    whole,
  );

  let cellsWritten = 0;
  let seedsWritten = 0;
  for (const plan of plans) {
    const fresh = isNew(plan.name);
    const clearBelow = plan.clearBelow;
    if (!fresh && clearBelow !== undefined) {
      ops.push(
        op(64, () =>
          sheet(plan.name)
            .getRange(`${clearBelow + 1}:${MAX_ROWS}`)
            .clear('All'),
        ),
      );
    }
    for (const link of plan.links) {
      ops.push(
        op(
          jsonBytes(link),
          () => (sheet(plan.name).getRange(link.address).hyperlink = { documentReference: link.link }),
        ),
      );
    }
    for (const b of plan.blocks) {
      cellsWritten += b.cells;
      ops.push({
        bytes: b.bytes,
        queue: () => {
          const range = sheet(plan.name).getRange(rectAddress(b.rect));
          range.formulas = b.formulas;
          if (b.numberFormat) range.numberFormat = b.numberFormat;
        },
      });
    }
    // Seeds go straight in where the cell is known to be empty (a new sheet, rows just
    // cleared); elsewhere the input cells are read first and seeded in the finishing sync.
    const cleared = (s: SeedCell): boolean => fresh || (clearBelow !== undefined && s.row > clearBelow);
    const known = plan.seeds.filter(cleared);
    const unknown = plan.seeds.filter((s) => !cleared(s));
    seedsWritten += known.length;
    ops.push(...seedOps(plan.name, known));
    const region = seedBlock(unknown);
    if (region) {
      ops.push(
        op(64, () => {
          const range = sheet(plan.name).getRange(rectAddress(region.rect));
          range.load(['formulas']);
          inputReads.push({
            name: plan.name,
            seeds: unknown,
            range,
            origin: { row: region.rect.row1, col: region.rect.col1 },
          });
        }),
      );
    }
    for (const s of plan.styles) {
      for (const address of s.addresses)
        ops.push(
          op(address.length + 400, () => applyStyle(sheet(plan.name).getRanges(address).format, s.style)),
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
    if (plan.notes.length > 0 && !options.notes)
      warnings.push(`notes skipped on ${plan.name}: Excel lacks ExcelApi 1.18`);
    if (options.notes) {
      for (const n of plan.notes) {
        const key = `${quoteSheetName(plan.name)}!${n.address}`;
        if (fresh) ops.push(op(jsonBytes(n.text) + key.length, (ctx) => ctx.workbook.notes.add(key, n.text)));
        else
          ops.push(
            op(key.length, (ctx) => {
              const note = ctx.workbook.notes.getItemOrNullObject(key);
              note.load(['content']);
              noteReads.push({ address: key, text: n.text, note });
            }),
          );
      }
    }
  }

  const writeGroups = groupBySize(ops, (o) => o.bytes, budget);
  const planned = 1 + writeGroups.length + 1;
  options.onProgress?.(syncs, planned);
  for (const group of writeGroups) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const o of group) o.queue(context, sheet);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB request: bounded by payload size, not by the number of nodes (10 and 1,000 nodes: one request)
    await context.sync();
    syncs++;
    options.onProgress?.(syncs, planned);
  }

  // Sync 3: seeds where the read found nothing, notes, recalculation.
  let inputsKept = 0;
  const finish: Op[] = [];
  for (const read of inputReads) {
    const empty: SeedCell[] = [];
    for (const seed of read.seeds) {
      const current = read.range.formulas[seed.row - read.origin.row]?.[seed.col - read.origin.col];
      if (current === '' || current === null || current === undefined) empty.push(seed);
      else inputsKept++;
    }
    seedsWritten += empty.length;
    finish.push(...seedOps(read.name, empty));
  }
  for (const n of noteReads) {
    finish.push(
      op(jsonBytes(n.text), (ctx) => {
        if (n.note.isNullObject) ctx.workbook.notes.add(n.address, n.text);
        else n.note.content = n.text;
      }),
    );
  }
  const finishGroups = groupBySize(finish, (o) => o.bytes, budget);
  if (finishGroups.length === 0) finishGroups.push([]);
  const total = syncs + finishGroups.length;
  for (const [i, group] of finishGroups.entries()) {
    for (const o of group) o.queue(context, sheet);
    // Suspended calculation leaves recalculation to the caller: recalculate once, at the end.
    if (i === finishGroups.length - 1) context.application.calculate('Full');
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- as above: more than one only past 4 MB of seeds
    await context.sync();
    syncs++;
    options.onProgress?.(syncs, total);
  }

  return {
    syncs,
    requests: writeGroups.length + finishGroups.length,
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
      ops.push(op(jsonBytes(reference), (ctx) => (ctx.workbook.names.getItem(name).formula = reference)));
      counts.updated++;
    } else if (whole && isGeneratedName(name)) {
      ops.push(op(jsonBytes(name), (ctx) => ctx.workbook.names.getItem(name).delete()));
      counts.deleted++;
    }
  }
  for (const n of spec.names) {
    if (present.has(n.name.toLowerCase())) continue;
    const reference = `=${quoteSheetName(n.sheet)}!${n.range}`;
    ops.push(op(jsonBytes(reference), (ctx) => ctx.workbook.names.add(n.name, reference)));
    counts.added++;
  }
  return counts;
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
