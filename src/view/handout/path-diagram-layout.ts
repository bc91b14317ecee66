// Where the handout's path diagram puts things: what the person holds in the first column, each
// plan step one column after the latest thing it builds on, and one link per (from, to) pair.
// Plain data, so the columns, rows and links can be tested without rendering.

import type { CareerGraph } from '../../domain/career-graph';
import type { Plan } from '../../domain/planner/types';
import type { NodeKind, Situation } from '../../domain/types';

export type LinkType = 'allOf' | 'anyOf' | 'experience';

export interface DiagramNode {
  id: string;
  kind: NodeKind;
  /** 0 for what is held; steps from 1. */
  column: number;
  /** Position inside its column, top first. */
  row: number;
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
  via?: { column: number; row: number }[];
}

/** One place in a column: a node, or the slot a long link passes through. */
interface Slot {
  id: string;
  /** Tie-break: plan order for steps, situation order for what is held; long links after. */
  order: number;
  /** Slots in the previous column that link into this one. */
  from: string[];
  link?: DiagramLink;
}

export interface DiagramLayout {
  nodes: DiagramNode[];
  links: DiagramLink[];
  columns: number;
  /** Most slots (nodes and passing links) in any one column. */
  rows: number;
  /** Slots in each column, so the picture can centre short columns. */
  columnSizes: number[];
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

export function layoutPathDiagram(graph: CareerGraph, plan: Plan, situation: Situation): DiagramLayout {
  const kindOf = (id: string): NodeKind => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : 'role');
  const stepIds = new Set(plan.steps.map((s) => s.id));
  const links = new Map<string, DiagramLink>();

  for (const step of plan.steps) {
    for (const r of step.reasons) {
      if (!stepIds.has(r.for) || r.for === step.id) continue;
      addLink(links, {
        from: step.id,
        to: r.for,
        type: r.need,
        ...(r.need === 'experience' ? { years: r.years ?? 0 } : {}),
      });
    }
  }
  // What is held counts where the graph has an edge from it into a step (as the canvas lights it).
  const held = situation.holds.filter((id) => graph.hasNode(id) && !stepIds.has(id));
  const heldUsed = held.filter((h) => {
    let used = false;
    graph.forEachOutEdge(h, (_key, attrs, _source, target) => {
      if (!stepIds.has(target) || attrs.type === 'preferred') return;
      used = true;
      addLink(links, {
        from: h,
        to: target,
        type: attrs.type,
        ...(attrs.type === 'experience' ? { years: attrs.years ?? 0 } : {}),
      });
    });
    return used;
  });

  // Column: one after the latest thing the step builds on. Plan steps list prerequisites first,
  // so one pass in plan order settles every column.
  const column = new Map<string, number>(heldUsed.map((h) => [h, 0]));
  const into = new Map<string, string[]>();
  for (const link of links.values()) into.set(link.to, [...(into.get(link.to) ?? []), link.from]);
  for (const step of plan.steps) {
    const before = (into.get(step.id) ?? []).map((from) => column.get(from) ?? 0);
    column.set(step.id, 1 + Math.max(0, ...before));
  }

  // Rows, column by column (Sugiyama style): a link that skips columns gets a free slot in each
  // column it crosses, so it never runs under a box; each column is ordered by where its
  // predecessors sit, which keeps arrows short and mostly uncrossed.
  const finalLinks = [...links.values()];
  const slots = new Map<number, Slot[]>();
  const add = (col: number, slot: Slot): void => {
    slots.set(col, [...(slots.get(col) ?? []), slot]);
  };
  for (const [i, h] of heldUsed.entries()) add(0, { id: h, order: i, from: [] });
  const stepOrder = new Map(plan.steps.map((s, i) => [s.id, i]));
  const lastHop = new Map<string, string>();
  for (const l of finalLinks) {
    const from = column.get(l.from) ?? 0;
    const to = column.get(l.to) ?? from + 1;
    let prev = l.from;
    for (let c = from + 1; c < to; c++) {
      const id = `${l.from}>${l.to}@${c}`;
      add(c, { id, order: plan.steps.length + (stepOrder.get(l.from) ?? -1), from: [prev], link: l });
      prev = id;
    }
    lastHop.set(`${l.from}>${l.to}`, prev);
  }
  plan.steps.forEach((s, i) => {
    const from = finalLinks
      .filter((l) => l.to === s.id)
      .map((l) => lastHop.get(`${l.from}>${l.to}`) ?? l.from);
    add(column.get(s.id) ?? 1, { id: s.id, order: i, from });
  });

  const position = new Map<string, number>();
  const columns = Math.max(1, ...slots.keys()) + 1;
  let rows = 1;
  const nodes: DiagramNode[] = [];
  const via = new Map<DiagramLink, { column: number; row: number }[]>();
  for (let c = 0; c < columns; c++) {
    const list = slots.get(c) ?? [];
    const centreOf = (slot: Slot): number => {
      const at = slot.from.map((f) => position.get(f)).filter((p) => p !== undefined);
      return at.length ? at.reduce((a, b) => a + b, 0) / at.length : Number.POSITIVE_INFINITY;
    };
    const sorted = [...list].sort((a, b) => centreOf(a) - centreOf(b) || a.order - b.order);
    // Centre short columns against the tallest, in half rows, as the picture draws them.
    sorted.forEach((slot, row) => {
      position.set(slot.id, row - (sorted.length - 1) / 2);
      if (slot.link) via.set(slot.link, [...(via.get(slot.link) ?? []), { column: c, row }]);
      else {
        const step = stepOrder.get(slot.id);
        nodes.push({
          id: slot.id,
          kind: kindOf(slot.id),
          column: c,
          row,
          ...(step === undefined ? {} : { step: step + 1 }),
        });
      }
    });
    rows = Math.max(rows, sorted.length);
  }
  return {
    nodes,
    links: finalLinks.map((l) => ({ ...l, via: via.get(l) ?? [] })),
    columns,
    rows,
    columnSizes: Array.from({ length: columns }, (_, c) => slots.get(c)?.length ?? 0),
    heldLeftOut: held.length - heldUsed.length,
  };
}
