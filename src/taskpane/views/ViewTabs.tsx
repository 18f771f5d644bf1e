import { CounterBadge, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { countBySeverity } from '../../core/rules';
import { useT } from '../i18n';
import { usePane, VIEWS, type View } from '../state';

const useStyles = makeStyles({
  nav: { backgroundColor: tokens.colorNeutralBackground1, paddingLeft: tokens.spacingHorizontalXS },
  // Four tabs fit a 320 px pane: less padding than Fluent's default.
  tab: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, minWidth: 0 },
  badge: { marginLeft: tokens.spacingHorizontalXS },
});

/** The views, as tabs; Problems shows how many errors and warnings there are. */
export function ViewTabs() {
  const styles = useStyles();
  const { tr } = useT();
  const { view, setView, analysis } = usePane();
  const counts = countBySeverity(analysis?.findings ?? []);
  return (
    <nav className={styles.nav} aria-label={tr('pane.views')}>
      <TabList
        selectedValue={view}
        onTabSelect={(_e, d) => setView(d.value as View)}
        aria-label={tr('pane.views')}
      >
        {VIEWS.map((v) => (
          <Tab key={v} className={styles.tab} value={v} id={`tab-${v}`} aria-controls={`panel-${v}`}>
            {tr(`pane.view.${v}`)}
            {v === 'problems' && counts.error + counts.warning > 0 ? (
              <CounterBadge
                className={styles.badge}
                count={counts.error + counts.warning}
                color={counts.error > 0 ? 'danger' : 'important'}
                size="small"
                aria-label={tr('pane.problems.counts', {
                  errors: counts.error,
                  warnings: counts.warning,
                  infos: counts.info,
                })}
              />
            ) : null}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
