// Opening a big career graph file in a browser test, one way for every spec: through the e2e
// build's window.__openGraphFile (e2e-graph-hook.ts: the same parse, validation and store as a
// person's file), checked to load without problems, then waited for until it is drawn.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Hands `text` to the app as the file `name`; fails the test on any problem the app names. */
export async function openGraphFile(page: Page, text: string, name: string): Promise<void> {
  const problems = await page.evaluate(
    ({ text, name }) => window.__openGraphFile?.(text, name) ?? ['no hook (not an e2e build?)'],
    { text, name },
  );
  expect(problems).toEqual([]);
}

/** Waits until the graph shown is laid out and drawn (generous: a loaded 2-core machine). */
export async function graphDrawn(page: Page, timeout = 180_000): Promise<void> {
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible({ timeout });
}

/** The explorer opened, then the file `name` opened in it and drawn. */
export async function openBigGraph(page: Page, text: string, name: string): Promise<void> {
  await page.goto('./');
  await graphDrawn(page, 60_000);
  await openGraphFile(page, text, name);
  await graphDrawn(page);
}
