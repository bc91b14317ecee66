// The same graph as text: the plan as an ordered list, then every node by kind and level with
// what it requires and what it leads to. The main path for keyboard and screen-reader users.

import { useId } from 'react';
import type { CareerNode } from '../../domain/types';
import { KIND_GROUP_NAMES } from '../../present/format/labels';
import { describeSalary, salaryFor } from '../../present/format/salary';
import { leadsTo, obtainWords, requiresWords } from '../../present/node-words';
import { presentPlan } from '../../present/plan-model';
import { PLAN_WORDS } from '../../present/plan-words';
import { selectPlanView } from '../../state/derive';
import { nodesByKind } from '../panels/node-options';
import { useApp, useAppStore } from '../store-context';
import { type ReadyData, useReadyData } from '../use-graph';

const LEVEL_NAMES = ['entry', 'early', 'experienced', 'senior', 'lead', 'executive or owner'];

function groupByLevel(nodes: CareerNode[]): { title: string; nodes: CareerNode[] }[] {
  const groups = new Map<string, CareerNode[]>();
  for (const n of nodes) {
    const title =
      n.level === undefined ? 'No level given' : `Level ${n.level}: ${LEVEL_NAMES[n.level] ?? ''}`;
    groups.set(title, [...(groups.get(title) ?? []), n]);
  }
  return [...groups].map(([title, ns]) => ({ title, nodes: ns }));
}

export function TextView() {
  const data = useReadyData();
  const ids = useId();
  if (!data) return null;
  return (
    <section className="text-view" aria-labelledby={`${ids}-h`} id="text-view">
      <h2 id={`${ids}-h`} tabIndex={-1}>
        {data.file.title}: the graph as text
      </h2>
      <TextPlan data={data} />
      {nodesByKind(data.graph).map(({ kind, nodes }) => (
        <section key={kind} aria-labelledby={`${ids}-${kind}`}>
          <h3 id={`${ids}-${kind}`}>
            {KIND_GROUP_NAMES[kind]} ({nodes.length})
          </h3>
          {kind === 'role' ? (
            groupByLevel(nodes).map((g) => (
              <section key={g.title} aria-label={g.title}>
                <h4>{g.title}</h4>
                <NodeList data={data} nodes={g.nodes} />
              </section>
            ))
          ) : (
            <NodeList data={data} nodes={nodes} />
          )}
        </section>
      ))}
    </section>
  );
}

function TextPlan({ data }: { data: ReadyData }) {
  const planView = useApp(selectPlanView);
  const situation = useApp((s) => s.view.situation);
  if (planView.kind !== 'plan') {
    return (
      <p className="empty">
        {planView.kind === 'unreachable'
          ? planView.result.reason
          : planView.kind === 'already-held'
            ? PLAN_WORDS.alreadyHeld(data.labelOf(planView.goal))
            : planView.kind === 'error'
              ? PLAN_WORDS.planError(planView.message)
              : planView.kind === 'planning'
                ? PLAN_WORDS.planning(data.labelOf(planView.goal))
                : 'No plan yet: choose a goal in “Your situation and goal”.'}
      </p>
    );
  }
  const { plan } = planView;
  const model = presentPlan(data.graph, plan, {
    goal: planView.result.goal,
    by: planView.result.by,
    index: planView.index,
    holds: situation.holds,
  });
  return (
    <section aria-label="Your plan as a list">
      <h3>Your plan to {model.goal.label}</h3>
      <p>{model.totals.line}</p>
      <ol>
        {model.steps.map((s) => (
          <li key={s.id}>
            {s.label}: {s.when}, {s.duration}, {s.cost}. {s.why.join(' ')}
            {[...s.waits.map((w) => w.text), ...s.unsaidFlags].map((note) => (
              <span key={note}> {note}.</span>
            ))}
          </li>
        ))}
      </ol>
      {model.finalWait ? <p className="final-wait">{model.finalWait.text}.</p> : null}
      {[...model.caveats, ...model.assumptions].map((note) => (
        <p key={note}>{note}</p>
      ))}
    </section>
  );
}

function NodeList({ data, nodes }: { data: ReadyData; nodes: CareerNode[] }) {
  const store = useAppStore();
  const view = useApp((s) => s.view);
  const planView = useApp(selectPlanView);
  const steps = planView.kind === 'plan' ? planView.plan.steps.map((s) => s.id) : [];
  const visible = nodes.filter((n) => !view.hiddenKinds.includes(n.kind));
  if (visible.length === 0) return <p className="muted">Hidden by the kind filter.</p>;
  return (
    <ul className="text-nodes">
      {visible.map((n) => {
        const step = steps.indexOf(n.id);
        const salary = salaryFor(n, view.situation.region);
        const leads = leadsTo(data.graph, n.id).map((l) => `${l.how} ${l.label}`);
        return (
          <li key={n.id} className={view.selected === n.id ? 'selected' : undefined}>
            <button
              type="button"
              className="link node-name"
              aria-pressed={view.selected === n.id}
              onClick={() => store.getState().select(n.id, { centre: true })}
            >
              {n.label}
            </button>
            {view.situation.holds.includes(n.id) ? <span className="badge">you have this</span> : null}
            {step >= 0 ? <span className="badge plan-badge">plan step {step + 1}</span> : null}
            <p>
              {[
                salary ? describeSalary(salary, data.file.currency) : null,
                n.months || n.cost || n.costKnown === false || n.monthsKnown === false
                  ? `to obtain: ${obtainWords(n, data.file.currency)}`
                  : null,
              ]
                .filter(Boolean)
                .join('; ')}
            </p>
            <p>Requires: {requiresWords(n, data.labelOf)}</p>
            <p>Leads to: {leads.length ? leads.join('; ') : 'nothing further'}.</p>
          </li>
        );
      })}
    </ul>
  );
}
