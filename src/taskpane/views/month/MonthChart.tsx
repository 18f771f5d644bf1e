import { DataVizPalette, LineChart, type LineChartPoints } from '@fluentui/react-charts';
import type { Lang } from '../../../core/i18n';
import type { MonthSeries } from '../../../core/review/monthSeries';
import { formatTarget, weekLabel } from '../../format';
import { useT } from '../../i18n';
import { CHART_HEIGHT } from './size';

/** The lines of the month's chart, named as the review tab names their columns. */
export function monthLines(
  series: MonthSeries,
  names: { readonly target: string; readonly actual: string; readonly forecast: string },
  label: (index: number) => string,
  figure: (x: number) => string,
): LineChartPoints[] {
  const line = (key: 'mtdTarget' | 'mtdActual' | 'forecast', legend: string) =>
    series.weeks.flatMap((w, i) => {
      const y = w[key];
      if (y === null) return [];
      const x = label(i);
      return [
        {
          x: i + 1,
          y,
          xAxisCalloutData: x,
          yAxisCalloutData: figure(y),
          callOutAccessibilityData: { ariaLabel: `${x}: ${legend} ${figure(y)}` },
        },
      ];
    });
  const lines: LineChartPoints[] = [
    {
      legend: names.target,
      data: line('mtdTarget', names.target),
      color: DataVizPalette.color2,
      legendShape: 'default',
    },
    { legend: names.actual, data: line('mtdActual', names.actual), color: DataVizPalette.color1 },
    {
      legend: names.forecast,
      data: line('forecast', names.forecast),
      color: DataVizPalette.color5,
      lineOptions: { strokeDasharray: '6 4' },
      legendShape: 'dottedLine',
    },
  ];
  return lines.filter((l) => l.data.length > 0);
}

/** The room left of the plot for the value axis (px): its figures are short (1M, 100万, 85%). */
const AXIS_ROOM = 48;

/** A value axis figure, short enough for a narrow pane: 1M, 250K; 100万, 25万; 85%. */
export function axisFigure(lang: Lang, series: Pick<MonthSeries, 'unitKind'>, y: number): string {
  if (series.unitKind === 'rate') return formatTarget(lang, series, y);
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(y);
}

/**
 * To-date target and actual by week, and the forecast from the latest pace to the month's
 * end (dashed), drawn with Fluent's charts; the table beside it holds the same numbers.
 */
export function MonthChart({ series, describedBy }: { series: MonthSeries; describedBy: string }) {
  const { tr, lang } = useT();
  const short = (i: number) => tr('pane.review.monthWeekShort', { n: i + 1 });
  const lines = monthLines(
    series,
    {
      target: tr('review.col.mtdTarget'),
      actual: tr('review.col.mtdActual'),
      forecast: tr('pane.review.monthForecast'),
    },
    (i) => weekLabel(lang, series.weeks[i], i),
    (x) => formatTarget(lang, series, x),
  );
  const ticks = series.weeks.map((_w, i) => i + 1);
  return (
    <LineChart
      data={{ chartTitle: tr('pane.review.monthTable', { name: series.name }), lineChartData: lines }}
      height={CHART_HEIGHT}
      tickValues={ticks}
      xAxis={{ tickText: ticks.map((_t, i) => short(i)) }}
      xMinValue={1}
      xMaxValue={Math.max(1, ticks.length)}
      yMinValue={0}
      yAxisTickCount={4}
      yAxisTickFormat={(y: number) => axisFigure(lang, series, y)}
      margins={{ left: AXIS_ROOM }}
      culture={lang === 'ja' ? 'ja-JP' : 'en-US'}
      svgProps={{ 'aria-describedby': describedBy }}
      legendProps={{ allowFocusOnLegends: true }}
    />
  );
}
