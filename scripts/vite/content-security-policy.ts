// Vite plugin writing the Content-Security-Policy into the built index.html as a <meta> tag, after
// every other plugin (single-file inlining included), with a sha256 hash for each inline script/style.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Cytoscape's renderer adds one <style> element to <head> on start-up (`BRp.init` in cytoscape's
 * base renderer). Its text is fixed, so its hash is allowed rather than 'unsafe-inline' for styles.
 * If a Cytoscape update changes the text, tests/e2e/content-security-policy.spec.ts reports it.
 */
export const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

export type CspDirectives = Record<string, string[]>;

export const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy for a build. `single`: the one-file build, which has no server ('self' means nothing
 * on file://): its code, styles and dataset are inline (code and styles hashed), its favicon a data: URL.
 */
export function policyFor(single: boolean, inline: { scripts: string[]; styles: string[] }): CspDirectives {
  const scriptHashes = inline.scripts.map(sha256);
  const styleHashes = [...inline.styles, CYTOSCAPE_STYLESHEET].map(sha256);
  return {
    'default-src': single ? ["'none'"] : ["'self'"],
    'script-src': single ? scriptHashes : ["'self'", ...scriptHashes],
    'style-src': single ? styleHashes : ["'self'", ...styleHashes],
    // blob: for the PNG export, which draws the graph's picture into a framed canvas.
    'img-src': single ? ['data:', 'blob:'] : ["'self'", 'blob:'],
    'connect-src': single ? ["'none'"] : ["'self'"],
    // The service worker (offline use); the single file has none.
    'worker-src': single ? ["'none'"] : ["'self'"],
    'manifest-src': single ? ["'none'"] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

export const formatPolicy = (d: CspDirectives): string =>
  Object.entries(d)
    .map(([name, sources]) => `${name} ${sources.length > 0 ? sources.join(' ') : "'none'"}`)
    .join('; ');

/** Text of every inline <script> or <style> element (those without a src) in the page. */
export function inlineContents(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(re)]
    .filter(([, attrs]) => !/\bsrc\s*=/.test(attrs ?? ''))
    .map(([, , body]) => body ?? '')
    .filter((body) => body.length > 0);
}

/** Puts the policy's <meta> right after <meta charset>, before anything it governs. */
export function withPolicy(html: string, policy: string): string {
  if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error('content-security-policy: index.html already has a CSP meta tag; keep one source');
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta\s+charset=[^>]*>/i;
  if (!charset.test(html)) throw new Error('content-security-policy: index.html has no <meta charset>');
  return html.replace(charset, (m) => `${m}\n    ${meta}`);
}

/** Build-only: the dev server injects inline scripts of its own (HMR) and stays without a policy. */
export function contentSecurityPolicy({ single }: { single: boolean }): Plugin {
  return {
    name: 'career-path:content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const inline = { scripts: inlineContents(html, 'script'), styles: inlineContents(html, 'style') };
          file.source = withPolicy(html, formatPolicy(policyFor(single, inline)));
        }
      },
    },
  };
}
