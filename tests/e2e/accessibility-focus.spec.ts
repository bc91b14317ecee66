// Focus in the browser (issue 13): Tab never leaves a dialog; on the phone layout focus is never
// under another element and Tab follows the visual order; presentation Space presses the focused
// button; the Compare table's scroll box is focusable and named when it scrolls; the graph's keys.
import type { Page } from '@playwright/test';
import { expectFocusVisible, focusStop, tabbableCount, tabTo } from './a11y-support';
import { addHeld, expect, idsWithClass, loadDataset, openExplorer, test } from './fixtures';

const { graph } = loadDataset();
const MANAGER = 'medical-and-health-services-manager';

/** A plan with alternatives, from a held role with years and a region. */
async function planWithAlternatives(page: Page): Promise<void> {
  await addHeld(page, 'medical-records-technician');
  await page.getByLabel('Years as Medical records technician').fill('2');
  await page.getByLabel('Region').selectOption('NJ');
  await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);
  await expect(page.locator('.plan .steps > li').first()).toBeVisible();
}

/**
 * Tabs (forwards, then backwards) twice round the open dialog: every stop is inside it or, between
 * rounds, in the browser's own controls (no element of the page); never behind it. The stops are
 * visible and not covered.
 */
async function tabWalkStaysInDialog(page: Page, dialogSelector: string): Promise<void> {
  const dialog = page.locator(dialogSelector);
  const n = await tabbableCount(dialog);
  expect(n).toBeGreaterThan(1);
  for (const key of ['Tab', 'Shift+Tab']) {
    const seen = new Set<string>();
    for (let i = 0; i < 2 * (n + 1); i++) {
      await page.keyboard.press(key);
      const stop = await focusStop(page);
      if (stop.none) continue;
      expect(stop.insideDialog, `${key} #${i + 1} went behind the dialog to ${stop.what}`).toBe(true);
      await expectFocusVisible(page, `${key} #${i + 1} in ${dialogSelector}`);
      seen.add(stop.what);
    }
    // It went round: more than one control, and back to ones already seen.
    expect(seen.size).toBeGreaterThan(1);
  }
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`Tab stays in the Compare and Presentation dialogs at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openExplorer(page);
    await planWithAlternatives(page);

    const compareButton = page.getByRole('button', { name: 'Compare' });
    await compareButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Compare plans' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
    await tabWalkStaysInDialog(page, 'dialog.compare');
    // The old trap's hole: the select behind the dialog never changes from keys pressed in it.
    const have = page.getByLabel('I already have');
    const before = await have.inputValue();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await have.inputValue()).toBe(before);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.compare')).toHaveCount(0);
    await expect(compareButton).toBeFocused();

    const present = page.getByRole('button', { name: 'Present' });
    await present.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('dialog.presentation')).toBeVisible();
    await tabWalkStaysInDialog(page, 'dialog.presentation');
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.presentation')).toHaveCount(0);
    await expect(present).toBeFocused();
  });
}

test('presentation: Space on a focused button presses it (Previous, Leave), elsewhere it means next', async ({
  page,
}) => {
  await openExplorer(page);
  await planWithAlternatives(page);
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.locator('dialog.presentation');
  const counter = dialog.locator('.presentation-counter');
  await expect(counter).toHaveText(/^Overview/);
  // Next → has focus: Space presses it.
  await page.keyboard.press('Space');
  await expect(counter).toHaveText(/^Step 1 of/);
  await page.keyboard.press('Space');
  await expect(counter).toHaveText(/^Step 2 of/);
  await dialog.getByRole('button', { name: '← Previous' }).focus();
  await page.keyboard.press('Space');
  await expect(counter).toHaveText(/^Step 1 of/);
  await dialog.getByRole('button', { name: 'Leave presentation (Esc)' }).focus();
  await page.keyboard.press('Space');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('phones: Compare stacks its plans as named cards, nothing to scroll sideways; wide screens get the table', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  await planWithAlternatives(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  const dialog = page.locator('dialog.compare');
  const cards = dialog.locator('.compare-card');
  await expect(cards).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Best plan' })).toBeVisible();
  await expect(dialog.locator('.compare-scroll')).toHaveCount(0);
  // Stacked, not side by side: the second card starts below the first.
  const [first, second] = await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(second).toBeGreaterThan(first ?? 0);
  expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await page.keyboard.press('Escape');
  // Wide enough for the table: the columns side by side, no extra Tab stop.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(dialog.locator('thead th')).toHaveCount(2);
  await expect(dialog.locator('.compare-scroll')).not.toHaveAttribute('tabindex', '0');
});

/**
 * Tabs through the whole page from the top: focus is never under another element, shows a ring,
 * and moves down the page (a later stop is never above an earlier one, beyond one line's slack,
 * except inside the graph's overlay of buttons, which sits on the graph's top edge).
 */
async function phoneTabWalk(page: Page, label: string, checkOrder = true): Promise<number> {
  // From the top: the first stop is the skip link.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('.skip-link').focus();
  let previous: { top: number; what: string } | null = null;
  let stops = 0;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (process.env.A11Y_DEBUG) console.log(i, stop.what, stop.top);
    if (stop.none) break; // past the last control
    stops++;
    await expectFocusVisible(page, `${label}, Tab #${i + 1}`);
    if (previous && checkOrder) {
      expect(
        stop.top,
        `${label}, Tab #${i + 1}: ${stop.what} is above the previous stop ${previous.what}`,
      ).toBeGreaterThanOrEqual(previous.top - 24);
    }
    previous = { top: stop.top, what: stop.what };
  }
  return stops;
}

