import { JP_HOLIDAY_RANGE, jpHolidaysCover, type MonthCalendar } from '../calendar';
import { firstOfMonth, lastOfMonth } from '../calendar/date';
import { collectNames } from '../formula/names';
import { evaluate } from '../formula/evaluate';
import { describeEvalError } from '../formula/messages';
import type { Formula } from '../formula/ast';
import type { NodeLocator } from '../model/locate';
import type { Problem } from '../model/problem';
import { hasTypedTarget, hypothesisById, nodePlace, type HypothesisLookup, type KpiNode, type Model } from '../model/types';
import { requiredCount } from '../num/round';
import { fitsInSheet, MAX_WHOLE_COUNT } from '../num/typedNumber';
import { withMembers } from './members';
import { NO_MEMBERS, type BackcastResult, type NodeTargets } from './types';
import { spread } from './spread';

export type { BackcastResult, MemberGoal, MemberTargets, NodeTargets } from './types';

/**
 * Computes every target from the KGI down, from the same expression AST that is
 * rendered into the workbook, with the same rounding, so the numbers here equal
 * what Excel or LibreOffice show after recalculation.
 */
export function computeBackcast(
  model: Model,
  calendar: MonthCalendar,
  locate: NodeLocator = (_id, field) => ({ field }),
): BackcastResult {
  const problems: Problem[] = [];
  const hypothesisOf = hypothesisById(model);
  // Each node's monthly target by its place in the tree; a child finds its parent's by the parent's place.
  const place = nodePlace(model);
  const monthlyAt = new Array<number | undefined>(model.nodes.length);

  if (calendar.workdays === 0) {
    problems.push({ code: 'no-workdays', severity: 'error', message: { key: 'calendar.noWorkingDays', params: { month: model.month } }, ...locate('', 'month') });
  }
  if (model.calendar.holidays === 'jp' && !jpHolidaysCover(firstOfMonth(model.month), lastOfMonth(model.month))) {
    problems.push({
      code: 'calendar-data-range',
      severity: 'warning',
      message: { key: 'calendar.holidayDataRange', params: { from: JP_HOLIDAY_RANGE.from, to: JP_HOLIDAY_RANGE.to } },
      ...locate('', 'calendar.holidays'),
    });
  }

  const report = (p: Problem): number => problems.push(p);
  const fitsOrNull = (v: number | null): boolean => v === null || fitsInSheet(v);
  const team = model.nodes.map((node, at): NodeTargets => {
    const parentAt = node.parent === null ? undefined : place.get(node.parent);
    const parentMonthly = parentAt === undefined ? undefined : monthlyAt[parentAt];
    const required = exactRequirement(node, hypothesisOf, parentMonthly, report, locate);
    const exact = required === null || !plausible(node, required, report, locate) ? null : required;
    // A typed target (the KGI's, a measured KCI's) is held as typed.
    const monthly = exact === null ? null : node.round === 'up' && !hasTypedTarget(node) ? requiredCount(exact) : exact;
    const { perWorkday, weekly } = spread(node, monthly, calendar);
    // The sheet computes the same numbers with the same operations: one past a cell's limit is #NUM! there.
    const fits = fitsOrNull(monthly) && fitsOrNull(perWorkday) && (weekly ?? []).every(fitsOrNull);
    if (!fits) {
      report({ code: 'value-out-of-range', severity: 'error', message: { key: 'plan.targetBeyondSheet', params: { name: node.name } }, node: node.id, ...locate(node.id, node.level === 'KGI' ? 'target' : 'backcast') });
    }
    if (monthly !== null && fits) monthlyAt[at] = monthly;
    return {
      id: node.id,
      level: node.level,
      name: node.name,
      unit: node.unit,
      unitKind: node.unitKind,
      round: node.round,
      aggregate: node.aggregate,
      exact: fits ? exact : null,
      monthly: fits ? monthly : null,
      perWorkday: fits ? perWorkday : null,
      weekly: fits ? weekly : null,
      teamBackcast: fits ? monthly : null,
      byMember: NO_MEMBERS,
    };
  });
  const { members, nodes } = withMembers(model, calendar, team, (p) => problems.push(p), locate);
  return { calendar, nodes, members, problems };
}

