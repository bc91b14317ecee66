// @vitest-environment jsdom
// The handout a counselor prints most for a student with a diploma: RHIA. A credential has no
// salary of its own (the handout said "No salary figure for the goal in the data", as if one were
// missing), an unknown fee was said twice per step, and sources dated "undated (retrieved 2026)"
// printed as "(undated (retrieved 2026))".
import { afterEach, describe, expect, it } from 'vitest';
import { flatDate } from '../../src/present/format/salary';
import { buildHandoutData } from '../../src/view/handout/handout-data';
import { PlanPanel } from '../../src/view/panels/PlanPanel';
import { builtinPlans, renderBuiltin, unmountBuiltin } from './builtin-helpers';
import { squash } from './explorer-helpers';

const DIPLOMA = 'high-school-diploma';
afterEach(unmountBuiltin);

function rhiaHandout() {
  const { graph, result } = builtinPlans([DIPLOMA], 'rhia');
  const input = { graph, situation: { holds: [DIPLOMA] }, result, index: 0, date: new Date(0) };
  const handout = buildHandoutData(input);
  if (handout.kind !== 'handout') throw new Error(handout.reason);
  return handout.data;
}

describe('the RHIA handout', () => {
  it('says a credential is not a job instead of calling its salary missing', () => {
    expect(rhiaHandout().salary).toBe('RHIA is a credential, not a job: the data gives salaries for roles.');
    // A role goal without a figure still says the figure is missing.
    const { graph, result } = builtinPlans([DIPLOMA], 'medical-coder');
    const coder = buildHandoutData({
      graph,
      situation: { holds: [DIPLOMA] },
      result,
      index: 0,
      date: new Date(0),
    });
    if (coder.kind !== 'handout') throw new Error(coder.reason);
    expect(coder.data.salary).not.toContain('not a job');
  });

  it('prints source dates without nested parentheses', () => {
    const { sources } = rhiaHandout();
    expect(sources.map((s) => s.published)).toContain('undated, retrieved 2026');
    for (const s of sources) expect(s.published, s.title).not.toMatch(/[()]/);
  });
});

describe('an unknown fee', () => {
  it('is said once in the handout: in the cost column, not again as a note', () => {
    const rhia = rhiaHandout().steps.find((s) => s.id === 'rhia');
    expect(rhia?.cost).toBe('fee not known');
    expect(rhia?.notes).toEqual([]);
  });

  it('is said once in the plan panel: in the step line, not again as a flag', () => {
    const { container } = renderBuiltin(<PlanPanel />, { holds: [DIPLOMA], goal: 'rhia' });
    const last = [...container.querySelectorAll('.steps > li')].at(-1);
    expect(squash(last?.querySelector('.step-facts')?.textContent)).toContain('fee not known');
    expect(last?.querySelectorAll('.unknown-flag')).toHaveLength(0);
    expect(
      squash(last?.textContent)
        .toLowerCase()
        .match(/fee not known/g),
    ).toHaveLength(1);
  });
});

describe('flatDate', () => {
  it('flattens a date with its own parentheses and keeps a plain one', () => {
    expect(flatDate('undated (retrieved 2026)')).toBe('undated, retrieved 2026');
    expect(flatDate('2024')).toBe('2024');
  });
});
