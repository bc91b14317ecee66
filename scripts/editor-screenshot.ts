// Photographs the graph editor for the README (docs/editor.png, 1440×1000): a small graph opened
// with "Open a graph file", its coder node's requirement being edited (text and builder).
// `npx tsx scripts/editor-screenshot.ts`.

import { chromium } from '@playwright/test';
import { CHROMIUM, serveBuild, urlArgument } from './serve-build';

const site = await serveBuild(urlArgument(process.argv));
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 1000 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(site.url);
  await page.locator('.graph-canvas[data-ready="true"]').waitFor();
  await page.getByLabel('Open a graph file').setInputFiles('tests/fixtures/valid-small.json');
  await page.waitForURL(/graph=own-small-lattice/);
  await page.locator('.graph-canvas[data-ready="true"]').waitFor();
  await page.getByLabel('I already have').selectOption('diploma');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByLabel('Goal', { exact: true }).selectOption('coder');
  await page.getByRole('button', { name: 'Edit this graph' }).click();
  const editor = page.getByRole('region', { name: 'Graph editor' });
  await editor.getByRole('button', { name: /Medical coder/ }).click();
  await editor.getByLabel('Requires', { exact: true }).fill('associate or nosuch-degree');
  // The Requires text, its message and the requirement builder below it in sight.
  await editor.locator('.editor-main').evaluate((main) => {
    const field = main.querySelector('.editor-wide');
    if (field) main.scrollTop += field.getBoundingClientRect().top - main.getBoundingClientRect().top;
  });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'docs/editor.png' });
  if (errors.length) throw new Error(`editor-screenshot: console errors:\n${errors.join('\n')}`);
  console.log('wrote docs/editor.png (1440×1000)');
} finally {
  await browser.close();
  await site.close();
}
