import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { refreshWorkbook } from '../operations';
import { countBySeverity, SEVERITY_ORDER } from '../../core/rules';
import { useT } from '../i18n';
import { usePane } from '../state';
import { EmptyState } from './EmptyState';
import { groupFindings } from './problems/groupFindings';
import { KpiFindings } from './problems/KpiFindings';
import { SeverityIcon } from './problems/severity';
import { useFindingActions } from './problems/useFindingActions';
import { ViewFooter } from './ViewFooter';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  counts: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap' },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Problems, like VS Code's panel: counts per severity, the findings grouped by KPI, a
 * click selects the cell, each quick fix says what it does.
 */
export function ProblemsView() {
  const styles = useStyles();
  const { tr } = useT();
  const { analysis, app, run, setNotice, busy } = usePane();
  const actions = useFindingActions();
  if (!analysis?.model) return <EmptyState />;
  const findings = analysis.findings;
  const counts = countBySeverity(findings);
  const groups = groupFindings(findings, analysis.model);

  const runChecks = async () => {
    const written = await run('pane.failed.refresh', tr('pane.problems.running'), (onProgress) => refreshWorkbook(app, { onProgress }));
    if (written) setNotice({ intent: 'success', body: tr('pane.problems.ran', { count: written.findings.length }) });
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="problems-heading">
        <Subtitle2 as="h2" id="problems-heading">
          {tr('pane.problems.heading')}
        </Subtitle2>
        <div className={styles.counts} role="status" aria-label={tr('pane.problems.counts', { errors: counts.error, warnings: counts.warning, infos: counts.info })}>
          {SEVERITY_ORDER.map((s) => (
            <span key={s} className={styles.count}>
              <SeverityIcon severity={s} />
              {tr(`pane.problems.count.${s}`, { count: counts[s] })}
            </span>
          ))}
        </div>
        <Text className={styles.muted}>{tr('pane.problems.live')}</Text>
        {findings.length === 0 ? <Text>{tr('pane.problems.none')}</Text> : null}
        {groups.map((g) => (
          <KpiFindings key={`${g.kind}-${g.id ?? ''}`} group={g} actions={actions} busy={busy !== null} />
        ))}
      </section>
      <ViewFooter>
        <Button appearance="primary" onClick={() => void runChecks()} disabled={busy !== null}>
          {tr('pane.problems.run')}
        </Button>
      </ViewFooter>
    </>
  );
}
