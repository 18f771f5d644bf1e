import fc from 'fast-check';
import { render } from '../../../src/core/i18n';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import {
  applyTreeChanges,
  changeCellValue,
  findingsJson,
  findingsText,
  isKnownRule,
  lint,
  lintModel,
  resolveConfig,
  safeFixes,
  type Finding,
} from '../../../src/core/rules';
import { lintText } from './support';
import { displayWidth } from '../../../src/core/text/width';

const BASE = `version: 1
title: T
month: 2026-12
lang: en
hypotheses:
  - { id: unit_price, name: Price, value: 100000 }
  - { id: close_rate, name: Close rate, value: 0.2 }
kpis:
  - { id: revenue, level: KGI, name: Monthly revenue, target: 1000000, owner: A }
  - { id: contracts, level: KPI, parent: revenue, name: Contracts signed, unit: contracts, backcast: revenue / unit_price }
  - { id: meetings, level: KDI, parent: contracts, name: Improve meetings, unit: meetings, backcast: contracts / close_rate, owner: A, controllable: false }
`;

describe('lint', () => {
  const { model, findings } = lintText(BASE);

  it('lists errors first, then warnings, then info, each in tree order', () => {
    expect(findings.map((f) => [f.severity, f.rule, f.node])).toEqual([
      ['error', 'smart-measurable', 'revenue'],
      ['warning', 'smart-time-bound', 'revenue'],
      ['warning', 'missing-owner', 'contracts'],
      ['warning', 'smart-specific', 'meetings'],
      ['warning', 'uncontrollable-kdi', 'meetings'],
      ['warning', 'kdi-needs-response', 'meetings'],
    ]);
  });

  it('locates each finding in the plan file too: field and line', () => {
    expect(findings.find((f) => f.rule === 'missing-owner')).toMatchObject({ cell: "'KPI Tree'!N6", field: 'kpis[1].owner', line: 10 });
  });

  it('is pure: the same input gives the same findings', () => {
    expect(lintText(BASE).findings).toEqual(findings);
  });

  it('turns rules off, changes their severity and thresholds from the config it is given', () => {
    const config = resolveConfig({ rules: { 'missing-owner': 'off', 'smart-specific': 'error' } });
    const out = lint(model, null, config);
    expect(out.map((f) => [f.rule, f.severity])).toEqual([
      ['smart-measurable', 'error'],
      ['smart-specific', 'error'],
      ['smart-time-bound', 'warning'],
      ['uncontrollable-kdi', 'warning'],
      ['kdi-needs-response', 'warning'],
    ]);
  });

  it('takes the cells a reader located, for structural problems and rules alike', () => {
    const located = lintModel(model, {
      locate: (id, field) => ({ cell: `'My Tree'!${field === 'name' ? 'X' : 'Y'}${id.length}` }),
      problems: [{ code: 'sheet', severity: 'warning', message: { key: 'reader.noTreeSheet' }, cell: 'Settings!B9' }],
    });
    expect(located.find((f) => f.rule === 'smart-specific')?.cell).toBe("'My Tree'!X8");
    expect(located.find((f) => f.rule === 'sheet')).toMatchObject({ severity: 'warning', node: null, cell: 'Settings!B9' });
  });

  it('still checks the tree when the month is unusable (no targets), without throwing', () => {
    const loaded = loadPlanText(BASE.replace('month: 2026-12', 'month: 2026-13'), 'yaml');
    if (loaded.model === null) throw new Error('no model');
    const out = lintModel(loaded.model, { problems: loaded.problems, locate: loaded.locateNode });
    expect(out.map((f) => f.rule)).toEqual(expect.arrayContaining(['invalid-month', 'smart-specific', 'missing-owner']));
    expect(out.find((f) => f.rule === 'missing-owner')?.cell).toBeUndefined();
    expect(out.find((f) => f.rule === 'smart-specific')?.cell).toBe("'KPI Tree'!C7");
  });

  it('does not report a structural problem twice when it is handed twice', () => {
    const loaded = loadPlanText(BASE.replace('value: 0.2', 'value: 0'), 'yaml');
    if (loaded.model === null) throw new Error('no model');
    const once = lintModel(loaded.model, { problems: loaded.problems });
    const twice = lintModel(loaded.model, { problems: [...loaded.problems, ...loaded.problems] });
    expect(twice).toEqual(once);
  });
});

describe('fixes', () => {
  const { model, findings } = lintText(BASE);

  it('applies only safe fixes: the missing deadline, not the owner or the controllable flag', () => {
    const safe = safeFixes(findings);
    expect(safe.map((f) => f.change)).toEqual([{ kind: 'set-field', node: 'revenue', field: 'deadline', value: '2026-12-31' }]);
    expect(safe[0].cell).toBe("'KPI Tree'!O5");
    const fixed = applyTreeChanges(model, safe.map((f) => f.change));
    expect(lintModel(fixed).map((f) => f.rule)).not.toContain('smart-time-bound');
  });

  it('says what a host writes in the cell, in the workbook language', () => {
    expect(changeCellValue({ kind: 'set-field', node: 'a', field: 'deadline', value: '2026-12-31' as never }, 'ja')).toEqual({ date: '2026-12-31' });
    expect(changeCellValue({ kind: 'set-field', node: 'a', field: 'controllable', value: true }, 'ja')).toBe('はい');
    expect(changeCellValue({ kind: 'set-field', node: 'a', field: 'level', value: 'KPI' }, 'en')).toBe('KPI');
  });
});

