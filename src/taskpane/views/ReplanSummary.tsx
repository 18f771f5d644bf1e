import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { hintSentence } from '../../core/review/hintText';
import type { ReviewSummary, SummaryRow } from '../../core/review/summary';
import { formatTarget } from '../format';
import { useT } from '../i18n';
import { useFigureListStyles } from './figureListStyles';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
});

const COLOR = { onTrack: 'success', atRisk: 'warning', offTrack: 'danger' } as const;

/** The re-planned figures of the KGI and of the nodes furthest behind: read-only, from the workbook. */
export function ReplanSummary({ summary }: { summary: ReviewSummary }) {
  const styles = { ...useFigureListStyles(), ...useStyles() };
  const { tr } = useT();
  const rows = [...(summary.kgi ? [summary.kgi] : []), ...summary.behind];
  const hasFigures = rows.some((r) => r.forecast !== null || r.remaining !== null);
  return (
    <section className={styles.block} aria-label={tr('pane.review.replan')}>
      <Text weight="semibold">{tr('pane.review.replan')}</Text>
      {!hasFigures ? (
        <Caption1>{tr('pane.review.replanNone')}</Caption1>
      ) : (
        <ul className={styles.list}>
          {summary.kgi && <Row row={summary.kgi} />}
          {summary.behind.length > 0 && (
            <li>
              <Caption1>{tr('pane.review.behind')}</Caption1>
            </li>
          )}
          {summary.behind.map((row) => (
            <Row key={row.id} row={row} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Row({ row }: { row: SummaryRow }) {
  const styles = { ...useFigureListStyles(), ...useStyles() };
  const { tr, lang } = useT();
  const n = (x: number | null, perDay = false) => formatTarget(lang, row, x, perDay);
  // The tab's own sentence: the same templates and numbers, in the pane's language (a closed week's as kept).
  const hint = row.keptHint ?? (row.hint ? hintSentence(lang, row.hint) : null);
  return (
    <li data-replan={row.id}>
      <div className={styles.head}>
        <Text>{row.name}</Text>
        {row.outlook && (
          <Badge appearance="tint" color={COLOR[row.outlook]}>
            {tr(`review.outlook.${row.outlook}`)}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.line}>
        {tr('pane.review.replanLine', {
          remaining: n(row.remaining),
          perDay: n(row.perDay, true),
          nextWeek: n(row.nextWeek),
          forecast: n(row.forecast),
        })}
      </Caption1>
      {hint && (
        <Caption1 className={styles.hint} data-hint={row.id}>
          {hint}
        </Caption1>
      )}
    </li>
  );
}
