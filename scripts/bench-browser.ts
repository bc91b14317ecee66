// `npm run bench:browser`: the map in headless Chromium, for the built-in graphs and a 5,000-node
// synthetic lattice — first graph frame against a bare Cytoscape page drawing the same elements
// (ratio), and frame times while panning. Rounds interleave app and bare runs; medians reported.
// Options: USAGE below (--help prints it).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from '@playwright/test';
import { parseCareerGraph } from '../src/data/load';
import { buildCareerGraph, type CareerGraph } from '../src/domain/career-graph';
import * as grouping from '../src/view/graph/group-elements';
import { layeredPositions } from '../src/view/graph/layered-layout';
import { graphStylesheet } from '../src/view/graph/style';
import { toElements } from '../src/view/graph/to-elements';
import { summarise, table } from './bench/measure';
import { syntheticLattice } from './bench/synthetic';
import { BENCH_OPTIONS, exitOnHelp } from './cli-args';
import { CHROMIUM, serveBuild } from './serve-build';

const USAGE = `Usage: npm run bench:browser -- [options]
  --rounds 3     rounds (app and bare page interleaved)
  --nodes 5000   the synthetic lattice's nodes   --seed 7   its seed
  --builtin health-information,nursing   built-in graphs to open
  --url <url>    a served e2e build to use instead of building one
  --json <file>  the figures as JSON (for bench-all.ts)`;
const { values } = parseArgs({
  options: {
    ...BENCH_OPTIONS,
    builtin: { type: 'string', default: 'health-information,nursing' },
    json: { type: 'string' },
  },
});
exitOnHelp(values, USAGE);
const rounds = Number(values.rounds);
const VIEWPORT = { width: 1280, height: 800 };
const BARE = 'http://bare.bench.invalid/';
const READY = '.graph-canvas[data-ready="true"]';

/**
 * Page-side: time (ms since navigation) at which the graph canvas turns ready (its first painted
 * frame) after having been not ready: `__armed` is cleared before a new graph is handed over.
 */
const WATCH_READY = `(() => {
  window.__readyAt = null;
  window.__armed = false;
  const mark = () => {
    if (document.querySelector('.graph-canvas[data-ready="false"]')) window.__armed = true;
    else if (window.__armed && window.__readyAt === null && document.querySelector('${READY}'))
      window.__readyAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, childList: true });
})();`;

/**
 * Page-side: frame intervals (ms) while panning the graph a little every frame for `ms`. A string,
 * because tsx would otherwise wrap the page-side functions in a helper the page does not have.
 */
async function panFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`new Promise((done) => {
    const cy = window.cy;
    const frames = [];
    let last = performance.now();
    const end = last + ${ms};
    let dir = 1;
    const step = () => {
      const now = performance.now();
      frames.push(now - last);
      last = now;
      if (frames.length % 60 === 0) dir = -dir;
      cy.panBy({ x: 6 * dir, y: 4 * dir });
      if (now < end) requestAnimationFrame(step);
      else done(frames.slice(1));
    };
    requestAnimationFrame(step);
  })`);
}

