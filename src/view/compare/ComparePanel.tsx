// Compare two plans side by side: the best plan against an alternative, or this goal against
// another goal. Plans are columns; the better figure says so in words. A native modal dialog: Esc
// closes, and the table's scroll box takes focus (arrow keys scroll it) when it is too wide. On a
// phone the columns stack: one card per plan, the same rows as a list, nothing to scroll sideways.

import { useMemo, useRef, useState } from 'react';
import type { CareerGraph } from '../../domain/career-graph';
import type { PlanResult } from '../../domain/planner/types';
import { COMPARE_WORDS } from '../../present/compare-words';
import { planAt } from '../../present/plan-model';
import { planName } from '../../present/plan-words';
import { nearestOtherGoal } from '../../state/compare-goal';
import { useMediaQuery } from '../useMediaQuery';
import { useModalDialog } from '../useModalDialog';
import { useOverflows } from '../useOverflows';
import { type CompareCell, type CompareColumn, type CompareRow, compareRows } from './compare-rows';
import './compare.css';

export type CompareMode = 'alternative' | 'goal';

export interface ComparePanelProps {
  graph: CareerGraph;
  /** The current plan result (for the current goal). */
  result: Extract<PlanResult, { kind: 'plan' }>;
  /** What the person holds, as the plan view is given it (its waits count years already worked). */
  holds: readonly string[];
  /** Goals that can be compared with (roles and credentials), already in display order. */
  goals: { id: string; label: string }[];
  /** Plans another goal from the same situation and objective (the state layer plans, not the view). */
  planFor(goal: string): PlanResult | { kind: 'error'; message: string };
  onClose(): void;
}

function columnFor(
  result: PlanResult | { kind: 'error'; message: string },
  title: string,
  goal: string,
): CompareColumn {
  if (result.kind === 'plan') {
    const plan = result.plans[0];
    return { title, goal, plan: plan ?? { none: 'No plan.' } };
  }
  if (result.kind === 'unreachable')
    return { title, goal, plan: { none: `Cannot be reached: ${result.reason}` } };
  return { title, goal, plan: { none: result.message } };
}

/** Below this width the plans stack instead of standing side by side. */
export const STACK_QUERY = '(max-width: 40rem)';

