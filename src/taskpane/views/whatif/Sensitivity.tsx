import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { Sensitivity as Ranked } from '../../../core/whatIf/whatIf';
import { formatPercent } from '../../format';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
});

/** The hypotheses ranked by how much a 10 % change moves the required activity. */
export function Sensitivity({ ranked }: { ranked: readonly Ranked[] }) {
  const styles = useStyles();
  const { tr, lang } = useT();
  if (ranked.length === 0) return null;
  return (
    <>
      <Subtitle2 as="h3">{tr('pane.tree.sensitivity')}</Subtitle2>
      <Text className={styles.muted}>{tr('pane.tree.sensitivity.about')}</Text>
      <ol className={styles.list} aria-label={tr('pane.tree.sensitivity')}>
        {ranked.map((s) => (
          <li key={s.id} data-sensitivity={s.id}>
            {tr('pane.tree.sensitivity.row', { name: s.name, change: formatPercent(lang, s.change, true) })}
          </li>
        ))}
      </ol>
    </>
  );
}
