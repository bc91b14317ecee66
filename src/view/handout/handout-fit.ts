// Shrinks a long handout onto one page: the largest CSS zoom (down to a floor) at which the
// handout's measured height fits the page. Zoom also widens the text column, so lines wrap less
// and the height is measured again at each trial rather than scaled.

/** Usable height on Letter at 12 mm margins (255.4 mm), less a little for rounding. A4 has more. */
export const PAGE_BUDGET_MM = 250;
/** Content width on A4 at 12 mm margins: the narrower of A4 and Letter, so the taller layout. */
export const MEASURE_WIDTH_MM = 186;
/** Below this the type would be under ~6 pt: print on two pages instead. */
export const MIN_SCALE = 0.62;

/**
 * `heightAt(zoom)` is the printed height in mm at that zoom (0 when nothing could be measured).
 * Returns 1 when it fits as it is, else the largest zoom ≥ MIN_SCALE (to 0.01) that fits, else
 * MIN_SCALE.
 */
export function fitScale(heightAt: (zoom: number) => number, budget = PAGE_BUDGET_MM): number {
  const full = heightAt(1);
  if (!(full > budget)) return 1;
  if (heightAt(MIN_SCALE) > budget) return MIN_SCALE;
  let lo = MIN_SCALE; // fits
  let hi = 1; // does not fit
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    if (heightAt(mid) <= budget) lo = mid;
    else hi = mid;
  }
  return Math.floor(lo * 100) / 100;
}
