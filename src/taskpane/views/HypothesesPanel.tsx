import { Button, Field, Input, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { undoWrites, writeHypotheses } from '../../app/hypotheses';
import { sensitivities, whatIf } from '../../core/whatIf/whatIf';
import { formatDelta, formatPercent, formatTarget } from '../format';
import { useT } from '../i18n';
import { hypothesisLabel, shownHypothesis, typedHypothesis } from '../hypothesisField';
import { usePane } from '../state';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  table: { borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums', fontSize: tokens.fontSizeBase200, width: '100%' },
  cell: { padding: `2px ${tokens.spacingHorizontalXS}`, textAlign: 'right', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { padding: `2px ${tokens.spacingHorizontalXS}`, textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  up: { color: tokens.colorPaletteRedForeground1 },
  down: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});


/** The hypotheses as editable fields: the effect on each KDI's weekly target before writing, and which one moves activity most. */
export function HypothesesPanel() {
  const styles = useStyles();
  const { tr, lang } = useT();
  const { analysis, app, run, setNotice, busy } = usePane();
  const model = analysis?.model ?? null;
  const [typed, setTyped] = useState<Record<string, string>>({});
  // Someone changed a hypothesis in the workbook: start again from its values. Other
  // re-readings (any edit, the pane's own writes) keep what is being typed here.
  const values = JSON.stringify(model?.hypotheses.map((h) => [h.id, h.value]) ?? []);
  useEffect(() => setTyped({}), [values]);

  const changes = useMemo(() => {
    const out: Record<string, number> = {};
    const invalid = new Set<string>();
    for (const h of model?.hypotheses ?? []) {
      const text = typed[h.id];
      if (text === undefined || text === shownHypothesis(h)) continue;
      const n = typedHypothesis(h, text);
      if (Number.isNaN(n)) invalid.add(h.id);
      else out[h.id] = n;
    }
    return { values: out, invalid };
  }, [typed, model]);

  const preview = useMemo(() => (model ? whatIf(model, changes.values) : null), [model, changes]);
  const ranked = useMemo(() => (model ? sensitivities(model) : []), [model]);
  if (!model || !analysis) return null;
  const changed = Object.keys(changes.values).length > 0;
  const kdis = (preview?.rows ?? []).filter((r) => r.before.level === 'KDI');

  const write = async () => {
    const previous = await run('pane.failed.hypotheses', tr('pane.tree.writing'), () => writeHypotheses(app, analysis, changes.values));
    if (!previous) return;
    setNotice({
      intent: 'success',
      body: tr('pane.tree.written', { count: previous.length }),
      undo: { run: () => undoWrites(app, previous), failed: 'pane.failed.hypotheses', done: tr('pane.tree.undone') },
    });
  };

  return (
    <section className={styles.section} aria-labelledby="hypotheses-heading">
      <Subtitle2 as="h2" id="hypotheses-heading">
        {tr('pane.tree.hypotheses')}
      </Subtitle2>
      <Text className={styles.muted}>{tr('pane.tree.hypotheses.about')}</Text>
      <div className={styles.grid}>
        {model.hypotheses.map((h) => (
          <Field
            key={h.id}
            label={hypothesisLabel(h, tr)}
            validationMessage={changes.invalid.has(h.id) ? tr('pane.tree.invalidNumber') : undefined}
          >
            <Input
              value={typed[h.id] ?? shownHypothesis(h)}
              inputMode="decimal"
              data-hypothesis={h.id}
              onChange={(_e, d) => setTyped((t) => ({ ...t, [h.id]: d.value }))}
            />
          </Field>
        ))}
      </div>

      <Subtitle2 as="h3">{tr('pane.tree.preview')}</Subtitle2>
      {!changed ? (
        <Text className={styles.muted}>{tr('pane.tree.noChange')}</Text>
      ) : !preview?.computable ? (
        <Text role="alert">{tr('pane.tree.cannotCompute')}</Text>
      ) : (
        <table className={styles.table} aria-label={tr('pane.tree.preview')}>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                KDI
              </th>
              {preview.weeks.map((w) => (
                <th key={w} className={styles.cell} scope="col">
                  {w.slice(5)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kdis.map((r) => (
              <tr key={r.id} data-whatif={r.id}>
                <th className={styles.head} scope="row">
                  {r.before.name}
                </th>
                {preview.weeks.map((w, i) => {
                  const before = r.before.weekly?.[i] ?? null;
                  const after = r.after.weekly?.[i] ?? null;
                  const delta = before !== null && after !== null ? after - before : 0;
                  return (
                    <td key={w} className={styles.cell}>
                      {formatTarget(lang, r.after, after)}
                      {delta !== 0 ? <span className={delta > 0 ? styles.up : styles.down}> ({formatDelta(lang, delta)})</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!changed || changes.invalid.size > 0 || !preview?.computable || busy !== null} onClick={() => void write()}>
          {tr('pane.tree.write')}
        </Button>
        <Button disabled={Object.keys(typed).length === 0} onClick={() => setTyped({})}>
          {tr('pane.tree.reset')}
        </Button>
      </div>

      {ranked.length > 0 ? (
        <>
          <Subtitle2 as="h3">{tr('pane.tree.sensitivity')}</Subtitle2>
          <Text className={styles.muted}>{tr('pane.tree.sensitivity.about')}</Text>
          <ol aria-label={tr('pane.tree.sensitivity')}>
            {ranked.map((s) => (
              <li key={s.id} data-sensitivity={s.id}>
                {tr('pane.tree.sensitivity.row', { name: s.name, change: formatPercent(lang, s.change, true) })}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
