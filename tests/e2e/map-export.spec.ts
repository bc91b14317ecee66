// Exports a counselor can hand out: the PNG and the SVG carry the graph's title, the plan's goal,
// the data's date and the legend, and the SVG's node labels stay inside their shapes.
import { readFileSync } from 'node:fs';
import { expect, loadDataset, openExplorer, test } from './fixtures';

const { file } = loadDataset();
const QUERY = './?goal=rhia&holds=high-school-diploma';

test('Export SVG: title, goal, date and legend around the graph; labels inside their shapes', async ({
  page,
}) => {
  await openExplorer(page, QUERY);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  const report = await page.evaluate((svgText) => {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const svg = doc.documentElement as unknown as SVGSVGElement;
    document.body.appendChild(svg); // laid out, so text can be measured
    const header = [...svg.querySelectorAll('.export-header text')].map((t) => t.textContent);
    const legend = [...svg.querySelectorAll('.export-legend text')].map((t) => t.textContent);
    const spill: string[] = [];
    for (const g of svg.querySelectorAll('g.node')) {
      const shape = [...g.children].find(
        (c) =>
          c.tagName !== 'text' &&
          c.tagName !== 'title' &&
          c.getAttribute('fill') !== 'none' &&
          c.getAttribute('fill-opacity') !== '0.5',
      ) as SVGGraphicsElement | undefined;
      const label = g.querySelector('text') as SVGTextElement | null;
      if (!shape || !label) continue;
      const s = shape.getBBox();
      const t = label.getBBox();
      if (
        t.x < s.x - 1 ||
        t.x + t.width > s.x + s.width + 1 ||
        t.y < s.y - 1 ||
        t.y + t.height > s.y + s.height + 1
      )
        spill.push(
          `${g.getAttribute('data-id')}: text ${Math.round(t.width)}×${Math.round(t.height)} in ${Math.round(s.width)}×${Math.round(s.height)}`,
        );
    }
    svg.remove();
    return { header, legend, spill };
  }, text);
  expect(report.header).toEqual([
    file.title,
    'Plan to become: Registered Health Information Administrator (RHIA)',
    `Data reviewed ${file.updated}`,
  ]);
  expect(report.legend).toEqual(
    expect.arrayContaining(['Role', 'Education', 'Credential', 'License', 'all of', 'one of']),
  );
  expect(report.spill).toEqual([]);
});

test('Export PNG: the picture is framed by the header and the legend', async ({ page }) => {
  await openExplorer(page, QUERY);
  const graphOnly = await page.evaluate(async () => {
    const blob = await window.cy?.png({ full: true, scale: 2, output: 'blob-promise' });
    const bmp = await createImageBitmap(blob as Blob);
    return { w: bmp.width, h: bmp.height };
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  const png = readFileSync(await download.path());
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(graphOnly.w);
  // Header (title, goal, date) and legend: at least 100 px more at scale 2.
  expect(height).toBeGreaterThan(graphOnly.h + 200);
  // The header's band is not blank: the title is drawn there.
  const inked = await page.evaluate(async (b64) => {
    // Decoded here, not fetched: the page's CSP (connect-src 'self') refuses data: fetches.
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, 80);
    const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, Math.min(bmp.width, 600), 80).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if ((d[i] as number) < 100 && (d[i + 1] as number) < 100) dark++;
    return dark;
  }, png.toString('base64'));
  expect(inked).toBeGreaterThan(200);
});
