// Page-side watchers for bench-open-plan.ts: the canvas's readiness and the status texts over time,
// the main thread's long tasks, and the frame in which a chosen goal's plan is shown — its steps
// visible in the plan panel AND the goal lit on the map (class "in-plan" in Cytoscape).
// Page code is kept in strings: tsx would otherwise wrap named page-side functions in a helper
// (`__name`) the page does not have.

import type { Page } from '@playwright/test';

/** [time (ms, page clock), canvas data-ready, status texts, plan steps listed]. */
export type StageEvent = [number, string, string, number];

/** Init script: every status text and the canvas's readiness with their times, and long tasks. */
export const WATCH = `(() => {
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
  // Checked at each frame from the goal's choice: the plan is shown in the first frame that has its
  // steps visible in the plan panel and the goal lit on the map (that frame paints them).
  window.__planShownAt = null;
  window.__watchPlan = (goal) => {
    window.__planShownAt = null;
    // performance.now(), not the callback's argument: that is the frame's begin time, which can be
    // from before a long task that held the frame back.
    const check = () => {
      const steps = [...document.querySelectorAll('.plan .steps > li')].some((li) => li.checkVisibility());
      const node = window.cy ? window.cy.getElementById(goal) : null;
      const lit = node !== null && node.nonempty() && node.hasClass('in-plan') && node.visible();
      if (steps && lit) window.__planShownAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
})();`;

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

/**
 * Chooses `goal` in the page (as a person's pick does: the value, then "change"), not through
 * Playwright's selectOption, whose own work on the page would count among the long tasks; starts
 * the plan watcher in the same task. Returns the page-clock time of the choice.
 */
export async function chooseGoal(page: Page, goal: string): Promise<number> {
  const select = await goalSelect(page);
  const known = await select.evaluate(
    (el, value) => [...(el as HTMLSelectElement).options].some((o) => o.value === value),
    goal,
  );
  if (!known) throw new Error(`bench-open: "${goal}" is not in the Goal list`);
  return select.evaluate((el, value) => {
    const w = window as unknown as { __watchPlan: (goal: string) => void };
    const t = performance.now();
    (el as HTMLSelectElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
    w.__watchPlan(value);
    return t;
  }, goal);
}

type PlanWatch = { __planShownAt: number | null };

/** Page-clock time of the frame that first showed the chosen goal's plan (see WATCH). */
export async function planShownAt(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(() => (window as unknown as PlanWatch).__planShownAt !== null, undefined, {
    timeout,
    polling: 100,
  });
  return page.evaluate(() => (window as unknown as PlanWatch).__planShownAt as number);
}

/** What WATCH recorded: stage events and long tasks ([start, duration], ms). */
export function recorded(page: Page): Promise<{ events: StageEvent[]; longTasks: [number, number][] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __events: StageEvent[]; __longTasks: [number, number][] };
    return { events: w.__events, longTasks: w.__longTasks };
  });
}
