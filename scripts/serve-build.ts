// Builds the site (production mode) into its own folder and serves it on a free local port, for
// the scripts that photograph it (screenshot, handout example). Pass a URL to use a served build.

import { build, preview } from 'vite';

export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

/** `existing` (e.g. `--url http://127.0.0.1:4173/`) skips the build and uses that server. */
export async function serveBuild(existing?: string): Promise<ServedSite> {
  if (existing) return { url: existing.endsWith('/') ? existing : `${existing}/`, close: async () => {} };
  const outDir = 'dist/docs-images';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
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
