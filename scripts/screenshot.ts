// Photographs the explorer for the README: a medical records technician (2 yr) planning to become
// a medical and health services manager, at 1280×800 (docs/screenshot.png) and 390×844
// (docs/screenshot-phone.png). `npm run screenshot [-- --url http://host/]` (default: builds and serves).

import { chromium } from '@playwright/test';
import { CHROMIUM, serveBuild, urlArgument } from './serve-build';

const QUERY =
  '?goal=medical-and-health-services-manager&holds=high-school-diploma,medical-records-technician' +
  '&years=medical-records-technician:2';

const SHOTS = [
  { file: 'docs/screenshot.png', viewport: { width: 1280, height: 800 }, mobile: false },
  { file: 'docs/screenshot-phone.png', viewport: { width: 390, height: 844 }, mobile: true },
] as const;

const site = await serveBuild(urlArgument(process.argv));
const browser = await chromium.launch(CHROMIUM);
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: shot.viewport,
      deviceScaleFactor: 1,
      isMobile: shot.mobile,
      hasTouch: shot.mobile,
      reducedMotion: 'reduce',
    });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(new URL(QUERY, site.url).href);
    await page.locator('.graph-canvas[data-ready="true"]').waitFor();
    await page.getByRole('heading', { name: 'Your plan' }).waitFor({ state: 'attached' });
    // Fonts and the canvas's first frames settle before the picture is taken.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(600);
    await page.screenshot({ path: shot.file });
    if (errors.length) throw new Error(`screenshot: console errors on ${shot.file}:\n${errors.join('\n')}`);
    console.log(`wrote ${shot.file} (${shot.viewport.width}×${shot.viewport.height})`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
