/**
 * The ExcelApi requirement set the manifest declares covers every Office.js member the
 * Office.js host (src/hosts/excel) uses, as @types/office-js tags them (`[Api set:
 * ExcelApi 1.N]`); members of newer sets are used only behind a run-time check
 * (`supportsExcelApi`), as cell notes (ExcelApi 1.18) are. Fixtures in
 * tests/fixtures/requirement-sets prove the check fails when it should.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { declaredExcelApi, readManifest, ROOT } from '../support/manifest';
import {
  compareSets,
  EXCEL_HOST_DIR,
  requirementProblems,
  tsFilesIn,
  usedExcelMembers,
  type RequirementReport,
} from '../support/requirementSets';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'requirement-sets');

let declared: string;
let host: RequirementReport;
beforeAll(() => {
  const sets = declaredExcelApi(readManifest().app);
  declared = sets.manifest!;
  host = usedExcelMembers(tsFilesIn(EXCEL_HOST_DIR));
}, 120_000);

const setOf = (report: RequirementReport, member: string) =>
  report.members.find((m) => m.member === member)?.set;

describe('the Office.js host against the manifest’s ExcelApi set', () => {
  it('finds the members the host uses, with their sets, through api.ts and load paths alike', () => {
    // Through XlWorksheet → Excel.Worksheet, a method call.
    expect(setOf(host, 'Excel.Worksheet.getRanges')).toBe('1.9');
    // Through an event on XlWorksheets → Excel.WorksheetCollection.
    expect(setOf(host, 'Excel.WorksheetCollection.onChanged')).toBe('1.9');
    // Through Pick<Excel.RangeFormat, …>.
    expect(setOf(host, 'Excel.RangeFormat.indentLevel')).toBe('1.9');
    // Named only in a load path: notes.load(['items/content']).
    expect(
      host.members
        .find((m) => m.member === 'Excel.NoteCollection.items')
        ?.uses.some((u) => u.startsWith('src/hosts/excel/')),
    ).toBe(true);
    expect(setOf(host, 'Excel.Note.content')).toBe('1.18');
    expect(host.members.length).toBeGreaterThan(60);
  });

  it('declares the highest set the host uses without a run-time check: no lower, and no higher', () => {
    expect(requirementProblems(host, declared)).toEqual([]);
    const covered = host.members
      .map((m) => m.set)
      .filter((s): s is string => s !== null && compareSets(s, declared) <= 0)
      .sort(compareSets);
    // Not more than the highest such member, which would shut out Excels for nothing.
    expect(covered.at(-1)).toBe(declared);
  });

  it('uses members above the declared set only where their set is checked at run time', () => {
    const above = host.members.filter((m) => m.set !== null && compareSets(m.set, declared) > 0);
    expect(above.map((m) => m.member)).toEqual([
      'Excel.Note.content',
      'Excel.Note.getLocation',
      'Excel.NoteCollection.add',
      'Excel.Workbook.notes',
    ]);
    expect(host.detected).toEqual(['1.18']);
  });

  it('fails, naming the member, when the manifest declares a set below one the host needs', () => {
    const problems = requirementProblems(host, '1.8');
    expect(
      problems.some((p) =>
        p.startsWith('Excel.Worksheet.getRanges needs ExcelApi 1.9, above the ExcelApi 1.8'),
      ),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('Excel.WorksheetCollection.onChanged needs ExcelApi 1.9'))).toBe(
      true,
    );
  });
});

describe('the check itself (fixtures)', () => {
  it('rejects a member newer than the declared set, naming it and where it is used', () => {
    const report = usedExcelMembers([join(FIXTURES, 'newer-member.ts')]);
    expect(requirementProblems(report, declared)).toEqual([
      `Excel.Range.getMergedAreasOrNullObject needs ExcelApi 1.13, above the ExcelApi ${declared} the manifest declares, and no supportsExcelApi('1.13') check guards it (used at tests/fixtures/requirement-sets/newer-member.ts:12)`,
    ]);
    // Declaring 1.13 would cover it.
    expect(requirementProblems(report, '1.13')).toEqual([]);
  });

  it('fails the host as soon as a file of it uses such a member', () => {
    const report = usedExcelMembers([...tsFilesIn(EXCEL_HOST_DIR), join(FIXTURES, 'newer-member.ts')]);
    const problems = requirementProblems(report, declared);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Excel\.Range\.getMergedAreasOrNullObject needs ExcelApi 1\.13/);
  });

  it('accepts the same member behind a supportsExcelApi check of its set', () => {
    const report = usedExcelMembers([join(FIXTURES, 'newer-member-detected.ts')]);
    expect(setOf(report, 'Excel.Range.getMergedAreasOrNullObject')).toBe('1.13');
    expect(report.detected).toEqual(['1.13']);
    expect(requirementProblems(report, declared)).toEqual([]);
  });

  it('rejects a member outside the numbered ExcelApi sets', () => {
    const report = usedExcelMembers([join(FIXTURES, 'online-only.ts')]);
    expect(requirementProblems(report, '1.19')).toEqual([
      'Excel.AllowEditRange.address is in ExcelApiOnline 1.1, not a numbered ExcelApi set (used at tests/fixtures/requirement-sets/online-only.ts:7)',
    ]);
  });
});

describe('what the README and the support page say', () => {
  it('name the declared ExcelApi set where they list the Excel versions KPI Tree runs on', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme.slice(readme.indexOf('### Excel versions'))).toContain(`**ExcelApi ${declared}**`);
    const support = readFileSync(join(ROOT, 'src', 'support', 'support.html'), 'utf8');
    for (const lang of ['ja', 'en']) {
      const section = support.slice(support.indexOf(`<section lang="${lang}"`));
      expect({ lang, set: section.includes(`ExcelApi ${declared}`) }).toEqual({ lang, set: true });
    }
  });
});
