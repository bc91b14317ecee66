// A graph inside a link's fragment: compressed and read back exactly, damaged text named, and an
// oversized payload refused while it is being decompressed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeGraphFragment, encodeGraphFragment, FRAGMENT_KEY } from '../../../src/state/graph-fragment';

describe('graph in the fragment', () => {
  it('reads back exactly what was written, in base64url', async () => {
    const text = readFileSync('graph-data/health-information.json', 'utf8');
    const value = await encodeGraphFragment(text);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(value.length).toBeLessThan(text.length / 3);
    expect(await decodeGraphFragment(`#${FRAGMENT_KEY}=${value}`)).toEqual({ kind: 'graph', text });
  });

  it('another fragment is none; damaged data is bad', async () => {
    expect(await decodeGraphFragment('#section-2')).toEqual({ kind: 'none' });
    expect((await decodeGraphFragment(`#${FRAGMENT_KEY}=%%%`)).kind).toBe('bad');
    const value = await encodeGraphFragment('{"format": 1}');
    expect((await decodeGraphFragment(`#${FRAGMENT_KEY}=${value.slice(0, 4)}x`)).kind).toBe('bad');
  });

  it('a payload that decompresses past 20 MB is refused', async () => {
    const value = await encodeGraphFragment(' '.repeat(21 * 1024 * 1024));
    expect(await decodeGraphFragment(`#${FRAGMENT_KEY}=${value}`)).toEqual({
      kind: 'bad',
      why: 'the graph in the link is larger than 20 MB',
    });
  });
});
