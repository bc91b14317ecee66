// Forced colours (Windows high contrast) over the dark theme, in Chromium's emulation: pressed
// buttons and the selected tab stay told apart, and the legend's swatches, the kind marks beside
// names and the line samples stay visible against what is behind them (non-text contrast, WCAG
// 1.4.11: 3:1 or more).
import type { Page } from '@playwright/test';
import { contrastRatio } from '../../src/view/theme/contrast';
import { addHeld, expect, openExplorer, test } from './fixtures';

const MANAGER = 'medical-and-health-services-manager';

/**
 * The colours a person sees of `selector`'s elements, computed in the page; `behind` is the
 * background drawn right behind the element (its own, else the nearest ancestor's that is opaque).
 */
function colours(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el);
      const see = (c: string) => c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c);
      let behind = 'rgb(255, 255, 255)';
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (e !== el && see(bg)) {
          behind = bg;
          break;
        }
      }
      return {
        text: (el.textContent ?? '').trim().slice(0, 30),
        background: s.backgroundColor,
        behind,
        colour: s.color,
        border: s.borderTopColor,
        borderWidth: Number.parseFloat(s.borderTopWidth),
        stroke: s.stroke,
      };
    }),
  );
}

const opaque = (c: string): boolean => !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent';

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`forced colours over the dark theme: pressed states and legend swatches stay visible at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ forcedColors: 'active' });
    await openExplorer(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await addHeld(page, 'medical-records-technician');
    await page.getByLabel('Goal', { exact: true }).selectOption(MANAGER);
    await page.locator('.plan .steps > li').first().getByRole('button').first().click();
    await page.getByRole('button', { name: 'Focus', exact: true }).click();

    // Pressed against not pressed, in the same toolbar: the background differs and the pressed
    // label reads on its background.
    const [pressed] = await colours(page, '.zoom-buttons button[aria-pressed="true"] >> nth=0');
    const [plain] = await colours(page, '.zoom-buttons button:not([aria-pressed="true"]) >> nth=0');
    if (!pressed || !plain) throw new Error('the toolbar has no pressed and plain buttons');
    expect(pressed.background, 'a pressed button looks like a plain one').not.toBe(plain.background);
    expect(contrastRatio(pressed.colour, pressed.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(pressed.background, plain.background)).toBeGreaterThanOrEqual(3);
    const selectedTab = await colours(page, '.tabs [role="tab"][aria-selected="true"]');
    const otherTab = await colours(page, '.tabs [role="tab"][aria-selected="false"]');
    if (selectedTab[0] && otherTab[0]) {
      expect(selectedTab[0].background).not.toBe(otherTab[0].background);
      expect(contrastRatio(selectedTab[0].colour, selectedTab[0].background)).toBeGreaterThanOrEqual(4.5);
    }

    // The legend (open it on a phone, where it starts folded).
    const toggle = page.locator('.legend-toggle');
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    const swatches = await colours(page, '.legend .shape');
    expect(swatches).toHaveLength(4);
    for (const s of swatches) {
      expect(opaque(s.background), `a swatch lost its fill: ${JSON.stringify(s)}`).toBe(true);
      // The fill, or a border drawn around it, stands out from what is right behind it.
      const edge = Math.max(
        contrastRatio(s.background, s.behind),
        s.borderWidth > 0 ? contrastRatio(s.border, s.behind) : 1,
      );
      expect(edge, `swatch ${JSON.stringify(s)}`).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(swatches.map((s) => s.background)).size, 'the kinds share a colour').toBe(4);

    // The kind marks beside names (what you have, search results, details) are the same swatches:
    // they keep their fill too, not only an outline of the system's text colour.
    const dots = await colours(page, '.held-list .kind-dot');
    expect(dots.length).toBeGreaterThan(0);
    for (const d of dots) {
      expect(opaque(d.background), `a kind mark lost its fill: ${JSON.stringify(d)}`).toBe(true);
      expect(contrastRatio(d.background, d.behind), `kind mark ${JSON.stringify(d)}`).toBeGreaterThanOrEqual(
        3,
      );
    }

    // The line samples (shown beside the map on wide screens) against their own background.
    const svgs = await colours(page, '.legend .edge-sample');
    const lines = await colours(page, '.legend .edge-sample line');
    if (size.width > 700) expect(lines).toHaveLength(4);
    lines.forEach((l, i) => {
      const svg = svgs[i];
      const under = svg && opaque(svg.background) ? svg.background : l.behind;
      expect(contrastRatio(l.stroke, under), `line sample ${i} on ${under}`).toBeGreaterThanOrEqual(3);
    });
  });
}
