// "Where am I, where do I want to go": what I already have (with years for roles), region,
// goal and objective. Every control is a labelled native element, so keyboards and screen
// readers work without extra scripting. After Add or Remove, focus goes to the row's neighbour.

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Objective } from '../../domain/planner/types';
import { KIND_NAMES } from '../../present/format/labels';
import { OBJECTIVES, PLAN_STATUS_WORDS } from '../../present/plan-status-words';
import { impliedWords } from '../../present/situation-words';
import { ownValue } from '../../state/own-key';
import { impliedBy } from '../../state/planned-situation';
import { focusNow } from '../focus/focus-after-render';
import { useApp, useAppStore } from '../store-context';
import { useReadyData } from '../use-graph';
import { NodeLink } from './NodeLink';
import { NodeOptions, regionsOf } from './node-options';
import { ToPlan } from './ToPlan';
import { parseYears } from './years-input';

export const OBJECTIVE_NAMES: Record<Objective, string> = {
  months: 'Fastest',
  cost: 'Cheapest',
  steps: 'Fewest steps',
};

export function SituationPanel() {
  const data = useReadyData();
  const store = useAppStore();
  const view = useApp((s) => s.view);
  const [toAdd, setToAdd] = useState('');
  const ids = useId();
  const regions = useMemo(() => (data ? regionsOf(data.graph) : []), [data]);
  const holdsNow = view.situation.holds;
  const implied = useMemo(
    () => (data ? impliedWords(impliedBy(data.graph, holdsNow), data.labelOf) : []),
    [data, holdsNow],
  );
  const haveRef = useRef<HTMLSelectElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Where focus goes once the list has re-rendered (the pressed button may be gone or disabled).
  const focusNext = useRef<{ held: string | null; part: 'years' | 'remove' } | null>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    const row = [...(listRef.current?.children ?? [])].find(
      (li) => li instanceof HTMLElement && li.dataset.held === next.held,
    );
    focusNow(() => [
      row?.querySelector<HTMLElement>(next.part === 'years' ? 'input' : 'button.icon'),
      row?.querySelector<HTMLElement>('button.icon'),
      haveRef.current,
    ]);
  });
  if (!data) return null;
  const { holds, years, region } = view.situation;

  const add = () => {
    if (!toAdd) return;
    // A role asks for its years next; anything else: back to the list to add another.
    focusNext.current = { held: data.nodeOf(toAdd)?.kind === 'role' ? toAdd : null, part: 'years' };
    store.getState().addHeld(toAdd);
    setToAdd('');
  };
  const remove = (id: string) => {
    const at = holds.indexOf(id);
    const rest = holds.filter((h) => h !== id);
    focusNext.current = { held: rest[at] ?? rest[at - 1] ?? null, part: 'remove' };
    store.getState().removeHeld(id);
  };

  return (
    <section className="panel situation" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Your situation and goal</h2>

      <div className="field">
        <label htmlFor={`${ids}-have`}>I already have</label>
        <div className="row">
          <select
            ref={haveRef}
            id={`${ids}-have`}
            value={toAdd}
            onChange={(e) => setToAdd(e.target.value)}
            aria-describedby={`${ids}-have-hint`}
          >
            <option value="">Choose one…</option>
            <NodeOptions graph={data.graph} exclude={holds} />
          </select>
          <button type="button" onClick={add} disabled={!toAdd}>
            Add
          </button>
        </div>
        <p id={`${ids}-have-hint`} className="hint">
          Add each role you hold or held, and each degree or credential you have.
        </p>
        {holds.length > 0 ? (
          <ul className="held-list" aria-label="What you already have" ref={listRef}>
            {holds.map((id) => {
              const node = data.nodeOf(id);
              const isRole = node?.kind === 'role';
              return (
                <li key={id} data-held={id}>
                  <span className="held-name">
                    <span className={`kind-dot kind-${node?.kind ?? 'role'}`} aria-hidden="true" />
                    {data.labelOf(id)}
                    <span className="visually-hidden"> ({KIND_NAMES[node?.kind ?? 'role']})</span>
                  </span>
                  {isRole ? (
                    <YearsInput
                      label={`Years as ${data.labelOf(id)}`}
                      value={ownValue(years, id) ?? 0}
                      onCommit={(v) => store.getState().setYears(id, v)}
                    />
                  ) : null}
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Remove ${data.labelOf(id)}`}
                    onClick={() => remove(id)}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="empty">Nothing added yet: the plan then starts from scratch.</p>
        )}
        {/* What holding these implies is planned as done; each name shows the node on the map. */}
        {implied.map((group) => (
          <p key={group.because} className="hint implied-note" data-because={group.because}>
            {group.lead}:{' '}
            {group.ids.map((id, i) => (
              <span key={id}>
                {i > 0 ? ', ' : null}
                <NodeLink id={id}>{data.labelOf(id)}</NodeLink>
              </span>
            ))}
            .
          </p>
        ))}
      </div>

      <div className="field">
        <label htmlFor={`${ids}-region`}>Region</label>
        <select
          id={`${ids}-region`}
          value={region ?? ''}
          onChange={(e) => store.getState().setRegion(e.target.value || null)}
        >
          <option value="">Anywhere (national figures)</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor={`${ids}-goal`}>Goal</label>
        <select
          id={`${ids}-goal`}
          value={view.goal ?? ''}
          onChange={(e) => store.getState().setGoal(e.target.value || null)}
        >
          <option value="">Choose your goal…</option>
          <NodeOptions graph={data.graph} />
        </select>
        <ToPlan />
      </div>

      <div className="field">
        <label htmlFor={`${ids}-pace`}>Study pace</label>
        <select
          id={`${ids}-pace`}
          aria-describedby={`${ids}-pace-hint`}
          value={view.situation.pace ?? 'full-time'}
          onChange={(e) =>
            store.getState().setPace(e.target.value === 'part-time' ? 'part-time' : 'full-time')
          }
        >
          <option value="full-time">Full time</option>
          <option value="part-time">Part time</option>
        </select>
        {/* Said beside the select, not in the option: a long option is cut off in a narrow panel. */}
        <p id={`${ids}-pace-hint`} className="hint">
          {PLAN_STATUS_WORDS.paceHint}
        </p>
      </div>

      <fieldset className="field objective">
        <legend>Objective</legend>
        <div className="segmented">
          {OBJECTIVES.map((by) => (
            <label key={by}>
              <input
                type="radio"
                name={`${ids}-by`}
                value={by}
                checked={view.by === by}
                onChange={() => store.getState().setObjective(by)}
              />
              <span>{OBJECTIVE_NAMES[by]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

// Inline: the message sits under the field inside the held row without new stylesheet rules.
const YEARS_FIELD = {
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-end',
  gap: '0.15rem',
} as const;
const YEARS_ERROR = { color: '#9b1c1c', fontSize: '0.85rem', maxWidth: '11rem', textAlign: 'right' } as const;

/**
 * Years as typed: the text stays local so "-", "" or "2." can be typed through, and only a valid
 * value (0–80) reaches the store. Anything else is kept on screen with a message, never rewritten.
 */
function YearsInput({ label, value, onCommit }: { label: string; value: number; onCommit(v: number): void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // The store changed from elsewhere (a link, a reset): show its value.
  if (shown !== value) {
    setShown(value);
    if (parseYears(text) !== value) setText(String(value));
  }
  const parsed = parseYears(text);
  const problem = typeof parsed === 'string' ? parsed : null;
  return (
    <span className="years-field" style={YEARS_FIELD}>
      <label className="years">
        <input
          type="text"
          inputMode="decimal"
          aria-label={label}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `${id}-err` : undefined}
          value={text}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            const v = parseYears(next);
            if (typeof v === 'number' && v !== value) {
              setShown(v);
              onCommit(v);
            }
          }}
        />
        <span aria-hidden="true">yr</span>
      </label>
      {problem ? (
        <span id={`${id}-err`} className="field-error" role="status" style={YEARS_ERROR}>
          {problem} Still using {value}.
        </span>
      ) : null}
    </span>
  );
}
