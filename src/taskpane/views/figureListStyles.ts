import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The Review view's read-only figure lists (re-plan, rates, recalibration, a member's
 * week): a titled block, a plain list, each item's head with its badge at the right, and
 * a muted line of figures under it.
 */
export const useFigureListStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between' },
  line: { color: tokens.colorNeutralForeground2 },
});
