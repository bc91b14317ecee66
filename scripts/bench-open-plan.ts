// `npm run bench:open`: a large graph file opened in headless Chromium through the "Open a graph
// file" control, then a goal chosen; prints how long each stage takes (read and check in the
// worker, layout in the worker, first frame, goal → plan shown) and the main thread's long tasks.
// Options: --nodes 3000,5000  --shape catalogue|lattice|both  --seed 7  --url <served e2e build>

import { parseArgs } from 'node:util';
import { type CDPSession, chromium, type Page } from '@playwright/test';
import type { CareerGraphFile } from '../src/domain/types';
import { courseCatalogue } from './bench/catalogue';
import { table } from './bench/measure';
import { syntheticLattice } from './bench/synthetic';
import { CHROMIUM, serveBuild } from './serve-build';

const { values } = parseArgs({
  options: {
    /** A served e2e build to use instead of building one. */
    url: { type: 'string' },
    nodes: { type: 'string', default: '3000,5000' },
    shape: { type: 'string', default: 'both' },
    seed: { type: 'string', default: '7' },
  },
});

/** Page-side: every status text and the canvas's readiness with their times, and long tasks. */
const WATCH = `(() => {
  window.__events = [];
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  let last = '';
  new MutationObserver(() => {
    const ready = document.querySelector('.graph-canvas')?.getAttribute('data-ready') ?? '-';
    const status = [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent.trim()).filter(Boolean).join(' | ');
    const steps = document.querySelectorAll('.plan .steps > li').length;
    const key = ready + '#' + status + '#' + steps;
    if (key !== last) { last = key; window.__events.push([Math.round(performance.now()), ready, status.slice(0, 90), steps]); }
  }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
})();`;

/** The goal a plan is asked for: the last top-level role (its ancestry is a large part of the graph). */
function goalOf(file: CareerGraphFile): string {
  const top = Math.max(...file.nodes.filter((n) => n.kind === 'role').map((n) => n.level ?? 0));
  const roles = file.nodes.filter((n) => n.kind === 'role' && (n.level ?? 0) === top);
  return (roles[roles.length - 1] as { id: string }).id;
}

/** With BENCH_PROFILE=1: the functions with the most self time while the goal is planned. */
async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return cdp;
}

async function stopProfile(cdp: CDPSession): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: {
      nodes: {
        id: number;
        callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
      }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    byName.set(k, (byName.get(k) ?? 0) + (self.get(n.id) ?? 0) / 1000);
  }
  // Inclusive time: each node's self time plus its descendants'.
  const kids = new Map(
    profile.nodes.map((n) => [n.id, (n as unknown as { children?: number[] }).children ?? []]),
  );
  const incl = new Map<number, number>();
  const total = (id: number): number => {
    const known = incl.get(id);
    if (known !== undefined) return known;
    const t = (self.get(id) ?? 0) + (kids.get(id) ?? []).reduce((a, k) => a + total(k), 0);
    incl.set(id, t);
    return t;
  };
  const inclByName = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    inclByName.set(k, Math.max(inclByName.get(k) ?? 0, total(n.id) / 1000));
  }
  for (const [k, v] of [...inclByName].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.error(`  incl ${v.toFixed(0).padStart(6)} ms  ${k}`);
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [k, v] of top) console.error(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
}

/**
 * The Goal list, found by its label's `for`: Playwright's getByLabel computes every element's
 * labels on the page's main thread, which with thousands of options is itself a long task.
 */
async function goalSelect(page: Page) {
  const id = await page.evaluate(
    () => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Goal')?.htmlFor,
  );
  if (!id) throw new Error('bench-open: no Goal label');
  return page.locator(`[id="${id}"]`);
}

type Events = [number, string, string, number][];

