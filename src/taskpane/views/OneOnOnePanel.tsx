import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { writeOneOnOne } from '../../app/oneOnOne';
import { useT } from '../i18n';
import { usePane } from '../state';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The Review view's 1on1 part: pick a member and write (or refresh) their 1on1 tab for
 * the week chosen above (`app/oneOnOne`). Shown only when the workbook has members.
 */
export function OneOnOnePanel({ week }: { readonly week: string }) {
  const styles = useStyles();
  const { tr } = useT();
  const { analysis, app, run, setNotice, busy } = usePane();
  const members = analysis?.model?.members ?? [];
  const [member, setMember] = useState<string | null>(null);
  useEffect(() => {
    if (members.length > 0 && (member === null || !members.some((m) => m.id === member)))
      setMember(members[0].id);
  }, [members, member]);
  if (members.length === 0 || member === null) return null;
  const chosen = members.find((m) => m.id === member);

  const write = async () => {
    const done = await run('pane.failed.oneonone', tr('pane.oneonone.writing'), (onProgress) =>
      writeOneOnOne(app, { member, week, onProgress }),
    );
    if (done)
      setNotice({
        intent: 'success',
        body: tr(done.existed ? 'pane.oneonone.refreshed' : 'pane.oneonone.wrote', { sheet: done.sheet }),
      });
  };

  return (
    <section className={styles.section} aria-label={tr('pane.oneonone.title')}>
      <Subtitle2>{tr('pane.oneonone.title')}</Subtitle2>
      <Field label={tr('pane.oneonone.member')}>
        <Dropdown
          value={chosen?.name ?? ''}
          selectedOptions={[member]}
          onOptionSelect={(_, data) => data.optionValue && setMember(data.optionValue)}
        >
          {members.map((m) => (
            <Option key={m.id} value={m.id}>
              {m.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button onClick={() => void write()} disabled={busy !== null}>
        {tr('pane.oneonone.write')}
      </Button>
      <Text className={styles.muted}>{tr('pane.oneonone.hint')}</Text>
    </section>
  );
}
