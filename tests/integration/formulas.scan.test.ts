/**
 * Every formula KPI Tree writes, as it stands in the .xlsx after build, review and sync of
 * each example in both languages — cells, conditional formats and data validations — calls
 * only functions that Excel 2016 and LibreOffice 7.4 both compute, none of them volatile,
 * and a function newer than Excel 2010 only with the `_xlfn.` prefix Excel itself writes.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { FUNCTION_PREFIX, isVolatileFormulaText, type ExcelFunction } from '../../src/core/formula';
import { cli, openXlsx, tempDir } from '../support/edits';

/** Every function of the formula AST (the type below proves the list is complete). */
const AST_FUNCTIONS = [
  'ROUND',
  'ROUNDUP',
  'ROUNDDOWN',
  'SUM',
  'MAX',
  'MIN',
  'ABS',
  'LN',
  'IF',
  'IFERROR',
  'AND',
  'OR',
  'NOT',
  'ISBLANK',
  'ISNUMBER',
  'NETWORKDAYS',
  'COUNTIF',
  'COUNTIFS',
  'SUMIFS',
  'SUMPRODUCT',
  'COUNTA',
  'INDEX',
  'MATCH',
  'HYPERLINK',
  'DATE',
  'AVERAGE',
  'ISOWEEKNUM',
  'CONCATENATE',
  'TEXT',
] as const satisfies readonly ExcelFunction[];
const _complete: [Exclude<ExcelFunction, (typeof AST_FUNCTIONS)[number]>] extends [never] ? true : never =
  true;
void _complete;

/** Function calls in formula text, prefix kept; string literals and sheet names skipped. */
function calls(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  return [...bare.matchAll(/(?<![A-Za-z0-9_.])((?:_xlfn\.|_xlws\.)?[A-Za-z][A-Za-z0-9.]*)\(/g)].map(
    (m) => m[1] as string,
  );
}

function formulasOf(wb: ExcelJS.Workbook): { where: string; formula: string }[] {
  const out: { where: string; formula: string }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string; sharedFormula?: string } | null;
        const f = v?.formula ?? v?.sharedFormula;
        if (typeof f === 'string') out.push({ where: `${ws.name}!${cell.address}`, formula: f });
      }),
    );
    const cfs =
      (ws as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: string[] }[] }[] })
        .conditionalFormattings ?? [];
    for (const cf of cfs)
      for (const rule of cf.rules)
        for (const f of rule.formulae ?? [])
          out.push({ where: `${ws.name} conditional format ${cf.ref}`, formula: f });
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { formulae?: unknown[] }> } })
      .dataValidations.model;
    for (const [address, v] of Object.entries(dv))
      for (const f of v.formulae ?? [])
        if (typeof f === 'string' && !f.startsWith('"'))
          out.push({ where: `${ws.name} validation ${address}`, formula: f });
  }
  return out;
}

const EXAMPLES = ['sales-funnel.yaml', 'saas.yaml', 'route-sales.yaml'];
const FIRST_WEEK: Record<string, string> = {
  'sales-funnel.yaml': '2026-W49',
  'saas.yaml': '2027-W01',
  'route-sales.yaml': '2026-W45',
};

describe.each(EXAMPLES.flatMap((e) => (['ja', 'en'] as const).map((lang) => ({ example: e, lang }))))(
  'formulas of $example ($lang)',
  ({ example, lang }) => {
    it('after build, review and sync: only non-volatile functions both engines compute, newer ones prefixed', async () => {
      const dir = await tempDir('kpi-tree-formulas-');
      const plan = path.resolve(__dirname, '../../examples', example);
      expect((await cli(dir, 'build', plan, '--out', 'x.xlsx', '--lang', lang)).code).toBe(0);
      const review = await cli(dir, 'review', 'x.xlsx', '--week', FIRST_WEEK[example] as string);
      expect(review.err).toBe('');
      expect((await cli(dir, 'sync', 'x.xlsx')).code).toBe(0);
      const found = formulasOf(await openXlsx(path.join(dir, 'x.xlsx')));
      const bad: string[] = [];
      const used = new Set<string>();
      for (const { where, formula } of found) {
        if (isVolatileFormulaText(formula)) bad.push(`${where}: volatile: ${formula}`);
        for (const call of calls(formula)) {
          const prefixed = /^_xl(fn|ws)\./.test(call);
          const name = call.replace(/^_xl(fn|ws)\./, '').toUpperCase() as ExcelFunction;
          used.add(name);
          if (!(AST_FUNCTIONS as readonly string[]).includes(name))
            bad.push(`${where}: ${call} is not a function KPI Tree may write`);
          else if (FUNCTION_PREFIX[name] !== undefined && call !== `${FUNCTION_PREFIX[name]}${name}`)
            bad.push(`${where}: ${call} needs ${FUNCTION_PREFIX[name]}`);
          else if (FUNCTION_PREFIX[name] === undefined && prefixed)
            bad.push(`${where}: ${call} must not be prefixed`);
        }
      }
      expect(bad).toEqual([]);
      // The scan sees the workbook (control): targets, calendar and review formulas.
      expect(found.length).toBeGreaterThan(100);
      expect([...used]).toEqual(expect.arrayContaining(['ROUND', 'NETWORKDAYS', 'INDEX', 'MATCH']));
    });
  },
);

describe('the scan (control)', () => {
  it('catches a volatile call, an unknown function and a missing prefix', () => {
    expect(isVolatileFormulaText('INDEX(W_calls,1)+TODAY()')).toBe(true);
    expect(calls('IFERROR(XLOOKUP(A1,B:B,C:C),"XLOOKUP(")')).toEqual(['IFERROR', 'XLOOKUP']);
    expect(calls("'Bob(1)'!A1+_xlfn.ISOWEEKNUM(A1)")).toEqual(['_xlfn.ISOWEEKNUM']);
  });
});
