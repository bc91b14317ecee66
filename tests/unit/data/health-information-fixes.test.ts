// Issue 11 part A: the health-information graph no longer gives plans a counselor would reject,
// has the missing routes, scopes the co-owner, and compares pay from one source per occupation.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCareerGraph } from '../../../src/data/load';
import { planCareer } from '../../../src/domain/planner';
import { requirementIds } from '../../../src/domain/requirement';
import type { CareerNode, Situation } from '../../../src/domain/types';

const PATH = 'graph-data/health-information.json';
const result = parseCareerGraph(readFileSync(PATH, 'utf8'), PATH);
if (!result.ok) throw new Error(result.problems.join('\n'));
const { file, graph } = result;
const node = (id: string): CareerNode => graph.getNodeAttributes(id);
const DIPLOMA: Situation = { holds: ['high-school-diploma'] };

function best(situation: Situation, goal: string) {
  const r = planCareer(graph, situation, goal);
  if (r.kind !== 'plan') throw new Error(`${goal}: ${r.reason}`);
  const plan = r.plans[0];
  if (plan === undefined) throw new Error(`${goal}: no plan`);
  return { ids: plan.steps.map((s) => s.id), ...plan.totals };
}

describe('1. the health information technician is coded as O*NET lists the title', () => {
  it('is a 29-2072 role with the same BLS figure as the other 29-2072 roles', () => {
    expect(node('health-information-technician').codes).toEqual({ soc: '29-2072', onet: '29-2072.00' });
    for (const id of ['medical-records-technician', 'medical-coder']) {
      expect(node('health-information-technician').salary, id).toEqual(node(id).salary);
    }
    // 29-9021 (technologists and medical registrars) remains only on the cancer registrar.
    const soc9021 = file.nodes.filter((n) => n.codes?.soc === '29-9021').map((n) => n.id);
    expect(soc9021).toEqual(['cancer-registrar']);
  });
});

describe('2. no plan a counselor would reject', () => {
  it('does not open the CDI specialist job to a diploma alone', () => {
    const plan = best(DIPLOMA, 'cdi-specialist');
    expect(plan.months).toBeGreaterThanOrEqual(36);
    expect(plan.ids).toContain('medical-coder');
  });

  it('marks the eligibility of the CDIP, CHDA and CCS-P as not known', () => {
    for (const id of ['cdip', 'chda', 'ccs-p']) expect(node(id).requiresKnown, id).toBe(false);
    const flagged = file.nodes.filter((n) => n.requiresKnown === false).map((n) => n.id);
    expect(flagged.sort()).toEqual(['ccs-p', 'cdip', 'chda']);
  });

  it('asks training, not a credential alone, for a first coding job', () => {
    expect(requirementIds(node('medical-coder').requires)).not.toContain('ccs');
    for (const credential of ['cca', 'cpc-a', 'coc-a']) {
      const plan = best({ holds: ['high-school-diploma', credential] }, 'medical-coder');
      expect(plan.ids, credential).toEqual(['coding-course', 'medical-coder']);
    }
    const ccs = best({ holds: ['high-school-diploma', 'ccs'] }, 'medical-coder');
    expect(ccs.ids).not.toEqual(['medical-coder']);
  });

  it('asks an HIM education of the HIM director and of the HIM supervisor', () => {
    const director = best(DIPLOMA, 'him-director');
    expect(director.ids.some((id) => /him/.test(id) && node(id).kind === 'education')).toBe(true);
    // An associate degree in any field and years of coding no longer make an HIM supervisor.
    const supervisor = best(
      { holds: ['high-school-diploma', 'associate-any', 'medical-coder'], years: { 'medical-coder': 3 } },
      'him-supervisor',
    );
    expect(supervisor.ids).toEqual(['associate-him', 'him-supervisor']);
  });
});

