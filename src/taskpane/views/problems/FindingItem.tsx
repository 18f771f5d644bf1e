import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { render } from '../../../core/i18n';
import { ruleName, type Finding } from '../../../core/rules';
import { useT } from '../../i18n';
import { SEVERITY_COLOR, SeverityIcon } from './severity';
import type { FindingActions } from './useFindingActions';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeftWidth: '4px',
    borderLeftStyle: 'solid',
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  message: {
    textAlign: 'left',
    justifyContent: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    padding: 0,
    minWidth: 0,
    height: 'auto',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  text: { overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    paddingLeft: '24px',
  },
  rule: { fontFamily: tokens.fontFamilyMonospace },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    paddingLeft: '24px',
  },
  action: { whiteSpace: 'normal', textAlign: 'left', height: 'auto', minWidth: 0, overflowWrap: 'anywhere' },
  suggestion: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});

/**
 * One finding: its severity (icon and colour), the message (click: select its cell), the
 * check's name with its rule id beside it, and the action that helps — the quick fix
 * titled with what it does, or, where a person must judge, the edit of the right cell.
 */
export function FindingItem({
  finding: f,
  actions,
  busy,
}: {
  finding: Finding;
  actions: FindingActions;
  busy: boolean;
}) {
  const styles = useStyles();
  const { tr, lang } = useT();
  const message = render(lang, f.message);
  const safeFix = f.fix?.safe === true && f.fix.cell !== undefined ? f.fix : null;
  const edit = safeFix ? null : actions.editOf(f);
  return (
    <li
      className={styles.item}
      style={{ borderLeftColor: SEVERITY_COLOR[f.severity] }}
      data-rule={f.rule}
      data-node={f.node ?? ''}
      data-severity={f.severity}
    >
      <span className={styles.line}>
        <SeverityIcon severity={f.severity} />
        {f.cell ? (
          <Button
            appearance="transparent"
            className={styles.message}
            onClick={() => f.cell && actions.goTo(f.cell)}
            title={tr('pane.problems.goTo', { cell: f.cell })}
          >
            {message}
          </Button>
        ) : (
          <Text className={styles.text}>{message}</Text>
        )}
      </span>
      <span className={styles.meta}>
        <span>{tr('pane.problems.rule', { name: ruleName(lang, f.rule) })}</span>
        <span className={styles.rule}>{f.rule}</span>
        {f.cell ? <span>{f.cell}</span> : null}
      </span>
      {safeFix || edit || f.fix ? (
        <span className={styles.actions}>
          {safeFix ? (
            <Button
              size="small"
              className={styles.action}
              data-action="fix"
              onClick={() => void actions.quickFix(f)}
              disabled={busy}
            >
              {render(lang, safeFix.description)}
            </Button>
          ) : null}
          {edit ? (
            <Button
              size="small"
              className={styles.action}
              data-action="edit"
              onClick={() => actions.goTo(edit.cell)}
              disabled={busy}
            >
              {edit.label}
            </Button>
          ) : null}
          {f.fix && !safeFix ? (
            <span className={styles.suggestion}>
              <strong>{tr('pane.problems.suggestion')}</strong> {render(lang, f.fix.description)}
            </span>
          ) : null}
        </span>
      ) : null}
    </li>
  );
}
