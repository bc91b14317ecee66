// Share links in a real browser: state → address → a fresh browser → the same state; "Copy link";
// a bad link names what it ignored and the rest works; a stored situation is never lost to a link.
import { planCareer } from '../../src/domain/planner';
import { STORAGE_KEY } from '../../src/state/persist';
import { addHeld, expect, idsWithClass, loadDataset, openExplorer, test } from './fixtures';

const { graph } = loadDataset();
const MANAGER = 'medical-and-health-services-manager';
const RECORDS = 'medical-records-technician';

test('link round trip: the address restores the same view in a fresh browser', async ({ page, browser }) => {
  await openExplorer(page);
  await addHeld(page, 'high-school-diploma');
  await addHeld(page, RECORDS);
  await page.getByLabel('Years as Medical records technician').fill('2');
  await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);
  await page.getByRole('radio', { name: 'Cheapest' }).check();
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('rhia');
  await search.press('Enter');

  const query = `?goal=${MANAGER}&holds=high-school-diploma,${RECORDS}&years=${RECORDS}:2&by=cost&node=rhia`;
  await expect.poll(() => new URL(page.url()).search).toBe(query);
  const history = await page.evaluate(() => window.history.length);
  const steps = await page.locator('.plan .steps > li').allInnerTexts();
  expect(steps.length).toBeGreaterThan(0);

  // A fresh context has no stored situation: everything comes from the address.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  // A fresh browser loads and draws the graph from nothing: generous on a loaded machine.
  await expect(other.locator('.graph-canvas[data-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await expect(other.getByLabel('Goal', { exact: true })).toHaveValue(MANAGER);
  await expect(other.locator('.plan .steps > li')).toHaveCount(steps.length);
  expect(await other.locator('.plan .steps > li').allInnerTexts()).toEqual(steps);
  expect(await idsWithClass(other, 'selected')).toEqual(['rhia']);
  expect(await idsWithClass(other, 'held')).toEqual(['high-school-diploma', RECORDS]);
  await expect(other.getByLabel('Years as Medical records technician')).toHaveValue('2');
  expect(new URL(other.url()).search).toBe(query);
  await expect(other.locator('.notice')).toHaveCount(0);
  await fresh.close();

  // Changes rewrite the address without adding history entries.
  expect(await page.evaluate(() => window.history.length)).toBe(history);
});

test('"Copy link" puts the address on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? '').origin,
  });
  await openExplorer(page, `./?goal=rhia&holds=high-school-diploma`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).search).toBe('?goal=rhia&holds=high-school-diploma');
});

test('the skip link moves focus without "#situation" in the address or the copied link', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? '').origin,
  });
  await openExplorer(page, `./?goal=rhia&holds=high-school-diploma`);
  const history = await page.evaluate(() => window.history.length);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to your situation and goal' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#situation')).toBeFocused();
  // The next Tab goes on from the situation panel, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('#situation') !== null)).toBe(true);
  expect(new URL(page.url()).hash).toBe('');
  expect(await page.evaluate(() => window.history.length)).toBe(history);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).not.toContain('#');
  expect(new URL(copied).search).toBe('?goal=rhia&holds=high-school-diploma');
});

test('a bad link names what it ignored and the rest still works', async ({ page }) => {
  await openExplorer(
    page,
    './?goal=astronaut&holds=high-school-diploma,wizard&by=fastest&region=nj&node=rhia',
  );
  const notice = page.locator('.notice').filter({ hasText: 'This link had parts that could not be used' });
  await expect(notice).toBeVisible();
  for (const part of ['by "fastest"', 'region "nj"', 'holds "wizard"', 'goal "astronaut"']) {
    await expect(notice).toContainText(part);
  }
  expect(await idsWithClass(page, 'held')).toEqual(['high-school-diploma']);
  expect(await idsWithClass(page, 'selected')).toEqual(['rhia']);
  await expect.poll(() => new URL(page.url()).search).toBe('?holds=high-school-diploma&node=rhia');

  // The rest works: choose a goal and get a plan.
  await page.getByLabel('Goal', { exact: true }).selectOption('rhia');
  const expected = planCareer(graph, { holds: ['high-school-diploma'] }, 'rhia', { by: 'months' });
  if (expected.kind !== 'plan') throw new Error('rhia should be reachable');
  await expect(page.locator('.plan .steps > li')).toHaveCount(expected.plans[0]?.steps.length ?? -1);
});

test('a link never loses the stored situation: "Back to my saved situation" restores it', async ({
  page,
}) => {
  await openExplorer(page);
  await addHeld(page, 'high-school-diploma');
  await page.getByLabel('Goal', { exact: true }).selectOption('medical-coder');
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))
    .toContain('medical-coder');

  await openExplorer(page, './?goal=rhia');
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue('rhia');
  await expect(page.locator('.notice').filter({ hasText: 'Your own saved situation is kept' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to my saved situation' }).click();
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue('medical-coder');
  expect(await idsWithClass(page, 'held')).toEqual(['high-school-diploma']);
  await expect.poll(() => new URL(page.url()).search).toBe('?goal=medical-coder&holds=high-school-diploma');
  await expect(page.getByRole('button', { name: 'Back to my saved situation' })).toHaveCount(0);
});