for (const width of [390, 320]) {
  test(`phones (${width} px): a Tab walk never hides focus and follows the visual order`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 740 });
    await openExplorer(page);
    await planWithAlternatives(page);
    // Details open (the drawer that used to cover the text view and the legend).
    await page.locator('.plan .steps button').first().click();
    await expect(page.locator('.details h2')).toBeFocused();
    expect(await phoneTabWalk(page, 'graph view with details')).toBeGreaterThan(40);

    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await page.locator('.text-nodes button').nth(3).click();
    await expect(page.locator('.details h2')).toBeFocused();
    expect(await phoneTabWalk(page, 'text view with details')).toBeGreaterThan(60);
  });
}

for (const width of [1280, 900]) {
  test(`wider screens (${width} px): the details drawer never covers the focused element`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    await openExplorer(page);
    await planWithAlternatives(page);
    await page.locator('.plan .steps button').first().click();
    await expect(page.locator('.details h2')).toBeFocused();
    // Two columns: Tab goes down the side, then through the graph; only covering is checked.
    expect(await phoneTabWalk(page, 'graph view with details', false)).toBeGreaterThan(40);
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await page.locator('.text-nodes button').nth(3).click();
    await expect(page.locator('.details h2')).toBeFocused();
    expect(await phoneTabWalk(page, 'text view with details', false)).toBeGreaterThan(60);
  });
}

test('the graph by keyboard: a Keys button explains the keys, arrows do what it says, moves are announced', async ({
  page,
}) => {
  await openExplorer(page);
  await planWithAlternatives(page);
  const keys = page.getByRole('button', { name: 'Keys', exact: true });
  await keys.click();
  await expect(keys).toHaveAttribute('aria-expanded', 'true');
  const help = page.getByRole('region', { name: 'Keys on the graph' });
  await expect(help).toContainText('→a node this one leads to (a connected node)');
  await expect(help).toContainText('↑the next node up in the same column');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(keys).toBeFocused();

  const canvas = page.locator('.graph-canvas');
  await canvas.focus();
  await page.keyboard.press('Home');
  const selected = async () => (await idsWithClass(page, 'selected'))[0] ?? '';
  const start = await selected();
  expect(start).not.toBe('');
  // → goes to a node it leads to; ← to one it requires.
  await page.keyboard.press('ArrowRight');
  const right = await selected();
  expect(graph.outNeighbors(start)).toContain(right);
  await page.keyboard.press('ArrowLeft');
  expect(graph.inNeighbors(right)).toContain(await selected());
  await expect(canvas).toBeFocused();

  // The announcement for a plan step says its step, what it requires and what it leads to.
  const step = page.locator('.plan .steps > li button.link:not(.mark-done)').nth(1);
  const stepId = await step.evaluate((b) => b.textContent ?? '');
  await step.click();
  const live = page.locator('main [aria-live="polite"]').last();
  await expect(live).toContainText(/Plan step 2 of \d+\./);
  await expect(live).toContainText(stepId);
  await expect(live).toContainText(/Requires [^.]+\./);
  await expect(live).toContainText(/Leads to [^.]+\./);

  // Enter opens the details with focus; Close details brings focus back to the graph.
  await canvas.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.details h2')).toBeFocused();
  await page.getByRole('button', { name: 'Close details' }).press('Enter');
  await expect(canvas).toBeFocused();
  // A move that finds nothing says so.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.keys-help [role="status"]')).toHaveText(/requires nothing\./);
});

