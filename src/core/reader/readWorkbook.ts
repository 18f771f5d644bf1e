import type { IsoDate } from '../brand';
import { parseIsoMonth } from '../calendar/date';
import type { Lang, LocalizedText } from '../i18n';
import { sheetAddress } from '../layout/a1';
import type { HypothesisField } from '../layout/hypothesesSheet';
import { isMemberField } from '../layout/memberColumns';
import { isNodeField, isWeekHeader, type TreeColumnKey } from '../layout/treeColumns';
import { buildModel } from '../model/buildModel';
import { formatPath, nodeLocator, type Locator, type NodeLocator, type SourcePath } from '../model/locate';
import { schemaProblem } from '../model/planData';
import { checkPlan } from '../model/planCheck';
import type { Plan } from '../model/planSchema';
import type { Problem } from '../model/problem';
import type { Model } from '../model/types';
import { checksFromSettings } from '../rules/settings';
import { CALIBRATE_KEYS, COVERAGE_KEY, OUTLOOK_KEYS } from '../workbook/settingsSheet';
import { isBad, readDate, readNumber, readText } from './cells';
import { readCalendar, type CalendarSheetInfo } from './calendarSheet';
import { reportBrokenNames, reportDamagedTargets } from './damage';
import { readHypotheses, type HypothesesRead, type HypothesesSheetInfo } from './hypothesesSheet';
import { readMilestones, type MilestonesSheetInfo } from './milestonesSheet';
import { readMemberSheet, type MemberSheetInfo, type MemberSheetRead } from './memberSheet';
import { findSheet, type HeaderRow } from './headers';
import { findTree, readTreeRows, type TreeRows } from './treeSheet';
import type { SheetData, WorkbookData } from './workbookData';

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
  /** Where the member table stands; null when the workbook has no member sheet. */
  readonly members?: MemberSheetInfo | null;
  /** The Settings sheet's name as it stands. */
  readonly settingsSheet?: string | null;
  /** Where the Milestones sheet stands; null when the workbook has none. */
  readonly milestones?: MilestonesSheetInfo | null;
}

type Report = (message: LocalizedText, cell?: string, node?: string, severity?: Problem['severity']) => void;

/**
 * Reads the model back from a workbook's own sheets, the source of truth: columns
 * are found by their headers (either language), rows by their ID, so people may insert
 * columns, sort, or type a new KPI at the bottom. Every problem names its cell; a
 * damaged workbook gives problems, never an exception.
 */
