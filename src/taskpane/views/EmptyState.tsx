import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';
import { usePane } from '../state';
import { ViewFooter } from './ViewFooter';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A view with nothing to show yet: why, and the next step (Start). */
export function EmptyState() {
  const styles = useStyles();
  const { tr } = useT();
  const { analysis, setView } = usePane();
  if (!analysis) return <Text role="status">{tr('pane.loading')}</Text>;
  return (
    <>
      <div className={styles.box}>
        <Text weight="semibold">{tr('pane.noTreeYet')}</Text>
        <Text className={styles.muted}>{tr('pane.empty.about')}</Text>
      </div>
      <ViewFooter>
        <Button appearance="primary" onClick={() => setView('start')}>
          {tr('pane.empty.start')}
        </Button>
      </ViewFooter>
    </>
  );
}
