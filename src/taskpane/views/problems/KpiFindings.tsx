import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITY_ORDER } from '../../../core/rules';
import { useT } from '../../i18n';
import type { FindingGroup } from './groupFindings';
import { FindingItem } from './FindingItem';
import { SeverityIcon } from './severity';
import type { FindingActions } from './useFindingActions';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  name: { overflowWrap: 'anywhere', minWidth: 0 },
  counts: {
    display: 'inline-flex',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'nowrap',
  },
  count: { display: 'inline-flex', alignItems: 'center', gap: '2px' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

const LEVEL_COLOR = { KGI: 'brand', KPI: 'informative', KDI: 'success', KCI: 'subtle' } as const;

/** The findings about one KPI under its name, with a count per severity, as VS Code lists a file's problems. */
export function KpiFindings({
  group,
  actions,
  busy,
}: {
  group: FindingGroup;
  actions: FindingActions;
  busy: boolean;
}) {
  const styles = useStyles();
  const { tr } = useT();
  const headingId = `problems-of-${group.kind}-${group.id ?? 'tree'}`;
  const name = group.kind === 'tree' ? tr('pane.problems.wholeTree') : group.name;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-group={group.id ?? ''}>
      <h3 className={styles.heading} id={headingId}>
        {group.level ? (
          <Badge appearance="tint" color={LEVEL_COLOR[group.level]} size="small">
            {group.level}
          </Badge>
        ) : group.kind === 'hypothesis' ? (
          <Badge appearance="tint" color="warning" size="small">
            {tr('pane.problems.hypothesis')}
          </Badge>
        ) : null}
        <span className={styles.name}>{name}</span>
        <span className={styles.counts}>
          {SEVERITY_ORDER.filter((s) => group.counts[s] > 0).map((s) => (
            <span
              key={s}
              className={styles.count}
              title={tr(`pane.problems.count.${s}`, { count: group.counts[s] })}
            >
              <SeverityIcon severity={s} />
              {group.counts[s]}
            </span>
          ))}
        </span>
      </h3>
      <ul className={styles.list}>
        {group.findings.map((f, i) => (
          <FindingItem key={`${f.rule}-${i}`} finding={f} actions={actions} busy={busy} />
        ))}
      </ul>
    </section>
  );
}
