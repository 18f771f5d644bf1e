/**
 * The fast YAML reader (`plainYaml`) reads a plan as the located reader (`yaml`'s
 * document) does, scalar for scalar, or declines; and the located document is built only
 * when a problem asks for its line.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as yaml from 'yaml';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { plainYaml } from '../../../src/core/model/plainYaml';
import { planYaml, realisticPlan } from '../../support/plans';

// Counted, not replaced: the located reader still runs when it is asked for.
jest.mock('yaml', () => {
  const actual: typeof import('yaml') = jest.requireActual('yaml');
  return { ...actual, parseDocument: jest.fn(actual.parseDocument) };
});

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'plans');
const EXAMPLES = join(ROOT, 'examples');

const located = (text: string): unknown =>
  yaml.parseDocument(text, { uniqueKeys: true }).toJS({ maxAliasCount: 100 });

const files = [
  ...readdirSync(EXAMPLES).map((f) => join(EXAMPLES, f)),
  ...readdirSync(FIXTURES)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(FIXTURES, f)),
].filter((f) => /\.ya?ml$/.test(f));

describe('plainYaml', () => {
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))(
    '%s reads as the located reader reads it, or not at all',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const plain = plainYaml(text);
      const errors = yaml.parseDocument(text, { uniqueKeys: true }).errors;
      if (errors.length > 0) expect(plain).toBeNull();
      else if (plain !== null) expect(plain.data).toEqual(located(text));
    },
  );

  it('reads every example and valid plan plainly (the fast path is the usual path)', () => {
    const valid = files.filter((f) => !f.includes(`${FIXTURES}/error.`));
    expect(valid.length).toBeGreaterThanOrEqual(6);
    for (const file of valid)
      expect({ file, plain: plainYaml(readFileSync(file, 'utf8')) !== null }).toEqual({ file, plain: true });
  });

  // Scalars where js-yaml's own schemas and YAML 1.2's core schema disagree, and their neighbours.
  const SCALARS = [
    '1_000',
    '0b101',
    '0o17',
    '017',
    '0x1F',
    '0X1F',
    '+12',
    '-0',
    '-12',
    '.5',
    '1.',
    '+.5e3',
    '1e3',
    '1E-2',
    '1.5e+3',
    '.inf',
    '-.Inf',
    '+.INF',
    '.NaN',
    '.nan',
    'NaN',
    'inf',
    '~',
    'Null',
    'NULL',
    'nUll',
    'null',
    '',
    'True',
    'tRUE',
    'FALSE',
    'yes',
    'no',
    'on',
    'off',
    'y',
    '2026-12-31',
    '2026-12',
    '12:30',
    '1:30:00',
    '1,000',
    "'1'",
    '"2"',
    '"a\\tb"',
    '!!str 12',
    '1 000',
    '０１２',
    '1e',
    'e3',
    '0x',
    '0o8',
    '- 1',
    '[1, 2]',
    '{a: 1}',
  ];
  it.each(SCALARS)('`v: %s` reads as YAML 1.2 core reads it', (scalar) => {
    const text = `v: ${scalar}\n`;
    const plain = plainYaml(text);
    if (yaml.parseDocument(text).errors.length > 0) expect(plain).toBeNull();
    else expect(plain?.data).toEqual(located(text));
  });

  it('declines aliases (the located reader expands and limits them), multiple documents and syntax errors', () => {
    expect(plainYaml('a: &x [1, 2]\nb: *x\n')).toBeNull();
    expect(plainYaml('a: 1\n---\nb: 2\n')).toBeNull();
    expect(plainYaml('a: [1, 2\n')).toBeNull();
    expect(plainYaml('a: 1\na: 2\n')).toBeNull();
    expect(plainYaml('')).toEqual({ data: null });
  });
});

describe('loadPlanText builds the located document only for a problem', () => {
  const parseDocument = yaml.parseDocument as jest.MockedFunction<typeof yaml.parseDocument>;
  beforeEach(() => parseDocument.mockClear());

  it('not for a valid plan, YAML or JSON', () => {
    const plan = realisticPlan(40);
    expect(loadPlanText(planYaml(plan), 'yaml').problems).toEqual([]);
    expect(loadPlanText(JSON.stringify(plan), 'json').problems).toEqual([]);
    expect(parseDocument).not.toHaveBeenCalled();
  });

  it('once for a plan with problems, which keep their lines', () => {
    const text = planYaml(realisticPlan(40)).replace(/level: KDI/, 'level: KXI');
    const loaded = loadPlanText(text, 'yaml');
    expect(loaded.model).toBeNull();
    const line = text.split('\n').findIndex((l) => l.includes('level: KXI')) + 1;
    expect(loaded.problems.map((p) => [p.code, p.line])).toEqual([['schema', line]]);
    expect(parseDocument).toHaveBeenCalledTimes(1);
  });

  it('and the lines of a JSON plan are those of its text', () => {
    const text = JSON.stringify(realisticPlan(10), null, 2).replace('"level": "KDI"', '"level": "KXI"');
    const loaded = loadPlanText(text, 'json');
    const line = text.split('\n').findIndex((l) => l.includes('KXI')) + 1;
    expect(loaded.problems.map((p) => [p.code, p.line])).toEqual([['schema', line]]);
  });
});
