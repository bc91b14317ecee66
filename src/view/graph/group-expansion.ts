// Expanding a big graph's group boxes in place: an expanded group's box goes and its members are
// put into the canvas at their laid-out positions (a slice per frame); a collapsed group's
// members are taken out of the canvas again, not hidden in it. Collapsed boxes stay, and their
// links to drawn nodes are drawn as one quiet link per pair with a count (group-visibility.ts
// decides what; this file only applies it to Cytoscape).
//
// Why out of the canvas rather than hidden (display: none): every frame Cytoscape walks, sorts and
// bounds-checks all the elements it holds, drawn or not. With a 5,000-node graph's ~20,000
// members and links all held, each frame of an expansion cost ~300 ms (profiled 2026-12-01);
// holding only what is drawn keeps a frame to the few hundred elements on screen.

import cytoscape, { type CollectionArgument, type Core, type ElementDefinition } from 'cytoscape';
import {
  type AggregatedLink,
  aggregatedLinks,
  canvasChange,
  type Link,
  shownMembers,
} from './group-visibility';

/**
 * Members (or links) put into the canvas per frame: each brings its styling, its routes and its
 * first draw, all in the frame after it. The size follows how long the last slice and its frame
 * took (nextSlice), so a slow or busy machine gets smaller slices: a fixed 100 made the first
 * expansion's frames take 250 ms and more on this 2-core machine (profiled 2026-12-01).
 */
export const SLICE = { min: 20, start: 50, max: 200 } as const;
/** What a slice and the frame that draws it should take together (ms). */
export const SLICE_BUDGET = 90;

/** The next slice's size after one of `size` took `ms` from its turn to the next one's. */
export function nextSlice(size: number, ms: number): number {
  if (ms > SLICE_BUDGET) return Math.max(SLICE.min, Math.floor((size * SLICE_BUDGET) / ms));
  if (ms < SLICE_BUDGET / 2) return Math.min(SLICE.max, Math.ceil(size * 1.5));
  return size;
}

export interface GroupExpansion {
  /** Shows the members of `expanded` groups and the `pinned` nodes; collapses the rest. */
  apply(expanded: readonly string[], pinned: readonly string[]): void;
  /** A new graph: its members and links, none of them in the canvas yet (only the boxes are). */
  reset(members: readonly ElementDefinition[]): void;
  /** Puts every member still on its way into the canvas at once (an export reads the canvas). */
  flush(): void;
  destroy(): void;
}

/** Runs `f` in a task after the next frame, so each slice gets a frame of its own. */
const nextFrame = (f: () => void): void => {
  requestAnimationFrame(() => setTimeout(f, 0));
};

const isEdge = (d: ElementDefinition): boolean => d.data.source !== undefined;

/**
 * `add` puts definitions into the canvas (the adapter styles them with their state classes and
 * the level of detail) and returns nothing; `done` is told when the canvas holds what the last apply asked for.
 */
