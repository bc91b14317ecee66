// Vite plugin: a <link rel="modulepreload"> for the chunk holding the default built-in dataset (a
// dynamic import in src/data/builtin.ts), so the browser fetches it beside the code, not after it.
import type { Plugin } from 'vite';

export function preloadDataset(file = 'graph-data/health-information.json'): Plugin {
  return {
    name: 'career-path:preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.includes(`${file}?raw`),
        );
        // Inlined into the one chunk (the single-file build): nothing to preload.
        if (!chunk) return html;
        return {
          html,
          tags: [
            {
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
