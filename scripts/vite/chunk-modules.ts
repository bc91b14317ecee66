// Vite plugin, on only for `npm run size` (CHUNK_MODULES=1): writes dist/chunk-modules.txt, one line
// per bundled module: chunk file name, module id, and the gzipped size of the module's rendered
// (pre-minification) code, so scripts/measure-initial-js.ts can check and weigh chunk contents.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export function chunkModules(): Plugin {
  return {
    name: 'career-path:chunk-modules',
    apply: 'build',
    writeBundle(options, bundle) {
      const lines: string[] = [];
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk') continue;
        for (const id of c.moduleIds) {
          const code = c.modules[id]?.code ?? '';
          lines.push(`${c.fileName}\t${id}\t${code ? gzipSync(code, { level: 9 }).length : 0}`);
        }
      }
      writeFileSync(join(options.dir ?? 'dist', 'chunk-modules.txt'), `${lines.join('\n')}\n`);
    },
  };
}
