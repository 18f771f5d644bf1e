import { Badge, Dropdown, Field, makeStyles, Option, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { membersOf, targetsShown } from '../../app/members';
import { useT } from '../i18n';
import { formatTarget } from '../format';
import { usePane } from '../state';
import { HypothesesPanel } from './HypothesesPanel';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  figures: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  weeks: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const LEVEL_COLOR = { KGI: 'brand', KPI: 'informative', KDI: 'success', KCI: 'subtle' } as const;

const TEAM = '';

/**
 * Tree: the outline with monthly, per-day and weekly targets from the core, and the
 * what-if of the hypotheses. A team with members can show one member's targets instead
 * of the whole team's.
 */
export function TreeView() {
  const styles = useStyles();
  const { tr, lang } = useT();
  const { analysis } = usePane();
  const [member, setMember] = useState<string>(TEAM);
  const model = analysis?.model;
  const backcast = analysis?.backcast;
  if (!model || !analysis) return <Text>{analysis ? tr('pane.noTreeYet') : tr('pane.loading')}</Text>;
  const weeks = backcast?.calendar.weeks ?? [];
  const members = membersOf(analysis);
  const chosen = members.find((m) => m.id === member) ?? null;
  const targets = new Map(targetsShown(analysis, chosen?.id ?? null).map((n) => [n.id, n]));
  const kgi = model.nodes.find((n) => n.level === 'KGI');
  const memberLabel = (id: string): string => members.find((m) => m.id === id)?.name ?? tr('pane.tree.wholeTeam');

  return (
    <>
      <section className={styles.section} aria-labelledby="tree-heading">
        <Subtitle2 as="h2" id="tree-heading">
          {tr('pane.tree.outline')}
        </Subtitle2>
        {backcast ? (
          <Text className={styles.muted}>{tr('pane.workbookSummary', { title: model.title, month: model.month, workdays: backcast.calendar.workdays })}</Text>
        ) : null}
        {members.length > 0 ? (
          <Field label={tr('pane.tree.member')}>
            <Dropdown value={memberLabel(chosen?.id ?? TEAM)} selectedOptions={[chosen?.id ?? TEAM]} onOptionSelect={(_e, d) => setMember(d.optionValue ?? TEAM)}>
              <Option value={TEAM} text={tr('pane.tree.wholeTeam')}>
                {tr('pane.tree.wholeTeam')}
              </Option>
              {members.map((m) => (
                <Option key={m.id} value={m.id} text={m.name}>
                  {m.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ) : null}
        {chosen !== null && kgi !== undefined ? (
          <Text className={styles.muted} data-member={chosen.id}>
            {tr('pane.tree.memberKgi', { name: chosen.name, kgi: `${formatTarget(lang, kgi, chosen.kgi)} ${kgi.unit ?? ''}`.trim() })}
          </Text>
        ) : null}
        <ul className={styles.list} aria-label={tr('pane.tree.outline')}>
          {model.nodes.map((node) => {
            const t = targets.get(node.id);
            const qualitative = node.level === 'KCI' && (t?.monthly ?? null) === null;
            return (
              <li key={node.id} className={styles.item} style={{ marginLeft: `${node.depth * 12}px` }} data-node={node.id}>
                <span className={styles.line}>
                  <Badge appearance="tint" color={LEVEL_COLOR[node.level]} size="small">
                    {node.level}
                  </Badge>
                  <span className={styles.name}>{node.name}</span>
                  {node.owner ? <span className={styles.muted}>{node.owner}</span> : null}
                </span>
                {qualitative ? (
                  <span className={styles.muted}>{tr('pane.tree.qualitative')}</span>
                ) : t && t.monthly !== null ? (
                  <>
                    <span className={styles.figures}>
                      {tr('pane.tree.monthly')} {formatTarget(lang, t, t.monthly)} {node.unit ?? ''} · {tr('pane.tree.perDay')} {formatTarget(lang, t, t.perWorkday, true)}
                    </span>
                    {t.weekly ? (
                      <span className={styles.weeks} aria-label={tr('pane.tree.weekly')}>
                        {weeks.map((w, i) => `${w.label.slice(5)} ${formatTarget(lang, t, t.weekly?.[i] ?? null)}`).join(' · ')}
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className={styles.muted}>{tr('pane.tree.notComputed')}</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <HypothesesPanel />
    </>
  );
}
