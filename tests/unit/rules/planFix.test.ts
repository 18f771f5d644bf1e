import { type TreeChange } from '../../../src/core/rules';
import { applyChangesToPlanText } from '../../../src/core/rules/planFix';
import type { IsoDate } from '../../../src/core/brand';
import { lintText } from './support';

const deadline = (node: string, value: string): TreeChange => ({ kind: 'set-field', node, field: 'deadline', value: value as IsoDate });

const FLOW = `# Sales plan: comments and alignment stay as written.
version: 1
title: T
month: 2026-12
calendar:
  holidays: jp                 # jp | none
kpis:
  - { id: revenue, level: KGI, name: Revenue total, unit: yen, target: 1000, owner: A }   # the goal
  - { id: calls, level: KDI, parent: revenue, name: Calls made, unit: calls, backcast: revenue / 10, owner: A, deadline: 2026-12-20, controllable: true }
`;

describe('applyChangesToPlanText', () => {
  it('appends a missing key to a flow mapping and changes nothing else', () => {
    const r = applyChangesToPlanText(FLOW, 'yaml', [deadline('revenue', '2026-12-31')]);
    expect(r.applied).toHaveLength(1);
    expect(r.text).toBe(FLOW.replace('owner: A }   # the goal', 'owner: A, deadline: 2026-12-31 }   # the goal'));
    expect(lintText(r.text).model.nodes[0].deadline).toBe('2026-12-31');
  });

  it('replaces an existing value in place', () => {
    const r = applyChangesToPlanText(FLOW, 'yaml', [deadline('calls', '2026-12-31'), { kind: 'set-field', node: 'calls', field: 'controllable', value: false }]);
    expect(r.text).toBe(FLOW.replace('deadline: 2026-12-20, controllable: true', 'deadline: 2026-12-31, controllable: false'));
  });

  it('adds a line to a block mapping with the same indentation, after a trailing comment', () => {
    const block = `version: 1
title: T
month: 2026-12
kpis:
  - id: revenue
    level: KGI
    name: Revenue total
    unit: yen
    target: 1000
    owner: A   # the manager
  - id: calls
    level: KDI
    parent: revenue
    name: Calls made
    unit: calls
    backcast: revenue / 10
    owner: A
`;
    const r = applyChangesToPlanText(block, 'yaml', [deadline('revenue', '2026-12-31'), deadline('calls', '2026-12-30'), { kind: 'set-field', node: 'calls', field: 'owner', value: 'Sato: senior' }]);
    expect(r.text).toBe(
      block
        .replace('owner: A   # the manager\n', 'owner: A   # the manager\n    deadline: 2026-12-31\n')
        .replace('    owner: A\n', '    owner: "Sato: senior"\n    deadline: 2026-12-30\n'),
    );
    const model = lintText(r.text).model;
    expect(model.nodes.map((n) => [n.id, n.deadline, n.owner])).toEqual([
      ['revenue', '2026-12-31', 'A'],
      ['calls', '2026-12-30', 'Sato: senior'],
    ]);
  });

  it('keeps Windows line endings', () => {
    const crlf = 'version: 1\r\ntitle: T\r\nmonth: 2026-12\r\nkpis:\r\n  - id: revenue\r\n    level: KGI\r\n    name: Revenue total\r\n    unit: yen\r\n    target: 1000\r\n';
    const r = applyChangesToPlanText(crlf, 'yaml', [deadline('revenue', '2026-12-31')]);
    expect(r.text).toBe(`${crlf}    deadline: 2026-12-31\r\n`);
  });

  it('keeps a JSON plan valid JSON', () => {
    const json = JSON.stringify(
      { version: 1, title: 'T', month: '2026-12', kpis: [{ id: 'revenue', level: 'KGI', name: 'Revenue total', unit: 'yen', target: 1000, owner: 'A' }] },
      null,
      2,
    );
    const r = applyChangesToPlanText(json, 'json', [deadline('revenue', '2026-12-31'), { kind: 'set-field', node: 'revenue', field: 'owner', value: 'B' }]);
    const parsed = JSON.parse(r.text) as { kpis: Record<string, unknown>[] };
    expect(parsed.kpis[0]).toMatchObject({ deadline: '2026-12-31', owner: 'B' });
  });

  it('quotes values YAML would read as something else', () => {
    const r = applyChangesToPlanText(FLOW, 'yaml', [{ kind: 'set-field', node: 'revenue', field: 'owner', value: 'yes' }, { kind: 'set-field', node: 'calls', field: 'unit', value: '10' }]);
    const model = lintText(r.text).model;
    expect(model.nodes.map((n) => [n.owner, n.unit])).toEqual([
      ['yes', 'yen'],
      ['A', '10'],
    ]);
  });

  it('skips a change to a node the plan does not have', () => {
    const r = applyChangesToPlanText(FLOW, 'yaml', [deadline('ghost', '2026-12-31')]);
    expect(r).toEqual({ text: FLOW, applied: [], skipped: [deadline('ghost', '2026-12-31')] });
  });
});
