import type { IsoDate } from '../brand';
import type { Lang, LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import type { HypothesisField } from '../layout/hypothesesSheet';
import { isNodeField, isWeekHeader, NODE_FIELD_COLUMN, TREE_HEADER_KEYS, type TreeColumnKey } from '../layout/treeColumns';
import { buildModel } from '../model/buildModel';
import { formatPath, type Locator, type NodeLocator, type SourcePath } from '../model/locate';
import { schemaProblem } from '../model/parsePlan';
import { LEVELS, PlanSchema, type Level, type Plan, type PlanKpi } from '../model/planSchema';
import type { Problem } from '../model/problem';
import type { Model } from '../model/types';
import { checksFromSettings } from '../rules/settings';
import { isBad, readBoolean, readDate, readNumber, readRawText, readText, type Read } from './cells';
import { readCalendar, type CalendarSheetInfo } from './calendarSheet';
import { reportBrokenNames, reportDamagedTargets } from './damage';
import { readHypotheses, type HypothesesSheetInfo } from './hypothesesSheet';
import { findHeaderRow, findSheet, headerMatcher } from './headers';
import { cellAt, type RawCell, type SheetData, type WorkbookData } from './workbookData';

/** Where the tree stands on its sheet, so a rebuild can write in place and keep what people added. */
export interface TreeSheetInfo {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Partial<Record<TreeColumnKey, number>>;
  /** Columns people inserted, with their header text. */
  readonly userColumns: readonly { column: number; header: string }[];
  /** Each node's row, in sheet order. */
  readonly nodeRows: readonly { id: string; row: number }[];
  /** Rows below the header that are not nodes but hold something (people's notes). */
  readonly foreignRows: readonly number[];
}

export interface ReadWorkbookResult {
  /** Null when the workbook is not a KPI Tree workbook at all. */
  readonly model: Model | null;
  readonly problems: Problem[];
  readonly lang: Lang;
  readonly locate: NodeLocator;
  readonly tree: TreeSheetInfo | null;
  /** Where the hypotheses stand (absent when the workbook was not read that far). */
  readonly hypotheses?: HypothesesSheetInfo | null;
  readonly calendar?: CalendarSheetInfo | null;
  /** The Settings sheet's name as it stands. */
  readonly settingsSheet?: string | null;
}

const REQUIRED_TREE_COLUMNS: readonly TreeColumnKey[] = ['id', 'level', 'name', 'parent'];
/** A tree header's text (either language) → its column. */
export const matchTreeHeader = headerMatcher(TREE_HEADER_KEYS);

/** Whether a sheet holds a KPI tree's header (ID, level, name, parent, in either language) in its first rows. */
export function hasTreeHeader(sheet: SheetData): boolean {
  return findHeaderRow(sheet, matchTreeHeader, REQUIRED_TREE_COLUMNS) !== null;
}

/**
 * Reads the model back from a workbook's own sheets, the source of truth: columns
 * are found by their headers (either language), rows by their ID, so people may insert
 * columns, sort, or type a new KPI at the bottom. Every problem names its cell; a
 * damaged workbook gives problems, never an exception.
 */
export function readWorkbook(data: WorkbookData, fallbackLang: Lang): ReadWorkbookResult {
  const problems: Problem[] = [];
  const report = (message: LocalizedText, cell?: string, node?: string, severity: Problem['severity'] = 'error'): void => {
    problems.push({ code: 'sheet', severity, message, cell, node });
  };
  const none: NodeLocator = () => ({});

  // The tree sheet: by name in either language, else by its header row.
  const treeSheet = findSheet(data.sheets, 'sheet.tree') ?? data.sheets.find(hasTreeHeader);
  const treeHeader = treeSheet ? findHeaderRow(treeSheet, matchTreeHeader, REQUIRED_TREE_COLUMNS) : null;
  if (treeSheet?.truncated) {
    // A host read only the top of it: a tree read from part of its rows would lose the rest.
    report({ key: 'reader.treeSheetPartial', params: { sheet: treeSheet.name } });
    return { model: null, problems, lang: fallbackLang, locate: none, tree: null };
  }
  if (!treeSheet || !treeHeader) {
    report(treeSheet ? { key: 'reader.noHeader', params: { sheet: treeSheet.name, columns: 'ID, Level, Name, Parent' } } : { key: 'reader.noTreeSheet' });
    return { model: null, problems, lang: fallbackLang, locate: none, tree: null };
  }

  const settings = readSettings(data.sheets);
  const lang: Lang = settings.values.lang === 'ja' || settings.values.lang === 'en' ? settings.values.lang : treeSheet.name === 'KPIツリー' ? 'ja' : fallbackLang;
  if (settings.sheet && settings.values.version !== undefined && Number(settings.values.version) > 1) {
    report({ key: 'reader.settingsVersion', params: { version: settings.values.version } }, settings.cell('version'));
    return { model: null, problems, lang, locate: none, tree: null };
  }
  const month = settings.values.month;
  if (month === undefined) {
    report({ key: 'reader.noSettings' }, settings.sheet ? settings.cell('month') : undefined);
    return { model: null, problems, lang, locate: none, tree: null };
  }

  // Nodes.
  const cols = treeHeader.columns;
  const tcell = (row: number, key: TreeColumnKey): RawCell | undefined => (cols[key] ? cellAt(treeSheet, row, cols[key] as number) : undefined);
  const taddr = (row: number, key: TreeColumnKey): string | undefined => (cols[key] ? sheetAddress(treeSheet.name, row, cols[key] as number) : undefined);
  const kpis: PlanKpi[] = [];
  const kpiRows: number[] = [];
  const nodeRows: { id: string; row: number }[] = [];
  const foreignRows: number[] = [];
  const typed = <T>(row: number, key: TreeColumnKey, value: Read<T>, bad: 'reader.notNumber' | 'reader.notDate' | 'reader.notBoolean', id?: string): T | undefined => {
    if (!isBad(value)) return value as T | undefined;
    report(value.bad.startsWith('#') ? { key: 'reader.errorValue', params: { error: value.bad } } : { key: bad, params: { value: value.bad } }, taddr(row, key), id);
    return undefined;
  };
  for (let row = treeHeader.row + 1; row <= treeSheet.rows.length; row++) {
    const id = readText(tcell(row, 'id'));
    const level = readText(tcell(row, 'level'));
    const nodeName = readRawText(tcell(row, 'name'));
    if (id === undefined) {
      const rowCells = treeSheet.rows[row - 1] ?? [];
      if (nodeName !== undefined && level !== undefined) report({ key: 'reader.missingId' }, taddr(row, 'id'));
      if (rowCells.some((c) => c && (c.value !== null && c.value !== '' || c.formula))) foreignRows.push(row);
      continue;
    }
    const upper = (level ?? '').toUpperCase();
    if (!(LEVELS as readonly string[]).includes(upper)) {
      report({ key: 'reader.badLevel', params: { value: level ?? '' } }, taddr(row, 'level'), id);
      foreignRows.push(row);
      continue;
    }
    if (nodeName === undefined || nodeName.trim() === '') report({ key: 'reader.missingName', params: { id } }, taddr(row, 'name'), id);
    const isKgi = upper === 'KGI';
    const target = isKgi ? typed(row, 'monthly', readNumber(tcell(row, 'monthly')), 'reader.notNumber', id) : undefined;
    const backcastCell = tcell(row, 'backcast');
    kpis.push({
      id,
      level: upper as Level,
      name: nodeName ?? '',
      parent: readText(tcell(row, 'parent')),
      unit: readText(tcell(row, 'unit')),
      target,
      backcast: isKgi ? undefined : readText(backcastCell),
      owner: readText(tcell(row, 'owner')),
      deadline: typed(row, 'deadline', readDate(tcell(row, 'deadline')), 'reader.notDate', id),
      controllable: typed(row, 'controllable', readBoolean(tcell(row, 'controllable')), 'reader.notBoolean', id),
      baseline: typed(row, 'baseline', readNumber(tcell(row, 'baseline')), 'reader.notNumber', id),
      ksf: readRawText(tcell(row, 'ksf')),
      notes: readRawText(tcell(row, 'notes')),
      capacity_per_day: typed(row, 'capacity', readNumber(tcell(row, 'capacity')), 'reader.notNumber', id),
    });
    kpiRows.push(row);
    nodeRows.push({ id, row });
  }

  // Hypotheses.
  const hyp = readHypotheses(data.sheets, treeSheet, (m, cell, node) => report(m, cell, node));
  const { hypotheses, rows: hypRows } = hyp;
  const hypSheet = hyp.info?.sheet;
  const hcol = hyp.info?.columns ?? {};
  if (hyp.info === null && kpis.some((k) => k.backcast)) report({ key: 'reader.missingHypotheses' }, undefined, undefined, 'warning');

  // The holiday list, exactly as typed.
  const calendar = readCalendar(data.sheets, (m, cell) => report(m, cell));
  const list = calendar.list;

  // What a rebuild repairs (broken formulas and names): say so.
  const weekColumns = treeHeader.others.filter((o) => isWeekHeader(o.header)).map((o) => o.column);
  const facts = kpis.map((k, i) => ({ id: k.id, row: kpiRows[i], isKgi: k.level === 'KGI', hasTarget: k.level === 'KGI' || k.backcast !== undefined }));
  const warn = (m: LocalizedText, cell?: string, node?: string): void => report(m, cell, node, 'warning');
  reportDamagedTargets(treeSheet, cols, weekColumns, facts, warn);
  reportBrokenNames(data.names, treeSheet, cols, weekColumns, facts, warn);

  const plan: Plan = {
    version: 1,
    title: settings.values.title ?? treeSheet.name,
    month,
    lang,
    calendar: { holidays: settings.values.holidays === 'none' ? 'none' : 'jp', extra_holidays: [] },
    hypotheses,
    kpis,
  };
  const locate: Locator = (path: SourcePath) => {
    const [list0, index, field] = path;
    if (list0 === 'kpis' && typeof index === 'number') {
      const name = String(field ?? 'id');
      const key = isNodeField(name) ? NODE_FIELD_COLUMN[name] : 'id';
      return { cell: taddr(kpiRows[index], key) ?? taddr(kpiRows[index], 'id') };
    }
    if (list0 === 'hypotheses' && typeof index === 'number' && hypSheet) {
      const col = hcol[(field as HypothesisField) ?? 'id'] ?? hcol.id ?? 1;
      return { cell: sheetAddress(hypSheet, hypRows[index], col) };
    }
    if (list0 === 'month' || list0 === 'title') return { cell: settings.cell(String(list0)) };
    // `checks.rules.<id>` and `checks.thresholds.<name>` are rows of the Settings sheet.
    if (list0 === 'checks') return { cell: settings.cell(path.join('.')), field: formatPath(path) };
    return { field: formatPath(path) };
  };
  // The same schema as a plan file: what the cells say must be what a plan may say.
  const checked = PlanSchema.safeParse(plan);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const p = schemaProblem(issue, plan, locate);
      if (!problems.some((q) => q.cell !== undefined && q.cell === p.cell)) problems.push(p);
    }
  }
  const built = buildModel(plan, locate);
  problems.push(...built.problems);
  const model: Model = { ...built.model, calendar: { ...built.model.calendar, list }, checks: checksFromSettings(settings.values) };
  const rowOfKpi = new Map(kpis.map((k, i) => [k.id, i]));
  const locateNode: NodeLocator = (id, field) => {
    const index = rowOfKpi.get(id);
    return index === undefined ? locate(field.split('.')) : locate(['kpis', index, field]);
  };
  return {
    model,
    problems,
    lang,
    locate: locateNode,
    hypotheses: hyp.info,
    calendar: calendar.info,
    settingsSheet: settings.sheet?.name ?? null,
    tree: {
      sheet: treeSheet.name,
      headerRow: treeHeader.row,
      columns: cols,
      userColumns: treeHeader.others.filter((o) => !isWeekHeader(o.header)),
      nodeRows,
      foreignRows,
    },
  };
}

