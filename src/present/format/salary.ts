// Which salary figure to show for a role, and how to say it: "$44,719 a year (median, 2024)".
// The chosen region's figure wins where the data has one; otherwise the national figure.

import { ownValue } from '../../domain/own-key';
import type { SalaryFigure } from '../../domain/planner/types';
import type { CareerNode } from '../../domain/types';
import { formatMoney } from './money';

/** A salary figure as the planner reports one (without its node), and where it is from. */
export interface ShownSalary extends Omit<SalaryFigure, 'id'> {
  /** Region code when the figure is regional. */
  region?: string;
}

export function salaryFor(node: CareerNode, region?: string | null): ShownSalary | undefined {
  const regional = region ? ownValue(node.salaryByRegion, region) : undefined;
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

/**
 * "$44,719 a year (median, 2024)", or with the sources given "… (median, 2024, BLS OEWS)". A year
 * that carries its own parentheses ("undated (retrieved 2026)") is flattened so they never nest.
 */
export function describeSalary(
  s: ShownSalary,
  currency: string,
  sources?: Record<string, { title: string }>,
  options: { region?: boolean } = {},
): string {
  const where = s.region && options.region !== false ? `${s.region}, ` : '';
  const year = flatDate(s.year);
  const from = sources ? `, ${sourceName(s.source, sources)}` : '';
  return `${formatMoney(s.amount, currency)} a year (${s.figure}, ${where}${year}${from})`;
}

/**
 * A date that carries its own parentheses flattened, so it can stand in parentheses:
 * "undated (retrieved 2026)" → "undated, retrieved 2026".
 */
export function flatDate(date: string): string {
  return date.replace(/\s*\(([^)]*)\)/g, ', $1');
}

/** A source's short name: its title up to the first colon ("Zippia", "BLS Occupational Outlook Handbook"). */
export function sourceName(key: string, sources: Record<string, { title: string }>): string {
  const title = ownValue(sources, key)?.title;
  if (!title) return key;
  const cut = title.indexOf(':');
  return cut > 0 ? title.slice(0, cut) : title;
}
