// Prints the handout the way a counsellor would (the app's print stylesheet, headless Chromium) to
// docs/handout-example.pdf (A4) and its page as docs/handout-example.png (pdftoppm, 100 dpi);
// checks that A4 and Letter are both one page. `npm run handout-example [-- --url http://host/]`.

import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM, serveBuild, urlArgument } from './serve-build';

const QUERY =
  '?goal=medical-and-health-services-manager&holds=high-school-diploma,medical-biller&years=medical-biller:1';
const PDF = 'docs/handout-example.pdf';

/** Pages in a PDF: page objects are `/Type /Page` (the tree nodes are `/Type /Pages`). */
const countPages = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

const site = await serveBuild(urlArgument(process.argv));
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(new URL(QUERY, site.url).href);
  await page.locator('.graph-canvas[data-ready="true"]').waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.locator('.handout .path-diagram').waitFor();
  const letter = await page.pdf({ format: 'Letter', printBackground: true });
  const a4 = await page.pdf({ format: 'A4', printBackground: true, path: PDF });
  const pages = { A4: countPages(a4), Letter: countPages(letter) };
  if (pages.A4 !== 1 || pages.Letter !== 1)
    throw new Error(`handout-example: expected one page each, got ${JSON.stringify(pages)}`);
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', PDF, 'docs/handout-example']);
  console.log(`wrote ${PDF} and docs/handout-example.png (A4 ${pages.A4} page, Letter ${pages.Letter} page)`);
} finally {
  await browser.close();
  await site.close();
}
