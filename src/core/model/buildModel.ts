import { MAX_ID_LENGTH, type HypothesisId, type IsoDate, type IsoMonth, type KpiId } from '../brand';
import { inSheetRange, parseIsoDate, parseIsoMonth, SHEET_DATES, SHEET_MONTHS } from '../calendar/date';
import type { Formula } from '../formula/ast';
import { visitFormula } from '../formula/walk';
import { parseExpression } from '../formula/parse';
import { describeExpressionError } from '../formula/messages';
import type { MessageKey, MessageParams } from '../i18n';
import { fieldLocator, type Locator, type SourcePath } from './locate';
import type { Plan, PlanKpi } from './planSchema';
import type { Problem, ProblemCode, Severity } from './problem';
import { readMembers } from './readMembers';
import type { Backcast, Hypothesis, HypothesisLookup, KpiNode, Model } from './types';
import { inferAggregate, looksLikeRate, unitKind } from './units';
import { fitsInSheet } from '../num/typedNumber';

export interface BuildResult {
  readonly model: Model;
  readonly problems: Problem[];
}

/** Records a problem at a plan path, naming the node or hypothesis when there is one. */
type Report = (code: ProblemCode, severity: Severity, key: MessageKey, params: MessageParams, path: SourcePath, node?: string) => void;

/** A plan kpi whose id passed, with its index in the plan (for problem paths). */
interface Entry {
  readonly kpi: PlanKpi;
  readonly index: number;
}

/**
 * Turns a schema-valid plan into the tree, checking what needs the whole plan:
 * ids, the single KGI, parents, cycles, and the names each backcast uses. It never
 * throws: every problem is returned with its location, and the model is as complete
 * as the problems allow, so checks can still report on the rest of the tree.
 */
export function buildModel(plan: Plan, locate: Locator = fieldLocator): BuildResult {
  const problems: Problem[] = [];
  const report: Report = (code, severity, key, params, path, node) => {
    problems.push({ code, severity, message: { key, params }, node, ...locate(path) });
  };

  const parsedMonth = parseIsoMonth(plan.month);
  if (parsedMonth === null) report('invalid-month', 'error', 'calendar.invalidMonth', { value: plan.month }, ['month']);
  else if (!inSheetRange(parsedMonth))
    report('invalid-month', 'error', 'calendar.monthOutOfRange', { value: plan.month, ...SHEET_MONTHS }, ['month']);
  const month = parsedMonth !== null && inSheetRange(parsedMonth) ? parsedMonth : null;

  reportBeyondSheet(plan, report);
  const ids = new Map<string, number>();
  const checkId = idChecker(ids, report);
  const hypotheses = readHypotheses(plan, checkId, report);
  const entries: Entry[] = [];
  plan.kpis.forEach((kpi, index) => {
    if (checkId(kpi.id, 'kpis', index, entries.length)) entries.push({ kpi, index });
  });
  // Nodes are known by their place in `entries` from here on, found through `ids`.
  checkSingleKgi(entries, report);
  const parentAt = resolveParents(entries, ids, report);
  breakCycles(entries, parentAt, report);
  const hypothesisOf: HypothesisLookup = (id) => {
    const place = ids.get(id);
    return place !== undefined && place < 0 ? hypotheses[hypothesisSlot(place)] : undefined;
  };
  const backcasts = readBackcasts(entries, ids, hypothesisOf, parentAt, report);
  const extraHolidays = readExtraHolidays(plan, month, report);

  const nodes = orderDepthFirst(entries, parentAt, backcasts);
  const members = readMembers(plan.members, hypothesisOf, report);
  const model: Model = {
    title: plan.title,
    month: (month ?? plan.month) as IsoMonth,
    lang: plan.lang,
    calendar: { holidays: plan.calendar.holidays, extraHolidays },
    hypotheses,
    nodes,
    members,
    checks: { rules: plan.checks?.rules ?? {}, thresholds: plan.checks?.thresholds ?? {} },
  };
  return { model, problems };
}

/**
 * Every number of the plan must fit in a spreadsheet cell (Excel holds at most
 * 9.99999999999999E+307): a larger one would show as #NUM! in the workbook.
 */
