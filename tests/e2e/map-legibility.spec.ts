// The map at first sight, read back from Cytoscape's own style (window.cy, e2e build): the whole
// built-in graph in view at 1280×800 with labels of a readable size and inside their shapes;
// dimmed labels at 4.5:1 or more against what is really behind them, in light and dark; edges
// quiet and "n yr" labels only where something is emphasised.
import type { Page } from '@playwright/test';
import { blend, contrastRatio } from '../../src/view/theme/contrast';
import { expect, openExplorer, test } from './fixtures';

const PLAN =
  './?goal=medical-and-health-services-manager&holds=high-school-diploma,medical-records-technician' +
  '&years=medical-records-technician:2';

interface LabelState {
  id: string;
  classes: string[];
  color: string;
  fill: string;
  fillOpacity: number;
  textOpacity: number;
  opacity: number;
  label: string;
}

async function labelStates(page: Page): Promise<{ canvas: string; nodes: LabelState[] }> {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing: is this the e2e build?');
    const canvas = getComputedStyle(cy.container() as HTMLElement).backgroundColor;
    const nodes = cy.nodes().map((n) => ({
      id: n.id(),
      classes: n.classes(),
      color: String(n.style('color')),
      fill: String(n.style('background-color')),
      fillOpacity: Number(n.style('background-opacity')),
      textOpacity: Number(n.style('text-opacity')),
      opacity: n.effectiveOpacity(),
      label: String(n.style('label')),
    }));
    return { canvas, nodes };
  });
}

function expectReadable(canvas: string, nodes: LabelState[]): number {
  let dimmed = 0;
  for (const n of nodes) {
    if (n.label.trim() === '') continue;
    expect(n.opacity, `${n.id}: whole-node opacity`).toBe(1);
    expect(n.textOpacity, `${n.id}: text opacity`).toBe(1);
    const behind = blend(n.fill, n.fillOpacity, canvas);
    const ratio = contrastRatio(n.color, behind);
    expect(
      ratio,
      `${n.id} (${n.classes.join(' ')}): ${n.color} on ${JSON.stringify(behind)}`,
    ).toBeGreaterThanOrEqual(4.5);
    if (n.classes.includes('dimmed') || n.classes.includes('faded')) dimmed++;
  }
  return dimmed;
}

test('first frame at 1280×800: the whole built-in graph in view, labels readable and inside their shapes', async ({
  page,
}) => {
  await openExplorer(page);
  // The built-in graph opens on the positions stored at build time (npm run layout), not a layout run.
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-layout', 'stored');
  const view = await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    const overflow: string[] = [];
    const outside: string[] = [];
    const { width, height } = { width: cy.width(), height: cy.height() };
    for (const n of cy.nodes()) {
      ctx.font = `${n.style('font-size')} ${n.style('font-family')}`;
      const room =
        n.width() *
        (n.style('shape') === 'round-hexagon' ? 0.78 : n.style('shape') === 'round-octagon' ? 0.86 : 1);
      for (const line of String(n.data('label')).split('\n'))
        if (ctx.measureText(line).width > room - 2) overflow.push(`${n.id()}: ${line}`);
      const lines = String(n.data('label')).split('\n').length;
      if (lines * Number.parseFloat(String(n.style('font-size'))) * 1.2 > n.height())
        overflow.push(`${n.id()}: height`);
      const bb = n.renderedBoundingBox({ includeLabels: false });
      if (bb.x1 < 0 || bb.y1 < 0 || bb.x2 > width || bb.y2 > height) outside.push(n.id());
    }
    return {
      zoom: cy.zoom(),
      font: Number.parseFloat(String(cy.nodes().first().style('font-size'))),
      overflow,
      outside,
    };
  });
  expect(view.outside, 'nodes cut off at the edges').toEqual([]);
  expect(view.overflow, 'label lines wider or taller than their shape').toEqual([]);
  // 19 px labels drawn at this zoom: at least 11 px on screen, the whole lattice in view. Before
  // packing (2026-12-01) the 56-node dataset fitted its width only at about 0.4 (labels 7.6 px);
  // feeders packed into fewer, evener columns and boxes fitted to their labels: about 11.3 px.
  expect(view.zoom * view.font).toBeGreaterThanOrEqual(11);
});

