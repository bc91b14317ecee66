// A 5,000-node file's group boxes expand in place: a tapped box gives way to its members (at their
// laid-out places) while every other box stays collapsed with its count; its "Collapse …" button,
// first in the folded list of groups, folds it back; searching a member of a collapsed box opens
// that box and centres the node, selected. Long tasks while a group expands are logged (the figure goes in the report).
import { syntheticLattice } from '../../scripts/bench/synthetic';
import { expect, test } from './fixtures';
import { openBigGraph } from './graph-file';
import { longTasks, watchLongTasks } from './long-tasks';

const LATTICE = syntheticLattice({ nodes: 5000, seed: 7 });
const FILE = JSON.stringify(LATTICE);

interface GroupState {
  id: string;
  name: string;
  count: number;
  boxShown: boolean;
  membersShown: number;
}

test('group boxes expand in place, collapse again, and search opens a collapsed group', async ({
  page,
}, info) => {
  // A loaded 2-core machine: parse, worker layout, first draw and 5,000 members in slices.
  test.setTimeout(480_000);
  await openBigGraph(page, FILE, 'synthetic-5000.json');
  await expect(page.getByRole('button', { name: 'Expand all' })).toBeVisible();

  const groups = (): Promise<GroupState[]> =>
    page.evaluate(() => {
      const cy = window.cy;
      if (!cy) throw new Error('no cy');
      return cy.nodes('.group').map((g) => ({
        id: g.id(),
        name: String(g.data('name')),
        count: Number(g.data('count')),
        boxShown: g.visible(),
        membersShown: cy.nodes(`[group = "${g.id()}"]`).filter((n) => n.visible()).length,
      }));
    });
  const before = await groups();
  expect(before.length).toBeGreaterThan(10);
  expect(before.every((g) => g.boxShown && g.membersShown === 0)).toBe(true);

  // The biggest box whose centre is clear of the tools at the top right: tap it.
  const target = await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const clear = cy
      .nodes('.group')
      .toArray()
      .map((g) => ({ id: g.id(), count: Number(g.data('count')), at: g.renderedPosition() }))
      .filter((g) => g.at.x < cy.width() - 420 && g.at.x > 40)
      .sort((a, b) => b.count - a.count);
    const g = clear[0];
    if (!g) throw new Error('no group clear of the tools');
    const box = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
    return { id: g.id, x: box.left + g.at.x, y: box.top + g.at.y };
  });
  await watchLongTasks(page);
  await page.mouse.click(target.x, target.y);
  const expandedCount = (before.find((g) => g.id === target.id) as GroupState).count;
  await expect
    .poll(async () => (await groups()).find((g) => g.id === target.id)?.membersShown, { timeout: 60_000 })
    .toBe(expandedCount);
  const open = await groups();
  const mine = open.find((g) => g.id === target.id) as GroupState;
  expect(mine.boxShown).toBe(false);
  // Every other group stays one box with its count, its members not drawn.
  const others = open.filter((g) => g.id !== target.id);
  expect(others.every((g) => g.boxShown && g.membersShown === 0)).toBe(true);
  // Links to the collapsed boxes are drawn as one link per pair, with a count (once the members'
  // links are in the canvas: they come after the nodes, a slice per frame).
  await expect
    .poll(() => page.evaluate(() => window.cy?.edges('.agg').length), { timeout: 120_000 })
    .toBeGreaterThan(0);
  const agg = await page.evaluate(() =>
    window.cy?.edges('.agg').map((e) => ({ count: Number(e.data('count')), shown: e.visible() })),
  );
  expect(agg?.length).toBeGreaterThan(0);
  // Zoomed out they are minor links (level-of-detail.ts): under a pixel wide, not drawn.
  expect(agg?.every((e) => e.count >= 1 && !e.shown)).toBe(true);
  await page.waitForTimeout(1500);
  const first = (await longTasks(page)).map(([, ms]) => Math.round(ms));
  console.log(
    `expanding ${expandedCount} members (first expansion: its members and their links put into the canvas, a slice per frame): long tasks ms ${JSON.stringify(first)}, longest ${Math.max(0, ...first)}`,
  );
  // Zoomed in on the expanded group, every counted link is drawn (once the last are in).
  await page.evaluate((id) => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    cy.zoom(0.5);
    cy.center(cy.nodes(`[group = "${id}"]`));
  }, target.id);
  await expect
    .poll(() => page.evaluate(() => window.cy?.edges('.agg').filter((e) => !e.visible()).length), {
      timeout: 60_000,
    })
    .toBe(0);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: info.outputPath('map-5000-expanded.png') });

  // The controls stay one line over the map: no "Collapse …" button in the bar, the expanded
  // group first in the folded list of groups, named by its name and count, collapses it again.
  await expect(page.locator('.group-bar button')).toHaveCount(2);
  await page.getByText(/^Groups: 1 of \d+ expanded$/).click();
  const collapse = page.getByRole('button', {
    name: `Collapse ${mine.name} (${expandedCount.toLocaleString('en-US')})`,
  });
  await expect(collapse).toBeVisible();
  await collapse.click();
  await expect.poll(async () => (await groups()).every((g) => g.boxShown && g.membersShown === 0)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: `Collapsed ${mine.name}` })).toBeAttached();
  // (The counted links follow the members, a frame after the last slice.)
  await expect.poll(() => page.evaluate(() => window.cy?.edges('.agg').length)).toBe(0);

  // From the list of groups (keyboard and screen reader): expand the biggest, now that the members
  // are in the canvas, and time it alone.
  const biggest = [...open].sort((a, b) => b.count - a.count)[0] as GroupState;
  await watchLongTasks(page);
  // (The list is still open.)
  await expect(page.getByText(/^Groups: 0 of \d+ expanded$/)).toBeVisible();
  await page
    .getByRole('button', { name: `Expand ${biggest.name} (${biggest.count.toLocaleString('en-US')})` })
    .click();
  await expect
    .poll(async () => (await groups()).find((g) => g.id === biggest.id)?.membersShown, { timeout: 60_000 })
    .toBe(biggest.count);
  await page.waitForTimeout(1000);
  const second = (await longTasks(page)).map(([, ms]) => Math.round(ms));
  console.log(
    `expanding ${biggest.count} members again after collapsing: long tasks ms ${JSON.stringify(second)}, longest ${Math.max(0, ...second)}`,
  );
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect.poll(async () => (await groups()).every((g) => g.boxShown && g.membersShown === 0)).toBe(true);

  // Search for a member of a collapsed group: its group opens, the node is selected and centred.
  // (Collapsed members are not in the canvas at all: the node is taken from the file.)
  const role = LATTICE.nodes.filter((n) => n.kind === 'role')[100];
  if (!role) throw new Error('no member');
  const wanted = { id: role.id, label: role.label };
  expect(await page.evaluate((id) => window.cy?.getElementById(id).empty(), wanted.id)).toBe(true);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(wanted.label);
  await expect(page.getByRole('option').first()).toContainText(wanted.label);
  await search.press('Enter');
  // Its group opens: the box gives way to the members, the node among them.
  await expect
    .poll(
      () =>
        page.evaluate((id) => {
          const cy = window.cy;
          const group = cy?.getElementById(id).data('group');
          return group !== undefined && cy?.getElementById(String(group)).visible() === false;
        }, wanted.id),
      { timeout: 30_000 },
    )
    .toBe(true);
  const wantedGroup = await page.evaluate(
    (id) => String(window.cy?.getElementById(id).data('group')),
    wanted.id,
  );
  const found = await page.evaluate((id) => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const n = cy.getElementById(id);
    return {
      selected: n.hasClass('selected'),
      visible: n.visible(),
      x: n.renderedPosition('x'),
      y: n.renderedPosition('y'),
      w: cy.width(),
      h: cy.height(),
    };
  }, wanted.id);
  expect(found.selected).toBe(true);
  expect(found.visible).toBe(true);
  // Centred in the part of the canvas the details drawer leaves free (it covers the right side).
  await expect
    .poll(() =>
      page.evaluate((id) => {
        const cy = window.cy;
        const p = cy?.getElementById(id).renderedPosition();
        return p && cy
          ? p.x > 0 && p.x < cy.width() && Math.abs(p.y - cy.height() / 2) < cy.height() / 4
          : false;
      }, wanted.id),
    )
    .toBe(true);
  const still = (await groups()).filter((g) => g.id !== wantedGroup);
  expect(still.every((g) => g.boxShown)).toBe(true);
  await expect(page.getByText(/^Groups: 1 of \d+ expanded$/)).toBeVisible();
  await expect(page.locator('.group-list li button').first()).toHaveText(/^Collapse .* \(\d[\d,]*\)$/);
});