function reportBeyondSheet(plan: Plan, report: Report): void {
  // The path is made only for a number that does not fit: a plan has tens of thousands that do.
  const beyond = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value) && !fitsInSheet(value);
  const check = (value: number | undefined, name: string, list: 'hypotheses' | 'kpis', i: number, field: string, node: string): void => {
    if (beyond(value)) report('value-out-of-range', 'error', 'plan.beyondSheet', { name, value }, [list, i, field], node);
  };
  plan.hypotheses.forEach((h, i) => {
    check(h.value, h.name, 'hypotheses', i, 'value', h.id);
    check(h.min, h.name, 'hypotheses', i, 'min', h.id);
    check(h.max, h.name, 'hypotheses', i, 'max', h.id);
  });
  plan.kpis.forEach((k, i) => {
    check(k.target, k.name, 'kpis', i, 'target', k.id);
    check(k.baseline, k.name, 'kpis', i, 'baseline', k.id);
    check(k.capacity_per_day, k.name, 'kpis', i, 'capacity_per_day', k.id);
  });
  for (const [name, value] of Object.entries(plan.checks?.thresholds ?? {}))
    if (beyond(value)) report('value-out-of-range', 'error', 'plan.beyondSheet', { name, value }, ['checks', 'thresholds', name]);
}

/**
 * Checks an id where it stands (`kpis[index]` or `hypotheses[index]`) and, when it passes,
 * keeps it at `place`; false when it does not pass.
 */
type IdCheck = (id: string, list: 'kpis' | 'hypotheses', index: number, place: number) => boolean;

/**
 * The plan's ids that pass, in the one namespace expressions use, each with its place: a
 * node's in the entries (0 up), a hypothesis's in the hypotheses read (`hypothesisSlot`,
 * -1 down). One map serves every look-up of a build, from the duplicate check to the
 * backcasts' names, rather than a map of each kind made after it.
 */
type IdPlaces = ReadonlyMap<string, number>;

/** A hypothesis's place among the ids from its place in the hypotheses read, and back again. */
const hypothesisSlot = (at: number): number => -1 - at;

/** The node an id names, by its place in the entries; undefined for a hypothesis or an unknown id. */
function nodeAt(ids: IdPlaces, id: string): number | undefined {
  const place = ids.get(id);
  return place !== undefined && place >= 0 ? place : undefined;
}

/**
 * Whether `id` is a plain id, as `ID_PATTERN` says (a letter, then letters, digits and
 * `_`), read character by character: every id of a plan is checked.
 */
export function isPlainId(id: string): boolean {
  if (id.length === 0) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (i > 0 && ((c >= 48 && c <= 57) || c === 95)))) return false;
  }
  return true;
}

/** Checks ids as they come, into `ids`: one namespace for nodes and hypotheses, since expressions use both. */
function idChecker(ids: Map<string, number>, report: Report): IdCheck {
  return (id, list, index, place) => {
    if (!isPlainId(id)) {
      report('invalid-id', 'error', 'plan.invalidId', { id }, [list, index, 'id'], id);
      return false;
    }
    if (id.length > MAX_ID_LENGTH) {
      const shown = `${id.slice(0, 24)}…`;
      report('invalid-id', 'error', 'plan.idTooLong', { id: shown, length: id.length, max: MAX_ID_LENGTH }, [list, index, 'id'], shown);
      return false;
    }
    if (ids.has(id)) {
      report('duplicate-id', 'error', 'plan.duplicateId', { id }, [list, index, 'id'], id);
      return false;
    }
    ids.set(id, place);
    return true;
  };
}

/** The hypotheses whose ids pass; a rate outside 0–100 % is a problem. */
function readHypotheses(plan: Plan, checkId: IdCheck, report: Report): Hypothesis[] {
  const hypotheses: Hypothesis[] = [];
  plan.hypotheses.forEach((h, i) => {
    if (!checkId(h.id, 'hypotheses', i, hypothesisSlot(hypotheses.length))) return;
    if (looksLikeRate(h.id, h.unit, h.name) && !(h.value > 0 && h.value <= 1)) {
      report('rate-out-of-range', 'error', 'plan.rateOutOfRange', { id: h.id, value: h.value }, ['hypotheses', i, 'value'], h.id);
    }
    hypotheses.push({
      id: h.id as HypothesisId,
      name: h.name,
      value: h.value,
      unit: h.unit || undefined,
      rationale: h.rationale || undefined,
      ...(h.previous === undefined ? {} : { previous: h.previous }),
      ...(h.updated === undefined ? {} : { updated: h.updated }),
      min: h.min,
      max: h.max,
    });
  });
  return hypotheses;
}

