// Salary change of a plan: from the best-paid role held now to the goal, on national figures.

import type { CareerGraph } from '../career-graph';
import type { Situation } from '../types';
import type { SalaryChange, SalaryFigure } from './types';

/** The node's national median salary, else its mean; undefined for non-roles and unknown figures. */
export function salaryFigure(graph: CareerGraph, id: string): SalaryFigure | undefined {
  const node = graph.getNodeAttributes(id);
  const s = node.salary;
  if (node.kind !== 'role' || s === undefined) return undefined;
  if (s.median !== undefined)
    return { id, amount: s.median, figure: 'median', year: s.year, source: s.source };
  if (s.mean !== undefined) return { id, amount: s.mean, figure: 'mean', year: s.year, source: s.source };
  return undefined;
}

export function salaryChange(graph: CareerGraph, situation: Situation, goal: string): SalaryChange {
  let from: SalaryFigure | undefined;
  for (const id of [...situation.holds].sort()) {
    const f = salaryFigure(graph, id);
    if (f !== undefined && (from === undefined || f.amount > from.amount)) from = f;
  }
  const to = salaryFigure(graph, goal);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(from !== undefined && to !== undefined ? { change: to.amount - from.amount } : {}),
  };
}
