// Your own career graph in a real browser: open a file through "Open a graph file", a file with
// mistakes, kept across a reload, edited (the plan follows), downloaded, and shared in a link.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parseCareerGraph } from '../../src/data/load';
import { addHeld, expect, openExplorer, test } from './fixtures';

const SMALL = 'tests/fixtures/valid-small.json';
const SMALL_TITLE = 'A small test lattice';
const small = parseCareerGraph(readFileSync(SMALL, 'utf8'), SMALL);
if (!small.ok) throw new Error(small.problems.join('\n'));
const smallIds = small.file.nodes.map((n) => n.id).sort();

const cyIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window.cy?.nodes().map((n) => n.id()) ?? []).sort());

async function openSmall(page: Page): Promise<void> {
  await openExplorer(page);
  await page.getByLabel('Open a graph file').setInputFiles(SMALL);
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-small-lattice');
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
}

const planSteps = (page: Page) => page.locator('.plan .steps > li');

/** Opens "More graph actions" (spreadsheets, download, new graph) unless it is open. */
async function moreActions(page: Page): Promise<void> {
  const menu = page.locator('details.own-more');
  if (!(await menu.evaluate((d: HTMLDetailsElement) => d.open)))
    await menu.getByText('More graph actions').click();
}

test('a file opened with "Open a graph file" is in the graph and the text view, and plans work', async ({
  page,
}) => {
  await openSmall(page);
  await expect(page.getByLabel('Graph shown').locator('option:checked')).toHaveText(SMALL_TITLE);
  expect(await cyIds(page)).toEqual(smallIds);
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  for (const n of small.file.nodes) await expect(page.locator('#text-view')).toContainText(n.label);
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await addHeld(page, 'diploma');
  await page.getByLabel('Goal', { exact: true }).selectOption('coder');
  await expect(planSteps(page)).toHaveCount(2);
  await expect(planSteps(page).nth(1).getByRole('button').first()).toHaveText('Medical coder');
});

test('a file with five mistakes lists five problems with their paths and keeps the graph shown', async ({
  page,
}) => {
  await openExplorer(page);
  const before = await cyIds(page);
  await page.getByLabel('Open a graph file').setInputFiles('tests/fixtures/five-mistakes.json');
  const panel = page.getByRole('alert').filter({ hasText: 'was not opened' });
  await expect(panel).toContainText('“five-mistakes.json” was not opened: 5 problems');
  const items = panel.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  for (const text of await items.allTextContents())
    expect(text).toMatch(/: \$\.[^ ]* \(line \d+, column \d+\): /);
  expect(await cyIds(page)).toEqual(before);
  await expect(page.getByLabel('Graph shown')).toHaveValue('health-information');
});

test('a file over 20 MB is refused with a clear message', async ({ page }) => {
  await openExplorer(page);
  await page.getByLabel('Open a graph file').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(21 * 1024 * 1024, 32),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'was not opened' })).toContainText(
    'the file is 21.0 MB, too large to open (expected at most 20.0 MB)',
  );
});

test('after a reload the opened graph is still there and selected, and its situation is its own', async ({
  page,
}) => {
  await openSmall(page);
  await addHeld(page, 'diploma');
  await page.reload();
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-small-lattice');
  expect(await cyIds(page)).toEqual(smallIds);
  // The built-in graph's saved situation did not get the small graph's diploma.
  await page.getByLabel('Graph shown').selectOption('health-information');
  await expect(page.getByLabel('Graph shown')).toHaveValue('health-information');
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await expect(page).not.toHaveURL(/holds=/);
  await expect(page.getByText('no longer in this career graph')).toHaveCount(0);
  await page.getByLabel('Graph shown').selectOption('own-small-lattice');
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await expect(page).toHaveURL(/graph=own-small-lattice/);
});