/** Exactly one KGI: none, or a second one, is a problem. */
function checkSingleKgi(entries: readonly Entry[], report: Report): void {
  const kgis = entries.filter((e) => e.kpi.level === 'KGI');
  if (kgis.length === 0) report('no-kgi', 'error', 'plan.noKgi', {}, ['kpis']);
  for (const extra of kgis.slice(1)) {
    report('multiple-kgi', 'error', 'plan.multipleKgi', { id: extra.kpi.id, first: kgis[0].kpi.id }, ['kpis', extra.index, 'level'], extra.kpi.id);
  }
}

/** No parent: the KGI, a node whose parent is missing or unknown, or one on a cycle. */
const NO_PARENT = -1;

/**
 * Each node's parent, by place in `entries`: every node but the KGI hangs under an
 * existing node (`NO_PARENT` when it does not).
 */
function resolveParents(entries: readonly Entry[], ids: IdPlaces, report: Report): Int32Array {
  const parentAt = new Int32Array(entries.length).fill(NO_PARENT);
  for (let at = 0; at < entries.length; at++) {
    const { kpi, index } = entries[at];
    if (kpi.level === 'KGI') {
      if (kpi.parent !== undefined && kpi.parent !== '') {
        report('kgi-parent', 'error', 'plan.kgiParent', { id: kpi.id, parent: kpi.parent }, ['kpis', index, 'parent'], kpi.id);
      }
    } else if (kpi.parent === undefined || kpi.parent === '') {
      report('unknown-parent', 'error', 'plan.missingParent', { id: kpi.id }, ['kpis', index, 'parent'], kpi.id);
    } else {
      const parent = nodeAt(ids, kpi.parent);
      if (parent === undefined) {
        report('unknown-parent', 'error', 'plan.unknownParent', { id: kpi.id, parent: kpi.parent }, ['kpis', index, 'parent'], kpi.id);
      } else parentAt[at] = parent;
    }
  }
  return parentAt;
}

/**
 * Cycles: a chain of parents that comes back to itself, reported once per cycle. The
 * nodes of a cycle lose their parent, so the tree can still be ordered.
 */
function breakCycles(entries: readonly Entry[], parentAt: Int32Array, report: Report): void {
  const inCycle: number[] = [];
  // The walk each node was first met on: a walk that meets its own number has come back on
  // itself; one that meets an earlier walk's node stops there, its chain already followed.
  const walkOf = new Int32Array(entries.length).fill(-1);
  // The current walk's nodes, in one buffer for every walk (a list emptied and grown again is made anew each time).
  const chain = new Int32Array(entries.length);
  for (let walk = 0; walk < entries.length; walk++) {
    let length = 0;
    let cur = walk;
    while (cur !== NO_PARENT && walkOf[cur] === -1) {
      chain[length++] = cur;
      walkOf[cur] = walk;
      cur = parentAt[cur];
    }
    if (cur !== NO_PARENT && walkOf[cur] === walk) {
      const walked = Array.from(chain.subarray(0, length));
      const cycle = walked.slice(walked.indexOf(cur));
      for (const at of cycle) inCycle.push(at);
      const ids = cycle.map((at) => entries[at].kpi.id);
      const first = entries[cur];
      report('tree-cycle', 'error', 'plan.cycle', { cycle: [...ids, first.kpi.id].join(' → ') }, ['kpis', first.index, 'parent'], first.kpi.id);
    }
  }
  for (const at of inCycle) parentAt[at] = NO_PARENT;
}

/**
 * Targets and backcasts: the KGI has a target, every other KPI or KDI a backcast of known
 * names. The backcasts stand in the entries' order (undefined where a node has none).
 */
