// The plan over time: one bar per step from its start month to its end month. Steps that run
// side by side have overlapping bars; instant steps (no months) show as a marker.

import type { Plan } from '../../domain/planner/types';
import { describeMonths } from '../format/duration';
import { shortLabel } from '../format/labels';

export function PlanTimeline({ plan, labelOf }: { plan: Plan; labelOf: (id: string) => string }) {
  const total = Math.max(1, plan.totals.months, ...plan.steps.map((s) => s.end));
  const yearTicks = Array.from({ length: Math.floor(total / 12) + 1 }, (_, i) => i * 12).filter(
    (m) => m <= total,
  );
  const pct = (m: number) => `${(m / total) * 100}%`;
  return (
    <figure className="timeline">
      <figcaption>
        Timeline ({describeMonths(plan.totals.months, plan.unknown.months.length)} in all)
      </figcaption>
      <ol className="timeline-rows">
        {plan.steps.map((step, i) => {
          const instant = step.end - step.start < 0.5;
          return (
            <li key={step.id} className="timeline-row">
              <span className="timeline-label" title={labelOf(step.id)}>
                {i + 1}. {shortLabel(labelOf(step.id))}
              </span>
              <span className="timeline-track">
                <span
                  className={instant ? 'timeline-bar instant' : 'timeline-bar'}
                  style={{ left: pct(step.start), width: instant ? undefined : pct(step.end - step.start) }}
                />
                <span className="visually-hidden">
                  from month {Math.round(step.start)} to month {Math.round(step.end)}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="timeline-axis" aria-hidden="true">
        {yearTicks.map((m) => (
          <span key={m} style={{ left: pct(m) }}>
            {m === 0 ? 'now' : `${m / 12} yr`}
          </span>
        ))}
      </div>
    </figure>
  );
}
