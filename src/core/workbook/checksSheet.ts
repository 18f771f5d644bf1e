import { bin, call, num, ref, str, type Formula } from '../formula/ast';
import { someNode } from '../formula/walk';
import { render, t, type Lang } from '../i18n';
import { countBySeverity } from '../rules/lint';
import { ruleName, severityLabel } from '../rules/report';
import type { Finding, RuleSeverity } from '../rules/types';
import { a1, columnLetter, parseA1, parseSheetAddress, sheetAddress } from '../layout/a1';
import { sheetHeight, valueAt, type Cell, type ConditionalFormat, type SheetSpec, type StyleKey, type TableColumn, type WorkbookSpec } from '../layout/spec';
import { collectStyles } from '../layout/styles';
import { TREE, treeColumns } from '../layout/treeColumns';

/** The Checks sheet: one row per finding, from `firstRow`. */
export const CHECKS = {
  titleRow: 1,
  subtitleRow: 2,
  headerRow: 4,
  firstRow: 5,
  col: { severity: 1, rule: 2, node: 3, name: 4, message: 5, cell: 6, fix: 7 },
} as const;

const CHECKS_COLUMNS = 7;
/** Excel's own "bad" and "neutral" cell styles. */
const MARK: Readonly<Record<'error' | 'warning', ConditionalFormat['style']>> = {
  error: { fill: 'FFC7CE', color: '9C0006' },
  warning: { fill: 'FFEB9C', color: '9C5700' },
};
const TAB: Readonly<Record<RuleSeverity | 'none', string>> = { error: 'C00000', warning: 'FFC000', info: '5B9BD5', none: '70AD47' };

/** What the tree sheet spec says about its nodes: row, id and name, read from the spec itself. */
interface TreeRow {
  readonly row: number;
  readonly id: string;
  readonly name: string | undefined;
}

function treeRows(tree: SheetSpec): TreeRow[] {
  const { col } = treeColumns(0);
  const out: TreeRow[] = [];
  const height = sheetHeight(tree);
  for (let r = TREE.firstRow; r <= height; r++) {
    const id = valueAt(tree, r, col.id);
    if (typeof id !== 'string' || id === '') continue;
    const name = valueAt(tree, r, col.name);
    out.push({ row: r, id, name: typeof name === 'string' ? name : undefined });
  }
  return out;
}

/** Each check's name and each severity's label in a language, looked up once per list. */
function labels(lang: Lang): { readonly rule: (rule: string) => string; readonly severity: (severity: RuleSeverity) => string } {
  const rules = new Map<string, string>();
  const severities = new Map<RuleSeverity, string>();
  return {
    rule: (rule) => {
      let name = rules.get(rule);
      if (name === undefined) rules.set(rule, (name = ruleName(lang, rule)));
      return name;
    },
    severity: (severity) => {
      let label = severities.get(severity);
      if (label === undefined) severities.set(severity, (label = severityLabel(lang, severity)));
      return label;
    },
  };
}

/** The title the settings sheet records, else the tree sheet's name. */
function planTitle(spec: WorkbookSpec, tree: SheetSpec | undefined): string {
  const settings = spec.sheets.find((s) => s.key === 'settings');
  const row = settings?.rows.find((r) => r[0]?.v === 'title');
  const title = row?.[1]?.v;
  return typeof title === 'string' ? title : (tree?.name ?? '');
}

