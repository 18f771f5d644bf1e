import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { membersOf } from '../../app/members';
import { memberReview, reviewOverview } from '../../app/reviewOverview';
import { closeReviews, reopenReview, writeReview } from '../operations';
import { isoWeekStart, parseIsoWeekLabel } from '../../core/calendar';
import { addDays } from '../../core/calendar/date';
import { reviewWeekChoices } from '../../core/review/status';
import { formatPercent } from '../format';
import { useT } from '../i18n';
import { usePrintReview } from '../printReview';
import { usePane } from '../state';
import { CalibratePanel } from './CalibratePanel';
import { EmptyState } from './EmptyState';
import { MemberPicker } from './MemberPicker';
import { MemberWeek } from './MemberWeek';
import { MonthPanel } from './month/MonthPanel';
import { OneOnOnePanel } from './OneOnOnePanel';
import { ReplanSummary } from './ReplanSummary';
import { RateGaps } from './RateGaps';
import { GapDrivers } from './GapDrivers';
import { ViewFooter } from './ViewFooter';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function weekDates(label: string): { start: string; end: string } {
  const w = parseIsoWeekLabel(label);
  if (!w) return { start: '', end: '' };
  const start = isoWeekStart(w.year, w.week);
  return { start, end: addDays(start, 6) };
}

/**
 * Review: pick the ISO week (this week by default), generate or open its tab, close or
 * reopen it, last review's action completion, the re-plan of the KGI and of the nodes
 * furthest behind, and the month by week as a chart. Once a later week's tab is written, offers to close the weeks before it.
 */
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
  /** The week whose tab was just written: the weeks before it are offered for closing. */
  const [generated, setGenerated] = useState<string | null>(null);
  /** The member whose figures are shown; '' for the whole team. */
  const [member, setMember] = useState<string>('');
  const print = usePrintReview();
  useEffect(() => {
    if (choices && (week === null || !choices.weeks.includes(week))) setWeek(choices.chosen);
  }, [choices, week]);
  const overview = useMemo(
    () => (analysis && week !== null ? reviewOverview(analysis, week) : null),
    [analysis, week],
  );

  const members = analysis ? membersOf(analysis) : [];
  const chosen = members.find((m) => m.id === member) ?? null;
  const memberRows = useMemo(
    () => (analysis && week !== null && chosen !== null ? memberReview(analysis, week, chosen.id, lang) : []),
    [analysis, week, chosen, lang],
  );

  if (!analysis || !model) return <EmptyState />;
  if (!choices || week === null || overview === null) return <Text>{tr('pane.loading')}</Text>;
  const { status, summary, rates, gap } = overview;
  const label = (w: string) => tr('pane.review.weekOption', { week: w, ...weekDates(w) });
  const ended = generated === week ? status.openBefore : [];

  const generate = async () => {
    const done = await run('pane.failed.review', tr('pane.review.generating'), (onProgress) =>
      writeReview(app, { week, onProgress }),
    );
    if (!done) return;
    setGenerated(week);
    setNotice({
      intent: 'success',
      body: tr(done.existed ? 'pane.review.refreshed' : 'pane.review.wrote', { sheet: done.sheet }),
    });
  };
  const close = async (weeks: readonly string[]) => {
    const done = await run('pane.failed.close', tr('pane.review.closing'), (onProgress) =>
      closeReviews(app, { weeks, onProgress }),
    );
    if (done && done.closed.length > 0)
      setNotice({
        intent: 'success',
        body: tr('pane.review.closedDone', { sheets: done.closed.join(lang === 'ja' ? '、' : ', ') }),
      });
  };
  const reopen = async () => {
    const done = await run('pane.failed.reopen', tr('pane.review.reopening'), (onProgress) =>
      reopenReview(app, { week, onProgress }),
    );
    if (done) setNotice({ intent: 'success', body: tr('pane.review.reopenedDone', { sheet: done.sheet }) });
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="review-heading">
        <Subtitle2 as="h2" id="review-heading">
          {tr('pane.review.heading')}
        </Subtitle2>
        <Field label={tr('pane.review.week')}>
          <Dropdown
            value={label(week)}
            selectedOptions={[week]}
            onOptionSelect={(_e, d) => d.optionValue && setWeek(d.optionValue)}
          >
            {choices.weeks.map((w) => (
              <Option key={w} value={w} text={label(w)}>
                {label(w)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Text role="status">
          {status.closed
            ? tr('pane.review.closed', {
                since: status.closed.on ? tr('pane.review.closedSince', { date: status.closed.on }) : '',
              })
            : status.sheet
              ? tr('pane.review.exists', { sheet: status.sheet })
              : tr('pane.review.missing')}
        </Text>
        <Text>
          {status.previous === null
            ? tr('pane.review.first')
            : status.previous.completion === null
              ? tr('pane.review.previousNone', { week: status.previous.week })
              : tr('pane.review.previous', {
                  week: status.previous.week,
                  rate: formatPercent(lang, status.previous.completion),
                })}
        </Text>
        {ended.length > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {tr('pane.review.offerClose', { weeks: ended.join(lang === 'ja' ? '、' : ', ') })}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void close(ended)} disabled={busy !== null}>
                {tr('pane.review.closeEnded')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <MemberPicker label="pane.review.member" members={members} chosen={chosen} onChange={(id) => setMember(id ?? '')} />
        {chosen !== null && <MemberWeek name={chosen.name} rows={memberRows} />}
        {summary && chosen === null && <ReplanSummary summary={summary} />}
        {summary && chosen === null && gap && <GapDrivers gap={gap} />}
        {summary && chosen === null && <MonthPanel week={week} />}
        {summary && <RateGaps gaps={rates} />}
        {summary && <CalibratePanel />}
        <OneOnOnePanel week={week} />
        <Text className={styles.muted}>{tr('pane.review.questions')}</Text>
      </section>
      <ViewFooter>
        {status.closed ? (
          <Button appearance="primary" onClick={() => void reopen()} disabled={busy !== null}>
            {tr('pane.review.reopen')}
          </Button>
        ) : (
          <>
            <Button appearance="primary" onClick={() => void generate()} disabled={busy !== null}>
              {status.sheet ? tr('pane.review.refresh') : tr('pane.review.generate')}
            </Button>
            {status.sheet ? (
              <Button onClick={() => void close([week])} disabled={busy !== null}>
                {tr('pane.review.close')}
              </Button>
            ) : null}
          </>
        )}
        <Button onClick={() => void print(week)} disabled={busy !== null}>
          {tr('pane.review.print')}
        </Button>
      </ViewFooter>
    </>
  );
}