interface SettingsRead {
  readonly sheet: SheetData | undefined;
  readonly values: { version?: string; title?: string; month?: string; holidays?: string; lang?: string; [key: string]: string | undefined };
  readonly cell: (key: string) => string | undefined;
}

/** Key/value rows of the Settings sheet: key in column A, value in column B. */
function readSettings(sheets: readonly SheetData[]): SettingsRead {
  const sheet = findSheet(sheets, 'sheet.settings');
  const values: SettingsRead['values'] = {};
  const rows = new Map<string, number>();
  if (sheet) {
    sheet.rows.forEach((cells, i) => {
      const key = readText(cells?.[0]);
      if (key === undefined || rows.has(key)) return;
      const raw = cells?.[1];
      const text = readText(raw);
      rows.set(key, i + 1);
      if (text === undefined) return;
      // A month typed as a date (Excel turns "2026-12" into 2026-12-01) is read as its month.
      const date = key === 'month' && typeof raw?.value === 'number' ? readDate(raw) : undefined;
      values[key] = date !== undefined && !isBad(date) ? (date as IsoDate).slice(0, 7) : text;
    });
  }
  return {
    sheet,
    values,
    cell: (key) => (sheet && rows.has(key) ? sheetAddress(sheet.name, rows.get(key) as number, 2) : undefined),
  };
}
