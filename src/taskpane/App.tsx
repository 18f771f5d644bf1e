import {
  Button,
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
  CounterBadge,
  Dropdown,
  Option,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../core/i18n';
import { countBySeverity } from '../core/rules';
import { LangContext, useT } from './i18n';
import { PaneProvider, usePane, VIEWS, type PaneEnv, type View } from './state';
import { CommandPalette } from './views/CommandPalette';
import { ProblemsView } from './views/ProblemsView';
import { ReviewView } from './views/ReviewView';
import { StandaloneBar } from './views/StandaloneBar';
import { StartView } from './views/StartView';
import { StatusArea } from './views/StatusArea';
import { TreeView } from './views/TreeView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  language: { minWidth: '110px' },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, paddingLeft: tokens.spacingHorizontalS },
  main: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flexGrow: 1 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface AppProps {
  readonly env: PaneEnv;
  readonly initialLang: Lang;
}

/** The task pane: language, the views, the status area and the command list. */
export function App({ env, initialLang }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const langState = useMemo(() => ({ lang, setLang }), [lang]);
  return (
    <LangContext.Provider value={langState}>
      <FluentProvider theme={webLightTheme} lang={lang === 'ja' ? 'ja-JP' : 'en-US'}>
        <PaneProvider env={env}>
          <Shell />
        </PaneProvider>
      </FluentProvider>
    </LangContext.Provider>
  );
}

function Shell() {
  const styles = useStyles();
  const { tr, lang, setLang } = useT();
  const { view, setView, analysis, standalone } = usePane();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const counts = countBySeverity(analysis?.findings ?? []);

  const onKey = useCallback((e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'p') {
      e.preventDefault();
      setPaletteOpen(true);
    }
  }, []);
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" className={styles.title}>
          {tr('pane.title')}
        </Text>
        <Dropdown
          className={styles.language}
          aria-label={tr('pane.language')}
          value={tr(`pane.language.${lang}`)}
          selectedOptions={[lang]}
          onOptionSelect={(_e, data) => data.optionValue && setLang(data.optionValue as Lang)}
        >
          <Option value="ja">{tr('pane.language.ja')}</Option>
          <Option value="en">{tr('pane.language.en')}</Option>
        </Dropdown>
        <Button appearance="subtle" onClick={() => setPaletteOpen(true)} aria-keyshortcuts="Control+Shift+P">
          {tr('pane.commands.title')}
        </Button>
      </header>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_e, d) => setView(d.value as View)} aria-label={tr('pane.views')}>
        {VIEWS.map((v) => (
          <Tab key={v} value={v} id={`tab-${v}`} aria-controls={`panel-${v}`}>
            {tr(`pane.view.${v}`)}
            {v === 'problems' && counts.error + counts.warning > 0 ? (
              <CounterBadge
                count={counts.error + counts.warning}
                color={counts.error > 0 ? 'danger' : 'important'}
                size="small"
                style={{ marginLeft: tokens.spacingHorizontalXS }}
                aria-label={tr('pane.problems.counts', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
              />
            ) : null}
          </Tab>
        ))}
      </TabList>
      <main className={styles.main}>
        {standalone ? <StandaloneBar workbook={standalone} /> : null}
        <StatusArea />
        <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} className={styles.panel}>
          {view === 'start' ? <StartView /> : null}
          {view === 'tree' ? <TreeView /> : null}
          {view === 'problems' ? <ProblemsView /> : null}
          {view === 'review' ? <ReviewView /> : null}
        </div>
      </main>
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} />
    </div>
  );
}
