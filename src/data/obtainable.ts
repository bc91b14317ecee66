// Which nodes can ever be obtained by someone who starts with nothing (years and regions aside):
// the least fixed point of "a node is obtainable when its requirement holds over obtainable
// nodes", computed by propagation over and/or gates in time linear in the requirements.

import type { Requirement } from '../domain/types';

interface Gate {
  need: number;
  have: number;
  /** Index of the enclosing gate, or -1 for the root of `owner`'s requirement. */
  parent: number;
  owner: string;
  done: boolean;
}

/**
 * Ids whose requirement can never be met. `known(id)` false: the id is reported elsewhere as
 * unknown and counts as met here; ids in `assume` count as obtainable (already reported).
 */
export function unobtainableIds(
  requirements: ReadonlyMap<string, Requirement | undefined>,
  known: (id: string) => boolean,
  assume: ReadonlySet<string> = new Set(),
): Set<string> {
  const gates: Gate[] = [];
  const watchers = new Map<string, number[]>();
  const rootOf = new Map<string, number>();

  // Pre-order: a gate is created before its children. Recursion is bounded by the requirement
  // depth limit, checked before this runs.
  const compile = (r: Requirement, parent: number, owner: string): void => {
    if (typeof r === 'string' || 'experience' in r) {
      const id = typeof r === 'string' ? r : r.experience;
      if (!known(id)) (gates[parent] as Gate).have++;
      else {
        const list = watchers.get(id);
        if (list) list.push(parent);
        else watchers.set(id, [parent]);
      }
      return;
    }
    const members = 'allOf' in r ? r.allOf : r.anyOf;
    const index = gates.length;
    gates.push({ need: 'allOf' in r ? members.length : 1, have: 0, parent, owner, done: false });
    for (const m of members) compile(m, index, owner);
  };

  for (const [id, req] of requirements) {
    if (req === undefined) continue;
    const root = gates.length;
    // The root gate: an allOf of the one requirement.
    gates.push({ need: 1, have: 0, parent: -1, owner: id, done: false });
    rootOf.set(id, root);
    compile(req, root, id);
  }

  const obtained = new Set<string>();
  const queue: string[] = [];
  const obtain = (id: string) => {
    if (obtained.has(id)) return;
    obtained.add(id);
    queue.push(id);
  };
  /** Marks a gate met and walks up through every enclosing gate it completes. */
  const meet = (start: number) => {
    let g = start;
    for (;;) {
      const gate = gates[g] as Gate;
      if (gate.done || gate.have < gate.need) return;
      gate.done = true;
      if (gate.parent < 0) {
        obtain(gate.owner);
        return;
      }
      const parent = gates[gate.parent] as Gate;
      parent.have++;
      g = gate.parent;
    }
  };

  for (const id of requirements.keys()) if (!rootOf.has(id) || assume.has(id)) obtain(id);
  // Children come after their parents: going backwards meets the gates already met by unknown ids.
  for (let g = gates.length - 1; g >= 0; g--) meet(g);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const g of watchers.get(id) ?? []) {
      (gates[g] as Gate).have++;
      meet(g);
    }
  }
  return new Set([...requirements.keys()].filter((id) => !obtained.has(id)));
}
