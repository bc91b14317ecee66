// Records Content-Security-Policy violations in a page: the `securitypolicyviolation` events the
// document fires and the console messages Chromium writes for them. Shared by the CSP, offline
// and single-file specs.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface CspWatch {
  /** Events and console messages so far, each as one line. */
  violations(): Promise<string[]>;
}

export async function watchCsp(page: Page): Promise<CspWatch> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) console.push(`console ${m.type()}: ${m.text()}`);
  });
  // Before any page script runs, on every navigation (reloads included).
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`,
      );
    });
  });
  return {
    async violations() {
      const events = await page.evaluate(() => window.__cspViolations ?? ['(listener missing)']);
      return [...events, ...console];
    },
  };
}

/** The policy of the page's <meta http-equiv="Content-Security-Policy">, as directive → sources. */
export async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 1000 });
  const policy = new Map<string, string[]>();
  for (const part of (content ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}
