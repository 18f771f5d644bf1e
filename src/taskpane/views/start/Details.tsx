import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { HypothesisInput } from '../HypothesisInput';
import type { StartForm } from './useStartForm';

const useStyles = makeStyles({
  details: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 210px), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  field: { minWidth: 0 },
  input: { minWidth: 0, width: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The plan's title and the hypotheses, folded under 「詳細」: the template's values work
 * as they are. It opens by itself when one of them must be corrected.
 */
export function Details({ form }: { form: StartForm }) {
  const styles = useStyles();
  const { tr } = useT();
  const [open, setOpen] = useState(false);
  const needsYou = form.problems.some((p) => p.field.startsWith('hypotheses.'));
  useEffect(() => {
    if (needsYou) setOpen(true);
  }, [needsYou]);
  return (
    <details className={styles.details} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={styles.summary}>{tr('pane.start.details')}</summary>
      <div className={styles.body}>
        <Text className={styles.muted}>{tr('pane.start.details.about')}</Text>
        <Field className={styles.field} label={tr('pane.start.title')}>
          <Input
            className={styles.input}
            value={form.values.title}
            onChange={(_e, d) => form.setValue('title', d.value)}
          />
        </Field>
        <div className={styles.grid} role="group" aria-label={tr('pane.start.hypotheses')}>
          {form.template.hypotheses.map((h) => (
            <HypothesisInput
              key={h.id}
              hypothesis={h}
              value={form.hypothesisValue(h.id, h)}
              onChange={(text) => form.setHypothesis(h.id, text)}
              problem={form.problemOf(`hypotheses.${h.id}`)}
              hint={h.rationale}
            />
          ))}
        </div>
      </div>
    </details>
  );
}
