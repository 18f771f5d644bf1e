import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';
import { usePane } from '../state';
import { EmptyState } from './EmptyState';
import { HypothesesPanel } from './HypothesesPanel';
import { NodeItem } from './tree/NodeItem';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Tree: the outline with monthly, per-day and weekly targets from the core, and the what-if of the hypotheses. */
export function TreeView() {
  const styles = useStyles();
  const { tr } = useT();
  const { analysis } = usePane();
  const model = analysis?.model;
  const backcast = analysis?.backcast;
  if (!model) return <EmptyState />;
  const weeks = backcast?.calendar.weeks ?? [];
  const targets = new Map((backcast?.nodes ?? []).map((n) => [n.id, n]));

  return (
    <>
      <section className={styles.section} aria-labelledby="tree-heading">
        <Subtitle2 as="h2" id="tree-heading">
          {tr('pane.tree.outline')}
        </Subtitle2>
        {backcast ? (
          <Text className={styles.muted}>{tr('pane.workbookSummary', { title: model.title, month: model.month, workdays: backcast.calendar.workdays })}</Text>
        ) : null}
        <ul className={styles.list} aria-label={tr('pane.tree.outline')}>
          {model.nodes.map((node) => (
            <NodeItem key={node.id} node={node} targets={targets.get(node.id)} weeks={weeks} />
          ))}
        </ul>
      </section>
      <HypothesesPanel />
    </>
  );
}