function barePage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body style="margin:0"><div id="cy" style="position:absolute;inset:0"></div>
<script type="module">
import cytoscape from '${BARE}cytoscape.mjs';
const { elements, style } = await (await fetch('${BARE}elements.json')).json();
const cy = cytoscape({ container: document.getElementById('cy'), elements, style, layout: { name: 'preset' } });
cy.fit(undefined, 24);
window.cy = cy;
cy.one('render', () => requestAnimationFrame(() => setTimeout(() => { window.__readyAt = performance.now(); }, 0)));
</script></body></html>`;
}

async function openBare(browser: Browser, graph: CareerGraph): Promise<{ page: Page; first: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // The package's own browser build (its exports map hides the path: found from the main file).
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('cytoscape'));
  const cytoscapeFile = readFileSync(join(dir, 'cytoscape.esm.min.mjs'), 'utf8');
  const elements = JSON.stringify({
    elements: toElements(graph, layeredPositions(graph), grouping),
    style: graphStylesheet('light'),
  });
  await page.route(`${BARE}**`, (route) => {
    const url = route.request().url();
    if (url.endsWith('cytoscape.mjs'))
      return route.fulfill({ body: cytoscapeFile, contentType: 'text/javascript' });
    if (url.endsWith('elements.json'))
      return route.fulfill({ body: elements, contentType: 'application/json' });
    return route.fulfill({ body: barePage(), contentType: 'text/html' });
  });
  await page.goto(BARE);
  await page.waitForFunction(() => window.__readyAt != null, undefined, { timeout: 300_000 });
  return { page, first: await page.evaluate(() => window.__readyAt as number) };
}

async function openApp(
  browser: Browser,
  url: string,
  bigFile?: string,
): Promise<{ page: Page; first: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(WATCH_READY);
  await page.goto(url);
  await page.waitForFunction(() => window.__readyAt != null, undefined, { timeout: 300_000 });
  if (!bigFile) return { page, first: await page.evaluate(() => window.__readyAt as number) };
  // The big graph: from handing over the file text to its first painted frame.
  const start = await page.evaluate(() => {
    window.__readyAt = null;
    window.__armed = false;
    return performance.now();
  });
  // A production build has no hook: without this check the wait below ran out only after 5 min.
  const opened = await page.evaluate(
    (text) => window.__openGraphFile?.(text, 'synthetic.json') ?? null,
    bigFile,
  );
  if (opened === null)
    throw new Error(`bench-browser: ${url} has no e2e hooks (serve an e2e build: vite build --mode e2e)`);
  await page.waitForFunction(() => window.__readyAt != null, undefined, { timeout: 300_000 });
  return { page, first: (await page.evaluate(() => window.__readyAt as number)) - start };
}

/**
 * A big graph's biggest group box tapped open, then collapsed and opened again: the longest
 * main-thread task (PerformanceObserver "longtask") from the tap until its members and links are
 * all in and drawn, and how long that took, for the first expansion and the second.
 */
async function expansionTasks(page: Page): Promise<{ longest: number; ms: number }[]> {
  const out: { longest: number; ms: number }[] = [];
  const id = await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__tasks.push(e.duration);
    }).observe({ type: 'longtask' });
    const g = window.cy?.nodes('.group').sort((a, b) => Number(b.data('count')) - Number(a.data('count')))[0];
    return g?.id() ?? '';
  });
  for (let round = 0; round < 2; round++) {
    if (round === 1) {
      await page.getByRole('button', { name: 'Collapse all' }).click();
      await page.waitForTimeout(2000);
    }
    const start = await page.evaluate((g) => {
      (window as unknown as { __tasks: number[] }).__tasks = [];
      const t = performance.now();
      window.cy?.getElementById(g).emit('tap');
      return t;
    }, id);
    // Done when the box's members are all drawn and the counted links have stopped changing.
    await page.waitForFunction(
      (g) => {
        const cy = window.cy;
        const box = cy?.getElementById(g);
        if (!cy || !box || cy.nodes(`[group = "${g}"]`).length !== Number(box.data('count'))) return false;
        const w = window as unknown as { __aggs: number[] };
        w.__aggs = [...(w.__aggs ?? []), cy.edges('.agg').length].slice(-20);
        return w.__aggs.length === 20 && w.__aggs.every((n) => n === w.__aggs[0]) && (w.__aggs[0] ?? 0) > 0;
      },
      id,
      { timeout: 120_000, polling: 50 },
    );
    const end = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      (window as unknown as { __aggs: number[] }).__aggs = [];
    });
    const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
    // Less the second of polling that saw the counted links stay put.
    out.push({ longest: Math.max(0, ...tasks), ms: end - start - 1000 });
  }
  return out;
}

export interface BrowserFigures {
  graph: string;
  nodes: number;
  edges: number;
  appFirst: number;
  bareFirst: number;
  ratio: { median: number; min: number; max: number };
  pan: { median: number; p95: number };
  panIn: { median: number; p95: number };
  barePan: { median: number; p95: number };
  barePanIn: { median: number; p95: number };
}

declare global {
  interface Window {
    __readyAt: number | null;
    __armed: boolean;
  }
}

/** A built-in graph by its key: read from graph-data/, opened in the app by its address. */
const builtinGraph = (key: string): CareerGraph => {
  const r = parseCareerGraph(readFileSync(`graph-data/${key}.json`, 'utf8'), 'built-in');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.graph;
};
const bigFile = syntheticLattice({ nodes: Number(values.nodes), seed: Number(values.seed) });
const big = buildCareerGraph(bigFile);
const bigText = JSON.stringify(bigFile);

const site = await serveBuild(values.url, { mode: 'e2e', outDir: 'dist/bench-browser' });
const url = site.url;
const browser = await chromium.launch(CHROMIUM);

const rows: string[][] = [];
/** Per graph, for --json: first frames (medians, ms), their ratio, pan frame times (ms). */
const figures: BrowserFigures[] = [];
const expansions: { longest: number; ms: number }[][] = [];
const fmt = (n: number) => n.toFixed(0);
const began = performance.now();
try {
  for (const [name, graph, text, graphUrl] of [
    ...values.builtin
      .split(',')
      .filter((key) => key !== '')
      .map((key) => [key, builtinGraph(key), undefined, `${url}?graph=${encodeURIComponent(key)}`] as const),
    [`synthetic ${big.order}`, big, bigText, url] as const,
  ]) {
    const app: number[] = [];
    const bare: number[] = [];
    const ratios: number[] = [];
    let appPan: number[] = [];
    let appPanIn: number[] = [];
    let barePan: number[] = [];
    let barePanIn: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const a = await openApp(browser, graphUrl, text);
      const b = await openBare(browser, graph);
      app.push(a.first);
      bare.push(b.first);
      ratios.push(a.first / b.first);
      if (r === rounds - 1) {
        await a.page.waitForTimeout(1000);
        appPan = await panFrames(a.page, 3000);
        // Zoomed in (a big graph then draws its members, not its forest view).
        await a.page.evaluate(() => window.cy?.zoom({ level: 0.6, renderedPosition: { x: 400, y: 300 } }));
        await a.page.waitForTimeout(1000);
        appPanIn = await panFrames(a.page, 3000);
        await b.page.waitForTimeout(1000);
        barePan = await panFrames(b.page, 3000);
        await b.page.evaluate(() => window.cy?.zoom({ level: 0.6, renderedPosition: { x: 400, y: 300 } }));
        await b.page.waitForTimeout(1000);
        barePanIn = await panFrames(b.page, 3000);
        // Group boxes only on graphs big enough to be grouped (not, say, --nodes 300).
        const grouped = await a.page.evaluate(() => (window.cy?.nodes('.group').length ?? 0) > 0);
        if (text && grouped) {
          await a.page.evaluate(() => window.cy?.zoom({ level: 0.03, renderedPosition: { x: 400, y: 300 } }));
          await a.page.getByRole('button', { name: 'Fit all' }).click();
          await a.page.waitForTimeout(1000);
          expansions.push(await expansionTasks(a.page));
        }
      }
      await a.page.close();
      await b.page.close();
    }
    const pan = (f: number[]) => {
      const s = summarise(f);
      return `${s.median.toFixed(1)} / ${s.p95.toFixed(1)} ms (${(1000 / s.median).toFixed(0)} fps)`;
    };
    const frames = (f: number[]) => ({ median: summarise(f).median, p95: summarise(f).p95 });
    figures.push({
      graph: name,
      nodes: graph.order,
      edges: graph.size,
      appFirst: summarise(app).median,
      bareFirst: summarise(bare).median,
      ratio: { median: summarise(ratios).median, min: Math.min(...ratios), max: Math.max(...ratios) },
      pan: frames(appPan),
      panIn: frames(appPanIn),
      barePan: frames(barePan),
      barePanIn: frames(barePanIn),
    });
    rows.push([
      name,
      `${graph.order} / ${graph.size}`,
      fmt(summarise(app).median),
      fmt(summarise(bare).median),
      `${summarise(ratios).median.toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
      pan(appPan),
      pan(appPanIn),
      pan(barePan),
      pan(barePanIn),
    ]);
    console.error(`bench-browser: ${name} done (${((performance.now() - began) / 1000).toFixed(0)} s)`);
  }
} finally {
  await browser.close();
  await site.close();
}
if (values.json) writeFileSync(values.json, JSON.stringify({ rounds, figures }, null, 2));
console.log(
  `Map in headless Chromium ${VIEWPORT.width}×${VIEWPORT.height}, ${rounds} interleaved rounds (medians)`,
);
console.log(
  'first frame: app = navigation (built-in) or file handed over (synthetic) to first painted graph frame;',
);
console.log(
  'bare = a page with only Cytoscape drawing the same elements, already laid out, same stylesheet.',
);
console.log('pan: frame time median / p95 while panning every frame for 3 s; "in" = zoomed to 0.6.\n');
console.log(
  table(
    [
      'graph',
      'nodes / edges',
      'app first (ms)',
      'bare first (ms)',
      'ratio (min–max)',
      'app pan',
      'app pan in',
      'bare pan',
      'bare pan in',
    ],
    rows,
  ),
);
for (const [first, second] of expansions)
  if (first && second)
    console.log(
      `\nbiggest group of the ${big.order}-node graph tapped open (longest main-thread task, time until all drawn):` +
        ` first ${fmt(first.longest)} ms (${fmt(first.ms)} ms), again after collapsing ${fmt(second.longest)} ms (${fmt(second.ms)} ms)`,
    );
