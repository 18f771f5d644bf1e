import { Button, Dropdown, Field, makeStyles, Option, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { writeReview } from '../../app/review';
import { isoWeekStart, parseIsoWeekLabel } from '../../core/calendar';
import { addDays } from '../../core/calendar/date';
import { reviewStatus, reviewWeekChoices } from '../../core/review/status';
import { formatPercent } from '../format';
import { useT } from '../i18n';
import { usePrintReview } from '../printReview';
import { usePane } from '../state';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function weekDates(label: string): { start: string; end: string } {
  const w = parseIsoWeekLabel(label);
  if (!w) return { start: '', end: '' };
  const start = isoWeekStart(w.year, w.week);
  return { start, end: addDays(start, 6) };
}

/** Review: pick the ISO week (this week by default), generate or open its tab, last review's action completion. */
export function ReviewView() {
  const styles = useStyles();
  const { tr, lang } = useT();
  const { analysis, app, run, setNotice, today, busy } = usePane();
  const model = analysis?.model ?? null;
  const calendar = analysis?.backcast?.calendar ?? null;
  const choices = useMemo(
    () => (calendar && model ? reviewWeekChoices(model, calendar, today()) : null),
    [calendar, model, today],
  );
  const [week, setWeek] = useState<string | null>(null);
  const print = usePrintReview();
  useEffect(() => {
    if (choices && (week === null || !choices.weeks.includes(week))) setWeek(choices.chosen);
  }, [choices, week]);

  if (!analysis || !model || !choices || week === null) return <Text>{analysis ? tr('pane.noTreeYet') : tr('pane.loading')}</Text>;
  const status = reviewStatus(analysis.data, week);
  const label = (w: string) => tr('pane.review.weekOption', { week: w, ...weekDates(w) });

  const generate = async () => {
    const done = await run('pane.failed.review', tr('pane.review.generating'), (onProgress) => writeReview(app, { week, onProgress }));
    if (done) setNotice({ intent: 'success', body: tr(done.existed ? 'pane.review.refreshed' : 'pane.review.wrote', { sheet: done.sheet }) });
  };

  return (
    <section className={styles.section} aria-labelledby="review-heading">
      <Subtitle2 as="h2" id="review-heading">
        {tr('pane.review.heading')}
      </Subtitle2>
      <Field label={tr('pane.review.week')}>
        <Dropdown value={label(week)} selectedOptions={[week]} onOptionSelect={(_e, d) => d.optionValue && setWeek(d.optionValue)}>
          {choices.weeks.map((w) => (
            <Option key={w} value={w} text={label(w)}>
              {label(w)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text role="status">{status.sheet ? tr('pane.review.exists', { sheet: status.sheet }) : tr('pane.review.missing')}</Text>
      <Text>
        {status.previous === null
          ? tr('pane.review.first')
          : status.previous.completion === null
            ? tr('pane.review.previousNone', { week: status.previous.week })
            : tr('pane.review.previous', { week: status.previous.week, rate: formatPercent(lang, status.previous.completion) })}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void generate()} disabled={busy !== null}>
          {status.sheet ? tr('pane.review.refresh') : tr('pane.review.generate')}
        </Button>
        <Button onClick={() => void print(week)} disabled={busy !== null}>
          {tr('pane.review.print')}
        </Button>
      </div>
      <Text className={styles.muted}>{tr('pane.review.questions')}</Text>
    </section>
  );
}
