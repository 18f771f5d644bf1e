import { JP_HOLIDAY_RANGE, jpHolidaysCover, type MonthCalendar } from '../calendar';
import { firstOfMonth, lastOfMonth } from '../calendar/date';
import { collectNames } from '../formula/names';
import { evaluate } from '../formula/evaluate';
import { describeEvalError } from '../formula/messages';
import type { Formula } from '../formula/ast';
import type { NodeLocator } from '../model/locate';
import type { Problem } from '../model/problem';
import type { KpiNode, Model } from '../model/types';
import { requiredCount } from '../num/round';
import { withMembers } from './members';
import type { BackcastResult, NodeTargets } from './types';
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
  const hypotheses = new Map(model.hypotheses.map((h) => [h.id as string, h.value]));
  const monthlyById = new Map<string, number>();

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

  const team = model.nodes.map((node): NodeTargets => {
    const exact = exactRequirement(node, hypotheses, monthlyById, (p) => problems.push(p), locate);
    const monthly = exact === null ? null : node.round === 'up' && node.level !== 'KGI' ? requiredCount(exact) : exact; // the KGI's cell holds the target as typed
    if (monthly !== null) monthlyById.set(node.id, monthly);
    return {
      id: node.id,
      level: node.level,
      name: node.name,
      unit: node.unit,
      unitKind: node.unitKind,
      round: node.round,
      exact,
      monthly,
      ...spread(node, monthly, calendar),
      teamBackcast: monthly,
      byMember: [],
    };
  });
  const { members, nodes } = withMembers(model, calendar, team, (p) => problems.push(p), locate);
  return { calendar, nodes, members, problems };
}

function exactRequirement(
  node: KpiNode,
  hypotheses: ReadonlyMap<string, number>,
  monthlyById: ReadonlyMap<string, number>,
  report: (p: Problem) => void,
  locate: NodeLocator,
): number | null {
  if (node.level === 'KGI') return node.target ?? null;
  const expr = node.backcast?.expr;
  if (!expr) return null;
  // A parent without a value (qualitative, or in error) leaves the child without one, silently:
  // the parent's own problem is already reported.
  if (node.parent === null || (collectNames(expr).includes(node.parent) && !monthlyById.has(node.parent))) return null;
  const result = evaluate(expr, (name) => (name === node.parent ? monthlyById.get(name) : hypotheses.get(name)));
  if (result.ok) return result.value;
  const where = { node: node.id, ...locate(node.id, 'backcast') };
  if (result.error.code === 'division-by-zero') {
    const zero = zeroDivisor(expr, hypotheses);
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
function zeroDivisor(expr: Formula, hypotheses: ReadonlyMap<string, number>): string | undefined {
  if (expr.kind === 'binary') {
    if (expr.op === '/' && expr.right.kind === 'name' && hypotheses.get(expr.right.name) === 0) return expr.right.name;
    return zeroDivisor(expr.left, hypotheses) ?? zeroDivisor(expr.right, hypotheses);
  }
  if (expr.kind === 'unary') return zeroDivisor(expr.arg, hypotheses);
  return undefined;
}
