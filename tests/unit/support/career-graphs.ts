// Career graphs for tests, set up in one place: a small graph file from its nodes (the header every
// file needs, filled in once), a graph from a table of requirements, and a built-in graph as the
// app loads it (parsed and validated once per test file).

import { readFileSync } from 'node:fs';
import { parseCareerGraph } from '../../../src/data/load';
import { buildCareerGraph, type CareerGraph } from '../../../src/domain/career-graph';
import type { CareerGraphFile, CareerNode, NodeKind, Requirement } from '../../../src/domain/types';

/** A graph file holding `nodes`; `header` replaces any of the test header's fields. */
export function graphFile(
  nodes: CareerNode[],
  header: Partial<Omit<CareerGraphFile, 'nodes'>> = {},
): CareerGraphFile {
  return {
    format: 1,
    id: 't',
    title: 't',
    updated: '2026-01-01',
    currency: 'USD',
    sources: {},
    ...header,
    nodes,
  };
}

/** A node of `kind` labelled with its id, with any other fields given. */
export function nodeOf(id: string, kind: NodeKind, extra: Partial<CareerNode> = {}): CareerNode {
  return { id, kind, label: id, ...extra };
}

/** The graph of `nodes`, built as the app builds it. */
export function graphOfNodes(nodes: CareerNode[]): CareerGraph {
  return buildCareerGraph(graphFile(nodes));
}

/** A graph from id → requirement (null: needs nothing), every node of `kind`. */
export function graphOfRequirements(
  table: Record<string, Requirement | null>,
  kind: NodeKind = 'role',
): CareerGraph {
  return graphOfNodes(
    Object.entries(table).map(([id, requires]) => nodeOf(id, kind, requires !== null ? { requires } : {})),
  );
}

export type BuiltinId = 'health-information' | 'nursing';
export type LoadedGraph = { file: CareerGraphFile; graph: CareerGraph };

const loaded = new Map<BuiltinId, LoadedGraph>();

/** A built-in graph from graph-data/, parsed and checked as the app does; tests never change it. */
export function builtinGraph(id: BuiltinId = 'health-information'): LoadedGraph {
  const known = loaded.get(id);
  if (known) return known;
  const path = `graph-data/${id}.json`;
  const result = parseCareerGraph(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const graph = { file: result.file, graph: result.graph };
  loaded.set(id, graph);
  return graph;
}
