import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { MemberGoal } from '../../core/backcast/compute';
import type { MessageKey } from '../../core/i18n';
import { useT } from '../i18n';

/**
 * Whose figures a view shows: the whole team (`null`, the default) or one member. Nothing
 * is shown for a workbook without members.
 */
export function MemberPicker({
  label,
  members,
  chosen,
  onChange,
}: {
  readonly label: MessageKey;
  readonly members: readonly Pick<MemberGoal, 'id' | 'name'>[];
  readonly chosen: Pick<MemberGoal, 'id' | 'name'> | null;
  readonly onChange: (id: string | null) => void;
}) {
  const { tr } = useT();
  if (members.length === 0) return null;
  const team = tr('pane.tree.wholeTeam');
  return (
    <Field label={tr(label)}>
      <Dropdown
        value={chosen?.name ?? team}
        selectedOptions={[chosen?.id ?? '']}
        onOptionSelect={(_e, d) => onChange(d.optionValue ? d.optionValue : null)}
      >
        <Option value="" text={team}>
          {team}
        </Option>
        {members.map((m) => (
          <Option key={m.id} value={m.id} text={m.name}>
            {m.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