export function ComparePanel({ graph, result, holds, goals, planFor, onClose }: ComparePanelProps) {
  const { ids, dialogProps } = useModalDialog(onClose);
  const scrollRef = useRef<HTMLElement>(null);
  const scrolls = useOverflows(scrollRef);
  const stacked = useMediaQuery(STACK_QUERY);
  const alternatives = result.plans.length;
  const altNumbers = Array.from({ length: Math.max(0, alternatives - 1) }, (_, i) => i + 1);
  const [mode, setMode] = useState<CompareMode>(alternatives > 1 ? 'alternative' : 'goal');
  const [alt, setAlt] = useState(1);
  const otherGoals = goals.filter((g) => g.id !== result.goal);
  // The goal's nearest alternative, not whatever comes first in the list; none near: the person picks.
  const [other, setOther] = useState(() =>
    nearestOtherGoal(
      graph,
      result.goal,
      otherGoals.map((g) => g.id),
      holds,
    ),
  );

  const goalLabel = graph.hasNode(result.goal) ? graph.getNodeAttribute(result.goal, 'label') : result.goal;
  const columns = useMemo((): CompareColumn[] => {
    const best: CompareColumn = {
      title: 'Best plan',
      goal: result.goal,
      plan: result.plans[0] ?? { none: 'No plan.' },
    };
    if (mode === 'alternative') {
      const plan = alternatives > 1 ? planAt(result.plans, alt) : undefined;
      const index = plan ? result.plans.indexOf(plan) : alt;
      return [
        best,
        { title: planName(index), goal: result.goal, plan: plan ?? { none: 'No other plan.' }, index },
      ];
    }
    if (!other) return [{ ...best, title: goalLabel }];
    const otherLabel = graph.hasNode(other) ? graph.getNodeAttribute(other, 'label') : other;
    return [{ ...best, title: goalLabel }, columnFor(planFor(other), otherLabel, other)];
  }, [mode, alt, alternatives, other, result, graph, planFor, goalLabel]);
  const rows = useMemo(
    () => compareRows(graph, columns, { by: result.by, holds }),
    [graph, columns, result.by, holds],
  );

  return (
    <dialog {...dialogProps} className="compare">
      <div className="compare-head">
        <h2 id={`${ids}-title`}>Compare plans</h2>
        <button type="button" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
      <fieldset className="compare-choice">
        <legend>Compare</legend>
        <ModeChoice
          name={`${ids}-mode`}
          checked={mode === 'alternative'}
          disabled={alternatives < 2}
          onPick={() => setMode('alternative')}
          label="Best plan against"
          selectId={`${ids}-alt`}
          selectLabel="Alternative plan"
          value={Math.min(alt, Math.max(1, alternatives - 1))}
          onSelect={(value) => setAlt(Number(value))}
          options={altNumbers.map((k) => ({ value: k, label: planName(k) }))}
        />
        {alternatives < 2 ? <span className="muted"> (there is only one plan)</span> : null}
        <br />
        <ModeChoice
          name={`${ids}-mode`}
          checked={mode === 'goal'}
          onPick={() => setMode('goal')}
          label="This goal against"
          selectId={`${ids}-goal`}
          selectLabel="Other goal"
          value={other}
          onSelect={setOther}
          options={[
            ...(other ? [] : [{ value: '', label: COMPARE_WORDS.chooseGoal }]),
            ...otherGoals.map((g) => ({ value: g.id, label: g.label })),
          ]}
        />
      </fieldset>
      {stacked ? (
        <div className="compare-stack">
          {columns.map((c, i) => (
            <section key={`${c.title}-${c.goal}`} className="compare-card" aria-label={c.title}>
              <h3>{c.title}</h3>
              <dl>
                {rows.map((row) => (
                  <div key={row.key} data-row={row.key}>
                    <dt>{row.label}</dt>
                    <dd>{row.cells[i] ? <Cell row={row} cell={row.cells[i]} /> : null}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      ) : (
        <section
          ref={scrollRef}
          className="compare-scroll"
          aria-labelledby={`${ids}-caption`}
          // Only while it scrolls sideways: then keys must reach it to scroll it (WCAG 2.1.1).
          tabIndex={scrolls ? 0 : undefined}
        >
          <table className="compare-table">
            <caption id={`${ids}-caption`} className="visually-hidden">
              {columns.map((c) => c.title).join(' compared with ')}
            </caption>
            <thead>
              <tr>
                <td />
                {columns.map((c) => (
                  <th key={`${c.title}-${c.goal}`} scope="col">
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-row={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, i) => (
                    <td key={`${row.key}-${columns[i]?.title ?? i}`}>
                      <Cell row={row} cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </dialog>
  );
}

/** One plan's value in one row: a numbered list of steps, a list of lines, or a figure. */
function Cell({ row, cell }: { row: CompareRow; cell: CompareCell }) {
  if (cell.kind === 'steps')
    return (
      <ol>
        {cell.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
    );
  if (cell.kind === 'list')
    return (
      <ul>
        {cell.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  if (cell.kind === 'none') return <span className="muted">{cell.text}</span>;
  return (
    <>
      {cell.best ? <strong>{cell.text}</strong> : cell.text}
      {cell.best ? (
        <span className="compare-best">
          {' '}
          ({COMPARE_WORDS.better[row.key as keyof typeof COMPARE_WORDS.better]})
        </span>
      ) : null}
    </>
  );
}

/** A radio and the select it goes with: the select is usable only while its radio is chosen. */
function ModeChoice(props: {
  name: string;
  checked: boolean;
  disabled?: boolean;
  onPick(): void;
  label: string;
  selectId: string;
  selectLabel: string;
  value: string | number;
  onSelect(value: string): void;
  options: { value: string | number; label: string }[];
}) {
  return (
    <>
      <label>
        <input
          type="radio"
          name={props.name}
          checked={props.checked}
          disabled={props.disabled}
          onChange={props.onPick}
        />{' '}
        {props.label}
      </label>{' '}
      <label className="visually-hidden" htmlFor={props.selectId}>
        {props.selectLabel}
      </label>
      <select
        id={props.selectId}
        value={props.value}
        disabled={!props.checked || props.disabled}
        onChange={(e) => props.onSelect(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
