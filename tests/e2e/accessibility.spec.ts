// Accessibility in the browser: the situation-to-plan flow works with the keyboard alone, and the
// graph takes keys. (axe in every state: accessibility-axe.spec.ts; focus: accessibility-focus.)
import type { Page } from '@playwright/test';
import { planCareer } from '../../src/domain/planner';
import { plannedSituation } from '../../src/state/planned-situation';
import { expect, idsWithClass, loadDataset, openExplorer, test } from './fixtures';

const { graph } = loadDataset();
const MANAGER = 'medical-and-health-services-manager';

/** Presses Tab until the focused element is `target` (at most `limit` presses). */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test('the whole flow with the keyboard alone: situation, goal, objective, reading the plan', async ({
  page,
}) => {
  // Asked as the app asks: holding the role counts its diploma as done.
  const situation = plannedSituation(graph, {
    holds: ['medical-records-technician'],
    years: { 'medical-records-technician': 2 },
  }).situation;
  const fastest = planCareer(graph, situation, MANAGER, { by: 'months', alternatives: 3 });
  const cheapest = planCareer(graph, situation, MANAGER, { by: 'cost', alternatives: 3 });
  if (fastest.kind !== 'plan' || cheapest.kind !== 'plan') throw new Error('expected plans');

  await openExplorer(page);
  const have = page.getByLabel('I already have');
  await tabTo(page, have);
  await page.keyboard.type('Medical records');
  await expect(have).toHaveValue('medical-records-technician');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const years = page.getByLabel('Years as Medical records technician');
  await tabTo(page, years);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await expect(years).toHaveValue('2');

  const goal = page.getByLabel('Goal', { exact: true });
  await tabTo(page, goal);
  await page.keyboard.type('Medical and health');
  await expect(goal).toHaveValue(MANAGER);
  await expect
    .poll(() => idsWithClass(page, 'in-plan'))
    .toEqual(fastest.plans[0]?.steps.map((s) => s.id).sort());

  const fastestRadio = page.getByRole('radio', { name: 'Fastest' });
  await tabTo(page, fastestRadio);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Cheapest' })).toBeChecked();
  await expect
    .poll(() => idsWithClass(page, 'in-plan'))
    .toEqual(cheapest.plans[0]?.steps.map((s) => s.id).sort());

  // Reading the plan: the tabs move with arrow keys, and the steps are reachable buttons.
  const firstTab = page.getByRole('tab').first();
  if (cheapest.plans.length > 1) {
    await tabTo(page, firstTab);
    await page.keyboard.press('ArrowRight');
    const second = page.getByRole('tab').nth(1);
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect
      .poll(() => idsWithClass(page, 'in-plan'))
      .toEqual(cheapest.plans[1]?.steps.map((s) => s.id).sort());
  }
  const firstStep = page.locator('.plan .steps > li button.link:not(.mark-done)').first();
  await tabTo(page, firstStep);
  await page.keyboard.press('Enter');
  await expect(page.locator('.details h2')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.details')).toHaveCount(0);
});

test('the graph takes keys: an arrow starts at the first node, → moves to a node it leads to, Escape clears', async ({
  page,
}) => {
  await openExplorer(page);
  await page.locator('.graph-canvas').focus();
  await page.keyboard.press('ArrowDown');
  const first = await idsWithClass(page, 'selected');
  expect(first).toHaveLength(1);
  await page.keyboard.press('ArrowRight');
  const next = await idsWithClass(page, 'selected');
  expect(next).toHaveLength(1);
  const firstId = first[0] ?? '';
  expect(graph.outNeighbors(firstId)).toContain(next[0]);
  await expect(page.locator('.details h2')).toHaveText(graph.getNodeAttribute(next[0] ?? '', 'label'));
  await page.keyboard.press('Escape');
  expect(await idsWithClass(page, 'selected')).toEqual([]);
});
