import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { WeekInfo } from '../../../core/calendar/monthCalendar';
import type { WhatIf } from '../../../core/whatIf/whatIf';
import { formatDelta, formatTarget, withUnit } from '../../format';
import { useT } from '../../i18n';
import { WeekFigures } from '../tree/WeekFigures';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  monthly: { fontVariantNumeric: 'tabular-nums' },
  up: { color: tokens.colorPaletteRedForeground1 },
  down: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What the typed hypotheses do to each activity (KDI): the month and every week, with the change beside each. */
export function WhatIfPreview({
  preview,
  weeks,
  changed,
}: {
  preview: WhatIf | null;
  weeks: readonly WeekInfo[];
  changed: boolean;
}) {
  const styles = useStyles();
  const { tr, lang } = useT();
  const heading = <Subtitle2 as="h3">{tr('pane.tree.preview')}</Subtitle2>;
  if (!changed)
    return (
      <>
        {heading}
        <Text className={styles.muted}>{tr('pane.tree.noChange')}</Text>
      </>
    );
  if (!preview?.computable)
    return (
      <>
        {heading}
        <Text role="alert">{tr('pane.tree.cannotCompute')}</Text>
      </>
    );
  const kdis = preview.rows.filter((r) => r.before.level === 'KDI');
  return (
    <>
      {heading}
      <ul className={styles.list} aria-label={tr('pane.tree.preview')} data-preview="">
        {kdis.map((r) => {
          const delta =
            r.after.monthly !== null && r.before.monthly !== null ? r.after.monthly - r.before.monthly : 0;
          return (
            <li key={r.id} className={styles.item} data-whatif={r.id}>
              <span className={styles.name}>{r.after.name}</span>
              <span className={styles.monthly}>
                {tr('pane.tree.monthly')}{' '}
                {withUnit(lang, r.after, formatTarget(lang, r.after, r.after.monthly), r.after.unit)}
                {delta !== 0 ? (
                  <span className={delta > 0 ? styles.up : styles.down}> ({formatDelta(lang, delta)})</span>
                ) : null}
              </span>
              {r.after.weekly ? (
                <WeekFigures
                  weeks={weeks}
                  node={r.after}
                  unit={r.after.unit}
                  values={r.after.weekly}
                  before={r.before.weekly ?? undefined}
                  label={tr('pane.tree.weekly')}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