async function measure(page: Page, url: string, name: string, file: CareerGraphFile) {
  await page.addInitScript(WATCH);
  await page.goto(url);
  await page.locator('.graph-canvas[data-ready="true"]').waitFor({ timeout: 120_000 });
  const t0 = await page.evaluate(() => performance.now());
  await page.getByLabel('Open a graph file').setInputFiles({
    name: `${name}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  // Ready again after the new graph made the canvas not ready (its layout and first draw).
  await page.waitForFunction(
    (t) => {
      const ev = (window as unknown as { __events: Events }).__events.filter((e) => e[0] >= t);
      const at = ev.findIndex((e) => e[1] === 'false');
      return at >= 0 && ev.slice(at).some((e) => e[1] === 'true');
    },
    t0,
    { timeout: Number(process.env.BENCH_TIMEOUT ?? 600_000), polling: 200 },
  );
  await page.waitForTimeout(1500);
  const goal = goalOf(file);
  const t1 = await page.evaluate(() => performance.now());
  // Chosen in the page (as a person's pick does: the value, then "change"), not through
  // Playwright's selectOption, whose own work on the page would count among the long tasks.
  const select = await goalSelect(page);
  const cdp = process.env.BENCH_PROFILE ? await startProfile(page) : null;
  await select.evaluate((el, value) => {
    (el as HTMLSelectElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, goal);
  await page.locator('.plan .steps > li').first().waitFor({ timeout: 600_000 });
  await page.waitForTimeout(1500);
  if (cdp) await stopProfile(cdp);
  console.error(`bench-open: ${name} at ${page.url()}`);
  const { events, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { __events: Events; __longTasks: [number, number][] };
    return { events: w.__events, longTasks: w.__longTasks };
  });
  const firstAt = (test: (e: Events[number]) => boolean): number | null => {
    const e = events.find((x) => x[0] >= t0 && test(x));
    return e ? e[0] : null;
  };
  const layoutStart = firstAt((e) => /Laying out/.test(e[2]));
  const frame = firstAt((e) => e[1] === 'true' && e[0] > (layoutStart ?? t0));
  const plan = events.find((e) => e[0] >= t1 && e[3] > 0)?.[0] ?? null;
  const ms = (a: number | null, b: number | null) =>
    a !== null && b !== null ? String(Math.round(b - a)) : '?';
  const firstFrame = frame ?? t0;
  return {
    row: [
      name,
      String(file.nodes.length),
      ms(t0, layoutStart),
      ms(layoutStart, frame),
      ms(t0, frame),
      ms(t1, plan),
      JSON.stringify(longTasks.filter((t) => t[0] >= firstFrame && t[0] < t1).map((t) => t[1])),
      JSON.stringify(longTasks.filter((t) => t[0] >= t1 && t[0] <= (plan ?? t1) + 1500).map((t) => t[1])),
    ],
    events: events.filter((e) => e[0] >= t0).map((e) => [Math.round(e[0] - t0), ...e.slice(1)]),
  };
}

const files: [string, CareerGraphFile][] = [];
const seed = Number(values.seed);
for (const n of values.nodes.split(',').map(Number)) {
  if (values.shape !== 'lattice') files.push([`catalogue-${n}`, courseCatalogue({ nodes: n, seed })]);
  if (values.shape !== 'catalogue') files.push([`lattice-${n}`, syntheticLattice({ nodes: n, seed })]);
}

const site = await serveBuild(values.url, { mode: 'e2e', outDir: 'dist/bench-open' });
const url = site.url;
const browser = await chromium.launch(CHROMIUM);
const rows: string[][] = [];
try {
  for (const [name, file] of files) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const r = await measure(page, url, name, file);
    rows.push(r.row);
    console.error(`bench-open: ${name} stages ${JSON.stringify(r.events)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(
  'A graph file opened through "Open a graph file" in headless Chromium 1280×800, then a goal chosen.',
);
console.log('check = file handed over → layout starts (read + validate in the worker); layout = worker');
console.log(
  'layout → first painted frame; open = file → first frame; plan = goal chosen → plan steps shown.',
);
console.log(
  'long tasks (ms): main-thread tasks over 50 ms after the first frame, before / after the goal.\n',
);
console.log(
  table(
    [
      'graph',
      'nodes',
      'check (ms)',
      'layout+draw (ms)',
      'open (ms)',
      'plan (ms)',
      'long tasks idle',
      'long tasks plan',
    ],
    rows,
  ),
);