test("editing a node's requirement changes the plan; undo puts it back", async ({ page }) => {
  await openSmall(page);
  await addHeld(page, 'diploma');
  await page.getByLabel('Goal', { exact: true }).selectOption('coder');
  await expect(planSteps(page).nth(0).getByRole('button').first()).toHaveText('Coding certificate');
  await page.getByRole('button', { name: 'Edit this graph' }).click();
  const editor = page.getByRole('region', { name: 'Graph editor' });
  await editor
    .getByRole('navigation', { name: 'Nodes' })
    .getByRole('button', { name: /Medical coder/ })
    .click();
  const requires = editor.getByLabel('Requires', { exact: true });
  await expect(requires).toHaveValue('certificate or associate');
  await requires.fill('associate or nosuch');
  await expect(editor.getByRole('alert').first()).toContainText('nosuch');
  await expect(planSteps(page).nth(0).getByRole('button').first()).toHaveText('Coding certificate');
  await requires.fill('diploma and (associate or certificate)');
  await expect(
    editor.getByText(
      /^Reads as: all of: High-school diploma[,;] \(one of: Associate degree, Coding certificate\)$/,
    ),
  ).toBeVisible();
  await requires.fill('associate');
  await expect(planSteps(page).nth(0).getByRole('button').first()).toHaveText('Associate degree');
  await editor.getByRole('button', { name: 'Undo' }).click();
  await expect(planSteps(page).nth(0).getByRole('button').first()).toHaveText('Coding certificate');
  // The edit is kept: a reload shows the edited graph.
  await editor.getByRole('button', { name: 'Redo' }).click();
  await expect(planSteps(page).nth(0).getByRole('button').first()).toHaveText('Associate degree');
  await page.reload();
  await expect(planSteps(page).nth(0).getByRole('button').first()).toHaveText('Associate degree');
});

test('at 1280×800 the editor opens beside the map: both on one screen, the whole graph in view', async ({
  page,
}) => {
  await openSmall(page);
  await page.getByRole('button', { name: 'Edit this graph' }).click();
  const editor = page.getByRole('region', { name: 'Graph editor' });
  // It opens away from its button, so focus goes to it.
  await expect(editor.getByRole('heading', { name: /^Editing/ })).toBeFocused();
  await expect(editor.getByLabel('Requires', { exact: true })).toBeVisible();
  const map = page.locator('.graph-canvas');
  const view = { w: 1280, h: 800 };
  const inView = (b: { x: number; y: number; width: number; height: number } | null) =>
    b !== null && b.x >= 0 && b.y >= 0 && b.x + b.width <= view.w + 1 && b.y + b.height <= view.h + 1;
  const mapBox = await map.boundingBox();
  const editorBox = await editor.boundingBox();
  // Side by side, each wholly on the screen, the map still a usable size.
  expect(inView(editorBox)).toBe(true);
  expect(inView(mapBox)).toBe(true);
  expect(mapBox && editorBox && mapBox.x + mapBox.width <= editorBox.x + 1).toBe(true);
  expect(mapBox?.width).toBeGreaterThan(450);
  expect(mapBox?.height).toBeGreaterThan(450);
  // The map was fitted to its narrower width: every node is inside the canvas.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const cy = window.cy;
        if (!cy) return false;
        const bb = cy.nodes().renderedBoundingBox();
        return bb.x1 >= 0 && bb.x2 <= cy.width() && bb.y1 >= 0 && bb.y2 <= cy.height();
      }),
    )
    .toBe(true);
  // Closing gives the map its width back and focus back to the button.
  await editor.getByRole('button', { name: 'Close the editor' }).click();
  await expect(editor).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit this graph' })).toBeFocused();
  await expect.poll(async () => (await map.boundingBox())?.width ?? 0).toBeGreaterThan(800);
});