describe('reports', () => {
  const { findings } = lintText(BASE);

  it('text: grouped by severity like a compiler, with fixes below and a summary', () => {
    const text = findingsText(findings, 'en', 'plan.yaml');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^'KPI Tree'!F5 \(plan\.yaml:9\) +error +Measurable \(SMART\) \(smart-measurable\) +"Monthly revenue" \(KGI\) has no unit/);
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^'KPI Tree'!O5 \(plan\.yaml:9\) +warning +Time-bound \(SMART\) \(smart-time-bound\) +/);
    expect(lines[3]).toMatch(/^ +fix: Set the deadline of "Monthly revenue" to 2026-12-31 \(safe: run with --fix\)$/);
    expect(text).toContain('suggestion: Mark "Improve meetings" as controllable (needs your judgement)');
    expect(text.trimEnd().split('\n').pop()).toBe('errors: 1, warnings: 5, info: 0');
    expect(findingsText(findings, 'ja')).toContain('エラー 1 件、警告 5 件、情報 0 件');
    expect(findingsText([], 'en')).toBe('No findings: every KPI passes the checks.\n');
  });

  it('text in Japanese: the line in Japanese, the check by its name, its id only in brackets, messages lined up by display width', () => {
    const lines = findingsText(findings, 'ja').split('\n').filter((l) => l.startsWith("'"));
    expect(lines[0]).toMatch(/^'KPI Tree'!F5（9行目） +エラー {2}測定可能性（SMART の M）（smart-measurable） +「Monthly revenue」（KGI）に単位がありません/);
    expect(lines.some((l) => l.includes(' smart-time-bound '))).toBe(false);
    // Each message starts at the same terminal column, however many wide characters precede it.
    const starts = lines.map((l) => displayWidth(l.slice(0, l.indexOf('「'))));
    expect(lines.length).toBeGreaterThan(2);
    expect(new Set(starts).size).toBe(1);
  });

  it('JSON: the message rendered in the chosen language, with its key and parameters', () => {
    const json = findingsJson(findings, 'ja');
    expect(json.summary).toEqual({ error: 1, warning: 5, info: 0 });
    expect(json.findings[0]).toEqual({
      rule: 'smart-measurable',
      ruleName: '測定可能性（SMART の M）',
      severity: 'error',
      node: 'revenue',
      cell: "'KPI Tree'!F5",
      field: 'kpis[0].unit',
      line: 9,
      message: '「Monthly revenue」（KGI）に単位がありません。何を 1 と数えるか（件・円・% など）を指定すると、目標 1,000,000 を測れるようになります。',
      messageKey: 'rules.smartMeasurable.noUnit',
      params: { name: 'Monthly revenue', level: 'KGI', target: '1,000,000' },
    });
    expect(json.findings[1].fix).toEqual({
      description: '「Monthly revenue」の期限を 2026-12-31 に設定',
      descriptionKey: 'rules.fix.setDeadline',
      change: { kind: 'set-field', node: 'revenue', field: 'deadline', value: '2026-12-31' },
      safe: true,
      cell: "'KPI Tree'!O5",
    });
  });
});

describe('lint on any tree', () => {
  const ids = ['revenue', 'a', 'b', 'c', 'd', 'e'];
  const kpi = fc.record({
    id: fc.constantFrom(...ids),
    level: fc.constantFrom('KGI', 'KPI', 'KDI', 'KCI'),
    name: fc.constantFrom('Calls made', '頑張る', 'x', 'Market share', '成約件数', 'Improve 3 demos'),
    parent: fc.option(fc.constantFrom(...ids, 'ghost'), { nil: undefined }),
    unit: fc.option(fc.constantFrom('件', 'yen', '%'), { nil: undefined }),
    backcast: fc.option(fc.constantFrom('a / rate', 'revenue * 2', '10', 'b / zero', 'nope +'), { nil: undefined }),
    owner: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
    deadline: fc.option(fc.constantFrom('2026-12-31', '2027-01-05', '2026-12-01'), { nil: undefined }),
    controllable: fc.option(fc.boolean(), { nil: undefined }),
    baseline: fc.option(fc.constantFrom(0, 1, 1000), { nil: undefined }),
    capacity_per_day: fc.option(fc.constantFrom(1, 100), { nil: undefined }),
    target: fc.option(fc.constantFrom(0, 1000000), { nil: undefined }),
  });
  const CELL = /^(?:'(?:[^']|'')+'|[A-Za-z][A-Za-z0-9_]*)![A-Z]{1,3}[1-9]\d*$/;

  it('never throws, and gives well-formed findings of known rules, rendered fully in both languages', () => {
    fc.assert(
      fc.property(fc.array(kpi, { minLength: 1, maxLength: 8 }), fc.constantFrom('ja', 'en'), (kpis, lang) => {
        const plan = {
          version: 1,
          title: 'T',
          month: '2026-12',
          hypotheses: [
            { id: 'rate', name: 'Rate', value: 0.5 },
            { id: 'zero', name: 'Zero', value: 0 },
          ],
          kpis: kpis.map((k) => Object.fromEntries(Object.entries(k).filter(([, v]) => v !== undefined))),
        };
        const loaded = loadPlanText(JSON.stringify(plan), 'json');
        if (loaded.model === null) return;
        const out: Finding[] = lintModel(loaded.model, { problems: loaded.problems, locate: loaded.locateNode, lang });
        expect(lintModel(loaded.model, { problems: loaded.problems, locate: loaded.locateNode, lang })).toEqual(out);
        for (const f of out) {
          expect(isKnownRule(f.rule)).toBe(true);
          expect(['error', 'warning', 'info']).toContain(f.severity);
          if (f.cell !== undefined) expect(f.cell).toMatch(CELL);
          for (const l of ['ja', 'en'] as const) expect(render(l, f.message)).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
