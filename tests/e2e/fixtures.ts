// Shared browser-test setup: every test fails on a console error or on any request that leaves
// the site's own origin (such requests are blocked as well as reported).
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { parseCareerGraph } from '../../src/data/load';
import type { CareerGraph } from '../../src/domain/career-graph';
import type { CareerGraphFile } from '../../src/domain/types';

export const DATASET_PATH = 'graph-data/health-information.json';

export function loadDataset(): { file: CareerGraphFile; graph: CareerGraph } {
  const result = parseCareerGraph(readFileSync(DATASET_PATH, 'utf8'), DATASET_PATH);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

interface Guards {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const guards: Guards = { consoleErrors: [], foreignRequests: [] };
      page.on('console', (m) => {
        if (m.type() === 'error') guards.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => guards.consoleErrors.push(`pageerror: ${e.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
          return route.continue();
        }
        guards.foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      await use(guards);
      expect(guards.consoleErrors, 'console errors').toEqual([]);
      expect(guards.foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the explorer and waits until the graph is laid out. */
export async function openExplorer(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  // Generous: on a loaded machine the first frame takes 5 s or more (measured 2026-12-01).
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
}

/** Ids of the nodes that carry a class on the canvas, sorted. */
export function idsWithClass(page: Page, cls: string): Promise<string[]> {
  return page.evaluate((c) => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing: is this the e2e build?');
    return cy
      .nodes(`.${c}`)
      .map((n) => n.id())
      .sort();
  }, cls);
}

export async function addHeld(page: Page, id: string): Promise<void> {
  await page.getByLabel('I already have').selectOption(id);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}
