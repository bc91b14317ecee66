// Initial JavaScript of a build: the entry script in index.html and the modules it preloads (its
// static imports), gzipped; then the chunks loaded later. Usage: tsx scripts/measure-initial-js.ts [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
const initial = tags
  .filter((t) => (t.startsWith('<script') && /type="module"/.test(t)) || /rel="modulepreload"/.test(t))
  .map((t) => attr(t, t.startsWith('<script') ? 'src' : 'href'))
  .filter((src): src is string => src !== undefined)
  .map((src) => src.replace(/^\.\//, ''));
if (initial.length === 0) throw new Error(`measure-initial-js: no module script in ${dist}/index.html`);

const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
let total = 0;
console.log('initial (entry and its static imports):');
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  ${kb(size).padStart(10)}  ${file}`);
}
console.log(`initial JS gzipped: ${kb(total)}`);
const later = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => /\.(js|json)$/.test(f) && !initial.includes(f));
console.log('loaded later (on demand, or fetched: the dataset):');
for (const file of later) console.log(`  ${kb(gz(file)).padStart(10)}  ${file}`);
