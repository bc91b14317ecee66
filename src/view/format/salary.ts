// Which salary figure to show for a role, and how to say it: "$44,719 a year (median, 2024)".
// The chosen region's figure wins where the data has one; otherwise the national figure.

import type { CareerNode } from '../../domain/types';
import { formatMoney } from './money';

export interface ShownSalary {
  amount: number;
  figure: 'median' | 'mean';
  year: string;
  source: string;
  /** Region code when the figure is regional. */
  region?: string;
}

export function salaryFor(node: CareerNode, region?: string | null): ShownSalary | undefined {
  const regional = region ? node.salaryByRegion?.[region] : undefined;
  if (regional) {
    const amount = regional.median ?? regional.mean;
    if (amount !== undefined) {
      const figure = regional.median !== undefined ? 'median' : 'mean';
      return { amount, figure, year: regional.year, source: regional.source, region: region ?? undefined };
    }
  }
  const s = node.salary;
  if (!s) return undefined;
  const amount = s.median ?? s.mean;
  if (amount === undefined) return undefined;
  return { amount, figure: s.median !== undefined ? 'median' : 'mean', year: s.year, source: s.source };
}

export function describeSalary(s: ShownSalary, currency: string): string {
  const where = s.region ? `${s.region}, ` : '';
  return `${formatMoney(s.amount, currency)} a year (${s.figure}, ${where}${s.year})`;
}
