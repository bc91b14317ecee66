// The printable handout: in print, only the handout shows and it lists the plan's steps and draws
// its path; printed to PDF in Chromium it is exactly one page on A4 and on Letter.
import { planCareer } from '../../src/domain/planner';
import { expect, loadDataset, openExplorer, test } from './fixtures';

const { graph } = loadDataset();
const MANAGER = 'medical-and-health-services-manager';
const situation = { holds: ['high-school-diploma'] };

/** Pages in a PDF: page objects are `/Type /Page` (the tree nodes are `/Type /Pages`). */
function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test('prints one page holding the steps, on A4 and on Letter', async ({ page }) => {
  const result = planCareer(graph, situation, MANAGER, { by: 'months', alternatives: 3 });
  const plan = result.kind === 'plan' ? result.plans[0] : undefined;
  if (!plan) throw new Error('the manager role should be reachable');

  await openExplorer(page, `./?goal=${MANAGER}&holds=high-school-diploma`);
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('article', { name: 'Printable handout' });
  await expect(handout).toBeVisible();
  await expect(page.locator('.app')).toBeHidden();
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText(
    `Career plan: ${graph.getNodeAttribute(MANAGER, 'label')}`,
  );
  const rows = handout.locator('.handout-steps tbody tr');
  await expect(rows).toHaveCount(plan.steps.length);
  for (const [i, step] of plan.steps.entries()) {
    await expect(rows.nth(i).locator('strong')).toHaveText(graph.getNodeAttribute(step.id, 'label'));
  }
  // The plan panel's timeline, printed: one row per step.
  await expect(handout.locator('.timeline .timeline-row')).toHaveCount(plan.steps.length);
  await expect(handout.locator('.timeline')).toBeVisible();
  // The picture of the path: what is held, then one numbered box per step.
  const diagram = handout.locator('.path-diagram');
  await expect(diagram).toBeVisible();
  await expect(diagram).toContainText('You hold now');
  const numbered = await diagram
    .locator('text')
    .evaluateAll((els) =>
      els.map((t) => t.querySelector('tspan')?.textContent ?? '').filter((s) => /^\d+\. /.test(s)),
    );
  // One box per step (laid out by what needs what, so not always in number order).
  expect(numbered.map((s) => Number(s.split('.')[0])).sort((a, b) => a - b)).toEqual(
    plan.steps.map((_, i) => i + 1),
  );
  await expect(handout.getByRole('heading', { name: 'Sources' })).toBeVisible();

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(countPdfPages(pdf), `${format} pages`).toBe(1);
  }
});

test('the longest plan in the data (10 steps from scratch, cheapest) is zoomed to fit one page', async ({
  page,
}) => {
  const result = planCareer(graph, { holds: [] }, 'privacy-officer', { by: 'cost' });
  expect(result.kind === 'plan' ? result.plans[0]?.steps.length : 0).toBe(10);
  await openExplorer(page, './?goal=privacy-officer&by=cost');
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('article', { name: 'Printable handout' });
  await expect(handout.locator('.handout-steps tbody tr')).toHaveCount(10);
  const zoom = await handout.evaluate((el) => Number(getComputedStyle(el).zoom));
  expect(zoom).toBeLessThan(1);
  expect(zoom).toBeGreaterThanOrEqual(0.62);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(countPdfPages(pdf), `${format} pages`).toBe(1);
  }
});

test('without a goal the handout says what to do', async ({ page }) => {
  await openExplorer(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: 'Printable handout' })).toContainText(
    'No plan to print yet. Choose a goal in \u201cYour situation and goal\u201d (or try the example there); the handout then prints the plan to it.',
  );
});

test('on the dark theme the plan timeline is drawn in dark colours, and its handout prints on white', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openExplorer(page, `./?goal=${MANAGER}&holds=high-school-diploma`);
  const colours = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const c = getComputedStyle(el);
        return { border: c.borderBottomColor, background: c.backgroundColor, image: c.backgroundImage };
      });
  // The year lines and baseline are the dark palette's --line (#4a4f55), not a light grey.
  const track = await colours('.plan-panel .timeline-track, .timeline .timeline-track');
  expect(track.border).toBe('rgb(74, 79, 85)');
  expect(track.image).toContain('rgb(74, 79, 85)');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const handout = page.getByRole('article', { name: 'Printable handout' });
  await expect(handout.locator('.path-diagram')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  expect(
    await handout
      .locator('.timeline-track')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundImage),
  ).toContain('rgb(204, 204, 204)');
});
