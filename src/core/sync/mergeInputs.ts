import type { Hypothesis, KpiNode, Member, Model } from '../model/types';
import { inferAggregate } from '../model/units';

/**
 * A plan applied to an existing workbook: the plan decides the tree, while what people
 * typed in the workbook wins for their inputs (hypothesis values and rationales, owners,
 * deadlines, baselines, notes, directions, the basis of a target, an aggregation chosen in the
 * tree sheet, the holiday list of the same month, the checks settings, the review's outlook
 * thresholds, the milestones' coverage and, for the same month, the milestones' numbers).
 * Members are the team's: those typed in the workbook stay as typed (their share or
 * target, their own hypotheses), the plan's others are added.
 */
export function mergeTypedInputs(plan: Model, workbook: Model): Model {
  const typedNodes = new Map(workbook.nodes.map((n) => [n.id as string, n]));
  const typedHypotheses = new Map(workbook.hypotheses.map((h) => [h.id as string, h]));
  const nodes = plan.nodes.map((n): KpiNode => {
    const w = typedNodes.get(n.id);
    if (!w) return n;
    const aggregateOverride = w.aggregateOverride ?? n.aggregateOverride;
    return {
      ...n,
      rationale: w.rationale ?? n.rationale,
      aggregateOverride,
      aggregate: aggregateOverride ?? inferAggregate(n.id, n.unit, n.name),
      owner: w.owner ?? n.owner,
      deadline: w.deadline ?? n.deadline,
      controllable: w.controllable ?? n.controllable,
      better: w.better ?? n.better,
      baseline: w.baseline ?? n.baseline,
      capacityPerDay: w.capacityPerDay ?? n.capacityPerDay,
      ksf: w.ksf ?? n.ksf,
      notes: w.notes ?? n.notes,
    };
  });
  const hypotheses = plan.hypotheses.map((h): Hypothesis => {
    const w = typedHypotheses.get(h.id);
    if (!w) return h;
    const previous = w.previous ?? h.previous;
    const updated = w.updated ?? h.updated;
    return {
      ...h,
      value: w.value,
      rationale: w.rationale ?? h.rationale,
      ...(previous === undefined ? {} : { previous }),
      ...(updated === undefined ? {} : { updated }),
    };
  });
  const calendar = plan.month === workbook.month && workbook.calendar.list ? { ...plan.calendar, list: workbook.calendar.list } : plan.calendar;
  // Checks settings typed on the Settings sheet win, key by key; the plan's fill the rest.
  const checks = {
    rules: { ...plan.checks.rules, ...workbook.checks.rules },
    thresholds: { ...plan.checks.thresholds, ...workbook.checks.thresholds },
  };
  // The review's outlook thresholds typed on the Settings sheet win too.
  const outlook = { ...plan.outlook, ...workbook.outlook };
  const calibration = { ...plan.calibration, ...workbook.calibration };
  const milestones = {
    ...plan.milestones,
    ...(workbook.milestones?.coverage === undefined ? {} : { coverage: workbook.milestones.coverage }),
    ...(plan.month === workbook.month && workbook.milestones?.inputs ? { inputs: workbook.milestones.inputs } : {}),
  };
  const typedMembers = new Set(workbook.members.map((m) => m.id as string));
  const members: Member[] = [
    ...plan.members.map((m) => workbook.members.find((w) => w.id === m.id) ?? m),
    ...workbook.members.filter((w) => !plan.members.some((m) => m.id === w.id)),
  ];
  return { ...plan, nodes, hypotheses, calendar, checks, outlook, calibration, milestones, members: typedMembers.size === 0 ? plan.members : members };
}
