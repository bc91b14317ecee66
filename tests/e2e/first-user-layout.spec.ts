// What a first real user saw cut off or lost (QA after the issue 8/11/12/13 merges): select texts
// the panel cut, a timeline bar's cut label, totals broken inside a figure, a compare select
// wider than a phone, an overview slide that needed scrolling, focus dropped by "Mark as done".
import type { Locator, Page } from '@playwright/test';
import { expect, openExplorer, test } from './fixtures';

const TECH_2YR =
  './?goal=medical-and-health-services-manager&holds=medical-records-technician&years=medical-records-technician:2';
const COMPLIANCE_CHEAPEST = './?goal=compliance-officer&holds=high-school-diploma&by=cost';

/** Whether the select's shown option text fits inside it (a native select cuts it silently). */
async function selectTextFits(select: Locator): Promise<{ text: string; fits: boolean }> {
  return select.evaluate((el) => {
    const s = el as HTMLSelectElement;
    const text = s.selectedOptions[0]?.textContent ?? '';
    const style = getComputedStyle(s);
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.font = style.font;
    const room =
      s.clientWidth -
      Number.parseFloat(style.paddingLeft) -
      Number.parseFloat(style.paddingRight) -
      // The drop-down arrow.
      20;
    return { text, fits: ctx.measureText(text).width <= room };
  });
}

async function expectSituationSelectsFit(page: Page) {
  const panel = page.locator('.side');
  for (const name of ['I already have', 'Region', 'Goal', 'Study pace']) {
    const { text, fits } = await selectTextFits(panel.getByLabel(name, { exact: true }));
    expect(fits, `${name}: "${text}" is cut off`).toBe(true);
  }
  await panel.getByLabel('Study pace').selectOption('part-time');
  const pace = await selectTextFits(panel.getByLabel('Study pace'));
  expect(pace.fits, `Study pace: "${pace.text}" is cut off`).toBe(true);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`the situation's own select texts are not cut off at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openExplorer(page, './');
    await expectSituationSelectsFit(page);
  });
}

test('the timeline bar of a held wait shows its whole label; totals break between figures only', async ({
  page,
}) => {
  await openExplorer(page, `${TECH_2YR}&pace=part-time`);
  const bar = page.locator('.plan .timeline-wait').first();
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('title', '2 yr more as Medical records technician');
  // Its words are shown whole: inside the bar when it has room, else just after it, inside the track.
  const words = page.locator('.plan .timeline-track').getByText('2 yr more', { exact: true });
  await expect(words).toBeVisible();
  const whole = await words.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const holder = (el.closest('.timeline-wait') ?? el.closest('.timeline-track')) as HTMLElement;
    const room = holder.getBoundingClientRect();
    return el.scrollWidth <= el.clientWidth + 1 && box.left >= room.left - 1 && box.right <= room.right + 1;
  });
  expect(whole, 'the wait bar label is cut off').toBe(true);

  await page.goto(COMPLIANCE_CHEAPEST);
  const figures = page.locator('.plan .totals > span');
  await expect(figures).toHaveCount(3);
  for (const figure of await figures.all()) {
    const lines = await figure.evaluate((el) => el.getClientRects().length);
    expect(lines, `"${await figure.textContent()}" broken over lines`).toBe(1);
  }
});

for (const question of [TECH_2YR, COMPLIANCE_CHEAPEST]) {
  test(`every slide fits its caption at 1280×800 (no scrolling on a projector): ${question}`, async ({
    page,
  }) => {
    await openExplorer(page, question);
    await page.getByRole('button', { name: 'Present' }).click();
    const caption = page.locator('.presentation-caption');
    const counter = page.locator('.presentation-counter');
    await expect(counter).toContainText('Overview');
    const total = Number((await counter.textContent())?.match(/(\d+) steps?/)?.[1]);
    expect(total).toBeGreaterThan(0);
    for (let i = 0; i <= total; i++) {
      if (i > 0) {
        await page.keyboard.press('ArrowRight');
        await expect(counter).toContainText(`Step ${i} of ${total}`);
      }
      const scrolls = await caption.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
      expect(scrolls, `${await counter.textContent()} needs scrolling`).toBe(false);
    }
  });
}

test('on a phone the compare dialog’s goal select stays inside the dialog', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page, TECH_2YR);
  await page.getByRole('button', { name: 'Compare' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare plans' });
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  const select = await dialog.getByLabel('Other goal').boundingBox();
  if (!box || !select) throw new Error('no boxes');
  expect(select.x + select.width).toBeLessThanOrEqual(box.x + box.width);
});

test('Mark as done keeps keyboard focus in the plan, on the next step to do', async ({ page }) => {
  await openExplorer(page, COMPLIANCE_CHEAPEST);
  await page
    .getByRole('button', { name: /^Mark .* as done$/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.plan .steps > li')).toHaveCount(6);
  await expect(page.getByRole('button', { name: /^Mark .* as done$/ }).first()).toBeFocused();
});

test('a held role’s wait after the last step is its own line in the panel', async ({ page }) => {
  await openExplorer(
    page,
    './?goal=medical-and-health-services-manager&holds=bachelor-any,medical-records-technician&years=medical-records-technician:2',
  );
  await expect(page.locator('.plan .final-wait')).toHaveText(
    'Keep working as Medical records technician for 2 more years; then Medical and health services manager opens',
  );
});
