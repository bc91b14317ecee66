// @vitest-environment jsdom
// Years of experience explained in the plan: a step that waits for years in a role says so, and
// the timeline draws the waiting years; axis labels are spaced so they never run together.
import { afterEach, describe, expect, it } from 'vitest';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { timelineTicks } from '../../src/view/panels/PlanTimeline';
import { renderBuiltin, unmountBuiltin } from './builtin-helpers';
import { squash } from './explorer-helpers';

afterEach(unmountBuiltin);

describe('experience waits', () => {
  it('biller with 2 yr → office manager: says it needs 3 yr as medical biller, 1 more, and draws it', () => {
    const { container } = renderBuiltin(<PlanPanel />, {
      holds: ['medical-biller'],
      years: { 'medical-biller': 2 },
      goal: 'office-manager',
    });
    const facts = squash(container.querySelector('.steps > li .step-facts')?.textContent);
    expect(facts).toBe('reached at month 12');
    expect(squash(container.querySelector('.experience-wait')?.textContent)).toBe(
      'Needs 3 yr as Medical biller: you have 2 yr, 1 yr more',
    );
    // The bar shows the short form (a narrow bar cut "2 yr more as Medical re…"); the role is read out.
    const bar = container.querySelector('.timeline-wait');
    expect(squash(bar?.querySelector('[aria-hidden="true"]')?.textContent)).toBe('1 yr more');
    expect(squash(bar?.querySelector('.visually-hidden')?.textContent)).toBe('1 yr more as Medical biller');
    expect(bar?.getAttribute('title')).toBe('1 yr more as Medical biller');
  });

  it('a role a later step needs years in shows “3 yr in the role” on the timeline', () => {
    const { container } = renderBuiltin(<PlanPanel />, {
      holds: ['high-school-diploma'],
      goal: 'office-manager',
    });
    const work = [...container.querySelectorAll('.timeline-work')].map((e) => squash(e.textContent));
    expect(work).toContain('then 3 yr in the role');
    // The years after the last step are the plan's own last item.
    const last = squash(container.querySelector('.plan-body .final-wait, .final-wait')?.textContent);
    expect(last).toMatch(
      /^Then keep working as .+ for 3 more years \(months \d+–\d+\); then Medical office manager opens$/,
    );
  });

  it('technician with 2 yr → manager: the 4-year need and the 2 years still to work are said', () => {
    const { container } = renderBuiltin(<PlanPanel />, {
      holds: ['high-school-diploma', 'medical-records-technician'],
      years: { 'medical-records-technician': 2 },
      goal: 'medical-and-health-services-manager',
    });
    const waits = [...container.querySelectorAll('.experience-wait')].map((e) => squash(e.textContent));
    expect(waits).toContain('Needs 4 yr as Medical records technician: you have 2 yr, 2 yr more');
    const assumptions = squash(container.querySelector('.assumptions')?.textContent);
    expect(assumptions).toContain('Work and study run side by side');
  });

  it('axis ticks stay at most four', () => {
    expect(timelineTicks(12)).toEqual([0, 12]);
    expect(timelineTicks(36)).toEqual([0, 12, 24, 36]);
    expect(timelineTicks(51)).toEqual([0, 24, 48]);
    expect(timelineTicks(120)).toEqual([0, 60, 120]);
  });
});