export function readWorkbook(data: WorkbookData, fallbackLang: Lang): ReadWorkbookResult {
  const problems: Problem[] = [];
  const report: Report = (message, cell, node, severity = 'error') => {
    problems.push({ code: 'sheet', severity, message, cell, node });
  };
  const noModel = (lang: Lang): ReadWorkbookResult => ({ model: null, problems, lang, locate: () => ({}), tree: null });

  const tree = findTree(data.sheets, report);
  if (tree === null) return noModel(fallbackLang);
  const settings = readSettings(data.sheets);
  const lang: Lang = settings.values.lang === 'ja' || settings.values.lang === 'en' ? settings.values.lang : tree.sheet.name === 'KPIツリー' ? 'ja' : fallbackLang;
  if (settings.sheet && settings.values.version !== undefined && Number(settings.values.version) > 1) {
    report({ key: 'reader.settingsVersion', params: { version: settings.values.version } }, settings.cell('version'));
    return noModel(lang);
  }
  const month = settings.values.month;
  if (month === undefined) {
    report({ key: 'reader.noSettings' }, settings.sheet ? settings.cell('month') : undefined);
    return noModel(lang);
  }

  const nodes = readTreeRows(tree.sheet, tree.header, report);
  const hypotheses = readHypotheses(data.sheets, tree.sheet, (m, cell, node) => report(m, cell, node));
  if (hypotheses.info === null && nodes.kpis.some((k) => k.backcast)) report({ key: 'reader.missingHypotheses' }, undefined, undefined, 'warning');
  const hypothesisIds = new Set([...hypotheses.hypotheses.map((h) => h.id), ...(hypotheses.info?.hypothesisRows.map((h) => h.id) ?? [])]);
  const hypothesesSheet = data.sheets.find((s) => s.name === hypotheses.info?.sheet);
  const members = readMemberSheet(data.sheets, hypothesesSheet ? [tree.sheet, hypothesesSheet] : [tree.sheet], hypothesisIds, new Set(nodes.kpis.map((k) => k.id)), (m, cell) => report(m, cell));
  // The holiday list, exactly as typed (renewed when the month was changed since the sheet was written).
  const holidays = settings.values.holidays === 'none' ? 'none' : 'jp';
  const calendar = readCalendar(data.sheets, (m, cell, severity) => report(m, cell, undefined, severity), { month: parseIsoMonth(month), holidays, lang });
  reportRepairs(data, tree, nodes, report);
  const milestones = readMilestones(data.sheets, (m, cell) => report(m, cell, undefined, 'warning'));

  const plan: Plan = {
    version: 1,
    title: settings.values.title ?? tree.sheet.name,
    month,
    lang,
    calendar: { holidays, extra_holidays: [] },
    hypotheses: hypotheses.hypotheses,
    kpis: nodes.kpis,
    members: members.members,
  };
  const locate = workbookLocator(nodes, hypotheses, members, settings);
  problems.push(...schemaProblems(plan, locate, problems));
  const built = buildModel(plan, locate);
  // A hypothesis whose value cell has a problem is not unknown to the backcasts that use it: one problem, at its cell.
  const unread = new Set(hypotheses.info?.hypothesisRows.map((h) => h.id).filter((id) => !hypotheses.hypotheses.some((h) => h.id === id)));
  problems.push(...built.problems.filter((p) => !(p.message.key === 'plan.unknownName' && unread.has(String(p.message.params?.name)))));
  const model: Model = { ...built.model, calendar: { ...built.model.calendar, list: calendar.list }, checks: checksFromSettings(settings.values), outlook: readOutlook(settings, report), calibration: readCalibration(settings, report), milestones: {
    ...readCoverage(settings, report),
    // The numbers typed are the month's the sheet was laid out for: a month changed since leaves them behind.
    ...(milestones.month === undefined || milestones.month === month ? { inputs: milestones.inputs } : {}),
  } };
  return {
    model,
    problems,
    lang,
    locate: nodeLocator(nodes.kpis, locate, members.members),
    hypotheses: hypotheses.info,
    members: members.info,
    calendar: calendar.info,
    settingsSheet: settings.sheet?.name ?? null,
    milestones: milestones.info,
    tree: {
      sheet: tree.sheet.name,
      headerRow: tree.header.row,
      columns: tree.header.columns,
      userColumns: tree.header.others.filter((o) => !isWeekHeader(o.header)),
      nodeRows: nodes.nodeRows,
      foreignRows: nodes.foreignRows,
    },
  };
}

/** What a rebuild repairs (broken formulas and names): the person is told, as warnings. */
function reportRepairs(data: WorkbookData, tree: { sheet: SheetData; header: HeaderRow<TreeColumnKey> }, nodes: TreeRows, report: Report): void {
  const weekColumns = tree.header.others.filter((o) => isWeekHeader(o.header)).map((o) => o.column);
  const facts = nodes.kpis.map((k, i) => {
    const typedTarget = k.level === 'KGI' || (k.level === 'KCI' && k.backcast === undefined && k.target !== undefined);
    return { id: k.id, row: nodes.kpiRows[i], typedTarget, hasTarget: typedTarget || k.backcast !== undefined };
  });
  const warn = (m: LocalizedText, cell?: string, node?: string): void => report(m, cell, node, 'warning');
  reportDamagedTargets(tree.sheet, tree.header.columns, weekColumns, facts, warn);
  reportBrokenNames(data.names, tree.sheet, tree.header.columns, weekColumns, facts, warn);
}

