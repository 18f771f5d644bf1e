import { Badge, Caption1, Text } from '@fluentui/react-components';
import type { RateGap } from '../../core/review/rateGaps';
import { formatPercent, formatTarget } from '../format';
import { useT } from '../i18n';
import { useFigureListStyles } from './figureListStyles';


/** The hypotheses furthest from the rates the actuals give, to date: read-only, from the workbook. */
export function RateGaps({ gaps }: { gaps: readonly RateGap[] }) {
  const styles = useFigureListStyles();
  const { tr, lang } = useT();
  return (
    <section className={styles.block} aria-label={tr('pane.review.rates')}>
      <Text weight="semibold">{tr('pane.review.rates')}</Text>
      {gaps.length === 0 ? (
        <Caption1>{tr('pane.review.ratesNone')}</Caption1>
      ) : (
        <ul className={styles.list}>
          {gaps.map((gap) => {
            const n = (x: number | null) =>
              formatTarget(lang, { unitKind: gap.percent ? 'rate' : 'other' }, x);
            return (
              <li key={gap.id} data-rate={gap.id}>
                <div className={styles.head}>
                  <Text>{gap.name}</Text>
                  <Badge appearance="tint" color={gap.ratio >= 1 ? 'success' : 'danger'}>
                    {formatPercent(lang, gap.ratio - 1, true)}
                  </Badge>
                </div>
                <Caption1 className={styles.line}>
                  {tr('pane.review.ratesLine', {
                    numerator: gap.numerator,
                    denominator: gap.denominator,
                    toDate: n(gap.toDate),
                    value: n(gap.value),
                    week: n(gap.week),
                  })}
                </Caption1>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
