// The explorer in a real browser: the graph holds the dataset, search, situation → plan with the
// plan lit on the canvas, objectives, the text view, phones, and stored state that cannot be read.
import { planCareer } from '../../src/domain/planner';
import { addHeld, expect, idsWithClass, loadDataset, openExplorer, test } from './fixtures';

const { file, graph } = loadDataset();
const MANAGER = 'medical-and-health-services-manager';

test('opens with every node and edge of the dataset on the graph', async ({ page }) => {
  await openExplorer(page);
  const shown = await page.evaluate(() => ({
    nodes:
      window.cy
        ?.nodes()
        .map((n) => n.id())
        .sort() ?? [],
    edges: window.cy?.edges().length ?? 0,
  }));
  expect(shown.nodes).toEqual(file.nodes.map((n) => n.id).sort());
  expect(shown.edges).toBe(graph.size);
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeVisible();
  await expect(page.getByText('Choose a Goal above to see the steps')).toBeVisible();
});

test('search selects a node, shows its details and centres the graph on it', async ({ page }) => {
  await openExplorer(page);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('rhia');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(
    results.getByRole('option', { name: /Registered Health Information Administrator/ }),
  ).toBeVisible();
  await search.press('Enter');
  const details = page.locator('.details');
  await expect(
    details.getByRole('heading', { name: 'Registered Health Information Administrator (RHIA)' }),
  ).toBeVisible();
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  await expect(details).toContainText(
    `one of: ${['bachelor-him', 'bachelor-him-progression', 'master-him', 'post-bacc-him-certificate'].map(label).join(', ')}`,
  );
  expect(await idsWithClass(page, 'selected')).toEqual(['rhia']);
  // Centred in the part of the canvas the details drawer leaves free, once the animation ends.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const cy = window.cy;
        const canvas = cy?.container()?.getBoundingClientRect();
        const drawer = document.querySelector('.centre > .details')?.getBoundingClientRect();
        const p = cy?.getElementById('rhia').renderedPosition();
        if (!cy || !canvas || !drawer || !p) return -1;
        const freeWidth = drawer.left - canvas.left;
        return Math.round(Math.abs(p.x - freeWidth / 2) + Math.abs(p.y - cy.height() / 2));
      }),
    )
    .toBeLessThan(3);
});

test('a situation and a goal show the plan and light exactly its nodes', async ({ page }) => {
  const situation = {
    holds: ['high-school-diploma', 'medical-records-technician'],
    years: { 'medical-records-technician': 2 },
  };
  const expected = planCareer(graph, situation, MANAGER, { by: 'months', alternatives: 3 });
  if (expected.kind !== 'plan') throw new Error('the dataset should reach the manager role');
  const best = expected.plans[0];
  if (!best) throw new Error('no plan');

  await openExplorer(page);
  await addHeld(page, 'high-school-diploma');
  await addHeld(page, 'medical-records-technician');
  await page.getByLabel('Years as Medical records technician').fill('2');
  await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);

  const steps = page.locator('.plan .steps > li');
  await expect(steps).toHaveCount(best.steps.length);
  for (const [i, step] of best.steps.entries()) {
    await expect(steps.nth(i).getByRole('button').first()).toHaveText(
      graph.getNodeAttribute(step.id, 'label'),
    );
  }
  await expect(page.locator('.plan .totals')).toContainText(`${best.totals.steps} steps`);
  await expect(page.locator('.plan .salary-change')).toContainText('a year: from ');
  expect(await idsWithClass(page, 'in-plan')).toEqual(best.steps.map((s) => s.id).sort());
  expect(await idsWithClass(page, 'held')).toEqual(['high-school-diploma', 'medical-records-technician']);
  const notDimmed = await page.evaluate(() =>
    window.cy
      ?.nodes()
      .not('.dimmed')
      .map((n) => n.id())
      .sort(),
  );
  expect(notDimmed).toEqual([...best.steps.map((s) => s.id), ...situation.holds].sort());
  await expect(page.getByRole('figure', { name: /Timeline/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Salary along the path' })).toBeVisible();

  // Reload: the situation and goal were kept.
  await page.reload();
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue(MANAGER);
  await expect(steps).toHaveCount(best.steps.length);
});

test('switching the objective changes the plan where the data says it should', async ({ page }) => {
  const situation = { holds: ['high-school-diploma'], years: {} };
  const fastest = planCareer(graph, situation, MANAGER, { by: 'months' });
  const fewest = planCareer(graph, situation, MANAGER, { by: 'steps' });
  if (fastest.kind !== 'plan' || fewest.kind !== 'plan') throw new Error('expected plans');
  const idsOf = (r: typeof fastest) => (r.kind === 'plan' ? (r.plans[0]?.steps.map((s) => s.id) ?? []) : []);
  // The data gives a quicker route with more steps and a slower one with fewer.
  expect(idsOf(fastest)).not.toEqual(idsOf(fewest));

  await openExplorer(page);
  await addHeld(page, 'high-school-diploma');
  await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);
  await expect.poll(() => idsWithClass(page, 'in-plan')).toEqual([...idsOf(fastest)].sort());
  await page.getByRole('radio', { name: 'Fewest steps' }).check();
  await expect.poll(() => idsWithClass(page, 'in-plan')).toEqual([...idsOf(fewest)].sort());
  await expect(page.locator('.plan .steps > li')).toHaveCount(idsOf(fewest).length);
});

test('the text view lists every node with what it requires and leads to, and the plan in order', async ({
  page,
}) => {
  await openExplorer(page);
  await addHeld(page, 'high-school-diploma');
  await page.getByLabel('Goal', { exact: true }).selectOption('rhia');
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  const view = page.locator('#text-view');
  for (const node of file.nodes) {
    await expect(view.getByRole('button', { name: node.label, exact: true })).toHaveCount(1);
  }
  const plan = planCareer(graph, { holds: ['high-school-diploma'] }, 'rhia', { by: 'months' });
  if (plan.kind !== 'plan' || !plan.plans[0]) throw new Error('expected a plan');
  const items = view.getByRole('region', { name: 'Your plan as a list' }).getByRole('listitem');
  await expect(items).toHaveCount(plan.plans[0].steps.length);
  await expect(view).toContainText('Requires: one of: ');
  await expect(view).toContainText('Leads to: ');
});

test('on a phone the graph stacks under the panels and the plan still works', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await openExplorer(page);
  const graphBox = await page.locator('.graph-canvas').boundingBox();
  const sideBox = await page.locator('.side').boundingBox();
  expect(graphBox && sideBox && graphBox.y >= sideBox.y + sideBox.height - 1).toBe(true);
  expect(graphBox?.width).toBeGreaterThan(380);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);
  await expect(page.locator('.plan .steps > li').first()).toBeVisible();
  await context.close();
});

test('unreadable stored state gives a clear message and the defaults', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('career-path-explorer:situation:v1', '{"version":1,"situation":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openExplorer(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'Your saved situation could not be read' }),
  ).toBeVisible();
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue('');
});

test('a node chosen in the text view is selected and in view when the graph comes back', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  await page
    .locator('#text-view')
    .getByRole('button', { name: graph.getNodeAttribute('cpma', 'label'), exact: true })
    .click();
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  expect(await idsWithClass(page, 'selected')).toEqual(['cpma']);
  const inView = await page.evaluate(() => {
    const cy = window.cy;
    const p = cy?.getElementById('cpma').renderedPosition();
    return !!cy && !!p && p.x > 0 && p.x < cy.width() && p.y > 0 && p.y < cy.height();
  });
  expect(inView).toBe(true);
});
