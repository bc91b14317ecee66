// "Where am I, where do I want to go": what I already have (with years for roles), region,
// goal and objective. Every control is a labelled native element, so keyboards and screen
// readers work without extra scripting.

import { useId, useMemo, useState } from 'react';
import { OBJECTIVES, type Objective } from '../../domain/planner/types';
import { KIND_NAMES } from '../format/labels';
import { useApp, useAppStore } from '../store-context';
import { useReadyData } from '../use-graph';
import { NodeOptions, regionsOf } from './node-options';

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
  if (!data) return null;
  const { holds, years, region } = view.situation;

  const add = () => {
    if (toAdd) store.getState().addHeld(toAdd);
    setToAdd('');
  };

  return (
    <section className="panel situation" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Your situation and goal</h2>

      <div className="field">
        <label htmlFor={`${ids}-have`}>I already have</label>
        <div className="row">
          <select
            id={`${ids}-have`}
            value={toAdd}
            onChange={(e) => setToAdd(e.target.value)}
            aria-describedby={`${ids}-have-hint`}
          >
            <option value="">Choose a role, degree or credential…</option>
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
          <ul className="held-list" aria-label="What you already have">
            {holds.map((id) => {
              const node = data.nodeOf(id);
              const isRole = node?.kind === 'role';
              return (
                <li key={id}>
                  <span className="held-name">
                    <span className={`kind-dot kind-${node?.kind ?? 'role'}`} aria-hidden="true" />
                    {data.labelOf(id)}
                    <span className="visually-hidden"> ({KIND_NAMES[node?.kind ?? 'role']})</span>
                  </span>
                  {isRole ? (
                    <label className="years">
                      <input
                        type="number"
                        min={0}
                        max={80}
                        step={0.5}
                        aria-label={`Years as ${data.labelOf(id)}`}
                        value={years[id] ?? 0}
                        onChange={(e) => store.getState().setYears(id, Number(e.target.value))}
                      />
                      <span aria-hidden="true">yr</span>
                    </label>
                  ) : null}
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Remove ${data.labelOf(id)}`}
                    onClick={() => store.getState().removeHeld(id)}
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
      </div>

      <div className="field">
        <label htmlFor={`${ids}-region`}>Region</label>
        <select
          id={`${ids}-region`}
          value={region ?? ''}
          onChange={(e) => store.getState().setRegion(e.target.value || null)}
        >
          <option value="">Anywhere in the US (national figures)</option>
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
          <option value="">Choose where you want to get…</option>
          <NodeOptions graph={data.graph} />
        </select>
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
