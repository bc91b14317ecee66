// Level headers sit in a band of their own above the drawing: no node is ever under them, and
// each chip stays over its column while the graph is zoomed and panned.
import { expect, openExplorer, test } from './fixtures';

/** Entry chip's centre and the mean rendered x of the level-0 roles, in page pixels. */
async function entryAlignment(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    const chip = document.querySelector('.level-header');
    if (!cy || !chip) throw new Error('graph or headers missing');
    const box = cy.container()?.getBoundingClientRect();
    const xs = cy.nodes('[kind = "role"][level = 0]').map((n) => n.renderedPosition().x);
    const c = chip.getBoundingClientRect();
    return {
      chip: c.left + c.width / 2,
      column: (box?.left ?? 0) + xs.reduce((a, b) => a + b, 0) / xs.length,
    };
  });
}

test('the header band is above the canvas and the Entry chip follows its column', async ({ page }) => {
  await openExplorer(page);
  const band = await page.locator('.level-headers').boundingBox();
  const canvas = await page.locator('.graph-cy').boundingBox();
  if (!band || !canvas) throw new Error('band or canvas missing');
  expect(band.y + band.height).toBeLessThanOrEqual(canvas.y + 0.5);
  await expect(page.locator('.level-header').first()).toHaveText('Entry');
  await expect(page.locator('.level-header').first()).toBeVisible();

  // The default view starts at the top of the lattice: every node's top edge is inside the canvas.
  const topmost = await page.evaluate(() =>
    Math.min(...(window.cy?.nodes().map((n) => n.renderedBoundingBox().y1) ?? [])),
  );
  expect(topmost).toBeGreaterThanOrEqual(0);

  let a = await entryAlignment(page);
  expect(Math.abs(a.chip - a.column)).toBeLessThan(1.5);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.mouse.move(900, 450);
  await page.mouse.down();
  await page.mouse.move(760, 400, { steps: 4 });
  await page.mouse.up();
  a = await entryAlignment(page);
  expect(Math.abs(a.chip - a.column)).toBeLessThan(1.5);

  // Zoomed far out the chips would collide: the band says how the levels run instead. Out to the
  // minimum zoom, where any two level columns are closer than a chip, whatever the data's widths.
  for (let i = 0; i < 20; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page.locator('.level-header').first()).toBeHidden();
  await expect(page.locator('.level-caption')).toHaveText(
    'Levels run left to right: entry roles → leadership',
  );
});
