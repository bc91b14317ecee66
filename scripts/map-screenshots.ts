// `npm run screenshot:map`: photographs the map in headless Chromium for docs/ — first load at
// 1280×800 and 390×844, a plan, the dark theme, and a 5,000-node lattice zoomed out (forest view)
// and in. The big file is opened through "Open a graph file".

import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { syntheticLattice } from './bench/synthetic';
import { CHROMIUM } from './chromium';

const PLAN =
  '?goal=medical-and-health-services-manager&holds=high-school-diploma,medical-records-technician' +
  '&years=medical-records-technician:2';
const READY = '.graph-canvas[data-ready="true"]';

const outDir = 'dist/map-screenshots';
await build({ mode: 'e2e', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, open: false },
});
const site = server.resolvedUrls?.local[0];
if (!site) throw new Error('map-screenshots: vite preview gave no local address');
const browser = await chromium.launch(CHROMIUM);

async function shot(
  file: string,
  options: { width: number; height: number; phone?: boolean; dark?: boolean; query?: string },
  before?: (page: Page) => Promise<void>,
): Promise<void> {
  const page = await browser.newPage({
    viewport: { width: options.width, height: options.height },
    deviceScaleFactor: 1,
    isMobile: options.phone ?? false,
    hasTouch: options.phone ?? false,
    colorScheme: options.dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(new URL(options.query ?? '', site).href);
  await page.locator(READY).waitFor({ timeout: 120_000 });
  if (before) await before(page);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(800);
  await page.screenshot({ path: file });
  if (errors.length) throw new Error(`map-screenshots: console errors on ${file}:\n${errors.join('\n')}`);
  console.log(`wrote ${file}`);
  await page.close();
}

const big = JSON.stringify(syntheticLattice({ nodes: 5000, seed: 7 }));
const openBig = async (page: Page) => {
  // Through "Open a graph file", as a person opens it: the graphs bar then names it.
  await page.getByLabel('Open a graph file').setInputFiles({
    name: 'synthetic-5000.json',
    mimeType: 'application/json',
    buffer: Buffer.from(big),
  });
  await page
    .locator('.graph-canvas[data-ready="false"]')
    .waitFor({ timeout: 10_000 })
    .catch(() => {});
  await page.locator(READY).waitFor({ timeout: 240_000 });
};

try {
  await shot('docs/map-first-1280.png', { width: 1280, height: 800 });
  // On a phone the map sits below the plan: one tap on "Show the map".
  await shot('docs/map-first-phone.png', { width: 390, height: 844, phone: true }, (page) =>
    page.getByRole('button', { name: 'Show the map' }).click(),
  );
  await shot('docs/map-plan-1280.png', { width: 1280, height: 800, query: PLAN });
  await shot('docs/map-dark-1280.png', { width: 1280, height: 800, dark: true, query: PLAN });
  await shot('docs/map-5000-out.png', { width: 1280, height: 800 }, openBig);
  await shot('docs/map-5000-expanded.png', { width: 1280, height: 800 }, async (page) => {
    await openBig(page);
    // The biggest box tapped open in place: its members drawn, the other boxes collapsed, the
    // links to them counted.
    await page.evaluate(() => {
      const cy = window.cy;
      const g = cy?.nodes('.group').sort((a, b) => Number(b.data('count')) - Number(a.data('count')))[0];
      g?.emit('tap');
    });
    await page.waitForFunction(
      () => {
        const cy = window.cy;
        const g = cy?.nodes('.group').filter((n) => !n.visible())[0];
        return g && cy ? cy.nodes(`[group = "${g.id()}"]`).length === Number(g.data('count')) : false;
      },
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(4000);
  });
  await shot('docs/map-5000-in.png', { width: 1280, height: 800 }, async (page) => {
    await openBig(page);
    // Every group expanded (group boxes no longer open by zooming in), then zoomed in on one role,
    // selected: its links drawn, labels readable.
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.evaluate(() => {
      const cy = window.cy;
      if (!cy) return;
      cy.zoom(0.8);
    });
    // Members and their links go into the canvas a slice per frame (group-expansion.ts).
    await page.waitForFunction(() => (window.cy?.nodes().not('.group').length ?? 0) >= 5000, undefined, {
      timeout: 240_000,
    });
    await page.waitForTimeout(5000);
    await page.evaluate(() => {
      const cy = window.cy;
      const n = cy?.getElementById('f3-role-2-1');
      if (cy && n?.nonempty()) {
        n.emit('tap');
        cy.center(n);
      }
    });
  });
} finally {
  await browser.close();
  await server.close();
}
