// The order a plan lists its steps in, shared by the planner's raw plan and the schedule.

import { compareIds } from './graph-index';

/**
 * `steps` sorted by start, then end, then `depth` (a step's longest chain of prerequisites among
 * the steps, by index: prerequisites first among steps that start and end together), then id, then
 * index; a new array, `steps` left as it is.
 */
export function inStepOrder<T extends { start: number; end: number; id: string }>(
  steps: readonly T[],
  depth: ArrayLike<number>,
): T[] {
  const n = steps.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => {
    const a = steps[x] as T;
    const b = steps[y] as T;
    return (
      a.start - b.start ||
      a.end - b.end ||
      (depth[x] as number) - (depth[y] as number) ||
      compareIds(a.id, b.id) ||
      x - y
    );
  });
  const sorted: T[] = new Array(n);
  for (let k = 0; k < n; k++) sorted[k] = steps[order[k] as number] as T;
  return sorted;
}
