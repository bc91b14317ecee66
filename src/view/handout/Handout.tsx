// The one-page printable handout: goal, situation, numbered steps with months and cost, totals,
// salary change, alternatives, the path picture, sources with their years, and the date.
// Rendered into <body> beside the app and shown only by the print stylesheet.

import {
  type CSSProperties,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { createPortal } from 'react-dom';
import type { AppStore } from '../../state/store';
import { PlanTimeline } from '../panels/PlanTimeline';
import { useAppStore } from '../store-context';
import { cssVariables } from '../theme/theme';
import { buildHandoutData, type HandoutData, type HandoutInput, type HandoutRequest } from './handout-data';
import { fitScale } from './handout-fit';
import { PathDiagram } from './PathDiagram';

/** More sources than this are set in three columns instead of two. */
const MANY_SOURCES = 8;

import './handout.css';

export function HandoutPage({ data, picture }: { data: HandoutData; picture?: ReactNode }) {
  return (
    <article className="handout" aria-label="Printable handout">
      <header className="handout-head">
        <h1>{data.title}</h1>
        <p>
          Prepared {data.date} with Career Path Explorer · {data.objective}
        </p>
      </header>
      <section className="handout-summary">
        <div>
          <h2>Starting from</h2>
          <ul>
            {data.situation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <div>
          <h2>Goal: {data.goal.label}</h2>
          <dl className="handout-totals">
            <div>
              <dt>Time</dt>
              <dd>{data.totals.months}</dd>
            </div>
            <div>
              <dt>Cost</dt>
              <dd>{data.totals.cost}</dd>
            </div>
            <div>
              <dt>Steps</dt>
              <dd>{data.totals.steps}</dd>
            </div>
          </dl>
          <p className="handout-salary">
            <strong>Salary change:</strong> {data.salary}
          </p>
        </div>
      </section>
      <section>
        <h2>Steps</h2>
        <table className="handout-steps">
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Step</th>
              <th scope="col">When</th>
              <th scope="col">Takes</th>
              <th scope="col">Cost</th>
            </tr>
          </thead>
          <tbody>
            {data.steps.map((s) => (
              <tr key={s.id}>
                <td>{s.n}</td>
                <td>
                  <strong>{s.label}</strong> <span className="handout-kind">({s.kind})</span>
                  <br />
                  <span className="handout-why">{s.why}</span>
                  {s.notes.map((note) => (
                    <span key={note} className="handout-wait">
                      <br />
                      {note}
                    </span>
                  ))}
                </td>
                <td>{s.when}</td>
                <td>{s.duration}</td>
                <td>{s.cost}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.finalWait ? <p className="handout-wait handout-final-wait">{data.finalWait}</p> : null}
        {[...data.caveats, ...data.assumptions].map((note) => (
          <p key={note} className="handout-note">
            {note}
          </p>
        ))}
      </section>
      {picture ? (
        <section className="handout-picture" aria-label="The path at a glance">
          {picture}
        </section>
      ) : null}
      {data.alternatives.length ? (
        <section>
          <h2>Alternatives</h2>
          <ul>
            {data.alternatives.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <footer className="handout-sources">
        <h2>Sources</h2>
        {/* A long list in three columns: the longest plan's sources ran onto a second Letter page. */}
        <ul className={data.sources.length > MANY_SOURCES ? 'handout-sources-many' : undefined}>
          {data.sources.map((s) => (
            <li key={s.key}>
              {s.title} ({s.published})
            </li>
          ))}
        </ul>
        <p>
          Data: {data.dataset}. Months and costs are typical figures from these sources; check current
          requirements with the school or credentialing body. Printed {data.date}.
        </p>
      </footer>
    </article>
  );
}

const noSubscribe = () => () => {};

/** The app's goal when an app store is above; null where the handout is rendered on its own. */
function useGoalIfInStore(): string | null {
  let store: AppStore | null = null;
  try {
    // biome-ignore lint/correctness/useHookAtTopLevel: useAppStore always calls useContext once before it may throw, so the hook order never changes
    store = useAppStore();
  } catch {
    store = null;
  }
  return useSyncExternalStore(
    store ? store.subscribe : noSubscribe,
    () => store?.getState().view.goal ?? null,
  );
}

/** The goal, when not given, is read from the app store (the page says why it has no plan). */
export type PrintHandoutProps = HandoutRequest;

/** The handout for the current plan, kept up to date and dated when printing starts. */
export function PrintHandout({ graph, situation, result, index, goal }: PrintHandoutProps) {
  const storeGoal = useGoalIfInStore();
  const chosen = goal === undefined ? storeGoal : goal;
  const [now, setNow] = useState(() => new Date());
  const titleId = useId();
  const input: HandoutInput = useMemo(
    () => buildHandoutData({ graph, situation, result, index, date: now, goal: chosen }),
    [graph, situation, result, index, now, chosen],
  );
  const plan = result?.kind === 'plan' ? (result.plans[index] ?? null) : null;
  const body =
    input.kind === 'handout' ? (
      <HandoutPage
        data={input.data}
        picture={
          plan ? (
            <>
              <PathDiagram graph={graph} plan={plan} situation={situation} titleId={`${titleId}-diagram`} />
              <PlanTimeline
                model={input.model}
                kindOf={(id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : 'role')}
              />
            </>
          ) : null
        }
      />
    ) : (
      <article className="handout" aria-label="Printable handout">
        <h1>Career Path Explorer</h1>
        <p>{input.reason}</p>
      </article>
    );
  const rootRef = useRef<HTMLElement>(null);
  const [scale, setScale] = useState(1);
  /** True from `beforeprint` (or print media) until `afterprint`: then measure at once. */
  const printing = useRef(false);
  const measure = useCallback((): void => {
    const root = rootRef.current;
    const article = root?.querySelector<HTMLElement>('.handout');
    if (!root || !article) return;
    const mm = 96 / 25.4;
    root.classList.add('handout-measuring');
    const next = fitScale((zoom) => {
      article.style.setProperty('zoom', String(zoom));
      return article.getBoundingClientRect().height / mm;
    });
    article.style.removeProperty('zoom');
    root.classList.remove('handout-measuring');
    setScale(next);
  }, []);
  useEffect(() => {
    const onBeforePrint = (): void => {
      printing.current = true;
      setNow(new Date());
      measure();
    };
    const onAfterPrint = (): void => {
      printing.current = false;
    };
    const print = window.matchMedia?.('print');
    const onMedia = (e: MediaQueryListEvent): void => {
      printing.current = e.matches;
      if (e.matches) measure();
    };
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    print?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      print?.removeEventListener?.('change', onMedia);
    };
  }, [measure]);
  // Measuring forces layouts (tens of ms): on a goal change it waits for an idle moment, so the
  // plan is shown first; when printing starts it runs at once. Headless PDF printing fires no
  // event, so the idle measurement (or print media, as the tests emulate) keeps it on one page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect reads the DOM those values render
  useLayoutEffect(() => {
    if (printing.current || window.matchMedia?.('print').matches) {
      measure();
      return;
    }
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(measure, { timeout: 1000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(measure, 200);
    return () => window.clearTimeout(id);
  }, [input, plan, situation, graph, measure]);
  const style = { ...cssVariables('light'), '--handout-scale': String(scale) } as CSSProperties;
  return createPortal(
    // The page's main landmark on paper (on screen it is display: none, so the app's <main> is the only one).
    <main className="handout-root" ref={rootRef} style={style}>
      {body}
    </main>,
    document.body,
  );
}
