// Level of detail for big graphs: zoomed far out, only emphasised links (plan, selection, hover)
// are drawn, so a 5,000-node forest stays cheap to draw; the rest come back as you zoom in,
// except long links (class lod-long, set with the elements), which only emphasis draws.
// Labels need nothing here: `min-zoomed-font-size` in the stylesheet drops them when too small.

import type { CollectionReturnValue, Core } from 'cytoscape';

/** Graphs up to this size always draw every link. */
export const LOD_NODES = 300;
/** Below this zoom a big graph draws only its emphasised links. */
export const LOD_ZOOM = 0.3;
/** In a big graph, a link longer than this (graph px) is drawn only when emphasised. */
export const LONG_LINK = { x: 1000, y: 2400 } as const;
/**
 * Links that are never minor: emphasised ones, and those linking two collapsed boxes
 * (group-elements.ts), which are few. The counted links between an expanded group's members and
 * the collapsed boxes (group-expansion.ts) are minor: hundreds per expansion, under a pixel wide
 * when zoomed out, and drawing them (with their counts) every frame of an expansion made its
 * longest tasks (profiled 2026-12-01). (Cytoscape selectors have no `:not()`: one was taken as
 * invalid, which made every link minor.)
 */
const NOT_MINOR = '.in-plan, .focus, .near, .hover, .group-link';

export interface LevelOfDetail {
  /** Re-applies after a new graph or new classes. */
  refresh(): void;
  /**
   * Classes only `added` elements (a slice of members just put in the canvas): re-deciding every
   * link of a 5,000-node graph per slice took seconds of collection building.
   */
  added(eles: CollectionReturnValue): void;
  destroy(): void;
}

/** Group boxes (which members show) are not a matter of zoom: group-expansion.ts. */
export function createLevelOfDetail(cy: Core): LevelOfDetail {
  // Big graphs' elements arrive coarse and grouped (to-elements.ts).
  const big = () => cy.nodes().length > LOD_NODES || cy.nodes('.group').nonempty();
  let coarse: boolean | null = big() ? true : null;
  const apply = (force: boolean): void => {
    const want = big() && cy.zoom() < LOD_ZOOM;
    if (!force && want === coarse) return;
    coarse = want;
    cy.batch(() => {
      const lod = cy.edges('.lod-minor');
      if (!want) {
        lod.removeClass('lod-minor');
        return;
      }
      const minor = cy.edges().not(NOT_MINOR);
      lod.difference(minor).removeClass('lod-minor');
      minor.difference(lod).addClass('lod-minor');
    });
  };
  const onZoom = (): void => apply(false);
  cy.on('zoom', onZoom);
  return {
    refresh: () => apply(true),
    added: (eles) => {
      // Decided afresh (the zoom may have moved since the last apply): a change redoes them all.
      const want = big() && cy.zoom() < LOD_ZOOM;
      if (want !== coarse) return apply(true);
      // Members' links arrive already marked minor (to-elements.ts): zoomed in, or emphasised, not.
      const edges = eles.edges();
      if (!want) edges.removeClass('lod-minor');
      else {
        edges.not(NOT_MINOR).addClass('lod-minor');
        edges.filter(NOT_MINOR).removeClass('lod-minor');
      }
    },
    destroy: () => cy.removeListener('zoom', onZoom),
  };
}