/** Whether a text is empty or white space only; one starting with a visible ASCII character is not, without a trimmed copy. */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return !(first > 32 && first < 127) && text.trim() === '';
}

function readBackcasts(
  entries: readonly Entry[],
  ids: IdPlaces,
  hypothesisOf: HypothesisLookup,
  parentAt: Int32Array,
  report: Report,
): (Backcast | undefined)[] {
  const backcasts = new Array<Backcast | undefined>(entries.length);
  entries.forEach(({ kpi, index }, at) => {
    if (kpi.level === 'KGI' && kpi.target === undefined) {
      report('missing-target', 'error', 'plan.missingTarget', { id: kpi.id }, ['kpis', index, 'target'], kpi.id);
    }
    // A goal of nothing (or less) leaves every target below it at 0 or negative: no plan means that.
    if (kpi.level === 'KGI' && kpi.target !== undefined && kpi.target <= 0) {
      report('value-out-of-range', 'error', 'plan.kgiTargetNotPositive', { name: kpi.name, value: kpi.target }, ['kpis', index, 'target'], kpi.id);
    }
    // A KCI may be measured: a literal target, like the KGI's.
    if (kpi.level !== 'KGI' && kpi.level !== 'KCI' && kpi.target !== undefined && kpi.backcast === undefined) {
      report('missing-backcast', 'error', 'plan.targetNotKgi', { id: kpi.id }, ['kpis', index, 'target'], kpi.id);
    }
    const deadline = kpi.deadline === undefined ? undefined : parseIsoDate(kpi.deadline);
    if (deadline === null) {
      report('invalid-date', 'error', 'plan.invalidDate', { id: kpi.id, field: 'deadline', value: kpi.deadline ?? '' }, ['kpis', index, 'deadline'], kpi.id);
    } else if (deadline !== undefined && !inSheetRange(deadline)) {
      report('invalid-date', 'error', 'calendar.dateOutOfRange', { field: 'deadline', value: deadline, ...SHEET_DATES }, ['kpis', index, 'deadline'], kpi.id);
    }
    if (kpi.backcast === undefined || isBlank(kpi.backcast)) {
      if (kpi.level === 'KPI' || kpi.level === 'KDI') {
        report('missing-backcast', 'error', 'plan.missingBackcast', { id: kpi.id }, ['kpis', index, 'backcast'], kpi.id);
      }
      return;
    }
    if (kpi.level === 'KGI') {
      report('missing-backcast', 'error', 'plan.kgiBackcast', { id: kpi.id }, ['kpis', index, 'backcast'], kpi.id);
      return;
    }
    const parsed = parseExpression(kpi.backcast);
    if (!parsed.ok) {
      const d = describeExpressionError(parsed.error);
      report('expression-syntax', 'error', 'plan.expressionSyntax', { id: kpi.id, expression: kpi.backcast, detail: d }, ['kpis', index, 'backcast'], kpi.id);
      backcasts[at] = { source: kpi.backcast, expr: null };
      return;
    }
    // The name a backcast may use besides hypotheses: the parent as written (the node it
    // hangs under, or, when that is missing or unknown, still the name the plan gives it).
    const parent = kpi.parent;
    const parentAtHand = parentAt[at] !== NO_PARENT ? parentAt[at] : parent === undefined ? undefined : nodeAt(ids, parent);
    const unknown = holdIds(parsed.expr, parent, parentAtHand === undefined ? undefined : entries[parentAtHand].kpi.id, hypothesisOf);
    for (const name of unknown) {
      if (nodeAt(ids, name) !== undefined) {
        report('unknown-name', 'error', 'plan.notParentName', { id: kpi.id, name, parent: parent ?? '-' }, ['kpis', index, 'backcast'], kpi.id);
      } else {
        report('unknown-name', 'error', 'plan.unknownName', { id: kpi.id, name }, ['kpis', index, 'backcast'], kpi.id);
      }
    }
    backcasts[at] = { source: kpi.backcast, expr: parsed.expr };
  });
  return backcasts;
}

/**
 * A backcast's names become the very strings its parent's and its hypotheses' ids are: every
 * later look-up by a name (targets, the readable backcast, the checks) then meets its key
 * itself, not a copy of it to compare letter by letter. The expression was just read and is
 * shared with nothing yet, so its names are set in place. Gives back the names that are
 * neither the parent nor a hypothesis, in the order written, each once.
 */
