import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { kgiOf } from '../../../core/model/types';
import { useT } from '../../i18n';
import type { StartForm } from './useStartForm';

const useStyles = makeStyles({
  // One column in a narrow pane; two side by side from about 480 px.
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 210px), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  field: { minWidth: 0 },
  input: { minWidth: 0, width: '100%' },
});

/** The goal: its name, monthly target, month and owner. */
export function GoalFields({ form }: { form: StartForm }) {
  const styles = useStyles();
  const { tr } = useT();
  const unit = kgiOf(form.template)?.unit ?? '';
  return (
    <div className={styles.grid}>
      <Field
        className={styles.field}
        label={tr('pane.start.kgiName')}
        required
        validationMessage={form.problemOf('kgiName')}
      >
        <Input
          className={styles.input}
          value={form.values.kgiName}
          onChange={(_e, d) => form.setValue('kgiName', d.value)}
        />
      </Field>
      <Field
        className={styles.field}
        label={tr('pane.start.target', { unit })}
        required
        validationMessage={form.problemOf('target')}
      >
        <Input
          className={styles.input}
          value={form.values.target}
          inputMode="decimal"
          onChange={(_e, d) => form.setValue('target', d.value)}
        />
      </Field>
      <Field
        className={styles.field}
        label={tr('pane.start.month')}
        required
        validationMessage={form.problemOf('month')}
      >
        <Input
          className={styles.input}
          value={form.values.month}
          placeholder="2026-12"
          onChange={(_e, d) => form.setValue('month', d.value)}
        />
      </Field>
      <Field className={styles.field} label={tr('pane.start.owner')}>
        <Input
          className={styles.input}
          value={form.values.owner}
          onChange={(_e, d) => form.setValue('owner', d.value)}
        />
      </Field>
    </div>
  );
}
