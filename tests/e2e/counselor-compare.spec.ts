// Compare: the best plan against an alternative, then this goal against another goal.
import { planCareer } from '../../src/domain/planner';
import { presentPlan } from '../../src/present/plan-model';
import { caveatLines } from '../../src/view/compare/compare-rows';
import { textContrasts } from './a11y-support';
import { expect, loadDataset, openExplorer, test } from './fixtures';

const { graph } = loadDataset();
const GOAL = 'rhia';

test('compares the best plan with an alternative and with another goal', async ({ page }) => {
  const result = planCareer(graph, { holds: ['high-school-diploma'] }, GOAL, {
    by: 'months',
    alternatives: 3,
  });
  if (result.kind !== 'plan' || result.plans.length < 2) throw new Error('rhia should have alternatives');
  const [best, second] = result.plans;
  await openExplorer(page, `./?goal=${GOAL}&holds=high-school-diploma`);
  const open = page.getByRole('button', { name: 'Compare' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Compare plans' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('thead th')).toHaveText(['Best plan', 'Plan 2']);
  const steps = dialog.locator('tr[data-row="steps"] td');
  await expect(steps.nth(0).locator('li')).toHaveText(
    best?.steps.map((s) => graph.getNodeAttribute(s.id, 'label')) ?? [],
  );
  await expect(steps.nth(1).locator('li')).toHaveText(
    second?.steps.map((s) => graph.getNodeAttribute(s.id, 'label')) ?? [],
  );
  const counts = [best?.totals.steps ?? 0, second?.totals.steps ?? 0];
  const fewer = (n: number) => counts[0] !== counts[1] && n === Math.min(...counts);
  await expect(dialog.locator('tr[data-row="count"] td')).toHaveText(
    counts.map((n) => (fewer(n) ? `${n} (fewer)` : String(n))),
  );

  await dialog.getByLabel('This goal against').check();
  await dialog.getByLabel('Other goal').selectOption('medical-coder');
  await expect(dialog.locator('thead th')).toHaveText([
    graph.getNodeAttribute(GOAL, 'label'),
    'Medical coder',
  ]);
  await expect(dialog.locator('tr[data-row="months"] td')).toHaveCount(2);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('stacks the plans, scrolls nothing sideways, and shows waits and caveats as the plan view does', async ({
    page,
  }) => {
    const holds = ['medical-biller'];
    const years = { 'medical-biller': 2 };
    const other = 'rhia';
    const otherResult = planCareer(graph, { holds, years }, other, { by: 'months', alternatives: 1 });
    if (otherResult.kind !== 'plan' || !otherResult.plans[0]) throw new Error('rhia should have a plan');
    const otherModel = presentPlan(graph, otherResult.plans[0], {
      goal: other,
      by: 'months',
      index: 0,
      holds,
    });
    expect(caveatLines(otherModel).length).toBeGreaterThan(0);

    test.setTimeout(120_000);
    await page.goto('./?goal=office-manager&holds=medical-biller&years=medical-biller:2');
    // Generous: on a busy machine the phone's first frame has taken over 10 s.
    await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible({ timeout: 60_000 });
    const planWaits = await page.locator('.plan .experience-wait').allTextContents();
    expect(planWaits.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Compare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare plans' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Other goal').selectOption(other);
    const cards = dialog.locator('.compare-card');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(1).locator('h3')).toHaveText(graph.getNodeAttribute(other, 'label'));

    // Waits: the plan view's lines, word for word; caveats: the plan model's for the other goal.
    await expect(cards.nth(0).locator('[data-row="waits"] li')).toHaveText(planWaits.map((t) => t.trim()));
    await expect(cards.nth(1).locator('[data-row="caveats"] li')).toHaveText(caveatLines(otherModel));

    // Stacked: the second plan starts below the first, both as wide as the dialog allows.
    const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    if (!a || !b) throw new Error('cards not laid out');
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(390);
    // Nothing scrolls sideways: not the dialog, not anything in it, not the page.
    const widths = await page.evaluate(() => {
      const d = document.querySelector('dialog.compare') as HTMLElement;
      // A scroll box that is too wide (text kept for screen readers in a 1 px box is not one).
      const inner = [...d.querySelectorAll<HTMLElement>('*')].filter(
        (el) =>
          el.clientWidth > 1 &&
          el.scrollWidth > el.clientWidth + 1 &&
          getComputedStyle(el).overflowX !== 'visible',
      );
      return {
        dialog: [d.scrollWidth, d.clientWidth],
        page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
        inner: inner.map((el) => el.className),
      };
    });
    expect(widths.dialog[0]).toBeLessThanOrEqual(widths.dialog[1] ?? 0);
    expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1] ?? 0);
    expect(widths.inner).toEqual([]);
    if (process.env.COMPARE_SCREENSHOT)
      await page.screenshot({ path: process.env.COMPARE_SCREENSHOT, fullPage: false });
  });
});

test('in the dark theme the compare card is dark and every text in it reads at 4.5:1', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // Cancer registrar from a diploma: no current salary, so the salary row is muted text.
  await openExplorer(page, './?goal=cancer-registrar&holds=high-school-diploma');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Compare' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare plans' });
  await expect(dialog.locator('thead th')).toHaveText(['Best plan', 'Plan 2']);
  const contrasts = await textContrasts(dialog, 'h2, legend, label, th, td, .muted');
  expect(contrasts.some((c) => c.text.startsWith('not known'))).toBe(true);
  for (const c of contrasts) {
    expect(c.ratio, c.text).toBeGreaterThanOrEqual(4.5);
    expect(c.darkBackground, c.text).toBe(true);
  }
});