/** The Checks sheet: severity, rule, node, message, and the cell as a link to it. */
export function layoutChecksSheet(findings: readonly Finding[], lang: Lang, options: { title: string; nameOf?: (id: string) => string | undefined }): SheetSpec {
  const C = CHECKS.col;
  const blank = (): (Cell | null)[] => new Array<Cell | null>(CHECKS_COLUMNS).fill(null);
  const counts = countBySeverity(findings);
  const rows: (Cell | null)[][] = [];
  const title = blank();
  title[0] = { v: t(lang, 'rules.sheet.title', { title: options.title }), s: 'title' };
  const subtitle = blank();
  subtitle[0] = { v: t(lang, 'rules.sheet.subtitle', { errors: counts.error, warnings: counts.warning, infos: counts.info }), s: 'subtitle' };
  const header: (Cell | null)[] = [
    { v: t(lang, 'rules.sheet.col.severity'), s: 'header' },
    { v: t(lang, 'rules.sheet.col.rule'), s: 'header' },
    { v: t(lang, 'rules.sheet.col.node'), s: 'header' },
    { v: t(lang, 'rules.sheet.col.name'), s: 'header' },
    { v: t(lang, 'rules.sheet.col.message'), s: 'header' },
    { v: t(lang, 'rules.sheet.col.cell'), s: 'header' },
    { v: t(lang, 'rules.sheet.col.fix'), s: 'header' },
  ];
  rows.push(title, subtitle, blank(), header);

  const label = labels(lang);
  for (const f of findings) {
    const cells = blank();
    const set = (c: number, cell: Cell): void => {
      cells[c - 1] = cell;
    };
    set(C.severity, { v: label.severity(f.severity), s: 'label' });
    set(C.rule, { v: label.rule(f.rule), s: 'text' });
    set(C.node, { v: f.node, s: 'id' });
    set(C.name, { v: (f.node !== null ? options.nameOf?.(f.node) : undefined) ?? null, s: 'text' });
    set(C.message, { v: render(lang, f.message), s: 'text' });
    set(C.cell, f.cell ? { v: f.cell, link: f.cell, s: 'text' } : { v: null });
    const fix = f.fix ? render(lang, f.fix.description) : null;
    set(C.fix, { v: fix !== null && f.fix?.safe ? t(lang, 'rules.sheet.safeFix', { description: fix }) : fix, s: 'muted' });
    rows.push(cells);
  }
  if (findings.length === 0) {
    const none = blank();
    none[0] = { v: t(lang, 'rules.sheet.none'), s: 'muted' };
    rows.push(none);
  }
  const last = CHECKS.firstRow + Math.max(findings.length, 1) - 1;
  const severityCell = ref(`$${columnLetter(C.severity)}${CHECKS.firstRow}`);
  const worst: RuleSeverity | 'none' = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : counts.info > 0 ? 'info' : 'none';
  return {
    key: 'checks',
    name: t(lang, 'sheet.checks'),
    rows,
    widths: [10, 24, 16, 24, 90, 18, 48],
    freeze: { rows: CHECKS.headerRow, columns: 0 },
    // The sheet is the tool's alone: an older, longer list leaves nothing behind.
    clearBelow: CHECKS.headerRow,
    validations: [],
    conditionalFormats:
      findings.length === 0
        ? []
        : (['error', 'warning'] as const).map((severity) => ({
            range: `${a1(CHECKS.firstRow, C.severity)}:${a1(last, C.severity)}`,
            formula: bin('=', severityCell, str(severityLabel(lang, severity))),
            style: MARK[severity],
          })),
    tabColor: TAB[worst],
  };
}

/** The checks cell of a row without findings: one for every such row, as a spec's cells are never changed. */
const NO_MARK: Cell = { v: null, s: 'text' };

/** What the tree sheet gains: a checks column (the names of the checks each row fails) and the row marks. */
export interface TreeChecksMarks {
  readonly column: number;
  readonly header: Cell;
  /** The checks cell at its row number; every node row has one, empty when it has no finding, so old marks go. */
  readonly cells: readonly (Cell | undefined)[];
  readonly conditionalFormats: readonly ConditionalFormat[];
}

/**
 * The checks column and the conditional formats for the tree sheet. A row is marked
 * when the Checks sheet lists an error (or a warning) for its id, so the marks follow
 * the list the workbook holds.
 */
