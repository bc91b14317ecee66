// A big graph's members added a slice per frame: priority first, every link after both its ends,
// nothing lost or repeated, no slice over the size (except the priority slice).
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { memberSlices } from '../../src/view/graph/member-slices';

const node = (id: string): ElementDefinition => ({ data: { id } });
const edge = (source: string, target: string): ElementDefinition => ({
  data: { id: `${source}->${target}`, source, target },
});

// A chain of 50 nodes with its links interleaved among the nodes, as an unordered list might be.
const defs: ElementDefinition[] = [];
for (let i = 0; i < 50; i++) {
  defs.push(node(`n${i}`));
  if (i > 0) defs.push(edge(`n${i - 1}`, `n${i}`));
}

describe('memberSlices', () => {
  it('keeps every element exactly once and no slice over the size', () => {
    const slices = memberSlices(defs, new Set(), 7);
    const ids = slices.flat().map((d) => d.data.id);
    expect([...ids].sort()).toEqual(defs.map((d) => d.data.id).sort());
    for (const s of slices) expect(s.length).toBeLessThanOrEqual(7);
  });

  it('adds each link only after both of its ends', () => {
    const seen = new Set<string>();
    for (const d of memberSlices(defs, new Set(['n10->n11', 'n10']), 5).flat()) {
      if (d.data.source !== undefined) {
        expect(seen.has(String(d.data.source))).toBe(true);
        expect(seen.has(String(d.data.target))).toBe(true);
      }
      seen.add(String(d.data.id));
    }
  });

  it('puts the priority nodes first, with the priority links between them', () => {
    const [first] = memberSlices(defs, new Set(['n3', 'n4', 'n3->n4', 'n4->n5']), 5);
    // n4->n5 waits: n5 is not in the first slice.
    expect(first?.map((d) => d.data.id)).toEqual(['n3', 'n4', 'n3->n4']);
  });
});

describe('memberSlices with an expanded group first', () => {
  it('puts the early nodes ahead of the other nodes, still in slices of the size', () => {
    const early = new Set(['n40', 'n41', 'n42', 'n43', 'n44', 'n45']);
    const slices = memberSlices(defs, new Set(), 4, early);
    expect(slices[0]?.map((d) => d.data.id)).toEqual(['n40', 'n41', 'n42', 'n43']);
    expect(slices[1]?.map((d) => d.data.id).slice(0, 2)).toEqual(['n44', 'n45']);
    expect(slices.every((s) => s.length <= 4)).toBe(true);
    expect(slices.flat()).toHaveLength(defs.length);
  });
});
