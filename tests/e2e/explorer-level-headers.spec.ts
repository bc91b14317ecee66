// Level headers sit in a band of their own above the drawing: no node is ever under them, and
// each chip stays over the middle of its level's columns, its bracket as wide as them, while the
// graph is zoomed and panned, on a laptop and a phone.
import { expect, openExplorer, test } from './fixtures';

/**
 * Each shown chip's centre and bracket, and its level's span worked out from the canvas: the
 * columns after the previous level's roles up to this level's roles, boxes' edges included (page px).
 */
async function chipsAndSpans(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('graph missing');
    const left = cy.container()?.getBoundingClientRect().left ?? 0;
    const roleX = new Map<number, number>();
    cy.nodes('[kind = "role"]').forEach((n) => {
      const level = Number(n.data('level'));
      roleX.set(level, Math.max(roleX.get(level) ?? Number.NEGATIVE_INFINITY, n.renderedPosition().x));
    });
    const chips = [...document.querySelectorAll<HTMLElement>('.level-header')].filter((c) => !c.hidden);
    const brackets = [...document.querySelectorAll<HTMLElement>('.level-span')].filter((b) => !b.hidden);
    return chips.map((chip, i) => {
      const level = Number(chip.dataset.level);
      const own = roleX.get(level) ?? Number.NaN;
      const before = Math.max(Number.NEGATIVE_INFINITY, ...[...roleX.values()].filter((x) => x < own));
      let x1 = Number.POSITIVE_INFINITY;
      let x2 = Number.NEGATIVE_INFINITY;
      cy.nodes('[kind]').forEach((n) => {
        const x = n.renderedPosition().x;
        if (x <= before + 0.5 || x > own + 0.5) return;
        x1 = Math.min(x1, x - n.renderedWidth() / 2);
        x2 = Math.max(x2, x + n.renderedWidth() / 2);
      });
      const c = chip.getBoundingClientRect();
      const b = brackets[i]?.getBoundingClientRect();
      return {
        level,
        chip: c.left + c.width / 2,
        span: { x1: left + x1, x2: left + x2 },
        bracket: { x1: b?.left ?? Number.NaN, x2: b?.right ?? Number.NaN },
      };
    });
  });
}

/** Every shown chip sits over the middle of its level's span, its bracket as wide as the span. */
async function expectChipsOverTheirLevels(page: import('@playwright/test').Page, least: number) {
  const all = await chipsAndSpans(page);
  expect(all.length).toBeGreaterThanOrEqual(least);
  for (const { level, chip, span, bracket } of all) {
    expect(chip, `level ${level}`).toBeGreaterThanOrEqual(span.x1);
    expect(chip, `level ${level}`).toBeLessThanOrEqual(span.x2);
    expect(Math.abs(chip - (span.x1 + span.x2) / 2), `level ${level}`).toBeLessThan(1.5);
    expect(Math.abs(bracket.x1 - span.x1), `level ${level}`).toBeLessThan(1.5);
    expect(Math.abs(bracket.x2 - span.x2), `level ${level}`).toBeLessThan(1.5);
  }
}

test('the header band is above the canvas and each chip stays over the middle of its level', async ({
  page,
}) => {
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

  // The health-information map shows all six levels; Entry spans the diploma, programs and
  // credentials before the entry roles, not the roles' column alone.
  await expectChipsOverTheirLevels(page, 6);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.mouse.move(900, 450);
  await page.mouse.down();
  await page.mouse.move(760, 400, { steps: 4 });
  await page.mouse.up();
  await expectChipsOverTheirLevels(page, 2);

  // Zoomed far out the chips would collide: the band says how the levels run instead. Out to the
  // minimum zoom, where any two level columns are closer than a chip, whatever the data's widths.
  for (let i = 0; i < 20; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page.locator('.level-header').first()).toBeHidden();
  await expect(page.locator('.level-caption')).toHaveText(
    'Levels run left to right: entry roles → leadership',
  );
});

test('on a phone in the dark theme, each chip stays over its level when zoomed in and panned', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.evaluate(() => {
    window.cy?.panBy({ x: -150, y: 0 });
  });
  await expectChipsOverTheirLevels(page, 1);
});
