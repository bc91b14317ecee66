// Salary along a plan: where you are now, then each role the plan passes through, with the
// month it is reached. Regional figures where the data has them.

import type { CareerGraph } from '../../domain/career-graph';
import type { Plan } from '../../domain/planner/types';
import { type ShownSalary, salaryFor } from './salary';

export interface SalaryPoint {
  id: string;
  label: string;
  /** Month reached; 0 for "now". */
  month: number;
  salary: ShownSalary | undefined;
  now: boolean;
}

export function salaryPath(graph: CareerGraph, plan: Plan, region?: string | null): SalaryPoint[] {
  const points: SalaryPoint[] = [];
  const from = plan.salary.from?.id;
  if (from && graph.hasNode(from)) {
    const node = graph.getNodeAttributes(from);
    points.push({ id: from, label: node.label, month: 0, salary: salaryFor(node, region), now: true });
  }
  for (const step of plan.steps) {
    const node = graph.getNodeAttributes(step.id);
    if (node.kind !== 'role') continue;
    points.push({
      id: step.id,
      label: node.label,
      month: step.end,
      salary: salaryFor(node, region),
      now: false,
    });
  }
  return points;
}
