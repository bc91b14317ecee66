// The explorer's screen: header (search, view switch), the situation and plan on one side,
// the graph (or its text view) in the middle, details of the selected node on the other.

import { type MouseEvent, useEffect, useId } from 'react';
import { Announcer } from './view/Announcer';
import { CounselorTools } from './view/counselor/CounselorTools';
import { ErrorBoundary } from './view/ErrorBoundary';
import { returnFocusFromDetails } from './view/focus/details-focus';
import { GraphView } from './view/graph/GraphView';
import { GraphHandleProvider } from './view/graph/graph-handle';
import { detailsPanel, nextSteps, textView } from './view/lazy/on-demand-parts';
import { Notices } from './view/Notices';
import { EDITOR_DOCK_ID, OwnGraphBar } from './view/own-graph/OwnGraphBar';
import { PlanPanel } from './view/panels/PlanPanel';
import { SituationPanel } from './view/panels/SituationPanel';
import { SearchBox } from './view/search/SearchBox';
import { useApp, useAppStore } from './view/store-context';
import { useReadyData } from './view/use-graph';
import { ONE_COLUMN, useMediaQuery } from './view/useMediaQuery';

const DetailsPanel = detailsPanel.View;
const TextView = textView.View;
const NextSteps = nextSteps.View;

export function App() {
  const data = useApp((s) => s.data);
  const store = useAppStore();
  return (
    <GraphHandleProvider>
      <div className="app">
        {/* biome-ignore lint/a11y/useValidAnchor: a skip link is page navigation; the click only keeps "#situation" out of the address */}
        <a className="skip-link" href="#situation" onClick={skipToSituation}>
          Skip to your situation and goal
        </a>
        <Header />
        <OwnGraphBar />
        {data.status === 'ready' ? <CounselorTools /> : null}
        <Notices />
        {data.status === 'loading' ? <p className="status-page">Loading the career graph…</p> : null}
        {data.status === 'error' ? (
          <div className="status-page problem" role="alert">
            <h2>{data.title}</h2>
            <ul>
              {data.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="workspace">
          {data.status === 'ready' ? (
            <ErrorBoundary what="The explorer" onReset={() => store.getState().resetView()}>
              <Explorer />
            </ErrorBoundary>
          ) : null}
          {/* The graph editor opens here, beside the map (OwnGraphBar.tsx); empty, it takes no room. */}
          <div className="editor-dock" id={EDITOR_DOCK_ID} />
        </div>
      </div>
    </GraphHandleProvider>
  );
}

/**
 * The skip link moves focus without following its anchor: "#situation" in the address would be
 * copied into links and kept in history as a step of its own.
 */
function skipToSituation(e: MouseEvent<HTMLAnchorElement>): void {
  const target = document.getElementById('situation');
  if (!target) return;
  e.preventDefault();
  target.focus(); // scrolls it into view too
}

function Header() {
  const data = useReadyData();
  const mode = useApp((s) => s.view.mode);
  const store = useAppStore();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>Career Path Explorer</h1>
        {data ? (
          <p className="muted">
            {data.file.title} · data reviewed {data.file.updated}
          </p>
        ) : null}
      </div>
      <SearchBox />
      <fieldset className="view-switch">
        <legend className="visually-hidden">View</legend>
        <button
          type="button"
          aria-pressed={mode === 'graph'}
          onClick={() => store.getState().setMode('graph')}
        >
          Graph
        </button>
        <button type="button" aria-pressed={mode === 'text'} onClick={() => store.getState().setMode('text')}>
          Text
        </button>
      </fieldset>
    </header>
  );
}

/** Escape closes the details anywhere except inside controls that use it themselves. */
function useEscapeClosesDetails(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || store.getState().view.selected === null) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target?.closest('[role="combobox"], select, [role="dialog"], dialog')) return;
      const fromDetails = target?.closest('.details') !== null && target !== null;
      store.getState().select(null);
      // The panel is going away: back to what opened it instead of <body>.
      if (fromDetails) returnFocusFromDetails();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}

/** On a phone the map is one tap away: this scrolls to it and moves focus there. */
function ToMap({ centre }: { centre: string }) {
  const mode = useApp((s) => s.view.mode);
  const toMap = () => {
    const el = document.getElementById(centre);
    // The whole map in view, its tools above it; the text view from its top.
    const map = el?.querySelector('.graph-wrap');
    if (map) map.scrollIntoView({ block: 'end' });
    else el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  };
  return (
    <button type="button" className="to-map" onClick={toMap}>
      {mode === 'graph' ? 'Show the map' : 'Show the graph as text'}
    </button>
  );
}

function Explorer() {
  useEscapeClosesDetails();
  const mode = useApp((s) => s.view.mode);
  const selected = useApp((s) => s.view.selected);
  const ids = useId();
  // One column shows the situation and the plan as a list first, the map one tap below; the
  // document has the same order on every screen, so Tab follows the eye.
  const oneColumn = useMediaQuery(ONE_COLUMN);
  const centreId = `${ids}-centre`;
  const side = (
    <div className="side" id="situation" key="side" tabIndex={-1}>
      {oneColumn ? <ToMap centre={centreId} /> : null}
      <SituationPanel />
      <PlanPanel />
      <NextSteps />
    </div>
  );
  const centre = (
    <div className="centre" id={centreId} key="centre" tabIndex={-1}>
      {mode === 'graph' ? <GraphView describedBy={`${ids}-about`} /> : <TextView />}
      <p id={`${ids}-about`} className="visually-hidden">
        Switch to the Text view for the same graph as lists.
      </p>
      <DetailsPanel />
    </div>
  );
  return (
    <main className={`explorer mode-${mode}${selected ? ' has-details' : ''}`}>
      {side}
      {centre}
      <Announcer />
    </main>
  );
}
