import { Badge, Caption1, Text } from '@fluentui/react-components';
import type { MemberWeekRow } from '../../core/review/memberWeek';
import { formatPercent, formatTarget } from '../format';
import { useT } from '../i18n';
import { useFigureListStyles } from './figureListStyles';


const COLOR = { achieved: 'success', close: 'warning', missed: 'danger' } as const;

/** Whether a row has a month so far to show: what is left of the target, or a forecast. */
const paced = (row: MemberWeekRow): boolean =>
  (row.remaining ?? null) !== null || (row.forecast ?? null) !== null;

/** One member's week: their own targets, what they typed in their columns of the tab, their status; what is left of their month, their forecast, their hint. Read-only. */
export function MemberWeek({ name, rows }: { name: string; rows: readonly MemberWeekRow[] }) {
  const styles = useFigureListStyles();
  const { tr, lang } = useT();
  const typed = rows.some((r) => r.actual !== null);
  return (
    <section className={styles.block} aria-label={tr('pane.review.memberWeek', { name })}>
      <Text weight="semibold">{tr('pane.review.memberWeek', { name })}</Text>
      {!typed && <Caption1>{tr('pane.review.memberNone', { name })}</Caption1>}
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.id} data-member-row={row.id}>
            <div className={styles.head}>
              <Text>{row.name}</Text>
              {row.status && (
                <Badge appearance="tint" color={COLOR[row.status]}>
                  {tr(`review.status.${row.status}`)}
                  {row.achievement !== null ? ` ${formatPercent(lang, row.achievement)}` : ''}
                </Badge>
              )}
            </div>
            <Caption1 className={styles.line}>
              {tr('pane.review.memberLine', {
                target: formatTarget(lang, row, row.target),
                actual: formatTarget(lang, row, row.actual),
              })}
            </Caption1>
            {paced(row) && (
              <Caption1 className={styles.line} data-member-pace={row.id}>
                {row.outlook
                  ? tr('pane.review.memberPaceOutlook', {
                      remaining: formatTarget(lang, row, row.remaining ?? null),
                      forecast: formatTarget(lang, row, row.forecast ?? null),
                      outlook: tr(`review.outlook.${row.outlook}`),
                    })
                  : tr('pane.review.memberPace', {
                      remaining: formatTarget(lang, row, row.remaining ?? null),
                      forecast: formatTarget(lang, row, row.forecast ?? null),
                    })}
              </Caption1>
            )}
            {row.hint && (
              <Caption1 className={styles.line} data-member-hint={row.id}>
                {tr('pane.review.memberHint', { hint: row.hint })}
              </Caption1>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
