// `npm run build:single`: one self-contained HTML file that opens from file:// (a USB stick), draws
// the graph and plans, under a policy that allows only its own hashed inline script.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { metaPolicy, watchCsp } from './csp-check';

let outDir = '';

test.beforeAll(() => {
  // A whole production build inside the hook: its own budget, not the 30 s of one test.
  test.setTimeout(150_000);
  outDir = mkdtempSync(join(tmpdir(), 'career-single-'));
  // The same build as `npm run build:single`, into a folder of its own.
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, SINGLE_FILE: '1' },
    stdio: 'inherit',
    timeout: 120_000,
  });
});

test.afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('opens from file://, draws the graph and plans, with nothing loaded from elsewhere', async ({
  page,
}) => {
  test.setTimeout(60_000);
  expect(readdirSync(outDir)).toEqual(['index.html']);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const csp = await watchCsp(page);

  const url = pathToFileURL(join(outDir, 'index.html')).href;
  await page.goto(url);
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await page.getByLabel('Goal', { exact: true }).selectOption('rhia');
  await expect(page.locator('.plan .steps > li').first()).toBeVisible();
  await expect(page.locator('.plan')).toContainText('Registered Health Information Administrator');

  // Scripts: only the inline module, by its hash; no 'self' (meaningless on file://), no unsafe-*.
  const policy = await metaPolicy(page);
  const scripts = policy.get('script-src') ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(true);
  expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);

  expect(await csp.violations()).toEqual([]);
  expect(errors).toEqual([]);
  // The page itself, then only data: URLs (the dataset and the favicon are inside the file).
  expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
});
