/**
 * The line reader for plans in the plain block shape reads a document exactly as YAML
 * (`yaml`, the located reader) does, or declines it; and the usual plans are in its shape.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import * as yaml from 'yaml';
import { blockYaml } from '../../../src/core/model/blockYaml';
import { plainYaml } from '../../../src/core/model/plainYaml';
import { planYaml, realisticPlan } from '../../support/plans';

const ROOT = join(__dirname, '..', '..', '..');
const EXAMPLES = join(ROOT, 'examples');

/** YAML 1.2 core as `yaml` resolves a plain scalar: its own reading of `v: text`. */
const resolveCore = (text: string): unknown => (yaml.parse(`v: ${text}`) as { v: unknown }).v;

/** What `yaml` reads, or 'error' when it reports a problem with the text. */
function located(text: string): unknown {
  const doc = yaml.parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return 'error';
  return doc.toJS({ maxAliasCount: 100 }) ?? null;
}

/** Whether the reader read `text` (not declined); what it read must be what YAML reads. */
function agrees(text: string): boolean {
  const block = blockYaml(text, resolveCore);
  if (block === undefined) return false;
  expect({ text, data: block.data }).toEqual({ text, data: located(text) });
  return true;
}

describe('blockYaml', () => {
  it('reads a 2,000-node plan in block style as YAML reads it', () => {
    const text = planYaml(realisticPlan(2000));
    const block = blockYaml(text, resolveCore);
    expect(block).toBeDefined();
    expect(block?.data).toEqual(located(text));
  });

  it('reads each example as YAML does, or leaves it to the general reader (their hypotheses are flow mappings)', () => {
    const files = readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) agrees(readFileSync(join(EXAMPLES, f), 'utf8'));
    // The same plans in block style are read by the line reader.
    for (const f of files) {
      const text = readFileSync(join(EXAMPLES, f), 'utf8');
      const block = yaml.stringify(yaml.parse(text), { collectionStyle: 'block', lineWidth: 0 });
      expect({ f, read: blockYaml(block, resolveCore)?.data }).toEqual({ f, read: located(block) });
    }
  });

  it.each([
    ['a sequence under a key at the key’s own indent', 'kpis:\n- id: a\n  name: A\n- id: b\n'],
    ['items with several spaces after the dash', 'xs:\n  -   a: 1\n      b: 2\n  - 3\n'],
    ['empty values and empty items', 'a:\nb:\n  -\n  - x\nc: ~\n'],
    [
      'comments, after values and on their own lines',
      '# plan\na: 1 # one\n  # indented note\nb: "x # y" # z\nc: x#y\n',
    ],
    ['quotes inside and around scalars', `a: it's\nb: 'it''s'\nc: "say 'hi'"\nd: a 'b # c\ne: ''\n`],
    [
      'Japanese text, dates and numbers',
      'name: 月間売上（円）\nmonth: 2026-12\nd: 2026-12-29\nv: 0.0020964360587002098\nn: -5\nt: 12:30\n',
    ],
    ['Windows line ends and a byte-order mark', '\ufeffa: 1\r\nb:\r\n  - x\r\n'],
  ])('reads %s as YAML does', (_what, text) => {
    const block = blockYaml(text, resolveCore);
    expect(block).toBeDefined();
    expect(block?.data).toEqual(located(text));
  });

  it.each([
    ['a flow mapping', 'members:\n  - { id: a, share: 0.5 }\n'],
    ['a flow list of quoted or nested items', 'a: ["x", [1]]\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 12\n'],
    ['a block scalar', 'a: |\n  line\n'],
    ['a scalar over two lines', 'a: one\n  two\n'],
    ['a double-quoted escape', 'a: "x\\ty"\n'],
    ['a quote left open', 'a: "x\n  y"\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a tab in the indentation', 'a:\n\t- 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key YAML reads as another value', 'true: 1\n'],
    ['a mapping value on an item line of a mapping', 'a: b: c\n'],
    ['a misaligned key', 'a:\n    b: 1\n  c: 2\n'],
    ['a control character', 'a: x\u0001y\n'],
    ['a bare scalar document', 'hello\n'],
  ])('declines %s', (_what, text) => {
    expect(blockYaml(text, resolveCore)).toBeUndefined();
    // plainYaml still reads it, through the general reader, or leaves it to the located one.
    const plain = plainYaml(text);
    if (plain !== null) expect(plain.data).toEqual(located(text));
  });

  // Documents built of block mappings and sequences with awkward scalars and spacing: the
  // reader either declines or reads what YAML reads.
  const scalarText = fc.oneof(
    {
      arbitrary: fc.constantFrom(
        '1',
        '-0',
        '+.5e3',
        '.nan',
        '~',
        'null',
        'True',
        'yes',
        '0x1F',
        '0o17',
        '1_000',
        '12:30',
        "'a''b'",
        '"a # b"',
        'a #b',
        'a#b',
        "it's",
        '-x',
        '2026-12',
        '月間売上（円）',
        '[]',
        '[a, 1]',
        '',
      ),
      weight: 6,
    },
    {
      arbitrary: fc.constantFrom(
        '- x',
        ': x',
        'x:',
        'x: y',
        '"\\n"',
        '&a',
        '*a',
        '!x',
        '|',
        '>',
        '[1',
        '{}',
        '? x',
        '%x',
        '@x',
        '`x',
        '#x',
        ',x',
        'a #b',
        'a:b',
        'a#b',
        'a : b',
      ),
      weight: 1,
    },
    { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  );
  const key = fc.oneof(
    { arbitrary: fc.constantFrom('id', 'name', 'a_b', 'x-y', 'k'), weight: 16 },
    { arbitrary: fc.constantFrom('true', 'null', '1'), weight: 1 },
  );
  type Tree = string | { map: [string, Tree][] } | { seq: Tree[] };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'xsmall', withCrossShrink: true },
      scalarText,
      fc.record({
        map: fc.uniqueArray(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k }),
      }),
      fc.record({ seq: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
    ),
  })).node;

  /** `t` as block YAML at `indent`; `flush`: a sequence under a key stands at the key's own indent. */
  function render(t: Tree, indent: number, flush: boolean): string {
    const pad = ' '.repeat(indent);
    if (typeof t === 'string') return ` ${t}\n`;
    if ('map' in t)
      return (
        '\n' +
        t.map
          .map(
            ([k, v]) =>
              `${pad}${k}:${render(v, typeof v !== 'string' && 'seq' in v && flush ? indent : indent + 2, flush)}`,
          )
          .join('')
      );
    // An item's mapping starts on the dash's line: `- key: value`, its other keys under the first.
    return '\n' + t.seq.map((v) => `${pad}-${render(v, indent + 2, flush).replace(/^\n */, ' ')}`).join('');
  }

  it('reads generated block documents as YAML does, or declines them', () => {
    let read = 0;
    fc.assert(
      fc.property(tree, fc.boolean(), (t, flush) => {
        if (typeof t !== 'string' && agrees(render(t, 0, flush).replace(/^\n/, ''))) read++;
      }),
      { numRuns: 500, seed: 20261203 },
    );
    // Most generated documents hold some scalar the reader declines; enough are read to mean something.
    expect(read).toBeGreaterThan(100);
  });
});

