// The plan answer: alternatives as tabs, then the chosen plan's numbered steps with why, when and how
// much, totals, the salary change, a timeline and a salary chart. Shown only with a goal, so it loads
// on demand (src/view/lazy/plan-answer.ts); main.tsx waits for it when the start view has a goal.

import { type KeyboardEvent, useId, useMemo, useRef } from 'react';
import type { Objective, Plan } from '../../domain/planner/types';
import { describeSalary, type ShownSalary, salaryFor } from '../../present/format/salary';
import { salaryPath } from '../../present/format/salary-path';
import { planMeasureWords, presentPlan } from '../../present/plan-model';
import { planName } from '../../present/plan-words';
import { useApp, useAppStore } from '../store-context';
import type { ReadyData } from '../use-graph';
import { MarkDone } from './MarkDone';
import { NodeLink } from './NodeLink';
import { PlanTimeline } from './PlanTimeline';
import { SalaryChart } from './SalaryChart';
import { OBJECTIVE_NAMES } from './SituationPanel';

export function PlanAnswer({
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
              {i === 0 ? `Best (${OBJECTIVE_NAMES[by].toLowerCase()})` : planName(i)}
              <span className="tab-sub">{planMeasureWords(p, by, data.file.currency)}</span>
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
          <PlanDetails data={data} plan={plan} by={by} index={index} />
        </div>
      ) : (
        <div className="plan-body">
          <PlanDetails data={data} plan={plan} by={by} index={index} />
        </div>
      )}
    </>
  );
}

function PlanDetails({
  data,
  plan,
  by,
  index,
}: {
  data: ReadyData;
  plan: Plan;
  by: Objective;
  index: number;
}) {
  const situation = useApp((s) => s.view.situation);
  const goal = useApp((s) => s.view.goal) ?? '';
  const region = situation.region;
  const currency = data.file.currency;
  const model = useMemo(
    () => presentPlan(data.graph, plan, { goal, by, index, holds: situation.holds }),
    [data.graph, plan, goal, by, index, situation.holds],
  );
  // The change compares the planner's figures (national, one basis); regional figures, often from
  // another source and year, are shown beside it but never subtracted from a national one.
  const from = plan.salary.from ? data.nodeOf(plan.salary.from.id) : undefined;
  const to = plan.salary.to ? data.nodeOf(plan.salary.to.id) : undefined;
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

  return (
    <>
      <p className="totals">
        <span>
          <strong>{model.totals.steps}</strong>
        </span>
        <span>
          <strong>{model.totals.months}</strong>
        </span>
        <span>
          <strong>{model.totals.cost}</strong>
        </span>
      </p>
      {model.caveats.map((c) => (
        <p key={c} className="hint plan-caveat">
          {c}
        </p>
      ))}
      <p className="salary-change">Salary: {model.salary.line}</p>
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
        {model.steps.map((step) => (
          <li key={step.id}>
            <NodeLink id={step.id}>{step.label}</NodeLink>
            <span className="step-facts">{step.facts}</span>
            <ul className="reasons">
              {step.why.map((r) => (
                <li key={r}>{r}</li>
              ))}
              {step.waits.map((w) => (
                <li key={`${w.role}-${w.until}`} className="experience-wait">
                  {w.text}
                </li>
              ))}
              {step.unsaidFlags.map((f) => (
                <li key={f} className="unknown-flag">
                  {f}
                </li>
              ))}
            </ul>
            <MarkDone id={step.id} label={step.label} />
          </li>
        ))}
      </ol>
      {model.finalWait ? <p className="final-wait experience-wait">{model.finalWait.text}</p> : null}
      <ul className="assumptions hint">
        {model.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <PlanTimeline model={model} />
      <SalaryChart points={points} currency={currency} />
    </>
  );
}
