// Expanding a big graph's group boxes in place: an expanded group's box goes and its members are
// drawn at their laid-out positions (a slice per frame, so a group of 1,000 never makes a long
// task); collapsed boxes stay, and their links to drawn nodes are drawn as one quiet link per
// pair with a count (group-visibility.ts decides what; this file only applies it to Cytoscape).

import type { Core, NodeSingular } from 'cytoscape';
import { aggregatedLinks, shownMembers } from './group-visibility';

/**
 * Members shown per frame: fewer than added per frame (member-slices.ts), as each brings its links
 * and its first draw with it.
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
  destroy(): void;
}

/** Runs `f` in a task after the next frame (the member-slices rhythm). */
const nextFrame = (f: () => void): void => {
  requestAnimationFrame(() => setTimeout(f, 0));
};

export function createGroupExpansion(cy: Core): GroupExpansion {
  // Without a canvas (headless) nothing is drawn: everything at once.
  const later = cy.container() ? nextFrame : (f: () => void) => f();
  let expanded = new Set<string>();
  let pinned: readonly string[] = [];
  /** Bumped on every apply, so slices scheduled for an older state stop. */
  let generation = 0;

  /**
   * Shows `show` and hides `hide` a slice per frame (each change restyles a node and its links),
   * then, a frame after the last, counts the links: `done`.
   */
  const inSlices = (show: NodeSingular[], hide: NodeSingular[], gen: number, done: () => void): void => {
    if (cy.destroyed() || gen !== generation) return;
    const hiding = hide.splice(0, SHOW_SLICE);
    const showing = show.splice(0, SHOW_SLICE - hiding.length);
    if (hiding.length + showing.length > 0)
      cy.batch(() => {
        for (const n of hiding) n.addClass('lod-node');
        for (const n of showing) n.removeClass('lod-node');
      });
    later(() => {
      if (cy.destroyed() || gen !== generation) return;
      if (show.length + hide.length > 0) inSlices(show, hide, gen, done);
      else done();
    });
  };

  const applyLinks = (groupOf: Map<string, string>, shown: Set<string>): void => {
    // (Cytoscape selectors have no `:not()`.)
    const links = cy
      .edges()
      .not('.agg')
      .map((e) => ({ source: String(e.data('source')), target: String(e.data('target')) }));
    const want = aggregatedLinks(links, groupOf, shown);
    const wantIds = new Set(want.map((l) => l.id));
    cy.batch(() => {
      cy.edges('.agg')
        .filter((e) => !wantIds.has(e.id()))
        .remove();
      const add = [];
      for (const l of want) {
        const have = cy.getElementById(l.id);
        const label = l.count.toLocaleString('en-US');
        if (have.nonempty()) {
          if (have.data('count') !== l.count) have.data({ count: l.count, label });
        } else add.push({ group: 'edges' as const, data: { ...l, label }, classes: 'agg' });
      }
      if (add.length > 0) cy.add(add);
    });
  };

  const refresh = (links = true): void => {
    const groups = cy.nodes('.group');
    if (groups.empty()) return;
    const gen = ++generation;
    const members = cy.nodes('[group]');
    const groupOf = new Map<string, string>();
    members.forEach((n) => {
      groupOf.set(n.id(), String(n.data('group')));
    });
    const shown = shownMembers(groupOf, expanded, pinned);
    const toShow: NodeSingular[] = [];
    const toHide: NodeSingular[] = [];
    cy.batch(() => {
      groups.forEach((g) => {
        if (expanded.has(g.id())) g.addClass('lod-off');
        else g.removeClass('lod-off');
      });
      members.forEach((n) => {
        const hidden = n.hasClass('lod-node');
        if (shown.has(n.id())) {
          if (hidden) toShow.push(n);
        } else if (!hidden) toHide.push(n);
      });
    });
    // The ones to hide first: a collapsed group goes before the next one opens.
    inSlices(toShow, toHide, gen, () => {
      if (links) applyLinks(groupOf, shown);
    });
  };

  return {
    apply(nextExpanded, nextPinned) {
      expanded = new Set(nextExpanded);
      pinned = nextPinned;
      refresh();
    },
    refresh,
    destroy() {
      generation++;
    },
  };
}