test("an organisation's graph draws no link through a box that is not its own end", async ({ page }) => {
  // 13 nodes where the taxi route of "Associate in IT → Network administrator" ran straight
  // through "Bachelor in CS" (and three more links through other boxes), reading as chains.
  await openExplorer(page);
  await page.getByLabel('Open a graph file').setInputFiles('tests/fixtures/org-links-behind-boxes.json');
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-acme-it');
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  const linksThroughBoxes = () =>
    page.evaluate(() => {
      const cy = window.cy;
      if (!cy) return ['no cy'];
      const out: string[] = [];
      cy.edges(':visible').forEach((e) => {
        const pts = [e.sourceEndpoint(), ...(e.segmentPoints() ?? []), e.targetEndpoint()];
        cy.nodes(':visible').forEach((n) => {
          if (n.same(e.source()) || n.same(e.target())) return;
          // The box, a little inside its edge (a line along a side is not through it).
          const { x, y } = n.position();
          const hw = n.width() / 2 - 2;
          const hh = n.height() / 2 - 2;
          for (let i = 0; i + 1 < pts.length; i++) {
            const p = pts[i] as { x: number; y: number };
            const q = pts[i + 1] as { x: number; y: number };
            // Sampled along the segment: bends are square, but endpoints may leave at an angle.
            for (let k = 0; k <= 40; k++) {
              const px = p.x + ((q.x - p.x) * k) / 40;
              const py = p.y + ((q.y - p.y) * k) / 40;
              if (Math.abs(px - x) < hw && Math.abs(py - y) < hh) {
                out.push(`${e.id()} through ${n.id()}`);
                return;
              }
            }
          }
        });
      });
      return out;
    });
  // The routing loads on first use, just after the graph is drawn: poll (generously) until it has run.
  await expect.poll(linksThroughBoxes, { timeout: 60_000 }).toEqual([]);
});

