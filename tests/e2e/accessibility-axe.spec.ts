// axe-core with every WCAG 2.2 A/AA rule and best practice, violations of any impact, in every
// state of the app (issue 13) and of the own-graph bar, editor, dark theme and full-screen map,
// at 1280×800, 390×844 and 320×640: one page per size and group of states, reused.
import type { Page } from '@playwright/test';
import { axeViolations } from './a11y-support';
import { addHeld, expect, openExplorer, test } from './fixtures';

const MANAGER = 'medical-and-health-services-manager';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

/** Runs axe in each state and returns the violations found, by state. */
async function scanStates(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const scan = async (state: string) => {
    found[state] = await axeViolations(page);
  };
  await openExplorer(page);
  await scan('first load');

  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('coder');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await scan('search with matches');
  await search.fill('zzzz');
  await expect(page.locator('.search [role="status"]')).toHaveText('No match');
  await scan('search without a match');
  await search.press('Escape');

  await page.locator('.graph-canvas').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.details h2')).toBeVisible();
  await scan('a node selected');
  await page.getByRole('button', { name: 'Keys' }).click();
  await expect(page.locator('.keys-help-panel')).toBeVisible();
  await scan('graph keys help open');
  await page.getByRole('button', { name: 'Close keys' }).click();
  await page.getByRole('button', { name: 'Close details' }).click();

  await addHeld(page, 'medical-records-technician');
  await page.getByLabel('Years as Medical records technician').fill('2');
  await page.getByLabel('Region').selectOption('NJ');
  await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);
  await expect(page.getByRole('tab')).not.toHaveCount(0);
  expect(await page.getByRole('tab').count()).toBeGreaterThan(1);
  await page.getByRole('tab').nth(1).click();
  await scan('a plan with alternatives');
  await page.locator('.plan .steps button').first().click();
  await expect(page.locator('.details h2')).toBeVisible();
  await scan('a plan step selected');

  await page.getByRole('button', { name: 'Text', exact: true }).click();
  await expect(page.locator('#text-view')).toBeVisible();
  await scan('text view with details');
  await page.getByRole('button', { name: 'Close details' }).click();
  await scan('text view');
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();

  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare plans' });
  await expect(compare).toBeVisible();
  await scan('compare: an alternative');
  await compare.getByRole('radio', { name: 'This goal against' }).check();
  await scan('compare: another goal');
  await page.keyboard.press('Escape');
  await expect(compare).toHaveCount(0);

  await page.getByRole('button', { name: 'Present' }).click();
  const present = page.locator('dialog.presentation');
  await expect(present).toBeVisible();
  await scan('presentation: overview');
  await page.keyboard.press('ArrowRight');
  await scan('presentation: a step');
  await page.keyboard.press('Escape');
  await expect(present).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await scan('print handout');
  await page.emulateMedia({ media: 'screen' });
  return found;
}

for (const size of SIZES) {
  test(`axe finds nothing, of any impact, in any state at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const found = await scanStates(page);
    const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
    expect(Object.keys(found)).toHaveLength(14);
    expect(failing).toEqual({});
  });
}

const SMALL = 'tests/fixtures/valid-small.json';

/** The own-graph panels, the editor, the dark theme and the full-screen map, scanned in turn. */
async function scanOwnGraphAndThemeStates(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const scan = async (state: string) => {
    found[state] = await axeViolations(page);
  };
  await openExplorer(page);
  await expect(page.getByRole('region', { name: 'Choose, open and share graphs' })).toBeVisible();
  await scan('own-graph bar');
  await page.locator('details.own-more > summary').click();
  await expect(page.getByRole('button', { name: 'New graph' })).toBeVisible();
  await scan('own-graph bar: more graph actions open');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'New graph' })).toBeHidden();

  const openFile = page.getByLabel('Open a graph file');
  await openFile.setInputFiles('tests/fixtures/five-mistakes.json');
  await expect(page.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem')).toHaveCount(5);
  await scan('problems panel');

  await openFile.setInputFiles(SMALL);
  await expect(page.getByLabel('Graph shown')).toHaveValue('own-small-lattice');
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await page.getByText(/^Your graphs \(\d+\)$/).click();
  await expect(page.getByRole('button', { name: 'Delete A small test lattice' })).toBeVisible();
  await scan('your graphs (library)');

  await page.getByRole('button', { name: 'Edit this graph' }).click();
  const editor = page.getByRole('region', { name: 'Graph editor' });
  await editor
    .getByRole('navigation', { name: 'Nodes' })
    .getByRole('button', { name: /Medical coder/ })
    .click();
  await editor.getByLabel('Requires', { exact: true }).fill('associate or nosuch');
  await expect(editor.getByRole('alert').first()).toContainText('nosuch');
  await scan('editor: a requirement error');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('[data-theme="dark"]').first()).toBeAttached();
  await scan('dark: editor with an error');
  await page.getByLabel('Graph shown').selectOption('health-information');
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();
  await scan('dark: first load');
  await page.getByRole('button', { name: 'Keys' }).click();
  await expect(page.locator('.keys-help-panel')).toBeVisible();
  await scan('dark: graph keys help open');
  await page.getByRole('button', { name: 'Close keys' }).click();
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('coder');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await scan('dark: search with matches');
  await search.fill('zzzz');
  await expect(page.locator('.search [role="status"]')).toHaveText('No match');
  await scan('dark: search without a match');
  await search.press('Escape');
  await addHeld(page, 'medical-records-technician');
  await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);
  await expect(page.locator('.plan .steps > li').first()).toBeVisible();
  await page.locator('.plan .steps > li').first().getByRole('button').first().click();
  await expect(page.locator('.details h2')).toBeVisible();
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Focus', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await scan('dark: a plan, a step selected, Focus pressed');
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  await expect(page.locator('#text-view')).toBeVisible();
  await scan('dark: text view');
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await expect(page.locator('.graph-canvas[data-ready="true"]')).toBeVisible();

  // The full-screen map is offered on the phone layout only.
  const mapButton = page.getByRole('button', { name: 'Full-screen map' });
  if (await mapButton.isVisible()) {
    await mapButton.click();
    await expect(page.locator('.graph-wrap.map-mode')).toBeVisible();
    await scan('dark: full-screen map');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await scan('full-screen map');
    await page.getByRole('button', { name: 'Close map' }).click();
  }
  return found;
}

for (const size of SIZES) {
  test(`axe finds nothing in the own-graph panels, the editor, the dark theme and the map at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    test.setTimeout(360_000);
    await page.setViewportSize(size);
    const found = await scanOwnGraphAndThemeStates(page);
    const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
    expect(Object.keys(found)).toHaveLength(size.width > 700 ? 12 : 14);
    expect(failing).toEqual({});
  });
}
