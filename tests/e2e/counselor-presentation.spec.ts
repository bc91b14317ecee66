// Presentation mode by keyboard in a real browser: each step lit with its neighbours and the rest
// dimmed, the viewport on it, captions in order, Esc leaves and gives focus back.
import type { Page } from '@playwright/test';
import { planCareer } from '../../src/domain/planner';
import { presentPlan } from '../../src/present/plan-model';
import { textContrasts } from './a11y-support';
import { expect, loadDataset, openExplorer, test } from './fixtures';

const { graph } = loadDataset();
const GOAL = 'rhia';
const situation = { holds: ['high-school-diploma'] };
const result = planCareer(graph, situation, GOAL, { by: 'months', alternatives: 3 });
const plan = result.kind === 'plan' ? result.plans[0] : undefined;

/** The spotlit node, whether it sits inside the canvas, and what is not dimmed. */
function stage(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no cy');
    const spot = cy.nodes('.spot').map((n) => n.id());
    const lit = cy
      .nodes()
      .not('.spot-dim')
      .map((n) => n.id())
      .sort();
    const n = spot[0] ? cy.getElementById(spot[0]) : null;
    const p = n?.renderedPosition();
    const inView = p ? p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height() : null;
    return { spot, lit, inView, dimmed: cy.nodes('.spot-dim').length };
  });
}

test('walks the plan by keyboard, one step at a time, and Esc leaves', async ({ page }) => {
  if (!plan) throw new Error('rhia should be reachable from a diploma');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExplorer(page, `./?goal=${GOAL}&holds=high-school-diploma`);
  const present = page.getByRole('button', { name: 'Present' });
  await present.click();
  const dialog = page.getByRole('dialog', { name: `Path to ${graph.getNodeAttribute(GOAL, 'label')}` });
  await expect(dialog).toBeVisible();
  await expect(page.locator('.app-header')).toBeHidden();
  expect((await stage(page)).spot).toEqual([]);

  for (const [i, step] of plan.steps.entries()) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'Space');
    const label = graph.getNodeAttribute(step.id, 'label');
    await expect(page.locator('.presentation h2')).toHaveText(label);
    await expect(page.locator('.presentation-counter')).toContainText(
      `Step ${i + 1} of ${plan.steps.length}`,
    );
    // Waits and what is not known come from the shared plan model, as on every rendering.
    const model = presentPlan(graph, plan, { goal: GOAL, by: 'months', index: 0, holds: situation.holds });
    const said = model.steps[i];
    await expect(page.locator('.presentation dt')).toHaveText([
      'What it is',
      'Why',
      ...(said?.waits.map(() => 'Waits') ?? []),
      'How long',
      'Cost',
      // An unknown fee or length is said on Cost / How long; only eligibility has its own line.
      ...(said?.unknown.filter((f) => f === 'eligibility').map(() => 'Not known') ?? []),
    ]);
    const s = await stage(page);
    expect(s.spot).toEqual([step.id]);
    expect(s.inView).toBe(true);
    // Lit: the step and its neighbours on the path (plan steps and what is held).
    const onPath = new Set([...plan.steps.map((p) => p.id), ...situation.holds]);
    const near = [step.id, ...graph.neighbors(step.id).filter((id) => onPath.has(id))].sort();
    expect(s.lit).toEqual(near);
  }
  await page.keyboard.press('Backspace');
  await expect(page.locator('.presentation h2')).toHaveText(
    graph.getNodeAttribute(plan.steps[plan.steps.length - 2]?.id ?? GOAL, 'label'),
  );
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'Next →' }).click();

  // Tab stays inside the dialog: the page behind is inert (after the last button the browser's own
  // controls may take a turn: no element of the page then has focus).
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          document.activeElement === document.body ||
          document.activeElement?.closest('dialog[open]') !== null,
      ),
    ).toBe(true);
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(present).toBeFocused();
  await expect(page.locator('.app-header')).toBeVisible();
  expect((await stage(page)).dimmed).toBe(0);
});

test('in the dark theme the caption and its buttons are dark with light text, readable (4.5:1)', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await openExplorer(page, `./?goal=${GOAL}&holds=high-school-diploma`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: `Path to ${graph.getNodeAttribute(GOAL, 'label')}` });
  await expect(dialog).toBeVisible();
  const contrasts = await textContrasts(dialog, 'h2, .presentation-controls button');
  expect(contrasts.length).toBe(4);
  for (const c of contrasts) {
    expect(c.ratio, c.text).toBeGreaterThanOrEqual(4.5);
    expect(c.darkBackground, c.text).toBe(true);
  }
});