export function treeChecksMarks(findings: readonly Finding[], lang: Lang, tree: SheetSpec, checksSheet: string, nodes: readonly TreeRow[] = treeRows(tree)): TreeChecksMarks {
  const headerRow = tree.rows[TREE.headerRow - 1] ?? [];
  const headers = new Set([t('en', 'sheet.tree.col.checks'), t('ja', 'sheet.tree.col.checks')]);
  const existing = headerRow.findIndex((c) => typeof c?.v === 'string' && headers.has(c.v));
  const column = existing >= 0 ? existing + 1 : headerRow.length + 1;

  const rulesOf = new Map<string, string[]>();
  for (const f of findings) {
    if (f.node === null) continue;
    const list = rulesOf.get(f.node) ?? [];
    if (!list.includes(f.rule)) list.push(f.rule);
    rulesOf.set(f.node, list);
  }
  const cells = new Array<Cell | undefined>(sheetHeight(tree) + 1);
  const label = labels(lang);
  const separator = t(lang, 'rules.sheet.nameSeparator');
  for (const n of nodes) {
    const rules = rulesOf.get(n.id);
    cells[n.row] = rules ? { v: rules.map(label.rule).join(separator), s: 'text' } : NO_MARK;
  }

  const conditionalFormats: ConditionalFormat[] = [];
  const counts = countBySeverity(findings);
  if (nodes.length > 0 && counts.error + counts.warning > 0) {
    const first = nodes[0].row;
    const lastRow = nodes[nodes.length - 1].row;
    const lastFinding = CHECKS.firstRow + findings.length - 1;
    const listed = (c: number): Formula => ref(`$${columnLetter(c)}$${CHECKS.firstRow}:$${columnLetter(c)}$${lastFinding}`, checksSheet);
    const id = ref(`$${columnLetter(treeColumns(0).col.id)}${first}`);
    const count = (severity: RuleSeverity): Formula =>
      call('COUNTIFS', listed(CHECKS.col.node), id, listed(CHECKS.col.severity), str(severityLabel(lang, severity)));
    const range = `${a1(first, 1)}:${a1(lastRow, column)}`;
    const present = bin('<>', id, str(''));
    if (counts.error > 0) conditionalFormats.push({ range, formula: call('AND', present, bin('>', count('error'), num(0))), style: MARK.error });
    if (counts.warning > 0) {
      conditionalFormats.push({ range, formula: call('AND', present, bin('>', count('warning'), num(0)), bin('=', count('error'), num(0))), style: MARK.warning });
    }
  }
  return { column, header: { v: t(lang, 'sheet.tree.col.checks'), s: 'header' }, cells, conditionalFormats };
}

/**
 * The tree's rows and table with the checks column: a table gets it as one more column
 * (in place of the one it may have there); a row of `rows` with a mark is copied with it.
 * Only the rows with a mark change; a row without one ends before the checks column,
 * which a host reads as cells the tool does not own (the same as null).
 */
function withMarks(sheet: SheetSpec, marks: TreeChecksMarks): Pick<SheetSpec, 'rows' | 'table'> {
  const table = sheet.table;
  const inTable = (row: number): boolean => table !== undefined && row >= table.firstRow && row < table.firstRow + table.length;
  const rows = sheet.rows.map((r, i) => {
    const row = i + 1;
    const cell = row === TREE.headerRow ? marks.header : inTable(row) ? undefined : marks.cells[row];
    if (cell === undefined) return r;
    // Made at its full length at once: a row grown cell by cell is copied as it grows.
    const next = new Array<Cell | null>(Math.max(r.length, marks.column));
    for (let c = 0; c < next.length; c++) next[c] = c < r.length ? r[c] : null;
    next[marks.column - 1] = cell;
    return next;
  });
  if (table === undefined) return { rows };
  const cells = new Array<Cell | null>(table.length);
  for (let at = 0; at < table.length; at++) cells[at] = marks.cells[table.firstRow + at] ?? null;
  const column: TableColumn = { kind: 'cells', col: marks.column, cells };
  const columns = [...table.columns.filter((c) => c.col !== marks.column), column].sort((a, b) => a.col - b.col);
  return { rows, table: { ...table, columns } };
}

/**
 * Cells are computed with the sheets' default names; a rebuild keeps the names people
 * gave the sheets (`rebuild`), so addresses are pointed at the names the spec uses.
 * The renames are read from the spec once; the function returned moves each finding.
 */
