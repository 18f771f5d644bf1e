import { Badge, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { calibrationOf, proposalsToApply, type Calibration } from '../../app/calibrate';
import { undoWrites } from '../../app/hypotheses';
import type { Lang } from '../../core/i18n';
import { formatTarget } from '../format';
import { useT } from '../i18n';
import { useFigureListStyles } from './figureListStyles';
import { applyCalibration } from '../operations';
import { usePane } from '../state';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const rate = (lang: Lang, x: number | null): string => formatTarget(lang, { unitKind: 'rate' }, x);
const count = (lang: Lang, x: number | null): string => formatTarget(lang, { unitKind: 'other' }, x);

/**
 * Recalibrate: each rate hypothesis against the rate this month's actuals give so far, its
 * sample and 95 % interval, trusted or not; applies the trusted proposals (or all of them)
 * to the hypothesis cells, with Undo.
 */
export function CalibratePanel() {
  const styles = { ...useFigureListStyles(), ...useStyles() };
  const { tr, lang } = useT();
  const { analysis, app, run, setNotice, busy } = usePane();
  const report = useMemo(() => (analysis?.model ? calibrationOf(analysis) : null), [analysis]);
  if (!analysis || report === null) return null;
  const trusted = proposalsToApply(report);
  const any = proposalsToApply(report, true);

  const apply = async (all: boolean) => {
    const done = await run('pane.failed.calibrate', tr('pane.tree.writing'), () => applyCalibration(app, analysis, { all }));
    if (!done) return;
    if (done.applied.length === 0) {
      setNotice({ intent: 'info', body: tr('pane.calibrate.appliedNone') });
      return;
    }
    const names = done.applied
      .map((c) => tr('pane.tree.change', { name: c.name, before: rate(lang, c.current), after: rate(lang, c.proposed) }))
      .join(lang === 'ja' ? '、' : ', ');
    const undo = done.undo;
    setNotice({
      intent: 'success',
      body: tr('pane.calibrate.applied', { names }),
      undo: { run: () => undoWrites(app, undo), failed: 'pane.failed.calibrate', done: tr('pane.calibrate.undone') },
    });
  };

  const line = (c: Calibration): string =>
    c.proposed === null
      ? tr('pane.calibrate.noSample', { name: c.name, current: rate(lang, c.current) })
      : tr('pane.calibrate.line', {
          name: c.name,
          current: rate(lang, c.current),
          proposed: rate(lang, c.proposed),
          numerator: `${c.numeratorName} ${count(lang, c.numerator)}`,
          denominator: `${c.denominatorName} ${count(lang, c.denominator)}`,
          low: rate(lang, c.low),
          high: rate(lang, c.high),
        });

  return (
    <section className={styles.block} aria-label={tr('pane.calibrate.title')}>
      <Text weight="semibold">{tr('pane.calibrate.title')}</Text>
      {report.hypotheses.length === 0 ? (
        <Caption1>{tr('pane.calibrate.empty')}</Caption1>
      ) : (
        <>
          <Caption1 className={styles.line}>{tr('pane.calibrate.intro')}</Caption1>
          <ul className={styles.list}>
            {report.hypotheses.map((c) => (
              <li key={c.id} data-calibrate={c.id}>
                <div className={styles.head}>
                  <Text>{c.name}</Text>
                  {c.proposed !== null && (
                    <Badge appearance="tint" color={c.trusted ? 'success' : 'warning'}>
                      {tr(c.trusted ? 'pane.calibrate.trusted' : 'pane.calibrate.untrusted')}
                    </Badge>
                  )}
                </div>
                <Caption1 className={styles.line}>{line(c)}</Caption1>
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button onClick={() => void apply(false)} disabled={trusted.length === 0 || busy !== null}>
              {tr('pane.calibrate.apply')}
            </Button>
            {any.length > trusted.length && (
              <Button appearance="subtle" onClick={() => void apply(true)} disabled={busy !== null}>
                {tr('pane.calibrate.applyAll')}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
