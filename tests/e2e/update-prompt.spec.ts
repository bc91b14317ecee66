// A new version deployed while the app is open: the service worker finds it, the page says so in a
// labelled panel, and "Reload to update" reloads into it. The deployment is simulated by changing
// the served sw.js (restored afterwards), as a real deployment of new code changes it.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, openExplorer, test } from './fixtures';

// Where playwright.config.ts builds the site it serves.
const SERVED_SW = 'dist/e2e/sw.js';

test('a new version shows an update prompt, and reloading switches to it', async ({ page }) => {
  // Several page loads (and a service worker install): a budget of its own on a busy machine.
  test.setTimeout(60_000);
  await openExplorer(page, './?goal=rhia&holds=high-school-diploma');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // A returning visitor: the page is controlled by the installed version.
  await page.reload();
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  expect(oldWorker).not.toBeNull();
  await expect(page.getByRole('complementary', { name: /new version/ })).toHaveCount(0);

  const original = readFileSync(SERVED_SW, 'utf8');
  try {
    appendFileSync(SERVED_SW, `\n// deployed ${Date.now()}\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('complementary', {
      name: 'A new version of Career Path Explorer is ready.',
    });
    await expect(prompt).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(1);

    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
    // The page is now controlled by the new worker, and the view (from the link) is kept.
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
    );
    expect(waiting).toBeNull();
    await expect(page.getByLabel('Goal', { exact: true })).toHaveValue('rhia');
    await expect(page.getByRole('complementary', { name: /new version/ })).toHaveCount(0);
  } finally {
    writeFileSync(SERVED_SW, original);
  }
});
