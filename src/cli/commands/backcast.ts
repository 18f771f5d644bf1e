import type { BackcastResult, NodeTargets } from '../../core/backcast/compute';
import { targetsOfMember } from '../../core/backcast/members';
import { backcastNamer } from '../../core/backcast/readable';
import { weekName } from '../../core/calendar/weekLabel';
import { t, type Lang } from '../../core/i18n';
import { nodeById, type KpiNode, type Model } from '../../core/model/types';
import { oneLine } from '../../core/text/oneLine';
import { formatTable } from '../../core/text/width';

/**
 * The JSON of `kpi-tree backcast --format json`: a contract other tools read. `members`
 * and each node's `byMember` are empty arrays for a plan without members.
 */
export function backcastJson(model: Model, result: BackcastResult, lang: Lang): unknown {
  const { calendar } = result;
  const byId = nodeById(model);
  const named = backcastNamer(model, lang);
  return {
    title: model.title,
    month: calendar.month,
    workdays: calendar.workdays,
    weeks: calendar.weeks.map((w) => ({ week: w.label, start: w.start, end: w.end, workdays: w.workdays })),
    hypotheses: model.hypotheses.map((h) => ({
      id: h.id,
      name: h.name,
      value: h.value,
      unit: h.unit ?? null,
    })),
    members: result.members.map((m) => ({ id: m.id, name: m.name, kgi: m.kgi === null ? null : tidy(m.kgi) })),
    nodes: result.nodes.map((n) => ({
      id: n.id,
      level: n.level,
      name: n.name,
      unit: n.unit ?? null,
      aggregate: n.aggregate,
      ...figures(n),
      byMember: n.byMember.map((m) => ({ member: m.member, ...figures(m) })),
      ...backcastOf(byId.get(n.id), named),
    })),
  };
}

/** A node's backcast as written (ids) and as people read it (names); both null for the KGI and typed targets. */
function backcastOf(
  node: KpiNode | undefined,
  named: (node: KpiNode) => string | null,
): { backcast: string | null; backcastInNames: string | null } {
  return { backcast: node?.backcast?.source ?? null, backcastInNames: node === undefined ? null : named(node) };
}

function figures(n: Pick<NodeTargets, 'monthly' | 'perWorkday' | 'weekly'>): { monthly: number | null; perWorkday: number | null; weekly: number[] | null } {
  return {
    monthly: n.monthly === null ? null : tidy(n.monthly),
    perWorkday: n.perWorkday === null ? null : round2(n.perWorkday),
    weekly: n.weekly === null ? null : n.weekly.map(tidy),
  };
}

/** Removes float noise (0.1+0.2) without hiding real decimals. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function fmt(x: number | null, decimals = 0): string {
  if (x === null) return '-';
  const digits = decimals > 0 || !Number.isInteger(tidy(x)) ? Math.max(decimals, 2) : 0;
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Money in whole yen (or dollars): nobody plans 2,526,315.79 円 a day. */
function money(n: Pick<NodeTargets, 'unitKind'>, x: number | null): string {
  return n.unitKind === 'currency' && x !== null ? fmt(Math.round(x)) : fmt(x);
}

/**
 * A readable table: one line per node, with the month's weeks as columns, headed as people
 * name them (第1週 12/1〜12/6) above their ISO week. With
 * members, the team's table (the members added up) comes first, then one per member.
 */
export function backcastText(model: Model, result: BackcastResult, lang: Lang): string {
  const { calendar } = result;
  const title = `${oneLine(model.title)} — ${t(lang, 'cli.workdays', { month: calendar.month, workdays: calendar.workdays })}`;
  const averages = result.nodes.filter((n) => n.aggregate === 'average' && n.monthly !== null).map((n) => n.name);
  const footnote = averages.length === 0 ? '' : `\n${t(lang, 'cli.averages', { names: averages.join(lang === 'ja' ? '、' : ', ') })}\n`;
  const formulas = backcastList(model, lang);
  if (result.members.length === 0) return `${title}\n\n${nodeTable(model, result, result.nodes, lang)}\n${formulas}${footnote}`;
  const sections = [
    `${t(lang, 'cli.member.team')}\n${nodeTable(model, result, result.nodes, lang, true)}`,
    ...result.members.map(
      (m) =>
        `${t(lang, 'cli.member.heading', { name: oneLine(m.name), id: m.id, kgi: fmt(m.kgi) })}\n${nodeTable(model, result, targetsOfMember(result, m.id), lang)}`,
    ),
  ];
  return `${title}\n\n${sections.join('\n\n')}\n${formulas}${footnote}`;
}

/**
 * Each backcast with the names people know, the formula as written beside it:
 * 「成約件数 ＝ 月間売上 ÷ 平均受注単価   revenue / unit_price」.
 */
function backcastList(model: Model, lang: Lang): string {
  const inNames = backcastNamer(model, lang);
  const rows = model.nodes.flatMap((n) => {
    const named = inNames(n);
    return named === null || n.backcast === undefined ? [] : [[`  ${oneLine(n.name)}`, lang === 'ja' ? '＝' : '=', named, n.backcast.source]];
  });
  return rows.length === 0 ? '' : `\n${t(lang, 'cli.backcasts')}\n${formatTable(rows)}\n`;
}

/** The targets of every node (the team's or a member's) as an aligned table. */
function nodeTable(model: Model, result: BackcastResult, nodes: readonly NodeTargets[], lang: Lang, teamBackcast = false): string {
  const { calendar } = result;
  const head = [
    t(lang, 'cli.col.id'),
    t(lang, 'cli.col.level'),
    t(lang, 'cli.col.name'),
    t(lang, 'cli.col.unit'),
    ...(teamBackcast ? [t(lang, 'cli.col.teamBackcast')] : []),
    t(lang, 'cli.col.monthly'),
    t(lang, 'cli.col.perWorkday'),
    ...calendar.weeks.map((w, k) => weekName(lang, w, k)),
  ];
  // Under each week's name, its ISO week and working days (W49(4)), as scripts and other tools know it.
  const isoLine = head.map((_, i) => {
    const w = calendar.weeks[i - (head.length - calendar.weeks.length)];
    return w === undefined ? '' : `${w.label.slice(5)}(${w.workdays})`;
  });
  const depth = new Map(model.nodes.map((n) => [n.id as string, n.depth]));
  const rows = nodes.map((n) => [
    n.id,
    n.level,
    `${'  '.repeat(depth.get(n.id) ?? 0)}${oneLine(n.name)}`,
    oneLine(n.unit ?? ''),
    ...(teamBackcast ? [fmt(n.teamBackcast)] : []),
    money(n, n.monthly),
    n.perWorkday === null ? '-' : n.unitKind === 'currency' ? money(n, n.perWorkday) : fmt(n.perWorkday, 2),
    ...(n.weekly ?? calendar.weeks.map(() => null)).map((x) => money(n, x)),
  ]);
  const numeric = new Set(head.map((_, i) => i).filter((i) => i >= 4));
  return formatTable([head, isoLine, ...rows], numeric);
}
