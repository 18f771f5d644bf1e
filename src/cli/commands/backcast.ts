import type { BackcastResult } from '../../core/backcast/compute';
import { t, type Lang } from '../../core/i18n';
import type { Model } from '../../core/model/types';
import { oneLine } from '../../core/text/oneLine';
import { formatTable } from '../../core/text/width';

/** The JSON of `kpi-tree backcast --format json`: a contract other tools read. */
export function backcastJson(model: Model, result: BackcastResult): unknown {
  const { calendar } = result;
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
    nodes: result.nodes.map((n) => ({
      id: n.id,
      level: n.level,
      name: n.name,
      unit: n.unit ?? null,
      monthly: n.monthly === null ? null : tidy(n.monthly),
      perWorkday: n.perWorkday === null ? null : round2(n.perWorkday),
      weekly: n.weekly === null ? null : n.weekly.map(tidy),
    })),
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

/** A readable table: one line per node, with the month's ISO weeks as columns. */
export function backcastText(model: Model, result: BackcastResult, lang: Lang): string {
  const { calendar } = result;
  const head = [
    t(lang, 'cli.col.id'),
    t(lang, 'cli.col.level'),
    t(lang, 'cli.col.name'),
    t(lang, 'cli.col.unit'),
    t(lang, 'cli.col.monthly'),
    t(lang, 'cli.col.perWorkday'),
    ...calendar.weeks.map((w) => `${w.label.slice(5)}(${w.workdays})`),
  ];
  const depth = new Map(model.nodes.map((n) => [n.id as string, n.depth]));
  const rows = result.nodes.map((n) => [
    n.id,
    n.level,
    `${'  '.repeat(depth.get(n.id) ?? 0)}${oneLine(n.name)}`,
    oneLine(n.unit ?? ''),
    fmt(n.monthly),
    n.perWorkday === null ? '-' : fmt(n.perWorkday, 2),
    ...(n.weekly ?? calendar.weeks.map(() => null)).map((x) => fmt(x)),
  ]);
  const numeric = new Set(head.map((_, i) => i).filter((i) => i >= 4));
  const title = `${oneLine(model.title)} — ${t(lang, 'cli.workdays', { month: calendar.month, workdays: calendar.workdays })}`;
  return `${title}\n\n${formatTable([head, ...rows], numeric)}\n`;
}
