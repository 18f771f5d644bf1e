import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { NodeTargets } from '../../../core/backcast/compute';
import type { WeekInfo } from '../../../core/calendar/monthCalendar';
import type { KpiNode } from '../../../core/model/types';
import { formatTarget, withUnit } from '../../format';
import { useT } from '../../i18n';
import { WeekFigures } from './WeekFigures';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  line: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: 'anywhere' },
  owner: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap', flexShrink: 0 },
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: 'tabular-nums',
  },
  figure: { whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const LEVEL_COLOR = { KGI: 'brand', KPI: 'informative', KDI: 'success', KCI: 'subtle' } as const;

/**
 * One node of the outline: level, name, owner, and its monthly, per-day and weekly targets
 * with their units; for a member, their actual to date beside them (null: none typed yet).
 */
export function NodeItem({
  node,
  targets,
  weeks,
  actual,
}: {
  node: KpiNode;
  targets: NodeTargets | undefined;
  weeks: readonly WeekInfo[];
  actual?: number | null;
}) {
  const styles = useStyles();
  const { tr, lang } = useT();
  const t = targets;
  const qualitative = node.level === 'KCI' && (t?.monthly ?? null) === null;
  // Indented by depth, less in a narrow pane, so names keep room to read.
  const indent = `min(${node.depth * 12}px, ${node.depth * 3}vw)`;
  return (
    <li className={styles.item} style={{ marginLeft: indent }} data-node={node.id}>
      <span className={styles.line}>
        <Badge appearance="tint" color={LEVEL_COLOR[node.level]} size="small">
          {node.level}
        </Badge>
        <span className={styles.name}>{node.name}</span>
        {node.owner ? (
          <span className={styles.owner}>{tr('pane.tree.owner', { name: node.owner })}</span>
        ) : null}
      </span>
      {qualitative ? (
        <span className={styles.muted}>{tr('pane.tree.qualitative')}</span>
      ) : t && t.monthly !== null ? (
        <>
          <span className={styles.figures}>
            <span className={styles.figure}>
              {tr('pane.tree.monthly')} {withUnit(lang, t, formatTarget(lang, t, t.monthly), node.unit)}
            </span>
            <span className={styles.figure}>
              {tr('pane.tree.perDay')}{' '}
              {withUnit(lang, t, formatTarget(lang, t, t.perWorkday, true), node.unit)}
            </span>
            {actual !== undefined ? (
              <span className={styles.figure} data-actual={node.id}>
                {tr('pane.tree.actualToDate')} {withUnit(lang, t, formatTarget(lang, t, actual), node.unit)}
              </span>
            ) : null}
          </span>
          {t.weekly ? (
            <WeekFigures
              weeks={weeks}
              node={t}
              unit={node.unit}
              values={t.weekly}
              label={tr('pane.tree.weekly')}
            />
          ) : null}
        </>
      ) : (
        <span className={styles.muted}>{tr('pane.tree.notComputed')}</span>
      )}
    </li>
  );
}
