// The CSP the build writes: directives for the site and for the single file, the hash of inline
// code as browsers compute it, and the meta tag placed before anything it governs.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CYTOSCAPE_STYLESHEET,
  formatPolicy,
  inlineContents,
  policyFor,
  sha256,
  withPolicy,
} from '../../../scripts/vite/content-security-policy';

const PAGE = `<!doctype html><html><head><meta charset="UTF-8" /><title>t</title>
<script type="module" crossorigin src="./assets/index.js"></script>
<script type="module">console.log("inline")</script><style>body{margin:0}</style></head><body></body></html>`;

describe('content security policy', () => {
  it('allows the site only its own scripts, and styles by file or by hash', () => {
    const policy = policyFor(false, { scripts: [], styles: [] });
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'", sha256(CYTOSCAPE_STYLESHEET)]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(formatPolicy(policy)).not.toMatch(/unsafe-|\*/);
  });

  it('allows the single file nothing but its own inline code, by hash', () => {
    const policy = policyFor(true, { scripts: ['a()'], styles: ['b{}'] });
    expect(policy['script-src']).toEqual([sha256('a()')]);
    expect(policy['style-src']).toEqual([sha256('b{}'), sha256(CYTOSCAPE_STYLESHEET)]);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(formatPolicy(policy)).not.toMatch(/'self'|unsafe-|\*/);
  });

  it('hashes text the way browsers do: sha256 of the UTF-8 bytes, base64', () => {
    const expected = createHash('sha256').update(Buffer.from('é()', 'utf8')).digest('base64');
    expect(sha256('é()')).toBe(`'sha256-${expected}'`);
  });

  it('finds inline scripts and styles, not scripts with a src', () => {
    expect(inlineContents(PAGE, 'script')).toEqual(['console.log("inline")']);
    expect(inlineContents(PAGE, 'style')).toEqual(['body{margin:0}']);
  });

  it('puts the meta right after <meta charset>, and refuses a second policy', () => {
    const html = withPolicy(PAGE, "default-src 'self'");
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('charset'));
    expect(meta).toBeLessThan(html.indexOf('<title>'));
    expect(() => withPolicy(html, "default-src 'self'")).toThrow(/already has a CSP/);
    expect(() => withPolicy('<html></html>', "default-src 'self'")).toThrow(/no <meta charset>/);
  });
});
