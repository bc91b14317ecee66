// A relaxed pass's ways with its ties broken by the other objectives: one-of options, and the
// ways of a node, often tie on one objective, and the pass alone takes whichever came first.

import type { Fixpoint } from './derivations';
import type { Problem } from './problem';
import { rankingOrder } from './ranking';
import type { Objective } from './types';

/**
 * The relaxed pass of `by`'s ways, except that a node takes, among its ways as good in `by`, the
 * best by the other objectives in ranking order (then the first). Choice nodes always; real nodes
 * too when `realNodes` and the node's own `weight` (its figure in `by`) is above 0: then every
 * condition of a way as good as the pass's is valued below the node, so the ways taken still
 * lead back without a cycle.
 */
export function tiedVia(
  p: Problem,
  by: Objective,
  passes: Record<Objective, Fixpoint>,
  weight: ArrayLike<number>,
  realNodes: boolean,
): Int32Array {
  const via = passes[by].via.slice();
  const order = rankingOrder(by);
  const score = (o: Objective, g: number): number => {
    const value = passes[o].value;
    let s = o === 'months' ? (p.wayBase[g] ?? 0) : 0;
    for (let c = p.condStart[g] ?? 0; c < (p.condStart[g + 1] ?? 0); c++) {
      const u = value[p.condNode[c] ?? 0] ?? 0;
      s = o === 'months' ? Math.max(s, u + (p.condDelay[c] ?? 0)) : s + u;
    }
    return s;
  };
  const key = [0, 0, 0];
  const bestKey = [0, 0, 0];
  for (let v = realNodes ? 0 : p.real; v < p.ids.length; v++) {
    if (v < p.real && !((weight[v] ?? 0) > 0)) continue;
    let best = -1;
    for (let g = p.wayStart[v] ?? 0; g < (p.wayStart[v + 1] ?? 0); g++) {
      for (let i = 0; i < 3; i++) key[i] = score(order[i] as Objective, g);
      let d = 0;
      for (let i = 0; i < 3 && d === 0 && best >= 0; i++) d = (key[i] ?? 0) - (bestKey[i] ?? 0);
      if (best < 0 || d < 0) {
        best = g;
        for (let i = 0; i < 3; i++) bestKey[i] = key[i] ?? 0;
      }
    }
    if (best >= 0 && Number.isFinite(bestKey[0] ?? Number.POSITIVE_INFINITY)) via[v] = best;
  }
  return via;
}
