// The plan as a small picture for the handout: one row per step, a bar from the month it starts to
// the month it is obtained, arrows from each step to the step it unlocks. Drawn by React as SVG
// elements with text nodes, so it prints sharp and never parses data as markup.

import type { CareerGraph } from '../../domain/career-graph';
import type { Plan } from '../../domain/planner/types';
import type { PlanModel } from '../../present/plan-model';
import { KIND_STYLE } from '../graph/style';

const WIDTH = 700;
const LABEL_W = 230;
const CHART_X = LABEL_W + 10;
const CHART_W = WIDTH - CHART_X - 100;
const ROW = 18;
const TOP = 18;
const MAX_LABEL = 34;
/** Side of the milestone diamond drawn for a step with no length. */
const DIAMOND = 9;

/** Rough width of SVG text in the handout's sans-serif (about 0.55 em a character). */
const textW = (text: string, size: number): number => text.length * size * 0.55;

/**
 * Where "then 2 yr in the role" goes: inside its dashed span when it fits, else just after it, else
 * just before the step (it ran over the step's diamond and out of a short span).
 */
function inRoleAt(
  from: number,
  to: number,
  text: string,
  instant: boolean,
): { x: number; textAnchor: 'middle' | 'start' | 'end' } {
  const w = textW(text, 9);
  const lead = instant ? DIAMOND / 2 : 0;
  if (w + 4 <= to - from - lead) return { x: (from + to) / 2 + lead / 2, textAnchor: 'middle' };
  if (to + 4 + w <= WIDTH) return { x: to + 4, textAnchor: 'start' };
  return { x: from - lead - 4, textAnchor: 'end' };
}

function tickStep(total: number): number {
  if (total <= 12) return 3;
  if (total <= 60) return 12;
  return 24;
}

const tickLabel = (m: number): string => (m === 0 ? '0' : m % 12 === 0 ? `${m / 12} yr` : `${m} mo`);

export function PathPicture({
  graph,
  plan,
  model,
  titleId,
}: {
  graph: CareerGraph;
  plan: Plan;
  model: PlanModel;
  titleId: string;
}) {
  const total = Math.max(1, plan.totals.months, ...plan.steps.map((s) => s.end));
  const x = (m: number): number => CHART_X + (m / total) * CHART_W;
  const row = new Map(plan.steps.map((s, i) => [s.id, i]));
  const y = (i: number): number => TOP + i * ROW + ROW / 2;
  const height = TOP + plan.steps.length * ROW + 8;
  const step = tickStep(total);
  const ticks: number[] = [];
  for (let m = 0; m <= total; m += step) ticks.push(m);

  // Arrows leave a step's bar (or its years in the role) downwards, then run right into the step
  // it serves: never through the duration written after a bar. One arrow per pair of steps.
  const ends = new Map<string, { x1: number; i: number; j: number }>();
  plan.steps.forEach((s, i) => {
    for (const r of s.reasons) {
      const j = row.get(r.for);
      if (j === undefined) continue;
      const x1 = x(s.end + (r.need === 'experience' ? 12 * (r.years ?? 0) : 0));
      const key = `${s.id}>${r.for}`;
      if ((ends.get(key)?.x1 ?? Number.NEGATIVE_INFINITY) < x1) ends.set(key, { x1, i, j });
    }
  });
  const arrows = [...ends.entries()].flatMap(([key, { x1, i, j }]) => {
    const target = plan.steps[j];
    if (!target) return [];
    const milestone = target.end <= target.start;
    const x2 = x(target.start) - (milestone ? DIAMOND * 0.75 : 0);
    const d =
      x2 - x1 >= 10
        ? `M${x1},${y(i) + 5} V${y(j)} H${x2 - 1}`
        : `M${x1},${y(i) + 5} V${y(j) - (milestone ? DIAMOND * 0.75 : 6) - 1}`;
    return [{ key, d }];
  });

  return (
    <svg
      className="path-picture"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>
        Timeline of the plan: each step from the month it starts to the month it is done
      </title>
      <defs>
        <marker
          id={`${titleId}-arrow`}
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 Z" fill="#333" />
        </marker>
      </defs>
      {ticks.map((m) => (
        <g key={m}>
          <line x1={x(m)} x2={x(m)} y1={TOP - 6} y2={height - 6} stroke="#bbb" strokeWidth={0.8} />
          <text x={x(m)} y={TOP - 9} fontSize={10} textAnchor="middle" fill="#333">
            {tickLabel(m)}
          </text>
        </g>
      ))}
      {arrows.map((a) => (
        <path
          key={a.key}
          d={a.d}
          fill="none"
          stroke="#333"
          strokeWidth={1}
          strokeDasharray="3 2"
          markerEnd={`url(#${titleId}-arrow)`}
        />
      ))}
      {plan.steps.map((s, i) => {
        const kind = graph.hasNode(s.id) ? graph.getNodeAttribute(s.id, 'kind') : 'role';
        const colours = KIND_STYLE[kind];
        const full = `${i + 1}. ${model.steps[i]?.label ?? s.id}`;
        const shown = full.length > MAX_LABEL ? `${full.slice(0, MAX_LABEL - 1)}…` : full;
        const w = Math.max(4, x(s.end) - x(s.start));
        const duration = model.steps[i]?.duration ?? '';
        const inside = s.end > s.start && w > duration.length * 6 + 8;
        // Experience a later step needs: drawn as a dashed outline after the bar.
        const work = model.steps[i]?.inRoleMonths ?? 0;
        const instant = s.end <= s.start;
        const mark = x(s.start);
        return (
          <g key={s.id}>
            <text x={LABEL_W} y={y(i)} fontSize={11} textAnchor="end" dominantBaseline="central" fill="#111">
              {shown}
              {shown !== full ? <title>{full}</title> : null}
            </text>
            {work > 0 ? (
              <>
                <rect
                  x={x(s.end)}
                  y={y(i) - 5}
                  width={Math.max(2, x(s.end + work) - x(s.end))}
                  height={10}
                  fill="#fff"
                  stroke={colours.border}
                  strokeWidth={1}
                  strokeDasharray="3 2"
                />
                <text
                  {...inRoleAt(x(s.end), x(s.end + work), model.steps[i]?.inRole ?? '', instant)}
                  y={y(i)}
                  fontSize={9}
                  dominantBaseline="central"
                  fill="#111"
                >
                  {model.steps[i]?.inRole}
                </text>
              </>
            ) : null}
            {instant ? (
              // A step with no length is a milestone: a diamond on its month, its words beside it.
              <rect
                x={mark - DIAMOND / 2}
                y={y(i) - DIAMOND / 2}
                width={DIAMOND}
                height={DIAMOND}
                transform={`rotate(45 ${mark} ${y(i)})`}
                fill={colours.fill}
                stroke={colours.border}
                strokeWidth={1}
              />
            ) : (
              <rect
                x={mark}
                y={y(i) - 6}
                width={w}
                height={12}
                rx={3}
                fill={colours.fill}
                stroke={colours.border}
                strokeWidth={1}
              />
            )}
            {work > 0 ? null : (
              <text
                x={inside ? mark + w / 2 : instant ? mark + DIAMOND : x(s.end) + 4}
                y={y(i)}
                fontSize={10}
                textAnchor={inside ? 'middle' : 'start'}
                dominantBaseline="central"
                fill={inside ? colours.text : '#333'}
              >
                {duration}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
