import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { isKnownRule, RULES } from '../../../src/core/rules';
import { FIXTURES, lintFile, view } from './support';

/**
 * File-per-case fixtures: `<rule-id>.<case>.yaml` (or `.json`) and its `.expect.json`.
 * Adding a case is adding two files. `clean.*` plans must give no finding at all.
 */
const Expected = z.strictObject({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  node: z.string().nullable().optional(),
  cell: z.string().nullable().optional(),
  /** A part of the English message (the numbers, the words). */
  message: z.string().optional(),
  message_ja: z.string().optional(),
  fix: z
    .strictObject({
      safe: z.boolean().optional(),
      change: z.record(z.string(), z.unknown()).optional(),
      cell: z.string().nullable().optional(),
    })
    .optional(),
});
const Expectation = z.strictObject({
  findings: z.array(Expected),
  /** Rules that must not fire at all. */
  absent: z.array(z.string()).default([]),
  /** Rules that must not fire on these nodes. */
  absent_nodes: z.record(z.string(), z.array(z.string())).default({}),
  /** The findings are exactly those listed. */
  exact: z.boolean().default(false),
});

const files = fs.readdirSync(FIXTURES).sort();
const plans = files.filter((f) => /\.(yaml|json)$/.test(f) && !f.endsWith('.expect.json'));

function matcher(e: z.infer<typeof Expected>): unknown {
  const want: Record<string, unknown> = { rule: e.rule };
  if (e.severity !== undefined) want.severity = e.severity;
  if (e.node !== undefined) want.node = e.node;
  if (e.cell !== undefined) want.cell = e.cell;
  if (e.message !== undefined) want.message = expect.stringContaining(e.message);
  if (e.message_ja !== undefined) want.message_ja = expect.stringContaining(e.message_ja);
  if (e.fix !== undefined) {
    const fix: Record<string, unknown> = {};
    if (e.fix.safe !== undefined) fix.safe = e.fix.safe;
    if (e.fix.change !== undefined) fix.change = e.fix.change;
    if (e.fix.cell !== undefined) fix.cell = e.fix.cell;
    want.fix = expect.objectContaining(fix);
  }
  return expect.objectContaining(want);
}

describe('rule fixtures', () => {
  it('are named <rule-id>.<case>.yaml|json, each with an expectation, and nothing else', () => {
    expect(plans.length).toBeGreaterThan(0);
    const stray = files.filter((f) => !plans.includes(f) && !plans.some((p) => f === p.replace(/\.(yaml|json)$/, '.expect.json')));
    expect(stray).toEqual([]);
    for (const p of plans) {
      expect(p).toMatch(/^[a-z][a-z-]*\.[a-z0-9-]+(?:\.[a-z0-9-]+)?\.(yaml|json)$/);
      expect(files).toContain(p.replace(/\.(yaml|json)$/, '.expect.json'));
      const rule = p.split('.')[0];
      expect(rule === 'clean' || isKnownRule(rule)).toBe(true);
    }
  });

  it('cover every rule of the registry', () => {
    const covered = new Set(plans.map((p) => p.split('.')[0]));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  describe.each(plans)('%s', (file) => {
    const expectation = Expectation.parse(JSON.parse(fs.readFileSync(path.join(FIXTURES, file.replace(/\.(yaml|json)$/, '.expect.json')), 'utf8')));
    const { findings } = lintFile(path.join(FIXTURES, file));
    const views = findings.map(view);
    const rule = file.split('.')[0];

    it(rule === 'clean' ? 'gives no finding' : `gives the expected ${rule} findings`, () => {
      if (rule !== 'clean') expect(expectation.findings.some((e) => e.rule === rule) || expectation.absent.includes(rule)).toBe(true);
      expect(views).toEqual(expect.arrayContaining(expectation.findings.map(matcher)));
      if (expectation.exact) expect(views).toHaveLength(expectation.findings.length);
    });

    it('gives none of the findings it must not', () => {
      expect(views.filter((v) => expectation.absent.includes(v.rule as string))).toEqual([]);
      for (const [r, nodes] of Object.entries(expectation.absent_nodes)) {
        expect(views.filter((v) => v.rule === r && nodes.includes(v.node as string))).toEqual([]);
      }
    });
  });
});
