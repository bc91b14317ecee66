// The rules of a valid file that a schema cannot express: unique and known ids, experience on
// roles, declared sources, traceable figures, salary order, role-only fields, and requirement
// cycles no alternative avoids (so every node can be obtained from nothing).

import { requirementLeaves } from '../domain/requirement';
import { NODE_KINDS, type NodeKind, type Requirement } from '../domain/types';
import type { HintsFor } from './id-hints';
import { describeValue, formatJsonPath, type PathSegment } from './json-path';
import { unobtainableIds } from './obtainable';
import type { Problem } from './problem';
import { cycleIn, cyclicComponents, mustHaveIds } from './requirement-cycles';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isKind = (v: unknown): v is NodeKind => NODE_KINDS.includes(v as NodeKind);
const withArticle = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
const ROLE_ONLY = ['salary', 'salaryByRegion', 'outlook'] as const;
const SALARY_ORDER = [
  ['low', 'median'],
  ['median', 'high'],
  ['low', 'mean'],
  ['mean', 'high'],
  ['low', 'high'],
] as const;

/**
 * Requirement trees that passed no schema yet: keep only the parts shaped like a requirement.
 * Recursive, but only over trees already checked to be at most MAX_REQUIREMENT_DEPTH deep.
 */
function asRequirement(v: unknown): Requirement | undefined {
  if (typeof v === 'string') return v;
  if (!isObj(v)) return undefined;
  if (Array.isArray(v.allOf)) return { allOf: v.allOf.map(asRequirement).filter((r) => r !== undefined) };
  if (Array.isArray(v.anyOf)) return { anyOf: v.anyOf.map(asRequirement).filter((r) => r !== undefined) };
  if (typeof v.experience === 'string') return { experience: v.experience, years: Number(v.years) };
  return undefined;
}

/** `anyOf[1].allOf[0]` → ['anyOf', 1, 'allOf', 0]. */
function leafPath(path: string): PathSegment[] {
  if (!path) return [];
  return path.split('.').flatMap((part) => {
    const m = /^(\w+)\[(\d+)\]$/.exec(part);
    return m?.[1] && m[2] ? [m[1], Number(m[2])] : [part];
  });
}

