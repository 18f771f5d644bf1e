import { templateModel } from '../../src/app/templates';
import type { Finding, RuleSeverity } from '../../src/core/rules';
import { groupFindings } from '../../src/taskpane/views/problems/groupFindings';

const finding = (rule: string, severity: RuleSeverity, node: string | null): Finding => ({
  rule,
  severity,
  node,
  message: { key: 'common.error' },
});

describe('groupFindings', () => {
  const model = templateModel('sales-funnel', 'en');

  it('groups by what a finding is about: worst first, then the tree as a whole, its nodes in order, the hypotheses', () => {
    const groups = groupFindings(
      [
        finding('missing-owner', 'warning', 'calls'),
        finding('smart-specific', 'info', 'calls'),
        finding('rate-out-of-range', 'warning', 'close_rate'),
        finding('activity-result-balance', 'warning', null),
        finding('smart-time-bound', 'warning', 'revenue'),
        finding('unknown-name', 'error', 'meetings'),
        finding('smart-measurable', 'info', 'contracts'),
      ],
      model,
    );
    expect(groups.map((g) => [g.kind, g.id, g.name, g.worst])).toEqual([
      ['node', 'meetings', 'Sales meetings', 'error'],
      ['tree', null, '', 'warning'],
      ['node', 'revenue', 'Monthly revenue', 'warning'],
      ['node', 'calls', 'Calls made', 'warning'],
      ['hypothesis', 'close_rate', 'Close rate', 'warning'],
      ['node', 'contracts', 'Deals won', 'info'],
    ]);
    const calls = groups.find((g) => g.id === 'calls')!;
    expect(calls.counts).toEqual({ error: 0, warning: 1, info: 1 });
    expect(calls.level).toBe('KDI');
    // Inside a group, the worst first.
    expect(calls.findings.map((f) => f.severity)).toEqual(['warning', 'info']);
  });

  it('names a node the tree does not know by its id', () => {
    expect(groupFindings([finding('unknown-parent', 'error', 'ghost')], model)[0]).toMatchObject({
      kind: 'node',
      id: 'ghost',
      name: 'ghost',
    });
  });
});
