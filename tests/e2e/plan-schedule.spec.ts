// Plans a person can act on, in the browser: the privacy officer plan's callouts never cover each
// other, a plan node or a control (1024×768, 1280×800 and in Present mode); "Mark as done" moves
// a step to what is held and the live region says the new plan.
import type { Page } from '@playwright/test';
import { expect, openExplorer, test } from './fixtures';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Shown callouts, the controls, and the plan nodes' boxes, all in page pixels. */
async function layout(page: Page): Promise<{ tags: Rect[]; controls: Rect[]; nodes: Rect[] }> {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height };
    };
    const tags = [...document.querySelectorAll('.plan-tag')]
      .filter((el) => !(el as HTMLElement).hidden && !(el.parentElement as HTMLElement).hidden)
      .map(rect);
    const controls = [...document.querySelectorAll('.zoom-buttons, .legend, .presentation')]
      .map(rect)
      .filter((r) => r.w > 0 && r.h > 0);
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing: is this the e2e build?');
    const origin = cy.container()?.getBoundingClientRect();
    const nodes = cy.nodes('.in-plan').map((n) => {
      const bb = n.renderedBoundingBox({ includeLabels: false });
      return { x: bb.x1 + (origin?.left ?? 0), y: bb.y1 + (origin?.top ?? 0), w: bb.w, h: bb.h };
    });
    return { tags, controls, nodes };
  });
}

function expectClear(
  { tags, controls, nodes }: { tags: Rect[]; controls: Rect[]; nodes: Rect[] },
  atLeastOne = true,
) {
  if (atLeastOne) expect(tags.length).toBeGreaterThan(0);
  for (const [i, t] of tags.entries()) {
    for (const c of controls) expect(overlap(t, c), 'callout over a control').toBe(false);
    for (const n of nodes) expect(overlap(t, n), 'callout over a plan node').toBe(false);
    for (const o of tags.slice(i + 1)) expect(overlap(t, o), 'callouts piled').toBe(false);
  }
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  test(`privacy officer plan callouts stay clear at ${viewport.width}×${viewport.height} and in Present mode`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openExplorer(page, './?goal=privacy-officer&holds=high-school-diploma');
    await expect(page.locator('.plan .steps > li').first()).toBeVisible();
    // The whole graph fills the canvas at readable labels: a tag shows only where it covers nothing
    // (the node's own label carries its number), so none may show at all.
    expectClear(await layout(page), false);
    // Zoomed out there is room around the graph: tags show, and still cover nothing.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(page.locator('.plan-tag:not([hidden])').first()).toBeVisible();
    expectClear(await layout(page));
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expectClear(await layout(page), false);
  });
}

test('Mark as done moves the step to what is held and the plan follows, announced politely', async ({
  page,
}) => {
  await openExplorer(page, './?goal=office-manager&holds=high-school-diploma');
  const region = page.locator('[data-testid="announcer"]');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toHaveText('Plan updated: 2 steps, 3 yr, $0 (fastest)');
  await page.getByRole('button', { name: 'Mark Medical biller as done' }).click();
  await expect(region).toHaveText('Plan updated: 1 step, 3 yr, $0 (fastest)');
  await expect(page.locator('.plan .steps > li')).toHaveCount(1);
  await expect(page.getByLabel('Years as Medical biller')).toHaveValue('0');
});
