import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { TEMPLATE_IDS, type TemplateId } from '../../../app/templates';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  about: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  label: { overflowWrap: 'anywhere' },
});

/** The templates to start from, each with what it builds. */
export function TemplatePicker({
  value,
  onChange,
}: {
  value: TemplateId;
  onChange: (id: TemplateId) => void;
}) {
  const styles = useStyles();
  const { tr } = useT();
  return (
    <Field label={tr('pane.start.template')}>
      <RadioGroup value={value} onChange={(_e, d) => onChange(d.value as TemplateId)}>
        {TEMPLATE_IDS.map((id) => (
          <Radio
            key={id}
            value={id}
            label={{
              className: styles.label,
              children: (
                <>
                  {tr(`pane.template.${id}`)}
                  <span className={styles.about}>{tr(`pane.template.${id}.about`)}</span>
                </>
              ),
            }}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
