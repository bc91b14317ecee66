// Vite plugin: a <link rel="preload"> for the built-in dataset's hashed asset, so the browser
// fetches it beside the code instead of after the code has started (src/data/builtin.ts fetches it).
import type { Plugin } from 'vite';

export function preloadDataset(name = 'health-information'): Plugin {
  return {
    name: 'career-path:preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const asset = Object.keys(ctx.bundle ?? {}).find(
          (f) => f.endsWith('.json') && f.split('/').pop()?.startsWith(`${name}-`),
        );
        // Inlined (the single-file build reads it from a data: URL): nothing to preload.
        if (!asset) return html;
        // `crossorigin` matches fetch()'s default (cors, same-origin credentials) so the preload is used.
        return {
          html,
          tags: [
            {
              tag: 'link',
              attrs: { rel: 'preload', href: `./${asset}`, as: 'fetch', crossorigin: '' },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
