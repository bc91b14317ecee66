// Vite config: relative base so the built site works from any sub-path; a Content-Security-Policy
// meta in every build; a service worker for offline use; SINGLE_FILE=1 (npm run build:single)
// makes one self-contained HTML file instead. Tests have their own config (vitest.config.ts).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { chunkModules } from './scripts/vite/chunk-modules.ts';
import { contentSecurityPolicy } from './scripts/vite/content-security-policy.ts';
import { firstLoadChunk } from './scripts/vite/first-load-chunk.ts';
import { preloadDataset } from './scripts/vite/preload-dataset.ts';
import { inlineFavicon } from './scripts/vite/single-file.ts';

// A production build (mode stays "production": no test hooks), as one file.
const single = process.env.SINGLE_FILE === '1';

export default defineConfig({
  base: './',
  // The one file starts no workers: their module is swapped for one that says so.
  resolve: single
    ? {
        alias: [
          {
            find: /^(.*)\/app-workers$/,
            replacement: fileURLToPath(new URL('./src/view/app-workers.single.ts', import.meta.url)),
          },
        ],
      }
    : {},
  plugins: [
    react(),
    ...(single ? [viteSingleFile(), inlineFavicon()] : []),
    VitePWA({
      // The single file opens from disk, where no service worker can run.
      disable: single,
      registerType: 'prompt',
      // Registered from the app's code (src/view/offline), never by an inline script.
      injectRegister: false,
      manifest: {
        name: 'Career Path Explorer',
        short_name: 'Career Paths',
        description:
          'Explore careers as a lattice of roles, programs and credentials, and plan the steps to a goal.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f71',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
        // Shared links carry the view in the query: any navigation gets the app shell.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    preloadDataset(),
    ...(single ? [] : [firstLoadChunk()]),
    contentSecurityPolicy({ single }),
    // npm run size: which modules each chunk holds, for its first-load checks.
    ...(process.env.CHUNK_MODULES === '1' ? [chunkModules()] : []),
  ],
  // The single file needs nothing from public/ (its favicon is inlined).
  publicDir: single ? false : 'public',
  build: single
    ? { outDir: 'dist/single', sourcemap: false }
    : { sourcemap: false, chunkSizeWarningLimit: 1200 },
});
