// `npm run bench:all`: issue 10's figures in one table, for the built-in graphs and a 5,000-node
// lattice in headless Chromium — initial JS gzipped (measure-initial-js.ts on a production build),
// first graph frame against a bare Cytoscape page and frame times while panning (bench-browser.ts),
// goal → plan shown and the longest main-thread task after the first frame (bench-open-plan.ts).
// Each of those scripts runs alone too; here they run one after another on one served e2e build,
// their own tables kept in dist/bench-all/*.txt. Prints the load average before and after: the
// figures mean little on a busy machine. Options: USAGE below (--help prints it).

import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { table } from './bench/measure';
import type { BrowserFigures } from './bench-browser';
import type { OpenPlanSummary } from './bench-open-plan';
import { BENCH_OPTIONS, exitOnHelp } from './cli-args';
import { serveBuild } from './serve-build';

const USAGE = `Usage: npm run bench:all -- [options]
  --rounds 3     rounds of each browser measurement
  --nodes 5000   the synthetic lattice's nodes   --seed 7   its seed
  --url <url>    a served e2e build to use instead of building one`;
const { values } = parseArgs({ options: BENCH_OPTIONS });
exitOnHelp(values, USAGE);
const OUT = 'dist/bench-all';
const BUILTIN = ['health-information', 'nursing'];
const TSX = join('node_modules', '.bin', 'tsx');
mkdirSync(OUT, { recursive: true });

/** Runs a command, its output into `OUT/<name>.txt` (progress on stderr as it comes). */
function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  console.error(`bench-all: ${name}: ${command} ${args.join(' ')}`);
  return new Promise((done, fail) => {
    const out = createWriteStream(join(OUT, `${name}.txt`));
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.pipe(out);
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done()
        : fail(new Error(`bench-all: ${name} exited with ${code} (see ${OUT}/${name}.txt)`)),
    );
  });
}
const json = <T>(name: string): T => JSON.parse(readFileSync(join(OUT, `${name}.json`), 'utf8')) as T;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

const loadBefore = load();
// Initial JS: a production build, as `npm run size` measures it (its checks fail the run).
await run(
  'build-size',
  join('node_modules', '.bin', 'vite'),
  ['build', '--outDir', `${OUT}/size-site`, '--emptyOutDir', '--logLevel', 'warn'],
  {
    CHUNK_MODULES: '1',
  },
);
await run('size', TSX, ['scripts/measure-initial-js.ts', `${OUT}/size-site`, '--json', `${OUT}/size.json`]);

const site = await serveBuild(values.url, { mode: 'e2e', outDir: `${OUT}/e2e-site` });
const common = ['--url', site.url, '--rounds', values.rounds, '--nodes', values.nodes, '--seed', values.seed];
try {
  await run('browser', TSX, [
    'scripts/bench-browser.ts',
    ...common,
    '--builtin',
    BUILTIN.join(','),
    '--json',
    `${OUT}/browser.json`,
  ]);
  await run('open-plan', TSX, [
    'scripts/bench-open-plan.ts',
    ...common,
    '--shape',
    'builtin,lattice',
    '--builtin',
    BUILTIN.join(','),
    '--json',
    `${OUT}/open-plan.json`,
  ]);
} finally {
  await site.close();
}
const loadAfter = load();

const size = json<{ initialCode: number; initialData: number; ratio: number }>('size');
const browser = json<{ rounds: number; figures: BrowserFigures[] }>('browser');
const open = json<{ summaries: OpenPlanSummary[] }>('open-plan');

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const frames = (f: { median: number; p95: number }) => `${f.median.toFixed(1)} / ${f.p95.toFixed(1)}`;
const rows = [...BUILTIN, `lattice-${values.nodes}`].map((key) => {
  const b = browser.figures.find(
    (f) => f.graph === key || (!BUILTIN.includes(key) && f.graph.startsWith('synthetic')),
  );
  const o = open.summaries.find((s) => s.graph === key);
  if (!b || !o) throw new Error(`bench-all: no figures for ${key}`);
  return [
    key,
    `${b.nodes} / ${b.edges}`,
    kb(size.initialCode),
    `${b.appFirst.toFixed(0)} / ${b.bareFirst.toFixed(0)} (${b.ratio.median.toFixed(2)})`,
    `${o.planMedian.toFixed(0)} / ${o.planWorst}`,
    frames(b.pan),
    frames(b.panIn),
    `${Math.max(...o.longestAfterFirst)}`,
  ];
});

console.log(`Issue 10's figures, headless Chromium 1280×800 (${browser.rounds} rounds; ms unless said).`);
console.log("initial JS: the first load's code gzipped, the same for every graph (the default graph's data,");
console.log(
  `${kb(size.initialData)}, is preloaded beside it); ${size.ratio.toFixed(2)}× the bare React + Cytoscape + graphology page.`,
);
console.log('first frame: navigation (built-in) or file handed over (lattice) → first painted graph frame,');
console.log('median, against a bare Cytoscape page drawing the same elements (median ratio of the rounds).');
console.log("goal → plan: a fresh page each run; the first frame with the plan's steps visible AND the goal");
console.log('lit on the map (built-in: 3 goals each round). pan: frame time while panning every frame for');
console.log(
  '3 s, at the first view ("fit") and zoomed to 0.6. longest task: the longest main-thread task in',
);
console.log('the 2.5 s after the first frame, worst of the runs (0: none over 50 ms).\n');
console.log(
  table(
    [
      'graph',
      'nodes / edges',
      'initial JS gz',
      'first frame app / bare (ratio)',
      'goal → plan median / worst',
      'pan fit median / p95',
      'pan 0.6 median / p95',
      'longest task',
    ],
    rows,
  ),
);
console.log(
  `\nload average (1 / 5 / 15 min): ${loadBefore} before, ${loadAfter} after. Details: ${OUT}/*.txt`,
);
