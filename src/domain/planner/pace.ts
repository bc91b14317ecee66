// How long a node takes at the person's study pace: part time, programs (education nodes) take
// twice their months; exams, licences and roles take the same time either way.

import type { CareerNode, Pace } from '../types';

export const PART_TIME_FACTOR = 2;

/** The node's months at `pace` (default full time). */
export function monthsAtPace(node: Pick<CareerNode, 'kind' | 'months'>, pace: Pace | undefined): number {
  const months = node.months ?? 0;
  return pace === 'part-time' && node.kind === 'education' ? months * PART_TIME_FACTOR : months;
}
