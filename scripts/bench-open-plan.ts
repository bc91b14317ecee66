// `npm run bench:open`: in headless Chromium, a graph opened — a generated file through the "Open a
// graph file" control, or a built-in graph by its address — then a goal chosen; prints how long
// each stage takes (read and check in the worker, layout in the worker, first frame, goal → plan
// shown) and the main thread's long tasks. Every run is a fresh page (the first goal of a visit:
// the planner's code loads then). "Plan shown" = the plan's steps listed AND the goal lit on the
// map, painted (scripts/bench/plan-shown.ts). Options: USAGE below (--help prints it).

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import type { CareerGraphFile } from '../src/domain/types';
import { courseCatalogue } from './bench/catalogue';
import { startProfile, stopProfile } from './bench/cpu-profile';
import { summarise, table } from './bench/measure';
import { chooseGoal, planShownAt, recorded, WATCH } from './bench/plan-shown';
import { syntheticLattice } from './bench/synthetic';
import { BENCH_OPTIONS, exitOnHelp } from './cli-args';
import { CHROMIUM, serveBuild } from './serve-build';

const USAGE = `Usage: npm run bench:open -- [options]
  --nodes 3000,5000   generated graphs' sizes   --seed 7   their seed
  --shape both        catalogue,lattice,builtin (both = catalogue,lattice)
  --builtin health-information,nursing   built-in graphs to open
  --rounds 3          fresh pages per goal
  --url <url>         a served e2e build to use instead of building one
  --json <file>       the figures as JSON (for bench-all.ts)`;
const { values } = parseArgs({
  options: {
    ...BENCH_OPTIONS,
    nodes: { type: 'string', default: '3000,5000' },
    shape: { type: 'string', default: 'both' },
    builtin: { type: 'string', default: 'health-information,nursing' },
    json: { type: 'string' },
  },
});
exitOnHelp(values, USAGE);

/** Goals asked of the built-in graphs: a credential, a manager's role, a role of its own field. */
const BUILTIN_GOALS: Record<string, string[]> = {
  'health-information': ['rhia', 'him-director', 'cancer-registrar'],
  nursing: ['director-of-nursing', 'crna', 'registered-nurse'],
};

/** A graph to open: a generated file, or a built-in graph by its key (`?graph=`). */
interface Case {
  name: string;
  nodes: number;
  goals: string[];
  file?: CareerGraphFile;
  builtin?: string;
}

export interface OpenPlanRun {
  graph: string;
  goal: string;
  /** ms: file handed over → layout starts; layout → first frame; open → first frame (navigation for a built-in graph). */
  check: number | null;
  layout: number | null;
  open: number | null;
  /**
   * ms from the goal's choice: its steps put in the plan panel (the DOM, not yet painted); the
   * plan shown (the first frame with the steps visible and the goal lit on the map).
   */
  listed: number | null;
  plan: number;
  /** Long tasks (ms) after the first frame: before the goal is chosen, and while it is planned. */
  idleTasks: number[];
  planTasks: number[];
}

export interface OpenPlanSummary {
  graph: string;
  nodes: number;
  runs: number;
  planMedian: number;
  planWorst: number;
  /** The longest main-thread task after the first frame, before a goal (each run's, and the worst). */
  longestAfterFirst: number[];
}

/** The goal a plan is asked for: the last top-level role (its ancestry is a large part of the graph). */
function goalOf(file: CareerGraphFile): string {
  const top = Math.max(...file.nodes.filter((n) => n.kind === 'role').map((n) => n.level ?? 0));
  const roles = file.nodes.filter((n) => n.kind === 'role' && (n.level ?? 0) === top);
  return (roles[roles.length - 1] as { id: string }).id;
}

const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 600_000);
/** Time after the first frame in which long tasks are counted before the goal (as map-big-graph.spec.ts). */
const SETTLE_MS = 2500;

