// Builds the site into its own folder and serves it on a free local port, for the scripts that
// photograph it (screenshot, handout example) or time it (bench:browser, bench:open, in "e2e" mode
// so `window.cy` is there). Pass a URL to use a served build. Callers must `close()` it: an open
// preview server keeps Node running after the script's last line.

import { build, preview } from 'vite';

export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Vite mode: "production" (default) or "e2e" (test hooks such as `window.cy` kept). */
  mode?: 'production' | 'e2e';
  /** Each script its own folder, so two scripts run at once never empty each other's build. */
  outDir?: string;
}

/** `existing` (e.g. `--url http://127.0.0.1:4173/`) skips the build and uses that server. */
export async function serveBuild(existing?: string, options: ServeOptions = {}): Promise<ServedSite> {
  if (existing) return { url: existing.endsWith('/') ? existing : `${existing}/`, close: async () => {} };
  const { mode = 'production', outDir = 'dist/docs-images' } = options;
  await build({ mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    mode,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('serve-build: vite preview gave no local address');
  }
  return { url, close: () => server.close() };
}

/** The value after `--url` on the command line, if any. */
export function urlArgument(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--url');
  return i >= 0 ? argv[i + 1] : undefined;
}

export { CHROMIUM } from './chromium';
