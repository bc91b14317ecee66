// The map on a phone (390×844): the situation and the plan list come first and "Show the map" is
// one tap to the map; a vertical one-finger swipe over it scrolls the page and leaves the graph
// where it was; in the full-screen map one finger pans the graph; the legend starts folded. Touches go through Chromium's input pipeline (CDP Input.dispatchTouchEvent).
import type { Page } from '@playwright/test';
import { expect, openExplorer, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function swipe(page: Page, from: { x: number; y: number }, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (y: number) => [{ x: from.x, y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.y) });
  for (let i = 1; i <= 12; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point(from.y + (dy * i) / 12),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const viewport = (page: Page) =>
  page.evaluate(() => ({
    pan: window.cy?.pan() ?? { x: 0, y: 0 },
    zoom: window.cy?.zoom() ?? 0,
    selected: document.querySelector('.details') !== null,
  }));

/** The map sits below the plan on a phone: one tap on "Show the map" brings it into view. */
async function showMap(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Show the map' }).click();
  await expect(page.locator('.centre')).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  return page.evaluate(() => window.scrollY);
}

test('on a phone the plan is a list first and the map one tap away', async ({ page }) => {
  await openExplorer(page, './?goal=medical-and-health-services-manager&holds=medical-records-technician');
  const steps = page.locator('.plan .steps');
  await expect(steps).toBeVisible();
  const plan = await steps.boundingBox();
  const map = await page.locator('.graph-cy').boundingBox();
  if (!plan || !map) throw new Error('no boxes');
  expect(plan.y).toBeLessThan(map.y);
  await showMap(page);
  const shown = await page.locator('.graph-cy').boundingBox();
  if (!shown) throw new Error('no canvas');
  // The whole canvas in view.
  expect(shown.y).toBeGreaterThanOrEqual(0);
  expect(shown.y + shown.height).toBeLessThanOrEqual(844 + 1);
});

test('a vertical swipe over the map scrolls the page, not the graph', async ({ page }) => {
  await openExplorer(page);
  const startY = await showMap(page);
  const box = await page.locator('.graph-cy').boundingBox();
  if (!box) throw new Error('no canvas');
  const before = await viewport(page);
  await swipe(page, { x: box.x + box.width / 2, y: box.y + box.height * 0.3 }, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(startY - 100);
  const after = await viewport(page);
  expect(after.pan).toEqual(before.pan);
  expect(after.zoom).toBe(before.zoom);
  // The swipe was not taken for a tap on whatever node it started on.
  expect(after.selected).toBe(false);
});

test('a tap on the map still selects; the full-screen map pans with one finger', async ({ page }) => {
  await openExplorer(page);
  await showMap(page);
  // A node on screen, tapped: its details open.
  const target = await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const rect = (cy.container() as HTMLElement).getBoundingClientRect();
    const n = cy.nodes().filter((x) => {
      const p = x.renderedPosition();
      return p.x > 40 && p.x < rect.width - 40 && p.y > 60 && p.y < rect.height - 80;
    })[0];
    if (!n) throw new Error('no node on screen');
    const p = n.renderedPosition();
    return { id: n.id(), x: rect.left + p.x, y: rect.top + p.y };
  });
  await page.touchscreen.tap(target.x, target.y);
  await expect(page.locator('.details')).toBeVisible();
  await page
    .getByRole('button', { name: 'Close' })
    .first()
    .click()
    .catch(() => {});

  await page.getByRole('button', { name: 'Full-screen map' }).click();
  await expect(page.getByRole('button', { name: 'Close map' })).toHaveAttribute('aria-pressed', 'true');
  const box = await page.locator('.graph-cy').boundingBox();
  if (!box) throw new Error('no canvas');
  expect(box.height).toBeGreaterThan(600);
  const before = await viewport(page);
  await swipe(page, { x: box.x + 30, y: box.y + box.height * 0.6 }, -200);
  await expect.poll(async () => (await viewport(page)).pan.y).toBeLessThan(before.pan.y - 100);
});

test('the legend starts folded on a phone and opens on request', async ({ page }) => {
  await openExplorer(page);
  const toggle = page.getByRole('button', { name: 'Legend' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('checkbox', { name: 'Role' })).toHaveCount(0);
  await toggle.click();
  await expect(page.getByRole('checkbox', { name: 'Role' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide legend' })).toHaveAttribute('aria-expanded', 'true');
});
