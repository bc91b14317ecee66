// What the handout's path diagram shows: what the person holds in the first column, each plan
// step one column after the latest thing it builds on, one link per (from, to) pair, and a free
// slot in each column a long link crosses. Positions come from the one layered layout
// (graph/layered-layout.ts); plain data, so it can be tested without rendering.

import type { CareerGraph } from '../../domain/career-graph';
import type { Plan } from '../../domain/planner/types';
import type { NodeKind, Situation } from '../../domain/types';
import { type LayoutInput, layoutPositions } from '../graph/layered-layout';

export type LinkType = 'allOf' | 'anyOf' | 'experience';

export interface DiagramNode {
  id: string;
  kind: NodeKind;
  /** 0 for what is held; steps from 1. */
  column: number;
  /** Centre in diagram units (y only: the picture spaces its columns evenly). */
  y: number;
  /** Step number (1-based) for plan steps; absent for what is held. */
  step?: number;
}

export interface DiagramLink {
  from: string;
  to: string;
  type: LinkType;
  /** Years of work, for experience links. */
  years?: number;
  /** Free slots the link passes through in the columns it skips, left to right. */
  via: { column: number; y: number }[];
}

export interface DiagramLayout {
  nodes: DiagramNode[];
  links: DiagramLink[];
  columns: number;
  /** Top and bottom of the drawing (box and slot edges), in the same units as y. */
  top: number;
  bottom: number;
  /** Held items the plan does not build on, left out of the picture (the handout lists them). */
  heldLeftOut: number;
}

/** Experience says the most (years), then "all of", then "one of". */
const RANK: Record<LinkType, number> = { experience: 3, allOf: 2, anyOf: 1 };

function addLink(links: Map<string, DiagramLink>, link: DiagramLink): void {
  const key = `${link.from}>${link.to}`;
  const old = links.get(key);
  if (!old || RANK[link.type] > RANK[old.type]) links.set(key, link);
  else if (old.type === 'experience' && link.type === 'experience')
    old.years = Math.max(old.years ?? 0, link.years ?? 0);
}

/** The links to draw and what is held that the plan builds on. */
function linksOf(graph: CareerGraph, plan: Plan, situation: Situation) {
  const stepIds = new Set(plan.steps.map((s) => s.id));
  const links = new Map<string, DiagramLink>();
  for (const step of plan.steps) {
    for (const r of step.reasons) {
      if (!stepIds.has(r.for) || r.for === step.id) continue;
      const years = r.need === 'experience' ? { years: r.years ?? 0 } : {};
      addLink(links, { from: step.id, to: r.for, type: r.need, via: [], ...years });
    }
  }
  // What is held counts where the graph has an edge from it into a step (as the canvas lights it).
  const held = situation.holds.filter((id) => graph.hasNode(id) && !stepIds.has(id));
  const heldUsed = held.filter((h) => {
    let used = false;
    graph.forEachOutEdge(h, (_key, attrs, _source, target) => {
      if (!stepIds.has(target) || attrs.type === 'preferred') return;
      used = true;
      const years = attrs.type === 'experience' ? { years: attrs.years ?? 0 } : {};
      addLink(links, { from: h, to: target, type: attrs.type, via: [], ...years });
    });
    return used;
  });
  return { links: [...links.values()], held, heldUsed };
}

/** Box and slot heights, in diagram units, for the number of columns drawn. */
export type DiagramSizes = (columnsDrawn: number) => { box: number; slot: number };

export function layoutPathDiagram(
  graph: CareerGraph,
  plan: Plan,
  situation: Situation,
  sizes: DiagramSizes,
): DiagramLayout {
  const { links, held, heldUsed } = linksOf(graph, plan, situation);
  // Column: one after the latest thing the step builds on. Plan steps list prerequisites first,
  // so one pass in plan order settles every column.
  const column = new Map<string, number>(heldUsed.map((h) => [h, 0]));
  for (const step of plan.steps) {
    const before = links.filter((l) => l.to === step.id).map((l) => column.get(l.from) ?? 0);
    column.set(step.id, 1 + Math.max(0, ...before));
  }
  const columns = Math.max(0, ...column.values()) + 1;
  const size = sizes(columns - (heldUsed.length > 0 ? 0 : 1));
  // Every box pinned to its column; a long link gets a slot in each column it crosses, so the
  // layout orders and spaces it like a box and it never runs under one. Wide columns (x is not
  // used) keep the layout from folding a tall plan into bands.
  const input: LayoutInput = { nodes: [], links: [] };
  const pin = (id: string, col: number, h: number) =>
    input.nodes.push({ id, role: false, level: 0, column: col, w: 1000, h });
  for (const id of [...heldUsed, ...plan.steps.map((s) => s.id)]) pin(id, column.get(id) ?? 0, size.box);
  const slotsOf = new Map<DiagramLink, { id: string; column: number }[]>();
  for (const l of links) {
    const from = column.get(l.from) ?? 0;
    const slots: { id: string; column: number }[] = [];
    let prev = l.from;
    for (let c = from + 1; c < (column.get(l.to) ?? from + 1); c++) {
      const id = `${l.from}>${l.to}@${c}`;
      pin(id, c, size.slot);
      input.links.push([prev, id]);
      slots.push({ id, column: c });
      prev = id;
    }
    input.links.push([prev, l.to]);
    slotsOf.set(l, slots);
  }
  const at = layoutPositions(input);
  const yOf = (id: string): number => at.get(id)?.y ?? 0;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const n of input.nodes) {
    top = Math.min(top, yOf(n.id) - n.h / 2);
    bottom = Math.max(bottom, yOf(n.id) + n.h / 2);
  }
  const stepNo = new Map(plan.steps.map((s, i) => [s.id, i + 1]));
  const nodes: DiagramNode[] = [...heldUsed, ...plan.steps.map((s) => s.id)].map((id) => {
    const step = stepNo.get(id);
    return {
      id,
      kind: graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : 'role',
      column: column.get(id) ?? 0,
      y: yOf(id),
      ...(step === undefined ? {} : { step }),
    };
  });
  return {
    nodes,
    links: links.map((l) => ({
      ...l,
      via: (slotsOf.get(l) ?? []).map((s) => ({ column: s.column, y: yOf(s.id) })),
    })),
    columns,
    top: Number.isFinite(top) ? top : 0,
    bottom: Number.isFinite(bottom) ? bottom : 0,
    heldLeftOut: held.length - heldUsed.length,
  };
}
