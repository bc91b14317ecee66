// Expanding a big graph's group boxes in place: an expanded group's box goes and its members are
// drawn at their laid-out positions (a slice per frame, so a group of 1,000 never makes a long
// task); collapsed boxes stay, and their links to drawn nodes are drawn as one quiet link per
// pair with a count (group-visibility.ts decides what; this file only applies it to Cytoscape).

import type { CollectionArgument, Core, ElementDefinition } from 'cytoscape';
import { type AggregatedLink, aggregatedLinks, type LinkEnds, shownMembers } from './group-visibility';

/**
 * Members shown per frame: fewer than added per frame (member-slices.ts), as each brings its links
 * and its first draw with it. The counted links are added and removed in slices of this size too.
 */
const SHOW_SLICE = 200;

export interface GroupExpansion {
  /** Shows the members of `expanded` groups and the `pinned` nodes; collapses the rest. */
  apply(expanded: readonly string[], pinned: readonly string[]): void;
  /**
   * Re-applies the last state (after members were added to the canvas); `links: false` leaves the
   * counted links for later (more members are on their way).
   */
  refresh(links?: boolean): void;
  /** Members and links just put in the canvas (kept as plain data: no collection per step). */
  added(defs: readonly ElementDefinition[]): void;
  /** The canvas holds a new graph: what is known of the old one goes. */
  reset(): void;
  destroy(): void;
}

/** Runs `f` in a task after the next frame (the member-slices rhythm). */
const nextFrame = (f: () => void): void => {
  requestAnimationFrame(() => setTimeout(f, 0));
};

const isEdge = (d: ElementDefinition): boolean => d.data.source !== undefined;

export function createGroupExpansion(cy: Core): GroupExpansion {
  // Without a canvas (headless) nothing is drawn: everything at once.
  const later = cy.container() ? nextFrame : (f: () => void) => f();
  let expanded = new Set<string>();
  let pinned: readonly string[] = [];
  /** Bumped on every apply, so slices scheduled for an older state stop. */
  let generation = 0;
  /**
   * The canvas's members (id to group) and links, as plain data: read from the canvas once per
   * graph, then extended by `added`. (Reading them back through collections on every step, and
   * counting links over `cy.edges()`, made expanding a group of 600 one long task of seconds.)
   */
  let known: { groupOf: Map<string, string>; links: LinkEnds[] } | null = null;
  /** The counted links in the canvas now, by id, with their counts. */
  const drawnAgg = new Map<string, number>();

  const read = (): { groupOf: Map<string, string>; links: LinkEnds[] } => {
    if (known) return known;
    const groupOf = new Map<string, string>();
    const links: LinkEnds[] = [];
    drawnAgg.clear();
    for (const ele of cy.elements().toArray()) {
      if (ele.isNode()) {
        const group = ele.data('group');
        if (group !== undefined) groupOf.set(ele.id(), String(group));
      } else if (ele.hasClass('agg')) drawnAgg.set(ele.id(), Number(ele.data('count')));
      else links.push({ source: String(ele.data('source')), target: String(ele.data('target')) });
    }
    known = { groupOf, links };
    return known;
  };

  /** The canvas's nodes with these ids, as one collection (one class change, one restyle). */
  const byIds = (ids: readonly string[]) =>
    cy.collection(ids.map((id) => cy.getElementById(id)) as unknown as CollectionArgument);

  /**
   * Shows `show` and hides `hide` a slice per frame (each change restyles a node and its links),
   * then, a frame after the last, counts the links: `done`.
   */
  const inSlices = (show: string[], hide: string[], gen: number, done: () => void): void => {
    if (cy.destroyed() || gen !== generation) return;
    const hiding = hide.splice(0, SHOW_SLICE);
    const showing = show.splice(0, SHOW_SLICE - hiding.length);
    if (hiding.length + showing.length > 0)
      cy.batch(() => {
        if (hiding.length > 0) byIds(hiding).addClass('lod-node');
        if (showing.length > 0) byIds(showing).removeClass('lod-node');
      });
    later(() => {
      if (cy.destroyed() || gen !== generation) return;
      if (show.length + hide.length > 0) inSlices(show, hide, gen, done);
      else done();
    });
  };

  /** Brings the counted links to `want`: stale ones removed at once, the rest a slice per frame. */
  const applyLinks = (want: AggregatedLink[], gen: number): void => {
    const wantIds = new Set(want.map((l) => l.id));
    const remove = [...drawnAgg.keys()].filter((id) => !wantIds.has(id));
    const change = want.filter((l) => drawnAgg.has(l.id) && drawnAgg.get(l.id) !== l.count);
    const add = want.filter((l) => !drawnAgg.has(l.id));
    const step = (): void => {
      if (cy.destroyed() || gen !== generation) return;
      // Removing draws nothing new: all at once, so a collapsed group leaves no stale link behind.
      const removing = remove.splice(0);
      const changing = change.splice(0, SHOW_SLICE);
      const adding = add.splice(0, SHOW_SLICE - changing.length);
      cy.batch(() => {
        if (removing.length > 0) byIds(removing).remove();
        for (const id of removing) drawnAgg.delete(id);
        for (const l of changing) {
          cy.getElementById(l.id).data({ count: l.count, label: l.count.toLocaleString('en-US') });
          drawnAgg.set(l.id, l.count);
        }
        if (adding.length > 0)
          cy.add(
            adding.map((l) => ({
              group: 'edges' as const,
              data: { ...l, label: l.count.toLocaleString('en-US') },
              classes: 'agg',
            })),
          );
        for (const l of adding) drawnAgg.set(l.id, l.count);
      });
      if (remove.length + change.length + add.length > 0) later(step);
    };
    step();
  };

  const refresh = (links = true): void => {
    if (cy.nodes('.group').empty()) return;
    const gen = ++generation;
    const { groupOf, links: ends } = read();
    const shown = shownMembers(groupOf, expanded, pinned);
    const toShow: string[] = [];
    const toHide: string[] = [];
    cy.batch(() => {
      const groups = new Set(groupOf.values());
      for (const id of groups) {
        const g = cy.getElementById(id);
        if (g.empty()) continue;
        const off = g.hasClass('lod-off');
        if (expanded.has(id) && !off) g.addClass('lod-off');
        else if (!expanded.has(id) && off) g.removeClass('lod-off');
      }
    });
    for (const id of groupOf.keys()) {
      const n = cy.getElementById(id);
      if (n.empty()) continue;
      const hidden = n.hasClass('lod-node');
      if (shown.has(id)) {
        if (hidden) toShow.push(id);
      } else if (!hidden) toHide.push(id);
    }
    // The ones to hide first: a collapsed group goes before the next one opens.
    inSlices(toShow, toHide, gen, () => {
      if (links) applyLinks(aggregatedLinks(ends, groupOf, shown), gen);
    });
  };

  return {
    apply(nextExpanded, nextPinned) {
      expanded = new Set(nextExpanded);
      pinned = nextPinned;
      refresh();
    },
    refresh,
    added(defs) {
      if (!known) return;
      for (const d of defs) {
        if (isEdge(d)) known.links.push({ source: String(d.data.source), target: String(d.data.target) });
        else if (d.data.group !== undefined) known.groupOf.set(String(d.data.id), String(d.data.group));
      }
    },
    reset() {
      known = null;
      generation++;
    },
    destroy() {
      generation++;
    },
  };
}
