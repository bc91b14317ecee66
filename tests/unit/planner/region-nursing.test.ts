// Region on a real graph: in a Nurse Licensure Compact state a plan can use the multistate RN
// licence; elsewhere it cannot, and the planner takes licensure by endorsement or names the block.

import { describe, expect, it } from 'vitest';
import { planCareer } from '../../../src/domain/planner';
import { loadGraph } from '../data/golden-plans';

const { graph } = loadGraph('graph-data/nursing.json');
const NURSE = {
  holds: ['high-school-diploma', 'adn', 'rn-license', 'registered-nurse'],
  years: { 'registered-nurse': 1 },
};

function steps(region: string | undefined, goal: string): string[] {
  const r = planCareer(graph, { ...NURSE, ...(region ? { region } : {}) }, goal);
  if (r.kind !== 'plan') throw new Error(r.reason);
  return (r.plans[0]?.steps ?? []).map((s) => s.id);
}

describe('planner regions on the nursing graph', () => {
  it('limits the multistate licences to the 40 states where the compact is fully implemented', () => {
    const regions = graph.getNodeAttributes('multistate-rn-license').regions ?? [];
    expect(regions).toHaveLength(40);
    expect(regions).toEqual(expect.arrayContaining(['TX', 'FL', 'PA', 'CT', 'WA', 'NJ']));
    for (const outside of ['CA', 'NY', 'IL', 'MA', 'OR', 'NV', 'HI', 'AK', 'MN', 'MI']) {
      expect(regions, outside).not.toContain(outside);
    }
    expect(graph.getNodeAttributes('multistate-lpn-license').regions).toEqual(regions);
  });

  it('uses the multistate licence for a travel nurse in a compact state', () => {
    for (const state of ['TX', 'PA', 'FL']) {
      expect(steps(state, 'travel-nurse'), state).toEqual(['multistate-rn-license', 'travel-nurse']);
    }
  });

  it('uses licensure by endorsement for a travel nurse elsewhere, never the multistate licence', () => {
    for (const state of ['CA', 'NY', 'MA']) {
      expect(steps(state, 'travel-nurse'), state).toEqual(['rn-license-endorsement', 'travel-nurse']);
    }
  });

  it('names the region as the block when the multistate licence itself is the goal outside the compact', () => {
    const r = planCareer(graph, { ...NURSE, region: 'CA' }, 'multistate-rn-license');
    expect(r.kind).toBe('unreachable');
    if (r.kind !== 'unreachable') return;
    expect(r.blockers.map((b) => [b.node, b.why])).toEqual([['multistate-rn-license', 'region']]);
    expect(r.blockers[0]?.detail).toMatch(/you chose CA/);
    expect(steps('TX', 'multistate-rn-license')).toEqual(['multistate-rn-license']);
  });
});
