import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { undoWrites, writeHypotheses } from '../../app/hypotheses';
import { t, type Lang } from '../../core/i18n';
import type { Model } from '../../core/model/types';
import { hypothesisValueText, shownHypothesis } from '../hypothesisField';
import { useT } from '../i18n';
import { usePane } from '../state';
import { HypothesisInput } from './HypothesisInput';
import { ViewFooter } from './ViewFooter';
import { Sensitivity } from './whatif/Sensitivity';
import { useWhatIf } from './whatif/useWhatIf';
import { WhatIfPreview } from './whatif/WhatIfPreview';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What was written, by name and as people typed it: 「成約率を 20% から 25% に」. */
function changesText(model: Model, values: Readonly<Record<string, number>>, lang: Lang): string {
  return model.hypotheses
    .filter((h) => values[h.id] !== undefined)
    .map((h) => t(lang, 'pane.tree.change', { name: h.name, before: hypothesisValueText(lang, h, h.value), after: hypothesisValueText(lang, h, values[h.id]) }))
    .join(lang === 'ja' ? '、' : ', ');
}

/** The hypotheses as editable fields: the effect on each KDI's weekly target before writing, and which one moves activity most. */
export function HypothesesPanel() {
  const styles = useStyles();
  const { tr, lang } = useT();
  const { analysis, app, run, setNotice, busy } = usePane();
  const w = useWhatIf();
  if (!w.model || !analysis) return null;
  const model = w.model;

  const write = async () => {
    const previous = await run('pane.failed.hypotheses', tr('pane.tree.writing'), () => writeHypotheses(app, analysis, w.changes.values));
    if (!previous) return;
    setNotice({
      intent: 'success',
      body: tr('pane.tree.written', { changes: changesText(model, w.changes.values, lang) }),
      undo: { run: () => undoWrites(app, previous), failed: 'pane.failed.hypotheses', done: tr('pane.tree.undone') },
    });
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="hypotheses-heading">
        <Subtitle2 as="h2" id="hypotheses-heading">
          {tr('pane.tree.hypotheses')}
        </Subtitle2>
        <Text className={styles.muted}>{tr('pane.tree.hypotheses.about')}</Text>
        <div className={styles.fields}>
          {model.hypotheses.map((h) => (
            <HypothesisInput key={h.id} hypothesis={h} value={w.typed[h.id] ?? shownHypothesis(h)} onChange={(text) => w.type(h.id, text)} problem={w.changes.problems[h.id]} />
          ))}
        </div>
        <WhatIfPreview preview={w.preview} weeks={analysis.backcast?.calendar.weeks ?? []} changed={w.changed} />
        <Sensitivity ranked={w.ranked} />
      </section>
      <ViewFooter showActions={Object.keys(w.typed).length > 0}>
        <Button appearance="primary" disabled={!w.writable || busy !== null} onClick={() => void write()}>
          {tr('pane.tree.write')}
        </Button>
        <Button disabled={Object.keys(w.typed).length === 0} onClick={w.reset}>
          {tr('pane.tree.reset')}
        </Button>
      </ViewFooter>
    </>
  );
}
