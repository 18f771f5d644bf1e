/**
 * File-per-case plan fixtures (tests/fixtures/plans): adding a case is adding a file.
 *
 * - `ok.<name>.yaml|json` must load without errors; its `ok.<name>.expect.json` lists the
 *   calendar and some nodes' monthly / per-working-day / weekly targets (counts exact,
 *   other numbers within 1e-9 relative) and the codes of the warnings it must give.
 * - `error.<name>.yaml|json` must fail; its `error.<name>.expect.json` is one expected
 *   problem or a list of them — `{code, node, field, line, en, ja}`, where `en` / `ja` are
 *   substrings of the message in each language and `null` means "must be absent" — and
 *   the plan must give exactly that many errors.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { render } from '../../../src/core/i18n';
import { loadPlanText, type PlanFormat } from '../../../src/core/model/parsePlan';
import type { Problem } from '../../../src/core/model/problem';
import { computeTargets } from '../../../src/core/backcast/targets';
import { describeProblems } from '../../support/plans';
import { layoutWholeWorkbook } from '../../../src/core/workbook/layoutWorkbook';

const DIR = join(__dirname, '..', '..', 'fixtures', 'plans');

interface ExpectedProblem {
  readonly code: string;
  readonly node?: string | null;
  readonly field?: string | null;
  readonly line?: number | null;
  readonly en: string;
  readonly ja: string;
}

interface ExpectedNode {
  readonly monthly?: number | null;
  readonly perWorkday?: number | null;
  readonly weekly?: readonly number[] | null;
}

interface ExpectedTargets {
  readonly workdays: number;
  readonly warnings?: readonly string[];
  readonly weeks: readonly { week: string; start?: string; end?: string; workdays: number }[];
  readonly nodes: Readonly<Record<string, ExpectedNode>>;
}

const planFiles = readdirSync(DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.expect.json'))
  .sort();
const okFiles = planFiles.filter((f) => f.startsWith('ok.'));
const errorFiles = planFiles.filter((f) => f.startsWith('error.'));

function formatOf(file: string): PlanFormat {
  return file.endsWith('.json') ? 'json' : 'yaml';
}

function expectationOf<T>(file: string): T {
  return JSON.parse(readFileSync(join(DIR, file.replace(/\.(ya?ml|json)$/, '.expect.json')), 'utf8')) as T;
}

/** Every problem the CLI's build would report for this plan text. */
function problemsOf(file: string): Problem[] {
  const loaded = loadPlanText(readFileSync(join(DIR, file), 'utf8'), formatOf(file));
  if (loaded.model === null) return loaded.problems;
  return layoutWholeWorkbook(loaded.model, 'en', loaded.problems, loaded.locateNode).problems;
}

function closeTo(actual: number | null | undefined, expected: number, label: string): void {
  if (actual === null || actual === undefined)
    throw new Error(`${label}: expected ${expected}, got ${actual}`);
  const scale = Math.max(Math.abs(expected), Math.abs(actual), 1e-300);
  if (Math.abs(actual - expected) / scale > 1e-9)
    throw new Error(`${label}: expected ${expected}, got ${actual}`);
}

function matches(p: Problem, e: ExpectedProblem): boolean {
  const same = (actual: string | number | undefined, expected: string | number | null | undefined): boolean =>
    expected === undefined || (expected === null ? actual === undefined : actual === expected);
  return (
    p.code === e.code &&
    same(p.node, e.node) &&
    same(p.field, e.field) &&
    same(p.line, e.line) &&
    render('en', p.message).includes(e.en) &&
    render('ja', p.message).includes(e.ja)
  );
}

describe('plan fixtures', () => {
  it('has both kinds of case, each with its expectation file', () => {
    expect(okFiles.length).toBeGreaterThanOrEqual(4);
    expect(errorFiles.length).toBeGreaterThanOrEqual(16);
    for (const f of planFiles) expect(() => expectationOf(f)).not.toThrow();
    expect(planFiles.every((f) => f.startsWith('ok.') || f.startsWith('error.'))).toBe(true);
  });

  describe.each(okFiles)('%s', (file) => {
    const expected = expectationOf<ExpectedTargets>(file);
    const loaded = loadPlanText(readFileSync(join(DIR, file), 'utf8'), formatOf(file));

    it('loads without errors and gives exactly the expected warnings', () => {
      expect(loaded.model).not.toBeNull();
      const problems = [
        ...loaded.problems,
        ...(loaded.model ? computeTargets(loaded.model, loaded.locateNode).problems : []),
      ];
      expect({ errors: describeProblems(problems.filter((p) => p.severity === 'error')) }).toEqual({
        errors: '',
      });
      expect(problems.map((p) => p.code).sort()).toEqual([...(expected.warnings ?? [])].sort());
    });

    it('computes the expected calendar and targets', () => {
      if (loaded.model === null) throw new Error('no model');
      const { calendar, backcast } = computeTargets(loaded.model, loaded.locateNode);
      if (calendar === null || backcast === null) throw new Error('no targets');
      expect(calendar.workdays).toBe(expected.workdays);
      expect(calendar.weeks.map((w) => w.label)).toEqual(expected.weeks.map((w) => w.week));
      expected.weeks.forEach((w, k) => {
        const actual = calendar.weeks[k];
        expect({ week: actual.label, workdays: actual.workdays }).toEqual({
          week: w.week,
          workdays: w.workdays,
        });
        if (w.start !== undefined) expect(actual.start).toBe(w.start);
        if (w.end !== undefined) expect(actual.end).toBe(w.end);
      });
      const byId = new Map(backcast.nodes.map((n) => [n.id, n]));
      for (const [id, e] of Object.entries(expected.nodes)) {
        const n = byId.get(id);
        if (n === undefined) throw new Error(`no node ${id}`);
        const count = n.round === 'up';
        if (e.monthly !== undefined) {
          if (e.monthly === null || count)
            expect({ id, monthly: n.monthly }).toEqual({ id, monthly: e.monthly });
          else closeTo(n.monthly, e.monthly, `${id} monthly`);
        }
        if (e.perWorkday !== undefined) {
          if (e.perWorkday === null) expect(n.perWorkday).toBeNull();
          else closeTo(n.perWorkday, e.perWorkday, `${id} perWorkday`);
        }
        if (e.weekly !== undefined) {
          if (e.weekly === null || count) expect({ id, weekly: n.weekly }).toEqual({ id, weekly: e.weekly });
          else {
            expect(n.weekly?.length).toBe(e.weekly.length);
            e.weekly.forEach((x, k) => closeTo(n.weekly?.[k], x, `${id} week ${k + 1}`));
          }
        }
      }
    });
  });

  describe.each(errorFiles)('%s', (file) => {
    it('fails with exactly the expected problems, in Japanese and English', () => {
      const raw = expectationOf<ExpectedProblem | ExpectedProblem[]>(file);
      const expected = Array.isArray(raw) ? raw : [raw];
      const problems = problemsOf(file);
      const errors = problems.filter((p) => p.severity === 'error');
      const report = `actual problems:\n${describeProblems(problems)}\n${JSON.stringify(problems, null, 1)}`;
      for (const e of expected) {
        if (!errors.some((p) => matches(p, e)))
          throw new Error(`${file}: no error matches ${JSON.stringify(e)}\n${report}`);
      }
      if (errors.length !== expected.length)
        throw new Error(`${file}: expected ${expected.length} error(s), got ${errors.length}\n${report}`);
    });
  });
});
