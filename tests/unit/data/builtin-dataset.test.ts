// The built-in dataset holds the facts of the product brief, with sources, and its counts by kind.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCareerGraph } from '../../../src/data/load';
import { requirementIds } from '../../../src/domain/requirement';
import type { CareerNode } from '../../../src/domain/types';

const PATH = 'graph-data/health-information.json';
const result = parseCareerGraph(readFileSync(PATH, 'utf8'), PATH);
if (!result.ok) throw new Error(result.problems.join('\n'));
const { file, graph } = result;
const node = (id: string): CareerNode => graph.getNodeAttributes(id);
const count = (kind: string) => file.nodes.filter((n) => n.kind === kind).length;

describe('built-in dataset', () => {
  it('has at least 18 roles, 12 credentials, 6 education programs and 1 license', () => {
    expect(count('role')).toBeGreaterThanOrEqual(18);
    expect(count('credential')).toBeGreaterThanOrEqual(12);
    expect(count('education')).toBeGreaterThanOrEqual(6);
    expect(count('license')).toBeGreaterThanOrEqual(1);
  });

  it("holds Zippia's medical records technician figures with their source", () => {
    const mrt = node('medical-records-technician');
    expect(mrt.salary).toMatchObject({ low: 35000, mean: 44719, high: 58000 });
    const regional = Object.fromEntries(
      Object.entries(mrt.salaryByRegion ?? {}).map(([r, s]) => [r, s.mean]),
    );
    expect(regional).toEqual({ NJ: 48243, DE: 44933, PA: 44346, NY: 44163, NV: 38837 });
    const source = file.sources[mrt.salary?.source ?? ''];
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
      anyOf: ['bachelor-him', 'master-him', 'post-bacc-him-certificate'],
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
});
