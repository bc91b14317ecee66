// The plan over time: one bar per step from its start month to its end month. Steps that run
// side by side have overlapping bars; instant steps (no months) show as a marker. Years a later
// step needs in a role show as a dashed "2 yr in the role" after the bar (as on the handout), and
// a wait for more years in a role held now as a dashed span before the step.

import type { Plan } from '../../domain/planner/types';
import { describeMonths, formatMonths } from '../format/duration';
import { shortLabel } from '../format/labels';
import type { ExperienceWait } from './experience-wait';
import './timeline.css';

/** Year ticks at most MAX_TICKS apart so labels never run together ("now1 yr") in a narrow panel. */
const MAX_TICKS = 4;

export function timelineTicks(total: number): number[] {
  const years = Math.floor(total / 12);
  const every = [1, 2, 5, 10, 20].find((n) => years / n < MAX_TICKS) ?? 50;
  const ticks: number[] = [];
  for (let y = 0; y * 12 <= total; y += every) ticks.push(y * 12);
  return ticks;
}

export function PlanTimeline({
  plan,
  labelOf,
  waits,
}: {
  plan: Plan;
  labelOf: (id: string) => string;
  waits?: ReadonlyMap<string, ExperienceWait>;
}) {
  const work = (reasons: Plan['steps'][number]['reasons']) =>
    12 * Math.max(0, ...reasons.filter((r) => r.need === 'experience').map((r) => r.years ?? 0));
  const total = Math.max(1, plan.totals.months, ...plan.steps.map((s) => s.end + work(s.reasons)));
  const pct = (m: number) => `${(m / total) * 100}%`;
  return (
    <figure className="timeline">
      <figcaption>
        Timeline ({describeMonths(plan.totals.months, plan.unknown.months.length)} in all)
      </figcaption>
      <ol className="timeline-rows">
        {plan.steps.map((step, i) => {
          const instant = step.end - step.start < 0.5;
          const inRole = work(step.reasons);
          const wait = waits?.get(step.id);
          const waitMonths = wait?.have !== undefined ? (wait.years - wait.have) * 12 : 0;
          return (
            <li key={step.id} className="timeline-row">
              <span className="timeline-label" title={labelOf(step.id)}>
                {i + 1}. {shortLabel(labelOf(step.id))}
              </span>
              <span className="timeline-track">
                {wait && waitMonths > 0 ? (
                  <span
                    className="timeline-work timeline-wait"
                    style={{ left: pct(step.start - waitMonths), width: pct(waitMonths) }}
                    title={`${formatMonths(waitMonths)} more as ${labelOf(wait.role)}`}
                  >
                    {formatMonths(waitMonths)} more as {labelOf(wait.role)}
                  </span>
                ) : null}
                <span
                  className={instant ? 'timeline-bar instant' : 'timeline-bar'}
                  style={{ left: pct(step.start), width: instant ? undefined : pct(step.end - step.start) }}
                />
                {inRole > 0 ? (
                  <span
                    className="timeline-work"
                    style={{ left: pct(step.end), width: pct(inRole) }}
                    title={`${formatMonths(inRole)} in the role`}
                  >
                    {formatMonths(inRole)} in the role
                  </span>
                ) : null}
                <span className="visually-hidden">
                  from month {Math.round(step.start)} to month {Math.round(step.end)}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="timeline-axis" aria-hidden="true">
        {timelineTicks(total).map((m) => (
          <span key={m} style={{ left: pct(m) }}>
            {m === 0 ? 'now' : `${m / 12} yr`}
          </span>
        ))}
      </div>
    </figure>
  );
}
