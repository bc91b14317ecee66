// The nursing graph holds the steps issue 11 asks for, with BLS pay per occupation from one source,
// and the ladders between the roles (CNA -> LPN -> RN, RN -> BSN -> MSN/DNP, ICU -> CRNA).

import { describe, expect, it } from 'vitest';
import { planCareer } from '../../../src/domain/planner';
import { requirementIds, requirementLeaves } from '../../../src/domain/requirement';
import type { CareerNode, Situation } from '../../../src/domain/types';
import { loadGraph } from './golden-plans';

const { file, graph } = loadGraph('graph-data/nursing.json');
const node = (id: string): CareerNode => graph.getNodeAttributes(id);
const roles = file.nodes.filter((n) => n.kind === 'role');

function bestSteps(situation: Situation, goal: string): string[] {
  const r = planCareer(graph, situation, goal);
  if (r.kind !== 'plan') throw new Error(r.reason);
  return (r.plans[0]?.steps ?? []).map((s) => s.id);
}

describe('nursing graph', () => {
  it('has at least 30 nodes, among them every step the issue names', () => {
    expect(file.nodes.length).toBeGreaterThanOrEqual(30);
    for (const id of [
      'nursing-assistant',
      'cna-certification',
      'practical-nursing-program',
      'lpn-license',
      'lpn',
      'adn',
      'bsn',
      'nursing-diploma-program',
      'rn-license',
      'registered-nurse',
      'multistate-rn-license',
      'lpn-to-rn-bridge',
      'rn-to-bsn',
      'msn-np',
      'dnp',
      'np-certification',
      'nurse-practitioner',
      'crna',
      'nurse-manager',
      'director-of-nursing',
    ]) {
      expect(graph.hasNode(id), id).toBe(true);
    }
  });

  it('gives every role a SOC code and a BLS median with its year and source, the same for a shared code', () => {
    for (const r of roles) {
      expect(r.codes?.soc, r.id).toMatch(/^\d\d-\d{4}$/);
      expect(r.salary?.median, r.id).toBeTypeOf('number');
      expect(file.sources[r.salary?.source ?? '']?.title, r.id).toMatch(/BLS/);
    }
    const bySoc = new Map<string, Set<string>>();
    for (const r of roles) {
      const soc = r.codes?.soc ?? '';
      bySoc.set(soc, (bySoc.get(soc) ?? new Set()).add(JSON.stringify(r.salary)));
    }
    for (const [soc, figures] of bySoc) expect(figures.size, soc).toBe(1);
  });

  it('has the CNA -> LPN -> RN ladder: an LPN becomes an RN through the bridge', () => {
    expect(graph.hasEdge('cna-certification', 'practical-nursing-program')).toBe(true);
    const steps = bestSteps(
      {
        holds: ['high-school-diploma', 'practical-nursing-program', 'lpn-license', 'lpn'],
        years: { lpn: 1 },
      },
      'registered-nurse',
    );
    expect(steps).toEqual(['lpn-to-rn-bridge', 'rn-license', 'registered-nurse']);
  });

  it('takes an associate-degree RN to the MSN through the RN-to-BSN', () => {
    const steps = bestSteps(
      { holds: ['high-school-diploma', 'adn', 'rn-license', 'registered-nurse'] },
      'msn-np',
    );
    expect(steps).toEqual(['rn-to-bsn', 'msn-np']);
  });

  it('asks a year in critical care before nurse anesthesia school', () => {
    const leaves = requirementLeaves(node('crna-program').requires).filter((l) => l.need === 'experience');
    expect(leaves.map((l) => [l.id, l.years])).toEqual([['icu-rn', 1]]);
  });

  it('requires national certification and a state APRN licence of NPs and CRNAs, outside the compact', () => {
    expect(requirementIds(node('nurse-practitioner').requires).sort()).toEqual([
      'aprn-license',
      'np-certification',
    ]);
    expect(requirementIds(node('crna').requires).sort()).toEqual(['aprn-license', 'crna-certification']);
    expect(node('aprn-license').regions).toBeUndefined();
    expect(node('aprn-license').notes).toMatch(/does not cover APRN/);
  });
});