/** Opens the case's graph; the page-clock time the opening started (0: navigation). */
async function openGraph(page: Page, url: string, c: Case): Promise<number> {
  await page.addInitScript(WATCH);
  if (c.builtin) {
    await page.goto(`${url}?graph=${encodeURIComponent(c.builtin)}`);
    await page.locator('.graph-canvas[data-ready="true"]').waitFor({ timeout: TIMEOUT });
    return 0;
  }
  await page.goto(url);
  await page.locator('.graph-canvas[data-ready="true"]').waitFor({ timeout: 120_000 });
  const t0 = await page.evaluate(() => performance.now());
  await page.getByLabel('Open a graph file').setInputFiles({
    name: `${c.name}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(c.file)),
  });
  // Ready again after the new graph made the canvas not ready (its layout and first draw).
  await page.waitForFunction(
    (t) => {
      const ev = (window as unknown as { __events: [number, string][] }).__events.filter((e) => e[0] >= t);
      const at = ev.findIndex((e) => e[1] === 'false');
      return at >= 0 && ev.slice(at).some((e) => e[1] === 'true');
    },
    t0,
    { timeout: TIMEOUT, polling: 200 },
  );
  return t0;
}

async function measure(page: Page, url: string, c: Case, goal: string): Promise<OpenPlanRun> {
  const t0 = await openGraph(page, url, c);
  await page.waitForTimeout(SETTLE_MS);
  const cdp = process.env.BENCH_PROFILE ? await startProfile(page) : null;
  // The idle time ends before the task that chooses the goal starts (the choice's own task is the plan's).
  const idleEnd = await page.evaluate(() => performance.now());
  const t1 = await chooseGoal(page, goal);
  const shown = await planShownAt(page, TIMEOUT);
  await page.waitForTimeout(1500);
  if (cdp) await stopProfile(cdp);
  const { events, longTasks } = await recorded(page);
  const firstAt = (test: (e: (typeof events)[number]) => boolean): number | null =>
    events.find((x) => x[0] >= t0 && test(x))?.[0] ?? null;
  const layoutStart = c.builtin ? null : firstAt((e) => /Laying out/.test(e[2]));
  const frame = firstAt((e) => e[1] === 'true' && e[0] > (layoutStart ?? t0));
  const ms = (a: number | null, b: number | null) => (a !== null && b !== null ? Math.round(b - a) : null);
  const listed = events.find((e) => e[0] >= t1 && e[3] > 0)?.[0] ?? null;
  const firstFrame = frame ?? t0;
  return {
    graph: c.name,
    goal,
    check: ms(t0, layoutStart),
    layout: ms(layoutStart, frame),
    open: ms(t0, frame),
    listed: ms(t1, listed),
    plan: Math.round(shown - t1),
    idleTasks: longTasks.filter((t) => t[0] >= firstFrame && t[0] < idleEnd).map((t) => t[1]),
    planTasks: longTasks.filter((t) => t[0] >= idleEnd && t[0] <= shown + 1500).map((t) => t[1]),
  };
}

function cases(): Case[] {
  const shapes = values.shape === 'both' ? ['catalogue', 'lattice'] : values.shape.split(',');
  const out: Case[] = [];
  if (shapes.includes('builtin'))
    for (const key of values.builtin.split(',')) {
      const goals = BUILTIN_GOALS[key];
      if (!goals) throw new Error(`bench-open: no goals for built-in graph "${key}"`);
      out.push({ name: key, nodes: 0, goals, builtin: key });
    }
  const seed = Number(values.seed);
  for (const n of values.nodes.split(',').map(Number)) {
    const files: [string, CareerGraphFile][] = [];
    if (shapes.includes('catalogue')) files.push([`catalogue-${n}`, courseCatalogue({ nodes: n, seed })]);
    if (shapes.includes('lattice')) files.push([`lattice-${n}`, syntheticLattice({ nodes: n, seed })]);
    for (const [name, file] of files)
      out.push({ name, nodes: file.nodes.length, goals: [goalOf(file)], file });
  }
  return out;
}

const rounds = Number(values.rounds);
const site = await serveBuild(values.url, { mode: 'e2e', outDir: 'dist/bench-open' });
const browser = await chromium.launch(CHROMIUM);
const runs: OpenPlanRun[] = [];
const summaries: OpenPlanSummary[] = [];
try {
  for (const c of cases()) {
    const mine: OpenPlanRun[] = [];
    for (let r = 0; r < rounds; r++)
      for (const goal of c.goals) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const run = await measure(page, site.url, c, goal);
        if (c.builtin) c.nodes = await page.evaluate(() => window.cy?.nodes().length ?? 0);
        await page.close();
        mine.push(run);
        console.error(`bench-open: ${c.name} → ${goal}: plan shown ${run.plan} ms`);
      }
    runs.push(...mine);
    const plan = summarise(mine.map((r) => r.plan));
    summaries.push({
      graph: c.name,
      nodes: c.nodes,
      runs: mine.length,
      planMedian: plan.median,
      planWorst: plan.max,
      longestAfterFirst: mine.map((r) => Math.max(0, ...r.idleTasks)),
    });
  }
} finally {
  await browser.close();
  await site.close();
}
if (values.json) writeFileSync(values.json, JSON.stringify({ runs, summaries }, null, 2));

const num = (n: number | null) => (n === null ? '-' : String(n));
console.log('A graph opened in headless Chromium 1280×800 (a fresh page each run), then a goal chosen.');
console.log('check = file handed over → layout starts (read + validate in the worker); layout = worker');
console.log('layout → first painted frame; open = file handed over (built-in: navigation) → first frame;');
console.log(
  'listed = goal chosen → its steps put in the plan panel (DOM); plan = goal chosen → the first frame',
);
console.log('with the steps visible AND the goal lit on the map (the plan shown).');
console.log(
  'long tasks (ms): main-thread tasks over 50 ms after the first frame, before / after the goal.\n',
);
console.log(
  table(
    [
      'graph',
      'goal',
      'check',
      'layout+draw',
      'open',
      'listed',
      'plan (ms)',
      'long tasks idle',
      'long tasks plan',
    ],
    runs.map((r) => [
      r.graph,
      r.goal,
      num(r.check),
      num(r.layout),
      num(r.open),
      num(r.listed),
      String(r.plan),
      JSON.stringify(r.idleTasks),
      JSON.stringify(r.planTasks),
    ]),
  ),
);
console.log('\nGoal → plan shown over every run, and the longest task after the first frame (each run):\n');
console.log(
  table(
    ['graph', 'nodes', 'runs', 'plan median (ms)', 'plan worst (ms)', 'longest task after first frame (ms)'],
    summaries.map((s) => [
      s.graph,
      String(s.nodes),
      String(s.runs),
      s.planMedian.toFixed(0),
      String(s.planWorst),
      `${Math.max(...s.longestAfterFirst)} (${s.longestAfterFirst.join(', ')})`,
    ]),
  ),
);
