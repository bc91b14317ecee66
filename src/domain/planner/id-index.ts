// A problem's node ids to their indices. Its real nodes are in id order, so a binary search finds
// one: no map of thousands of ids is made per problem when only a few are ever looked up.

import { compareIds } from './graph-index';

export class IdIndex {
  /** The problem's ids: the first `real` in plain code-unit order. */
  readonly ids: readonly string[];
  readonly real: number;

  constructor(ids: readonly string[], real: number) {
    this.ids = ids;
    this.real = real;
  }

  /** The index of the real node `id`, or undefined when it is not one of the problem's nodes. */
  get(id: string): number | undefined {
    let lo = 0;
    let hi = this.real;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareIds(this.ids[mid] as string, id);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }
}