export function onSheetsOf(spec: WorkbookSpec): (f: Finding) => Finding {
  const actual = new Map<string, string>();
  for (const s of spec.sheets) {
    const key = s.key === 'tree' ? 'sheet.tree' : s.key === 'hypotheses' ? 'sheet.hypotheses' : s.key === 'members' ? 'sheet.members' : undefined;
    if (key === undefined) continue;
    for (const l of ['en', 'ja'] as const) if (t(l, key) !== s.name) actual.set(t(l, key), s.name);
  }
  if (actual.size === 0) return (f) => f;
  // An address can only be on a renamed sheet when it starts with that sheet's name (quoted or not).
  const prefixes = [...actual.keys()].flatMap((name) => [`'${name.replace(/'/g, "''")}'!`, `${name}!`]);
  const mayMove = (cell: string | undefined): boolean => cell !== undefined && prefixes.some((p) => cell.startsWith(p));
  return (f) => (mayMove(f.cell) || mayMove(f.fix?.cell) ? movedTo(actual, f) : f);
}

function movedTo(actual: ReadonlyMap<string, string>, f: Finding): Finding {
  const move = (cell: string | undefined): string | undefined => {
    const at = cell === undefined ? null : parseSheetAddress(cell);
    const to = at === null ? undefined : actual.get(at.sheet);
    const p = at === null ? null : parseA1(at.address);
    return to === undefined || p === null ? cell : sheetAddress(to, p.row, p.column);
  };
  const cell = move(f.cell);
  const fix = f.fix && { ...f.fix, cell: move(f.fix.cell) };
  return { ...f, ...(cell !== undefined ? { cell } : {}), ...(fix ? { fix } : {}) };
}

function referencesSheet(f: Formula, sheets: ReadonlySet<string>): boolean {
  return someNode(f, (node) => node.kind === 'ref' && node.sheet !== undefined && sheets.has(node.sheet));
}

/** The names of the nodes the findings are about, as the tree sheet shows them; only those are looked up. */
function namesOf(rows: readonly TreeRow[], findings: readonly Finding[]): (id: string) => string | undefined {
  const names = new Map<string, string | undefined>();
  for (const f of findings) if (f.node !== null) names.set(f.node, undefined);
  for (const r of rows) if (names.has(r.id)) names.set(r.id, r.name);
  return (id) => names.get(id);
}

/**
 * The workbook with its checks: the Checks sheet (after the tree), the checks column on
 * the tree sheet and the conditional formats marking rows with errors and warnings.
 * Pure, and idempotent: marks from an earlier call are replaced, not added to. Only
 * generated cells are touched; input cells keep what people typed.
 */
export function withChecks(spec: WorkbookSpec, allFindings: readonly Finding[], lang: Lang): WorkbookSpec {
  const checksNames = new Set([t('en', 'sheet.checks'), t('ja', 'sheet.checks')]);
  const tree = spec.sheets.find((s) => s.key === 'tree');
  const findings = tree ? allFindings.map(onSheetsOf(spec)) : allFindings;
  const rowsOfTree = tree ? treeRows(tree) : [];
  const checks = layoutChecksSheet(findings, lang, { title: planTitle(spec, tree), nameOf: namesOf(rowsOfTree, findings) });

  const sheets: SheetSpec[] = [];
  for (const sheet of spec.sheets) {
    if (sheet.key === 'checks') continue;
    if (sheet.key !== 'tree') {
      sheets.push(sheet);
      continue;
    }
    const marks = treeChecksMarks(findings, lang, sheet, checks.name, sheet === tree ? rowsOfTree : undefined);
    const { rows, table } = withMarks(sheet, marks);
    const widths = [...sheet.widths, ...new Array<number>(Math.max(0, marks.column - sheet.widths.length)).fill(12)];
    widths[marks.column - 1] = 28;
    sheets.push({
      ...sheet,
      rows,
      ...(table === undefined ? {} : { table }),
      widths,
      conditionalFormats: [...sheet.conditionalFormats.filter((cf) => !referencesSheet(cf.formula, checksNames)), ...marks.conditionalFormats],
    });
    sheets.push(checks);
  }
  if (tree === undefined) sheets.push(checks);

  const keys = new Set<StyleKey>(['header', 'text']);
  for (const r of checks.rows) for (const c of r) if (c?.s) keys.add(c.s);
  return { ...spec, sheets, styles: { ...collectStyles(keys), ...spec.styles } };
}
