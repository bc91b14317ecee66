// The plan panel: its heading and every state's face (no goal, already held, planning, unreachable,
// error); a plan's answer (src/view/panels/PlanAnswer.tsx) loads on demand.

import { useId } from 'react';
import { PLAN_STATUS_WORDS } from '../../present/plan-status-words';
import { selectPlanView } from '../../state/derive';
import { focusAfterRender } from '../focus/focus-after-render';
import { planAnswer } from '../lazy/on-demand-parts';
import { useApp, useAppStore } from '../store-context';
import { type ReadyData, useReadyData } from '../use-graph';
import './plan-panel.css';
import { PLAN_SECTION } from './ToPlan';

const PlanAnswer = planAnswer.View;

export function PlanPanel() {
  const data = useReadyData();
  const planView = useApp(selectPlanView);
  const ids = useId();
  if (!data) return null;
  return (
    <section className="panel plan" id={PLAN_SECTION} aria-labelledby={`${ids}-h`}>
      {/* Focusable so "See your plan" (ToPlan.tsx, phones) can move focus here. */}
      <h2 id={`${ids}-h`} tabIndex={-1}>
        Your plan
      </h2>
      {planView.kind === 'no-goal' ? (
        <>
          <p className="empty">
            Choose a <strong>Goal</strong> above to see the steps to get there, in order, with time, cost and
            salary. Add what you already have to start from where you are.
          </p>
          <ExampleButton data={data} />
        </>
      ) : null}
      {planView.kind === 'already-held' ? (
        <p className="empty">{PLAN_STATUS_WORDS.alreadyHeld(data.labelOf(planView.goal))}</p>
      ) : null}
      {planView.kind === 'planning' ? (
        <p className="empty planning" role="status">
          {PLAN_STATUS_WORDS.planning(data.labelOf(planView.goal))}
        </p>
      ) : null}
      {planView.kind === 'unreachable' ? (
        // The live region (Announcer) says why there is no plan; this is the visible text.
        // The planner's reason already names the goal and every blocker ("No plan reaches X. …");
        // it was shown after "No plan reaches X:" and then again as a list of the same blockers.
        <div className="problem">
          <p>{planView.result.reason}</p>
        </div>
      ) : null}
      {planView.kind === 'error' ? (
        <p className="problem" role="alert">
          {PLAN_STATUS_WORDS.planError(planView.message)}
        </p>
      ) : null}
      {planView.kind === 'plan' ? (
        <PlanAnswer
          data={data}
          plans={planView.result.plans}
          index={planView.index}
          by={planView.result.by}
        />
      ) : null}
    </section>
  );
}

/** One click to a typical question, for people who open the app to see what it does. */
const EXAMPLE = {
  holds: ['high-school-diploma', 'medical-records-technician'],
  years: { 'medical-records-technician': 2 },
  goal: 'medical-and-health-services-manager',
};

function ExampleButton({ data }: { data: ReadyData }) {
  const store = useAppStore();
  if (![...EXAMPLE.holds, EXAMPLE.goal].every((id) => data.graph.hasNode(id))) return null;
  const from = data.labelOf('medical-records-technician');
  const to = data.labelOf(EXAMPLE.goal);
  return (
    <button
      type="button"
      className="example"
      onClick={() => {
        const s = store.getState();
        for (const id of EXAMPLE.holds) s.addHeld(id);
        for (const [id, y] of Object.entries(EXAMPLE.years)) s.setYears(id, y);
        s.setGoal(EXAMPLE.goal);
        // This button gives way to the plan: focus goes to the plan's heading, not to <body>.
        focusAfterRender(() => [document.querySelector<HTMLElement>('.plan h2')]);
      }}
    >
      Try an example: {from} (2 yr) → {to}
    </button>
  );
}
