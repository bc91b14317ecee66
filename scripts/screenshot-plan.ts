// Photographs the health information privacy officer plan on the graph (from a high-school
// diploma) at 1280×800 and 1024×768, and in Present mode, to check that the plan's callouts never
// pile up or cover a control. `npm run screenshot:plan [-- --url http://host/] [-- --out dir]`.

import { chromium } from '@playwright/test';
import { CHROMIUM, serveBuild, urlArgument } from './serve-build';

const QUERY = '?goal=privacy-officer&holds=high-school-diploma';

const outArg = process.argv.indexOf('--out');
const OUT = outArg >= 0 ? (process.argv[outArg + 1] ?? 'docs') : 'docs';

const SHOTS = [
  { file: `${OUT}/plan-privacy-officer.png`, viewport: { width: 1280, height: 800 }, present: false },
  { file: `${OUT}/plan-privacy-officer-1024.png`, viewport: { width: 1024, height: 768 }, present: false },
  { file: `${OUT}/plan-privacy-officer-present.png`, viewport: { width: 1024, height: 768 }, present: true },
] as const;

const site = await serveBuild(urlArgument(process.argv));
const browser = await chromium.launch(CHROMIUM);
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: shot.viewport,
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    await page.goto(new URL(QUERY, site.url).href);
    await page.locator('.graph-canvas[data-ready="true"]').waitFor();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor({ state: 'attached' });
    if (shot.present) {
      await page
        .getByRole('button', { name: /present/i })
        .first()
        .click();
      await page.locator('[role="dialog"]').waitFor();
    }
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(800);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file} (${shot.viewport.width}×${shot.viewport.height})`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
