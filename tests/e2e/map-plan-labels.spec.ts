// A plan step's numbered label ("1. Associate in any field", a line longer than the plain label) is
// drawn whole when the plan is chosen or switched after the first frame: Cytoscape kept the plain
// label's box and cut "1." and the last line off (seen on the cancer registrar plans, 2026-12-01).
import type { Page } from '@playwright/test';
import { expect, openExplorer, test } from './fixtures';

/**
 * Rows of the node's inside (its border left out) holding label ink (near-black pixels on the
 * canvas layers), from the first to the last, in line heights of the label as drawn now.
 */
function inkHeightInLines(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const n = cy.getElementById(nodeId);
    const zoom = cy.zoom();
    const ratio = window.devicePixelRatio;
    const p = n.renderedPosition();
    const inset = 8 * zoom;
    const x0 = Math.round((p.x - n.renderedWidth() / 2 + inset) * ratio);
    const x1 = Math.round((p.x + n.renderedWidth() / 2 - inset) * ratio);
    const y0 = Math.round((p.y - n.renderedHeight() / 2 + inset) * ratio);
    const y1 = Math.round((p.y + n.renderedHeight() / 2 - inset) * ratio);
    const rows = new Set<number>();
    for (const canvas of cy.container()?.querySelectorAll('canvas') ?? []) {
      const data = canvas.getContext('2d')?.getImageData(x0, y0, x1 - x0, y1 - y0).data;
      if (!data) continue;
      for (let i = 0; i < data.length; i += 4) {
        const dark = (data[i] ?? 255) < 70 && (data[i + 1] ?? 255) < 70 && (data[i + 2] ?? 255) < 70;
        if (dark && (data[i + 3] ?? 0) > 200) rows.add(Math.floor(i / 4 / (x1 - x0)));
      }
    }
    const lineHeight = Number.parseFloat(n.style('font-size')) * 1.2 * zoom * ratio;
    const lines = String(n.data('planLabel')).split('\n').length;
    const ink = rows.size ? Math.max(...rows) - Math.min(...rows) + 1 : 0;
    return { lines, inkLines: ink / lineHeight, classes: n.classes() };
  }, id);
}

test('a numbered label is drawn whole after switching to another plan', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExplorer(page, './?goal=cancer-registrar&holds=high-school-diploma&by=cost');
  await page.getByRole('tab', { name: /^Plan 2/ }).click();
  await expect(page.locator('.plan .steps > li').first()).toContainText('Associate degree in any field');
  // The first plan step gains a line with its number: "1." above "Associate / in any field".
  await expect.poll(async () => (await inkHeightInLines(page, 'associate-any')).classes).toContain('in-plan');
  // Drawn whole: ink from the top of "1." to the bottom of "field" spans more than two lines
  // (cut to the plain label's box it spanned two).
  await expect
    .poll(async () => {
      const { lines, inkLines } = await inkHeightInLines(page, 'associate-any');
      return lines === 3 && inkLines > 2.4;
    })
    .toBe(true);
});
