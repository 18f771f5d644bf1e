import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { actualsShown, membersOf, targetsShown } from '../../app/members';
import { formatTarget, withUnit } from '../format';
import { useT } from '../i18n';
import { usePane } from '../state';
import { EmptyState } from './EmptyState';
import { HypothesesPanel } from './HypothesesPanel';
import { MemberPicker } from './MemberPicker';
import { NodeItem } from './tree/NodeItem';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const TEAM = '';

/**
 * Tree: the outline with monthly, per-day and weekly targets from the core, and the
 * what-if of the hypotheses. A team with members can show one member's targets instead
 * of the whole team's, with their actuals to date from their columns of the month's reviews.
 */
export function TreeView() {
  const styles = useStyles();
  const { tr, lang } = useT();
  const { analysis } = usePane();
  const [member, setMember] = useState<string>(TEAM);
  const model = analysis?.model;
  const backcast = analysis?.backcast;
  const members = analysis ? membersOf(analysis) : [];
  const chosen = members.find((m) => m.id === member) ?? null;
  // Read from every review tab of the month: only again when the workbook or the member changes.
  const actuals = useMemo(
    () => (analysis && chosen !== null ? actualsShown(analysis, chosen.id) : null),
    [analysis, chosen?.id],
  );
  if (!model || !analysis) return <EmptyState />;
  const weeks = backcast?.calendar.weeks ?? [];
  const targets = new Map(targetsShown(analysis, chosen?.id ?? null).map((n) => [n.id, n]));
  const kgi = model.nodes.find((n) => n.level === 'KGI');

  return (
    <>
      <section className={styles.section} aria-labelledby="tree-heading">
        <Subtitle2 as="h2" id="tree-heading">
          {tr('pane.tree.outline')}
        </Subtitle2>
        {backcast ? (
          <Text className={styles.muted}>{tr('pane.workbookSummary', { title: model.title, month: model.month, workdays: backcast.calendar.workdays })}</Text>
        ) : null}
        <MemberPicker label="pane.tree.member" members={members} chosen={chosen} onChange={(id) => setMember(id ?? TEAM)} />
        {chosen !== null && kgi !== undefined ? (
          <Text className={styles.muted} data-member={chosen.id}>
            {tr('pane.tree.memberKgi', { name: chosen.name, kgi: withUnit(lang, kgi, formatTarget(lang, kgi, chosen.kgi), kgi.unit) })}
          </Text>
        ) : null}
        <ul className={styles.list} aria-label={tr('pane.tree.outline')}>
          {model.nodes.map((node) => (
            <NodeItem
              key={node.id}
              node={node}
              targets={targets.get(node.id)}
              weeks={weeks}
              {...(actuals === null ? {} : { actual: actuals.get(node.id) ?? null })}
            />
          ))}
        </ul>
      </section>
      <HypothesesPanel />
    </>
  );
}
