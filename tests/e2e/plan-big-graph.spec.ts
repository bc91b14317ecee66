// A 3,000-node course catalogue (the seeded generator in scripts/bench/catalogue.ts) opened in the
// browser, then a goal chosen: the plan is worked out in the plan worker ("Planning the way to …"
// meanwhile) and shown, with no main-thread task over 200 ms between the goal choice and the plan
// shown (PerformanceObserver "longtask"). One goal is chosen first as a warm-up (code compiled,
// the graph's members in the canvas); the second choice is measured.
import type { Page } from '@playwright/test';
import { courseCatalogue } from '../../scripts/bench/catalogue';
import { expect, test } from './fixtures';
import { openBigGraph } from './graph-file';
import { longTasks, watchLongTasks } from './long-tasks';

const CATALOGUE = courseCatalogue({ nodes: 3000, seed: 7 });
const FILE = JSON.stringify(CATALOGUE);
const ROLES = CATALOGUE.nodes.filter((n) => n.kind === 'role').map((n) => n.id);

interface Watch {
  /** [time, plan steps shown, a "Planning" status shown] at every change of the page. */
  events: [number, number, boolean][];
}

/** Chooses a goal as a person's pick does (value, then "change"); returns the time just before. */
function chooseGoal(page: Page, goal: string): Promise<number> {
  return page.evaluate((value) => {
    // Found by its label's `for`: Playwright's getByLabel reads every element's labels on the page's
    // main thread, a long task of its own with thousands of options.
    const id = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Goal')?.htmlFor;
    const select = id ? (document.getElementById(id) as HTMLSelectElement | null) : null;
    if (!select) throw new Error('no Goal list');
    const t = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return t;
  }, goal);
}

/** When the plan for `goal` was first shown after `since` (its steps in the plan panel). */
async function planShownAfter(page: Page, since: number): Promise<number> {
  await expect
    .poll(
      () =>
        page.evaluate(
          (t) =>
            (window as unknown as { __watch: Watch }).__watch.events.find((e) => e[0] >= t && e[1] > 0)?.[0],
          since,
        ),
      { timeout: 120_000, intervals: [250] },
    )
    .toBeGreaterThan(0);
  return page.evaluate(
    (t) =>
      (window as unknown as { __watch: Watch }).__watch.events.find((e) => e[0] >= t && e[1] > 0)?.[0] ?? 0,
    since,
  );
}

test('a goal on a 3,000-node catalogue is planned off the main thread and shown without a long task', async ({
  page,
}) => {
  // Budget for a loaded 2-core machine: parse, worker layout, first draw and two plans.
  test.setTimeout(300_000);
  await openBigGraph(page, FILE, 'course-catalogue-3000.json');
  await watchLongTasks(page);
  await page.evaluate(() => {
    const w = window as unknown as { __watch: Watch };
    w.__watch = { events: [] };
    let last = '';
    new MutationObserver(() => {
      const steps = document.querySelectorAll('.plan .steps > li').length;
      const planning = [...document.querySelectorAll('.plan [role="status"]')].some((s) =>
        /^Planning the way to/.test(s.textContent ?? ''),
      );
      const key = `${steps}#${planning}`;
      if (key === last) return;
      last = key;
      w.__watch.events.push([performance.now(), steps, planning]);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  // Warm-up: the first goal's plan is drawn (its steps put into the canvas, lit, inside their
  // collapsed groups; the other members stay out of the canvas: group-expansion.ts).
  const [warm, goal] = [ROLES[ROLES.length - 2], ROLES[ROLES.length - 1]] as [string, string];
  await planShownAfter(page, await chooseGoal(page, warm));
  await expect
    .poll(() => page.evaluate((g) => window.cy?.getElementById(g).hasClass('in-plan'), warm), {
      timeout: 120_000,
    })
    .toBe(true);
  await page.waitForTimeout(2500);

  const chosenAt = await chooseGoal(page, goal);
  const shownAt = await planShownAfter(page, chosenAt);
  await page.waitForTimeout(1000);
  const tasks = await longTasks(page);
  const seen = {
    planning: await page.evaluate(
      ({ from, to }) =>
        (window as unknown as { __watch: Watch }).__watch.events.some(
          (e) => e[0] >= from && e[0] <= to && e[2],
        ),
      { from: chosenAt, to: shownAt },
    ),
    // Tasks that start between the choice and the plan shown (the one showing it included).
    tasks: tasks.filter((t) => t[0] + t[1] >= chosenAt && t[0] <= shownAt).map((t) => Math.round(t[1])),
    after: tasks.filter((t) => t[0] > shownAt).map((t) => Math.round(t[1])),
  };
  console.log(
    `goal → plan shown ${Math.round(shownAt - chosenAt)} ms; long tasks until shown ${JSON.stringify(seen.tasks)}, after ${JSON.stringify(seen.after)}`,
  );
  // Worked out in the plan worker: the panel said so while it ran.
  expect(seen.planning).toBe(true);
  // The plan shown is the goal's: its last step is the goal, lit on the canvas.
  const steps = page.locator('.plan .steps > li');
  expect(await steps.count()).toBeGreaterThan(1);
  const lit = await page.evaluate((g) => window.cy?.getElementById(g).hasClass('in-plan'), goal);
  expect(lit).toBe(true);
  expect(
    seen.tasks.filter((d) => d > 200),
    'long tasks between the goal choice and the plan shown',
  ).toEqual([]);
});
