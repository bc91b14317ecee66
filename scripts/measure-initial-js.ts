// Initial JavaScript of a build: the entry script in index.html and what it preloads (its static
// imports, and the default dataset's chunk), gzipped; then the chunks loaded later, on demand.
// Usage: tsx scripts/measure-initial-js.ts [dist]   (npm run size builds first)
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

// Chunks named after a career graph file hold that graph's text, not code.
const graphs = readdirSync('graph-data')
  .filter((f) => f.endsWith('.json') && !f.includes('schema'))
  .map((f) => f.replace(/\.json$/, ''));
const isData = (file: string) => graphs.some((g) => file.startsWith(`assets/${g}-`));

const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
const list = (files: string[]) => {
  for (const f of files) console.log(`  ${kb(gz(f)).padStart(10)}  ${f}`);
};

const code = initial.filter((f) => !isData(f));
const data = initial.filter(isData);
console.log('initial code (entry and its static imports):');
list(code);
console.log(`initial JS gzipped: ${kb(sum(code))}`);
console.log('default dataset, preloaded beside the code:');
list(data);
console.log(`initial JS with the dataset: ${kb(sum(code) + sum(data))}`);
console.log('loaded later, on demand:');
list(
  readdirSync(join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !initial.includes(f)),
);
