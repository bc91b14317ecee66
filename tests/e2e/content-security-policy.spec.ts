// The built page's Content-Security-Policy: strict for scripts, and no violation reported while
// every view is used (graph, text, a plan, compare, present, print handout, export PNG and SVG).

import { metaPolicy, watchCsp } from './csp-check';
import { expect, openExplorer, test } from './fixtures';

declare global {
  interface Window {
    __printed?: { handoutInPage: boolean }[];
  }
}

test('the page carries a strict policy in a meta tag', async ({ page }) => {
  await openExplorer(page);
  const policy = await metaPolicy(page);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  const all = [...policy.values()].flat();
  expect(all).not.toContain("'unsafe-inline'");
  expect(all).not.toContain("'unsafe-eval'");
  expect(all).not.toContain('*');
  // Styles: the site's own files and the hash of Cytoscape's one fixed <style> element.
  expect(policy.get('style-src')?.[0]).toBe("'self'");
  expect(
    policy
      .get('style-src')
      ?.slice(1)
      .every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
  ).toBe(true);
});

test('reports a violation when a script is injected (the watch works)', async ({ page, guards }) => {
  const csp = await watchCsp(page);
  await openExplorer(page);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.body.appendChild(s);
  });
  await expect.poll(async () => (await csp.violations()).some((v) => v.startsWith('script-src'))).toBe(true);
  expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
  // The browser also logs the blocked script as a console error: expected here, not a failure.
  guards.consoleErrors.length = 0;
});

test('no violation while using every view', async ({ page }) => {
  // Every view in turn: a budget of its own on a busy machine.
  test.setTimeout(60_000);
  const csp = await watchCsp(page);
  // Print: record whether the handout was in the page when the dialog would open.
  await page.addInitScript(() => {
    window.__printed = [];
    window.print = () => {
      window.__printed?.push({ handoutInPage: document.querySelector('.handout-root .handout') !== null });
    };
  });
  await openExplorer(page, './?goal=rhia&holds=high-school-diploma');
  await expect(page.locator('.plan .steps > li').first()).toBeVisible();

  // Select a node on the canvas, read its details, then close them.
  await page.evaluate(() => {
    window.cy?.getElementById('rhit').emit('tap');
  });
  await expect(page.locator('.details h2').first()).toBeVisible();
  await page.keyboard.press('Escape');

  // Search.
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('coder');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await search.press('Escape');

  // Text view and back.
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  await expect(page.locator('#text-view')).toBeVisible();
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();

  // Compare.
  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare plans' });
  await expect(compare).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();

  // Present.
  await page.getByRole('button', { name: 'Present' }).click();
  const present = page.getByRole('dialog', { name: /^Path to / });
  await expect(present).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(present).toBeHidden();

  // Print handout: the button waits for the handout before opening the print dialog.
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toEqual([{ handoutInPage: true }]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: 'Printable handout' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Export PNG and SVG.
  for (const name of ['Export PNG', 'Export SVG']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^career-graph-rhia\.(png|svg)$/);
  }

  expect(await csp.violations()).toEqual([]);
});
