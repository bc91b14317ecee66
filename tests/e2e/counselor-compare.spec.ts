// Compare: the best plan against an alternative, then this goal against another goal.
import { planCareer } from '../../src/domain/planner';
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
