// Seeded generator of realistic synthetic career lattices (fields of education, credentials and
// roles on six levels, experience links, one-of alternatives, a few cross-field moves), for
// benchmarks and large-graph tests. Same options, same file.

import type { CareerGraphFile, CareerNode, Experience, Requirement } from '../../src/domain/types';

export interface SyntheticOptions {
  /** Exact number of nodes (at least 20). */
  nodes: number;
  seed?: number;
  /** Share of experience options that come from a neighbouring field (default 0.15). */
  crossField?: number;
}

/** Small, fast, seedable PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVEL_SHARE = [0.2, 0.22, 0.2, 0.16, 0.12, 0.1];
const GLOBALS = 4;

interface Field {
  prefix: string;
  degrees: string[];
  /** Roles by level. */
  roles: string[][];
  credentials: { id: string; tier: number }[];
}

export function syntheticLattice(options: SyntheticOptions): CareerGraphFile {
  const total = Math.max(20, Math.floor(options.nodes));
  const rnd = seededRandom(options.seed ?? 1);
  const crossField = options.crossField ?? 0.15;
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const pickSome = <T>(xs: readonly T[], k: number): T[] => {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < k && pool.length > 0)
      out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0] as T);
    return out;
  };
  // Prices come in round steps, so equal figures (and ties between plans) happen as in real data.
  const price = (lo: number, hi: number, step: number): number =>
    step * int(Math.ceil(lo / step), Math.floor(hi / step));

  const nodes: CareerNode[] = [];
  const add = (node: Omit<CareerNode, 'sources' | 'label'> & { label?: string }): void => {
    nodes.push({ label: node.id.replace(/-/g, ' '), sources: ['synthetic'], ...node });
  };
  add({ id: 'high-school-diploma', kind: 'education', level: 0 });
  add({
    id: 'associate-any',
    kind: 'education',
    months: 24,
    cost: price(6000, 12000, 500),
    requires: 'high-school-diploma',
  });
  add({
    id: 'bachelor-any',
    kind: 'education',
    months: 48,
    cost: price(30000, 60000, 2000),
    requires: 'high-school-diploma',
  });
  add({
    id: 'master-any',
    kind: 'education',
    months: 24,
    cost: price(20000, 40000, 2000),
    requires: 'bachelor-any',
  });

  // Split the remaining nodes into fields of 40–60.
  const sizes: number[] = [];
  for (let left = total - GLOBALS; left > 0; ) {
    let size = Math.min(left, int(40, 60));
    if (left - size < 20) size = left;
    sizes.push(size);
    left -= size;
  }
  const fields: Field[] = sizes.map((size, f) => {
    const prefix = `f${f}`;
    const degrees = ['certificate', 'associate', 'bachelor', 'master', 'post-bacc'].map(
      (d) => `${prefix}-${d}`,
    );
    const credentialCount = Math.max(2, Math.round(size * 0.2));
    const roleCount = size - degrees.length - credentialCount;
    const perLevel = LEVEL_SHARE.map((s) => Math.max(1, Math.floor(s * roleCount)));
    perLevel[0] = (perLevel[0] ?? 1) + roleCount - perLevel.reduce((a, b) => a + b, 0);
    return {
      prefix,
      degrees,
      roles: perLevel.map((count, level) =>
        Array.from({ length: count }, (_, i) => `${prefix}-role-${level}-${i}`),
      ),
      credentials: Array.from({ length: credentialCount }, (_, i) => ({
        id: `${prefix}-cred-${i}`,
        tier: i % 5,
      })),
    };
  });

  const experience = (role: string, years: number): Experience => ({ experience: role, years });
  fields.forEach((field, f) => {
    const [cert, assoc, bach, master, postBacc] = field.degrees as [string, string, string, string, string];
    const neighbours = [
      fields[(f + 1) % fields.length],
      fields[(f + fields.length - 1) % fields.length],
    ].filter((x): x is Field => x !== undefined && x !== field);
    add({
      id: cert,
      kind: 'education',
      months: int(6, 12),
      cost: price(1500, 5000, 250),
      requires: 'high-school-diploma',
    });
    add({
      id: assoc,
      kind: 'education',
      months: 24,
      cost: price(6000, 12000, 500),
      requires: 'high-school-diploma',
    });
    add({
      id: bach,
      kind: 'education',
      months: 48,
      cost: price(30000, 60000, 2000),
      requires: 'high-school-diploma',
    });
    add({
      id: master,
      kind: 'education',
      months: 24,
      cost: price(20000, 40000, 2000),
      requires: { anyOf: [bach, 'bachelor-any'] },
    });
    add({
      id: postBacc,
      kind: 'education',
      months: 12,
      cost: price(8000, 14000, 500),
      requires: 'bachelor-any',
    });

    const degreeOptions = [assoc, bach, master, postBacc, 'associate-any', 'bachelor-any', 'master-any'];
    // Roles at a level, from this field or now and then a neighbouring one.
    const rolesAt = (level: number): string => {
      const source = neighbours.length > 0 && rnd() < crossField ? pick(neighbours) : field;
      const roles = source.roles[level] ?? field.roles[level] ?? [];
      return pick(roles);
    };

    for (const c of field.credentials) {
      const roleLevel = Math.min(c.tier, field.roles.length - 1);
      const options: Requirement[] = [pick(degreeOptions)];
      if (rnd() < 0.6)
        options.push({
          allOf: [pick([cert, assoc, 'associate-any']), experience(rolesAt(roleLevel), int(1, 2))],
        });
      if (rnd() < 0.5) options.push(experience(rolesAt(roleLevel), int(2, 4)));
      add({
        id: c.id,
        kind: 'credential',
        months: int(1, 6),
        cost: price(100, 1000, 50),
        requires: options.length === 1 ? (options[0] as Requirement) : { anyOf: options },
      });
    }

    field.roles.forEach((roles, level) => {
      for (const id of roles) {
        let requires: Requirement;
        if (level === 0) {
          const options = pickSome([cert, assoc, 'high-school-diploma', 'associate-any'], int(1, 3));
          requires = options.length === 1 ? (options[0] as string) : { anyOf: options };
        } else {
          const moves = Array.from({ length: int(2, 3) }, () => ({
            experience: rolesAt(level - 1),
            years: int(1, 4),
          }));
          const unique = moves.filter((m, i) => moves.findIndex((x) => x.experience === m.experience) === i);
          const parts: Requirement[] = [unique.length === 1 ? (unique[0] as Requirement) : { anyOf: unique }];
          if (rnd() < 0.6) {
            const creds = field.credentials.filter((c) => c.tier < level).map((c) => c.id);
            const gate = pickSome([...creds, ...degreeOptions.slice(0, level + 2)], int(2, 4));
            parts.push(gate.length === 1 ? (gate[0] as string) : { anyOf: gate });
          }
          requires = parts.length === 1 ? (parts[0] as Requirement) : { allOf: parts };
        }
        const median = 30000 + level * 15000 + price(0, 10000, 500);
        add({
          id,
          kind: 'role',
          level,
          months: int(0, 3),
          requires,
          salary: { median, year: '2024', source: 'synthetic' },
        });
      }
    });
  });

  return {
    format: 1,
    id: `synthetic-${total}`,
    title: `Synthetic career lattice (${total} nodes, seed ${options.seed ?? 1})`,
    updated: '2026-11-27',
    currency: 'USD',
    sources: { synthetic: { title: 'Generated by scripts/bench/synthetic.ts', published: '2026' } },
    nodes,
  };
}
