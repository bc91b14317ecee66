// The whole plan flow by keyboard alone (issue 13): a held role with years, region, goal,
// objective, an alternative, a step's details, compare, present and leave, export. At every Tab
// stop on the way focus is checked: in the page, not covered by anything, showing its ring.
import type { Page } from '@playwright/test';
import { expectFocusVisible, tabTo } from './a11y-support';
import { expect, idsWithClass, openExplorer, test } from './fixtures';

const MANAGER = 'medical-and-health-services-manager';

async function wholeFlow(page: Page): Promise<void> {
  await openExplorer(page);

  // What I have: choose it by typing, Add, and focus goes to its years.
  const have = page.getByLabel('I already have');
  await tabTo(page, have);
  await page.keyboard.type('Medical records');
  await expect(have).toHaveValue('medical-records-technician');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const years = page.getByLabel('Years as Medical records technician');
  await expect(years).toBeFocused();
  await expectFocusVisible(page, 'years after Add');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await expect(years).toHaveValue('2');

  const region = page.getByLabel('Region');
  await tabTo(page, region);
  await page.keyboard.type('NJ');
  await expect(region).toHaveValue('NJ');

  const goal = page.getByLabel('Goal', { exact: true });
  await tabTo(page, goal);
  await page.keyboard.type('Medical and health');
  await expect(goal).toHaveValue(MANAGER);
  await expect(page.locator('.plan .steps > li').first()).toBeVisible();

  await tabTo(page, page.getByRole('radio', { name: 'Fastest' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Cheapest' })).toBeChecked();
  await expectFocusVisible(page, 'objective');

  // An alternative: the plan's tabs move with the arrow keys.
  const tabs = page.getByRole('tab');
  expect(await tabs.count()).toBeGreaterThan(1);
  await tabTo(page, tabs.first());
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expectFocusVisible(page, 'second plan tab');
  const lit = await idsWithClass(page, 'in-plan');
  expect(lit.length).toBeGreaterThan(0);

  // A step's details take focus; Esc gives it back to the step.
  const step = page.locator('.plan .steps > li button.link:not(.mark-done)').first();
  await tabTo(page, step);
  const stepName = (await step.textContent()) ?? '';
  await page.keyboard.press('Enter');
  const heading = page.locator('.details h2');
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(stepName);
  await expectFocusVisible(page, 'details heading');
  await tabTo(
    page,
    page.locator('.details').getByRole('button', { name: /Make this my goal|This is your goal/ }),
  );
  await page.keyboard.press('Escape');
  await expect(page.locator('.details')).toHaveCount(0);
  await expect(step).toBeFocused();
  await expectFocusVisible(page, 'step after closing details');

  // Compare: opens with focus inside, the choice changes by arrow keys, Esc returns to the button.
  const compareButton = page.getByRole('button', { name: 'Compare' });
  await tabTo(page, compareButton, { back: true });
  await page.keyboard.press('Enter');
  const compare = page.getByRole('dialog', { name: 'Compare plans' });
  await expect(compare).toBeVisible();
  await expectFocusVisible(page, 'compare opened');
  await tabTo(page, compare.getByRole('radio', { name: 'Best plan against' }));
  await page.keyboard.press('ArrowDown');
  await expect(compare.getByRole('radio', { name: 'This goal against' })).toBeChecked();
  // Two plans: side by side in a table, or stacked as cards on a phone.
  await expect(compare.locator('thead th, .compare-card h3')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(compare).toHaveCount(0);
  await expect(compareButton).toBeFocused();

  // Present: a step forward, then leave with Space on the Leave button.
  const presentButton = page.getByRole('button', { name: 'Present' });
  await tabTo(page, presentButton, { back: true });
  await page.keyboard.press('Enter');
  const presentation = page.locator('dialog.presentation');
  await expect(presentation).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presentation.locator('.presentation-counter')).toHaveText(/^Step 1 of/);
  await tabTo(page, presentation.getByRole('button', { name: 'Leave presentation (Esc)' }));
  await page.keyboard.press('Space');
  await expect(presentation).toHaveCount(0);
  await expect(presentButton).toBeFocused();
  await expectFocusVisible(page, 'after the presentation');

  // Export: Enter on Export SVG saves the file and says so.
  await tabTo(page, page.getByRole('button', { name: 'Export SVG' }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`career-graph-${MANAGER}.svg`);
  await expect(page.locator('.toolbar-status')).toHaveText(`Saved career-graph-${MANAGER}.svg.`);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the whole plan flow by keyboard alone, focus visible and uncovered at every stop (${size.width}×${size.height})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await wholeFlow(page);
  });
}
