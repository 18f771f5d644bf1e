import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MessageKey } from '../../core/i18n';
import type { KgiGap } from '../../core/review/kgiGap';
import { formatDelta } from '../format';
import { useT } from '../i18n';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    justifyContent: 'space-between',
  },
  line: { color: tokens.colorNeutralForeground2 },
});

const NONE: Readonly<Record<NonNullable<KgiGap['none']>, MessageKey>> = {
  noChain: 'review.gap.noChain',
  missing: 'review.gap.missing',
  unusable: 'review.gap.unusable',
};

/** The KGI's to-date gap by driver, largest first, as the tab's table shows it: read-only, from the workbook. */
export function GapDrivers({ gap }: { gap: KgiGap }) {
  const styles = useStyles();
  const { tr, lang } = useT();
  const amount = (x: number): string => {
    const figure = formatDelta(lang, x);
    return gap.unit ? (lang === 'ja' ? `${figure}${gap.unit}` : `${figure} ${gap.unit}`) : figure;
  };
  return (
    <section className={styles.block} aria-label={tr('pane.review.gap')}>
      <Text weight="semibold">{tr('pane.review.gap')}</Text>
      {gap.total !== null && (
        <Caption1 className={styles.line}>
          {tr('pane.review.gapTotal', { name: gap.name, total: amount(gap.total) })}
        </Caption1>
      )}
      {gap.none !== null ? (
        <Caption1>{tr(NONE[gap.none])}</Caption1>
      ) : (
        <ul className={styles.list}>
          {gap.drivers.map((d) => (
            <li key={d.key} data-driver={d.key} className={styles.item}>
              <Text>{d.name}</Text>
              <Badge appearance="tint" color={d.contribution >= 0 ? 'success' : 'danger'}>
                {amount(d.contribution)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
