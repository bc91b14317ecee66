// PNG and SVG exports of the shown graph: downloads that are non-empty and well formed.
import { readFileSync } from 'node:fs';
import { expect, openExplorer, test } from './fixtures';

test('Export PNG downloads a real PNG of the graph', async ({ page }) => {
  await openExplorer(page, './?goal=rhia&holds=high-school-diploma');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('career-graph-rhia.png');
  const png = readFileSync(await download.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(400);
  expect(height).toBeGreaterThan(200);
  expect(png.length).toBeGreaterThan(10_000);
});

test('Export SVG downloads well-formed SVG with every shown node as text', async ({ page }) => {
  await openExplorer(page, './?goal=rhia&holds=high-school-diploma');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('career-graph-rhia.svg');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('<?xml')).toBe(true);
  const check = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const cy = window.cy;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      nodes: doc.querySelectorAll('g.node').length,
      shown: cy?.nodes().filter((n) => n.visible()).length ?? -1,
      scripts: doc.querySelectorAll('script, foreignObject').length,
      planIds: [...doc.querySelectorAll('g.node')]
        .filter((g) => g.querySelector('text')?.textContent?.match(/^\d+\. /))
        .map((g) => g.getAttribute('data-id'))
        .sort(),
      inPlan:
        cy
          ?.nodes('.in-plan')
          .map((n) => n.id())
          .sort() ?? [],
    };
  }, text);
  expect(check.errors).toBe(0);
  expect(check.root).toBe('svg');
  expect(check.scripts).toBe(0);
  expect(check.nodes).toBe(check.shown);
  expect(check.nodes).toBeGreaterThan(20);
  expect(check.planIds).toEqual(check.inPlan);
});