/** `hintsFor` suggests the closest id for an unknown one (closest-ids.ts). */
export function graphRuleProblems(raw: unknown, hintsFor: HintsFor): Problem[] {
  if (!isObj(raw) || !Array.isArray(raw.nodes)) return [];
  const problems: Problem[] = [];
  const add = (path: PathSegment[], message: string, expected: string) =>
    problems.push({ path: formatJsonPath(path), message, expected });

  const nodes = raw.nodes.map((n, i) => ({ n: isObj(n) ? n : {}, i }));
  const declaredSources = new Set(isObj(raw.sources) ? Object.keys(raw.sources) : []);
  const kindOf = new Map<string, unknown>();
  const firstIndex = new Map<string, number>();
  for (const { n, i } of nodes) {
    if (typeof n.id !== 'string') continue;
    const earlier = firstIndex.get(n.id);
    if (earlier !== undefined) {
      add(['nodes', i, 'id'], `"${n.id}" is already the id of nodes[${earlier}]`, 'ids unique in the file');
    } else {
      firstIndex.set(n.id, i);
      kindOf.set(n.id, n.kind);
    }
  }
  const ids = [...firstIndex.keys()];
  const idHints = hintsFor(ids);
  const sourceHints = hintsFor([...declaredSources]);

  const checkSource = (key: unknown, path: PathSegment[]) => {
    if (typeof key === 'string' && !declaredSources.has(key)) {
      add(
        path,
        `source "${key}" is not declared${sourceHints.hint(key)}`,
        'a key of the top-level "sources" map',
      );
    }
  };

  // prerequisite → node, for every id that each way of meeting the node's requirement needs.
  const mustHave = new Map<string, string[]>(ids.map((id) => [id, []]));
  const requirementOf = new Map<string, Requirement | undefined>(ids.map((id) => [id, undefined]));

  for (const { n, i } of nodes) {
    const self = typeof n.id === 'string' ? n.id : undefined;
    for (const field of ['requires', 'prefers'] as const) {
      const req = asRequirement(n[field]);
      for (const leaf of requirementLeaves(req)) {
        const at: PathSegment[] = ['nodes', i, field, ...leafPath(leaf.path)];
        if (!kindOf.has(leaf.id)) {
          add(
            leaf.need === 'experience' ? [...at, 'experience'] : at,
            `"${leaf.id}" is not a node id in this file${idHints.hint(leaf.id)}`,
            'the id of a node in "nodes"',
          );
        } else if (
          leaf.need === 'experience' &&
          isKind(kindOf.get(leaf.id)) &&
          kindOf.get(leaf.id) !== 'role'
        ) {
          const kind = String(kindOf.get(leaf.id));
          add(
            [...at, 'experience'],
            `"${leaf.id}" is ${withArticle(kind)}, not a role`,
            'experience in a role',
          );
        }
      }
      if (field === 'requires' && self !== undefined && firstIndex.get(self) === i) {
        requirementOf.set(self, req);
        for (const pre of mustHaveIds(req)) if (kindOf.has(pre)) mustHave.get(pre)?.push(self);
      }
    }

    if (isKind(n.kind) && n.kind !== 'role') {
      for (const field of ROLE_ONLY) {
        if (n[field] !== undefined)
          add(['nodes', i, field], `${withArticle(n.kind)} has no ${field}`, `${field} only on roles`);
      }
    }
    const salary = n.salary;
    if (isObj(salary)) {
      checkSource(salary.source, ['nodes', i, 'salary', 'source']);
      for (const [a, b] of SALARY_ORDER) {
        const x = salary[a];
        const y = salary[b];
        if (typeof x === 'number' && typeof y === 'number' && x > y) {
          add(
            ['nodes', i, 'salary', b],
            `${b} ${y} is below ${a} ${x}`,
            `low ≤ median ≤ high and low ≤ mean ≤ high`,
          );
        }
      }
    }
    if (isObj(n.salaryByRegion)) {
      for (const [region, figure] of Object.entries(n.salaryByRegion)) {
        if (isObj(figure)) checkSource(figure.source, ['nodes', i, 'salaryByRegion', region, 'source']);
      }
    }
    if (isObj(n.outlook)) checkSource(n.outlook.source, ['nodes', i, 'outlook', 'source']);
    if (Array.isArray(n.sources)) {
      n.sources.forEach((s, j) => {
        checkSource(s, ['nodes', i, 'sources', j]);
      });
    }
    if (n.costKnown === false && n.cost !== undefined) {
      add(
        ['nodes', i, 'costKnown'],
        `is false, yet cost is ${describeValue(n.cost)}`,
        'either a cost or "costKnown": false',
      );
    }
    if (n.monthsKnown === false && n.months !== undefined) {
      add(
        ['nodes', i, 'monthsKnown'],
        `is false, yet months is ${describeValue(n.months)}`,
        'either months or "monthsKnown": false',
      );
    }
    const hasSources = Array.isArray(n.sources) && n.sources.length > 0;
    for (const field of ['months', 'cost'] as const) {
      if (typeof n[field] === 'number' && (n[field] as number) > 0 && !hasSources) {
        add(
          ['nodes', i, field],
          `${field} ${n[field]} has no source`,
          'the node to list where it comes from in "sources"',
        );
      }
    }
  }

  const inCycles = new Set<string>();
  for (const component of cyclicComponents(mustHave)) {
    const cycle = cycleIn(mustHave, component);
    const head = cycle[0] as string;
    for (const id of component) inCycles.add(id);
    add(
      ['nodes', firstIndex.get(head) ?? 0, 'requires'],
      `requirement cycle that every way of meeting the requirements goes through: ${cycle.join(' → ')}; none of these can ever be obtained`,
      'an alternative (anyOf) with an option outside the cycle',
    );
  }

  // Groups whose one-of options each lead back into the group by different routes (A needs B or
  // C, and both B and C need A): no single cycle is unavoidable, yet nothing in it can be obtained.
  const blocked = unobtainableIds(requirementOf, (id) => kindOf.has(id), inCycles);
  const backInto = new Map<string, string[]>();
  for (const id of blocked) {
    const mentioned = requirementLeaves(requirementOf.get(id)).map((l) => l.id);
    backInto.set(id, [...new Set(mentioned.filter((m) => blocked.has(m)))]);
  }
  for (const component of cyclicComponents(backInto)) {
    const members = component.sort((a, b) => (firstIndex.get(a) ?? 0) - (firstIndex.get(b) ?? 0));
    const head = members[0] as string;
    const more = members.length - 20;
    const shown =
      more > 0
        ? `${members.slice(0, 20).join(', ')} and ${more.toLocaleString('en-US')} more`
        : members.join(', ');
    add(
      ['nodes', firstIndex.get(head) ?? 0, 'requires'],
      `requirement cycle with no way out: every option of these nodes' requirements leads back to one of them: ${shown}; none of these can ever be obtained`,
      'an alternative (anyOf) with an option outside the group',
    );
  }
  return problems;
}
