// Browser tests against a test build of the site (mode "e2e": exposes window.cy), served by
// `vite preview` on a fixed local port, in Debian's Chromium (never a downloaded browser).
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM } from './scripts/chromium';

// E2E_PORT lets several checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: `npx vite build --mode e2e --outDir dist/e2e --emptyOutDir --logLevel warn && npx vite preview --outDir dist/e2e --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    // The build includes the service worker (workbox), which takes several seconds on a busy machine.
    timeout: 180_000,
  },
});