describe('Unicode spaces, which are text to YAML (only the ASCII space and the tab separate)', () => {
  const SPACES = ['\u3000', '\u00a0', '\u2003', '\ufeff', ' \u3000', '\u3000 '];
  const shapes = (s: string): string[] => [
    `name: 売上${s}\n`,
    `name: "売上"${s}\n`,
    `list:\n  - 売上${s}\n`,
    `name:${s}\n`,
    `name: 売上${s} # note\n`,
    `kpis:\n  - id: a${s}\n    name: b\n`,
    `name: ${s}売上\n`,
    `name:${s}売上\n`,
    `list:\n  -${s}売上\n`,
    `name${s}: 売上\n`,
    `tags: [a${s}, b]\n`,
    `tags: [${s}a, b${s}]\n`,
    `name:${s}"x" # c\n`,
    `list:\n  - ${s}"x" # c\n`,
  ];
  it('reads them as YAML reads them, or declines the line: a name ending in a full-width space keeps it', () => {
    let read = 0;
    for (const text of SPACES.flatMap(shapes)) if (agrees(text)) read += 1;
    expect(read).toBeGreaterThan(SPACES.length * 8);
    expect(blockYaml('name: 売上\u3000\n', resolveCore)?.data).toEqual({ name: '売上\u3000' });
  });
});
