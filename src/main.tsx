// Entry point: decides which career graph to show (a graph in the link, the graph the address names,
// the one chosen last, else the built-in default), then the starting view once (a link, else that
// graph's saved situation, else the default), creates the stores, starts persistence, the address
// bar and history, and renders the explorer inside an error boundary. The plan search loads beside
// the graph; the first render waits for it only when the starting view has a goal.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAddressSync } from './state/address-sync';
import { type BootGraph, bootGraph } from './state/graph-boot';
import { indexedDbShelf } from './state/graph-library-idb';
import { createLibraryStore } from './state/graph-library-store';
import { scopedStorage, scopedTabs, writeLastGraph } from './state/graph-scope';
import { browserStorage } from './state/persist';
import { PLAN_WORKER_NODES } from './state/plan-answer';
import { loadPlanner, onPlannerLoaded } from './state/planner-on-demand';
import { decideStart } from './state/start';
import { type AppStore, createAppStore } from './state/store';
import { planWorker, WORKERS } from './view/app-workers';
import { ErrorBoundary } from './view/ErrorBoundary';
import {
  detailsPanel,
  nextSteps,
  nodeSpeech,
  ON_DEMAND_PARTS,
  planAnswer,
  planModel,
  textView,
} from './view/lazy/on-demand-parts';
import { startOfflineSupport } from './view/offline/service-worker';
import { LibraryProvider } from './view/own-graph/library-context';
import { missingGraphProblems } from './view/own-graph/missing-graph';
import { AppStoreProvider } from './view/store-context';
import './view/styles.css';

async function bootGraphSafely(env: Parameters<typeof bootGraph>[0]) {
  try {
    return await bootGraph(env);
  } catch (e) {
    const graph: BootGraph = {
      kind: 'error',
      key: 'unknown',
      title: 'The career graph could not be loaded',
      problems: [e instanceof Error ? e.message : String(e)],
    };
    return { graph, messages: [], dropHash: false };
  }
}

async function start(): Promise<void> {
  const planner = loadPlanner();
  // What can be done next comes with the planner; the plan worker's client serves big graphs only.
  nextSteps.load().catch(() => undefined);
  const offThread = WORKERS ? import('./state/plan-off-thread') : null;
  const storage = browserStorage();
  const shelf = indexedDbShelf();
  const boot = await bootGraphSafely({
    search: window.location.search,
    hash: window.location.hash,
    storage,
    shelf,
    now: Date.now(),
  });
  const { graph } = boot;
  if (graph.kind === 'ready') writeLastGraph(storage, graph.key);
  // The graph from the fragment is kept now: the address names it instead of carrying it.
  if (boot.dropHash)
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);

  // Each graph keeps its own saved situation: nothing saved for one shows in another.
  const graphStorage = scopedStorage(storage, graph.key);
  const startView = decideStart({ search: window.location.search, storage: graphStorage });
  const loaded = graph.kind === 'ready' ? { file: graph.file, graph: graph.graph } : undefined;
  // A goal to plan for from the start: its plan is in the first frame, not a moment after.
  // So are the plan answer, the selected node's details and the text view when it starts with them.
  const { goal, selected, mode } = startView.view;
  await Promise.all([
    goal !== null ? planner : null,
    goal !== null ? planAnswer.load() : null,
    goal !== null ? planModel.load() : null,
    selected !== null ? detailsPanel.load() : null,
    selected !== null ? nodeSpeech.load() : null,
    mode === 'text' ? textView.load() : null,
  ]).catch(() => undefined);
  const store: AppStore = createAppStore({
    storage: graphStorage,
    start: startView,
    loaded,
    tabs: scopedTabs(window, graph.key),
  });
  // Big graphs are planned in a worker where the build has workers (not the one-file build).
  // A big graph's first plan waits for it; on a small graph it starts a moment later (unused there).
  if (offThread) {
    // Without it (a failed load) plans are worked out on the main thread.
    const begun = offThread
      .then(({ startPlanWorker }) => startPlanWorker(store, planWorker))
      .catch(() => undefined);
    if (loaded && loaded.graph.order > PLAN_WORKER_NODES) await begun;
  }
  if (graph.kind === 'error') store.getState().setLoadError(graph.title, graph.problems);
  if (graph.kind === 'missing') {
    store
      .getState()
      .setLoadError(
        'This link is for a career graph that is not in this browser',
        missingGraphProblems(graph.key),
      );
  }
  startAddressSync(store, { address: window, events: window, graph: graph.key });
  // The planner arrived after the first render: the plan (and what is within reach) is asked again.
  onPlannerLoaded(() => store.setState({}));

  const library = createLibraryStore({
    shelf,
    storage,
    currentKey: graph.key,
    go: (url) => window.location.assign(url),
    search: () => window.location.search,
    now: () => Date.now(),
  });
  if (boot.messages.length) library.getState().say({ tone: 'problem', text: boot.messages.join(' ') });
  void library.getState().refresh();

  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary what="The app">
          <AppStoreProvider store={store}>
            <LibraryProvider store={library} text={graph.kind === 'ready' ? graph.text : null}>
              <App />
            </LibraryProvider>
          </AppStoreProvider>
        </ErrorBoundary>
      </StrictMode>,
    );
  }
  // The parts the first frame did not need load once it is up, so a first use finds them there.
  const prefetch = () => {
    for (const part of ON_DEMAND_PARTS) part.load().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch, { timeout: 2000 });
  else setTimeout(prefetch, 200);
}

void start();
startOfflineSupport();
