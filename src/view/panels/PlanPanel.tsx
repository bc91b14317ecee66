// The answer: the plan's numbered steps with why, when and how much; totals; the salary change;
// alternatives as tabs; a timeline and a salary chart. Every state has a face.

import { type KeyboardEvent, useId, useRef } from 'react';
import type { Plan, PlanStep } from '../../domain/planner/types';
import { selectPlanView } from '../../state/derive';
import { focusAfterRender } from '../focus/focus-after-render';
import { describeMonths } from '../format/duration';
import { cheapestCaveat, describeCost, formatMoneyChange } from '../format/money';
import { describeSalary, type ShownSalary, salaryFor } from '../format/salary';
import { salaryPath } from '../format/salary-path';
import { useApp, useAppStore } from '../store-context';
import { type ReadyData, useReadyData } from '../use-graph';
import { type ExperienceWait, experienceWait, experienceWaitWords } from './experience-wait';
import { NodeLink } from './NodeLink';
import { PlanTimeline } from './PlanTimeline';
import { stepReasons } from './plan-words';
import { SalaryChart } from './SalaryChart';
import { OBJECTIVE_NAMES } from './SituationPanel';

export function PlanPanel() {
  const data = useReadyData();
  const planView = useApp(selectPlanView);
  const ids = useId();
  if (!data) return null;
  return (
    <section className="panel plan" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Your plan</h2>
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
        <p className="empty">
          You already have {data.labelOf(planView.goal)}: nothing more to do for this goal.
        </p>
      ) : null}
      {planView.kind === 'unreachable' ? (
        <div className="problem" role="status">
          <p>
            No plan reaches {data.labelOf(planView.result.goal)}: {planView.result.reason}
          </p>
          {planView.result.blockers.length ? (
            <ul>
              {planView.result.blockers.map((b) => (
                <li key={`${b.node}-${b.why}`}>{b.detail}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {planView.kind === 'error' ? (
        <p className="problem" role="alert">
          The plan could not be worked out: {planView.message}
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

function PlanAnswer({
  data,
  plans,
  index,
  by,
}: {
  data: ReadyData;
  plans: Plan[];
  index: number;
  by: keyof typeof OBJECTIVE_NAMES;
}) {
  const store = useAppStore();
  const ids = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const plan = plans[index];
  if (!plan) return null;

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const last = plans.length - 1;
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = index === last ? 0 : index + 1;
    if (e.key === 'ArrowLeft') next = index === 0 ? last : index - 1;
    if (e.key === 'Home') next = 0;
    if (e.key === 'End') next = last;
    if (next === null) return;
    e.preventDefault();
    store.getState().setAlternative(next);
    tabs.current[next]?.focus();
  };

  return (
    <>
      {plans.length > 1 ? (
        <div role="tablist" aria-label="Plans" className="tabs">
          {plans.map((p, i) => (
            <button
              key={p.steps.map((s) => s.id).join()}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${ids}-tab-${i}`}
              aria-selected={i === index}
              aria-controls={`${ids}-panel`}
              tabIndex={i === index ? 0 : -1}
              onClick={() => store.getState().setAlternative(i)}
              onKeyDown={onTabKey}
            >
              {i === 0 ? `Best (${OBJECTIVE_NAMES[by].toLowerCase()})` : `Option ${i + 1}`}
              <span className="tab-sub">{describeMonths(p.totals.months, p.unknown.months.length)}</span>
            </button>
          ))}
        </div>
      ) : null}
      {plans.length > 1 ? (
        <div
          role="tabpanel"
          id={`${ids}-panel`}
          aria-labelledby={`${ids}-tab-${index}`}
          className="plan-body"
        >
          <PlanDetails data={data} plan={plan} caveat={cheapestCaveat(by, index, plan.unknown.cost.length)} />
        </div>
      ) : (
        <div className="plan-body">
          <PlanDetails data={data} plan={plan} caveat={cheapestCaveat(by, index, plan.unknown.cost.length)} />
        </div>
      )}
    </>
  );
}

function stepFacts(step: PlanStep, feeUnknown: boolean, lengthUnknown: boolean, currency: string): string {
  const months = step.end - step.start;
  // A step with no time and no fee (a role once qualified) is simply reached at a month.
  if (months < 0.5 && step.cost === 0 && !feeUnknown && !lengthUnknown)
    return `reached at month ${Math.round(step.end)}`;
  const when = lengthUnknown
    ? `from month ${Math.round(step.start)}`
    : `month ${Math.round(step.start)}–${Math.round(step.end)}`;
  return `${describeMonths(months, lengthUnknown ? 1 : 0)} · ${describeCost(step.cost, feeUnknown ? 1 : 0, currency)} · ${when}`;
}

function PlanDetails({ data, plan, caveat }: { data: ReadyData; plan: Plan; caveat?: string }) {
  const situation = useApp((s) => s.view.situation);
  const region = situation.region;
  const currency = data.file.currency;
  // The change compares the planner's figures (national, one basis); regional figures, often from
  // another source and year, are shown beside it but never subtracted from a national one.
  const from = plan.salary.from ? data.nodeOf(plan.salary.from.id) : undefined;
  const to = plan.salary.to ? data.nodeOf(plan.salary.to.id) : undefined;
  const fromS = plan.salary.from;
  const toS = plan.salary.to;
  const regionalOf = (node: typeof from) => {
    const s = node && region ? salaryFor(node, region) : undefined;
    return s?.region ? s : undefined;
  };
  const regional = [
    { node: from, s: regionalOf(from) },
    { node: to, s: regionalOf(to) },
  ].filter((r) => r.node && r.s);
  const sources = data.file.sources;
  const points = salaryPath(data.graph, plan, region);
  const feeUnknown = (id: string) => plan.unknown.cost.includes(id);
  const lengthUnknown = (id: string) => plan.unknown.months.includes(id);
  const unknownFees = plan.unknown.cost.length;
  const waits = new Map<string, ExperienceWait>();
  for (const step of plan.steps) {
    const wait = experienceWait(data.graph, plan, situation, step);
    if (wait) waits.set(step.id, wait);
  }

  return (
    <>
      <p className="totals">
        <span>
          <strong>{plan.totals.steps}</strong> {plan.totals.steps === 1 ? 'step' : 'steps'}
        </span>
        <span>
          <strong>{describeMonths(plan.totals.months, plan.unknown.months.length)}</strong>
        </span>
        <span>
          <strong>{describeCost(plan.totals.cost, unknownFees, currency)}</strong>
        </span>
      </p>
      {caveat ? <p className="hint cheapest-caveat">{caveat}</p> : null}
      {!plan.optimal ? (
        <p className="hint">The search stopped early: this is the best plan found, not proven the best.</p>
      ) : null}
      <p className="salary-change">
        Salary:{' '}
        {fromS && from
          ? `${describeSalary(fromS, currency, sources)} as ${from.label}`
          : 'no current salary known'}
        {' → '}
        {toS && to
          ? `${describeSalary(toS, currency, sources)} as ${to.label}`
          : 'no salary figure for the goal'}
        {plan.salary.change !== undefined ? (
          <strong> ({formatMoneyChange(plan.salary.change, currency)} a year)</strong>
        ) : null}
      </p>
      {region && regional.length ? (
        <p className="salary-regional">
          In {region}:{' '}
          {regional
            .map(
              (r) =>
                `${describeSalary(r.s as ShownSalary, currency, sources, { region: false })} as ${r.node?.label}`,
            )
            .join('; ')}
        </p>
      ) : null}
      <ol className="steps">
        {plan.steps.map((step) => {
          const node = data.nodeOf(step.id);
          return (
            <li key={step.id}>
              <NodeLink id={step.id}>{node?.label ?? step.id}</NodeLink>
              <span className="step-facts">
                {stepFacts(step, feeUnknown(step.id), lengthUnknown(step.id), currency)}
              </span>
              <ul className="reasons">
                {stepReasons(step, data.labelOf).map((r) => (
                  <li key={r}>{r}</li>
                ))}
                {step.reasons.length === 0 ? <li>Your goal</li> : null}
                {waits.has(step.id) ? (
                  <li className="experience-wait">
                    {experienceWaitWords(waits.get(step.id) as ExperienceWait, step.start, data.labelOf)}
                  </li>
                ) : null}
              </ul>
            </li>
          );
        })}
      </ol>
      <PlanTimeline plan={plan} labelOf={data.labelOf} waits={waits} />
      <SalaryChart points={points} currency={currency} />
    </>
  );
}
