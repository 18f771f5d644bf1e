import { render, type Lang, t } from '../core/i18n';
import type { Problem } from '../core/model/problem';
import { oneLine } from '../core/text/oneLine';

/** One line per problem: where (cell, or field; the node; the line), severity, message. */
export function formatProblem(lang: Lang, p: Problem): string {
  const where: string[] = [];
  if (p.cell) where.push(p.cell);
  else if (p.field) where.push(p.field);
  if (p.node !== undefined) where.push(`(${p.node})`);
  if (p.line !== undefined) where.push(t(lang, 'cli.problemLine', { line: p.line }));
  const severity = t(
    lang,
    p.severity === 'error' ? 'common.error' : p.severity === 'warning' ? 'common.warning' : 'common.info',
  );
  const prefix = where.length > 0 ? `${where.join(' ')}: ` : '';
  return `${oneLine(prefix)}${severity}: ${oneLine(render(lang, p.message))}`;
}
