// Salary along the path as small bars: now, then each role on the way. Every bar carries its
// figure and year as text, so the chart reads without colour or hover.

import { shortLabel } from '../../present/format/labels';
import { formatMoney } from '../../present/format/money';
import type { SalaryPoint } from '../../present/format/salary-path';

export function SalaryChart({ points, currency }: { points: SalaryPoint[]; currency: string }) {
  const known = points.filter((p) => p.salary);
  if (known.length === 0) return null;
  const max = Math.max(...known.map((p) => p.salary?.amount ?? 0));
  return (
    <figure className="salary-chart">
      <figcaption>Salary along the path</figcaption>
      <ol>
        {points.map((p) => (
          <li key={`${p.id}-${p.month}`}>
            <span className="salary-label">
              {p.now ? 'Now: ' : ''}
              {shortLabel(p.label)}
            </span>
            <span className="salary-track">
              {p.salary ? (
                <span className="salary-bar" style={{ width: `${(p.salary.amount / max) * 100}%` }} />
              ) : null}
            </span>
            <span className="salary-value">
              {p.salary
                ? `${formatMoney(p.salary.amount, currency)} · ${p.salary.region ? `${p.salary.region}, ` : ''}${p.salary.year}`
                : 'no figure'}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
