import { Badge, Button, CounterBadge, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { refreshWorkbook } from '../../app/build';
import { applyQuickFix } from '../../app/fixes';
import { undoWrites } from '../../app/hypotheses';
import { goToCell } from '../../app/navigate';
import { render } from '../../core/i18n';
import { countBySeverity, ruleName, severityLabel, SEVERITY_ORDER, type Finding, type RuleSeverity } from '../../core/rules';
import { useT } from '../i18n';
import { usePane } from '../state';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  counts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  message: {
    textAlign: 'left',
    justifyContent: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    padding: 0,
    minWidth: 0,
    height: 'auto',
    whiteSpace: 'normal',
  },
  meta: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', color: tokens.colorNeutralForeground3 },
  rule: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const BADGE: Readonly<Record<RuleSeverity, 'danger' | 'important' | 'informative'>> = { error: 'danger', warning: 'important', info: 'informative' };

/** Problems, like VS Code's panel: counts, findings grouped by severity, click to go to the cell, quick fixes. */
export function ProblemsView() {
  const styles = useStyles();
  const { tr, lang } = useT();
  const { analysis, app, run, setNotice, busy } = usePane();
  const findings = analysis?.findings ?? [];
  const counts = countBySeverity(findings);

  const goTo = (cell: string) => {
    void run('pane.failed.select', null, () => goToCell(app, cell));
  };

  const quickFix = async (f: Finding) => {
    if (!analysis || !f.fix) return;
    const description = render(lang, f.fix.description);
    const previous = await run('pane.failed.fix', null, () => applyQuickFix(app, analysis, f));
    if (previous) {
      setNotice({
        intent: 'success',
        body: tr('pane.problems.fixed', { description }),
        undo: { run: () => undoWrites(app, [previous]), failed: 'pane.failed.fix', done: tr('pane.tree.undone') },
      });
    }
  };

  const runChecks = async () => {
    const written = await run('pane.failed.refresh', tr('pane.problems.running'), (onProgress) => refreshWorkbook(app, { onProgress }));
    if (written) setNotice({ intent: 'success', body: tr('pane.problems.ran', { count: written.findings.length }) });
  };

  return (
    <section className={styles.section} aria-labelledby="problems-heading">
      <div className={styles.counts}>
        <Subtitle2 as="h2" id="problems-heading" className={styles.grow}>
          {tr('pane.problems.heading')}
        </Subtitle2>
        <Button appearance="primary" onClick={() => void runChecks()} disabled={busy !== null || !analysis?.model}>
          {tr('pane.problems.run')}
        </Button>
      </div>
      <div className={styles.counts} role="status" aria-label={tr('pane.problems.counts', { errors: counts.error, warnings: counts.warning, infos: counts.info })}>
        {SEVERITY_ORDER.map((s) => (
          <span key={s} className={styles.meta}>
            <CounterBadge count={counts[s]} showZero color={BADGE[s]} appearance={counts[s] > 0 ? 'filled' : 'ghost'} />
            {tr(`pane.problems.group.${s}`)}
          </span>
        ))}
      </div>
      <Text className={styles.muted}>{tr('pane.problems.live')}</Text>
      {findings.length === 0 && analysis?.model ? <Text>{tr('pane.problems.none')}</Text> : null}
      {SEVERITY_ORDER.filter((s) => counts[s] > 0).map((severity) => (
        <section key={severity} aria-labelledby={`problems-${severity}`} className={styles.section}>
          <Subtitle2 as="h3" id={`problems-${severity}`}>
            {tr(`pane.problems.group.${severity}`)} ({counts[severity]})
          </Subtitle2>
          <ul className={styles.list}>
            {findings
              .filter((f) => f.severity === severity)
              .map((f, i) => {
                const message = render(lang, f.message);
                const fixable = f.fix?.safe === true && f.fix.cell !== undefined;
                return (
                  <li key={`${f.rule}-${f.node ?? ''}-${i}`} className={`${styles.item} ${styles[severity]}`} data-rule={f.rule} data-node={f.node ?? ''}>
                    {f.cell ? (
                      <Button appearance="transparent" className={styles.message} onClick={() => f.cell && goTo(f.cell)} title={tr('pane.problems.goTo', { cell: f.cell })}>
                        {message}
                      </Button>
                    ) : (
                      <Text>{message}</Text>
                    )}
                    <span className={styles.meta}>
                      <Badge appearance="outline" color={BADGE[severity]} size="small">
                        {severityLabel(lang, severity)}
                      </Badge>
                      <span>{ruleName(lang, f.rule)}</span>
                      <span className={styles.rule}>{f.rule}</span>
                      {f.cell ? <span>{f.cell}</span> : null}
                      {fixable && f.fix ? (
                        <Button size="small" onClick={() => void quickFix(f)} disabled={busy !== null} aria-label={tr('pane.problems.fixLabel', { description: render(lang, f.fix.description) })}>
                          {tr('pane.problems.fix')}
                        </Button>
                      ) : null}
                    </span>
                    {f.fix && !fixable ? <Text className={styles.muted}>{tr('pane.problems.suggestion', { description: render(lang, f.fix.description) })}</Text> : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </section>
  );
}
