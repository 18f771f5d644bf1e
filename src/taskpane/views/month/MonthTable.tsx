import { makeStyles, tokens } from '@fluentui/react-components';
import type { MonthSeries } from '../../../core/review/monthSeries';
import { formatTarget, weekLabel } from '../../format';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  // Four narrow columns that fit the narrowest pane: long figures wrap rather than overflow.
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  caption: {
    textAlign: 'start',
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalXS,
  },
  head: {
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'end',
    padding: tokens.spacingHorizontalXS,
    verticalAlign: 'bottom',
  },
  week: { fontWeight: tokens.fontWeightRegular, textAlign: 'start', padding: tokens.spacingHorizontalXS },
  cell: { textAlign: 'end', padding: tokens.spacingHorizontalXS, fontVariantNumeric: 'tabular-nums' },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** The chart's numbers, week by week: its text alternative, and the figures for anyone who wants them. */
export function MonthTable({ series }: { series: MonthSeries }) {
  const styles = useStyles();
  const { tr, lang } = useT();
  const n = (x: number | null) => formatTarget(lang, series, x);
  return (
    <table className={styles.table} data-month-table={series.id}>
      <caption className={styles.caption}>{tr('pane.review.monthTable', { name: series.name })}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.week}>
            {tr('pane.review.monthWeek')}
          </th>
          <th scope="col" className={styles.head}>
            {tr('review.col.mtdTarget')}
          </th>
          <th scope="col" className={styles.head}>
            {tr('review.col.mtdActual')}
          </th>
          <th scope="col" className={styles.head}>
            {tr('pane.review.monthForecast')}
          </th>
        </tr>
      </thead>
      <tbody>
        {series.weeks.map((w, i) => (
          <tr key={w.week} className={styles.row} data-week={w.week}>
            <th scope="row" className={styles.week}>
              {weekLabel(lang, w, i)}
            </th>
            <td className={styles.cell}>{n(w.mtdTarget)}</td>
            <td className={styles.cell}>{n(w.mtdActual)}</td>
            <td className={styles.cell}>{n(w.forecast)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
