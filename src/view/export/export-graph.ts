// PNG and SVG exports of the graph as it is shown now, and the download that saves them.
// PNG comes from Cytoscape's own renderer at twice the resolution, on white so it prints.

import type { Core } from 'cytoscape';
import { graphToSvg, svgToText } from './graph-to-svg';

export type ExportResult = { ok: true; blob: Blob; fileName: string } | { ok: false; message: string };

/** "career-graph-rhia" from the goal, or "career-graph". */
export function exportFileName(goal: string | null, ext: 'png' | 'svg'): string {
  const safe = goal?.replace(/[^a-z0-9-]/gi, '').slice(0, 60);
  return `career-graph${safe ? `-${safe}` : ''}.${ext}`;
}

export async function exportPng(cy: Core, goal: string | null): Promise<ExportResult> {
  try {
    const blob = await cy.png({ full: true, scale: 2, output: 'blob-promise', bg: '#ffffff' });
    if (blob.size === 0) return { ok: false, message: 'The picture came out empty.' };
    return { ok: true, blob, fileName: exportFileName(goal, 'png') };
  } catch (e) {
    return { ok: false, message: `The PNG could not be made: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function exportSvg(cy: Core, goal: string | null, title: string): ExportResult {
  try {
    const svg = graphToSvg(cy, document, title);
    const blob = new Blob([svgToText(svg)], { type: 'image/svg+xml' });
    return { ok: true, blob, fileName: exportFileName(goal, 'svg') };
  } catch (e) {
    return { ok: false, message: `The SVG could not be made: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Saves a blob through a temporary link; the object URL is released right after. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
