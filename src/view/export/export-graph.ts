// PNG and SVG exports of the graph as it is shown now, with its title, the plan's goal, the
// data's date and the legend (export-frame.ts), and the download that saves them. The PNG's graph
// comes from Cytoscape's own renderer at twice the resolution, framed on a canvas.

import type { Core } from 'cytoscape';
import { PALETTES } from '../theme/theme';
import { drawHeader, drawLegend, type ExportCaption, headerHeight, legendHeight } from './export-frame';
import { graphToSvg, svgToText } from './graph-to-svg';

export type { ExportCaption };

const SCALE = 2;

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob);
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the picture could not be decoded'));
    };
    img.src = url;
  });
}

/** Cytoscape's picture with the header above and the legend below, as one PNG. */
async function framePng(graph: Blob, caption: ExportCaption): Promise<Blob> {
  const body = await loadImage(graph);
  const width = Math.max(body.naturalWidth / SCALE, 640);
  const top = headerHeight(caption);
  const bottom = legendHeight(width);
  const height = top + body.naturalHeight / SCALE + bottom;
  const frame = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  frame.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  frame.setAttribute('width', String(width * SCALE));
  frame.setAttribute('height', String(height * SCALE));
  frame.setAttribute('viewBox', `0 0 ${width} ${height}`);
  frame.setAttribute('font-family', 'system-ui, "DejaVu Sans", sans-serif');
  frame.append(
    drawHeader(document, caption, 0, 0),
    drawLegend(document, caption.theme, 0, height - bottom, width),
  );
  const decorations = await loadImage(new Blob([svgToText(frame)], { type: 'image/svg+xml' }));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = PALETTES[caption.theme].canvas;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(decorations, 0, 0, canvas.width, canvas.height);
  ctx.drawImage(body, Math.round((canvas.width - body.naturalWidth) / 2), Math.round(top * SCALE));
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}

export type ExportResult = { ok: true; blob: Blob; fileName: string } | { ok: false; message: string };

/** "career-graph-rhia" from the goal, or "career-graph". */
export function exportFileName(goal: string | null, ext: 'png' | 'svg'): string {
  const safe = goal?.replace(/[^a-z0-9-]/gi, '').slice(0, 60);
  return `career-graph${safe ? `-${safe}` : ''}.${ext}`;
}

export async function exportPng(
  cy: Core,
  goal: string | null,
  caption?: ExportCaption,
): Promise<ExportResult> {
  try {
    const bg = PALETTES[caption?.theme ?? 'light'].canvas;
    const graph = await cy.png({ full: true, scale: SCALE, output: 'blob-promise', bg });
    if (graph.size === 0) return { ok: false, message: 'The picture came out empty.' };
    const blob = caption ? await framePng(graph, caption) : graph;
    return { ok: true, blob, fileName: exportFileName(goal, 'png') };
  } catch (e) {
    return { ok: false, message: `The PNG could not be made: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function exportSvg(
  cy: Core,
  goal: string | null,
  title: string,
  caption?: ExportCaption,
): ExportResult {
  try {
    const svg = graphToSvg(cy, document, title, caption);
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
