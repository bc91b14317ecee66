// Entry point: parses the built-in career graph, decides the starting view once (a link, else the
// saved situation, else the default), creates the store from it, then starts persistence, the
// address bar and history, and renders the explorer inside an error boundary.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadBuiltinGraph } from './data/builtin';
import { startAddressSync } from './state/address-sync';
import { browserStorage } from './state/persist';
import { decideStart } from './state/start';
import { type AppStore, createAppStore, type StoreOptions } from './state/store';
import { ErrorBoundary } from './view/ErrorBoundary';
import { AppStoreProvider } from './view/store-context';
import './view/styles.css';

function loadGraph(): { loaded?: StoreOptions['loaded']; error?: { title: string; problems: string[] } } {
  try {
    const result = loadBuiltinGraph();
    if (result.ok) return { loaded: { file: result.file, graph: result.graph } };
    return { error: { title: 'The built-in career graph has problems', problems: result.problems } };
  } catch (e) {
    return {
      error: {
        title: 'The career graph could not be loaded',
        problems: [e instanceof Error ? e.message : String(e)],
      },
    };
  }
}

const storage = browserStorage();
const { loaded, error } = loadGraph();
const start = decideStart({ search: window.location.search, storage });
const store: AppStore = createAppStore({ storage, start, loaded, tabs: window });
if (error) store.getState().setLoadError(error.title, error.problems);
startAddressSync(store, { address: window, events: window });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary what="The app">
        <AppStoreProvider store={store}>
          <App />
        </AppStoreProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
