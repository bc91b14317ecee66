// The built-in dataset holds the facts of the product brief, with sources, and its counts by kind.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCareerGraph } from '../../../src/data/load';
import { planCareer } from '../../../src/domain/planner';
import { requirementIds, requirementLeaves } from '../../../src/domain/requirement';
import type { CareerNode } from '../../../src/domain/types';

const PATH = 'graph-data/health-information.json';
const result = parseCareerGraph(readFileSync(PATH, 'utf8'), PATH);
if (!result.ok) throw new Error(result.problems.join('\n'));
const { file, graph } = result;
const node = (id: string): CareerNode => graph.getNodeAttributes(id);
const count = (kind: string) => file.nodes.filter((n) => n.kind === kind).length;
const experienceRoles = (id: string) =>
  [
    ...new Set(
      requirementLeaves(node(id).requires)
        .filter((l) => l.need === 'experience')
        .map((l) => l.id),
    ),
  ].sort();

describe('built-in dataset', () => {
  it('has at least 18 roles, 12 credentials, 6 education programs and 1 license', () => {
    expect(count('role')).toBeGreaterThanOrEqual(18);
    expect(count('credential')).toBeGreaterThanOrEqual(12);
    expect(count('education')).toBeGreaterThanOrEqual(6);
    expect(count('license')).toBeGreaterThanOrEqual(1);
  });

  it("keeps Zippia's medical records technician figures, as regional means beside BLS's national median", () => {
    const mrt = node('medical-records-technician');
    // The national figure is the BLS median shared by every 29-2072 role, so plans compare like with like.
    expect(mrt.salary).toMatchObject({ median: 50250, year: 'May 2024' });
    expect(mrt.notes).toMatch(/\$35,000-\$58,000/);
    expect(mrt.notes).toMatch(/\$44,719/);
    const regional = Object.fromEntries(
      Object.entries(mrt.salaryByRegion ?? {}).map(([r, s]) => [r, s.mean]),
    );
    expect(regional).toEqual({ NJ: 48243, DE: 44933, PA: 44346, NY: 44163, NV: 38837 });
    const source = file.sources[mrt.salaryByRegion?.NJ?.source ?? ''];
    expect(source?.title).toMatch(/Zippia/);
  });

  it('has the progression medical coder → office manager → co-owner', () => {
    expect(graph.hasEdge('medical-coder', 'office-manager')).toBe(true);
    expect(graph.hasEdge('office-manager', 'co-owner')).toBe(true);
    expect(node('co-owner').salary).toBeUndefined();
  });

  it("needs a bachelor's or a master's degree for medical and health services manager", () => {
    const ids = requirementIds(node('medical-and-health-services-manager').requires);
    expect(ids).toEqual(expect.arrayContaining(['bachelor-him', 'master-him']));
    expect(graph.hasEdge('medical-records-technician', 'medical-and-health-services-manager')).toBe(true);
  });

  it('has the credentials of the brief, with issuers, and their eligibility routes', () => {
    for (const id of ['rhit', 'rhia', 'cca', 'ccs', 'cpc', 'cpb', 'chps', 'ods']) {
      expect(node(id).kind).toBe('credential');
      expect(node(id).issuer).toMatch(/AHIMA|AAPC|NCRA/);
    }
    expect(node('rhit').requires).toBe('associate-him');
    expect(node('rhia').requires).toEqual({
      anyOf: ['bachelor-him', 'bachelor-him-progression', 'master-him', 'post-bacc-him-certificate'],
    });
    expect(node('ods').label).toMatch(/CTR/);
    expect(node('ods').notes).toMatch(/2024/);
  });

  it('has the cancer registrar license "where required", needing a program and the ODS/CTR', () => {
    const license = node('cancer-registrar-license');
    expect(license.kind).toBe('license');
    expect(requirementIds(license.requires)).toContain('ods');
    expect(license.notes).toMatch(/few states/);
    expect(license.notes).toMatch(/UNVERIFIED/);
  });

  it('gives every role a summary and a level, and every figure a declared source', () => {
    for (const n of file.nodes.filter((x) => x.kind === 'role')) {
      expect(n.summary, n.id).toBeTruthy();
      expect(n.level, n.id).toBeTypeOf('number');
    }
  });

  it('marks every fee that no source gives (or that sources dispute) as not known, never as free', () => {
    const unknown = file.nodes.filter((n) => n.costKnown === false).map((n) => n.id);
    expect(unknown.sort()).toEqual([
      'aapc-practicode',
      'anatomy-physiology-courses',
      'cancer-registrar-license',
      'cancer-registry-certificate',
      'cca',
      'ccs-p',
      'cdip',
      'chda',
      'chps',
      'cic',
      'coc-a',
      'coding-course',
      'cpco',
      'cpma',
      'cppm',
      'post-bacc-him-certificate',
      'rhia',
      'rhit',
    ]);
    for (const id of unknown) expect(node(id).cost, id).toBeUndefined();
    expect(node('cancer-registry-certificate').months).toBeUndefined();
    expect(node('post-bacc-him-certificate').months).toBeUndefined();
  });

  it('takes each AAPC fee from a page about that exam', () => {
    const urls = (id: string) => (node(id).sources ?? []).map((k) => file.sources[k]?.url);
    expect(urls('cpc-a')).toContain('https://www.aapc.com/medical-coding-education/help');
    expect(urls('crc')).toContain('https://www.aapc.com/certifications/crc/taking-the-crc-exam');
    for (const id of ['cpc-a', 'crc']) {
      expect(urls(id)).not.toContain('https://medicalbillingandcoding.training/certifications/cpb');
    }
    expect(node('cpb').notes).not.toMatch(/membership/);
  });

  it('counts only privacy, compliance and HIM supervision years towards the CHPS', () => {
    expect(experienceRoles('chps')).toEqual(['compliance-officer', 'him-supervisor', 'privacy-officer']);
  });

  it('asks HIM or coding management experience of an HIM director, so the fastest route from a diploma takes 84 months', () => {
    expect(experienceRoles('him-director')).toEqual([
      'coding-auditor',
      'coding-supervisor',
      'him-supervisor',
      'medical-and-health-services-manager',
    ]);
    const result = planCareer(graph, { holds: ['high-school-diploma'] }, 'him-director');
    if (result.kind !== 'plan') throw new Error(result.reason);
    // HIM associate (24) -> technician; 2 years -> HIM supervisor at 48; RHIT and the progression
    // bachelor's meanwhile (done at 50); 3 years as supervisor -> director at 84.
    expect(result.plans[0]?.totals.months).toBe(84);
  });

  it('keeps O*NET codes only where the fact sheets or O*NET pages give them', () => {
    const onet = file.nodes.filter((n) => n.codes?.onet).map((n) => `${n.id} ${n.codes?.onet}`);
    expect(onet.sort()).toEqual([
      'compliance-officer 13-1041.00',
      'health-informatics-specialist 15-1211.01',
      'health-information-technician 29-2072.00',
      'medical-biller 43-3021.00',
      'medical-coder 29-2072.00',
      'medical-records-technician 29-2072.00',
    ]);
  });
});

describe('figures no source gives', () => {
  it('marks the licence, the post-baccalaureate certificate and the registry certificate as of unknown length and fee', () => {
    for (const id of [
      'cancer-registrar-license',
      'post-bacc-him-certificate',
      'cancer-registry-certificate',
    ]) {
      expect(node(id).monthsKnown, id).toBe(false);
      expect(node(id).costKnown, id).toBe(false);
      expect(node(id).months, id).toBeUndefined();
      expect(node(id).cost, id).toBeUndefined();
    }
  });
});
