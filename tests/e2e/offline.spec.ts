// Offline after one visit: the service worker precaches the app and its dataset, so a reload with
// the network off opens the explorer and plans; nothing is requested from another origin.
import { expect, openExplorer, test } from './fixtures';

test('after one visit, a reload with the network off opens the app and plans', async ({
  page,
  context,
  guards,
}) => {
  // Several page loads (and a service worker install): a budget of its own on a busy machine.
  test.setTimeout(60_000);
  await openExplorer(page);
  // Installed and activated: every precached file is in the cache by then.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).origin).toBe(new URL(page.url()).origin);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // The network is really off: a file the service worker has not cached cannot be fetched.
  const uncached = await page.evaluate(() =>
    fetch(`./not-cached-${Date.now()}.txt`).then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');
  // Chromium logs that failed fetch as a console error: expected here, and the only one.
  expect(guards.consoleErrors).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
  guards.consoleErrors.length = 0;

  // A shared link with a goal, opened offline: the app shell, code and dataset come from the cache.
  await page.goto('./?goal=rhia&holds=high-school-diploma');
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.plan .steps > li').first()).toBeVisible();

  // And a new question, planned offline.
  await page.getByLabel('Goal', { exact: true }).selectOption('medical-coder');
  await expect(page.locator('.plan .steps > li').first()).toBeVisible();
  await expect(page.locator('.plan')).toContainText('Medical coder');
  await context.setOffline(false);
});