/**
 * A backcast's result that a target can be: not below 0, and for a count no more than a
 * spreadsheet counts exactly (15 digits). Otherwise the node is reported, and the nodes
 * below it get no targets (silently: this is the one problem).
 */
function plausible(node: KpiNode, exact: number, report: (p: Problem) => void, locate: NodeLocator): boolean {
  // The KGI's target is checked as typed (buildModel reports one of 0 or less, or past a cell's limit): nothing is backcast from it.
  if (node.level === 'KGI') return exact > 0 && fitsInSheet(exact);
  // Located only when reported: locating reads the plan's text again.
  const where = () => ({ node: node.id, ...locate(node.id, 'backcast') });
  if (exact < 0) {
    report({ code: 'value-out-of-range', severity: 'error', message: { key: 'plan.negativeTarget', params: { name: node.name, value: shownNumber(exact) } }, ...where() });
    return false;
  }
  if (node.round === 'up' && exact > MAX_WHOLE_COUNT) {
    report({ code: 'value-out-of-range', severity: 'error', message: { key: 'plan.countTooLarge', params: { name: node.name, value: shownNumber(exact), unit: node.unit ?? '' } }, ...where() });
    return false;
  }
  return true;
}

/** A number for a message: grouped digits, or three significant digits when it is huge. */
function shownNumber(x: number): string {
  return Math.abs(x) < 1e15 ? x.toLocaleString('en-US', { maximumFractionDigits: 2 }) : x.toPrecision(3);
}

function exactRequirement(
  node: KpiNode,
  hypothesisOf: HypothesisLookup,
  parentMonthly: number | undefined,
  report: (p: Problem) => void,
  locate: NodeLocator,
): number | null {
  if (hasTypedTarget(node)) return node.target ?? null;
  const expr = node.backcast?.expr;
  if (!expr) return null;
  // A parent without a value (qualitative, or in error) leaves the child without one, silently:
  // the parent's own problem is already reported.
  if (node.parent === null || (parentMonthly === undefined && collectNames(expr).includes(node.parent))) return null;
  const result = evaluate(expr, (name) => (name === node.parent ? parentMonthly : hypothesisOf(name)?.value));
  if (result.ok) return result.value;
  const where = { node: node.id, ...locate(node.id, 'backcast') };
  if (result.error.code === 'division-by-zero') {
    const zero = zeroDivisor(expr, hypothesisOf);
    report({
      code: 'division-by-zero',
      severity: 'error',
      message: zero
        ? { key: 'plan.divisionByZero', params: { id: node.id, name: zero } }
        : { key: 'plan.divisionByZeroExpr', params: { id: node.id } },
      ...where,
    });
  } else if (result.error.code !== 'unknown-name') {
    // Unknown names were reported when the model was built.
    report({ code: 'unknown-name', severity: 'error', message: { key: 'plan.evalError', params: { id: node.id, detail: describeEvalError(result.error) } }, ...where });
  }
  return null;
}

/** The hypothesis that makes a division by zero, to name it in the message. */
function zeroDivisor(expr: Formula, hypothesisOf: HypothesisLookup): string | undefined {
  if (expr.kind === 'binary') {
    if (expr.op === '/' && expr.right.kind === 'name' && hypothesisOf(expr.right.name)?.value === 0) return expr.right.name;
    return zeroDivisor(expr.left, hypothesisOf) ?? zeroDivisor(expr.right, hypothesisOf);
  }
  if (expr.kind === 'unary') return zeroDivisor(expr.arg, hypothesisOf);
  return undefined;
}
