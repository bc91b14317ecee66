// The plan over time: one bar per step from its start month to its end month. Steps that run
// side by side have overlapping bars; instant steps (no months) show as a marker. Years a later
// step needs in a role show as a dashed "2 yr in the role" after the bar (as on the handout), and
// a wait for more years in a role held now as a dashed span before the step. All from the model.
// The one timeline: the plan panel shows it, and the printed handout too (its look for paper, with
// each bar in its kind's colours and its length written after it, is in handout.css). A step of
// unknown length is an open bar and the steps after it hatched and dashed, with a key in words.

import type { CSSProperties } from 'react';
import type { NodeKind } from '../../domain/types';
import type { PlanModel, StepModel } from '../../present/plan-model';
import { KIND_STYLE } from '../graph/style';
import './timeline.css';

/** Year ticks at most MAX_TICKS apart so labels never run together ("now1 yr") in a narrow panel. */
const MAX_TICKS = 4;

/** A wait bar at least this share of the timeline holds its "2 yr more" inside; a shorter one has it beside. */
const ROOMY_SHARE = 0.4;

export function timelineTicks(total: number): number[] {
  const years = Math.floor(total / 12);
  const every = [1, 2, 5, 10, 20].find((n) => years / n < MAX_TICKS) ?? 50;
  const ticks: number[] = [];
  for (let y = 0; y * 12 <= total; y += every) ticks.push(y * 12);
  return ticks;
}

/** What the open and hatched bars mean, under a timeline that has them. */
export const TIMELINE_KEY =
  'Open bar: length not known. Hatched, dashed bars come after it: their months are the earliest, not dates.';

/**
 * A step of unknown length is an open bar (no end to draw); a step after one is hatched and dashed,
 * as it may start later than drawn. Both differ in shape and pattern, not colour alone.
 */
function barClass(step: StepModel, instant: boolean): string {
  if (step.lengthUnknown) return 'timeline-bar length-unknown';
  const shape = instant ? 'timeline-bar instant' : 'timeline-bar';
  return step.afterUnknown ? `${shape} after-unknown` : shape;
}

/** The kind's colours as custom properties, for a stylesheet that paints bars by kind (the handout's). */
function kindColours(kind: NodeKind): CSSProperties {
  const k = KIND_STYLE[kind];
  return { '--kind-fill': k.fill, '--kind-border': k.border, '--kind-text': k.text } as CSSProperties;
}

export function PlanTimeline({ model, kindOf }: { model: PlanModel; kindOf?: (id: string) => NodeKind }) {
  const total = Math.max(1, ...model.steps.map((s) => s.end + s.inRoleMonths));
  const pct = (m: number) => `${(m / total) * 100}%`;
  const roomy = (w: { from: number; until: number }) => (w.until - w.from) / total >= ROOMY_SHARE;
  return (
    <figure className="timeline">
      <figcaption>Timeline ({model.totals.months} in all)</figcaption>
      <ol className="timeline-rows">
        {model.steps.map((step) => {
          const instant = step.end - step.start < 0.5;
          // A wait in a role held now, shown as a span leading up to the step.
          const held = step.waits.find((w) => w.held);
          return (
            <li
              key={step.id}
              className="timeline-row"
              style={kindOf ? kindColours(kindOf(step.id)) : undefined}
            >
              <span className="timeline-label" title={step.label}>
                {step.n}. {step.shortLabel}
              </span>
              <span className="timeline-track">
                {held ? (
                  <span
                    className="timeline-work timeline-wait"
                    style={{ left: pct(held.from), width: pct(held.until - held.from) }}
                    title={held.short}
                  >
                    {/* The bar shows "2 yr more" when it has room; the role is in the title and read out. */}
                    {roomy(held) ? <span aria-hidden="true">{held.brief}</span> : null}
                    <span className="visually-hidden">{held.short}</span>
                  </span>
                ) : null}
                {held && !roomy(held) ? (
                  // Too short a bar for its words (part time, a long plan): they go just after it.
                  <span className="timeline-wait-label" style={{ left: pct(held.until) }} aria-hidden="true">
                    {held.brief}
                  </span>
                ) : null}
                <span
                  className={barClass(step, instant)}
                  style={{
                    left: pct(step.start),
                    width: instant || step.lengthUnknown ? undefined : pct(step.end - step.start),
                  }}
                  title={step.afterUnknown || step.lengthUnknown ? step.when : undefined}
                />
                {step.inRole ? (
                  <span
                    className="timeline-work"
                    style={{ left: pct(step.end), width: pct(step.inRoleMonths) }}
                    title={step.inRole}
                  >
                    {step.inRole}
                  </span>
                ) : (
                  // Its length after the bar; shown on paper, where the step's "when" is not read out.
                  <span className="timeline-length" style={{ left: pct(step.end) }} aria-hidden="true">
                    {step.duration}
                  </span>
                )}
                <span className="visually-hidden">{step.when}</span>
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
      {model.steps.some((s) => s.lengthUnknown || s.afterUnknown) ? (
        // The key to the marks above: said in words, on screen and on paper (not by colour alone).
        <p className="timeline-key">{TIMELINE_KEY}</p>
      ) : null}
    </figure>
  );
}
