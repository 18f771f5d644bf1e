import { createRoot } from 'react-dom/client';
import { App } from './App';
import { boot } from './boot';
import { preloadOperations } from './operations';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');

boot().then(
  ({ env, lang }) => {
    createRoot(container).render(<App env={env} initialLang={lang} />);
    // The writing operations load while the person reads the first view.
    void preloadOperations();
  },
  (error: unknown) => {
    // Nothing can run without a host: say so where the pane would be.
    container.textContent = `KPI Tree could not start: ${error instanceof Error ? error.message : String(error)}`;
    container.setAttribute('role', 'alert');
  },
);
