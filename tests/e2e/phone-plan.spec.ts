// On a phone (390×844) the plan is a long scroll below the goal: once a goal is chosen, "See your
// plan" sits under it, and one tap brings the plan into view with focus on its heading. On a wide
// screen (the plan beside the form) it is not there.
import { addHeld, expect, openExplorer, test } from './fixtures';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('"See your plan" under the goal brings the plan into view', async ({ page }) => {
    await openExplorer(page);
    const toPlan = page.getByRole('button', { name: 'See your plan' });
    await expect(toPlan).toHaveCount(0);
    await addHeld(page, 'high-school-diploma');
    await page.getByLabel('Goal', { exact: true }).selectOption('cancer-registrar');
    await expect(toPlan).toBeInViewport();
    const heading = page.getByRole('heading', { name: 'Your plan' });
    await expect(heading).not.toBeInViewport();
    await toPlan.tap();
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();
    await expect(page.locator('.plan .steps > li').first()).toBeInViewport();
  });

  test('the lists of what comes next start with a few, unbulleted, their names level with the text', async ({
    page,
  }) => {
    await openExplorer(page, './?holds=high-school-diploma');
    const within = page.locator('.within-list > li');
    await expect(within).toHaveCount(8);
    await expect(page.locator('.next-list > li')).toHaveCount(8);
    // A bullet sat by the last line of a wrapped name, not its first; the items now line up with
    // the hint above them, as the next steps do.
    const hintLeft = (await page.locator('.within-reach .hint').boundingBox())?.x ?? -1;
    for (const li of await within.all()) {
      expect(await li.evaluate((e) => getComputedStyle(e).listStyleType)).toBe('none');
      expect(Math.round((await li.boundingBox())?.x ?? 0)).toBe(Math.round(hintLeft));
    }
    await page
      .locator('.within-reach')
      .getByRole('button', { name: /^Show all \d+$/ })
      .tap();
    expect(await within.count()).toBeGreaterThan(8);
  });
});

test('on a wide screen there is no "See your plan" (the plan is beside the form)', async ({ page }) => {
  await openExplorer(page, './?goal=cancer-registrar&holds=high-school-diploma');
  await expect(page.locator('.plan .steps > li').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'See your plan' })).toHaveCount(0);
});