test('the toolbar sits in a named landmark; a disabled button’s reason is there only while it applies', async ({
  page,
}) => {
  await openExplorer(page);
  const bar = page.getByRole('region', { name: 'Share and present' });
  await expect(bar.getByRole('button', { name: 'Copy link' })).toBeVisible();
  const present = bar.getByRole('button', { name: 'Present' });
  await expect(present).toBeDisabled();
  await expect(present).toHaveAccessibleDescription('Choose a goal first.');
  await expect(bar).toContainText('Choose a goal first.');
  await expect(bar).not.toContainText('Switch to the Graph view');

  await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);
  await expect(present).toBeEnabled();
  await expect(present).toHaveAccessibleDescription('');
  await expect(bar).not.toContainText('Choose a goal first.');
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  const png = bar.getByRole('button', { name: 'Export PNG' });
  await expect(png).toHaveAccessibleDescription('Switch to the Graph view to export it.');
});

test('phones: Tab stays in the full-screen map, never under it, and the page comes back when it closes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  const open = page.getByRole('button', { name: 'Full-screen map' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.graph-wrap.map-mode')).toBeVisible();
  const n = await tabbableCount(page.locator('.graph-wrap'));
  expect(n).toBeGreaterThan(3);
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 2 * (n + 1); i++) {
      await page.keyboard.press(key);
      const stop = await focusStop(page);
      if (stop.none) continue;
      const inMap = await page.evaluate(
        () => document.activeElement?.closest('.graph-wrap.map-mode') !== null,
      );
      expect(inMap, `${key} #${i + 1} went under the map to ${stop.what}`).toBe(true);
      await expectFocusVisible(page, `${key} #${i + 1} in the full-screen map`);
    }
  }
  await page.getByRole('button', { name: 'Close map' }).click();
  await expect(page.locator('.graph-wrap.map-mode')).toHaveCount(0);
  expect(await page.locator('[inert]').count()).toBe(0);
  await tabTo(page, page.getByLabel('Goal', { exact: true }));
});

test('the editor: the delete confirmation takes focus, Escape keeps the node, and focus never falls to <body>', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByLabel('Open a graph file').setInputFiles('tests/fixtures/valid-small.json');
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-small-lattice');
  await page.getByRole('button', { name: 'Edit this graph' }).click();
  const editor = page.getByRole('region', { name: 'Graph editor' });
  await editor
    .getByRole('navigation', { name: 'Nodes' })
    .getByRole('button', { name: /High-school diploma/ })
    .click();
  const del = editor.getByRole('button', { name: 'Delete this node' });
  await del.focus();
  await page.keyboard.press('Enter');
  const confirm = editor.getByRole('alertdialog', { name: 'Delete a node others require' });
  await expect(confirm.getByRole('button', { name: 'Keep the node' })).toBeFocused();
  await expectFocusVisible(page, 'the delete confirmation');
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(del).toBeFocused();
  // Escape answered the confirmation only: the graph and its selection are as they were.
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-small-lattice');
  await page.keyboard.press('Enter');
  await expect(confirm.getByRole('button', { name: 'Keep the node' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(confirm.getByRole('button', { name: 'Delete and remove those mentions' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(
    editor.getByRole('navigation', { name: 'Nodes' }).getByRole('button', { name: /High-school diploma/ }),
  ).toHaveCount(0);
  await expectFocusVisible(page, 'after deleting');
  await expect(del).toBeFocused();
});