/** Plan paths → the workbook's cells: a node's field on the tree, a hypothesis, a setting. */
function workbookLocator(nodes: TreeRows, hypotheses: HypothesesRead, members: MemberSheetRead, settings: SettingsRead): Locator {
  const hypSheet = hypotheses.info?.sheet;
  const hcol = hypotheses.info?.columns ?? {};
  return (path: SourcePath) => {
    const [list0, index, field] = path;
    if (list0 === 'kpis' && typeof index === 'number') {
      const name = String(field ?? 'id');
      const row = nodes.kpiRows[index];
      return { cell: nodes.address(row, isNodeField(name) ? name : 'id') ?? nodes.address(row, 'id') };
    }
    if (list0 === 'hypotheses' && typeof index === 'number' && hypSheet) {
      const col = hcol[(field as HypothesisField) ?? 'id'] ?? hcol.id ?? 1;
      return { cell: sheetAddress(hypSheet, hypotheses.rows[index], col) };
    }
    if (list0 === 'members' && typeof index === 'number' && members.info) {
      const info = members.info;
      const column = field === 'hypotheses' ? info.overrideColumns.get(String(path[3])) : isMemberField(String(field)) ? info.columns[field as keyof typeof info.columns] : undefined;
      return { cell: sheetAddress(info.sheet, members.rows[index], column ?? info.columns.id ?? 1) };
    }
    if (list0 === 'month' || list0 === 'title') return { cell: settings.cell(String(list0)) };
    // `checks.rules.<id>` and `checks.thresholds.<name>` are rows of the Settings sheet.
    if (list0 === 'checks') return { cell: settings.cell(path.join('.')), field: formatPath(path) };
    return { field: formatPath(path) };
  };
}

/**
 * The same schema as a plan file: what the cells say must be what a plan may say. A cell
 * that already has a problem (`found`) gets no second one.
 */
function schemaProblems(plan: Plan, locate: Locator, found: readonly Problem[]): Problem[] {
  const checked = checkPlan(plan);
  const out: Problem[] = [];
  if (checked.success) return out;
  for (const issue of checked.error.issues) {
    const p = schemaProblem(issue, plan, locate);
    if (![...found, ...out].some((q) => q.cell !== undefined && q.cell === p.cell)) out.push(p);
  }
  return out;
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

/** The review's outlook thresholds typed on the Settings sheet; one that is not a positive share is reported and left out. */
function readOutlook(settings: SettingsRead, report: Report): Model['outlook'] {
  const out: { onTrack?: number; atRisk?: number } = {};
  for (const key of ['onTrack', 'atRisk'] as const) {
    const text = settings.values[OUTLOOK_KEYS[key]];
    if (text === undefined) continue;
    const n = readNumber({ value: text });
    if (typeof n === 'number' && n > 0) out[key] = n;
    else report({ key: 'reader.notShare', params: { value: text } }, settings.cell(OUTLOOK_KEYS[key]), undefined, 'warning');
  }
  return out;
}

/** When an observed rate is trusted (Settings): a sample size of at least 1, an interval width above 0 and at most 1; another value is reported and left out. */
function readCalibration(settings: SettingsRead, report: Report): Model['calibration'] {
  const out: { minSample?: number; maxWidth?: number } = {};
  for (const key of ['minSample', 'maxWidth'] as const) {
    const text = settings.values[CALIBRATE_KEYS[key]];
    if (text === undefined) continue;
    const n = readNumber({ value: text });
    const ok = typeof n === 'number' && (key === 'minSample' ? n >= 1 : n > 0 && n <= 1);
    if (ok) out[key] = n;
    else
      report(
        { key: key === 'minSample' ? 'reader.notSampleSize' : 'reader.notShare', params: { value: text } },
        settings.cell(CALIBRATE_KEYS[key]),
        undefined,
        'warning',
      );
  }
  return out;
}

/** The day-10 milestone's coverage multiple typed on the Settings sheet; one that is not a positive number is reported and left out. */
function readCoverage(settings: SettingsRead, report: Report): { coverage?: number } {
  const text = settings.values[COVERAGE_KEY];
  if (text === undefined) return {};
  const n = readNumber({ value: text });
  if (typeof n === 'number' && n > 0) return { coverage: n };
  report({ key: 'reader.notMultiple', params: { value: text } }, settings.cell(COVERAGE_KEY), undefined, 'warning');
  return {};
}
