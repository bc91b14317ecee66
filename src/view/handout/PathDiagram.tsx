// The handout's picture of the path: what the person holds on the left, the plan's steps in the
// graph's shapes and colours, arrows to the steps they serve ("n yr" for work experience). Placed
// by the one layered layout (path-diagram-data.ts), names wrapped by theme/wrap.ts; drawn by React
// as SVG elements with text nodes, so it prints sharp and never parses data.

import { createElement, type ReactNode } from 'react';
import type { CareerGraph } from '../../domain/career-graph';
import type { Plan } from '../../domain/planner/types';
import type { NodeKind, Situation } from '../../domain/types';
import { formatYears } from '../../present/format/duration';
import { KIND_NAMES, shortLabel } from '../../present/format/labels';
import { ownValue } from '../../state/own-key';
import { shapeOutline } from '../theme/shape-outline';
import { EDGE_STYLES, KIND_SHAPES, linesInShape, PALETTES } from '../theme/theme';
import { textWidth, wrapClipped } from '../theme/wrap';
import { type DiagramLink, layoutPathDiagram } from './path-diagram-data';

const WIDTH = 700;
/** The caption line ("You hold now", and the key when it fits there). */
const TOP = 15;
const BOX_H = 28;
/** Height of the free slot a long link takes in a column it crosses (its "n yr" label fits). */
const SLOT_H = 14;
const MAX_BOX_W = 150;
/** Boxes narrower than this (many columns) get a third line of name. */
const NARROW_BOX = 85;
/**
 * The sizes a name is tried at, largest first, each with how many lines more than the box's usual
 * count it may take: a long name is set smaller and on more lines, never cut (boxes grow to the
 * tallest name, and the handout zooms to keep one page).
 */
const NAME_SIZES: readonly { scale: number; extraLines: number }[] = [
  { scale: 1, extraLines: 0 },
  { scale: 0.8, extraLines: 1 },
  { scale: 0.7, extraLines: 3 },
];
/** Vertical padding of a box around its name. */
const BOX_PAD = 8;
/** Space between columns for the arrows: narrow columns (many steps) keep less, their names more. */
const gapFor = (colW: number): number => (colW < 100 ? 18 : 34);
const FONT = 9.5;
const CAPTION_FONT = 9;
const KEY_FONT = 8.5;
const KEY_H = 15;
/** Width of a key's shape or arrow sample, and the space after each entry. */
const KEY_MARK = 22;
/** Arrow samples are longer: the "one of" dash (6 4) shows as a dashed line, not one dash. */
const KEY_LINE = 32;
const markWidth = (mark: 'shape' | 'all' | 'one' | 'years'): number =>
  mark === 'all' || mark === 'one' ? KEY_LINE : KEY_MARK;
const KEY_GAP = 10;

/** Print is always on white paper: the light palette. */
const PRINT = PALETTES.light;
const EDGE = PRINT.edgeStrong;
const ONE_OF_DASH = (EDGE_STYLES.anyOf.dash ?? [6, 4]).join(' ');

/** The kind's shape as the map and the SVG export draw it (theme/shape-outline.ts), centred on (cx, cy). */
function Shape({
  kind,
  cx,
  cy,
  w,
  h,
  held,
}: {
  kind: NodeKind;
  cx: number;
  cy: number;
  w: number;
  h: number;
  held: boolean;
}) {
  const colours = PRINT.kinds[kind];
  const outline = shapeOutline(KIND_SHAPES[kind].shape, cx, cy, w, h);
  return createElement(outline.tag, {
    ...outline.attrs,
    ...(outline.tag === 'polygon' ? { strokeLinejoin: outline.join } : {}),
    fill: colours.fill,
    stroke: held ? PRINT.mark : colours.border,
    strokeWidth: held ? 2.4 : 1.2,
  });
}

/**
 * A box's name in lines: at the usual size when it fits in `maxLines`, else smaller and on more
 * lines (NAME_SIZES); cut with "…" only when even the smallest size cannot hold a single word.
 */
export function fitName(
  name: string,
  kind: NodeKind,
  boxW: number,
  maxLines: number,
): { lines: string[]; size: number } {
  let last = { lines: [name], size: FONT };
  for (const { scale, extraLines } of NAME_SIZES) {
    const size = FONT * scale;
    // Hexagons and octagons lose their corners: names fit the shape at their top and bottom lines,
    // in a box at least the usual height and as tall as the name needs.
    const block = (n: number) => n * (size + 1);
    const lines = linesInShape(
      KIND_SHAPES[kind].shape,
      boxW,
      8,
      (n) => block(n) / Math.max(minBoxH(maxLines), block(n) + BOX_PAD),
      (room) => wrapClipped(name, size, room, maxLines + extraLines),
    );
    last = { lines, size };
    if (!last.lines.some((l) => l.endsWith('\u2026'))) return last;
  }
  return last;
}

/** The least height of a box whose names take `maxLines`. */
const minBoxH = (maxLines: number): number => (maxLines === 3 ? BOX_H + FONT + 1 : BOX_H);