test('nursing built-in at 1280×800: too wide to fit readable, it opens readable on its entry side', async ({
  page,
}) => {
  await openExplorer(page, './?graph=nursing');
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-layout', 'stored');
  const view = await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
    return {
      label: cy.zoom() * Number.parseFloat(String(cy.nodes().first().style('font-size'))),
      left: Math.min(...boxes.map((b) => b.x1)),
      top: Math.min(...boxes.map((b) => b.y1)),
      bottom: Math.max(...boxes.map((b) => b.y2)),
      right: Math.max(...boxes.map((b) => b.x2)),
      nodes: boxes.length,
      inView: boxes.filter((b) => b.x1 >= 0 && b.x2 <= cy.width()).length,
      height: cy.height(),
      width: cy.width(),
    };
  });
  // It drew its 32 nodes whole at ~8.6 px (2026-12-01): now at least 11 px on screen.
  expect(view.nodes).toBe(32);
  expect(view.label).toBeGreaterThanOrEqual(11);
  // From the entry side, every row in view; most columns on screen, the rest a pan to the right.
  expect(view.left).toBeGreaterThanOrEqual(0);
  expect(view.top).toBeGreaterThanOrEqual(0);
  expect(view.bottom).toBeLessThanOrEqual(view.height);
  expect(view.inView / view.nodes).toBeGreaterThan(0.6);
});

test('with a plan, dimmed labels keep 4.5:1 and only emphasised edges are strong and labelled', async ({
  page,
}) => {
  await openExplorer(page, PLAN);
  await expect.poll(() => page.evaluate(() => window.cy?.nodes('.in-plan').length ?? 0)).toBeGreaterThan(0);
  const { canvas, nodes } = await labelStates(page);
  expect(expectReadable(canvas, nodes)).toBeGreaterThan(20);
  const edges = await page.evaluate(() =>
    (window.cy?.edges() ?? []).map((e) => ({
      type: String(e.data('type')),
      classes: e.classes(),
      label: String(e.style('label')),
      width: Number.parseFloat(String(e.style('width'))),
      shown: e.visible(),
    })),
  );
  const emphasised = (c: string[]) => ['in-plan', 'focus', 'near', 'hover'].some((k) => c.includes(k));
  for (const e of edges.filter((x) => x.shown)) {
    if (emphasised(e.classes)) expect(e.width).toBeGreaterThanOrEqual(2.5);
    else {
      expect(e.width, `quiet edge ${e.classes.join(' ')}`).toBeLessThan(2);
      expect(e.label).toBe('');
    }
  }
  const labelled = edges.filter((e) => e.type === 'experience' && e.label !== '');
  expect(labelled.length).toBeGreaterThan(0);
  for (const e of labelled) expect(emphasised(e.classes)).toBe(true);
});

test('dark theme: toggled on, the canvas turns dark and dimmed labels still keep 4.5:1', async ({ page }) => {
  await openExplorer(page, PLAN);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const { canvas, nodes } = await labelStates(page);
  expect(contrastRatio(canvas, '#000000')).toBeLessThan(2);
  expect(expectReadable(canvas, nodes)).toBeGreaterThan(20);
  // Chosen, it stays chosen on the next visit.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('dark theme follows the system setting when nothing was chosen', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openExplorer(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});

test('forced colours: pressed buttons, legend swatches and the canvas stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openExplorer(page);
  const look = await page.evaluate(() => {
    const bg = (sel: string) => getComputedStyle(document.querySelector(sel) as Element).backgroundColor;
    return {
      pressed: bg('button[aria-pressed="true"]'),
      unpressed: bg('.zoom-buttons button'),
      swatch: bg('.shape-role'),
      canvas: bg('.graph-cy'),
    };
  });
  expect(look.pressed).not.toBe(look.unpressed);
  expect(look.swatch).toBe('rgb(0, 114, 178)');
  expect(look.canvas).toBe('rgb(255, 255, 255)');
});

test('Focus shows only the selection’s ancestors and descendants, and goes with the selection', async ({
  page,
}) => {
  await openExplorer(page);
  await expect(page.getByRole('button', { name: 'Focus' })).toHaveCount(0);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('medical coder');
  await search.press('Enter');
  const focus = page.getByRole('button', { name: 'Focus' });
  await focus.click();
  await expect(focus).toHaveAttribute('aria-pressed', 'true');
  const shown = () =>
    page.evaluate(() => {
      const cy = window.cy;
      if (!cy) throw new Error('no cy');
      return cy
        .nodes()
        .filter((n) => n.visible())
        .map((n) => n.id())
        .sort();
    });
  const all = await page.evaluate(() => window.cy?.nodes().length ?? 0);
  await expect.poll(async () => (await shown()).length).toBeLessThan(all);
  const ids = await shown();
  expect(ids).toContain('medical-coder');
  expect(ids).toContain('high-school-diploma');
  expect(ids).not.toContain('cancer-registrar-license');
  await page.keyboard.press('Escape');
  await page.locator('.graph-canvas').press('Escape');
  await expect.poll(async () => (await shown()).length).toBe(all);
});
