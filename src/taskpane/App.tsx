import { FluentProvider, makeStyles, ProgressBar, tokens, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../core/i18n';
import { LangContext, useT } from './i18n';
import { usePaneCommands } from './paletteCommands';
import { PALETTE, pressed } from './shortcuts';
import { PaneProvider, usePane, type PaneEnv } from './state';
import { ConfirmationsProvider } from './toasts';
import { PaneHeader } from './views/PaneHeader';
import { StandaloneBar } from './views/StandaloneBar';
import { StartView } from './views/StartView';
import { TreeView } from './views/TreeView';

import { ViewTabs } from './views/ViewTabs';

// The palette (a dialog) loads when it is first opened, the Problems and Review views when
// first shown: a workbook opens on its tree (or, without one, on Start), and that view stays light.
const CommandPalette = lazy(async () => ({ default: (await import('./views/CommandPalette')).CommandPalette }));
const ProblemsView = lazy(async () => ({ default: (await import(/* webpackChunkName: "problems" */ './views/ProblemsView')).ProblemsView }));
const ReviewView = lazy(async () => ({ default: (await import(/* webpackChunkName: "review" */ './views/ReviewView')).ReviewView }));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  loading: { height: '2px' },
  main: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flexGrow: 1, minWidth: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flexGrow: 1, minWidth: 0 },
});

export interface AppProps {
  readonly env: PaneEnv;
  readonly initialLang: Lang;
}

/** The task pane: language, the views, feedback and the command list. */
export function App({ env, initialLang }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const langState = useMemo(() => ({ lang, setLang }), [lang]);
  // Screen readers and the browser's own text handling follow the pane's language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LangContext.Provider value={langState}>
      <FluentProvider theme={webLightTheme} lang={lang === 'ja' ? 'ja-JP' : 'en-US'}>
        <ConfirmationsProvider>
          <PaneProvider env={env}>
            <Shell />
          </PaneProvider>
        </ConfirmationsProvider>
      </FluentProvider>
    </LangContext.Provider>
  );
}

/**
 * Ctrl+Shift+P opens the palette, a command's shortcut runs it; closing the palette puts
 * the focus back where it was (or on the view's tab when that is gone).
 */
function usePalette() {
  const commands = usePaneCommands();
  const [open, setOpen] = useState(false);
  /** Whether it was ever opened: until then its code is not loaded. */
  const [opened, setOpened] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const show = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
    setOpened(true);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    // After the dialog has gone and the command has changed the view.
    setTimeout(() => {
      const back = returnTo.current;
      const target = back && back.isConnected && back !== document.body ? back : document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
      target?.focus();
    }, 0);
  }, []);
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = latest.current.find((c) => c.shortcut && pressed(c.shortcut, e));
      if (!pressed(PALETTE, e) && !command) return;
      e.preventDefault();
      if (command) {
        if (command.enabled) void command.run();
      } else show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);
  return { commands, open, opened, show, close };
}

function Shell() {
  const styles = useStyles();
  const { tr } = useT();
  const { view, standalone, loading, busy } = usePane();
  const palette = usePalette();

  return (
    <div className={styles.root}>
      <PaneHeader onCommands={palette.show} />
      <ViewTabs />
      {loading && !busy ? <ProgressBar className={styles.loading} aria-label={tr('pane.loading')} thickness="medium" /> : null}
      <main className={styles.main}>
        {standalone ? <StandaloneBar workbook={standalone} /> : null}
        <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} className={styles.panel}>
          {view === 'start' ? <StartView /> : null}
          {view === 'tree' ? <TreeView /> : null}
          <Suspense fallback={<ProgressBar className={styles.loading} aria-label={tr('pane.loading')} thickness="medium" />}>
            {view === 'problems' ? <ProblemsView /> : null}
            {view === 'review' ? <ReviewView /> : null}
          </Suspense>
        </div>
      </main>
      {palette.opened ? (
        <Suspense fallback={null}>
          <CommandPalette open={palette.open} onClose={palette.close} commands={palette.commands} />
        </Suspense>
      ) : null}
    </div>
  );
}
