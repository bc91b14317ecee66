// The plan as a small picture for the handout: one row per step, a bar from the month it starts to
// the month it is obtained, arrows from each step to the step it unlocks. Drawn by React as SVG
// elements with text nodes, so it prints sharp and never parses data as markup.

import type { CareerGraph } from '../../domain/career-graph';
import type { Plan } from '../../domain/planner/types';
import { formatMonths } from '../format/duration';
import { KIND_STYLE } from '../graph/style';
import { labelIn } from './step-words';

const WIDTH = 700;
const LABEL_W = 230;
const CHART_X = LABEL_W + 10;
const CHART_W = WIDTH - CHART_X - 100;
const ROW = 22;
const TOP = 22;
const MAX_LABEL = 34;

function tickStep(total: number): number {
  if (total <= 12) return 3;
  if (total <= 60) return 12;
  return 24;
}

const tickLabel = (m: number): string => (m === 0 ? '0' : m % 12 === 0 ? `${m / 12} yr` : `${m} mo`);

export function PathPicture({ graph, plan, titleId }: { graph: CareerGraph; plan: Plan; titleId: string }) {
  const labelOf = labelIn(graph);
  const total = Math.max(1, plan.totals.months, ...plan.steps.map((s) => s.end));
  const x = (m: number): number => CHART_X + (m / total) * CHART_W;
  const row = new Map(plan.steps.map((s, i) => [s.id, i]));
  const y = (i: number): number => TOP + i * ROW + ROW / 2;
  const height = TOP + plan.steps.length * ROW + 8;
  const step = tickStep(total);
  const ticks: number[] = [];
  for (let m = 0; m <= total; m += step) ticks.push(m);

  const arrows: { key: string; d: string }[] = [];
  plan.steps.forEach((s, i) => {
    for (const r of s.reasons) {
      const j = row.get(r.for);
      const target = j === undefined ? undefined : plan.steps[j];
      if (j === undefined || !target) continue;
      const x1 = x(s.end + (r.need === 'experience' ? 12 * (r.years ?? 0) : 0));
      const x2 = Math.max(x(target.start), x1 + 6);
      arrows.push({ key: `${s.id}>${r.for}`, d: `M${x1},${y(i)} H${x2 - 6} V${y(j) - 7}` });
    }
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
          refX="4"
          refY="7"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L8,0 L4,8 Z" fill="#333" />
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
        const full = `${i + 1}. ${labelOf(s.id)}`;
        const shown = full.length > MAX_LABEL ? `${full.slice(0, MAX_LABEL - 1)}…` : full;
        const w = Math.max(4, x(s.end) - x(s.start));
        const duration = s.end > s.start ? formatMonths(s.end - s.start) : 'at once';
        const inside = w > duration.length * 6 + 8;
        // Experience a later step needs: drawn as a dashed outline after the bar.
        const work =
          12 * Math.max(0, ...s.reasons.filter((r) => r.need === 'experience').map((r) => r.years ?? 0));
        return (
          <g key={s.id}>
            <text x={LABEL_W} y={y(i)} fontSize={11} textAnchor="end" dominantBaseline="central" fill="#111">
              {shown}
              {shown !== full ? <title>{full}</title> : null}
            </text>
            <rect
              x={x(s.start)}
              y={y(i) - 7}
              width={w}
              height={14}
              rx={3}
              fill={colours.fill}
              stroke={colours.border}
              strokeWidth={1}
            />
            {work > 0 ? (
              <>
                <rect
                  x={x(s.end)}
                  y={y(i) - 6}
                  width={Math.max(2, x(s.end + work) - x(s.end))}
                  height={12}
                  fill="#fff"
                  stroke={colours.border}
                  strokeWidth={1}
                  strokeDasharray="3 2"
                />
                <text
                  x={(x(s.end) + x(s.end + work)) / 2}
                  y={y(i)}
                  fontSize={9}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fill="#111"
                >
                  {formatMonths(work)} in the role
                </text>
              </>
            ) : null}
            {work > 0 ? null : (
              <text
                x={inside ? x(s.start) + w / 2 : x(s.end) + 4}
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
