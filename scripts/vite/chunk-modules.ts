// Vite plugin, on only for `npm run size` (CHUNK_MODULES=1): writes dist/chunk-modules.txt, each
// chunk's file name and the modules bundled in it, so scripts/measure-initial-js.ts can check them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function chunkModules(): Plugin {
  return {
    name: 'career-path:chunk-modules',
    apply: 'build',
    writeBundle(options, bundle) {
      const lines: string[] = [];
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk') continue;
        for (const id of c.moduleIds) lines.push(`${c.fileName}\t${id}`);
      }
      writeFileSync(join(options.dir ?? 'dist', 'chunk-modules.txt'), `${lines.join('\n')}\n`);
    },
  };
}
