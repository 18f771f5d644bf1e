import { Field, Input, makeStyles } from '@fluentui/react-components';
import type { Hypothesis } from '../../core/model/types';
import { hypothesisLabel } from '../hypothesisField';
import { useT } from '../i18n';

const useStyles = makeStyles({
  field: { minWidth: 0 },
  input: { minWidth: 0, width: '100%' },
});

/** A hypothesis as a form field: labelled with its name and unit, a rate typed in percent; its problem below it. */
export function HypothesisInput({
  hypothesis: h,
  value,
  onChange,
  problem,
  hint,
}: {
  hypothesis: Hypothesis;
  value: string;
  onChange: (text: string) => void;
  problem?: string;
  hint?: string;
}) {
  const styles = useStyles();
  const { tr } = useT();
  return (
    <Field className={styles.field} label={hypothesisLabel(h, tr)} hint={hint} validationMessage={problem}>
      <Input
        className={styles.input}
        value={value}
        inputMode="decimal"
        data-hypothesis={h.id}
        onChange={(_e, d) => onChange(d.value)}
      />
    </Field>
  );
}