test('the requirement builder and the text edit the same requirement, by pointer and keyboard, with undo', async ({
  page,
}) => {
  await openSmall(page);
  await page.getByRole('button', { name: 'Edit this graph' }).click();
  const editor = page.getByRole('region', { name: 'Graph editor' });
  await editor.getByRole('button', { name: /Coding credential/ }).click();
  const requires = editor.getByLabel('Requires', { exact: true });
  const builder = editor.getByRole('group', { name: 'Requirement builder' });
  await expect(requires).toHaveValue('associate or (certificate and 1 yr coder)');
  await expect(builder.getByLabel(/^Needs/)).toHaveValue('anyOf');
  await expect(builder.getByLabel(/^2\.1\. Node/)).toHaveValue('certificate');
  await expect(builder.getByLabel(/^2\.2\. Years/)).toHaveValue('1');
  // The fields scroll within the editor (they were once clipped out of reach of a mouse).
  const main = editor.locator('.editor-main');
  expect(await main.evaluate((m) => m.scrollHeight > m.clientHeight)).toBe(true);
  await main.evaluate((m) => {
    m.scrollTop = m.scrollHeight;
  });
  await expect(builder.getByRole('button', { name: 'Add group to the requirement' })).toBeInViewport();

  // Switch a nested group, then move its second item up: focus stays on the item moved.
  await builder.getByLabel(/^2\. Group: needs/).selectOption('anyOf');
  await expect(requires).toHaveValue('associate or (certificate or 1 yr coder)');
  await builder.getByRole('button', { name: 'Move item 2.2 up' }).click();
  await expect(requires).toHaveValue('associate or (1 yr coder or certificate)');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Move item 2.1 down');

  // A node that is not in the graph: the validator's message, and nothing applied.
  await builder.getByRole('button', { name: 'Add node to the requirement' }).click();
  await expect(builder.getByLabel(/^3\. Node/)).toBeFocused();
  await builder.getByLabel(/^3\. Node/).fill('nosuch');
  await expect(editor.getByRole('alert').first()).toContainText('nosuch');
  await expect(builder.getByText('not a node of this graph')).toBeVisible();
  await builder.getByLabel(/^3\. Node/).fill('diploma');
  await expect(requires).toHaveValue('associate or (1 yr coder or certificate) or diploma');
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Undo' }).click();
  await expect(requires).toHaveValue('associate or (1 yr coder or certificate)');
  await expect(builder.getByLabel(/^3\. Node/)).toHaveCount(0);

  // Text typed shows in the builder at once.
  await requires.fill('diploma and 2 yr coder');
  await expect(builder.getByLabel(/^Needs/)).toHaveValue('allOf');
  await expect(builder.getByLabel(/^1\. Node/)).toHaveValue('diploma');
  await expect(builder.getByLabel(/^2\. Years/)).toHaveValue('2');
  await builder.getByRole('button', { name: 'Remove item 2' }).click();
  await expect(requires).toHaveValue('diploma');

  // An empty group is left out (and says so); by keyboard, a node added to it counts as itself.
  await builder.getByRole('button', { name: 'Add group to the requirement' }).click();
  await expect(builder.getByText('Empty: left out until it has an item.')).toBeVisible();
  await expect(requires).toHaveValue('diploma');
  await builder.getByRole('button', { name: 'Add node to group 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(builder.getByLabel(/^2\.1\. Node/)).toBeFocused();
  await page.keyboard.type('associate');
  await expect(requires).toHaveValue('diploma and associate');
  await expect(builder.getByText('One item: counts as that item.')).toBeVisible();
  // Reload: the edit was kept.
  await page.reload();
  await page.getByRole('button', { name: 'Edit this graph' }).click();
  await page
    .getByRole('region', { name: 'Graph editor' })
    .getByRole('button', { name: /Coding credential/ })
    .click();
  await expect(page.getByLabel('Requires', { exact: true })).toHaveValue('diploma and associate');
});

/**
 * A valid graph whose compressed text is far over the 32,000 characters a link may carry: few
 * nodes (quick to lay out), each with notes of pseudo-random hex that does not compress.
 */
function graphTooBigForALink(): string {
  // Hashes of a counter: the same text every run, and as hard to compress as random bytes.
  const hex = (i: number) =>
    Array.from({ length: 32 }, (_, k) => createHash('sha256').update(`${i}:${k}`).digest('hex')).join('');
  const nodes = Array.from({ length: 40 }, (_, i) => ({
    id: `node-${i}`,
    kind: 'education',
    label: `Program ${i}`,
    notes: hex(i),
  }));
  return JSON.stringify({
    format: 1,
    id: 'too-big',
    title: 'Too big for a link',
    updated: '2026-11-30',
    currency: 'USD',
    sources: {},
    nodes,
  });
}

test('a graph too big for a link offers its file instead, and the file downloaded opens', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const text = graphTooBigForALink();
  await openExplorer(page);
  await page.getByLabel('Open a graph file').setInputFiles({
    name: 'too-big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-too-big', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Share graph and view' }).click();
  const status = page.getByRole('status').filter({ hasText: 'too large to travel inside a link' });
  await expect(status).toContainText('at most 32,000', { timeout: 30_000 });
  await expect(page.getByLabel(/Link with the graph inside/)).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    status.getByRole('button', { name: 'Download the graph file' }).click(),
  ]);
  const path = await download.path();
  const r = parseCareerGraph(readFileSync(path, 'utf8'), download.suggestedFilename());
  expect(r.ok ? [] : r.problems).toEqual([]);
  if (r.ok) expect(r.file).toEqual(JSON.parse(text));

  // The recipient opens the file in a browser of their own.
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await openExplorer(other);
  await other.getByLabel('Open a graph file').setInputFiles(path);
  await expect(other.getByLabel('Graph shown')).toHaveValue('own-too-big', { timeout: 30_000 });
  await expect(other.getByLabel('Graph shown').locator('option:checked')).toHaveText('Too big for a link');
  await expect.poll(async () => (await cyIds(other)).length, { timeout: 60_000 }).toBe(40);
  await fresh.close();
});

test('deleting a node others require names them and removes those mentions', async ({ page }) => {
  await openSmall(page);
  await page.getByRole('button', { name: 'Edit this graph' }).click();
  const editor = page.getByRole('region', { name: 'Graph editor' });
  await editor.getByRole('button', { name: /Coding certificate/ }).click();
  await editor.getByRole('button', { name: 'Delete this node' }).click();
  const ask = editor.getByRole('alertdialog', { name: 'Delete a node others require' });
  await expect(ask).toContainText('required by: Medical coder, Coding credential');
  await ask.getByRole('button', { name: 'Delete and remove those mentions' }).click();
  await expect.poll(() => cyIds(page)).toEqual(smallIds.filter((id) => id !== 'certificate'));
});

test('the downloaded graph passes the validator', async ({ page }) => {
  await openSmall(page);
  await moreActions(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this graph' }).click(),
  ]);
  const path = await download.path();
  const r = parseCareerGraph(readFileSync(path, 'utf8'), download.suggestedFilename());
  expect(r.ok ? [] : r.problems).toEqual([]);
  if (r.ok) expect(r.file).toEqual(small.file);
});

