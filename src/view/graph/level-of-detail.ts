// Level of detail for big graphs: zoomed far out, only emphasised links (plan, selection, hover)
// are drawn, so a 5,000-node forest stays cheap to draw; the rest come back as you zoom in.
// Labels need nothing here: `min-zoomed-font-size` in the stylesheet drops them when too small.

import type { Core } from 'cytoscape';

/** Graphs up to this size always draw every link. */
export const LOD_NODES = 300;
/** Below this zoom a big graph draws only its emphasised links. */
export const LOD_ZOOM = 0.3;
const MINOR = 'edge:not(.in-plan):not(.focus):not(.near):not(.hover)';

export interface LevelOfDetail {
  /** Re-applies after a new graph or new classes. */
  refresh(): void;
  destroy(): void;
}

export function createLevelOfDetail(cy: Core): LevelOfDetail {
  let coarse: boolean | null = null;
  const apply = (force: boolean): void => {
    const want = cy.nodes().length > LOD_NODES && cy.zoom() < LOD_ZOOM;
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
