// Level of detail for big graphs: zoomed far out, only emphasised links (plan, selection, hover)
// are drawn, so a 5,000-node forest stays cheap to draw; the rest come back as you zoom in,
// except long links (class lod-long, set with the elements), which only emphasis draws.
// Labels need nothing here: `min-zoomed-font-size` in the stylesheet drops them when too small.

import type { Core } from 'cytoscape';

/** Graphs up to this size always draw every link. */
export const LOD_NODES = 300;
/** Below this zoom a big graph draws only its emphasised links. */
export const LOD_ZOOM = 0.3;
/** Below this zoom a big graph draws group boxes instead of its nodes (group-elements.ts). */
export const GROUP_ZOOM = 0.08;
/** In a big graph, a link longer than this (graph px) is drawn only when emphasised. */
export const LONG_LINK = { x: 1000, y: 2400 } as const;
const MINOR = 'edge:not(.in-plan):not(.focus):not(.near):not(.hover)';

export interface LevelOfDetail {
  /** Re-applies after a new graph or new classes. */
  refresh(): void;
  destroy(): void;
}

/**
 * `addMembers` is called the first time a big graph's members are needed: they are not in the
 * canvas at all while the forest view is enough, so opening draws ~60 boxes, not 20,000 elements.
 */
export function createLevelOfDetail(cy: Core, addMembers: () => void = () => {}): LevelOfDetail {
  // Big graphs' elements arrive coarse and grouped (to-elements.ts).
  const big = () => cy.nodes().length > LOD_NODES || cy.nodes('.group').nonempty();
  let coarse: boolean | null = big() ? true : null;
  let grouped: boolean | null = big() ? cy.nodes('.group').nonempty() : null;
  const applyGroups = (): void => {
    const want = big() && cy.zoom() < GROUP_ZOOM && cy.nodes('.group').nonempty();
    if (want === grouped) return;
    grouped = want;
    if (!want) addMembers();
    cy.batch(() => {
      if (want) {
        cy.nodes('.group').removeClass('lod-off');
        cy.nodes().not('.group').addClass('lod-node');
      } else {
        cy.nodes('.group').addClass('lod-off');
        cy.nodes('.lod-node').removeClass('lod-node');
      }
    });
  };
  const apply = (force: boolean): void => {
    applyGroups();
    const want = big() && cy.zoom() < LOD_ZOOM;
    if (!force && want === coarse) return;
    coarse = want;
    cy.batch(() => {
      const lod = cy.edges('.lod-minor');
      if (!want) {
        lod.removeClass('lod-minor');
        return;
      }
      const minor = cy.edges(MINOR);
      lod.difference(minor).removeClass('lod-minor');
      minor.difference(lod).addClass('lod-minor');
    });
  };
  const onZoom = (): void => apply(false);
  cy.on('zoom', onZoom);
  return {
    refresh: () => apply(true),
    destroy: () => cy.removeListener('zoom', onZoom),
  };
}
