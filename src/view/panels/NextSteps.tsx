// "What you can do next": everything obtainable now with what is held, quickest first (lengths
// not known last); and what can be reached within a number of months the person chooses. Each
// list shows its first few until asked for all.

import { useId, useMemo, useState } from 'react';
import type { ReachItem } from '../../domain/planner/types';
import { KIND_NAMES } from '../../present/format/labels';
import { orderNextSteps } from '../../present/next-steps-order';
import { reachWords } from '../../present/node-words';
import { UNKNOWN_WORDS } from '../../present/plan-words';
import { selectNextSteps } from '../../state/derive';
import { useApp } from '../store-context';
import { type ReadyData, useReadyData } from '../use-graph';
import { NodeLink } from './NodeLink';
import { useWithinReach } from './within-reach';

export function NextSteps() {
  const data = useReadyData();
  const found = useApp(selectNextSteps);
  const items = useMemo(() => (data && found ? orderNextSteps(data.graph, found) : []), [data, found]);
  const ids = useId();
  if (!data) return null;
  return (
    <section className="panel next" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>What you can do next</h2>
      {found === null ? (
        <p className="empty" role="status">
          Loading…
        </p>
      ) : items.every((i) => i.eligibilityUnknown) ? (
        <p className="empty">Nothing new is open to you yet with what you have added.</p>
      ) : null}
      {items.length ? <ReachList data={data} items={items} className="next-list" /> : null}
      <WithinReach data={data} />
    </section>
  );
}

/**
 * A list shows its first SHOWN_FIRST items until asked for all: with a diploma the two lists held
 * 45 items, and on a phone the map came after 5,000 px of them (2026-12-01).
 */
export const SHOWN_FIRST = 8;

function ReachList({ data, items, className }: { data: ReadyData; items: ReachItem[]; className: string }) {
  const [all, setAll] = useState(false);
  // What no source says who may obtain is never offered as open: it is listed apart, flagged.
  const open = items.filter((i) => !i.eligibilityUnknown);
  const unsure = items.filter((i) => i.eligibilityUnknown);
  const capped = !all && items.length > SHOWN_FIRST;
  const shownOpen = capped ? open.slice(0, SHOWN_FIRST) : open;
  const shownUnsure = capped ? unsure.slice(0, Math.max(0, SHOWN_FIRST - open.length)) : unsure;
  return (
    <>
      <ReachItems data={data} items={shownOpen} className={className} />
      {shownUnsure.length ? (
        <>
          <p className="hint eligibility-unknown">{UNKNOWN_WORDS.eligibility}:</p>
          <ReachItems data={data} items={shownUnsure} className={`${className} eligibility-unknown-list`} />
        </>
      ) : null}
      {items.length > SHOWN_FIRST ? (
        <button
          type="button"
          className="link show-all"
          aria-expanded={!capped}
          onClick={() => setAll(capped)}
        >
          {capped ? `Show all ${items.length}` : `Show the first ${SHOWN_FIRST}`}
        </button>
      ) : null}
    </>
  );
}

function ReachItems({ data, items, className }: { data: ReadyData; items: ReachItem[]; className: string }) {
  if (items.length === 0) return null;
  return (
    <ul className={className}>
      {items.map((item) => {
        const node = data.nodeOf(item.id);
        return (
          <li key={item.id}>
            <NodeLink id={item.id}>{node?.label ?? item.id}</NodeLink>
            <span className="step-facts">
              {KIND_NAMES[node?.kind ?? 'role']} · {reachWords(node, item, data.file.currency)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function WithinReach({ data }: { data: ReadyData }) {
  const ids = useId();
  const [months, setMonths] = useState(12);
  const items = useWithinReach(months);
  return (
    <div className="within-reach">
      <label htmlFor={`${ids}-m`}>What can I reach within (months)</label>{' '}
      <input
        id={`${ids}-m`}
        type="number"
        min={0}
        max={240}
        step={1}
        value={months}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (Number.isFinite(n) && n >= 0) setMonths(Math.min(240, Math.round(n)));
        }}
      />
      {items.length === 0 ? (
        <p className="empty">
          Nothing new within {months} {months === 1 ? 'month' : 'months'}.
        </p>
      ) : (
        <>
          <p className="hint">
            {items.length} within {months} {months === 1 ? 'month' : 'months'} (fastest plan to each; lengths
            no source gives count as none):
          </p>
          <ReachList data={data} items={items} className="within-list" />
        </>
      )}
    </div>
  );
}
