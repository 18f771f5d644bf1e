/**
 * Targets per member: each member's KGI is their share of the team's (or their own
 * target), every target below follows from it with their own hypotheses and is rounded
 * per member, and the team's quantities are the members' added up — numbers worked out by
 * hand for the example team (examples/team.yaml). A member's own value moves only them.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { BackcastResult, NodeTargets } from '../../../src/core/backcast/compute';
import { targetsOfMember } from '../../../src/core/backcast/members';
import { computeTargets } from '../../../src/core/backcast/targets';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { Member, Model } from '../../../src/core/model/types';
import { loadValidPlan, type PlanHypothesisInput, type PlanKpiInput } from '../../support/plans';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

function example(file: string): Model {
  const loaded = loadPlanText(readFileSync(join(EXAMPLES, file), 'utf8'), 'yaml');
  if (loaded.model === null) throw new Error(`${file}: ${JSON.stringify(loaded.problems)}`);
  return loaded.model;
}

function backcastOf(model: Model): BackcastResult {
  const { backcast, problems } = computeTargets(model);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (backcast === null) throw new Error('no backcast');
  return backcast;
}

function node(b: BackcastResult, id: string): NodeTargets {
  const n = b.nodes.find((x) => x.id === id);
  if (n === undefined) throw new Error(`no node ${id}`);
  return n;
}

/** Each member's monthly target of a node, by member id. */
function perMember(b: BackcastResult, id: string): Record<string, number | null> {
  return Object.fromEntries(node(b, id).byMember.map((m) => [m.member, m.monthly]));
}

