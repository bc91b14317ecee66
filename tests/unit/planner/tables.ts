// Small career graphs written as tables of nodes, for planner tests.

import { buildCareerGraph, type CareerGraph } from '../../../src/domain/career-graph';
import type { CareerGraphFile, CareerNode, NodeKind, Requirement } from '../../../src/domain/types';
import { graphFile } from '../support/career-graphs';

export interface Row {
  id: string;
  kind?: NodeKind;
  months?: number;
  cost?: number;
  requires?: Requirement;
  prefers?: Requirement;
  regions?: string[];
  median?: number;
}

export function fileOf(rows: Row[]): CareerGraphFile {
  const nodes: CareerNode[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind ?? 'education',
    label: r.id.toUpperCase(),
    sources: ['test'],
    ...(r.months !== undefined ? { months: r.months } : {}),
    ...(r.cost !== undefined ? { cost: r.cost } : {}),
    ...(r.requires !== undefined ? { requires: r.requires } : {}),
    ...(r.prefers !== undefined ? { prefers: r.prefers } : {}),
    ...(r.regions !== undefined ? { regions: r.regions } : {}),
    ...(r.median !== undefined ? { salary: { median: r.median, year: '2024', source: 'test' } } : {}),
  }));
  return graphFile(nodes, {
    id: 'planner-test',
    title: 'Planner test graph',
    updated: '2026-11-27',
    sources: { test: { title: 'Test figures', published: '2024' } },
  });
}

export const graphOf = (rows: Row[]): CareerGraph => buildCareerGraph(fileOf(rows));