function holdIds(expr: Formula, parent: string | undefined, parentId: string | undefined, hypothesisOf: HypothesisLookup): readonly string[] {
  // The names that are neither, each once as first written: a list is made only when there is one.
  let unknown: string[] | undefined;
  visitFormula(expr, (node) => {
    if (node.kind !== 'name') return;
    const name = node.name;
    const id = name === parent ? parentId : hypothesisOf(name)?.id;
    if (id !== undefined) (node as { name: string }).name = id;
    else if (name !== parent && !(unknown ??= []).includes(name)) unknown.push(name);
  });
  return unknown ?? NO_NAMES;
}
const NO_NAMES: readonly string[] = [];

/** The plan's company days off within its month; a bad date or one outside the month is a problem. */
function readExtraHolidays(plan: Plan, month: IsoMonth | null, report: Report): IsoDate[] {
  const extraHolidays: IsoDate[] = [];
  plan.calendar.extra_holidays.forEach((value, i) => {
    const d = parseIsoDate(value);
    if (d === null) {
      report('invalid-date', 'error', 'calendar.invalidDate', { field: 'calendar.extra_holidays', value }, ['calendar', 'extra_holidays', i]);
    } else if (month !== null && !d.startsWith(month)) {
      report('holiday-outside-month', 'warning', 'calendar.extraHolidayOutsideMonth', { date: d, month }, ['calendar', 'extra_holidays', i]);
    } else {
      extraHolidays.push(d);
    }
  });
  return extraHolidays;
}

const NO_CHILDREN: readonly number[] = [];

/**
 * Depth-first from the roots (the KGI first), children in the order written. Nodes are
 * handled by their place in `entries`, where their backcasts stand too.
 */
function orderDepthFirst(
  entries: readonly Entry[],
  parentAt: Int32Array,
  backcasts: readonly (Backcast | undefined)[],
): KpiNode[] {
  const children = new Array<number[] | undefined>(entries.length);
  const roots: number[] = [];
  for (let at = 0; at < entries.length; at++) {
    const p = parentAt[at];
    if (p === NO_PARENT) {
      roots.push(at);
      continue;
    }
    const siblings = children[p];
    if (siblings) siblings.push(at);
    else children[p] = [at];
  }
  const isKgi = (at: number): number => Number(entries[at].kpi.level === 'KGI');
  roots.sort((a, b) => isKgi(b) - isKgi(a));
  const out: KpiNode[] = [];
  // Iterative, so a 10,000-level chain cannot overflow the stack: places and depths side by side.
  const stack: number[] = roots.reverse();
  const depths: number[] = stack.map(() => 0);
  while (stack.length > 0) {
    const at = stack.pop() as number;
    const depth = depths.pop() as number;
    const kpi = entries[at].kpi;
    const kids = children[at] ?? NO_CHILDREN;
    const parent = parentAt[at];
    const kind = unitKind(kpi.unit);
    out.push({
      id: kpi.id as KpiId,
      level: kpi.level,
      name: kpi.name,
      parent: parent === NO_PARENT ? null : (entries[parent].kpi.id as KpiId),
      unit: kpi.unit || undefined,
      unitKind: kind,
      target: kpi.target,
      backcast: backcasts[at],
      owner: kpi.owner || undefined,
      deadline: (kpi.deadline && parseIsoDate(kpi.deadline)) || undefined,
      controllable: kpi.controllable,
      better: kpi.better,
      baseline: kpi.baseline,
      ksf: kpi.ksf || undefined,
      notes: kpi.notes || undefined,
      round: kpi.round ?? (kind === 'count' ? 'up' : 'none'),
      capacityPerDay: kpi.capacity_per_day,
      rationale: kpi.rationale || undefined,
      aggregate: kpi.aggregate ?? inferAggregate(kpi.id, kpi.unit, kpi.name),
      aggregateOverride: kpi.aggregate,
      depth,
      children: kids.map((k) => entries[k].kpi.id) as KpiId[],
    });
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]);
      depths.push(depth + 1);
    }
  }
  return out;
}