export function createGroupExpansion(
  cy: Core,
  add: (defs: ElementDefinition[]) => void,
  done: () => void = () => {},
): GroupExpansion {
  // Without a canvas (headless) nothing is drawn: everything at once.
  const later = cy.container() ? nextFrame : (f: () => void) => f();
  let expanded = new Set<string>();
  let pinned: readonly string[] = [];
  /** Bumped on every apply, so slices scheduled for an older state stop. */
  let generation = 0;
  /** The graph's members and links, by id; which group each member is in; links by end. */
  const defs = new Map<string, ElementDefinition>();
  const groupOf = new Map<string, string>();
  const linksOf = new Map<string, Link[]>();
  const links: Link[] = [];
  /** Members and links in the canvas now. */
  const present = new Set<string>();
  const presentLinks = new Set<string>();
  /** The counted links in the canvas now, by id, with their counts. */
  const drawnAgg = new Map<string, number>();
  /** Work still to do for the last apply (run at once by flush). */
  let pending: (() => boolean) | null = null;
  /** Elements per slice now (learnt from the frames so far: nextSlice). */
  let slice: number = SLICE.start;
  const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

  const byIds = (ids: readonly string[]) =>
    cy.collection(ids.map((id) => cy.getElementById(id)) as unknown as CollectionArgument);

  /** One step of the counted links: stale ones removed at once, the rest a slice at a time. */
  const linkStep = (want: AggregatedLink[]): (() => boolean) => {
    const wantIds = new Set(want.map((l) => l.id));
    const remove = [...drawnAgg.keys()].filter((id) => !wantIds.has(id));
    const change = want.filter((l) => drawnAgg.has(l.id) && drawnAgg.get(l.id) !== l.count);
    const fresh = want.filter((l) => !drawnAgg.has(l.id));
    return () => {
      const removing = remove.splice(0);
      const changing = change.splice(0, slice);
      const adding = fresh.splice(0, Math.max(0, slice - changing.length));
      cy.batch(() => {
        if (removing.length > 0) byIds(removing).remove();
        for (const id of removing) drawnAgg.delete(id);
        for (const l of changing) {
          cy.getElementById(l.id).data({ count: l.count, label: l.count.toLocaleString('en-US') });
          drawnAgg.set(l.id, l.count);
        }
        // Through `add`, as members are: the level of detail decides whether they are drawn.
        if (adding.length > 0)
          add(
            adding.map((l) => ({
              group: 'edges' as const,
              data: { ...l, label: l.count.toLocaleString('en-US') },
              classes: 'agg',
            })),
          );
        for (const l of adding) drawnAgg.set(l.id, l.count);
      });
      return remove.length + change.length + fresh.length === 0;
    };
  };

  /** Runs `step` (true when finished) once now and then once per frame, until done or stale. */
  const run = (gen: number, step: () => boolean): void => {
    pending = step;
    let turn = -1;
    const go = (): void => {
      if (cy.destroyed() || gen !== generation || pending !== step) return;
      const t = now();
      if (turn >= 0) slice = nextSlice(slice, t - turn);
      turn = t;
      if (step()) {
        pending = null;
        done();
      } else later(go);
    };
    go();
  };

  const refresh = (): void => {
    if (defs.size === 0) return;
    const gen = ++generation;
    const shown = shownMembers(groupOf, expanded, pinned);
    for (const id of defs.keys()) if (!groupOf.has(id) && !linkIds.has(id)) shown.add(id);
    const change = canvasChange(shown, groupOf, present, presentLinks, linksOf);
    cy.batch(() => {
      for (const id of new Set(groupOf.values())) {
        const g = cy.getElementById(id);
        if (g.empty()) continue;
        const off = g.hasClass('lod-off');
        if (expanded.has(id) && !off) g.addClass('lod-off');
        else if (!expanded.has(id) && off) g.removeClass('lod-off');
      }
      // Taking out draws nothing new: all at once, so a collapsed group leaves nothing behind.
      if (change.removeNodes.length > 0) {
        const gone = byIds(change.removeNodes);
        for (const e of gone.connectedEdges().toArray()) presentLinks.delete(e.id());
        gone.remove();
        for (const id of change.removeNodes) present.delete(id);
      }
    });
    // Links to counted links' ends that were just taken out went with them.
    for (const id of [...drawnAgg.keys()]) if (cy.getElementById(id).empty()) drawnAgg.delete(id);
    const nodes = change.addNodes;
    const edges = change.addLinks.map((l) => l.id);
    let counted: (() => boolean) | null = null;
    run(gen, () => {
      if (nodes.length + edges.length > 0) {
        // Members first, then their links (each after both its ends), a slice per frame.
        const ids = nodes.length > 0 ? nodes.splice(0, slice) : edges.splice(0, slice);
        add(ids.map((id) => defs.get(id) as ElementDefinition));
        for (const id of ids) (linkIds.has(id) ? presentLinks : present).add(id);
        return false;
      }
      counted ??= linkStep(aggregatedLinks(links, groupOf, shown));
      return counted();
    });
  };

  /** Ids of the links among `defs`. */
  const linkIds = new Set<string>();

  return {
    apply(nextExpanded, nextPinned) {
      expanded = new Set(nextExpanded);
      pinned = nextPinned;
      refresh();
    },
    reset(members) {
      // Links of members whose ends are hidden by the level of detail have no drawn ends, and
      // Cytoscape logs each such link once on the console: thousands of calls, ~100 ms a frame.
      if (members.length > 0) cytoscape.warnings(false);
      generation++;
      pending = null;
      for (const m of [defs, groupOf, linksOf, present, presentLinks, drawnAgg, linkIds]) m.clear();
      links.length = 0;
      for (const d of members) {
        const id = String(d.data.id);
        defs.set(id, d);
        if (isEdge(d)) {
          const link = { id, source: String(d.data.source), target: String(d.data.target) };
          linkIds.add(id);
          links.push(link);
          for (const end of [link.source, link.target]) {
            const list = linksOf.get(end);
            if (list) list.push(link);
            else linksOf.set(end, [link]);
          }
        } else if (d.data.group !== undefined) groupOf.set(id, String(d.data.group));
      }
    },
    flush() {
      const step = pending;
      if (!step) return;
      const gen = generation;
      while (gen === generation && pending === step && !cy.destroyed() && !step()) {}
      if (pending === step) {
        pending = null;
        done();
      }
    },
    destroy() {
      generation++;
      pending = null;
    },
  };
}
