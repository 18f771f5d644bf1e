import { Caption1, Dropdown, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { monthChart } from '../../../app/monthChart';
import type { MonthSeries } from '../../../core/review/monthSeries';
import { formatTarget } from '../../format';
import { useT } from '../../i18n';
import { usePane } from '../../state';
import { ChartBoundary } from './ChartBoundary';
import { MonthTable } from './MonthTable';
import { CHART_HEIGHT } from './size';

// The charting library is the heaviest part of the Review view: it loads in a chunk of its own, once the view shows.
const MonthChart = lazy(async () => ({
  default: (await import(/* webpackChunkName: "chart" */ './MonthChart')).MonthChart,
}));

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // The chart's room is kept while it loads, so nothing below it jumps.
  chart: { height: `${CHART_HEIGHT}px`, minWidth: 0, width: '100%', overflow: 'hidden' },
  line: { color: tokens.colorNeutralForeground2 },
});

/**
 * The month as a picture: to-date target and actual by week, and where the latest pace
 * leads by the month's end, for the KGI or a node chosen here; a table carries the same
 * numbers for anyone who does not see the chart.
 */
export function MonthPanel({ week }: { week: string }) {
  const styles = useStyles();
  const { tr } = useT();
  const { analysis } = usePane();
  const headingId = useId();
  const describedBy = useId();
  const chart = useMemo(() => (analysis ? monthChart(analysis, week) : null), [analysis, week]);
  const [chosen, setChosen] = useState<string | null>(null);
  if (chart === null) return null;
  const series =
    chart.nodes.find((n) => n.id === chosen) ??
    chart.nodes.find((n) => n.id === chart.initial) ??
    chart.nodes[0];
  return (
    <section className={styles.block} aria-labelledby={headingId} data-month-chart={series.id}>
      <Text weight="semibold" id={headingId}>
        {tr('pane.review.month')}
      </Text>
      <Field label={tr('pane.review.monthNode')}>
        <Dropdown
          value={series.name}
          selectedOptions={[series.id]}
          onOptionSelect={(_e, d) => d.optionValue && setChosen(d.optionValue)}
        >
          {chart.nodes.map((n) => (
            <Option key={n.id} value={n.id} text={n.name}>
              {n.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.chart} data-chart-area="">
        <ChartBoundary fallback={<Caption1>{tr('pane.review.chartFailed')}</Caption1>}>
          <Suspense fallback={null}>
            <MonthChart series={series} describedBy={describedBy} />
          </Suspense>
        </ChartBoundary>
      </div>
      <Caption1 id={describedBy} className={styles.line}>
        <MonthLine series={series} />
      </Caption1>
      <MonthTable series={series} />
    </section>
  );
}

/** The chart in a sentence: the to-date figures of the week the forecast starts from, and the forecast. */
function MonthLine({ series }: { series: MonthSeries }) {
  const { tr, lang } = useT();
  const index = series.weeks.findIndex((w) => w.week === series.forecastFrom);
  const at = series.weeks[index];
  if (at === undefined) return <>{tr('pane.review.monthNoActuals')}</>;
  const n = (x: number | null) => formatTarget(lang, series, x);
  return (
    <>
      {tr('pane.review.monthLine', {
        week: tr('pane.review.monthWeekShort', { n: index + 1 }),
        actual: n(at.mtdActual),
        target: n(at.mtdTarget),
        forecast: n(series.forecast),
        monthly: n(series.monthlyTarget),
      })}
    </>
  );
}
