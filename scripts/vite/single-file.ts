// Vite plugin for the one-file build (npm run build:single): the favicon goes into index.html as
// a data: URL, so the file carried on a USB stick needs nothing beside it.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function inlineFavicon(file = 'public/favicon.svg'): Plugin {
  return {
    name: 'career-path:inline-favicon',
    apply: 'build',
    transformIndexHtml(html) {
      const svg = readFileSync(file, 'utf8');
      const url = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
      const out = html.replace(/(<link\s+rel="icon"\s+href=")[^"]*(")/, `$1${url}$2`);
      if (out === html) throw new Error('inline-favicon: index.html has no <link rel="icon" href="…">');
      return out;
    },
  };
}
