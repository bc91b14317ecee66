// axe-core with every WCAG 2.2 A/AA rule and best practice, violations of any impact, in every
// state of the app (issue 13), at 1280×800, 390×844 and 320×640: one page per size, reused.
import type { Page } from '@playwright/test';
import { axeViolations } from './a11y-support';
import { addHeld, expect, openExplorer, test } from './fixtures';

const MANAGER = 'medical-and-health-services-manager';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

/** Runs axe in each state and returns the violations found, by state. */
async function scanStates(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const scan = async (state: string) => {
    found[state] = await axeViolations(page);
  };
  await openExplorer(page);
  await scan('first load');

  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('coder');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await scan('search with matches');
  await search.fill('zzzz');
  await expect(page.locator('.search [role="status"]')).toHaveText('No match');
  await scan('search without a match');
  await search.press('Escape');

  await page.locator('.graph-canvas').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.details h2')).toBeVisible();
  await scan('a node selected');
  await page.getByRole('button', { name: 'Keys' }).click();
  await expect(page.locator('.keys-help-panel')).toBeVisible();
  await scan('graph keys help open');
  await page.getByRole('button', { name: 'Close keys' }).click();
  await page.getByRole('button', { name: 'Close details' }).click();

  await addHeld(page, 'medical-records-technician');
  await page.getByLabel('Years as Medical records technician').fill('2');
  await page.getByLabel('Region').selectOption('NJ');
  await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);
  await expect(page.getByRole('tab')).not.toHaveCount(0);
  expect(await page.getByRole('tab').count()).toBeGreaterThan(1);
  await page.getByRole('tab').nth(1).click();
  await scan('a plan with alternatives');
  await page.locator('.plan .steps button').first().click();
  await expect(page.locator('.details h2')).toBeVisible();
  await scan('a plan step selected');

  await page.getByRole('button', { name: 'Text', exact: true }).click();
  await expect(page.locator('#text-view')).toBeVisible();
  await scan('text view with details');
  await page.getByRole('button', { name: 'Close details' }).click();
  await scan('text view');
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();

  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare plans' });
  await expect(compare).toBeVisible();
  await scan('compare: an alternative');
  await compare.getByRole('radio', { name: 'This goal against' }).check();
  await scan('compare: another goal');
  await page.keyboard.press('Escape');
  await expect(compare).toHaveCount(0);

  await page.getByRole('button', { name: 'Present' }).click();
  const present = page.locator('dialog.presentation');
  await expect(present).toBeVisible();
  await scan('presentation: overview');
  await page.keyboard.press('ArrowRight');
  await scan('presentation: a step');
  await page.keyboard.press('Escape');
  await expect(present).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await scan('print handout');
  await page.emulateMedia({ media: 'screen' });
  return found;
}

for (const size of SIZES) {
  test(`axe finds nothing, of any impact, in any state at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const found = await scanStates(page);
    const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
    expect(Object.keys(found)).toHaveLength(14);
    expect(failing).toEqual({});
  });
}
