// Main-thread long tasks (PerformanceObserver "longtask"), watched from the page: one set-up for
// every big-graph spec, which reads them back as [start, duration] pairs (ms, page clock).
import type { Page } from '@playwright/test';

type Watched = { __longTasks: [number, number][] };

/** Starts (or restarts, emptied) the record of long tasks in `page`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Watched & { __longTaskObserver?: PerformanceObserver };
    w.__longTasks = [];
    if (w.__longTaskObserver) return;
    w.__longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    });
    w.__longTaskObserver.observe({ type: 'longtask' });
  });
}

/** The long tasks seen since `watchLongTasks`, as [start, duration] (ms). */
export function longTasks(page: Page): Promise<[number, number][]> {
  return page.evaluate(() => (window as unknown as Watched).__longTasks ?? []);
}