test('deleting a kept graph can be undone; the other graphs stay', async ({ page }) => {
  await openSmall(page);
  await page.getByText('Your graphs (1)').click();
  await page.getByRole('button', { name: `Delete ${SMALL_TITLE}` }).click();
  await expect(page.getByText(`Deleted "${SMALL_TITLE}".`)).toBeVisible();
  await expect(page.getByText('Your graphs (0)')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Your graphs (1)')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-small-lattice');
});

test('a link with the graph in its fragment opens the same view in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  await openSmall(page);
  await addHeld(page, 'diploma');
  await page.getByLabel('Goal', { exact: true }).selectOption('coder');
  await expect(planSteps(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Share graph and view' }).click();
  const url = await page.getByLabel(/Link with the graph inside/).inputValue();
  expect(url).toMatch(/\?graph=own-small-lattice&goal=coder&holds=diploma#graph-file=[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto(url);
  await expect(other.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await expect(other.getByLabel('Graph shown')).toHaveValue('own-small-lattice');
  await expect(other.getByLabel('Goal', { exact: true })).toHaveValue('coder');
  await expect(other.locator('.plan .steps > li')).toHaveCount(2);
  expect(await cyIds(other)).toEqual(smallIds);
  // The graph is kept now: the address no longer carries it.
  expect(new URL(other.url()).hash).toBe('');
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a link to a graph this browser lacks says what is missing and how to open it', async ({ page }) => {
  await page.goto('./?graph=own-small-lattice&goal=coder&holds=diploma');
  await expect(page.getByRole('alert')).toContainText(
    'This link is for a career graph that is not in this browser',
  );
  await expect(page.getByRole('alert')).toContainText('"own-small-lattice"');
  await expect(page.getByRole('alert')).toContainText('Open a graph file');
  // Opening the file brings the link's view.
  await page.getByLabel('Open a graph file').setInputFiles(SMALL);
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue('coder');
  await expect(page.locator('.plan .steps > li')).toHaveCount(2);
});

test('spreadsheets exported then imported give an equal graph', async ({ page }) => {
  await openSmall(page);
  const downloads: string[] = [];
  page.on('download', async (d) => downloads.push(await d.path()));
  await moreActions(page);
  await page.getByRole('button', { name: 'Export spreadsheets (CSV)' }).click();
  await expect.poll(() => downloads.length).toBe(3);
  await moreActions(page);
  await page.getByLabel('Import spreadsheets (CSV)').setInputFiles(downloads);
  // The same graph in the documented field order: kept as its own graph, then shown.
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-small-lattice-2');
  await moreActions(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this graph' }).click(),
  ]);
  const r = parseCareerGraph(readFileSync(await download.path(), 'utf8'), 'round-trip.json');
  expect(r.ok && r.file).toEqual(small.file);
});

test('an edit the validator rejects and a rename leave the kept graph whole after a reload', async ({
  page,
}) => {
  await openSmall(page);
  await page.getByRole('button', { name: 'Edit this graph' }).click();
  const editor = page.getByRole('region', { name: 'Graph editor' });
  await editor.getByRole('button', { name: /Medical coder/ }).click();
  await editor.getByLabel('Requires', { exact: true }).fill('certificate and (');
  await expect(editor.getByRole('alert').first()).toBeVisible();
  await page.getByText('Your graphs (1)').click();
  await page.getByRole('button', { name: `Rename ${SMALL_TITLE}` }).click();
  await page.getByLabel(`New title for “${SMALL_TITLE}”`).fill('My lattice');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByText('Renamed to "My lattice".')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Graph shown').locator('option:checked')).toHaveText('My lattice');
  await moreActions(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this graph' }).click(),
  ]);
  const r = parseCareerGraph(readFileSync(await download.path(), 'utf8'), 'kept.json');
  expect(r.ok && r.file).toEqual({ ...small.file, title: 'My lattice' });
});

test('a graph file dropped on the page opens like one picked', async ({ page }) => {
  await openExplorer(page);
  const text = readFileSync(SMALL, 'utf8');
  await page.evaluate((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    const target = document.querySelector('.explorer') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, text);
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-small-lattice');
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  expect(await cyIds(page)).toEqual(smallIds);
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.own-bar').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe: the graphs bar, the problems panel, the editor and the share link have no serious violations', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByLabel('Open a graph file').setInputFiles('tests/fixtures/five-mistakes.json');
  await expect(page.getByRole('list', { name: 'Problems in the file' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Open a graph file').setInputFiles(SMALL);
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-small-lattice');
  await page.getByRole('button', { name: 'Edit this graph' }).click();
  const editor = page.getByRole('region', { name: 'Graph editor' });
  await editor.getByLabel('Requires', { exact: true }).fill('x and (');
  await page.getByRole('button', { name: 'Share graph and view' }).click();
  await expect(page.getByLabel(/Link with the graph inside/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('"New graph" and "Edit a copy" open the editor on a kept graph of their own', async ({ page }) => {
  await openExplorer(page);
  await moreActions(page);
  await page.getByRole('button', { name: 'New graph' }).click();
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-my-career-graph');
  const editor = page.getByRole('region', { name: 'Graph editor' });
  await expect(editor.getByRole('heading', { name: 'Editing “My career graph”' })).toBeVisible();
  await editor.getByRole('button', { name: 'Add a node' }).click();
  await expect.poll(() => cyIds(page)).toEqual(['first-step', 'new-node']);
  await page.getByLabel('Graph shown').selectOption('health-information');
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-health-information');
  await expect(
    page.getByRole('region', { name: 'Graph editor' }).getByRole('heading', { name: /\(copy\)”$/ }),
  ).toBeVisible();
  await page.getByText('Your graphs (2)').click();
  await expect(page.getByRole('button', { name: 'Delete My career graph' })).toBeVisible();
});

test('"Edit a copy" mid-session keeps the student\'s situation, goal and plan on the copy', async ({
  page,
}) => {
  await openExplorer(page, './?goal=cancer-registrar&holds=high-school-diploma&by=cost');
  const steps = await planSteps(page).allInnerTexts();
  expect(steps.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-health-information');
  await expect(page.getByRole('region', { name: 'Graph editor' })).toBeVisible();
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue('cancer-registrar');
  await expect(page.getByRole('radio', { name: 'Cheapest' })).toBeChecked();
  await expect(planSteps(page)).toHaveCount(steps.length);
  expect(await planSteps(page).allInnerTexts()).toEqual(steps);
});
