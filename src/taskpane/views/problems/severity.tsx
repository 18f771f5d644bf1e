import { makeStyles, tokens } from '@fluentui/react-components';
import { severityLabel, type RuleSeverity } from '../../../core/rules';
import { useT } from '../../i18n';

/**
 * The three severities told apart by shape as well as colour, as VS Code does: a red
 * circle with a cross, an amber triangle with "!", a blue circle with "i".
 */
export const SEVERITY_COLOR: Readonly<Record<RuleSeverity, string>> = {
  error: tokens.colorStatusDangerBorder2,
  warning: tokens.colorPaletteMarigoldBorderActive,
  info: tokens.colorPaletteBlueBorderActive,
};

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: '16px', height: '16px', verticalAlign: '-3px' },
});

const SHAPES: Readonly<Record<RuleSeverity, (color: string) => JSX.Element>> = {
  error: (color) => (
    <>
      <circle cx="8" cy="8" r="7.5" style={{ fill: color }} />
      <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
    </>
  ),
  warning: (color) => (
    <>
      <path d="M8 0.8l7.4 13.4H0.6z" style={{ fill: color }} strokeLinejoin="round" />
      <path d="M8 5.4v4.4" stroke="#1f1f1f" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12" r="0.95" fill="#1f1f1f" />
    </>
  ),
  info: (color) => (
    <>
      <circle cx="8" cy="8" r="7.5" style={{ fill: color }} />
      <path d="M8 7.2v4.6" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="4.7" r="0.95" fill="#fff" />
    </>
  ),
};

/** A severity's icon, named for screen readers ("エラー", "Warning"). */
export function SeverityIcon({ severity }: { severity: RuleSeverity }) {
  const styles = useStyles();
  const { lang } = useT();
  return (
    <svg
      className={styles.icon}
      viewBox="0 0 16 16"
      role="img"
      aria-label={severityLabel(lang, severity)}
      data-severity={severity}
    >
      {SHAPES[severity](SEVERITY_COLOR[severity])}
    </svg>
  );
}