function withMember(model: Model, id: string, change: Partial<Member>): Model {
  return { ...model, members: model.members.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}

describe('targets per member', () => {
  const team = example('team.yaml');
  const b = backcastOf(team);

  it('gives each member a KGI: a share of the team’s, or their own target', () => {
    expect(b.members).toEqual([
      { id: 'yamada', name: '山田', kgi: 500_000 },
      { id: 'sato', name: '佐藤', kgi: 300_000 },
      { id: 'suzuki', name: '鈴木', kgi: 200_000 },
    ]);
  });

  it('backcasts each member from their own KGI and hypotheses, counts rounded up per member', () => {
    // 山田: 500,000 ÷ 100,000 = 5 → ÷ 0.2 = 25 → ÷ 0.5 = 50 → ÷ 0.33 = 151.5… → 152.
    // 佐藤 closes 25 %: 3 → 12 → 24 → 72.7… → 73. 鈴木: 2 → 10 → 20 → 60.6… → 61.
    expect(perMember(b, 'contracts')).toEqual({ yamada: 5, sato: 3, suzuki: 2 });
    expect(perMember(b, 'meetings')).toEqual({ yamada: 25, sato: 12, suzuki: 10 });
    expect(perMember(b, 'appointments')).toEqual({ yamada: 50, sato: 24, suzuki: 20 });
    expect(perMember(b, 'calls')).toEqual({ yamada: 152, sato: 73, suzuki: 61 });
    expect(perMember(b, 'talk_quality')).toEqual({ yamada: null, sato: null, suzuki: null });
  });

  it('makes the team’s activity the members’ added up, beside the team’s own backcast', () => {
    expect(node(b, 'calls').monthly).toBe(286);
    expect(node(b, 'calls').teamBackcast).toBe(304);
    expect(node(b, 'meetings').monthly).toBe(47);
    expect(node(b, 'meetings').teamBackcast).toBe(50);
    // The KGI stays the team's goal as typed.
    expect(node(b, 'revenue').monthly).toBe(1_000_000);
    // The measured KCI's target is the team's own, typed: nobody is handed a part of it.
    expect(node(b, 'interest_level')).toMatchObject({ monthly: 3.5, teamBackcast: 3.5 });
    expect(node(b, 'interest_level').byMember.map((m) => m.monthly)).toEqual([null, null, null]);
    const handedOut = (x: (typeof b.nodes)[number]): boolean => x.level !== 'KGI' && x.id !== 'interest_level' && x.monthly !== null;
    for (const n of b.nodes.filter(handedOut)) {
      expect(n.monthly).toBe(n.byMember.reduce((sum, m) => sum + (m.monthly ?? 0), 0));
      n.weekly?.forEach((w, k) =>
        expect(w).toBe(n.byMember.reduce((sum, m) => sum + (m.weekly?.[k] ?? 0), 0)),
      );
      expect(n.perWorkday).toBeCloseTo((n.monthly as number) / b.calendar.workdays, 12);
    }
  });

  it('splits each member’s month over the weeks in whole numbers that add up to it', () => {
    for (const n of b.nodes.filter((x) => x.monthly !== null && x.level !== 'KGI' && x.id !== 'interest_level')) {
      for (const m of n.byMember) {
        expect(m.weekly?.every(Number.isInteger)).toBe(true);
        expect(m.weekly?.reduce((a, c) => a + c, 0)).toBe(m.monthly);
        expect(m.perWorkday).toBeCloseTo((m.monthly as number) / 20, 12);
      }
    }
    expect(node(b, 'calls').byMember[0].weekly).toEqual([30, 38, 38, 38, 8]);
  });

  it('moves only the member whose share or own hypothesis changes (and the team’s sums)', () => {
    const shares = backcastOf(withMember(team, 'sato', { share: 0.2 }));
    expect(perMember(shares, 'calls')).toEqual({ yamada: 152, sato: 49, suzuki: 61 });
    expect(node(shares, 'calls').monthly).toBe(152 + 49 + 61);

    const rate = backcastOf(withMember(team, 'yamada', { hypotheses: { appointment_rate: 0.5 } }));
    expect(perMember(rate, 'calls')).toEqual({ yamada: 100, sato: 73, suzuki: 61 });
    expect(perMember(rate, 'appointments')).toEqual(perMember(b, 'appointments'));
    expect(node(rate, 'calls').teamBackcast).toBe(304);
  });

  it('rounds a count KGI up per member when it is a share', () => {
    const { model } = loadValidPlan({
      version: 1,
      title: 'count goal',
      month: '2026-12',
      hypotheses: [{ id: 'close_rate', name: 'Close rate', value: 0.3 }],
      kpis: [
        { id: 'deals', level: 'KGI', name: 'Deals won', unit: 'deals', target: 10 },
        {
          id: 'meetings',
          level: 'KDI',
          parent: 'deals',
          name: 'Meetings',
          unit: 'meetings',
          backcast: 'deals / close_rate',
        },
      ],
      members: [
        { id: 'a', name: 'A', share: 0.25 },
        { id: 'b', name: 'B', share: 0.75 },
      ],
    });
    const counted = backcastOf(model);
    // 2.5 deals → 3, 7.5 → 8; 3 ÷ 0.3 = 10, 8 ÷ 0.3 = 26.7 → 27.
    expect(counted.members.map((m) => m.kgi)).toEqual([3, 8]);
    expect(perMember(counted, 'meetings')).toEqual({ a: 10, b: 27 });
    expect(node(counted, 'meetings').monthly).toBe(37);
  });

  it('keeps a rate each member’s own, and the team’s own backcast for the team', () => {
    const hypotheses: PlanHypothesisInput[] = [
      { id: 'unit_price', name: 'Deal size', value: 100_000, unit: 'yen' },
      { id: 'win_rate', name: 'Win rate', value: 0.2 },
    ];
    const kpis: PlanKpiInput[] = [
      { id: 'revenue', level: 'KGI', name: 'Revenue', unit: 'yen', target: 1_000_000 },
      {
        id: 'deals',
        level: 'KPI',
        parent: 'revenue',
        name: 'Deals',
        unit: 'deals',
        backcast: 'revenue / unit_price',
      },
      { id: 'win', level: 'KPI', parent: 'deals', name: 'Win rate held', unit: '%', backcast: 'win_rate' },
    ];
    const { model } = loadValidPlan({
      version: 1,
      title: 'rates',
      month: '2026-12',
      hypotheses,
      kpis,
      members: [
        { id: 'a', name: 'A', share: 0.5, hypotheses: { win_rate: 0.3 } },
        { id: 'b', name: 'B', share: 0.5 },
      ],
    });
    const rated = backcastOf(model);
    expect(perMember(rated, 'win')).toEqual({ a: 0.3, b: 0.2 });
    expect(node(rated, 'win').monthly).toBe(0.2);
    expect(node(rated, 'win').byMember[0].weekly).toEqual([0.3, 0.3, 0.3, 0.3, 0.3]);
    expect(node(rated, 'win').byMember[0].perWorkday).toBe(0.3);
  });

  it('shows one member’s targets in the team’s shape, the team’s for none, nothing for a stranger', () => {
    const yamada = targetsOfMember(b, 'yamada');
    expect(yamada.map((n) => [n.id, n.monthly])).toEqual([
      ['revenue', 500_000],
      ['contracts', 5],
      ['meetings', 25],
      ['appointments', 50],
      ['calls', 152],
      ['talk_quality', null],
      ['interest_level', null],
    ]);
    expect(targetsOfMember(b, null)).toEqual(b.nodes);
    expect(targetsOfMember(b, 'nobody')).toEqual([]);
  });

  it('leaves a plan without members as it was: the team’s own backcast, no members', () => {
    const funnel = backcastOf(example('sales-funnel.yaml'));
    expect(funnel.members).toEqual([]);
    for (const n of funnel.nodes) {
      expect(n.byMember).toEqual([]);
      expect(n.teamBackcast).toBe(n.monthly);
    }
    expect(node(funnel, 'calls').monthly).toBe(304);
  });

  it('gives the same targets in English', () => {
    const en = backcastOf(example('team.en.yaml'));
    expect(en.nodes.map((n) => [n.id, n.monthly, n.byMember.map((m) => m.weekly)])).toEqual(
      b.nodes.map((n) => [n.id, n.monthly, n.byMember.map((m) => m.weekly)]),
    );
  });
});
