import { makeStyles, tokens } from '@fluentui/react-components';
import type { NodeTargets } from '../../../core/backcast/compute';
import type { WeekInfo } from '../../../core/calendar/monthCalendar';
import { formatDelta, formatTarget, weekLabel, withUnit } from '../../format';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(8.5em, 1fr))',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
    fontVariantNumeric: 'tabular-nums',
  },
  week: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  value: { margin: 0, whiteSpace: 'nowrap' },
  up: { color: tokens.colorPaletteRedForeground1 },
  down: { color: tokens.colorPaletteGreenForeground1 },
});

/**
 * A node's weekly targets, each under the week's name and dates (「第1週 12/1〜12/6」),
 * with its unit; a what-if shows the change beside each.
 */
export function WeekFigures({
  weeks,
  node,
  unit,
  values,
  before,
  label,
}: {
  weeks: readonly WeekInfo[];
  node: Pick<NodeTargets, 'unitKind'>;
  unit: string | undefined;
  values: readonly (number | null)[];
  before?: readonly (number | null)[];
  label: string;
}) {
  const styles = useStyles();
  const { lang } = useT();
  return (
    <dl className={styles.grid} aria-label={label}>
      {weeks.map((w, i) => {
        const value = values[i] ?? null;
        const was = before?.[i] ?? null;
        const delta = before && value !== null && was !== null ? value - was : 0;
        return (
          <div key={w.label} className={styles.week} data-week={w.label}>
            <dt className={styles.label}>{weekLabel(lang, w, i)}</dt>
            <dd className={styles.value}>
              {withUnit(lang, node, formatTarget(lang, node, value), unit)}
              {delta !== 0 ? (
                <span className={delta > 0 ? styles.up : styles.down}> ({formatDelta(lang, delta)})</span>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
