// Accessibility helpers for browser tests: axe with every WCAG 2.2 A/AA rule and best practice,
// and the focus checks axe cannot make (is the focused element visible, not under another one).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Every axe violation of any impact, one line each (rule, impact, the elements). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export interface FocusStop {
  /** A short description of the focused element, for messages. */
  what: string;
  /** Nothing is focused in the page (<body>): focus is in the browser's own controls. */
  none: boolean;
  /** What is drawn at the centre of the focused element's visible part, when it is not that element. */
  coveredBy: string | null;
  /** The focused element shows an outline or a focus ring (box-shadow) of its own or its label's. */
  ringShown: boolean;
  /** Top of the element in document coordinates (for reading order). */
  top: number;
  left: number;
  insideDialog: boolean;
}

/** Where focus is now and whether a person can see it. */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const nameOf = (e: Element | null): string => {
      if (!e) return 'nothing';
      const name = e.getAttribute('aria-label') ?? (e.textContent ?? '').trim().slice(0, 40);
      return `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}> "${name}"`;
    };
    if (!el || el === document.body) {
      return {
        what: 'body',
        none: true,
        coveredBy: null,
        ringShown: false,
        top: 0,
        left: 0,
        insideDialog: false,
      };
    }
    const r = el.getBoundingClientRect();
    const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])] : [];
    // The centre of the part inside the viewport (the browser scrolls focus into view), one box
    // per line for a link that wraps: one of them must show the element itself.
    let coveredBy: string | null = 'outside the viewport';
    for (const box of el.getClientRects()) {
      const x0 = Math.max(box.left, 0);
      const x1 = Math.min(box.right, window.innerWidth);
      const y0 = Math.max(box.top, 0);
      const y1 = Math.min(box.bottom, window.innerHeight);
      if (x1 <= x0 || y1 <= y0) continue;
      const hit = document.elementFromPoint((x0 + x1) / 2, (y0 + y1) / 2);
      const ok = hit && (hit === el || el.contains(hit) || labels.some((l) => l.contains(hit)));
      coveredBy = ok ? null : nameOf(hit);
      if (ok) break;
    }
    const ring = (e: Element): boolean => {
      const s = getComputedStyle(e);
      return (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    // A radio or checkbox may draw its ring on the label's text (`input:focus-visible + span`).
    const labelled = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])] : [];
    const ringShown =
      ring(el) || labelled.some((l) => [...l.querySelectorAll('*')].some((c) => c !== el && ring(c)));
    return {
      what: nameOf(el),
      none: false,
      coveredBy,
      ringShown,
      top: r.top + window.scrollY,
      left: r.left + window.scrollX,
      insideDialog: el.closest('dialog[open]') !== null,
    };
  });
}

/** Fails unless the focused element is in the page, not covered, and shows a focus ring. */
export async function expectFocusVisible(page: Page, where = ''): Promise<FocusStop> {
  const stop = await focusStop(page);
  expect(stop.none, `${where}: focus fell to <body>`).toBe(false);
  expect(stop.coveredBy, `${where}: ${stop.what} is covered`).toBeNull();
  expect(stop.ringShown, `${where}: ${stop.what} shows no focus ring`).toBe(true);
  return stop;
}

/**
 * Presses Tab (Shift+Tab when `back`) until `target` has focus, checking at every stop on the way
 * that focus is visible and not covered. At most `limit` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { back = false, limit = 120 }: { back?: boolean; limit?: number } = {},
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectFocusVisible(page, `reaching ${target}`);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await focusStop(page);
    // After the last control the browser's own controls take a turn; the next Tab comes back.
    if (!stop.none) await expectFocusVisible(page, `on the way to ${target}`);
  }
  throw new Error(`could not reach ${target} with ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Elements a keyboard user can reach inside `root` (a rough count for walk lengths). */
export function tabbableCount(root: Locator): Promise<number> {
  return root.evaluate(
    (el) =>
      el.querySelectorAll(
        'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex="0"]',
      ).length,
  );
}

export interface TextContrast {
  text: string;
  /** WCAG contrast of the text colour against the first opaque background behind it. */
  ratio: number;
  /** That background is dark (relative luminance under 0.1). */
  darkBackground: boolean;
}

/** Contrast of each element matching `selector` inside `root` (computed colours, no pixels). */
export function textContrasts(root: Locator, selector: string): Promise<TextContrast[]> {
  return root.evaluate((el, sel) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (from: Element | null): string => {
      for (let e = from; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if ((rgb(c)[3] ?? 1) > 0.5) return c;
      }
      return 'rgb(255, 255, 255)';
    };
    return [...el.querySelectorAll(sel)].map((t) => {
      const a = lum(getComputedStyle(t).color);
      const b = lum(background(t));
      return {
        text: (t.textContent ?? '').trim().slice(0, 60),
        ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        darkBackground: b < 0.1,
      };
    });
  }, selector);
}