/** Height of a box holding these lines. */
const boxHeightFor = (fit: { lines: string[]; size: number }): number =>
  fit.lines.length * (fit.size + 1) + BOX_PAD;

/** The key: shapes per kind, then the three kinds of arrow; laid out from `x`, returns its parts. */
function keyItems(): {
  width: number;
  items: { text: string; mark: 'shape' | 'all' | 'one' | 'years'; kind?: NodeKind }[];
} {
  const items = [
    ...(['role', 'education', 'credential', 'license'] as const).map((kind) => ({
      text: KIND_NAMES[kind],
      mark: 'shape' as const,
      kind,
    })),
    { text: 'needed', mark: 'all' as const },
    { text: 'one of several', mark: 'one' as const },
    { text: 'years of work', mark: 'years' as const },
  ];
  const width = items.reduce(
    (w, it) => w + markWidth(it.mark) + 4 + textWidth(it.text, KEY_FONT) + KEY_GAP,
    -KEY_GAP,
  );
  return { width, items };
}

export function PathDiagram({
  graph,
  plan,
  situation,
  titleId,
}: {
  graph: CareerGraph;
  plan: Plan;
  situation: Situation;
  titleId: string;
}) {
  const labelOf = (id: string): string =>
    graph.hasNode(id) ? shortLabel(graph.getNodeAttribute(id, 'label')) : id;
  const kindOf = (id: string): NodeKind => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : 'role');
  /** "3. RHIT" for a step, "Medical coder, 2 yr" for what is held. */
  const nameOf = (id: string, step?: number): string => {
    const years = step === undefined ? ownValue(situation.years, id) : undefined;
    return `${step === undefined ? '' : `${step}. `}${labelOf(id)}${years ? `, ${formatYears(years)}` : ''}`;
  };
  // Box sizes follow the column width, so the layout is asked for them once it knows the columns.
  let boxW = MAX_BOX_W;
  let boxH = BOX_H;
  let maxLines = 2;
  const layout = layoutPathDiagram(graph, plan, situation, (shown) => {
    const colW = WIDTH / Math.max(1, shown);
    boxW = Math.min(MAX_BOX_W, colW - gapFor(colW));
    // Narrow boxes get a third line rather than losing most of their name.
    maxLines = boxW < NARROW_BOX ? 3 : 2;
    // Every box one height: the tallest name's (what is held is drawn only when used; sizing for
    // all of it costs at most a little height).
    const names = [
      ...plan.steps.map((s, i) => ({ name: nameOf(s.id, i + 1), kind: kindOf(s.id) })),
      ...situation.holds.map((id) => ({ name: nameOf(id), kind: kindOf(id) })),
    ];
    boxH = Math.max(
      minBoxH(maxLines),
      ...names.map((n) => boxHeightFor(fitName(n.name, n.kind, boxW, maxLines))),
    );
    return { box: boxH, slot: SLOT_H };
  });
  const hasHeld = layout.nodes.some((n) => n.column === 0);
  // Nothing held leads in: the steps take the whole width and the caption says where they start.
  const first = hasHeld ? 0 : 1;
  const colW = WIDTH / Math.max(1, layout.columns - first);
  const caption = hasHeld
    ? 'You hold now'
    : situation.holds.length
      ? 'Nothing you hold is needed on this path'
      : 'Starting from scratch';
  const captionX = hasHeld ? colW / 2 : 2;
  const captionEnd = hasHeld
    ? colW / 2 + textWidth(caption, CAPTION_FONT) / 2
    : 2 + textWidth(caption, CAPTION_FONT);
  const key = keyItems();
  // The key shares the caption's line when both fit; otherwise it gets a line under the picture.
  const keyOnTop = captionEnd + 16 <= WIDTH - key.width;
  const bodyH = layout.bottom - layout.top;
  const height = TOP + bodyH + (keyOnTop ? 0 : KEY_H);

  const at = (column: number, y: number): { x: number; y: number } => ({
    x: colW * (column - first) + colW / 2,
    y: TOP + y - layout.top,
  });
  const centre = new Map(layout.nodes.map((n) => [n.id, at(n.column, n.y)]));
  const arrow = `${titleId}-arrow`;
  const hollow = `${titleId}-hollow`;

  const link = (l: DiagramLink): ReactNode => {
    const a = centre.get(l.from);
    const b = centre.get(l.to);
    if (!a || !b) return null;
    // Right edge of the source, through each free slot the link crosses, to the target's left edge.
    const points: { x: number; y: number }[] = [{ x: a.x + boxW / 2, y: a.y }];
    for (const v of l.via) {
      const p = at(v.column, v.y);
      points.push({ x: p.x - boxW / 2, y: p.y }, { x: p.x + boxW / 2, y: p.y });
    }
    points.push({ x: b.x - boxW / 2 - 2, y: b.y });
    let d = `M${points[0]?.x},${points[0]?.y}`;
    for (let i = 1; i < points.length; i++) {
      const p = points[i];
      const q = points[i - 1];
      if (!p || !q) continue;
      // Odd pieces curve between columns; even pieces run straight through a free slot.
      if (i % 2 === 0) d += ` L${p.x},${p.y}`;
      else {
        const dx = Math.max(10, (p.x - q.x) / 2);
        d += ` C${q.x + dx},${q.y} ${p.x - dx},${p.y} ${p.x},${p.y}`;
      }
    }
    const label = l.type === 'experience' ? formatYears(l.years ?? 0) : null;
    // The label sits in the first free slot when there is one, else halfway along the curve.
    const first = points[0];
    const second = points[1];
    const mid =
      l.via.length > 0 && first && points[2] && second
        ? { x: (second.x + (points[2]?.x ?? second.x)) / 2, y: second.y }
        : { x: ((first?.x ?? 0) + (second?.x ?? 0)) / 2, y: ((first?.y ?? 0) + (second?.y ?? 0)) / 2 };
    return (
      <g key={`${l.from}>${l.to}`}>
        <path
          d={d}
          fill="none"
          stroke={EDGE}
          strokeWidth={l.type === 'experience' ? 2 : 1.2}
          strokeDasharray={l.type === 'anyOf' ? ONE_OF_DASH : undefined}
          markerEnd={`url(#${l.type === 'anyOf' ? hollow : arrow})`}
        />
        {label ? (
          <>
            <rect
              x={mid.x - textWidth(label, 9) / 2 - 3}
              y={mid.y - 6.5}
              width={textWidth(label, 9) + 6}
              height={13}
              fill={PRINT.canvas}
            />
            <text
              x={mid.x}
              y={mid.y}
              fontSize={9}
              fontWeight={700}
              textAnchor="middle"
              dominantBaseline="central"
              fill={PRINT.ink}
            >
              {label}
            </text>
          </>
        ) : null}
      </g>
    );
  };

  const steps = layout.nodes.filter((n) => n.step !== undefined).length;
  const keyY = keyOnTop ? TOP / 2 : TOP + bodyH + KEY_H / 2 + 1;
  let keyX = keyOnTop ? WIDTH - key.width : 4;

  return (
    <svg
      className="path-diagram"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>
        {`Path: what you hold, then ${steps} step${steps === 1 ? '' : 's'}, with arrows to the steps each one serves`}
      </title>
      <defs>
        <marker id={arrow} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L8,4 L0,8 Z" fill={EDGE} />
        </marker>
        <marker
          id={hollow}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M1,1 L9,5 L1,9 Z" fill={PRINT.canvas} stroke={EDGE} strokeWidth={1.3} />
        </marker>
      </defs>
      <text
        x={captionX}
        y={TOP / 2}
        fontSize={CAPTION_FONT}
        fontWeight={700}
        textAnchor={hasHeld ? 'middle' : 'start'}
        dominantBaseline="central"
        fill={PRINT.ink}
      >
        {caption}
      </text>
      {layout.links.map(link)}
      {layout.nodes.map((n) => {
        const c = centre.get(n.id);
        if (!c) return null;
        const { lines, size } = fitName(nameOf(n.id, n.step), n.kind, boxW, maxLines);
        return (
          <g key={n.id}>
            <Shape kind={n.kind} cx={c.x} cy={c.y} w={boxW} h={boxH} held={n.step === undefined} />
            <text
              x={c.x}
              y={c.y - ((lines.length - 1) * (size + 1)) / 2}
              fontSize={size}
              textAnchor="middle"
              fill={PRINT.kinds[n.kind].text}
            >
              {lines.map((line, i) => (
                <tspan
                  key={line}
                  x={c.x}
                  dy={i === 0 ? '0.35em' : size + 1}
                  fontWeight={n.step === undefined ? 400 : 700}
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <g fontSize={KEY_FONT} fill={PRINT.ink}>
        {key.items.map((item) => {
          const x = keyX;
          const mark = markWidth(item.mark);
          keyX += mark + 4 + textWidth(item.text, KEY_FONT) + KEY_GAP;
          const line = `M${x},${keyY} H${x + mark - 2}`;
          return (
            <g key={item.text}>
              {item.mark === 'shape' && item.kind ? (
                <Shape kind={item.kind} cx={x + KEY_MARK / 2} cy={keyY} w={KEY_MARK} h={11} held={false} />
              ) : item.mark === 'years' ? (
                <text
                  x={x + KEY_MARK / 2}
                  y={keyY}
                  fontWeight={700}
                  textAnchor="middle"
                  dominantBaseline="central"
                >
                  n yr
                </text>
              ) : (
                <path
                  d={line}
                  stroke={EDGE}
                  strokeWidth={1.2}
                  strokeDasharray={item.mark === 'one' ? ONE_OF_DASH : undefined}
                  markerEnd={`url(#${item.mark === 'one' ? hollow : arrow})`}
                />
              )}
              <text x={x + mark + 4} y={keyY} dominantBaseline="central">
                {item.text}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
