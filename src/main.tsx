// Entry point: creates the store (restoring the saved situation), renders the explorer, then
// loads the built-in career graph into the store.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadBuiltinGraph } from './data/builtin';
import { browserStorage } from './state/persist';
import { startShareLinkSync } from './state/share-link-sync';
import { createAppStore } from './state/store';
import { startOfflineSupport } from './view/offline/service-worker';
import { AppStoreProvider } from './view/store-context';
import './view/styles.css';

const storage = browserStorage();
const store = createAppStore({ storage });
startShareLinkSync(store, { address: window, storage });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <App />
      </AppStoreProvider>
    </StrictMode>,
  );
}

async function load(): Promise<void> {
  try {
    const result = await loadBuiltinGraph();
    if (result.ok) store.getState().setGraph(result.file, result.graph);
    else store.getState().setLoadError('The built-in career graph has problems', result.problems);
  } catch (e) {
    store
      .getState()
      .setLoadError('The career graph could not be loaded', [e instanceof Error ? e.message : String(e)]);
  }
}
void load();
startOfflineSupport();