describe('3. the missing routes', () => {
  it('has the RHIT to RHIA progression bachelor', () => {
    expect(node('bachelor-him-progression').requires).toBe('rhit');
    const plan = best({ holds: ['high-school-diploma', 'associate-him', 'rhit'] }, 'rhia');
    expect(plan.ids).toEqual(['bachelor-him-progression', 'rhia']);
    expect(plan.months).toBe(27);
  });

  it('counts medical records technicians toward office manager, and coding managers toward HIM director', () => {
    expect(graph.hasEdge('medical-records-technician', 'office-manager')).toBe(true);
    expect(graph.hasEdge('coding-supervisor', 'him-director')).toBe(true);
    expect(graph.hasEdge('coding-auditor', 'him-director')).toBe(true);
  });

  it('lets an 80-hour course plus Practicode stand for the two years of the CPC and the COC', () => {
    for (const [apprentice, full] of [
      ['cpc-a', 'cpc'],
      ['coc-a', 'coc'],
    ] as const) {
      const plan = best({ holds: ['high-school-diploma', apprentice] }, full);
      expect(plan.ids, full).toEqual(['aapc-practicode', 'coding-course', full]);
      expect(plan.ids).not.toContain('medical-coder');
    }
    expect(node('coc-a').requires).toBeUndefined();
  });

  it('asks two semesters of anatomy and physiology on ODS route B', () => {
    const routes = (node('ods').requires as { anyOf: unknown[] }).anyOf;
    const routeB = routes.find((r) => JSON.stringify(r).includes('"experience":"cancer-registry-assistant"'));
    expect(requirementIds(routeB as never)).toContain('anatomy-physiology-courses');
    // A year of registry work and a degree are not enough: every plan adds the courses or another route.
    const r = planCareer(
      graph,
      {
        holds: ['high-school-diploma', 'associate-any', 'cancer-registry-assistant'],
        years: { 'cancer-registry-assistant': 1 },
      },
      'ods',
      { alternatives: 5 },
    );
    if (r.kind !== 'plan') throw new Error(r.reason);
    for (const plan of r.plans) {
      const ids = plan.steps.map((s) => s.id);
      const extra = [
        'anatomy-physiology-courses',
        'cancer-registry-certificate',
        'associate-cancer-registry',
      ];
      expect(ids.some((id) => extra.includes(id))).toBe(true);
    }
  });

  it('has the AAPC credentials CIC, CPCO and CPPM, with the CPCO counting for compliance officers', () => {
    for (const id of ['cic', 'cpco', 'cppm']) expect(node(id).issuer, id).toBe('AAPC');
    expect(requirementIds(node('compliance-officer').requires)).toContain('cpco');
  });
});

describe('4. the co-owner', () => {
  it('is scoped to a billing or coding business and explains why', () => {
    expect(node('co-owner').label).toMatch(/billing or coding business/);
    expect(node('co-owner').notes).toMatch(/corporate practice of medicine/);
    expect(node('co-owner').notes).toMatch(/\[UNVERIFIED\] estimate/);
  });
});

describe('5. pay that compares like with like', () => {
  it('gives every role sharing a SOC code the same figure from the same source', () => {
    const bySoc = new Map<string, CareerNode[]>();
    for (const n of file.nodes) {
      const soc = n.codes?.soc;
      if (n.kind === 'role' && soc !== undefined) bySoc.set(soc, [...(bySoc.get(soc) ?? []), n]);
    }
    for (const [soc, roles] of bySoc) {
      const figures = new Set(roles.map((r) => JSON.stringify(r.salary ?? null)));
      expect(figures.size, soc).toBe(1);
    }
  });

  it('shows a median for every national salary, never a lone mean', () => {
    for (const n of file.nodes.filter((x) => x.salary !== undefined)) {
      expect(n.salary?.median, n.id).toBeTypeOf('number');
    }
  });

  it('labels the OOH editions by the year of their wages', () => {
    expect(file.sources['bls-ooh-11-9111']?.title).toMatch(/2024-25 edition: wages of May 2023/);
    expect(file.sources['bls-ooh-29-9021']?.title).toMatch(/2023-24 edition: wages of May 2022/);
  });
});
