import fc from 'fast-check';
import { t } from '../../../src/core/i18n';
import { parseA1, parseSheetAddress, sheetAddress } from '../../../src/core/layout/a1';
import type { WorkbookSpec } from '../../../src/core/layout/spec';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Finding } from '../../../src/core/rules';
import { onSheetsOf } from '../../../src/core/workbook/checksSheet';
import { layoutWholeWorkbook } from '../../../src/core/workbook/layoutWorkbook';
import { planYaml, realisticPlan } from '../../support/plans';

/**
 * Findings' cells are moved to the names people gave the sheets; only addresses that start
 * with a renamed sheet's name are read. What comes out must be what reading every address gives.
 */

const loaded = loadPlanText(planYaml(realisticPlan(12)), 'yaml');
if (loaded.model === null) throw new Error('the plan did not load');
const built = layoutWholeWorkbook(loaded.model, 'en', loaded.problems, loaded.locateNode).spec;
if (built === null) throw new Error('the plan has no workbook');
const base: WorkbookSpec = built;

const DEFAULTS = (['sheet.tree', 'sheet.hypotheses', 'sheet.members'] as const).flatMap((k) => [
  t('en', k),
  t('ja', k),
]);
const NAMES = [...DEFAULTS, "Bob's tree", "'", 'KPI', 'KPI Tree2', 'Tree!', 'A B', '仮説 (2)'];

/** The plain way: every address read, and moved when its sheet was renamed. */
function plainMove(spec: WorkbookSpec, f: Finding): { cell?: string; fixCell?: string } {
  const actual = new Map<string, string>();
  for (const s of spec.sheets) {
    const key =
      s.key === 'tree'
        ? 'sheet.tree'
        : s.key === 'hypotheses'
          ? 'sheet.hypotheses'
          : s.key === 'members'
            ? 'sheet.members'
            : undefined;
    if (key === undefined) continue;
    for (const l of ['en', 'ja'] as const) if (t(l, key) !== s.name) actual.set(t(l, key), s.name);
  }
  const move = (cell: string | undefined): string | undefined => {
    const at = cell === undefined ? null : parseSheetAddress(cell);
    const to = at === null ? undefined : actual.get(at.sheet);
    const p = at === null ? null : parseA1(at.address);
    return to === undefined || p === null ? cell : sheetAddress(to, p.row, p.column);
  };
  return { cell: move(f.cell), fixCell: move(f.fix?.cell) };
}

const spec = fc
  .array(fc.constantFrom(...NAMES), { minLength: 4, maxLength: 4 })
  .map(([tree, hypotheses, members, other]): WorkbookSpec => ({
    ...base,
    sheets: [
      ...base.sheets.map((s) =>
        s.key === 'tree'
          ? { ...s, name: tree }
          : s.key === 'hypotheses'
            ? { ...s, name: hypotheses }
            : { ...s },
      ),
      { ...base.sheets[0], key: 'members', name: members },
      { ...base.sheets[0], key: 'settings', name: other },
    ],
  }));

const address = fc.oneof(
  fc
    .tuple(fc.constantFrom(...NAMES), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 40 }))
    .map(([name, row, column]) => sheetAddress(name, row, column)),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom('!A1', '!$B$7', '!ZZZZ1', '!A0', ''))
    .map(([name, rest]) => `${name}${rest}`),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom('!A1', '!$C$3'))
    .map(([name, rest]) => `'${name}'${rest}`),
  fc.string({ maxLength: 8 }),
);

const finding = fc
  .record({
    cell: fc.option(address, { nil: undefined }),
    fix: fc.option(fc.option(address, { nil: undefined }), { nil: null }),
  })
  .map(({ cell, fix }): Finding => ({
    rule: 'missing-owner',
    severity: 'warning',
    node: 'a',
    message: { key: 'rules.missingOwner', params: { name: 'a', level: 'KPI' } },
    cell,
    ...(fix !== null
      ? {
          fix: {
            description: { key: 'rules.fix.setOwner', params: { name: 'a', value: 'A' } },
            change: { kind: 'set-field', node: 'a', field: 'owner', value: 'A' },
            safe: false,
            cell: fix,
          },
        }
      : {}),
  }));

describe('findings on renamed sheets', () => {
  it('point at the cells reading every address gives', () => {
    let moved = 0;
    fc.assert(
      fc.property(spec, fc.array(finding, { maxLength: 12 }), (s, findings) => {
        const onSheets = onSheetsOf(s);
        for (const f of findings) {
          const got = onSheets(f);
          const want = plainMove(s, f);
          expect(got.cell).toBe(want.cell);
          expect(got.fix?.cell).toBe(want.fixCell);
          if (want.cell !== f.cell || want.fixCell !== f.fix?.cell) moved += 1;
        }
      }),
      { numRuns: 1500 },
    );
    // Many of the addresses tried were moved.
    expect(moved).toBeGreaterThan(1000);
  });
});
